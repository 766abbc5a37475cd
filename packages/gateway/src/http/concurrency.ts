// Bounded work in flight: at most `limit` requests are parsed, executed and serialised at once; the
// others wait their turn in arrival order before a byte of their body is read. A request's memory
// (its rows, its result tree, its JSON) lives from parsing to the response, so the gateway's heap is
// bounded by the limit, not by how many connections a dashboard or a load balancer opens. On two
// cores the CPU is the bottleneck well before eight requests run at once, so waiting costs no
// throughput, only the garbage collection of fifty large results at once (issue 11: 371 MB
// resident at 50 concurrent grid → staff → person pages).
import type { Plugin } from 'graphql-yoga';

/** A counting semaphore: `acquire` resolves when a slot is free, in arrival order. */
export function createSemaphore(limit: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return {
    acquire(): Promise<void> | undefined {
      if (running < limit) {
        running += 1;
        return undefined;
      }
      return new Promise<void>((resolve) => waiting.push(resolve));
    },
    release(): void {
      const next = waiting.shift();
      // The slot passes straight to the next in line, so `running` stays where it is.
      if (next) next();
      else running -= 1;
    },
    /** Requests running and waiting, for tests. */
    get state() {
      return { running, waiting: waiting.length };
    },
  };
}

/**
 * Lets at most `limit` requests through at once (null: no limit). The slot is held around yoga's
 * request handler (parsing, execution, serialisation of the response) and given back in `finally`,
 * so a request that fails in any way frees it; the cheap hooks before it (CORS, rate limit) run
 * without one.
 */
export function concurrencyPlugin(limit: number | null): Plugin {
  if (limit === null) return {};
  const slots = createSemaphore(limit);
  return {
    onRequest: ({ requestHandler, setRequestHandler }) => {
      setRequestHandler(async (request, serverContext) => {
        await slots.acquire();
        try {
          return await requestHandler(request, serverContext);
        } finally {
          slots.release();
        }
      });
    },
  };
}

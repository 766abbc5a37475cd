// What both server children share: listen on a free loopback port, and answer the bench's questions
// over IPC (never over the HTTP port being measured): CPU time, requests handled, SQL statements and
// resident memory between a `begin` and an `end`.
import { writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Session } from 'node:inspector/promises';

export type ToChild =
  | { readonly type: 'begin'; readonly profile?: string }
  | { readonly type: 'end' }
  | { readonly type: 'stop' };

export interface PhaseStats {
  /** CPU time of the whole process (all threads: JavaScript, GC, libuv, the driver) in ms. */
  readonly cpuMs: number;
  /** HTTP requests that finished (answered or aborted by the client) in the phase. */
  readonly requests: number;
  /** SQL statements sent in the phase; null when the server does not count them. */
  readonly statements: number | null;
  /**
   * Highest resident set size seen in the phase (sampled every 25 ms, from a full garbage collection at
   * its start), in bytes.
   */
  readonly peakRss: number;
  /** Highest resident set size of the process's whole life (the kernel's count), in bytes. */
  readonly lifetimeMaxRss: number;
}

export type FromChild =
  | { readonly type: 'ready'; readonly port: number }
  | { readonly type: 'begun' }
  | { readonly type: 'stats'; readonly stats: PhaseStats }
  | { readonly type: 'failed'; readonly message: string };

function send(message: FromChild): void {
  // With a callback, a closed channel is reported to it instead of crashing the process.
  if (process.connected) process.send?.(message, undefined, undefined, () => undefined);
}

/** A request handler; it settles when it has answered (yoga's node handler returns such a promise). */
export type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Counts the requests `handler` is working on and those it finished. A request is finished when its
 * handler settles, not when its socket closes: the load generator closes its sockets at the end of a
 * phase while the server may still be working on them, and that work belongs to the phase. But once
 * the response has begun (its headers are out, so execution is over) a closed socket does finish it:
 * yoga's node adapter (@whatwg-node/server 0.11) waits for a `drain` that a destroyed socket never
 * emits, so the handler of a large answer cut off mid-write never settles, and the bench once waited
 * its full ten minutes for two such requests.
 */
export function countRequests(handler: Handler) {
  const counts = { inFlight: 0, finished: 0 };
  const listener = (request: IncomingMessage, response: ServerResponse) => {
    counts.inFlight += 1;
    let counted = false;
    const done = () => {
      if (counted) return;
      counted = true;
      counts.inFlight -= 1;
      counts.finished += 1;
    };
    response.once('close', () => {
      if (response.headersSent) done();
    });
    Promise.resolve()
      .then(() => handler(request, response))
      .then(done, (error: unknown) => {
        done();
        console.error(error);
        if (!response.headersSent) response.writeHead(500);
        response.end();
      });
  };
  return {
    listener,
    get inFlight() {
      return counts.inFlight;
    },
    get finished() {
      return counts.finished;
    },
  };
}

/**
 * Serves `handler` with node:http on 127.0.0.1 and reports to the parent process. `statements`
 * returns the count of SQL statements sent so far (or null); `close` releases the database.
 */
export function serveChild(
  handler: Handler,
  statements: () => number | null,
  close: () => Promise<void>,
): void {
  const requests = countRequests(handler);
  const server = createServer(requests.listener);

  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss());
  };
  setInterval(sample, 25).unref();

  let start = { cpu: process.cpuUsage(), finished: 0, statements: statements() };
  const whenIdle = async () => {
    // Requests still running when the load generator stopped are part of the phase's work. On a
    // loaded machine 50 slow requests can take minutes; past 10 the phase ends anyway, with a warning.
    for (let waited = 0; requests.inFlight > 0; waited += 20) {
      if (waited >= 600_000) {
        console.error(
          `bench: ${requests.inFlight} request(s) still running after 10 minutes; the phase ends without them`,
        );
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  // With `pnpm bench --profile <dir>`, a phase is recorded by V8's sampling profiler from `begin` to
  // `end` (never start-up or warm-up), and written to the file the parent names.
  let profiler: { session: Session; file: string } | null = null;
  const startProfile = async (file: string | undefined) => {
    if (file === undefined) return;
    const session = new Session();
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
    profiler = { session, file };
  };
  const stopProfile = async () => {
    if (profiler === null) return;
    const { session, file } = profiler;
    profiler = null;
    const { profile } = await session.post('Profiler.stop');
    session.disconnect();
    writeFileSync(file, JSON.stringify(profile));
  };

  process.on('message', (message: ToChild) => {
    if (message.type === 'begin') {
      // Start each phase from a collected heap (the bench starts children with --expose-gc), so that
      // its peak says what this operation needs rather than what the one before left behind.
      const gc = (globalThis as { gc?: () => void }).gc;
      gc?.();
      gc?.();
      peak = process.memoryUsage.rss();
      void startProfile(message.profile)
        .catch((error: unknown) => console.error('bench: the CPU profile could not start:', error))
        .then(() => {
          start = { cpu: process.cpuUsage(), finished: requests.finished, statements: statements() };
          send({ type: 'begun' });
        });
    } else if (message.type === 'end') {
      void whenIdle().then(async () => {
        await stopProfile().catch((error: unknown) =>
          console.error('bench: the CPU profile could not be written:', error),
        );
        sample();
        const cpu = process.cpuUsage(start.cpu);
        const now = statements();
        send({
          type: 'stats',
          stats: {
            cpuMs: (cpu.user + cpu.system) / 1000,
            requests: requests.finished - start.finished,
            statements: now === null || start.statements === null ? null : now - start.statements,
            peakRss: peak,
            lifetimeMaxRss: process.resourceUsage().maxRSS * 1024,
          },
        });
      });
    } else if (message.type === 'stop') {
      server.close();
      server.closeAllConnections();
      void close().finally(() => process.exit(0));
    }
  });
  // A parent that died takes its servers with it.
  process.on('disconnect', () => process.exit(0));

  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => {
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    // The parent may have gone while this process was starting, before 'disconnect' was listened to.
    if (!process.connected) process.exit(0);
    send({ type: 'ready', port: address.port });
  });
}

/** Reports a failure to start to the parent, then exits. */
export function failChild(error: unknown): never {
  const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
  send({ type: 'failed', message });
  console.error(message);
  process.exit(1);
}

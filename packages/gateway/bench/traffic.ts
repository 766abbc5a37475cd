// HTTP load with autocannon's programmatic API: a fixed number of keep-alive connections, each
// sending the operation again as soon as its answer arrives, for a fixed time.
import autocannon from 'autocannon';
import { requestHeaders } from './check.js';
import { type BenchOperation, requestBody } from './queries.js';

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** 2xx responses received in the window. */
  readonly responses: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  /** Connection errors and timeouts, and answers other than 2xx. */
  readonly errors: number;
  readonly non2xx: number;
}

export async function load(
  port: number,
  operation: BenchOperation,
  token: string,
  connections: number,
  durationS: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`,
    method: 'POST',
    headers: requestHeaders(token),
    body: requestBody(operation),
    connections,
    duration: durationS,
    // A slow operation at 50 connections can take many seconds per answer; count it, do not drop it.
    timeout: 120,
  });
  // Only 2xx answers count: a refusal (a 429 from the rate limiter, a 503) is answered in a fraction
  // of the time of real work and would inflate the rate.
  const answered = Math.max(0, result.requests.total - result.non2xx);
  return {
    requestsPerSecond: answered / result.duration,
    responses: answered,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

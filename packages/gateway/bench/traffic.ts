// HTTP load with autocannon's programmatic API: a fixed number of keep-alive connections, each
// sending the operation again as soon as its answer arrives, for a fixed time.
import autocannon from 'autocannon';
import { requestHeaders } from './check.js';
import { type BenchOperation, requestBody } from './queries.js';

export interface LoadResult {
  readonly requestsPerSecond: number;
  /** Responses received in the window (autocannon's count). */
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
  return {
    requestsPerSecond: result.requests.total / result.duration,
    responses: result.requests.total,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

// The refusals of the transport's limits: a stable code, a bilingual message, an HTTP status.
import { createGraphQLError } from 'graphql-yoga';
import { formatSize } from './units.js';

/**
 * The stable `extensions.code` of each refusal (all start with `REQUEST_LIMIT.`, as the query limits'
 * start with `QUERY_LIMIT.`); clients branch on them, so a code never changes once released.
 */
export const REQUEST_LIMIT_CODES = {
  bodySize: 'REQUEST_LIMIT.BODY_SIZE',
  rate: 'REQUEST_LIMIT.RATE',
} as const;

/** HTTP 413: the body is larger than `limit` bytes. Thrown before the body is parsed. */
export function bodyTooLargeError(limit: number) {
  return createGraphQLError(
    `请求体过大，上限为 ${formatSize(limit)} / Request body is too large: the limit is ${formatSize(limit)}`,
    { extensions: { code: REQUEST_LIMIT_CODES.bodySize, limit, http: { status: 413 } } },
  );
}

/** The bilingual message of HTTP 429. */
export function rateLimitMessage(retryAfterSeconds: number): string {
  return `请求过于频繁，请 ${retryAfterSeconds} 秒后重试 / Too many requests: retry in ${retryAfterSeconds} s / རེ་ཞུ་ཐེངས་མང་དྲགས་འདུག སྐར་ཆ ${retryAfterSeconds} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།`;
}

/** HTTP 429 with `Retry-After`: the caller has spent its points for this window. */
export function rateLimitedError(retryAfterSeconds: number) {
  return createGraphQLError(rateLimitMessage(retryAfterSeconds), {
    extensions: {
      code: REQUEST_LIMIT_CODES.rate,
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    },
  });
}

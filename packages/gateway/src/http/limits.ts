// The refusals of the transport's limits: a stable code, a message in every language, an HTTP status.
import type { MessageText } from '@grassroots/core';
import { createGraphQLError } from 'graphql-yoga';
import { joinMessage, localise, type MessageLanguage } from '../errors.js';
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
    joinMessage({
      zh: `请求体过大，上限为 ${formatSize(limit)}`,
      en: `Request body is too large: the limit is ${formatSize(limit)}`,
      bo: `རེ་ཞུའི་ནང་དོན་ཆེ་དྲགས་འདུག ཚད་མཐོ ${formatSize(limit)}`,
    }),
    { extensions: { code: REQUEST_LIMIT_CODES.bodySize, limit, http: { status: 413 } } },
  );
}

/** What HTTP 429 says, in every language. */
function rateLimitText(retryAfterSeconds: number): MessageText {
  return {
    zh: `请求过于频繁，请 ${retryAfterSeconds} 秒后重试`,
    en: `Too many requests: retry in ${retryAfterSeconds} s`,
    bo: `རེ་ཞུ་ཐེངས་མང་དྲགས་འདུག སྐར་ཆ ${retryAfterSeconds} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།`,
  };
}

/**
 * The message of HTTP 429 in the caller's language (Chinese and English when it names none), for the
 * answer sent before GraphQL runs, which the error-contract plugin never sees.
 */
export function rateLimitMessage(retryAfterSeconds: number, language: MessageLanguage = null): string {
  return localise(rateLimitText(retryAfterSeconds), language);
}

/** HTTP 429 with `Retry-After`: the caller has spent its points for this window. */
export function rateLimitedError(retryAfterSeconds: number) {
  return createGraphQLError(joinMessage(rateLimitText(retryAfterSeconds)), {
    extensions: {
      code: REQUEST_LIMIT_CODES.rate,
      retryAfter: retryAfterSeconds,
      http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
    },
  });
}

// The rate limit: points per window for each token subject, and for each IP address without a token.
import type { DocumentNode, SelectionSetNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Authenticator } from '../auth/authenticate.js';
import { messageLanguage } from '../errors.js';
import { addressKey, clientAddress } from './client-address.js';
import type { RateLimitConfig } from './config.js';
import { REQUEST_LIMIT_CODES, rateLimitedError, rateLimitMessage } from './limits.js';
import type { RateLimitStore } from './rate-limit-store.js';

interface Bucket {
  readonly key: string;
  readonly points: number;
}

/**
 * The root fields an operation asks for, aliases and fragments included, `__typename` excluded: the
 * cost-aware part of the limit. Fifteen aliased statistics are fifteen fields, not one request.
 */
export function rootFieldCount(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, SelectionSetNode>();
  let operation: SelectionSetNode | undefined;
  for (const definition of document.definitions) {
    if (definition.kind === 'FragmentDefinition')
      fragments.set(definition.name.value, definition.selectionSet);
    else if (
      definition.kind === 'OperationDefinition' &&
      (operation === undefined || (operationName != null && definition.name?.value === operationName))
    ) {
      operation = definition.selectionSet;
    }
  }
  const visited = new Set<string>();
  const count = (set: SelectionSetNode): number =>
    set.selections.reduce((sum, selection) => {
      if (selection.kind === 'Field') return sum + (selection.name.value === '__typename' ? 0 : 1);
      if (selection.kind === 'InlineFragment') return sum + count(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (fragment === undefined || visited.has(name)) return sum;
      visited.add(name);
      return sum + count(fragment);
    }, 0);
  return operation === undefined ? 0 : count(operation);
}

/**
 * Counts points per caller in fixed windows of `config.windowSeconds`: each request costs one point
 * when it arrives (before its body is read), and each operation one more per root field after the
 * first, charged before it executes. A caller with a valid token is counted by its subject with
 * `authenticatedPoints`; anyone else (no token, or a refused one) by address with `anonymousPoints`.
 * Over budget: HTTP 429 with `Retry-After` and `REQUEST_LIMIT.RATE`. If the store fails (Redis down)
 * the request goes through and the failure is logged: the limit protects the gateway, it must not
 * take it down.
 */
export function rateLimitPlugin(options: {
  readonly config: RateLimitConfig;
  readonly store: RateLimitStore;
  readonly authenticate: Authenticator;
  readonly trustedProxies: number;
}): Plugin {
  const { config, store } = options;
  const windowMs = config.windowSeconds * 1000;
  const buckets = new WeakMap<Request, Bucket>();
  let warn: (message: string) => void = (message) => console.warn(message);
  let lastWarning = 0;

  /** Charges `points`; the seconds to wait when that exceeds the bucket, otherwise null. */
  async function charge(bucket: Bucket, points: number): Promise<number | null> {
    try {
      const { count, resetMs } = await store.hit(bucket.key, points, windowMs);
      return count > bucket.points ? Math.max(1, Math.ceil(resetMs / 1000)) : null;
    } catch (error) {
      if (Date.now() - lastWarning > 60_000) {
        lastWarning = Date.now();
        warn(
          `Rate limit store unavailable, requests are not limited: ${error instanceof Error ? error.message : error}`,
        );
      }
      return null;
    }
  }

  return {
    onYogaInit: ({ yoga }) => {
      warn = (message) => yoga.logger.warn(message);
    },
    onRequest: async ({ request, serverContext, endResponse, fetchAPI }) => {
      const caller = await options.authenticate(request);
      const bucket: Bucket =
        caller.ok && !caller.anonymous
          ? { key: `subject:${caller.subject}`, points: config.authenticatedPoints }
          : {
              key: `ip:${addressKey(clientAddress(request, serverContext, options.trustedProxies))}`,
              points: config.anonymousPoints,
            };
      buckets.set(request, bucket);
      const retryAfter = await charge(bucket, 1);
      if (retryAfter === null) return;
      endResponse(
        fetchAPI.Response.json(
          {
            errors: [
              {
                message: rateLimitMessage(
                  retryAfter,
                  messageLanguage(request.headers.get('accept-language')),
                ),
                extensions: { code: REQUEST_LIMIT_CODES.rate, retryAfter },
              },
            ],
          },
          { status: 429, headers: { 'retry-after': String(retryAfter) } },
        ),
      );
    },
    onExecute: async ({ args, setResultAndStopExecution }) => {
      const request = (args.contextValue as { request?: Request }).request;
      const bucket = request === undefined ? undefined : buckets.get(request);
      if (bucket === undefined) return;
      const extra = rootFieldCount(args.document, args.operationName) - 1;
      if (extra <= 0) return;
      const retryAfter = await charge(bucket, extra);
      if (retryAfter !== null) setResultAndStopExecution({ errors: [rateLimitedError(retryAfter)] });
    },
    onDispose: () => store.close(),
  };
}

// The transport's configuration: CORS, the body limit and the rate limit, read from the environment
// in one place with the documented defaults (README, "Configuration").
import { parseDuration, parseSize } from './units.js';

/** The largest request body accepted unless `GRASSROOTS_MAX_BODY_SIZE` says otherwise: 100 KB. */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/**
 * Who may call the gateway from a browser page on another origin. Each entry is an exact origin
 * (`https://app.example.cn`), `localhost` (any port on localhost, 127.0.0.1 or [::1]) or `*` (any
 * origin). Credentials are never allowed, whatever the list says: the gateway reads a bearer token
 * from a header, never a cookie, so a page needs none.
 */
export type CorsOrigins = readonly string[];

export interface RateLimitConfig {
  /** The length of one counting window, in seconds. */
  readonly windowSeconds: number;
  /** Points per window for each IP address without a valid token (an IPv6 address counts by its /64). */
  readonly anonymousPoints: number;
  /** Points per window for each token subject. */
  readonly authenticatedPoints: number;
  /** Count in Redis (shared by every gateway instance) at this URL; in memory when null. */
  readonly redisUrl: string | null;
  /** Prefix of the Redis keys; tests use their own. */
  readonly keyPrefix?: string;
}

export interface TransportConfig {
  readonly corsOrigins: CorsOrigins;
  readonly maxBodyBytes: number;
  /** Null: no rate limit. */
  readonly rateLimit: RateLimitConfig | null;
  /**
   * How many reverse proxies stand in front of the gateway and append to `X-Forwarded-For`; 0 (the
   * default) ignores that header, which any client can write.
   */
  readonly trustedProxies: number;
  /** How many requests run at once, the others waiting their turn (`http/concurrency.ts`); null: no limit. */
  readonly maxConcurrentRequests: number | null;
}

/** Requests run at once unless `GRASSROOTS_MAX_CONCURRENT_REQUESTS` says otherwise. */
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 8;

export const DEFAULT_RATE_LIMIT: RateLimitConfig = {
  windowSeconds: 60,
  // Small, because one anonymous request of fifteen aliased statistics has cost three seconds; a
  // public dashboard page costs a few points.
  anonymousPoints: 60,
  authenticatedPoints: 600,
  redisUrl: null,
};

type Env = Record<string, string | undefined>;

function invalid(name: string, value: string, expected: string): Error {
  return new Error(`${name} must be ${expected}; got "${value}"`);
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const text = env[name]?.trim();
  if (!text) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value <= 0) throw invalid(name, text, 'a positive whole number');
  return value;
}

/** Parses `GRASSROOTS_CORS_ORIGINS`; every entry must be `*`, `localhost` or an origin with no path. */
export function parseCorsOrigins(text: string): CorsOrigins {
  const entries = text
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  for (const entry of entries) {
    if (entry === '*' || entry === 'localhost') continue;
    let origin: string | null = null;
    try {
      const url = new URL(entry);
      // A wildcard host (`*.example.cn`) parses as a URL but is not supported: refuse it, not ignore it.
      const plainHost = /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname);
      if ((url.protocol === 'http:' || url.protocol === 'https:') && plainHost) origin = url.origin;
    } catch {
      origin = null;
    }
    if (origin !== entry.replace(/\/$/, '')) {
      throw invalid(
        'GRASSROOTS_CORS_ORIGINS',
        entry,
        'a comma-separated list of origins such as https://app.example.cn, localhost or *',
      );
    }
  }
  return entries.map((entry) => entry.replace(/\/$/, ''));
}

/**
 * The transport configuration from `env`, with the defaults:
 * - `GRASSROOTS_CORS_ORIGINS`: none in production, `localhost` otherwise.
 * - `GRASSROOTS_MAX_BODY_SIZE`: 100 KB.
 * - `GRASSROOTS_RATE_LIMIT` (`on`/`off`): on, except under `NODE_ENV=test`, where the suites fire
 *   hundreds of requests as one caller; a test that checks the limit passes its own configuration.
 * - `GRASSROOTS_RATE_LIMIT_WINDOW` (60s), `GRASSROOTS_RATE_LIMIT_ANONYMOUS` (60 points per IP),
 *   `GRASSROOTS_RATE_LIMIT_AUTHENTICATED` (600 points per subject), `REDIS_URL` (memory if unset).
 * - `GRASSROOTS_TRUSTED_PROXIES`: 0.
 * - `GRASSROOTS_MAX_CONCURRENT_REQUESTS`: 8 (`off` for no limit).
 * A malformed value throws, so the gateway does not start with a limit it was not given.
 */
export function transportConfig(env: Env, options: { readonly production: boolean }): TransportConfig {
  const cors = env.GRASSROOTS_CORS_ORIGINS;
  const corsOrigins = cors === undefined ? (options.production ? [] : ['localhost']) : parseCorsOrigins(cors);

  const sizeText = env.GRASSROOTS_MAX_BODY_SIZE?.trim();
  const maxBodyBytes = sizeText ? parseSize(sizeText) : DEFAULT_MAX_BODY_BYTES;
  if (maxBodyBytes === null || maxBodyBytes <= 0) {
    throw invalid('GRASSROOTS_MAX_BODY_SIZE', sizeText ?? '', 'a size such as 100kb, 1mb or 102400');
  }

  const switchText = env.GRASSROOTS_RATE_LIMIT?.trim().toLowerCase();
  if (switchText !== undefined && switchText !== '' && switchText !== 'on' && switchText !== 'off') {
    throw invalid('GRASSROOTS_RATE_LIMIT', switchText, 'on or off');
  }
  const rateLimited =
    switchText === 'on' || ((switchText === undefined || switchText === '') && env.NODE_ENV !== 'test');
  const windowText = env.GRASSROOTS_RATE_LIMIT_WINDOW?.trim();
  const windowSeconds = windowText ? parseDuration(windowText) : DEFAULT_RATE_LIMIT.windowSeconds;
  if (windowSeconds === null || windowSeconds <= 0) {
    throw invalid('GRASSROOTS_RATE_LIMIT_WINDOW', windowText ?? '', 'a duration such as 60s or 1m');
  }
  const rateLimit: RateLimitConfig | null = rateLimited
    ? {
        windowSeconds,
        anonymousPoints: positiveInteger(
          env,
          'GRASSROOTS_RATE_LIMIT_ANONYMOUS',
          DEFAULT_RATE_LIMIT.anonymousPoints,
        ),
        authenticatedPoints: positiveInteger(
          env,
          'GRASSROOTS_RATE_LIMIT_AUTHENTICATED',
          DEFAULT_RATE_LIMIT.authenticatedPoints,
        ),
        redisUrl: env.REDIS_URL?.trim() || null,
      }
    : null;

  const proxiesText = env.GRASSROOTS_TRUSTED_PROXIES?.trim();
  const trustedProxies = proxiesText ? Number(proxiesText) : 0;
  if (!Number.isSafeInteger(trustedProxies) || trustedProxies < 0) {
    throw invalid('GRASSROOTS_TRUSTED_PROXIES', proxiesText ?? '', 'a whole number of proxies, 0 or more');
  }

  const concurrencyText = env.GRASSROOTS_MAX_CONCURRENT_REQUESTS?.trim().toLowerCase();
  const maxConcurrentRequests =
    concurrencyText === 'off'
      ? null
      : concurrencyText
        ? Number(concurrencyText)
        : DEFAULT_MAX_CONCURRENT_REQUESTS;
  if (
    maxConcurrentRequests !== null &&
    (!Number.isSafeInteger(maxConcurrentRequests) || maxConcurrentRequests < 1)
  ) {
    throw invalid(
      'GRASSROOTS_MAX_CONCURRENT_REQUESTS',
      concurrencyText ?? '',
      'a whole number from 1, or off',
    );
  }

  return { corsOrigins, maxBodyBytes, rateLimit, trustedProxies, maxConcurrentRequests };
}

// The transport's configuration: CORS and the body limit, read from the environment
// in one place with the documented defaults (README, "Configuration").
import { parseSize } from './units.js';

/** The largest request body accepted unless `GRASSROOTS_MAX_BODY_SIZE` says otherwise: 100 KB. */
export const DEFAULT_MAX_BODY_BYTES = 100 * 1024;

/**
 * Who may call the gateway from a browser page on another origin. Each entry is an exact origin
 * (`https://app.example.cn`), `localhost` (any port on localhost, 127.0.0.1 or [::1]) or `*` (any
 * origin). Credentials are never allowed, whatever the list says: the gateway reads a bearer token
 * from a header, never a cookie, so a page needs none.
 */
export type CorsOrigins = readonly string[];

export interface TransportConfig {
  readonly corsOrigins: CorsOrigins;
  readonly maxBodyBytes: number;
}

type Env = Record<string, string | undefined>;

function invalid(name: string, value: string, expected: string): Error {
  return new Error(`${name} must be ${expected}; got "${value}"`);
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

  return { corsOrigins, maxBodyBytes };
}

// CORS from an allow-list. Replaces yoga's default, which reflects any Origin and allows credentials.
import type { Plugin } from 'graphql-yoga';
import type { CorsOrigins } from './config.js';

/** The request headers a page on an allowed origin may send. */
const ALLOWED_HEADERS = 'accept, accept-language, authorization, content-type, x-request-id';
/** The response headers such a page may read: the request id to quote, and when to retry. */
const EXPOSED_HEADERS = 'retry-after, x-request-id';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

function isLocalOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOCAL_HOSTS.has(url.hostname);
  } catch {
    return false;
  }
}

/** Whether a page on `origin` may call the gateway under `origins` (see `CorsOrigins`). */
export function isAllowedOrigin(origins: CorsOrigins, origin: string): boolean {
  return origins.some(
    (entry) => entry === '*' || entry === origin || (entry === 'localhost' && isLocalOrigin(origin)),
  );
}

/**
 * Answers preflights (`OPTIONS`, 204) and adds `Access-Control-Allow-Origin` to responses for the
 * origins in `origins` only: the exact origin for a listed one, `*` when the list says any. Never
 * `Access-Control-Allow-Credentials`. A request from an origin not allowed is still answered (CORS
 * is enforced by browsers, and tokens travel in a header a foreign page cannot read), but without
 * the headers that would let its page read the answer.
 */
export function corsPlugin(origins: CorsOrigins): Plugin {
  const any = origins.includes('*');
  function allowOrigin(request: Request): string | null {
    const origin = request.headers.get('origin');
    if (any) return '*';
    return origin !== null && isAllowedOrigin(origins, origin) ? origin : null;
  }
  return {
    onRequest: ({ request, endResponse, fetchAPI }) => {
      if (request.method.toUpperCase() !== 'OPTIONS') return;
      const headers: Record<string, string> = { 'content-length': '0' };
      const allowed = allowOrigin(request);
      if (allowed !== null) {
        headers['access-control-allow-origin'] = allowed;
        headers['access-control-allow-methods'] = 'GET, POST';
        headers['access-control-allow-headers'] = ALLOWED_HEADERS;
        headers['access-control-max-age'] = '600';
      }
      if (!any) headers.vary = 'Origin';
      endResponse(new fetchAPI.Response(null, { status: 204, headers }));
    },
    onResponse: ({ request, response }) => {
      if (request.method.toUpperCase() === 'OPTIONS') return;
      // The answer depends on the Origin, so a shared cache must not serve one origin's to another.
      if (!any) response.headers.append('vary', 'Origin');
      const allowed = allowOrigin(request);
      if (allowed === null) return;
      response.headers.set('access-control-allow-origin', allowed);
      response.headers.set('access-control-expose-headers', EXPOSED_HEADERS);
    },
  };
}

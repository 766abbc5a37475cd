import { type Actor, ANONYMOUS } from '@grassroots/core';
import { decodeJwt } from 'jose';
import { TokenError, type TokenVerifier } from './tokens.js';

/** Who sent a request: a verified caller, nobody (no Authorization header), or a refused token. */
export type Authentication =
  | { readonly ok: true; readonly actor: Actor; readonly subject: string; readonly anonymous: boolean }
  | { readonly ok: false; readonly error: TokenError };

const NOBODY: Authentication = { ok: true, actor: ANONYMOUS, subject: 'anonymous', anonymous: true };

/** Reads a request's bearer token; the same request is verified once however often it is asked about. */
export type Authenticator = (request: Request) => Promise<Authentication>;

/** How many verified tokens the gateway remembers (a bounded LRU: about 1 KB each). */
export const VERIFIED_TOKEN_CACHE_SIZE = 5000;

/**
 * The gateway's authenticator. The rate limit needs the caller before the body is parsed and the
 * context needs it after; both ask this one, so a token is verified once per request. A token that
 * verified is remembered, keyed by its exact text, until its `exp`: a dashboard sends the same token
 * with every request, and checking its signature again proves nothing new (what a token says cannot
 * change without changing its text). Refusals are not remembered. The gateway has no revocation
 * list today; one would have to be consulted on every hit.
 */
export function createAuthenticator(
  verify: TokenVerifier,
  options: { readonly cacheSize?: number; readonly clock?: () => number } = {},
): Authenticator {
  const seen = new WeakMap<Request, Promise<Authentication>>();
  const verified = verifiedTokenCache(verify, options.cacheSize ?? VERIFIED_TOKEN_CACHE_SIZE, options.clock);
  return (request) => {
    let result = seen.get(request);
    if (result === undefined) {
      result = authenticate(verified, request.headers.get('authorization'));
      seen.set(request, result);
    }
    return result;
  };
}

/** `verify` with its successes remembered until the token's `exp`, at most `size` of them. */
function verifiedTokenCache(
  verify: TokenVerifier,
  size: number,
  clock: () => number = Date.now,
): TokenVerifier {
  // A Map keeps insertion order: a hit is moved to the end, and the first entry is the least recent.
  const cache = new Map<
    string,
    { readonly caller: Awaited<ReturnType<TokenVerifier>>; readonly until: number }
  >();
  return async (token) => {
    const hit = cache.get(token);
    if (hit !== undefined) {
      cache.delete(token);
      if (hit.until > clock()) {
        cache.set(token, hit);
        return hit.caller;
      }
    }
    const caller = await verify(token);
    // The verifier requires `exp`, so a verified token has one.
    const exp = decodeJwt(token).exp;
    if (typeof exp === 'number' && size > 0) {
      cache.set(token, { caller, until: exp * 1000 });
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
    }
    return caller;
  };
}

async function authenticate(verify: TokenVerifier, authorization: string | null): Promise<Authentication> {
  if (!authorization) return NOBODY;
  const match = authorization.match(/^Bearer\s+(\S+)$/i);
  if (!match?.[1]) return { ok: false, error: new TokenError('TOKEN.MALFORMED') };
  try {
    const verified = await verify(match[1]);
    return {
      ok: true,
      actor: { personId: verified.personId, grants: verified.grants },
      subject: verified.subject,
      anonymous: false,
    };
  } catch (error) {
    return {
      ok: false,
      error: error instanceof TokenError ? error : new TokenError('TOKEN.MALFORMED', 'invalid token'),
    };
  }
}

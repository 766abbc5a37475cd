import { type Actor, ANONYMOUS } from '@grassroots/core';
import { TokenError, type TokenVerifier } from './tokens.js';

/** Who sent a request: a verified caller, nobody (no Authorization header), or a refused token. */
export type Authentication =
  | { readonly ok: true; readonly actor: Actor; readonly subject: string; readonly anonymous: boolean }
  | { readonly ok: false; readonly error: TokenError };

const NOBODY: Authentication = { ok: true, actor: ANONYMOUS, subject: 'anonymous', anonymous: true };

/** Reads a request's bearer token; the same request is verified once however often it is asked about. */
export type Authenticator = (request: Request) => Promise<Authentication>;

/**
 * The gateway's authenticator. The rate limit needs the caller before the body is parsed and the
 * context needs it after; both ask this one, so a token is verified once per request.
 */
export function createAuthenticator(verify: TokenVerifier): Authenticator {
  const seen = new WeakMap<Request, Promise<Authentication>>();
  return (request) => {
    let result = seen.get(request);
    if (result === undefined) {
      result = authenticate(verify, request.headers.get('authorization'));
      seen.set(request, result);
    }
    return result;
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

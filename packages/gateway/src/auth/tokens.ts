import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Actor, ANONYMOUS, parseRegionCode, ROLES, type Role } from '@grassroots/core';
import { importSPKI, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { gatewayRoot } from '../db/config.js';

export const ISSUER = 'grassroots';
export const AUDIENCE = 'grassroots-gateway';

/** How the gateway checks bearer tokens: a shared secret (embedded default) or a public key. */
export type TokenVerifier = (token: string) => Promise<Actor & { readonly subject: string }>;

/** A token that cannot be used: expired, forged, or naming roles that do not exist. */
export class TokenError extends Error {
  override name = 'TokenError';
}

/**
 * The HS256 secret for the embedded default: `GRASSROOTS_JWT_SECRET` if set, otherwise one made at
 * random on first use and kept beside the embedded database, so a fresh clone is secure without
 * setup and the `token` command and the gateway agree.
 */
export function localSecret(env: Record<string, string | undefined> = process.env): Uint8Array {
  if (env.GRASSROOTS_JWT_SECRET) return new TextEncoder().encode(env.GRASSROOTS_JWT_SECRET);
  const file = join(gatewayRoot, 'data', 'jwt-secret');
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}

interface GrantClaim {
  readonly role: string;
  readonly region: string;
}

function actorFromClaims(payload: JWTPayload): Actor & { readonly subject: string } {
  const claims = payload as JWTPayload & { grants?: unknown; personId?: unknown };
  if (!Array.isArray(claims.grants) || claims.grants.length === 0) {
    throw new TokenError('the token names no grants');
  }
  const grants = claims.grants.map((claim: GrantClaim) => {
    if (!ROLES.includes(claim.role as Role)) throw new TokenError(`unknown role ${String(claim.role)}`);
    const region = parseRegionCode(String(claim.region));
    if (!region.ok) throw new TokenError(`invalid region ${String(claim.region)}`);
    return { role: claim.role as Role, regionCode: region.value };
  });
  return {
    subject: payload.sub ?? 'unknown',
    personId: typeof claims.personId === 'string' ? claims.personId : null,
    grants,
  };
}

/** The verifier from the environment: `GRASSROOTS_JWT_PUBLIC_KEY` (PEM, RS256/ES256) or the HS256 secret. */
export async function verifierFromEnv(
  env: Record<string, string | undefined> = process.env,
): Promise<TokenVerifier> {
  const pem = env.GRASSROOTS_JWT_PUBLIC_KEY;
  const algorithm = env.GRASSROOTS_JWT_ALGORITHM ?? 'RS256';
  const key = pem ? await importSPKI(pem, algorithm) : localSecret(env);
  const algorithms = pem ? [algorithm] : ['HS256'];
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms });
      return actorFromClaims(payload);
    } catch (error) {
      if (error instanceof TokenError) throw error;
      throw new TokenError(error instanceof Error ? error.message : 'invalid token');
    }
  };
}

/** Mints an HS256 token for local exploration and tests. */
export async function mintToken(
  input: {
    readonly subject: string;
    readonly grants: readonly { readonly role: Role; readonly region: string }[];
    readonly personId?: string;
    readonly expiresIn?: string;
  },
  secret: Uint8Array = localSecret(),
): Promise<string> {
  return new SignJWT({ grants: input.grants, ...(input.personId ? { personId: input.personId } : {}) })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(input.subject)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(input.expiresIn ?? '8h')
    .sign(secret);
}

export { ANONYMOUS };

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  type Actor,
  ANONYMOUS,
  GRANT_LEVELS,
  grantFits,
  type MessageText,
  parseRegionCode,
  ROLES,
  type Role,
} from '@grassroots/core';
import { errors, importSPKI, type JWTPayload, jwtVerify, SignJWT } from 'jose';
import { gatewayRoot } from '../db/config.js';
import { formatDuration, parseDuration } from '../http/units.js';

export const ISSUER = 'grassroots';
export const AUDIENCE = 'grassroots-gateway';

/** How the gateway checks bearer tokens: a shared secret (embedded default) or a public key. */
export type TokenVerifier = (token: string) => Promise<Actor & { readonly subject: string }>;

/** The longest a token may live (`exp` − `iat`) unless `GRASSROOTS_JWT_MAX_LIFETIME` says otherwise. */
export const DEFAULT_MAX_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * Why a token was refused. Sent as `extensions.reason` beside `extensions.code: "UNAUTHENTICATED"`;
 * clients may branch on it (an expired token means "sign in again", a malformed one a bug), so a
 * reason never changes once released.
 */
export type TokenRefusal =
  | 'TOKEN.MALFORMED'
  | 'TOKEN.SIGNATURE'
  | 'TOKEN.ISSUER'
  | 'TOKEN.EXPIRED'
  | 'TOKEN.NOT_YET_VALID'
  | 'TOKEN.NO_EXPIRY'
  | 'TOKEN.LIFETIME_TOO_LONG'
  | 'TOKEN.GRANTS';

const REFUSALS: Record<TokenRefusal, (detail: string) => MessageText> = {
  'TOKEN.MALFORMED': () => ({
    zh: '授权头须为 "Bearer <令牌>"，令牌须为 JWT',
    en: 'the Authorization header must be "Bearer <token>" with a JWT',
    bo: 'Authorization ཡི་གེ་མགོ་ནི་"Bearer <token>"ཡིན་དགོས་ལ། token ནི་ JWT ཡིན་དགོས།',
  }),
  'TOKEN.SIGNATURE': () => ({
    zh: '令牌签名无效',
    en: 'the token’s signature is invalid',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）ཀྱི་མིང་རྟགས་ནུས་མེད།',
  }),
  'TOKEN.ISSUER': () => ({
    zh: '令牌的签发方或接收方不符',
    en: 'the token was not issued by grassroots for grassroots-gateway',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）གཏོང་མཁན་ནམ་ལེན་མཁན་མི་མཐུན།',
  }),
  'TOKEN.EXPIRED': () => ({
    zh: '令牌已过期，请重新登录',
    en: 'the token has expired; sign in again',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）ཀྱི་དུས་ཚོད་རྫོགས་ཟིན། ཡང་བསྐྱར་ནང་འཛུལ་བྱེད་རོགས།',
  }),
  'TOKEN.NOT_YET_VALID': () => ({
    zh: '令牌尚未生效',
    en: 'the token is not valid yet',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）ད་དུང་ནུས་ལྡན་མ་བྱུང་།',
  }),
  'TOKEN.NO_EXPIRY': () => ({
    zh: '令牌缺少过期时间（exp）',
    en: 'the token has no expiry time (exp)',
    bo: 'ལག་འཁྱེར་ཨང་རྟགས（token）ལ་དུས་ཚོད་རྫོགས་ཚད（exp）མེད།',
  }),
  'TOKEN.LIFETIME_TOO_LONG': (max) => ({
    zh: `令牌有效期超过上限 ${max}`,
    en: `the token lives longer than the maximum of ${max}`,
    bo: `ལག་འཁྱེར་ཨང་རྟགས（token）ཀྱི་ནུས་ལྡན་དུས་ཡུན་ཚད་མཐོ ${max} ལས་བརྒལ་འདུག`,
  }),
  'TOKEN.GRANTS': (detail) => ({
    zh: `令牌授权无效：${detail}`,
    en: `the token’s grants are invalid: ${detail}`,
    bo: `ལག་འཁྱེར་ཨང་རྟགས（token）ཀྱི་དབང་སྤྲོད་ནུས་མེད། ${detail}`,
  }),
};

/**
 * A token that cannot be used: malformed, forged, expired, without an expiry, living too long, or
 * naming roles that do not exist. `text` is what callers are shown; `message` adds the verifier's detail.
 */
export class TokenError extends Error {
  override name = 'TokenError';
  readonly text: MessageText;

  constructor(
    readonly reason: TokenRefusal,
    detail = '',
  ) {
    const text = REFUSALS[reason](detail);
    super(detail === '' || text.en.includes(detail) ? text.en : `${text.en} (${detail})`);
    this.text = text;
  }
}

/**
 * The longest lifetime a token may have, in seconds: `GRASSROOTS_JWT_MAX_LIFETIME` (`12h`, `90m`,
 * `3600`…) or {@link DEFAULT_MAX_TOKEN_LIFETIME_SECONDS}. A malformed value stops the gateway.
 */
export function maxTokenLifetimeSeconds(env: Record<string, string | undefined> = process.env): number {
  const text = env.GRASSROOTS_JWT_MAX_LIFETIME;
  if (text === undefined || text.trim() === '') return DEFAULT_MAX_TOKEN_LIFETIME_SECONDS;
  const seconds = parseDuration(text);
  if (seconds === null || seconds <= 0) {
    throw new Error(`GRASSROOTS_JWT_MAX_LIFETIME must be a duration such as 12h, 90m or 3600; got "${text}"`);
  }
  return seconds;
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
    throw new TokenError('TOKEN.GRANTS', 'the token names no grants');
  }
  const grants = claims.grants.map((claim: GrantClaim) => {
    if (!ROLES.includes(claim.role as Role))
      throw new TokenError('TOKEN.GRANTS', `unknown role ${String(claim.role)}`);
    const region = parseRegionCode(String(claim.region));
    if (!region.ok) throw new TokenError('TOKEN.GRANTS', `invalid region ${String(claim.region)}`);
    const grant = { role: claim.role as Role, regionCode: region.value };
    // A grant's region is its reach: a grid worker over the whole autonomous region would read every
    // resident of it, so a region at a level the role is never granted at is refused outright.
    if (!grantFits(grant)) {
      throw new TokenError(
        'TOKEN.GRANTS',
        `${grant.role} may be granted only at ${GRANT_LEVELS[grant.role].join(' / ')} level, not at ${grant.regionCode}`,
      );
    }
    return grant;
  });
  return {
    subject: payload.sub ?? 'unknown',
    personId: typeof claims.personId === 'string' ? claims.personId : null,
    grants,
  };
}

/**
 * Refuses a token that could outlive a revoked account by more than `maxSeconds`. Its lifetime runs
 * from its issue time, or from now when it has none or claims one in the future (a token cannot
 * extend itself by post-dating `iat`).
 */
function checkLifetime(payload: JWTPayload, maxSeconds: number, nowSeconds: number): void {
  const exp = payload.exp as number; // jose has checked it is present and a number
  const from = typeof payload.iat === 'number' ? Math.min(payload.iat, nowSeconds) : nowSeconds;
  if (exp - from > maxSeconds) {
    throw new TokenError('TOKEN.LIFETIME_TOO_LONG', formatDuration(maxSeconds));
  }
}

/** jose's failures, as our reasons. */
function refusalOf(error: unknown): TokenError {
  if (error instanceof TokenError) return error;
  const detail = error instanceof Error ? error.message : 'invalid token';
  if (error instanceof errors.JWTExpired) return new TokenError('TOKEN.EXPIRED', detail);
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'exp') return new TokenError('TOKEN.NO_EXPIRY', detail);
    if (error.claim === 'nbf') return new TokenError('TOKEN.NOT_YET_VALID', detail);
    if (error.claim === 'iss' || error.claim === 'aud') return new TokenError('TOKEN.ISSUER', detail);
    return new TokenError('TOKEN.MALFORMED', detail);
  }
  if (error instanceof errors.JWSSignatureVerificationFailed || error instanceof errors.JOSEAlgNotAllowed) {
    return new TokenError('TOKEN.SIGNATURE', detail);
  }
  return new TokenError('TOKEN.MALFORMED', detail);
}

/**
 * The verifier from the environment: `GRASSROOTS_JWT_PUBLIC_KEY` (PEM, RS256/ES256) or the HS256
 * secret. Every token must carry `exp`, and live no longer than {@link maxTokenLifetimeSeconds}.
 */
export async function verifierFromEnv(
  env: Record<string, string | undefined> = process.env,
): Promise<TokenVerifier> {
  const pem = env.GRASSROOTS_JWT_PUBLIC_KEY;
  const algorithm = env.GRASSROOTS_JWT_ALGORITHM ?? 'RS256';
  const key = pem ? await importSPKI(pem, algorithm) : localSecret(env);
  const algorithms = pem ? [algorithm] : ['HS256'];
  const maxLifetime = maxTokenLifetimeSeconds(env);
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms,
        requiredClaims: ['exp'],
      });
      checkLifetime(payload, maxLifetime, Math.floor(Date.now() / 1000));
      return actorFromClaims(payload);
    } catch (error) {
      throw refusalOf(error);
    }
  };
}

/**
 * Mints an HS256 token for local exploration and tests. It always carries `iat` and `exp`
 * (`expiresIn`, a jose time span such as `8h`, 8 hours by default), as the gateway requires.
 */
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

import { decodeJwt, exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUDIENCE,
  DEFAULT_MAX_TOKEN_LIFETIME_SECONDS,
  ISSUER,
  maxTokenLifetimeSeconds,
  mintToken,
  TokenError,
  type TokenVerifier,
  verifierFromEnv,
} from '../src/auth/tokens.js';
import { startGateway, TEST_SECRET, type TestGateway } from './harness.js';

describe('bearer tokens', () => {
  it('verifies the embedded default: an HS256 token minted with the same secret', async () => {
    const env = { GRASSROOTS_JWT_SECRET: 'a-test-secret-of-sufficient-length' };
    const token = await mintToken(
      { subject: 's', grants: [{ role: 'GRID_WORKER', region: '542526100201001' }] },
      new TextEncoder().encode(env.GRASSROOTS_JWT_SECRET),
    );
    const actor = await (await verifierFromEnv(env))(token);
    expect(actor).toEqual({
      subject: 's',
      personId: null,
      grants: [{ role: 'GRID_WORKER', regionCode: '542526100201001' }],
    });
  });

  it('verifies a deployment’s RS256 token with its public key, and refuses a locally minted HS256 one', async () => {
    const { publicKey, privateKey } = await generateKeyPair('RS256');
    const env = { GRASSROOTS_JWT_PUBLIC_KEY: await exportSPKI(publicKey) };
    const verify = await verifierFromEnv(env);
    const signed = await new SignJWT({ grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] })
      .setProtectedHeader({ alg: 'RS256' })
      .setSubject('idp-user')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setExpirationTime('1h')
      .sign(privateKey);
    expect((await verify(signed)).grants).toEqual([{ role: 'COUNTY_ADMIN', regionCode: '542526' }]);
    const forged = await mintToken(
      { subject: 'x', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] },
      new TextEncoder().encode('guessed'),
    );
    await expect(verify(forged)).rejects.toThrow(TokenError);
  });

  it('refuses unknown roles, invalid regions, expired tokens and tokens without grants', async () => {
    const secret = new TextEncoder().encode('another-test-secret-of-good-length');
    const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: 'another-test-secret-of-good-length' });
    const sign = (claims: Record<string, unknown>, expires = '1h') =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject('s')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime(expires)
        .sign(secret);
    await expect(verify(await sign({ grants: [{ role: 'KING', region: '542526' }] }))).rejects.toThrow(
      /unknown role/,
    );
    await expect(verify(await sign({ grants: [{ role: 'JUDGE', region: '54x' }] }))).rejects.toThrow(
      /invalid region/,
    );
    await expect(verify(await sign({ grants: [] }))).rejects.toThrow(/no grants/);
    // Defect 3: a grant's region is its reach, so it must fit the role. A grid worker over the whole
    // autonomous region, a township officer over a county and a county administrator over one grid
    // are each refused, whatever else the token grants.
    for (const misfit of [
      { role: 'GRID_WORKER', region: '540000' },
      { role: 'GRID_CHIEF', region: '542526100201' },
      { role: 'TOWNSHIP_OFFICER', region: '542526' },
      { role: 'COUNTY_ADMIN', region: '542526100201001' },
    ]) {
      const refused = verify(await sign({ grants: [{ role: 'JUDGE', region: '542526' }, misfit] }));
      await expect(refused).rejects.toMatchObject({ reason: 'TOKEN.GRANTS' });
      await expect(refused).rejects.toThrow(`${misfit.role} may be granted only at`);
    }
    const expired = await sign({ grants: [{ role: 'JUDGE', region: '542526' }] }, '-1m');
    await expect(verify(expired)).rejects.toThrow(TokenError);
  });
});

describe('token lifetimes (issue 9, defect 14)', () => {
  const SECRET = 'lifetime-test-secret-of-good-length';
  const key = new TextEncoder().encode(SECRET);
  const grants = [{ role: 'JUDGE', region: '542526' }];
  const now = () => Math.floor(Date.now() / 1000);
  /** A token with exactly the time claims given, and no others. */
  const sign = (times: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ grants }).setProtectedHeader({ alg: 'HS256' }).setSubject('s');
    jwt.setIssuer(ISSUER).setAudience(AUDIENCE);
    if (times.iat !== undefined) jwt.setIssuedAt(times.iat);
    if (times.exp !== undefined) jwt.setExpirationTime(times.exp);
    return jwt.sign(key);
  };
  const refusal = async (verify: TokenVerifier, token: string) => {
    const error = await verify(token).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(TokenError);
    return (error as TokenError).reason;
  };

  it('refuses a token without exp, with or without iat', async () => {
    const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET });
    expect(await refusal(verify, await sign({ iat: now() }))).toBe('TOKEN.NO_EXPIRY');
    expect(await refusal(verify, await sign({}))).toBe('TOKEN.NO_EXPIRY');
  });

  it(`accepts a token living exactly the default maximum of ${DEFAULT_MAX_TOKEN_LIFETIME_SECONDS / 3600} hours, and refuses one a second longer`, async () => {
    const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET });
    const iat = now();
    await expect(
      verify(await sign({ iat, exp: iat + DEFAULT_MAX_TOKEN_LIFETIME_SECONDS })),
    ).resolves.toMatchObject({
      subject: 's',
    });
    const long = await sign({ iat, exp: iat + DEFAULT_MAX_TOKEN_LIFETIME_SECONDS + 1 });
    expect(await refusal(verify, long)).toBe('TOKEN.LIFETIME_TOO_LONG');
  });

  it('measures a token without iat, or with a post-dated one, from now', async () => {
    const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET });
    const tooFar = now() + DEFAULT_MAX_TOKEN_LIFETIME_SECONDS + 120;
    expect(await refusal(verify, await sign({ exp: tooFar }))).toBe('TOKEN.LIFETIME_TOO_LONG');
    expect(await refusal(verify, await sign({ iat: now() + 3600, exp: tooFar }))).toBe(
      'TOKEN.LIFETIME_TOO_LONG',
    );
    await expect(verify(await sign({ exp: now() + 3600 }))).resolves.toMatchObject({ subject: 's' });
  });

  it('takes the maximum from GRASSROOTS_JWT_MAX_LIFETIME, and refuses a malformed one', async () => {
    const verify = await verifierFromEnv({
      GRASSROOTS_JWT_SECRET: SECRET,
      GRASSROOTS_JWT_MAX_LIFETIME: '30m',
    });
    const iat = now();
    await expect(verify(await sign({ iat, exp: iat + 1800 }))).resolves.toMatchObject({ subject: 's' });
    expect(await refusal(verify, await sign({ iat, exp: iat + 1801 }))).toBe('TOKEN.LIFETIME_TOO_LONG');
    expect(maxTokenLifetimeSeconds({ GRASSROOTS_JWT_MAX_LIFETIME: '3600' })).toBe(3600);
    expect(maxTokenLifetimeSeconds({})).toBe(12 * 3600);
    for (const bad of ['12 hours', '-1h', '0', 'soon']) {
      expect(() => maxTokenLifetimeSeconds({ GRASSROOTS_JWT_MAX_LIFETIME: bad })).toThrow(
        /GRASSROOTS_JWT_MAX_LIFETIME/,
      );
    }
  });

  it('mints tokens that carry iat and an exp within the maximum (the `token` command and the test harness use it)', async () => {
    const token = await mintToken({ subject: 's', grants: [{ role: 'JUDGE', region: '542526' }] }, key);
    const claims = decodeJwt(token);
    expect(typeof claims.iat).toBe('number');
    expect(typeof claims.exp).toBe('number');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(8 * 3600);
    await expect((await verifierFromEnv({ GRASSROOTS_JWT_SECRET: SECRET }))(token)).resolves.toMatchObject({
      subject: 's',
    });
  });
});

describe('refused tokens through the API', () => {
  let t: TestGateway;
  const key = new TextEncoder().encode(TEST_SECRET);
  beforeAll(async () => {
    t = await startGateway();
  });
  afterAll(() => t.close());

  const call = async (token: string) => {
    const response = await t.gateway.fetch('http://grassroots.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    const body = (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: { code?: string; reason?: string } }[];
    };
    return { status: response.status, body };
  };
  const unsigned = (claims: { iat?: number; exp?: number }) => {
    const jwt = new SignJWT({ grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('admin')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE);
    if (claims.iat !== undefined) jwt.setIssuedAt(claims.iat);
    if (claims.exp !== undefined) jwt.setExpirationTime(claims.exp);
    return jwt.sign(key);
  };

  it('answers a token without exp with 401, UNAUTHENTICATED, reason TOKEN.NO_EXPIRY and a message in both languages', async () => {
    const { status, body } = await call(await unsigned({ iat: Math.floor(Date.now() / 1000) }));
    expect(status).toBe(401);
    expect(body.data).toBeUndefined();
    expect(body.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN.NO_EXPIRY' });
    expect(body.errors?.[0]?.message).toBe(
      '身份验证失败：令牌缺少过期时间（exp） / Unauthenticated: the token has no expiry time (exp)',
    );
  });

  it('answers a token living longer than 12 hours with reason TOKEN.LIFETIME_TOO_LONG', async () => {
    const iat = Math.floor(Date.now() / 1000);
    const { status, body } = await call(await unsigned({ iat, exp: iat + 30 * 24 * 3600 }));
    expect(status).toBe(401);
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN.LIFETIME_TOO_LONG',
    });
    expect(body.errors?.[0]?.message).toContain('令牌有效期超过上限 12h');
    expect(body.errors?.[0]?.message).toContain('the token lives longer than the maximum of 12h');
  });

  it('answers an expired token with reason TOKEN.EXPIRED, and a malformed header with TOKEN.MALFORMED', async () => {
    const iat = Math.floor(Date.now() / 1000) - 7200;
    const expired = await call(await unsigned({ iat, exp: iat + 3600 }));
    expect(expired.status).toBe(401);
    expect(expired.body.errors?.[0]?.extensions?.reason).toBe('TOKEN.EXPIRED');
    const malformed = await call('not-a-token');
    expect(malformed.body.errors?.[0]?.extensions).toEqual({
      code: 'UNAUTHENTICATED',
      reason: 'TOKEN.MALFORMED',
    });
  });

  it('accepts a token from the harness’s mintToken, which sets exp', async () => {
    const token = await mintToken(
      { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] },
      key,
    );
    const { status, body } = await call(token);
    expect(status).toBe(200);
    expect(body).toEqual({ data: { __typename: 'Query' } });
  });
});

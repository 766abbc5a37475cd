import { exportSPKI, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { AUDIENCE, ISSUER, mintToken, TokenError, verifierFromEnv } from '../src/auth/tokens.js';

describe('bearer tokens', () => {
  it('verifies the embedded default: an HS256 token minted with the same secret', async () => {
    const env = { GRASSROOTS_JWT_SECRET: 'a-test-secret-of-sufficient-length' };
    const token = await mintToken(
      { subject: 's', grants: [{ role: 'GRID_WORKER', region: '542526100201' }] },
      new TextEncoder().encode(env.GRASSROOTS_JWT_SECRET),
    );
    const actor = await (await verifierFromEnv(env))(token);
    expect(actor).toEqual({
      subject: 's',
      personId: null,
      grants: [{ role: 'GRID_WORKER', regionCode: '542526100201' }],
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
    const expired = await sign({ grants: [{ role: 'JUDGE', region: '542526' }] }, '-1m');
    await expect(verify(expired)).rejects.toThrow(TokenError);
  });
});

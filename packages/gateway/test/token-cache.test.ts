// A verified token is remembered until its `exp` (issue 11: verifying the JWT on every request cost
// about 2% of the gateway's CPU on the matters feed): the signature is checked once per token, not
// once per request, and nothing a token could not prove on its own is ever served from memory.
import { describe, expect, it } from 'vitest';
import { createAuthenticator } from '../src/auth/authenticate.js';
import { mintToken, type TokenVerifier, verifierFromEnv } from '../src/auth/tokens.js';
import { TEST_SECRET } from './harness.js';

const secret = new TextEncoder().encode(TEST_SECRET);
const caller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN' as const, region: '542526' }] };

/** The real verifier, counting its calls. */
async function countingVerifier(): Promise<{ verify: TokenVerifier; calls: () => number }> {
  const real = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET });
  let calls = 0;
  return {
    verify: (token) => {
      calls += 1;
      return real(token);
    },
    calls: () => calls,
  };
}

const request = (token: string) =>
  new Request('http://grassroots.test/graphql', { headers: { authorization: `Bearer ${token}` } });

describe('the verified-token cache', () => {
  it('checks a token’s signature once for many requests, and gives each request the same caller', async () => {
    const { verify, calls } = await countingVerifier();
    const authenticate = createAuthenticator(verify);
    const token = await mintToken(caller, secret);
    const results = [];
    for (let i = 0; i < 5; i += 1) results.push(await authenticate(request(token)));
    expect(calls()).toBe(1);
    for (const result of results)
      expect(result).toMatchObject({ ok: true, subject: 'admin', anonymous: false });
  });

  it('verifies again once the token has expired, and then refuses it', async () => {
    const { verify, calls } = await countingVerifier();
    let now = Date.now();
    const authenticate = createAuthenticator(verify, { clock: () => now });
    const token = await mintToken({ ...caller, expiresIn: '2s' }, secret);
    expect((await authenticate(request(token))).ok).toBe(true);
    now += 1000;
    expect((await authenticate(request(token))).ok).toBe(true);
    expect(calls()).toBe(1);
    // Past `exp` by the cache's clock: back to the verifier, whose own clock decides.
    now += 5000;
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const late = await authenticate(request(token));
    expect(calls()).toBe(2);
    expect(late).toMatchObject({ ok: false, error: { reason: 'TOKEN.EXPIRED' } });
  });

  it('never remembers a refusal, so a forged token is checked (and refused) every time', async () => {
    const { verify, calls } = await countingVerifier();
    const authenticate = createAuthenticator(verify);
    const forged = await mintToken(caller, new TextEncoder().encode('another secret entirely'));
    for (let i = 0; i < 3; i += 1) {
      expect(await authenticate(request(forged))).toMatchObject({
        ok: false,
        error: { reason: 'TOKEN.SIGNATURE' },
      });
    }
    expect(calls()).toBe(3);
  });

  it('holds at most its size, forgetting the least recently used token first', async () => {
    const { verify, calls } = await countingVerifier();
    const authenticate = createAuthenticator(verify, { cacheSize: 2 });
    const [a, b, c] = await Promise.all(
      ['a', 'b', 'c'].map((subject) => mintToken({ ...caller, subject }, secret)),
    );
    for (const token of [a, b, a, c] as string[]) await authenticate(request(token));
    expect(calls()).toBe(3);
    await authenticate(request(a as string)); // still there: used after b
    expect(calls()).toBe(3);
    await authenticate(request(b as string)); // forgotten when c came
    expect(calls()).toBe(4);
  });
});

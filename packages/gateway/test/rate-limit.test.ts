// The rate limit (issue 9, defect 14): points per token subject, and per IP address for callers
// without a valid token, counted in memory or in Redis; over budget, 429 with Retry-After.
import { randomUUID } from 'node:crypto';
import { parse } from 'graphql';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { addressKey, clientAddress } from '../src/http/client-address.js';
import {
  DEFAULT_RATE_LIMIT,
  type RateLimitConfig,
  type TransportConfig,
  transportConfig,
} from '../src/http/config.js';
import { REQUEST_LIMIT_CODES } from '../src/http/limits.js';
import { rootFieldCount } from '../src/http/rate-limit.js';
import { memoryStore } from '../src/http/rate-limit-store.js';
import { createGateway, type Gateway } from '../src/yoga.js';
import { startGateway, TEST_SECRET, type TestCaller, type TestGateway } from './harness.js';

const URL = 'http://grassroots.test/graphql';
const REDIS_URL = 'redis://127.0.0.1:6379';
const secret = new TextEncoder().encode(TEST_SECRET);
const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
const judge: TestCaller = { subject: 'judge', grants: [{ role: 'JUDGE', region: '542526' }] };

let t: TestGateway;
const gateways: Gateway[] = [];

beforeAll(async () => {
  t = await startGateway();
});
afterAll(async () => {
  await Promise.all(gateways.map((gateway) => gateway.dispose()));
  await t.close();
});

/** A gateway on the test database whose rate limit is `rateLimit`. */
async function limited(rateLimit: RateLimitConfig, trustedProxies = 0): Promise<Gateway> {
  const transport: TransportConfig = {
    ...transportConfig({ NODE_ENV: 'test' }, { production: false }),
    rateLimit,
    trustedProxies,
  };
  const gateway = createGateway({
    db: t.db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET }),
    transport,
  });
  gateways.push(gateway);
  return gateway;
}

interface Sent {
  readonly status: number;
  readonly headers: Headers;
  readonly body: {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string; retryAfter?: number } }[];
  };
}

/** Sends `query` from `ip` (the socket's peer, as Node's server reports it), as `as` if given. */
async function send(
  gateway: Gateway,
  options: { ip?: string; as?: TestCaller | string; query?: string; headers?: Record<string, string> } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...options.headers };
  if (typeof options.as === 'string') headers.authorization = `Bearer ${options.as}`;
  else if (options.as) headers.authorization = `Bearer ${await mintToken(options.as, secret)}`;
  const response = await gateway.fetch(
    URL,
    { method: 'POST', headers, body: JSON.stringify({ query: options.query ?? '{ __typename }' }) },
    { req: { socket: { remoteAddress: options.ip ?? '203.0.113.1' } } },
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Sent['body'],
  };
}

async function sendTimes(
  gateway: Gateway,
  times: number,
  options: Parameters<typeof send>[1],
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < times; i += 1) statuses.push((await send(gateway, options)).status);
  return statuses;
}

function expectRateLimited(sent: Sent, windowSeconds: number): void {
  expect(sent.status).toBe(429);
  const retryAfter = Number(sent.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(windowSeconds);
  expect(sent.body.data ?? undefined).toBeUndefined();
  expect(sent.body.errors).toHaveLength(1);
  expect(sent.body.errors?.[0]?.extensions).toEqual({ code: REQUEST_LIMIT_CODES.rate, retryAfter });
  expect(sent.body.errors?.[0]?.message).toBe(
    `请求过于频繁，请 ${retryAfter} 秒后重试 / Too many requests: retry in ${retryAfter} s`,
  );
}

const SMALL: RateLimitConfig = {
  windowSeconds: 60,
  anonymousPoints: 5,
  authenticatedPoints: 8,
  redisUrl: null,
};

describe('the configuration', () => {
  it('is on by default with small anonymous budgets, and off under NODE_ENV=test unless switched on', () => {
    expect(transportConfig({}, { production: true }).rateLimit).toEqual(DEFAULT_RATE_LIMIT);
    expect(DEFAULT_RATE_LIMIT).toMatchObject({
      windowSeconds: 60,
      anonymousPoints: 60,
      authenticatedPoints: 600,
    });
    expect(transportConfig({ NODE_ENV: 'test' }, { production: false }).rateLimit).toBeNull();
    expect(transportConfig({ GRASSROOTS_RATE_LIMIT: 'off' }, { production: true }).rateLimit).toBeNull();
    expect(
      transportConfig(
        {
          NODE_ENV: 'test',
          GRASSROOTS_RATE_LIMIT: 'on',
          GRASSROOTS_RATE_LIMIT_WINDOW: '10m',
          GRASSROOTS_RATE_LIMIT_ANONYMOUS: '30',
          GRASSROOTS_RATE_LIMIT_AUTHENTICATED: '3000',
          REDIS_URL,
        },
        { production: true },
      ).rateLimit,
    ).toEqual({ windowSeconds: 600, anonymousPoints: 30, authenticatedPoints: 3000, redisUrl: REDIS_URL });
    for (const [name, value] of [
      ['GRASSROOTS_RATE_LIMIT', 'maybe'],
      ['GRASSROOTS_RATE_LIMIT_WINDOW', 'a while'],
      ['GRASSROOTS_RATE_LIMIT_ANONYMOUS', '0'],
      ['GRASSROOTS_RATE_LIMIT_AUTHENTICATED', '1.5'],
      ['GRASSROOTS_TRUSTED_PROXIES', '-1'],
    ] as const) {
      expect(() => transportConfig({ [name]: value }, { production: true })).toThrow(name);
    }
  });

  it('leaves the test suites’ gateway unlimited (the harness reads the environment under NODE_ENV=test)', async () => {
    const statuses = await sendTimes(t.gateway, DEFAULT_RATE_LIMIT.anonymousPoints + 5, {});
    expect(statuses.every((status) => status === 200)).toBe(true);
  });
});

describe('the rate limit, counted in memory', () => {
  it('gives each IP address without a token its own small budget, then answers 429 with Retry-After', async () => {
    const gateway = await limited(SMALL);
    expect(await sendTimes(gateway, 5, { ip: '198.51.100.7' })).toEqual([200, 200, 200, 200, 200]);
    expectRateLimited(await send(gateway, { ip: '198.51.100.7' }), 60);
    expect((await send(gateway, { ip: '198.51.100.8' })).status).toBe(200);
  });

  it('counts a caller with a token by its subject, wherever it calls from, apart from the anonymous budget', async () => {
    const gateway = await limited(SMALL);
    await sendTimes(gateway, 5, { ip: '198.51.100.9' });
    expect((await send(gateway, { ip: '198.51.100.9' })).status).toBe(429);
    const statuses = [];
    for (let i = 0; i < 8; i += 1)
      statuses.push((await send(gateway, { ip: `192.0.2.${i}`, as: admin })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expectRateLimited(await send(gateway, { ip: '198.51.100.9', as: admin }), 60);
    expect((await send(gateway, { ip: '198.51.100.9', as: judge })).status).toBe(200);
  });

  it('counts a refused token against the address, so garbage tokens buy no fresh budget', async () => {
    const gateway = await limited(SMALL);
    const garbage = await sendTimes(gateway, 5, { ip: '198.51.100.10', as: `garbage-${randomUUID()}` });
    expect(garbage).toEqual([401, 401, 401, 401, 401]);
    expectRateLimited(await send(gateway, { ip: '198.51.100.10', as: 'another-garbage' }), 60);
    expectRateLimited(await send(gateway, { ip: '198.51.100.10' }), 60);
  });

  it('charges a point per root field, so fifteen aliased statistics spend an anonymous budget of ten', async () => {
    const gateway = await limited({ ...SMALL, anonymousPoints: 10 });
    const aliases = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: region(code: "542526") { code }`).join(' ')} }`;
    const fifteen = await send(gateway, { ip: '198.51.100.11', query: aliases(15) });
    expectRateLimited(fifteen, 60);
    expect(fifteen.body).not.toHaveProperty('data.r0');
    // Another address: nine fields and the request itself fit in ten points; the next request does not.
    expect((await send(gateway, { ip: '198.51.100.12', query: aliases(9) })).status).toBe(200);
    expect((await send(gateway, { ip: '198.51.100.12' })).status).toBe(200);
    expectRateLimited(await send(gateway, { ip: '198.51.100.12' }), 60);
  });

  it('lets an allowed page read the refusal, and numbers it like any response', async () => {
    const gateway = await limited({ ...SMALL, anonymousPoints: 1 });
    await send(gateway, { ip: '198.51.100.13' });
    const refused = await send(gateway, {
      ip: '198.51.100.13',
      headers: { origin: 'http://localhost:5173' },
    });
    expect(refused.status).toBe(429);
    expect(refused.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(refused.headers.get('access-control-expose-headers')).toContain('retry-after');
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reads the address from X-Forwarded-For only behind as many proxies as configured', async () => {
    const direct = await limited({ ...SMALL, anonymousPoints: 1 });
    const spoofed = (n: number) => ({ ip: '10.0.0.1', headers: { 'x-forwarded-for': `192.0.2.${n}` } });
    expect((await send(direct, spoofed(1))).status).toBe(200);
    expect((await send(direct, spoofed(2))).status).toBe(429);
    const proxied = await limited({ ...SMALL, anonymousPoints: 1 }, 1);
    expect((await send(proxied, spoofed(1))).status).toBe(200);
    expect((await send(proxied, spoofed(2))).status).toBe(200);
    expect((await send(proxied, spoofed(1))).status).toBe(429);
  });
});

describe('the rate limit, counted in Redis (REDIS_URL)', () => {
  const prefix = `grassroots-test:${randomUUID()}:`;
  const redis = new Redis(REDIS_URL, { lazyConnect: true });
  beforeAll(() => redis.connect());
  afterAll(async () => {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('shares one budget between gateway instances, in keys that expire with the window', async () => {
    const config: RateLimitConfig = { ...SMALL, redisUrl: REDIS_URL, keyPrefix: prefix };
    const [one, two] = [await limited(config), await limited(config)];
    const statuses = [];
    for (let i = 0; i < 8; i += 1) statuses.push((await send(i % 2 === 0 ? one : two, { as: admin })).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
    expectRateLimited(await send(two, { as: admin }), 60);
    expectRateLimited(await send(one, { as: admin }), 60);
    expect(Number(await redis.get(`${prefix}subject:admin`))).toBe(10);
    const ttl = await redis.pttl(`${prefix}subject:admin`);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(60_000);
    await sendTimes(one, 5, { ip: '198.51.100.20' });
    expectRateLimited(await send(two, { ip: '198.51.100.20' }), 60);
    expect(Number(await redis.get(`${prefix}ip:198.51.100.20`))).toBe(6);
  });

  it('lets requests through when Redis cannot be reached, rather than failing them', async () => {
    const gateway = await limited({
      ...SMALL,
      anonymousPoints: 1,
      redisUrl: 'redis://127.0.0.1:1',
      keyPrefix: prefix,
    });
    const started = Date.now();
    expect(await sendTimes(gateway, 3, { ip: '198.51.100.21' })).toEqual([200, 200, 200]);
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('its parts', () => {
  it('counts in fixed windows in memory, and forgets ended ones', async () => {
    let now = 0;
    const store = memoryStore(() => now);
    expect(await store.hit('k', 1, 1000)).toEqual({ count: 1, resetMs: 1000 });
    now = 400;
    expect(await store.hit('k', 3, 1000)).toEqual({ count: 4, resetMs: 600 });
    now = 1000;
    expect(await store.hit('k', 1, 1000)).toEqual({ count: 1, resetMs: 1000 });
  });

  it('counts root fields with aliases and fragments, not __typename', () => {
    expect(
      rootFieldCount(parse('{ a: region(code: "1") { code } b: region(code: "2") { code } __typename }')),
    ).toBe(2);
    expect(
      rootFieldCount(
        parse('query Q { ...F ... on Query { regions { totalCount } } } fragment F on Query { x y }'),
      ),
    ).toBe(3);
    expect(rootFieldCount(parse('query A { a } query B { b c }'), 'B')).toBe(2);
  });

  it('counts an IPv6 caller by its /64 and an IPv4-mapped one as IPv4', () => {
    expect(addressKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8:1:2:ffff:ffff:ffff:ffff')).toBe('2001:db8:1:2::/64');
    expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(addressKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(addressKey('203.0.113.9')).toBe('203.0.113.9');
    const request = new Request(URL, { headers: { 'x-forwarded-for': 'spoofed, 198.51.100.1, 10.0.0.2' } });
    const context = { req: { socket: { remoteAddress: '10.0.0.3' } } };
    expect(clientAddress(request, context, 0)).toBe('10.0.0.3');
    expect(clientAddress(request, context, 2)).toBe('198.51.100.1');
    expect(clientAddress(request, undefined, 0)).toBe('unknown');
  });
});

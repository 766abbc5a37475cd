// The transport (issue 9, defect 14): CORS only for configured origins and never with credentials,
// and a request body limit answered with 413 before anything is parsed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifierFromEnv } from '../src/auth/tokens.js';
import { createSemaphore } from '../src/http/concurrency.js';
import {
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_CONCURRENT_REQUESTS,
  parseCorsOrigins,
  transportConfig,
} from '../src/http/config.js';
import { REQUEST_LIMIT_CODES } from '../src/http/limits.js';
import { createGateway, type Gateway } from '../src/yoga.js';
import { startGateway, TEST_SECRET, type TestGateway } from './harness.js';

const URL = 'http://grassroots.test/graphql';
const QUERY = '{ regions(first: 1) { totalCount } }';

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway();
});
afterAll(() => t.close());

/** A gateway on the test database with the transport `env` describes. */
async function gatewayWith(env: Record<string, string>, production: boolean): Promise<Gateway> {
  return createGateway({
    db: t.db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET }),
    production,
    transport: transportConfig(env, { production }),
  });
}

async function preflight(gateway: Gateway, origin: string): Promise<Response> {
  return gateway.fetch(URL, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });
}

async function post(gateway: Gateway, origin: string | null, query = QUERY): Promise<Response> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (origin !== null) headers.origin = origin;
  return gateway.fetch(URL, { method: 'POST', headers, body: JSON.stringify({ query }) });
}

function expectNoCors(response: Response): void {
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  expect(response.headers.get('access-control-allow-credentials')).toBeNull();
}

describe('CORS', () => {
  it('in development allows pages on localhost, on any port, without credentials', async () => {
    for (const origin of [
      'http://localhost:5173',
      'http://127.0.0.1:3000',
      'http://[::1]:8080',
      'https://localhost',
    ]) {
      const options = await preflight(t.gateway, origin);
      expect(options.status).toBe(204);
      expect(options.headers.get('access-control-allow-origin')).toBe(origin);
      expect(options.headers.get('access-control-allow-methods')).toBe('GET, POST');
      expect(options.headers.get('access-control-allow-headers')).toContain('authorization');
      expect(options.headers.get('access-control-allow-credentials')).toBeNull();
      const simple = await post(t.gateway, origin);
      expect(simple.status).toBe(200);
      expect(simple.headers.get('access-control-allow-origin')).toBe(origin);
      expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
      expect(simple.headers.get('access-control-expose-headers')).toBe('retry-after, x-request-id');
      expect(simple.headers.get('vary')).toContain('Origin');
    }
  });

  it('does not reflect a foreign origin, in development either, and never allows credentials', async () => {
    for (const origin of ['https://evil.example', 'http://localhost.evil.example', 'null']) {
      const options = await preflight(t.gateway, origin);
      expect(options.status).toBe(204);
      expectNoCors(options);
      expect(options.headers.get('access-control-allow-methods')).toBeNull();
      const simple = await post(t.gateway, origin);
      // Still answered (CORS is the browser's to enforce), but the page may not read the answer.
      expect(simple.status).toBe(200);
      expectNoCors(simple);
      expect(simple.headers.get('vary')).toContain('Origin');
    }
  });

  it('in production allows no cross-origin page by default, localhost included', async () => {
    const gateway = await gatewayWith({}, true);
    for (const origin of ['http://localhost:5173', 'https://app.example.cn']) {
      expectNoCors(await preflight(gateway, origin));
      expectNoCors(await post(gateway, origin));
    }
    const sameOrigin = await post(gateway, null);
    expect(sameOrigin.status).toBe(200);
    expectNoCors(sameOrigin);
  });

  it('allows exactly the origins of GRASSROOTS_CORS_ORIGINS', async () => {
    const gateway = await gatewayWith(
      { GRASSROOTS_CORS_ORIGINS: 'https://app.example.cn, https://ops.example.cn/' },
      true,
    );
    for (const origin of ['https://app.example.cn', 'https://ops.example.cn']) {
      expect((await preflight(gateway, origin)).headers.get('access-control-allow-origin')).toBe(origin);
      const simple = await post(gateway, origin);
      expect(simple.headers.get('access-control-allow-origin')).toBe(origin);
      expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    }
    for (const origin of [
      'http://app.example.cn',
      'https://app.example.cn:8443',
      'https://app.example.cn.evil.example',
      'https://evil.example',
      'http://localhost:5173',
    ]) {
      expectNoCors(await preflight(gateway, origin));
      expectNoCors(await post(gateway, origin));
    }
  });

  it('answers any origin with * when configured so, still without credentials', async () => {
    const gateway = await gatewayWith({ GRASSROOTS_CORS_ORIGINS: '*' }, true);
    const simple = await post(gateway, 'https://anyone.example');
    expect(simple.headers.get('access-control-allow-origin')).toBe('*');
    expect(simple.headers.get('access-control-allow-credentials')).toBeNull();
    expect(
      (await preflight(gateway, 'https://anyone.example')).headers.get('access-control-allow-origin'),
    ).toBe('*');
  });

  it('refuses to start with an entry that is not an origin', () => {
    expect(parseCorsOrigins(' https://a.example.cn ,localhost,, ')).toEqual([
      'https://a.example.cn',
      'localhost',
    ]);
    for (const bad of [
      'app.example.cn',
      'https://a.example.cn/graphql',
      'ftp://a.example.cn',
      'https://*.example.cn',
    ]) {
      expect(() => parseCorsOrigins(bad)).toThrow(/GRASSROOTS_CORS_ORIGINS/);
    }
  });
});

interface ErrorBody {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** `query` followed by a comment that brings the JSON body to exactly `bytes` bytes. */
function paddedBody(query: string, bytes: number): string {
  const empty = JSON.stringify({ query: `${query}\n#` });
  const body = JSON.stringify({ query: `${query}\n#${'x'.repeat(bytes - empty.length)}` });
  expect(body.length).toBe(bytes);
  return body;
}

/** The body sent in chunks, with no Content-Length: the length is known only by reading. */
function chunked(body: string): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(body);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 16 * 1024));
      offset += 16 * 1024;
    },
  });
}

describe('the request body limit', () => {
  const MiB = 1024 * 1024;

  async function expectRefused(response: Response, limit = DEFAULT_MAX_BODY_BYTES): Promise<void> {
    expect(response.status).toBe(413);
    const body = (await response.json()) as ErrorBody;
    expect(body.data).toBeUndefined();
    expect(body.errors).toHaveLength(1);
    expect(body.errors?.[0]?.extensions).toEqual({ code: REQUEST_LIMIT_CODES.bodySize, limit });
    expect(body.errors?.[0]?.message).toMatch(
      /^请求体过大，上限为 .+ \/ Request body is too large: the limit is /,
    );
  }

  it('refuses a 1 MiB query padded with a comment with 413, declared by Content-Length, before parsing or running it', async () => {
    const body = paddedBody(QUERY, MiB);
    t.resetQueries();
    const response = await t.gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': String(body.length) },
      body,
    });
    await expectRefused(response);
    expect(t.queries).toEqual([]);
  });

  it('refuses the same query sent in chunks without Content-Length, while reading it', async () => {
    t.resetQueries();
    const response = await t.gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked(paddedBody(QUERY, MiB)),
      duplex: 'half',
    } as RequestInit);
    await expectRefused(response);
    expect(t.queries).toEqual([]);
  });

  it(`runs a body of exactly ${DEFAULT_MAX_BODY_BYTES} bytes and refuses one byte more`, async () => {
    const fits = await t.gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chunked(paddedBody(QUERY, DEFAULT_MAX_BODY_BYTES)),
      duplex: 'half',
    } as RequestInit);
    expect(fits.status).toBe(200);
    expect(((await fits.json()) as ErrorBody).errors).toBeUndefined();
    await expectRefused(
      await t.gateway.fetch(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: paddedBody(QUERY, DEFAULT_MAX_BODY_BYTES + 1),
      }),
    );
  });

  it('covers form-encoded bodies too, and lets an allowed page read the refusal', async () => {
    const response = await t.gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost:5173' },
      body: `query=${encodeURIComponent(`${QUERY}\n#${'x'.repeat(MiB)}`)}`,
    });
    expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    await expectRefused(response);
  });

  it('takes its limit from GRASSROOTS_MAX_BODY_SIZE', async () => {
    const gateway = await gatewayWith({ GRASSROOTS_MAX_BODY_SIZE: '1kb' }, false);
    await expectRefused(
      await gateway.fetch(URL, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: paddedBody(QUERY, 1025),
      }),
      1024,
    );
    const fits = await gateway.fetch(URL, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: paddedBody(QUERY, 1024),
    });
    expect(fits.status).toBe(200);
    expect(transportConfig({ GRASSROOTS_MAX_BODY_SIZE: '1mb' }, { production: true }).maxBodyBytes).toBe(MiB);
    expect(transportConfig({}, { production: true }).maxBodyBytes).toBe(100 * 1024);
    expect(() => transportConfig({ GRASSROOTS_MAX_BODY_SIZE: 'lots' }, { production: true })).toThrow(
      /GRASSROOTS_MAX_BODY_SIZE/,
    );
  });
});

describe('requests at once', () => {
  it('lets the configured number through and the rest wait their turn, in arrival order', async () => {
    const slots = createSemaphore(2);
    const order: string[] = [];
    await slots.acquire();
    await slots.acquire();
    const third = slots.acquire()?.then(() => order.push('third'));
    const fourth = slots.acquire()?.then(() => order.push('fourth'));
    expect(slots.state).toEqual({ running: 2, waiting: 2 });
    slots.release();
    await third;
    expect(order).toEqual(['third']);
    expect(slots.state).toEqual({ running: 2, waiting: 1 });
    slots.release();
    await fourth;
    slots.release();
    slots.release();
    expect(slots.state).toEqual({ running: 0, waiting: 0 });
  });

  it('answers every request of a burst through one slot, and frees the slot after each', async () => {
    const gateway = await gatewayWith({ GRASSROOTS_MAX_CONCURRENT_REQUESTS: '1' }, true);
    const burst = await Promise.all(Array.from({ length: 6 }, () => post(gateway, null)));
    expect(burst.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    // A refused body still gives its slot back.
    const refused = await post(gateway, null, `${QUERY}#${'x'.repeat(200 * 1024)}`);
    expect(refused.status).toBe(413);
    expect((await post(gateway, null)).status).toBe(200);
  });

  it('is 8 unless GRASSROOTS_MAX_CONCURRENT_REQUESTS says a number or off', () => {
    expect(transportConfig({}, { production: true }).maxConcurrentRequests).toBe(
      DEFAULT_MAX_CONCURRENT_REQUESTS,
    );
    expect(DEFAULT_MAX_CONCURRENT_REQUESTS).toBe(8);
    const config = (value: string) =>
      transportConfig({ GRASSROOTS_MAX_CONCURRENT_REQUESTS: value }, { production: true })
        .maxConcurrentRequests;
    expect(config('3')).toBe(3);
    expect(config('off')).toBeNull();
    expect(() => config('0')).toThrow(/GRASSROOTS_MAX_CONCURRENT_REQUESTS/);
  });
});

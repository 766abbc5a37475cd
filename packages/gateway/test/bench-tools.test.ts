// The bench's own tools: its command line and the CPU-profile summary (`pnpm bench --profile`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { describe, expect, it, vi } from 'vitest';
import { parseOptions, UsageError } from '../bench/cli.js';
import { cpuByOwner, ownerOf, shares } from '../bench/profile.js';
import { countRequests } from '../bench/servers/child.js';

describe('pnpm bench --profile', () => {
  it('takes the folder the profiles go to, and refuses a missing one', () => {
    const options = parseOptions(['--profile', '/tmp/profiles'], false);
    expect(options !== 'help' && options.profileDir).toBe('/tmp/profiles');
    const plain = parseOptions([], false);
    expect(plain !== 'help' && plain.profileDir).toBeNull();
    expect(() => parseOptions(['--profile'], false)).toThrow(UsageError);
  });

  it('names a frame by the package, our area, Node or V8 it belongs to', () => {
    const pnpm = '/w/node_modules/.pnpm/@prisma+client@7.10.0/node_modules/@prisma/client/runtime/x.js';
    expect(ownerOf('request', `file://${pnpm}`)).toBe('@prisma/client');
    expect(ownerOf('f', 'file:///w/node_modules/.pnpm/pg@8.16.0/node_modules/pg/lib/client.js')).toBe('pg');
    expect(ownerOf('toDomain', 'file:///w/packages/gateway/src/mappers/matter.ts')).toBe(
      'ours: gateway/mappers',
    );
    expect(ownerOf('(garbage collector)', '')).toBe('(garbage collector)');
    expect(ownerOf('writev', '')).toBe('socket writes (native)');
    expect(ownerOf('emit', 'node:events')).toBe('node (runtime)');
  });

  it('sums self time by owner, leaving idle time and the profiler out, and gives shares of the busy time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
    const file = join(dir, 'gateway-x.cpuprofile');
    const prisma = 'file:///w/node_modules/.pnpm/@prisma+client@7/node_modules/@prisma/client/r.js';
    writeFileSync(
      file,
      JSON.stringify({
        nodes: [
          { id: 1, callFrame: { functionName: '(idle)', url: '' } },
          { id: 2, callFrame: { functionName: 'request', url: prisma } },
          { id: 3, callFrame: { functionName: '(garbage collector)', url: '' } },
          { id: 4, callFrame: { functionName: 'post', url: 'node:inspector' }, children: [5] },
          { id: 5, callFrame: { functionName: 'dispatch', url: '' } },
        ],
        samples: [1, 2, 2, 3, 1, 5, 4],
        timeDeltas: [9000, 3000, 3000, 2000, 9000, 4000, 1000],
      }),
    );
    const totals = cpuByOwner([file]);
    expect(Object.fromEntries(totals)).toEqual({ '@prisma/client': 6, '(garbage collector)': 2 });
    expect(shares(totals, 1)).toBe('@prisma/client 75%, other 25%');
  });
});

describe("the bench servers' count of requests", () => {
  const BIG = 'x'.repeat(4_000_000);
  const slowly = <T>(value: T, ms: number) =>
    new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

  async function serve(resolve: () => Promise<string>) {
    const yoga = createYoga({
      schema: createSchema({
        typeDefs: 'type Query { answer: String }',
        resolvers: { Query: { answer: resolve } },
      }),
      logging: false,
    });
    const requests = countRequests((request, response) => yoga(request, response));
    const server = createServer(requests.listener);
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    return { requests, server, port };
  }

  /** Sends `{ answer }` and destroys the socket at the first byte of the answer, or after `ms`. */
  function abandon(port: number, when: { firstByte: true } | { ms: number }): Promise<void> {
    const body = JSON.stringify({ query: '{ answer }' });
    return new Promise((settle) => {
      const outgoing = request(
        {
          host: '127.0.0.1',
          port,
          path: '/graphql',
          method: 'POST',
          headers: { 'content-type': 'application/json' },
        },
        (response) => response.once('data', () => 'firstByte' in when && outgoing.destroy()),
      );
      outgoing.on('error', () => undefined).on('close', () => settle());
      outgoing.end(body);
      if ('ms' in when) setTimeout(() => outgoing.destroy(), when.ms);
    });
  }

  it('finishes a request whose large answer the client cut off mid-write (yoga never settles it)', async () => {
    const { requests, server, port } = await serve(() => slowly(BIG, 50));
    try {
      await Promise.all(Array.from({ length: 5 }, () => abandon(port, { firstByte: true })));
      await vi.waitFor(() => expect(requests.finished).toBe(5), { timeout: 5000 });
      expect(requests.inFlight).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('keeps a request in flight while the server still works on it after the client left', async () => {
    const { requests, server, port } = await serve(() => slowly('done', 600));
    try {
      await abandon(port, { ms: 100 });
      expect(requests).toMatchObject({ inFlight: 1, finished: 0 });
      await vi.waitFor(() => expect(requests.finished).toBe(1), { timeout: 5000 });
      expect(requests.inFlight).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});

// The bench's own tools: its command line and the CPU-profile summary (`pnpm bench --profile`).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, UsageError } from '../bench/cli.js';
import { cpuByOwner, ownerOf, shares } from '../bench/profile.js';

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

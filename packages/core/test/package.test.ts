// Core as another service gets it: packed to a tarball the way it is published (the pack builds it
// first), installed with npm into a project outside the workspace, then imported by plain Node and
// type-checked by a strict TypeScript consumer under both module resolutions a consumer may use.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_REPORT_PATH, apiReport } from '../scripts/api-report.js';

const PACKAGE_DIR = join(import.meta.dirname, '..');
const WORKSPACE = join(PACKAGE_DIR, '../..');
const TSC = join(WORKSPACE, 'node_modules/.bin/tsc');
// Every test spawns Node, tar or tsc: seconds on an idle machine, more on a busy CI one.
const SPAWNS = 60_000;

let scratch: string;
let tarball: string;
const installed = () => join(scratch, 'node_modules/@grassroots/core');

function run(command: string, args: readonly string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  // The temporary folder is outside the workspace, so nothing resolves through its node_modules.
  scratch = mkdtempSync(join(tmpdir(), 'grassroots-core-consumer-'));
  run('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', scratch], PACKAGE_DIR);
  const name = readdirSync(scratch).find((file) => file.endsWith('.tgz'));
  if (name === undefined) throw new Error('pnpm pack wrote no tarball');
  tarball = join(scratch, name);
  writeFileSync(
    join(scratch, 'package.json'),
    JSON.stringify({ name: 'consumer', private: true, type: 'module' }),
  );
  // Its one dependency, lunar-typescript, comes from npm's cache when it is there, else the registry.
  run(
    'npm',
    ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'],
    scratch,
  );
  for (const file of ['consumer.mjs', 'consumer.ts']) {
    copyFileSync(join(import.meta.dirname, 'consumer', file), join(scratch, file));
  }
}, 120_000);

afterAll(() => {
  if (scratch !== undefined) rmSync(scratch, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  it(
    'holds the build with declarations and source maps, the sources they map to, and no tests',
    () => {
      const files = run('tar', ['-tzf', tarball], scratch).split('\n').filter(Boolean);
      expect(files).toContain('package/dist/index.js');
      expect(files).toContain('package/dist/index.d.ts');
      expect(files).toContain('package/dist/index.js.map');
      expect(files).toContain('package/dist/index.d.ts.map');
      expect(files).toContain('package/src/index.ts');
      expect(files).toContain('package/CHANGELOG.md');
      expect(files.filter((file) => file.endsWith('.test.ts') || file.endsWith('.test.js'))).toEqual([]);
    },
    SPAWNS,
  );

  it(
    'installs with its one runtime dependency',
    () => {
      const manifest = JSON.parse(readFileSync(join(installed(), 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      expect(Object.keys(manifest.dependencies)).toEqual(['lunar-typescript']);
      expect(readdirSync(join(scratch, 'node_modules'))).toContain('lunar-typescript');
    },
    SPAWNS,
  );
});

describe('plain Node imports the installed package', () => {
  it(
    'parses an ID, adds working days and runs one rule of each area',
    () => {
      const answers = JSON.parse(run(process.execPath, ['consumer.mjs'], scratch)) as Record<string, unknown>;
      expect(answers).toEqual({
        citizenId: {
          ok: true,
          value: {
            id: '11010519491231002X',
            addressCode: '110105',
            birthDate: '1949-12-31',
            sex: 'FEMALE',
            sequence: 2,
          },
        },
        // 国庆 and 中秋 2025: 1–8 October are rest days, so the next working day is the 9th.
        workingDays: { ok: true, value: '2025-10-09' },
        person: true,
        grid: true,
        registry: true,
        matter: 'REGISTERED',
        points: 3,
        camera: true,
        serviceHall: 'ACCEPTED',
        party: true,
        contest: { ok: true, value: 85 },
      });
    },
    SPAWNS,
  );

  it(
    'refuses deep imports: the public surface is the package root',
    () => {
      const program =
        "import('@grassroots/core/dist/shared/date.js').catch((e) => process.stdout.write(e.code))";
      expect(run(process.execPath, ['--input-type=module', '-e', program], scratch)).toBe(
        'ERR_PACKAGE_PATH_NOT_EXPORTED',
      );
    },
    SPAWNS,
  );
});

describe('a strict TypeScript consumer type-checks against the installed declarations', () => {
  const options = {
    strict: true,
    noEmit: true,
    target: 'ES2022',
    lib: ['ES2022'],
    types: [],
    skipLibCheck: false,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
  };

  // The consumer's `@ts-expect-error` fails the check if the misuse ever stops being an error.
  it.each([
    ['NodeNext', { module: 'NodeNext', moduleResolution: 'NodeNext' }],
    ['Bundler', { module: 'ESNext', moduleResolution: 'Bundler' }],
  ])(
    'under moduleResolution %s',
    (name, resolution) => {
      const tsconfig = join(scratch, `tsconfig.${name}.json`);
      writeFileSync(
        tsconfig,
        JSON.stringify({ compilerOptions: { ...options, ...resolution }, files: ['consumer.ts'] }),
      );
      expect(run(TSC, ['-p', tsconfig], scratch)).toBe('');
    },
    SPAWNS,
  );
});

describe('the public API', () => {
  it(
    'is the one recorded in api/core.api.md (regenerate with `pnpm --filter @grassroots/core api-report`)',
    () => {
      expect(apiReport(installed(), scratch)).toBe(readFileSync(API_REPORT_PATH, 'utf8'));
    },
    SPAWNS,
  );
});

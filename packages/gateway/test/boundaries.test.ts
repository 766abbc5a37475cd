// The package boundaries, checked on the source: imports flow one way, core ← fixtures ← gateway
// (the dashboard's pages import none of them), and
// inside the gateway only the seed loaders touch fixtures (the API never serves invented data by
// importing it). Core's own purity test (packages/core/src/purity.test.ts) keeps core free of I/O.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const PACKAGES = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const SPECIFIERS = [
  /^\s*(?:import|export)\b[^;]*?(?<=[\s}*])from\s*['"]([^'"\n]+)['"]/gm,
  /^\s*import\s*['"]([^'"\n]+)['"]/gm,
  /\bimport\s*\(\s*['"]([^'"\n]+)['"]\s*\)/g,
];

/** Every module a file imports, with comments left out. */
function importsOf(file: string): string[] {
  const code = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return SPECIFIERS.flatMap((pattern) => [...code.matchAll(pattern)].map((match) => match[1] ?? ''));
}

/** "file imports 'x'" for every import of a file under `root` that `allowed` refuses. */
function violations(root: string, allowed: (specifier: string, file: string) => boolean): string[] {
  return sourceFiles(root).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => !allowed(specifier, file))
      .map((specifier) => `${relative(PACKAGES, file)} imports '${specifier}'`),
  );
}

const WORKSPACE = /^@grassroots\//;
const SERVER_SIDE = /^(@prisma\/|prisma$|graphql|@pothos\/|better-sqlite3|pg$|dataloader$)/;

describe('package boundaries', () => {
  it('fixtures import core and no other package of ours, and nothing of a database or an API', () => {
    const found = violations(join(PACKAGES, 'fixtures/src'), (specifier) =>
      WORKSPACE.test(specifier) ? specifier === '@grassroots/core' : !SERVER_SIDE.test(specifier),
    );
    expect(found).toEqual([]);
  });

  it('inside the gateway only src/seed/ imports fixtures', () => {
    const seed = join(PACKAGES, 'gateway/src/seed');
    const found = violations(
      join(PACKAGES, 'gateway/src'),
      (specifier, file) => specifier !== '@grassroots/fixtures' || file.startsWith(`${seed}/`),
    );
    expect(found).toEqual([]);
  });

  it('core imports no package of ours', () => {
    const found = violations(join(PACKAGES, 'core/src'), (specifier) => !WORKSPACE.test(specifier));
    expect(found).toEqual([]);
  });

  it('the dashboard imports no package of ours: it knows the gateway only by its HTTP API and SDL', () => {
    const found = violations(join(PACKAGES, 'dashboard/src'), (specifier) => !WORKSPACE.test(specifier));
    expect(found).toEqual([]);
  });

  it('a mapper never registers GraphQL types: seeds and resolvers share it without loading the schema', () => {
    const found = violations(
      join(PACKAGES, 'gateway/src/mappers'),
      (specifier) => !specifier.includes('builder') && !specifier.includes('/schema/'),
    );
    expect(found).toEqual([]);
  });
});

// The bench database: a temporary SQLite file by default (optionally copied from a seeded file kept
// between runs), or the PostgreSQL database named by DATABASE_URL. Fixtures are loaded by a child
// process (`prepare.ts`).
import { fork } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_FIXTURE_SCALE } from '@grassroots/fixtures';
import pg from 'pg';
import { gatewayRoot, redactUrl } from '../src/db/config.js';

export const benchDir = dirname(fileURLToPath(import.meta.url));

export interface BenchDatabase {
  readonly provider: 'sqlite' | 'postgresql';
  readonly url: string;
  /** For the report: where the data is and how it was prepared. */
  readonly description: string;
  /** Removes what the bench made (the temporary SQLite file); leaves PostgreSQL as it is. */
  cleanup(): void;
}

/** Thrown for a data scale the fixtures cannot build yet. */
export class ScaleUnavailableError extends Error {
  override name = 'ScaleUnavailableError';
}

/** Runs a bench script in a child process with the same TypeScript loader; rejects when it fails. */
export function runScript(script: string, env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(join(benchDir, script), [], { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/** Every file under `dir`, recursively, as paths relative to `root`. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(root, path) : [relative(root, path)];
  });
}

/**
 * What the seeded data depends on: the migrations, the loaders and the fixtures with the core they
 * build on. A cached file whose key differs is stale and rebuilt.
 */
export function seedKey(scale: number): string {
  const repo = join(gatewayRoot, '..', '..');
  const hash = createHash('sha256').update(`scale ${scale}\n`);
  for (const dir of [
    'packages/core/src',
    'packages/fixtures/src',
    'packages/gateway/src/seed',
    'packages/gateway/prisma/migrations/sqlite',
  ]) {
    for (const file of filesUnder(repo, join(repo, dir)).sort()) {
      hash.update(file).update(readFileSync(join(repo, file)));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * Whether the fixtures can build data at `scale` times the article's size: 改则县 and `scale` − 1
 * synthetic copies of it, up to the fixtures' MAX_FIXTURE_SCALE.
 */
export function scaleAvailable(scale: number): boolean {
  return Number.isInteger(scale) && scale >= 1 && scale <= MAX_FIXTURE_SCALE;
}

function checkScale(scale: number): void {
  if (!scaleAvailable(scale)) {
    throw new ScaleUnavailableError(
      `data at ${scale}× the article's size cannot be built: the fixtures' scale factor is a whole ` +
        `number from 1 to ${MAX_FIXTURE_SCALE} (改则县 and that many − 1 copies of it).`,
    );
  }
}

async function sqliteDatabase(reuse: boolean, scale: number): Promise<BenchDatabase> {
  checkScale(scale);
  const dir = mkdtempSync(join(tmpdir(), 'grassroots-bench-'));
  const file = join(dir, 'bench.db');
  const cacheDir = join(gatewayRoot, 'data', 'bench');
  const cached = join(cacheDir, `article-x${scale}-${seedKey(scale)}.db`);
  let how: string;
  if (reuse && existsSync(cached)) {
    copyFileSync(cached, file);
    how = `copied from ${relative(process.cwd(), cached)}`;
  } else {
    console.log(`Loading the article's fixtures at ${scale}× into ${file} (--reuse keeps a copy)`);
    await runScript('prepare.ts', { BENCH_DATABASE_URL: `file:${file}`, BENCH_SCALE: String(scale) });
    how = 'fixtures loaded for this run';
    if (reuse) {
      mkdirSync(cacheDir, { recursive: true });
      for (const old of readdirSync(cacheDir).filter((name) => name.startsWith(`article-x${scale}-`))) {
        rmSync(join(cacheDir, old), { force: true });
      }
      copyFileSync(file, cached);
      how += `, kept in ${relative(process.cwd(), cached)}`;
    }
  }
  return {
    provider: 'sqlite',
    url: `file:${file}`,
    description: `SQLite, temporary file (${how})`,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * The database a run at `scale` uses on the server of `url`: `url`'s own at 1×, otherwise a sibling
 * database `<name>_x<scale>` (created when missing), so each scale keeps its data between runs and
 * `--reuse` finds it.
 */
async function scaledPostgresUrl(url: string, scale: number): Promise<string> {
  if (scale === 1) return url;
  const parsed = new URL(url);
  const name = `${decodeURIComponent(parsed.pathname.slice(1)) || 'postgres'}_x${scale}`;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
  parsed.pathname = `/${encodeURIComponent(name)}`;
  return parsed.toString();
}

async function postgresDatabase(base: string, reuse: boolean, scale: number): Promise<BenchDatabase> {
  checkScale(scale);
  const url = await scaledPostgresUrl(base, scale);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM information_schema.tables WHERE table_schema = 'public'`,
    );
    if (Number(rows[0]?.n) > 0 && !reuse) {
      throw new Error(
        `${redactUrl(url)} is not empty. The bench loads the article's fixtures into an empty database; ` +
          'pass --reuse to bench a database this bench seeded before.',
      );
    }
  } finally {
    await client.end();
  }
  console.log(`Preparing ${redactUrl(url)} at ${scale}× (migrations, then any fixture set not loaded yet)`);
  await runScript('prepare.ts', { BENCH_DATABASE_URL: url, BENCH_SCALE: String(scale) });
  return {
    provider: 'postgresql',
    url,
    description: `PostgreSQL ${redactUrl(url)}`,
    cleanup: () => undefined,
  };
}

export type DatabaseKind = 'sqlite' | 'postgresql';

/** The PostgreSQL URL in DATABASE_URL, or null. */
export function postgresUrl(): string | null {
  const url = process.env.DATABASE_URL?.trim();
  return url && /^postgres(ql)?:\/\//.test(url) ? url : null;
}

/** The database of `kind` for a run at `scale` times the article's data. */
export function prepareDatabase(
  kind: DatabaseKind,
  options: { readonly reuse: boolean; readonly scale: number },
): Promise<BenchDatabase> {
  if (kind === 'sqlite') return sqliteDatabase(options.reuse, options.scale);
  const url = postgresUrl();
  if (url === null) throw new Error('PostgreSQL needs DATABASE_URL=postgresql://… naming an empty database');
  return postgresDatabase(url, options.reuse, options.scale);
}

// Seeded templates: each distinct list of fixture sets is migrated and loaded once per test run, and
// every test file gets a private copy of it (a file copy on SQLite, CREATE DATABASE … TEMPLATE on
// PostgreSQL). A list is built on the template of the list one set shorter, so files that start
// with the same sets share that work too: [regions, people, grids] is loaded once for every file
// that begins with it, whatever comes after.
//
// Templates are built lazily by the first worker that needs one, under a lock file in the run's
// folder, so two workers never build the same template and a single file run builds only its own
// chain. `globalSetup` (global-setup.ts) creates that folder before the workers start and removes
// every template of the run when it ends.
import { createHash, randomBytes } from 'node:crypto';
import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { createDb } from '../src/db/client.js';
import { type DatabaseConfig, databaseConfig, type Provider } from '../src/db/config.js';
import { migrate } from '../src/db/migrations.js';
import { loadFixtureSets } from '../src/seed/load.js';
import type { TestFixtureSet } from './fixture-sets.js';

/** What `globalSetup` hands every worker. */
export interface TemplateRun {
  readonly provider: Provider;
  /** The run's folder: lock files, ready markers and, on SQLite, the template files. */
  readonly dir: string;
  /** Name prefix of the run's PostgreSQL template databases. */
  readonly prefix: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateRun: TemplateRun;
  }
}

/** The database the run targets: DATABASE_URL when it names a PostgreSQL server, else SQLite. */
export function targetDatabase(): DatabaseConfig {
  return databaseConfig({ DATABASE_URL: process.env.DATABASE_URL });
}

/** A new run: a unique prefix for its template databases (the folder is the caller's). */
export function newTemplateRun(dir: string): TemplateRun {
  return {
    provider: targetDatabase().provider,
    dir,
    prefix: `grassroots_tpl_${process.pid}_${randomBytes(3).toString('hex')}_`,
  };
}

/** Runs SQL on the server's maintenance database (DATABASE_URL as given). */
export async function onServer<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: targetDatabase().url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The URL of another database on the target server. */
export function databaseUrl(name: string): string {
  const url = new URL(targetDatabase().url);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every template database of a run; removes its folder (and with it the SQLite templates). */
export async function removeTemplates(run: TemplateRun): Promise<void> {
  if (run.provider === 'postgresql') {
    await onServer(async (client) => {
      const { rows } = await client.query<{ datname: string }>(
        'SELECT datname FROM pg_database WHERE starts_with(datname, $1)',
        [run.prefix],
      );
      for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    });
  }
  rmSync(run.dir, { recursive: true, force: true });
}

/** A built template: a SQLite file or a PostgreSQL database that nothing is connected to. */
export interface Template {
  readonly provider: Provider;
  /** The file path (SQLite) or database name (PostgreSQL). */
  readonly location: string;
}

/** The template holding `sets` loaded in order into a migrated database; built on first use. */
export async function templateFor(sets: readonly TestFixtureSet[]): Promise<Template> {
  const run = inject('templateRun');
  if (!run) throw new Error('No template run: the gateway tests need vitest.config.ts (its globalSetup).');
  const id = createHash('sha256')
    .update(sets.map((set) => set.key).join('\n'))
    .digest('hex')
    .slice(0, 16);
  const location = run.provider === 'sqlite' ? join(run.dir, `${id}.db`) : `${run.prefix}${id}`;
  const template = { provider: run.provider, location };
  if (existsSync(readyMarker(run, id))) return template;

  const last = sets.at(-1);
  const parent = last ? await templateFor(sets.slice(0, -1)) : undefined;
  await once(run, id, async () => {
    const started = performance.now();
    if (run.provider === 'sqlite') await buildSqlite(location, parent, last);
    else await buildPostgres(location, parent, last);
    const ms = Math.round(performance.now() - started);
    const what = sets.length === 0 ? 'migrated, empty' : sets.map((set) => set.label).join(' + ');
    console.info(`seeded template ${id} (${what}): ${last ? `${last.label} loaded` : 'built'} in ${ms} ms`);
  });
  return template;
}

function readyMarker(run: TemplateRun, id: string): string {
  return join(run.dir, `${id}.ready`);
}

/**
 * Runs `build` unless the template is ready, in at most one process of the run at a time: the
 * first to create the lock file builds; the others wait for the ready marker.
 */
async function once(run: TemplateRun, id: string, build: () => Promise<void>): Promise<void> {
  const ready = readyMarker(run, id);
  const lock = join(run.dir, `${id}.lock`);
  for (;;) {
    if (existsSync(ready)) return;
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (holderIsGone(lock)) {
        throw new Error(
          `The worker building seeded template ${id} stopped before finishing it; see its error.`,
        );
      }
      await sleep(100);
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
      closeSync(fd);
      if (!existsSync(ready)) {
        await build();
        writeFileSync(ready, '');
      }
    } finally {
      rmSync(lock, { force: true });
    }
    return;
  }
}

function holderIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(lock, 'utf8'));
  } catch {
    return false; // released meanwhile
  }
  if (!pid) return false; // created, pid not written yet
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Builds a SQLite template beside its final name and renames it when it is one self-contained file:
 * the WAL checkpointed into it and the journal mode back to DELETE, so a plain file copy is the
 * whole database.
 */
async function buildSqlite(path: string, parent: Template | undefined, set: TestFixtureSet | undefined) {
  const building = `${path}.building`;
  // What a build that failed in another worker left behind.
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${building}${suffix}`, { force: true });
  const config: DatabaseConfig = { provider: 'sqlite', url: `file:${building}` };
  if (parent) copyFileSync(parent.location, building, constants.COPYFILE_FICLONE);
  else await migrate(config);
  if (set) {
    const db = await createDb(config);
    try {
      await loadFixtureSets(db, [set], { provider: 'sqlite', now: TEST_NOW });
      await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
      await db.$queryRawUnsafe('PRAGMA journal_mode = DELETE');
    } finally {
      await db.$disconnect();
    }
  }
  for (const suffix of ['-wal', '-journal']) {
    if (existsSync(`${building}${suffix}`))
      throw new Error(`${building}${suffix} is left: the template is not one file`);
  }
  renameSync(building, path);
}

/**
 * Builds a PostgreSQL template and closes it to connections: `CREATE DATABASE … TEMPLATE` refuses a
 * source anyone is connected to, and nothing needs to connect to a finished template.
 */
async function buildPostgres(name: string, parent: Template | undefined, set: TestFixtureSet | undefined) {
  // What a build that failed in another worker left behind.
  await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  await createDatabase(name, parent?.location);
  const config: DatabaseConfig = { provider: 'postgresql', url: databaseUrl(name) };
  if (!parent) await migrate(config);
  if (set) {
    const db = await createDb(config);
    try {
      await loadFixtureSets(db, [set], { provider: 'postgresql', now: TEST_NOW });
    } finally {
      await db.$disconnect();
    }
  }
  await onServer((client) => client.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`));
}

/**
 * `CREATE DATABASE name [TEMPLATE source]`. A pool that was just closed can leave its server
 * sessions on the source for a moment ("being accessed by other users"): wait and try again.
 */
export async function createDatabase(name: string, source?: string): Promise<void> {
  await onServer(async (client) => {
    for (let attempt = 1; ; attempt++) {
      try {
        await client.query(`CREATE DATABASE "${name}"${source ? ` TEMPLATE "${source}"` : ''}`);
        return;
      } catch (error) {
        if ((error as { code?: string }).code !== '55006' || attempt >= 100) throw error;
        await sleep(100);
      }
    }
  });
}

/** The fixed "now" of every test request and fixture load: a weekday in 2025 the calendars cover. */
export const TEST_NOW = new Date('2025-06-16T02:00:00.000Z');

// Two locks around a database: the start lock, which one process at a time holds while it migrates
// and loads fixtures (so a second instance waits instead of racing it), and the SQLite single-writer
// guard, held for a gateway's whole life (two processes writing one SQLite file would stall each
// other on every write).
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseConfig, redactUrl, sqlitePath } from './config.js';
import { MigrationError } from './migrations.js';

/** Our advisory lock key on PostgreSQL (Prisma's own migration lock is 72707369). */
const START_LOCK_KEY = 4_727_019_001;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the start lock: a PostgreSQL session advisory lock, or on SQLite an exclusive
 * transaction on a side file (`<database>.start-lock`). Both are released by the operating system
 * or the server if the process dies, so a crash never leaves the lock behind. `onWait` is called
 * once if another process holds it.
 */
export async function withStartLock<T>(
  config: DatabaseConfig,
  work: () => Promise<T>,
  onWait: () => void = () => undefined,
): Promise<T> {
  if (config.provider === 'postgresql') {
    const client = new pg.Client({ connectionString: config.url, connectionTimeoutMillis: 10_000 });
    client.on('error', () => undefined);
    await client.connect();
    try {
      const first = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
        START_LOCK_KEY,
      ]);
      if (!first.rows[0]?.locked) {
        onWait();
        await client.query('SELECT pg_advisory_lock($1)', [START_LOCK_KEY]);
      }
      try {
        return await work();
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [START_LOCK_KEY]).catch(() => undefined);
      }
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  const lock = new Database(`${sqlitePath(config)}.start-lock`, { timeout: 0 });
  try {
    for (let waited = false; ; ) {
      try {
        lock.exec('BEGIN EXCLUSIVE');
        break;
      } catch (error) {
        if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) throw error;
        if (!waited) onWait();
        waited = true;
        await sleep(50);
      }
    }
    try {
      return await work();
    } finally {
      lock.exec('ROLLBACK');
    }
  } finally {
    lock.close();
  }
}

/** The single-writer guard of a SQLite file; `release` lets the next gateway in. */
export interface WriterGuard {
  readonly release: () => void;
}

/**
 * Refuses a second gateway on one SQLite file, with a message naming the file: SQLite has one
 * writer at a time, and two gateways would each wait out the other's every write. The guard is an
 * exclusive lock on a side file (`<database>.gateway-lock`) held until release or exit.
 */
export function guardSingleWriter(config: DatabaseConfig): WriterGuard {
  const path = sqlitePath(config);
  const guard = new Database(`${path}.gateway-lock`, { timeout: 0 });
  try {
    guard.exec('BEGIN EXCLUSIVE');
  } catch (error) {
    guard.close();
    if (String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
      throw new MigrationError(
        `Another gateway is already serving ${redactUrl(config.url)}: SQLite has one writer, so one gateway ` +
          'per file. Stop the other one, give this one its own DATABASE_URL, or run several on PostgreSQL.',
      );
    }
    throw error;
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      guard.exec('ROLLBACK');
      guard.close();
    },
  };
}

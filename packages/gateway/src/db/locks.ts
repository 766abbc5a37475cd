// Two locks around a database: the start lock, which one process at a time holds while it migrates
// and loads fixtures (so a second instance waits instead of racing it), and the SQLite single-writer
// guard, held for a gateway's whole life (two processes writing one SQLite file would stall each
// other on every write).
import { closeSync, openSync, rmSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { type DatabaseConfig, redactUrl, sqlitePath } from './config.js';
import { MigrationError } from './migrations.js';

/** Our advisory lock key on PostgreSQL (Prisma's own migration lock is 72707369). */
const START_LOCK_KEY = 4_727_019_001;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `work` holding the start lock: a PostgreSQL session advisory lock, or on SQLite an exclusive
 * lock on a side file (`<database>.start-lock`, deleted again on release). Both are released by the
 * operating system or the server if the process dies, so a crash never leaves the lock held (a file
 * it leaves is taken again). `onWait` is called once if another process holds it.
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
  const path = `${sqlitePath(config)}.start-lock`;
  let lock = tryFileLock(path);
  if (lock === null) onWait();
  while (lock === null) {
    await sleep(50);
    lock = tryFileLock(path);
  }
  try {
    return await work();
  } finally {
    lock.release();
  }
}

/** The single-writer guard of a SQLite file; `release` lets the next gateway in. */
export interface WriterGuard {
  readonly release: () => void;
}

/**
 * Refuses a second gateway on one SQLite file, with a message naming the file: SQLite has one
 * writer at a time, and two gateways would each wait out the other's every write. The guard is an
 * exclusive lock on a side file (`<database>.gateway-lock`) held until release (which deletes the
 * file) or exit.
 */
export function guardSingleWriter(config: DatabaseConfig): WriterGuard {
  const lock = tryFileLock(`${sqlitePath(config)}.gateway-lock`);
  if (lock === null) {
    throw new MigrationError(
      `Another gateway is already serving ${redactUrl(config.url)}: SQLite has one writer, so one gateway ` +
        'per file. Stop the other one, give this one its own DATABASE_URL, or run several on PostgreSQL.',
    );
  }
  return lock;
}

/** An exclusive lock on a side file, held by this process until `release`. */
interface FileLock {
  /** Removes the side file and lets the next holder in; safe to call twice. */
  readonly release: () => void;
}

/**
 * Takes the exclusive lock of the side file at `path` (an empty SQLite database: its locks are the
 * operating system's, dropped when the process dies), or returns null when another connection holds
 * it. The holder deletes the file when it releases, so a clean exit leaves nothing beside the
 * database; a file left by a crash is just taken again. Deleting makes one check necessary: a
 * process that opened the file before its holder deleted it gets the lock of a file nobody else
 * will open, so a lock counts only while `path` still names the file it was taken on.
 */
function tryFileLock(path: string): FileLock | null {
  for (;;) {
    const before = inodeOf(path);
    if (before === null) {
      // Created first, so that the open below is known to be of the file the path names.
      closeSync(openSync(path, 'a'));
      continue;
    }
    const connection = new Database(path, { timeout: 0 });
    const opened = inodeOf(path);
    let locked = false;
    try {
      // No journal file beside it while the lock is held: the transaction never writes.
      connection.pragma('journal_mode = MEMORY');
      connection.exec('BEGIN EXCLUSIVE');
      locked = true;
    } catch (error) {
      if (!String((error as { code?: unknown }).code).startsWith('SQLITE_BUSY')) {
        connection.close();
        throw error;
      }
    }
    // The same file before the open, after it and under the lock: the lock is on the file `path` names.
    if (opened === before && inodeOf(path) === opened) {
      if (!locked) {
        connection.close();
        return null;
      }
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          // Deleted while still locked, so nobody can take the lock on it in between.
          rmSync(path, { force: true });
          connection.exec('ROLLBACK');
          connection.close();
        },
      };
    }
    if (locked) connection.exec('ROLLBACK');
    connection.close();
  }
}

function inodeOf(path: string): bigint | null {
  try {
    return statSync(path, { bigint: true }).ino;
  } catch {
    return null;
  }
}

// better-sqlite3 is synchronous: while SQLite's busy handler waits for a lock another process holds
// (a `db migrate`, an admin script), the whole event loop waits with it, and even `{ __typename }`
// stalls. So SQLite does not wait at all: a busy statement fails at once, and this wrapper waits
// asynchronously between attempts, so that only the requests that need the lock wait for it.
import type {
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  Transaction,
} from '@prisma/driver-adapter-utils';

/**
 * How long SQLite's own busy handler may wait before an attempt fails, in ms: none. Its wait blocks
 * the event loop, and even 10 ms per attempt, with scheduling on a busy machine, held every request
 * for 10–25 ms each time the wrapper retried (seen in a CPU profile while another connection held
 * the write lock).
 */
export const SQLITE_BLOCKING_BUSY_MS = 0;

interface RawSqlite {
  exec(sql: string): unknown;
}

function isBusy(error: unknown): boolean {
  const cause = (error as { cause?: { kind?: unknown; originalCode?: unknown } } | null)?.cause;
  if (cause?.kind === 'SocketTimeout') return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_BUSY');
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Runs `attempt` until it does not fail with SQLITE_BUSY or `deadlineMs` has passed, sleeping 5 ms,
 * then up to 100 ms (with jitter), between attempts; the last failure is thrown as it was.
 */
async function retryBusy<T>(deadlineMs: number, attempt: () => T | Promise<T>): Promise<T> {
  const until = Date.now() + deadlineMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 100)) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusy(error) || Date.now() + wait > until) throw error;
      await sleep(wait / 2 + Math.random() * (wait / 2));
    }
  }
}

/**
 * Wraps the better-sqlite3 adapter factory so that a lock held elsewhere is waited for without
 * blocking: statements outside a transaction are retried, and a transaction takes the write lock
 * when it begins (`BEGIN IMMEDIATE`, retried), so no statement inside it can meet a busy database
 * halfway (a deferred transaction that read first could never get the lock once another writer
 * committed). After `deadlineMs` the busy error stands, and the caller gets `SERVICE_UNAVAILABLE`.
 */
export function waitForLocksAsynchronously(
  factory: SqlMigrationAwareDriverAdapterFactory,
  deadlineMs: number,
): SqlMigrationAwareDriverAdapterFactory {
  const wrap = (adapter: SqlDriverAdapter): SqlDriverAdapter => {
    const queryRaw = adapter.queryRaw.bind(adapter);
    const executeRaw = adapter.executeRaw.bind(adapter);
    const startTransaction = adapter.startTransaction.bind(adapter);
    adapter.queryRaw = (query) => retryBusy(deadlineMs, () => queryRaw(query));
    adapter.executeRaw = (query) => retryBusy(deadlineMs, () => executeRaw(query));
    adapter.startTransaction = async (isolationLevel) => {
      // The adapter's own BEGIN is deferred and takes no lock; it also holds the adapter's mutex,
      // which keeps the connection to this one transaction while it waits.
      const transaction: Transaction = await startTransaction(isolationLevel);
      const raw = (transaction as unknown as { client: RawSqlite }).client;
      try {
        raw.exec('ROLLBACK');
        await retryBusy(deadlineMs, () => raw.exec('BEGIN IMMEDIATE'));
      } catch (error) {
        await transaction.rollback();
        throw busyError(error);
      }
      return transaction;
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => wrap(await factory.connect()),
    connectToShadowDb: async () => wrap(await factory.connectToShadowDb()),
  };
}

/** better-sqlite3's own error for BEGIN, in the shape the adapter gives every other busy failure. */
function busyError(error: unknown): unknown {
  if (!isBusy(error)) return error;
  const wrapped = new Error('SQLite database is locked by another connection');
  wrapped.name = 'DriverAdapterError';
  (wrapped as { cause?: unknown }).cause = { kind: 'SocketTimeout' };
  return wrapped;
}

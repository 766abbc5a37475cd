import { type Db, Prisma } from '../../db/client.js';

/**
 * Runs a read-decide-write step in one serializable transaction, so two callers deciding on the
 * same rows at once (two heads for one household, two redemptions from one balance) cannot both
 * pass. PostgreSQL aborts the loser with a serialization failure (Prisma P2034); it is run again and
 * then decides on what the winner wrote. SQLite serialises writers by itself.
 */
export async function inSerializableTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => work(tx as Db), {
        isolationLevel: Prisma.TransactionIsolationLevel.Serializable,
      });
    } catch (error) {
      if (!isWriteConflict(error) || attempt >= 5) throw error;
    }
  }
}

/**
 * A serialization failure: Prisma's P2034 when a statement fails, or the driver adapter's
 * TransactionWriteConflict when PostgreSQL refuses the COMMIT itself.
 */
function isWriteConflict(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) return error.code === 'P2034';
  if (!(error instanceof Error) || error.name !== 'DriverAdapterError') return false;
  return (error.cause as { kind?: unknown } | undefined)?.kind === 'TransactionWriteConflict';
}

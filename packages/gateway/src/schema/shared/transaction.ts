import { type Db, Prisma } from '../../db/client.js';
import { classifyDbFailure } from '../../db/failures.js';

/** Attempts of one serializable step before its caller gets `CONFLICT` (see errors.ts). */
export const SERIALIZABLE_ATTEMPTS = 10;

/**
 * Runs a read-decide-write step in one serializable transaction, so two callers deciding on the
 * same rows at once (two heads for one household, two redemptions from one balance) cannot both
 * pass. PostgreSQL aborts the loser with a serialization failure (Prisma P2034, or the adapter's
 * TransactionWriteConflict when the COMMIT itself is refused); it is run again and then decides on
 * what the winner wrote. SQLite serialises writers by itself. Retries wait a random while that grows
 * with each attempt, so that the losers of one race do not meet again in the next; when the attempts
 * run out the conflict stands and reaches the caller as `CONFLICT`.
 */
export async function inSerializableTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await db.$transaction((tx) => work(tx as Db), {
        isolationLevel: Prisma.TransactionIsolationLevel.Serializable,
      });
    } catch (error) {
      if (classifyDbFailure(error) !== 'conflict' || attempt >= SERIALIZABLE_ATTEMPTS) throw error;
      const ceiling = Math.min(10 * 2 ** attempt, 500);
      await new Promise((resolve) => setTimeout(resolve, Math.random() * ceiling));
    }
  }
}

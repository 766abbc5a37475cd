import { DEFAULT_SEED, gerzeRegistry } from '@grassroots/fixtures';
import { type Db, Prisma } from '../db/client.js';
import type { FixtureSet, Progress } from './load.js';

/** Bound parameters per INSERT: inside SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with multi-row INSERT statements of up to {@link MAX_PARAMETERS} values each, through
 * the transaction it is given. Prisma's `createMany` splits into statements of a few dozen rows on
 * SQLite and builds each through the query compiler, which made the 113,000 point events take
 * minutes; one raw statement per 1,800 rows takes seconds. `table` and the row keys are the Prisma
 * model and field names (never user input); every value is a bound parameter.
 */
export async function insertRows(
  tx: Db,
  table: Prisma.ModelName,
  rows: readonly object[],
  progress: Progress,
): Promise<number> {
  const [first] = rows;
  if (first === undefined) return 0;
  const columns = Object.keys(first);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const into = Prisma.raw(`"${table}" (${columns.map((column) => `"${column}"`).join(', ')})`);
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
      const values = row as Readonly<Record<string, unknown>>;
      return Prisma.sql`(${Prisma.join(columns.map((column) => values[column] ?? null))})`;
    });
    await tx.$executeRaw`INSERT INTO ${into} VALUES ${Prisma.join(values)}`;
    progress(Math.min(start + perStatement, rows.length), rows.length);
  }
  return rows.length;
}

/** Reports progress over all tables of a set as one bar. */
export function cumulativeProgress(progress: Progress, total: number): (size: number) => Progress {
  let before = 0;
  return (size) => {
    const offset = before;
    before += size;
    return (done) => progress(offset + done, total);
  };
}

/**
 * 改则县's basic-information registry (一标三实): a standard address and a house for every household,
 * its residents, the county's organisations and the rentals of let houses with their tenants. Needs
 * the regions, every person of the pool (residents are drawn from all of it) and the grids.
 */
export function registryFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'registry',
    version: 'gerze-1',
    seed,
    load: async (tx: Db, progress) => {
      const rows = gerzeRegistry(seed);
      // The citizen ID and name stay on Person: a resident row points at the person.
      const residents = rows.residents.map(({ citizenId: _id, name: _name, ...resident }) => resident);
      const tables = [
        ['StandardAddress', rows.addresses],
        ['Housing', rows.housing],
        ['Resident', residents],
        ['Organisation', rows.organisations],
        ['Rental', rows.rentals],
        ['RentalTenant', rows.rentalTenants],
      ] as const;
      const total = tables.reduce((sum, [, table]) => sum + table.length, 0);
      const next = cumulativeProgress(progress, total);
      for (const [name, table] of tables) await insertRows(tx, name, table, next(table.length));
      return total;
    },
  };
}

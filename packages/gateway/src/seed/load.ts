import type { Database as SqliteConnection } from 'better-sqlite3';
import { type Db, Prisma, sqliteConnectionOf } from '../db/client.js';
import type { Provider } from '../db/config.js';

/** One named, versioned set of fixture rows, loaded once per database. */
export interface FixtureSet {
  readonly name: string;
  readonly version: string;
  readonly seed: number;
  /** Inserts the set's rows through the transaction client it is given. */
  readonly load: (tx: Db, progress: Progress, provider: Provider) => Promise<number>;
}

export type Progress = (done: number, total: number) => void;

/** Bound parameters per INSERT: inside SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000;

/**
 * Inserts rows with multi-row INSERT statements of up to {@link MAX_PARAMETERS} values each, through
 * the transaction it is given. Prisma's `createMany` splits into statements of a few dozen rows on
 * SQLite and builds each through the query compiler, which made the 113,000 point events take
 * minutes; one raw statement per few thousand rows takes seconds. `table` and the row keys are
 * Prisma model and field names (never user input); every value is a bound parameter.
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
  const sqlite = bulkConnections.get(tx);
  if (sqlite !== undefined) return insertPrepared(sqlite, table, columns, rows, progress);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / columns.length));
  const into = Prisma.raw(`"${table}" (${columns.map((column) => `"${column}"`).join(', ')})`);
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
      const record = row as Readonly<Record<string, unknown>>;
      return Prisma.sql`(${Prisma.join(columns.map((column) => record[column] ?? null))})`;
    });
    await tx.$executeRaw`INSERT INTO ${into} VALUES ${Prisma.join(values)}`;
    progress(Math.min(start + perStatement, rows.length), rows.length);
  }
  return rows.length;
}

// The SQLite connection of each set's transaction while it loads (see loadFixtureSets).
const bulkConnections = new WeakMap<Db, SqliteConnection>();

/**
 * The SQLite connection a set's transaction runs on while it loads, for inserts that bypass Prisma;
 * undefined on PostgreSQL and outside {@link loadFixtureSets}.
 */
export function bulkSqliteOf(tx: Db): SqliteConnection | undefined {
  return bulkConnections.get(tx);
}

/**
 * On SQLite, drops the non-unique indexes of `tables` for a bulk insert and returns what builds them
 * again (call it before the set's transaction ends). Every row of a large set otherwise updates each
 * index B-tree one row at a time, which profiles of the records' load showed as most of its time;
 * building an index once from the finished table sorts instead. Unique indexes stay, so a duplicate
 * still fails the insert that brings it. Nothing to do on PostgreSQL or outside loadFixtureSets.
 */
export function deferIndexes(tx: Db, tables: readonly Prisma.ModelName[]): () => void {
  const sqlite = bulkConnections.get(tx);
  if (sqlite === undefined) return () => undefined;
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%' AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
    )
    .all(...tables) as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  return () => {
    for (const index of indexes) sqlite.exec(index.sql);
  };
}

/** A value as the Prisma adapter writes it to SQLite: booleans as 0/1, instants as ISO 8601 text. */
function sqliteValue(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  return value;
}

/**
 * SQLite's fastest bulk insert: one prepared single-row INSERT run for every row, inside the set's
 * transaction on the same connection. better-sqlite3 runs it synchronously at SQLite's own speed,
 * several times faster than the same rows through Prisma's raw statements.
 */
function insertPrepared(
  connection: SqliteConnection,
  table: Prisma.ModelName,
  columns: readonly string[],
  rows: readonly object[],
  progress: Progress,
): number {
  const statement = connection.prepare(
    `INSERT INTO "${table}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
  );
  const step = Math.max(1, Math.floor(rows.length / 100));
  for (const [index, row] of rows.entries()) {
    const record = row as Readonly<Record<string, unknown>>;
    statement.run(columns.map((column) => sqliteValue(record[column])));
    if ((index + 1) % step === 0) progress(index + 1, rows.length);
  }
  progress(rows.length, rows.length);
  return rows.length;
}

/** Reports progress over all tables of a set as one bar: call with each table's size in turn. */
export function cumulativeProgress(progress: Progress, total: number): (size: number) => Progress {
  let before = 0;
  return (size) => {
    const offset = before;
    before += size;
    return (done) => progress(offset + done, total);
  };
}

/** Inserts a set's tables in order (parents first) with one progress bar; returns the row count. */
export async function insertTables(
  tx: Db,
  tables: readonly (readonly [Prisma.ModelName, readonly object[]])[],
  progress: Progress,
): Promise<number> {
  const total = tables.reduce((sum, [, rows]) => sum + rows.length, 0);
  const next = cumulativeProgress(progress, total);
  for (const [name, rows] of tables) await insertRows(tx, name, rows, next(rows.length));
  return total;
}

function terminalProgress(name: string): Progress {
  let last = -1;
  return (done, total) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (percent === last) return;
    last = percent;
    const width = 30;
    const filled = Math.round((percent / 100) * width);
    process.stdout.write(
      `\r${name.padEnd(12)} [${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${percent}%`,
    );
    if (done >= total) process.stdout.write('\n');
  };
}

const quiet: Progress = () => undefined;

/**
 * Loads every set the database has not seen yet, each in one transaction together with its
 * FixtureLoad row: a set is either wholly there or not at all, and a second start loads nothing.
 */
export async function loadFixtureSets(
  db: Db,
  sets: readonly FixtureSet[],
  options: { readonly provider: Provider; readonly progress?: boolean; readonly now?: Date },
): Promise<string[]> {
  const done = new Set((await db.fixtureLoad.findMany({ select: { name: true } })).map((row) => row.name));
  const loaded: string[] = [];
  for (const set of sets) {
    if (done.has(set.name)) continue;
    const progress = options.progress ? terminalProgress(set.name) : quiet;
    await db.$transaction(
      async (tx) => {
        // On SQLite the set's rows go through the transaction's own connection (insertPrepared).
        const sqlite = sqliteConnectionOf(db);
        if (sqlite?.inTransaction) bulkConnections.set(tx as Db, sqlite);
        await set.load(tx as Db, progress, options.provider);
        await tx.fixtureLoad.create({
          data: { name: set.name, version: set.version, seed: set.seed, loadedAt: options.now ?? new Date() },
        });
      },
      { timeout: 10 * 60_000, maxWait: 60_000 },
    );
    loaded.push(set.name);
  }
  return loaded;
}

import type { Database as SqliteConnection } from 'better-sqlite3';
import { type Db, type Prisma, sqliteConnectionOf } from '../db/client.js';
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

/** Rows per INSERT on PostgreSQL: one JSON parameter of a few megabytes, memory kept bounded. */
const ROWS_PER_STATEMENT = 20_000;

/**
 * Inserts rows through the transaction it is given. On SQLite, one prepared INSERT per row on the
 * transaction's own connection ({@link insertPrepared}). On PostgreSQL, one INSERT … SELECT per
 * {@link ROWS_PER_STATEMENT} rows that reads them from a single JSON parameter with
 * `json_populate_recordset`, which casts every field to its column's type from the table's own row
 * type: the server parses one parameter instead of binding one value per column (faster than
 * multi-row VALUES, and than `jsonb_`, which builds a binary value first). Prisma's
 * `createMany` splits into statements of a few dozen rows and builds each through the query
 * compiler, which made the 113,000 point events take minutes. `table` and the row keys are Prisma
 * model and field names (never user input); every value travels as data.
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
  const names = columns.map((column) => `"${column}"`).join(', ');
  const statement = `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_populate_recordset(NULL::"${table}", $1::json)`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    // Dates become ISO text, which timestamp(3) reads (ignoring the Z: the columns hold UTC).
    await tx.$executeRawUnsafe(statement, JSON.stringify(chunk, jsonValue));
    progress(Math.min(start + ROWS_PER_STATEMENT, rows.length), rows.length);
  }
  return rows.length;
}

/** JSON has no BigInt: such a value goes as its decimal text, which the column's type reads. */
function jsonValue(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** SQLite's page cache while a set loads: in KiB when negative (SQLite's convention), 256 MB. */
const LOAD_CACHE_SIZE = -262_144;

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

/**
 * Runs a large load into `tables` with their secondary indexes (and, on PostgreSQL, their foreign
 * keys) dropped, then recreates them from the definitions the database gave, in the set's
 * transaction. Inserting 560,000 contest entries row by row into five indexes cost four times the
 * rows themselves; an index built afterwards sorts the rows once. A unique index or foreign key the
 * rows break fails when it is recreated, which rolls the whole set back. Primary keys stay, so the
 * rows' own foreign keys are checked as before on SQLite. `tables` are model names (never input).
 */
export async function withIndexesBuiltAfter<T>(
  tx: Db,
  provider: Provider,
  tables: readonly Prisma.ModelName[],
  load: () => Promise<T>,
): Promise<T> {
  const recreate: string[] = [];
  if (provider === 'postgresql') {
    const indexes = await tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
      `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes AS i
       WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint AS c WHERE c.conindid = to_regclass(quote_ident(i.indexname)))`,
      tables,
    );
    const foreignKeys = await tx.$queryRawUnsafe<{ tableName: string; name: string; definition: string }[]>(
      `SELECT c.conrelid::regclass::text AS "tableName", c.conname AS name, pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint AS c WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY($1::text[])`,
      tables.map((table) => `"${table}"`),
    );
    for (const key of foreignKeys) {
      await tx.$executeRawUnsafe(`ALTER TABLE ${key.tableName} DROP CONSTRAINT "${key.name}"`);
      recreate.push(`ALTER TABLE ${key.tableName} ADD CONSTRAINT "${key.name}" ${key.definition}`);
    }
    for (const index of indexes) {
      await tx.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
      recreate.unshift(index.definition);
    }
  } else {
    const indexes = await tx.$queryRawUnsafe<{ name: string; definition: string }[]>(
      `SELECT name, sql AS definition FROM sqlite_master
       WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')})`,
      ...tables,
    );
    for (const index of indexes) {
      await tx.$executeRawUnsafe(`DROP INDEX "${index.name}"`);
      recreate.push(index.definition);
    }
  }
  const result = await load();
  for (const statement of recreate) await tx.$executeRawUnsafe(statement);
  return result;
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
        // A set larger than SQLite's page cache (2 MB by default) evicts index pages it inserts into
        // again a moment later: the contest entries' indexes took minutes so. A larger cache for the
        // load's duration only.
        const cacheSize = sqlite?.pragma('cache_size', { simple: true });
        sqlite?.pragma(`cache_size = ${LOAD_CACHE_SIZE}`);
        try {
          await set.load(tx as Db, progress, options.provider);
        } finally {
          if (cacheSize !== undefined) sqlite?.pragma(`cache_size = ${Number(cacheSize)}`);
        }
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

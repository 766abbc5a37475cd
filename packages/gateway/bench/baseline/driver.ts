// The baseline's access to the database: the same driver the gateway's Prisma adapter uses
// (better-sqlite3 or pg), with nothing in between. SQL is written once with $1, $2 … placeholders;
// on SQLite they become `?` in order of appearance. Statements are prepared once and reused: on
// SQLite a cached better-sqlite3 statement, on PostgreSQL a named statement per connection (what a
// hand-written server would do; the gateway's statements are unnamed).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';

export type Provider = 'sqlite' | 'postgresql';

export interface SqlDriver {
  readonly provider: Provider;
  /** The rows of a statement; `sql` uses $1, $2 … placeholders on both databases. */
  query<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  /** Runs a statement that returns no rows. */
  execute(sql: string, params?: readonly unknown[]): Promise<void>;
  /** Statements sent since the driver was opened. */
  readonly statements: number;
  close(): Promise<void>;
}

export function openDriver(url: string): SqlDriver {
  return url.startsWith('file:') ? sqliteDriver(url.slice('file:'.length)) : postgresDriver(url);
}

interface SqliteStatement {
  readonly statement: Database.Statement;
  /** For each `?` in order, the index of the $n parameter it stands for. */
  readonly order: readonly number[];
}

function sqliteDriver(path: string): SqlDriver {
  const db = new Database(path);
  // The pragmas the gateway's createDb sets on its connection.
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  const prepared = new Map<string, SqliteStatement>();
  let statements = 0;
  const prepare = (sql: string): SqliteStatement => {
    let entry = prepared.get(sql);
    if (entry === undefined) {
      const order: number[] = [];
      const text = sql.replace(/\$(\d+)/g, (_match, n: string) => {
        order.push(Number(n) - 1);
        return '?';
      });
      entry = { statement: db.prepare(text), order };
      prepared.set(sql, entry);
    }
    return entry;
  };
  const bind = (entry: SqliteStatement, params: readonly unknown[]) =>
    entry.order.map((index) => sqliteValue(params[index]));
  return {
    provider: 'sqlite',
    get statements() {
      return statements;
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      const entry = prepare(sql);
      statements += 1;
      return entry.statement.all(...bind(entry, params)) as Row[];
    },
    async execute(sql: string, params: readonly unknown[] = []) {
      const entry = prepare(sql);
      statements += 1;
      entry.statement.run(...bind(entry, params));
    },
    async close() {
      db.close();
    },
  };
}

/**
 * Values as Prisma's SQLite adapter binds them: booleans as 0/1, instants as ISO 8601 text with
 * `+00:00` (its default `timestampFormat`), so text comparisons on instants agree with the gateway's.
 */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  return value === undefined ? null : value;
}

/** `timestamp(3)` columns hold UTC wall times (as Prisma writes them): read them as UTC. */
const UTC_TIMESTAMP = 1114;

function postgresDriver(connectionString: string): SqlDriver {
  const pool = new pg.Pool({
    connectionString,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === UTC_TIMESTAMP
          ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  const names = new Map<string, string>();
  const nameOf = (sql: string) => {
    let name = names.get(sql);
    if (name === undefined) {
      name = `b_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`;
      names.set(sql, name);
    }
    return name;
  };
  let statements = 0;
  const values = (params: readonly unknown[]) =>
    params.map((value) => (value instanceof Date ? value.toISOString() : value));
  return {
    provider: 'postgresql',
    get statements() {
      return statements;
    },
    async query<Row>(sql: string, params: readonly unknown[] = []) {
      statements += 1;
      const result = await pool.query({ name: nameOf(sql), text: sql, values: values(params) });
      return result.rows as Row[];
    },
    async execute(sql: string, params: readonly unknown[] = []) {
      statements += 1;
      // A statement whose text would change with its row count (a multi-row INSERT) is not worth
      // preparing; the others are (the audit's write passes its rows as one JSON parameter).
      await pool.query(
        params.length > 100
          ? { text: sql, values: values(params) }
          : { name: nameOf(sql), text: sql, values: values(params) },
      );
    },
    async close() {
      await pool.end();
    },
  };
}

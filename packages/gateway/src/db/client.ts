import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Database as SqliteConnection } from 'better-sqlite3';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { Prisma, PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import type { DatabaseConfig, Provider } from './config.js';

/**
 * The gateway's Prisma client. Each provider has its own generated client (Prisma 7 compiles
 * queries per provider); the models are identical, so the rest of the gateway is typed against the
 * SQLite one and never needs to know which database it runs on.
 */
export type Db = SqliteClient;
export { Prisma };

const providers = new WeakMap<Db, Provider>();

/**
 * The database a client made by {@link createDb} talks to, for the few statements whose best form
 * differs (the audit's write: one statement on PostgreSQL, a transaction on SQLite).
 */
export function providerOf(db: Db): Provider {
  const provider = providers.get(db);
  if (provider === undefined) throw new Error('providerOf: the client was not made by createDb');
  return provider;
}

const sqliteConnections = new WeakMap<Db, () => SqliteConnection | undefined>();

/**
 * The better-sqlite3 connection under a SQLite client made by {@link createDb}, once it has
 * connected; undefined on PostgreSQL. The adapter runs every query, and BEGIN and COMMIT of an
 * interactive transaction, on this one connection, so statements prepared on it inside a
 * `$transaction` callback belong to that transaction: the bulk loads use it to skip Prisma's
 * per-value handling of raw statements, which costs more than SQLite's own work.
 */
export function sqliteConnectionOf(db: Db): SqliteConnection | undefined {
  return sqliteConnections.get(db)?.();
}

export interface DbOptions {
  /** Called with every SQL statement; tests count statements with it. */
  readonly onQuery?: (event: { readonly query: string; readonly durationMs: number }) => void;
  /**
   * PostgreSQL: send statements as named (prepared) statements, so each connection parses and plans
   * a statement once instead of on every request. On unless `GRASSROOTS_PG_PREPARED=off`.
   */
  readonly preparedStatements?: boolean;
}

/**
 * Names for PostgreSQL's prepared statements: one per statement text, so a connection prepares each
 * text once. A statement with many parameters is a bulk write whose text changes with its row count
 * (the fixtures' multi-row INSERTs): it is sent unnamed, so no connection keeps one plan per size.
 */
function statementNames(): (query: {
  readonly sql: string;
  readonly args: readonly unknown[];
}) => string | undefined {
  const names = new Map<string, string>();
  return (query) => {
    if (query.args.length > 100) return undefined;
    let name = names.get(query.sql);
    if (name === undefined) {
      name = `s${names.size.toString(36)}`;
      names.set(query.sql, name);
    }
    return name;
  };
}

export async function createDb(config: DatabaseConfig, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  let db: Db;
  if (config.provider === 'sqlite') {
    const factory = new PrismaBetterSqlite3({ url: config.url });
    let connection: SqliteConnection | undefined;
    const adapter: NonNullable<NonNullable<ConstructorParameters<typeof SqliteClient>[0]>['adapter']> = {
      provider: factory.provider,
      adapterName: factory.adapterName,
      connect: async () => {
        const connected = await factory.connect();
        connection = (connected as unknown as { client: SqliteConnection }).client;
        return connected;
      },
    };
    db = new SqliteClient({ adapter, log });
    sqliteConnections.set(db, () => connection);
  } else {
    const prepared = options.preparedStatements ?? process.env.GRASSROOTS_PG_PREPARED?.trim() !== 'off';
    const adapter = new PrismaPg(
      { connectionString: config.url },
      prepared ? { statementNameGenerator: statementNames() as (query: unknown) => string } : {},
    );
    const client = new PostgresClient({ adapter, log });
    db = client as unknown as Db;
  }
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (db as unknown as { $on: (e: 'query', cb: (ev: Prisma.QueryEvent) => void) => void }).$on(
      'query',
      (event) => onQuery({ query: event.query, durationMs: event.duration }),
    );
  }
  providers.set(db, config.provider);
  if (config.provider === 'sqlite') {
    // WAL lets readers and the writer work at once (the gateway reads while fixtures or mutations
    // write); the busy timeout makes a second writer wait instead of failing at once.
    await db.$queryRawUnsafe('PRAGMA busy_timeout = 5000');
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  }
  return db;
}

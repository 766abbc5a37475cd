import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Database as SqliteConnection } from 'better-sqlite3';
import pg from 'pg';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { Prisma, PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import type { DatabaseConfig, Provider } from './config.js';
import { SQLITE_BLOCKING_BUSY_MS, waitForLocksAsynchronously } from './sqlite-busy.js';

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
  /** Timeouts and the pool size; by default read from the environment ({@link dbLimits}). */
  readonly limits?: DbLimits;
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

/**
 * How long the gateway waits on its database before it answers `SERVICE_UNAVAILABLE`, so that a
 * frozen server or a lock held elsewhere costs a caller seconds, not minutes.
 */
export interface DbLimits {
  /** Opening a PostgreSQL connection (`GRASSROOTS_DB_CONNECT_TIMEOUT_MS`, 5000). */
  readonly connectTimeoutMs: number;
  /** One statement, on the server and on the socket (`GRASSROOTS_DB_STATEMENT_TIMEOUT_MS`, 15000). */
  readonly statementTimeoutMs: number;
  /** Waiting for a SQLite lock another process holds (`GRASSROOTS_DB_LOCK_TIMEOUT_MS`, 5000). */
  readonly lockTimeoutMs: number;
  /** PostgreSQL connections in the pool (`GRASSROOTS_DB_POOL_SIZE`, 10). */
  readonly poolSize: number;
}

/** Reads {@link DbLimits} from the environment; a malformed value stops the gateway, naming it. */
export function dbLimits(env: Record<string, string | undefined> = process.env): DbLimits {
  const read = (name: string, fallback: number): number => {
    const text = env[name]?.trim();
    if (!text) return fallback;
    const value = Number(text);
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new Error(`${name} must be a positive whole number; got "${text}"`);
    }
    return value;
  };
  return {
    connectTimeoutMs: read('GRASSROOTS_DB_CONNECT_TIMEOUT_MS', 5000),
    statementTimeoutMs: read('GRASSROOTS_DB_STATEMENT_TIMEOUT_MS', 15_000),
    lockTimeoutMs: read('GRASSROOTS_DB_LOCK_TIMEOUT_MS', 5000),
    poolSize: read('GRASSROOTS_DB_POOL_SIZE', 10),
  };
}

/** What the PostgreSQL pool holds now, for the metrics; null on SQLite (one connection, no pool). */
export interface PoolUsage {
  readonly total: number;
  readonly idle: number;
  readonly waiting: number;
  readonly max: number;
}

const pools = new WeakMap<Db, pg.Pool>();

export function poolUsage(db: Db): PoolUsage | null {
  const pool = pools.get(db);
  if (pool === undefined) return null;
  return {
    total: pool.totalCount,
    idle: pool.idleCount,
    waiting: pool.waitingCount,
    max: pool.options.max ?? 10,
  };
}

export async function createDb(config: DatabaseConfig, options: DbOptions = {}): Promise<Db> {
  const log = options.onQuery ? [{ emit: 'event' as const, level: 'query' as const }] : [];
  const limits = options.limits ?? dbLimits();
  let db: Db;
  let pool: pg.Pool | undefined;
  if (config.provider === 'sqlite') {
    const factory = waitForLocksAsynchronously(
      new PrismaBetterSqlite3({ url: config.url, timeout: SQLITE_BLOCKING_BUSY_MS }),
      limits.lockTimeoutMs,
    );
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
    // A transaction may wait as long for its lock as a single statement does.
    db = new SqliteClient({ adapter, log, transactionOptions: { maxWait: limits.lockTimeoutMs } });
    sqliteConnections.set(db, () => connection);
  } else {
    pool = new pg.Pool({
      connectionString: config.url,
      max: limits.poolSize,
      connectionTimeoutMillis: limits.connectTimeoutMs,
      // The server ends a statement that runs too long; the socket timeout covers a server that no
      // longer answers at all (frozen, or cut off by the network).
      statement_timeout: limits.statementTimeoutMs,
      query_timeout: limits.statementTimeoutMs + 1000,
      // A connection dropped by the server is an error on the pool, not an uncaught exception.
      allowExitOnIdle: true,
    });
    pool.on('error', () => undefined);
    const prepared = options.preparedStatements ?? process.env.GRASSROOTS_PG_PREPARED?.trim() !== 'off';
    const adapter = new PrismaPg(
      pool,
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
  if (pool !== undefined) pools.set(db, pool);
  if (config.provider === 'sqlite') {
    // WAL lets readers and the writer work at once (the gateway reads while fixtures or mutations
    // write). SQLite's busy handler would block the event loop, so it does not wait; the adapter
    // wrapper waits up to `lockTimeoutMs` asynchronously (sqlite-busy.ts).
    await db.$queryRawUnsafe(`PRAGMA busy_timeout = ${SQLITE_BLOCKING_BUSY_MS}`);
    await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await db.$queryRawUnsafe('PRAGMA foreign_keys = ON');
  }
  return db;
}

// Test harness: a fresh database per test file (a temporary SQLite file, or a new PostgreSQL
// database when DATABASE_URL points at a server), migrated and loaded, and a gateway called
// through `fetch` with no port.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@grassroots/core';
import pg from 'pg';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createCalendarSource } from '../src/calendar.js';
import { createDb, type Db } from '../src/db/client.js';
import { type DatabaseConfig, databaseConfig, type Provider } from '../src/db/config.js';
import { migrate } from '../src/db/migrations.js';
import { type FixtureSet, loadFixtureSets } from '../src/seed/load.js';
import { createGateway, type Gateway } from '../src/yoga.js';

export const TEST_SECRET = 'grassroots-test-secret-not-for-production';
const secret = new TextEncoder().encode(TEST_SECRET);

/** The fixed "now" of every test request: a weekday in 2025 the calendars cover. */
export const TEST_NOW = new Date('2025-06-16T02:00:00.000Z');

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** Drops the database (PostgreSQL) or deletes the file (SQLite). */
  readonly drop: () => Promise<void>;
}

/** A new, empty database of the provider the run targets. */
export async function freshDatabase(): Promise<TestDatabase> {
  const target = databaseConfig({ DATABASE_URL: process.env.DATABASE_URL });
  if (target.provider === 'sqlite' && !process.env.DATABASE_URL?.startsWith('postgres')) {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-test-'));
    return {
      config: { provider: 'sqlite', url: `file:${join(dir, 'test.db')}` },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `grassroots_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: target.url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(target.url);
  url.pathname = `/${name}`;
  return {
    config: { provider: 'postgresql', url: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: target.url });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface TestGateway {
  readonly db: Db;
  readonly provider: Provider;
  readonly gateway: Gateway;
  /** SQL statements run since the last `resetQueries`. */
  readonly queries: string[];
  readonly resetQueries: () => void;
  readonly close: () => Promise<void>;
  /** Runs a GraphQL operation as `as` (anonymous by default). */
  readonly gql: <T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: TestCaller | string; locale?: string; operationName?: string },
  ) => Promise<{ data?: T; errors?: { message: string; extensions?: { code?: string } }[]; status: number }>;
}

export interface TestCaller {
  readonly subject: string;
  readonly grants: readonly { role: Role; region: string }[];
  readonly personId?: string;
}

/** A migrated, loaded database and a gateway on it. */
export async function startGateway(fixtureSets: readonly FixtureSet[] = []): Promise<TestGateway> {
  const database = await freshDatabase();
  await migrate(database.config);
  const queries: string[] = [];
  const db = await createDb(database.config, { onQuery: (event) => queries.push(event.query) });
  await loadFixtureSets(db, fixtureSets, { provider: database.config.provider, now: TEST_NOW });
  const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET });
  // Tests count statements: the holiday schedules are read once, never again in the middle of a test.
  const calendars = createCalendarSource(db, { refreshMs: Number.POSITIVE_INFINITY });
  const gateway = createGateway({ db, verify, clock: () => TEST_NOW, calendars });
  return {
    db,
    provider: database.config.provider,
    gateway,
    queries,
    resetQueries: () => {
      queries.length = 0;
    },
    close: async () => {
      await db.$disconnect();
      await database.drop();
    },
    gql: async (query, variables = {}, options = {}) => {
      // yoga's fetch mutates the headers it is given: build them fresh for every request.
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (options.locale) headers['accept-language'] = options.locale;
      if (typeof options.as === 'string') headers.authorization = `Bearer ${options.as}`;
      else if (options.as) headers.authorization = `Bearer ${await mintToken(options.as, secret)}`;
      const response = await gateway.fetch('http://grassroots.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables, operationName: options.operationName }),
      });
      const body = (await response.json()) as { data?: never; errors?: never };
      return { ...body, status: response.status };
    },
  };
}

// Test harness: a private database per test file (a temporary SQLite file, or a new PostgreSQL
// database when DATABASE_URL points at a server), copied from the run's seeded template of its
// fixture sets (templates.ts), and a gateway called through `fetch` with no port.
import { randomUUID } from 'node:crypto';
import { constants, copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Role } from '@grassroots/core';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createCalendarSource } from '../src/calendar.js';
import { createDb, type Db } from '../src/db/client.js';
import type { DatabaseConfig, Provider } from '../src/db/config.js';
import type { TrustedDocumentsConfig } from '../src/http/trusted-documents.js';
import { createGateway, type Gateway } from '../src/yoga.js';
import type { TestFixtureSet } from './fixture-sets.js';
import {
  createDatabase,
  databaseUrl,
  onServer,
  TEST_NOW,
  type Template,
  targetDatabase,
  templateFor,
} from './templates.js';

export const TEST_SECRET = 'grassroots-test-secret-not-for-production';
const secret = new TextEncoder().encode(TEST_SECRET);

export { TEST_NOW } from './templates.js';

export interface TestDatabase {
  readonly config: DatabaseConfig;
  /** Drops the database (PostgreSQL) or deletes the file (SQLite). */
  readonly drop: () => Promise<void>;
}

/** A new, empty database of the provider the run targets (not migrated). */
export async function freshDatabase(): Promise<TestDatabase> {
  return privateDatabase(undefined);
}

/** A private copy of the seeded template of `fixtureSets` (built once per run; see templates.ts). */
export async function seededDatabase(fixtureSets: readonly TestFixtureSet[]): Promise<TestDatabase> {
  return privateDatabase(await templateFor(fixtureSets));
}

async function privateDatabase(template: Template | undefined): Promise<TestDatabase> {
  if (targetDatabase().provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-test-'));
    const path = join(dir, 'test.db');
    if (template) copyFileSync(template.location, path, constants.COPYFILE_FICLONE);
    return {
      config: { provider: 'sqlite', url: `file:${path}` },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `grassroots_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  await createDatabase(name, template?.location);
  return {
    config: { provider: 'postgresql', url: databaseUrl(name) },
    drop: async () => {
      await onServer((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
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
    options?: { as?: TestCaller | string; locale?: string; operationName?: string; purpose?: string },
  ) => Promise<{
    data?: T;
    errors?: { message: string; path?: (string | number)[]; extensions?: { code?: string } }[];
    status: number;
  }>;
}

export interface TestCaller {
  readonly subject: string;
  readonly grants: readonly { role: Role; region: string }[];
  readonly personId?: string;
}

/**
 * A gateway on a private database holding `fixtureSets`, loaded in this order: a copy of the run's
 * seeded template of that list, so the file may change any row.
 */
export async function startGateway(
  fixtureSets: readonly TestFixtureSet[] = [],
  options: { readonly trustedDocuments?: TrustedDocumentsConfig } = {},
): Promise<TestGateway> {
  const database = await seededDatabase(fixtureSets);
  const queries: string[] = [];
  const db = await createDb(database.config, { onQuery: (event) => queries.push(event.query) });
  const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET });
  // Tests count statements: the holiday schedules are read once, never again in the middle of a test.
  const calendars = createCalendarSource(db, { refreshMs: Number.POSITIVE_INFINITY });
  const gateway = createGateway({
    db,
    verify,
    clock: () => TEST_NOW,
    calendars,
    trustedDocuments: options.trustedDocuments ?? { documents: new Map(), only: false },
  });
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
      if (options.purpose) headers['x-purpose'] = options.purpose;
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

// The gateway as an operator runs it: a drain on SIGTERM under load, coded failures while the
// database cannot serve and recovery without a restart, no stall while another process holds a
// lock, and a start that heals (an interrupted migration, two instances on one empty database).
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server, connect as tcpConnect } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { citizenIdCheckCharacter } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createCalendarSource } from '../src/calendar.js';
import { createDb, type Db, type DbLimits } from '../src/db/client.js';
import { type DatabaseConfig, gatewayRoot, sqlitePath } from '../src/db/config.js';
import { guardSingleWriter, withStartLock } from '../src/db/locks.js';
import { migrate, migrationsDir } from '../src/db/migrations.js';
import { createLogger } from '../src/ops/log.js';
import { prepareDatabase } from '../src/start.js';
import { createGateway, type Gateway } from '../src/yoga.js';
import { builtGateway } from './build.js';
import { regionFixtures } from './fixture-sets.js';
import { freshDatabase, seededDatabase, TEST_NOW, TEST_SECRET, type TestDatabase } from './harness.js';

const secret = new TextEncoder().encode(TEST_SECRET);
const GERZE = '542526';
const countyAdmin = { subject: 'ops-admin', grants: [{ role: 'COUNTY_ADMIN' as const, region: GERZE }] };
const quiet = createLogger({ GRASSROOTS_LOG_LEVEL: 'silent' });
const dropLater: TestDatabase[] = [];

afterAll(async () => {
  for (const database of dropLater) await database.drop();
});

/** A valid citizen ID of a woman born in 改则县 on the given day. */
function citizenId(birth: string, sequence: number): string {
  const body = `${GERZE}${birth}${String(sequence).padStart(3, '0')}`;
  return body + citizenIdCheckCharacter(body);
}

async function call(gateway: Gateway, path: string, body?: object, token?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await gateway.fetch(`http://grassroots.test${path}`, {
    method: body ? 'POST' : 'GET',
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.text();
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    // `/health` answers with an empty body.
    json: (text === '' ? {} : JSON.parse(text)) as {
      data?: Record<string, unknown> | null;
      errors?: { extensions?: { code?: string } }[];
      status?: string;
    },
  };
}

const REGISTER = /* GraphQL */ `
  mutation Register($input: PersonRegisterInput!) {
    personRegister(input: $input) { person { id } userErrors { code } }
  }
`;

async function villageCode(db: Db): Promise<string> {
  const village = await db.region.findFirstOrThrow({
    where: { level: 'VILLAGE', code: { startsWith: GERZE } },
    orderBy: { code: 'asc' },
  });
  return village.code;
}

async function gatewayOn(config: DatabaseConfig, limits: DbLimits): Promise<{ db: Db; gateway: Gateway }> {
  const db = await createDb(config, { limits });
  const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET });
  const calendars = createCalendarSource(db, { refreshMs: Number.POSITIVE_INFINITY });
  return { db, gateway: createGateway({ db, verify, clock: () => TEST_NOW, calendars, logger: quiet }) };
}

describe('the production process (`node dist/main.js`, as the README starts it)', () => {
  let database: TestDatabase;
  let gateway: ChildProcess;
  let port: number;
  let exited: Promise<number | null>;
  const lines: string[] = [];

  beforeAll(async () => {
    // Building (only what is missing or older than its sources) and the seeded copy, before the child.
    const main = builtGateway();
    database = await seededDatabase([regionFixtures]);
    dropLater.push(database);
    gateway = spawn(process.execPath, [main], {
      cwd: gatewayRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        DATABASE_URL: database.config.url,
        PORT: '0',
        HOST: '127.0.0.1',
        GRASSROOTS_JWT_SECRET: TEST_SECRET,
        GRASSROOTS_RATE_LIMIT: 'off',
        GRASSROOTS_LOG_LEVEL: 'info',
        // The write below waits 8 s for a lock; it must outlast that, not time out.
        GRASSROOTS_DB_LOCK_TIMEOUT_MS: '15000',
        GRASSROOTS_DB_STATEMENT_TIMEOUT_MS: '15000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => gateway.on('exit', (code) => resolve(code)));
    port = await new Promise<number>((resolve, reject) => {
      let buffer = '';
      gateway.stdout?.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
          const line = buffer.slice(0, at);
          buffer = buffer.slice(at + 1);
          lines.push(line);
          const parsed = JSON.parse(line) as { port?: number; msg?: string };
          if (parsed.msg?.startsWith('Grassroots gateway on') && parsed.port) resolve(parsed.port);
        }
      });
      gateway.stderr?.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
      void exited.then((code) => reject(new Error(`the gateway exited (${code}): ${lines.join('\n')}`)));
    });
  }, 180_000);

  afterAll(() => {
    if (gateway.exitCode === null) gateway.kill('SIGKILL');
  });

  async function post(body: object, token?: string) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    return (await response.json()) as { data?: Record<string, unknown> | null; errors?: unknown[] };
  }

  it('while another connection holds the write lock for 8 s, delays only the write: reads keep being answered while the write waits', async () => {
    const token = await mintToken(countyAdmin, secret);
    const reader = await createDb(database.config);
    const home = encodeGlobalID('Region', await villageCode(reader).finally(() => reader.$disconnect()));
    const register = (nameZh: string, sequence: number) =>
      post(
        {
          query: REGISTER,
          variables: {
            input: {
              nameZh,
              citizenId: citizenId('19850505', sequence),
              ethnicity: 'TIBETAN',
              residenceRegionId: home,
            },
          },
        },
        token,
      );
    // The first request of each shape compiles its plans (Prisma's query compiler, synchronously);
    // that cost is not the lock's, so both shapes run before it.
    for (let round = 0; round < 3; round += 1) await post({ query: '{ __typename }' });
    expect(await register('达瓦', 6)).toMatchObject({ data: { personRegister: { userErrors: [] } } });
    const release = await holdWriteLock(database.config);
    try {
      const started = Date.now();
      let writeSettled = false;
      const write = register('次仁', 4).finally(() => {
        writeSettled = true;
      });
      // What is asserted is order, not speed (a shared machine makes any millisecond bound flaky):
      // had the waiting write blocked the process (a synchronous busy wait would), no probe could be
      // answered before the lock is released, and the write would settle first.
      let answeredWhileWriteWaited = 0;
      while (Date.now() - started < 8000) {
        const probe = await post({ query: '{ __typename }' });
        expect(probe.data).toEqual({ __typename: 'Query' });
        expect(writeSettled).toBe(false);
        answeredWhileWriteWaited += 1;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(writeSettled).toBe(false);
      await release();
      expect(await write).toMatchObject({ data: { personRegister: { userErrors: [] } } });
      // The write waited for the lock; the reads did not.
      expect(Date.now() - started).toBeGreaterThanOrEqual(8000);
      expect(answeredWhileWriteWaited).toBeGreaterThan(5);
    } finally {
      await release();
    }
  }, 60_000);

  it('answers every request in flight when SIGTERM arrives, then exits 0 leaving nothing beside the database', async () => {
    // Twelve requests whose connections are open and whose bodies are half sent when the signal
    // comes: the server has them in hand, and must finish them.
    const body = JSON.stringify({ query: 'query InFlight { __typename }' });
    const half = Math.floor(body.length / 2);
    const inFlight = Array.from({ length: 12 }, () => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        // With `Expect: 100-continue` the server says when it has the request's headers: from then
        // on the request is in its hands, not a connection it may drop as idle.
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      const connected = new Promise<void>((resolve) => req.on('continue', () => resolve()));
      const answered = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString();
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        req.on('error', reject);
      });
      req.flushHeaders();
      return { req, connected, answered };
    });
    await Promise.all(inFlight.map((one) => one.connected));
    for (const one of inFlight) one.req.write(body.slice(0, half));
    gateway.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));
    for (const one of inFlight) one.req.end(body.slice(half));
    const answers = await Promise.all(inFlight.map((one) => one.answered));
    expect(answers).toEqual(inFlight.map(() => ({ status: 200, text: '{"data":{"__typename":"Query"}}' })));
    expect(await exited).toBe(0);
    expect(lines.some((line) => line.includes('"outcome":"drained"'))).toBe(true);
    if (database.config.provider === 'sqlite') {
      // The WAL checkpointed into the file, and the start lock's and the writer guard's side files gone.
      const path = sqlitePath(database.config);
      expect(readdirSync(dirname(path))).toEqual([basename(path)]);
    }
  }, 60_000);
});

describe('a database that cannot serve, and its recovery without a restart', () => {
  it('answers SERVICE_UNAVAILABLE with HTTP 503 and Retry-After, /ready 503, and serves again once the database is back', async () => {
    const database = await seededDatabase([regionFixtures]);
    dropLater.push(database);
    const token = await mintToken(countyAdmin, secret);
    const limits: DbLimits = {
      connectTimeoutMs: 1000,
      statementTimeoutMs: 1000,
      lockTimeoutMs: 1000,
      poolSize: 2,
    };
    if (database.config.provider === 'postgresql') {
      // A proxy stands for the server: closed, nothing listens (the server is down); open, it
      // forwards to the real one. The machine's server itself is never stopped.
      const target = new URL(database.config.url);
      const proxy = await portWithNothingListening();
      const url = new URL(database.config.url);
      url.port = String(proxy.port);
      const { db, gateway } = await gatewayOn({ provider: 'postgresql', url: url.toString() }, limits);
      try {
        const down = await call(
          gateway,
          '/graphql',
          { query: '{ region(code: "542526") { nameZh } }' },
          token,
        );
        expect([down.status, down.retryAfter, down.json.errors?.[0]?.extensions?.code]).toEqual([
          503,
          '5',
          'SERVICE_UNAVAILABLE',
        ]);
        expect((await call(gateway, '/ready')).status).toBe(503);
        expect((await call(gateway, '/health')).status).toBe(200);
        const server = await proxy.open(target.hostname, Number(target.port || 5432));
        try {
          const up = await call(
            gateway,
            '/graphql',
            { query: '{ region(code: "542526") { nameZh } }' },
            token,
          );
          expect([up.status, up.json.data]).toEqual([200, { region: { nameZh: '改则县' } }]);
          expect((await call(gateway, '/ready')).json).toEqual({ status: 'ready' });
        } finally {
          await db.$disconnect();
          await new Promise((resolve) => server.close(resolve));
        }
      } finally {
        await db.$disconnect();
      }
      return;
    }
    // SQLite is a file in the process: "unavailable" is a lock another process holds past the
    // wait. Reads go on (WAL), the write that needs the lock gets 503, and once the lock is gone
    // the same gateway writes.
    const { db, gateway } = await gatewayOn(database.config, limits);
    const other = new Database(sqlitePath(database.config));
    try {
      const home = encodeGlobalID('Region', await villageCode(db));
      const input = (sequence: number) => ({
        nameZh: '央金',
        citizenId: citizenId('19900101', sequence),
        ethnicity: 'TIBETAN',
        residenceRegionId: home,
      });
      other.exec('BEGIN IMMEDIATE');
      const refused = await call(
        gateway,
        '/graphql',
        { query: REGISTER, variables: { input: input(2) } },
        token,
      );
      expect([refused.status, refused.retryAfter, refused.json.errors?.[0]?.extensions?.code]).toEqual([
        503,
        '5',
        'SERVICE_UNAVAILABLE',
      ]);
      expect((await call(gateway, '/ready')).status).toBe(200);
      other.exec('ROLLBACK');
      const written = await call(
        gateway,
        '/graphql',
        { query: REGISTER, variables: { input: input(2) } },
        token,
      );
      expect(written.status).toBe(200);
      expect(written.json.data).toMatchObject({ personRegister: { userErrors: [] } });
    } finally {
      other.close();
      await db.$disconnect();
    }
  }, 60_000);
});

describe('the start', () => {
  it('completes in one run a migration that an interrupted run left unfinished, saying so', async () => {
    const database = await freshDatabase();
    dropLater.push(database);
    const committed = migrationsDir(database.config.provider);
    const all = readdirSync(committed, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    const last = all.at(-1);
    if (last === undefined) throw new Error('no migrations');
    // Every migration but the last applied; the last one started and never finished, as a process
    // killed in the middle of it leaves it (its transaction rolled back by the database).
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-migrations-'));
    try {
      cpSync(committed, dir, { recursive: true });
      rmSync(join(dir, last), { recursive: true });
      await migrate(database.config, { dir });
      const script = readFileSync(join(committed, last, 'migration.sql'), 'utf8');
      const checksum = createHash('sha256').update(script).digest('hex');
      await onDatabase(database.config, (sql) =>
        sql(
          `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, applied_steps_count) VALUES ('${randomUUID()}', '${checksum}', '${last}', CURRENT_TIMESTAMP, 0)`,
        ),
      );
      const result = await migrate(database.config);
      expect(result).toEqual({ applied: [last], retried: [last] });
      expect(await migrate(database.config)).toEqual({ applied: [], retried: [] });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);

  it('lets two instances start together on one empty database: both serve, the fixtures load once', async () => {
    const database = await freshDatabase();
    dropLater.push(database);
    const options = { fixtures: true, sets: [regionFixtures], logger: quiet };
    const [first, second] = await Promise.all([
      prepareDatabase(database.config, options),
      prepareDatabase(database.config, options),
    ]);
    try {
      expect(await first.fixtureLoad.count()).toBe(1);
      for (const db of [first, second]) {
        const verify = await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET });
        const gateway = createGateway({ db, verify, clock: () => TEST_NOW, logger: quiet });
        const answer = await call(gateway, '/graphql', { query: '{ region(code: "542526") { nameZh } }' });
        expect(answer.json.data).toEqual({ region: { nameZh: '改则县' } });
        expect((await call(gateway, '/ready')).json).toEqual({ status: 'ready' });
      }
    } finally {
      await first.$disconnect();
      await second.$disconnect();
    }
  }, 120_000);

  it('refuses a second gateway on one SQLite file, naming the file, and lets one in once the first is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-guard-'));
    const config: DatabaseConfig = { provider: 'sqlite', url: `file:${join(dir, 'g.db')}` };
    try {
      const first = guardSingleWriter(config);
      expect(() => guardSingleWriter(config)).toThrow(
        `Another gateway is already serving file:${join(dir, 'g.db')}`,
      );
      first.release();
      // Released, the guard's side file is gone: a clean exit leaves nothing beside the database.
      expect(readdirSync(dir)).toEqual([]);
      guardSingleWriter(config).release();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the SQLite locks over side files a crash left behind, and removes them on release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-stale-'));
    const config: DatabaseConfig = { provider: 'sqlite', url: `file:${join(dir, 'g.db')}` };
    try {
      // What a killed process leaves: the files, with no lock on them (the system dropped it).
      for (const side of ['start-lock', 'gateway-lock']) new Database(join(dir, `g.db.${side}`)).close();
      const guard = guardSingleWriter(config);
      expect(await withStartLock(config, async () => 'migrated')).toBe('migrated');
      guard.release();
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets holders of the SQLite start lock take turns, though each deletes its file on release', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-turns-'));
    const config: DatabaseConfig = { provider: 'sqlite', url: `file:${join(dir, 'g.db')}` };
    try {
      // A waiter may have opened the file its holder then deletes: it must not count that as the lock
      // while a newcomer holds the new file.
      let inside = 0;
      let most = 0;
      const turn = () =>
        withStartLock(config, async () => {
          inside += 1;
          most = Math.max(most, inside);
          await new Promise((resolve) => setTimeout(resolve, 60));
          inside -= 1;
        });
      await Promise.all(
        Array.from({ length: 6 }, (_, index) =>
          new Promise((resolve) => setTimeout(resolve, index * 25)).then(turn),
        ),
      );
      expect(most).toBe(1);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A port where nothing listens, and a way to open a forwarding proxy on it later. */
async function portWithNothingListening(): Promise<{
  port: number;
  open: (host: string, port: number) => Promise<Server>;
}> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const address = probe.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise((resolve) => probe.close(resolve));
  return {
    port,
    open: async (host, targetPort) => {
      const server = createServer((socket) => {
        const upstream = tcpConnect(targetPort, host);
        socket.pipe(upstream).pipe(socket);
        socket.on('error', () => upstream.destroy());
        upstream.on('error', () => socket.destroy());
      });
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
      return server;
    },
  };
}

/** Runs SQL on the test database with a client of its own (not the gateway's). */
async function onDatabase(
  config: DatabaseConfig,
  work: (sql: (text: string) => Promise<void>) => Promise<void>,
) {
  if (config.provider === 'sqlite') {
    const client = new Database(sqlitePath(config));
    try {
      await work(async (text) => {
        client.exec(text);
      });
    } finally {
      client.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  try {
    await work(async (text) => {
      await client.query(text);
    });
  } finally {
    await client.end();
  }
}

/**
 * Takes the lock a registration needs, from another connection: SQLite's write lock, or on
 * PostgreSQL an exclusive lock on the people's table. Returns its release (safe to call twice).
 */
async function holdWriteLock(config: DatabaseConfig): Promise<() => Promise<void>> {
  if (config.provider === 'sqlite') {
    const client = new Database(sqlitePath(config));
    client.exec('BEGIN IMMEDIATE');
    return async () => {
      if (!client.open) return;
      client.exec('ROLLBACK');
      client.close();
    };
  }
  const client = new pg.Client({ connectionString: config.url });
  await client.connect();
  await client.query('BEGIN');
  await client.query('LOCK TABLE "Person" IN EXCLUSIVE MODE');
  let released = false;
  return async () => {
    if (released) return;
    released = true;
    await client.query('ROLLBACK');
    await client.end();
  };
}

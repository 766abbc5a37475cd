// `pnpm bench`: the gateway against a hand-written SQL baseline that returns byte-identical JSON,
// under HTTP load, on SQLite or (with DATABASE_URL) PostgreSQL. See the README's Benchmarks section
// for how to read the tables, and `pnpm bench --help` for the options.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { MAX_FIXTURE_SCALE } from '@grassroots/fixtures';
import { mintToken } from '../src/auth/tokens.js';
import { openDriver } from './baseline/driver.js';
import { ask, type CheckResult, checkIdentical, MismatchError } from './check.js';
import { type BenchOptions, parseOptions, USAGE, UsageError } from './cli.js';
import {
  type BenchDatabase,
  type DatabaseKind,
  prepareDatabase,
  ScaleUnavailableError,
  scaleAvailable,
} from './database.js';
import { type PostgresCpu, postgresCpu } from './pg-cpu.js';
import { cpuByOwner, shares } from './profile.js';
import { BENCH_CALLER, BENCH_OPERATIONS, type BenchOperation } from './queries.js';
import {
  FEW_ANSWERS,
  type GrowthRow,
  growthTable,
  type Row,
  type Sample,
  summarise,
  thin,
  throughputTable,
} from './report.js';
import { type ServerHandle, startServer } from './servers.js';
import { load } from './traffic.js';

const log = (line: string) => process.stderr.write(`${line}\n`);

/** What to undo when the bench is interrupted: stop the servers, remove the temporary database. */
const onInterrupt = new Set<() => unknown>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`Interrupted (${signal}); stopping the servers …`);
    void Promise.allSettled([...onInterrupt].map(async (undo) => undo())).finally(() => process.exit(130));
  });
}

/** The two servers on one prepared database, checked to answer identically. */
interface Session {
  readonly database: BenchDatabase;
  readonly gateway: ServerHandle;
  readonly baseline: ServerHandle;
  readonly token: string;
  readonly checks: readonly CheckResult[];
  /** SQL statements per request of the gateway, by operation, counted in a probe process. */
  readonly gatewayStatements: ReadonlyMap<string, number>;
  readonly postgres: PostgresCpu | null;
  close(): Promise<void>;
}

async function openSession(database: BenchDatabase, operations: readonly BenchOperation[]): Promise<Session> {
  const secret = randomBytes(32).toString('base64url');
  const token = await mintToken(
    { subject: BENCH_CALLER.subject, grants: BENCH_CALLER.grants },
    new TextEncoder().encode(secret),
  );
  const env = { databaseUrl: database.url, jwtSecret: secret };
  const started: ServerHandle[] = [];
  const start = async (kind: 'gateway' | 'baseline', countStatements = false) => {
    const server = await startServer(kind, { ...env, countStatements });
    started.push(server);
    return server;
  };
  try {
    // Prisma's query events cost time, so statements are counted in a probe gateway, not the timed one.
    log('Checking that the gateway and the baseline answer alike …');
    const [probe, baseline] = await Promise.all([start('gateway', true), start('baseline')]);
    await checkIdentical(operations, probe, baseline, token, database.url);
    const gatewayStatements = new Map<string, number>();
    for (const operation of operations) {
      await probe.begin();
      for (let i = 0; i < 3; i += 1) await ask(probe.port, operation, token);
      const stats = await probe.end();
      gatewayStatements.set(operation.key, (stats.statements ?? Number.NaN) / stats.requests);
    }
    await probe.stop();
    started.splice(started.indexOf(probe), 1);
    const gateway = await start('gateway');
    const checks = await checkIdentical(operations, gateway, baseline, token, database.url);
    const postgres = database.provider === 'postgresql' ? await postgresCpu(database.url) : null;
    return {
      database,
      gateway,
      baseline,
      token,
      checks,
      gatewayStatements,
      postgres,
      close: async () => {
        await postgres?.close();
        await Promise.all(started.map((server) => server.stop()));
      },
    };
  } catch (error) {
    await Promise.all(started.map((server) => server.stop()));
    throw error;
  }
}

async function measure(
  session: Session,
  server: ServerHandle,
  operation: BenchOperation,
  connections: number,
  durationS: number,
  round: number,
  profileDir: string | null,
): Promise<Sample> {
  await server.begin(
    profileDir === null ? undefined : profileFile(profileDir, server.kind, operation, connections, round),
  );
  await session.postgres?.mark();
  const result = await load(server.port, operation, session.token, connections, durationS);
  const stats = await server.end();
  const postgresCpuMs = session.postgres ? await session.postgres.sinceMark() : null;
  log(
    `  round ${round} ${operation.key.padEnd(16)} ${String(connections).padStart(3)} conns ${server.kind.padEnd(8)} ` +
      `${result.requestsPerSecond.toFixed(1).padStart(8)} req/s  p50 ${result.p50Ms.toFixed(1)} ms` +
      (result.errors + result.non2xx > 0 ? `  ${result.errors} errors, ${result.non2xx} non-2xx` : ''),
  );
  return { round, target: server.kind, load: result, server: stats, postgresCpuMs };
}

async function warmUp(
  session: Session,
  operations: readonly BenchOperation[],
  seconds: number,
): Promise<void> {
  if (seconds <= 0) return;
  log(`Warming up (${seconds} s per operation and server, unmeasured) …`);
  for (const operation of operations) {
    for (const server of [session.gateway, session.baseline]) {
      await load(server.port, operation, session.token, 10, seconds);
      // Let it finish what it started, so that the next phase finds both servers idle.
      await server.begin();
      await server.end();
    }
  }
}

/**
 * Rounds of gateway and baseline side by side: within a round each operation and connection count
 * runs on both servers back to back, the first server alternating between rounds, so that whatever
 * else the machine does falls on both alike.
 */
async function rounds(
  session: Session,
  operations: readonly BenchOperation[],
  connectionCounts: readonly number[],
  options: Pick<BenchOptions, 'rounds' | 'durationS' | 'profileDir'>,
): Promise<Row[]> {
  const samples = new Map<string, Sample[]>();
  for (let round = 1; round <= options.rounds; round += 1) {
    log(`Round ${round} of ${options.rounds}`);
    for (const operation of operations) {
      for (const connections of connectionCounts) {
        const order =
          round % 2 === 1 ? [session.gateway, session.baseline] : [session.baseline, session.gateway];
        const key = `${operation.key}|${connections}`;
        const list = samples.get(key) ?? [];
        for (const server of order) {
          list.push(
            await measure(
              session,
              server,
              operation,
              connections,
              options.durationS,
              round,
              options.profileDir,
            ),
          );
        }
        samples.set(key, list);
      }
    }
  }
  return operations.flatMap((operation) =>
    connectionCounts.map((connections) => ({
      operation,
      connections,
      samples: samples.get(`${operation.key}|${connections}`) ?? [],
      gatewayStatements: session.gatewayStatements.get(operation.key) ?? null,
    })),
  );
}

function machineLine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'CPU'}, Node ${process.version}`;
}

function load1(): string {
  return loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');
}

function checksLines(checks: readonly CheckResult[]): string[] {
  return checks.map(
    (check) =>
      `- ${check.operation.label}: identical, ${check.bytes.toLocaleString('en-US')} bytes` +
      (check.auditRows > 0
        ? `, the same audit entry on both (${check.auditRows.toLocaleString('en-US')} rows: the entry and its subjects)`
        : ''),
  );
}

const DATABASE_NAMES: Readonly<Record<DatabaseKind, string>> = { sqlite: 'SQLite', postgresql: 'PostgreSQL' };

async function benchRun(
  options: BenchOptions,
  operations: readonly BenchOperation[],
  kind: DatabaseKind,
): Promise<void> {
  const database = await prepareDatabase(kind, { reuse: options.reuse, scale: 1 });
  let session: Session | null = null;
  const undo = async () => {
    await session?.close();
    database.cleanup();
  };
  onInterrupt.add(undo);
  try {
    session = await openSession(database, operations);
    const loadBefore = load1();
    const out: string[] = [
      `## Bench: gateway against hand-written SQL on ${DATABASE_NAMES[kind]}`,
      '',
      `- ${new Date().toISOString()}; ${machineLine()}; ${database.description}`,
      ...checksLines(session.checks),
    ];
    if (options.checkOnly) {
      console.log(out.join('\n'));
      return;
    }
    await warmUp(session, operations, options.warmupS);
    if (options.profileDir !== null) mkdirSync(options.profileDir, { recursive: true });
    const rows = await rounds(session, operations, options.connections, options);
    const end = await Promise.all([session.gateway.end(), session.baseline.end()]).catch(() => null);
    out.push(
      `- ${options.rounds} round(s) of ${options.durationS} s per operation, connection count and server; ` +
        `load average ${loadBefore} before, ${load1()} after`,
      '',
      throughputTable(rows, options.rounds, session.postgres !== null),
      '',
      'req/s: median of the rounds (lowest–highest). ratio: gateway ÷ baseline req/s, paired round by ' +
        'round, median. Latency: medians of the rounds. CPU and SQL per request: totals ÷ requests the ' +
        'server handled. SQL/req of the gateway: counted by its onQuery hook in a probe process.',
    );
    if (rows.some(thin)) {
      out.push(
        `* fewer than ${FEW_ANSWERS} answers in some phase of the line: its rates, latencies and ratio are ` +
          'guesses; run longer (--duration) for them.',
      );
    }
    if (end) {
      const [g, b] = end;
      out.push(
        `Highest resident memory over the whole run: gateway ${(g.lifetimeMaxRss / 2 ** 20).toFixed(0)} MB, ` +
          `baseline ${(b.lifetimeMaxRss / 2 ** 20).toFixed(0)} MB.`,
      );
    }
    if (options.profileDir !== null) out.push('', profileLines(options.profileDir, operations));
    console.log(out.join('\n'));
  } finally {
    onInterrupt.delete(undo);
    await undo();
  }
}

function profileFile(
  dir: string,
  kind: string,
  operation: BenchOperation,
  connections: number,
  round: number,
): string {
  return join(dir, `${kind}-${operation.key}-${connections}c-r${round}.cpuprofile`);
}

/** Where each server's busy CPU went in the measured phases, by package (see profile.ts). */
function profileLines(dir: string, operations: readonly BenchOperation[]): string {
  const files = readdirSync(dir);
  const lines = [
    `CPU profiles in ${dir}: self time by package, idle left out (the profiler adds its own cost).`,
  ];
  for (const operation of operations) {
    for (const kind of ['gateway', 'baseline'] as const) {
      const mine = files
        .filter((name) => name.startsWith(`${kind}-${operation.key}-`) && name.endsWith('.cpuprofile'))
        .map((name) => join(dir, name));
      if (mine.length > 0) lines.push(`- ${operation.label}, ${kind}: ${shares(cpuByOwner(mine), 8)}`);
    }
  }
  return lines.join('\n');
}

async function matterCount(url: string): Promise<number> {
  const db = openDriver(url);
  try {
    const [row] = await db.query<{ n: unknown }>('SELECT COUNT(*) AS "n" FROM "Matter"');
    return Number(row?.n);
  } finally {
    await db.close();
  }
}

/**
 * The data-growth run: every operation at each data scale, 10 connections, the rounds as usual, and
 * how much the p50 latency grew over 1×. Data at k× is 改则县 and k − 1 synthetic copies of it (the
 * fixtures' scale factor); a scale the fixtures cannot build is listed as not measured.
 */
async function growthRun(
  options: BenchOptions,
  operations: readonly BenchOperation[],
  kind: DatabaseKind,
): Promise<number> {
  const scales = options.growth ?? [1];
  const unavailable = scales.filter((scale) => !scaleAvailable(scale));
  if (unavailable.length > 0) {
    log(
      `Data at ${unavailable.map((s) => `${s}×`).join(', ')} cannot be built (outside the fixtures' scale ` +
        'factor); those scales will be listed as not measured.',
    );
  }
  const rows: GrowthRow[] = [];
  let skipped = 0;
  for (const scale of scales) {
    let database: BenchDatabase;
    try {
      database = await prepareDatabase(kind, { reuse: options.reuse, scale });
    } catch (error) {
      if (!(error instanceof ScaleUnavailableError)) throw error;
      log(`Skipping ${scale}×: ${error.message}`);
      skipped += 1;
      for (const operation of operations) {
        rows.push({
          operation,
          scale,
          matters: null,
          gateway: null,
          baseline: null,
          note: 'no data at this scale',
        });
      }
      continue;
    }
    let session: Session | null = null;
    const undo = async () => {
      await session?.close();
      database.cleanup();
    };
    onInterrupt.add(undo);
    try {
      session = await openSession(database, operations);
      await warmUp(session, operations, options.warmupS);
      const matters = await matterCount(database.url);
      for (const row of await rounds(session, operations, [10], options)) {
        rows.push({
          operation: row.operation,
          scale,
          matters,
          gateway: summarise(row.samples.filter((sample) => sample.target === 'gateway')),
          baseline: summarise(row.samples.filter((sample) => sample.target === 'baseline')),
        });
      }
    } finally {
      onInterrupt.delete(undo);
      await undo();
    }
  }
  console.log(
    [
      `## Data growth on ${DATABASE_NAMES[kind]}: ${scales.map((s) => `${s}×`).join(', ')} the article's data, 10 connections`,
      '',
      `- ${new Date().toISOString()}; ${machineLine()}; ${options.rounds} round(s) of ${options.durationS} s`,
      '',
      growthTable(
        [...rows].sort(
          (a, b) => operations.indexOf(a.operation) - operations.indexOf(b.operation) || a.scale - b.scale,
        ),
      ),
      ...(skipped > 0
        ? [
            '',
            `${skipped} scale(s) not measured: outside the fixtures' scale factor (改则县 and up to ` +
              `${MAX_FIXTURE_SCALE - 1} copies of it).`,
          ]
        : []),
    ].join('\n'),
  );
  return skipped > 0 ? 3 : 0;
}

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }
  const operations = BENCH_OPERATIONS.filter((operation) => options.ops.includes(operation.key));
  let status = 0;
  for (const kind of options.databases) {
    if (options.growth !== null) status = Math.max(status, await growthRun(options, operations, kind));
    else await benchRun(options, operations, kind);
  }
  return status;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof UsageError) {
      console.error(error.message);
      process.exit(2);
    }
    if (error instanceof MismatchError) {
      console.error(`The gateway and the baseline do not answer alike; nothing was timed.\n${error.message}`);
      process.exit(1);
    }
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);

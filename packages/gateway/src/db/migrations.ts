import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';
import { derivePostgresSchema } from '../../scripts/derive-postgres-schema.mjs';
import { type DatabaseConfig, gatewayRoot, type Provider, redactUrl, sqlitePath } from './config.js';
import { withSchemaEngine } from './engine.js';

const prismaDir = join(gatewayRoot, 'prisma');
const sourceSchemaPath = join(prismaDir, 'schema.prisma');
/** The source schema as of the last committed migration: `new-migration` diffs from it. */
const snapshotPath = join(prismaDir, 'migrations', 'schema-at-last-migration.prisma');
const filters = { externalTables: [], externalEnums: [] };

/** A database or migration problem the operator can act on; the message says what to do. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export function migrationsDir(provider: Provider): string {
  return join(prismaDir, 'migrations', provider);
}

/** The provider's schema text derived from the SQLite source text. */
function schemaFor(provider: Provider, sourceText: string): string {
  return provider === 'sqlite' ? sourceText : derivePostgresSchema(sourceText);
}

function currentSchema(provider: Provider) {
  return { path: `${provider}.prisma`, text: schemaFor(provider, readFileSync(sourceSchemaPath, 'utf8')) };
}

/** The committed migrations of a provider, in order, as the engine wants them. */
export function readMigrations(provider: Provider, dir = migrationsDir(provider)): MigrationList {
  const names = existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];
  const lockPath = join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? readFileSync(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: names.map((name) => {
      const file = join(dir, name, 'migration.sql');
      return {
        path: name,
        migrationFile: {
          path: 'migration.sql',
          content: existsSync(file)
            ? { tag: 'ok' as const, value: readFileSync(file, 'utf8') }
            : { tag: 'error' as const, value: `${file} is missing` },
        },
      };
    }),
  };
}

/** Turns an engine or driver failure into a message an operator can act on. */
export function explain(error: unknown, config: DatabaseConfig): MigrationError {
  const message = error instanceof Error ? error.message : String(error);
  const cause = (error as { cause?: { code?: string } } | undefined)?.cause?.code ?? '';
  const where = config.provider === 'sqlite' ? sqlitePath(config) : hostOf(config.url);
  const both = `${message} ${cause} ${(error as { code?: unknown } | undefined)?.code ?? ''}`;
  if (
    config.provider === 'sqlite' &&
    /SQLITE_READONLY|readonly database|disk I\/O error|SQLITE_IOERR/i.test(both)
  ) {
    return new MigrationError(
      `Cannot write the SQLite database ${where}: the file or its folder is read-only for this process ` +
        '(SQLite also writes -wal and -shm files beside it). Make both writable, or point DATABASE_URL elsewhere.',
    );
  }
  if (config.provider === 'sqlite' && /file is not a database|SQLITE_NOTADB/i.test(both)) {
    return new MigrationError(
      `${where} is not a SQLite database. Point DATABASE_URL at a database file, or at a new path.`,
    );
  }
  if (
    /role "[^"]*" does not exist|DatabaseAccessDenied|denied access|AuthenticationFailed|password authentication failed/i.test(
      both,
    )
  ) {
    const user = safeUser(config.url);
    return new MigrationError(
      `PostgreSQL at ${where} refuses the user ${user} (no such role, a wrong password, or no access to the database). ` +
        'Check the user and password in DATABASE_URL.',
    );
  }
  if (
    /ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|ETIMEDOUT|ECONNRESET|SQLITE_CANTOPEN|Can't reach database server|Cannot open database|unable to open database|database "[^"]+" does not exist|password authentication failed/i.test(
      `${message} ${cause}`,
    )
  ) {
    return new MigrationError(
      `Cannot reach the database at ${where}: ${message.split('\n').filter(Boolean).at(-1) ?? message}. ` +
        'Check that the server is running and DATABASE_URL is right (unset it to use the embedded SQLite file).',
    );
  }
  return new MigrationError(message);
}

/** `host:port/database` of a PostgreSQL URL, for messages. */
function hostOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return redactUrl(url);
  }
}

function safeUser(url: string): string {
  try {
    return `"${decodeURIComponent(new URL(url).username) || '(none)'}"`;
  } catch {
    return '(unreadable)';
  }
}

export interface MigrateResult {
  readonly applied: readonly string[];
  /**
   * Migrations a previous run left unfinished (it stopped while applying them) whose scripts are
   * unchanged: each was rolled back with its transaction, so it is applied again, and said so here.
   */
  readonly retried: readonly string[];
}

/**
 * Applies the committed migrations the database has not seen yet, recording each in
 * `_prisma_migrations` exactly as `prisma migrate deploy` does (so the standard CLI can take over
 * the same database). A migration that fails is rolled back whole, recorded as rolled back with its
 * error in `logs`, and reported; nothing after it runs.
 */
export async function migrate(
  config: DatabaseConfig,
  options: { dir?: string } = {},
): Promise<MigrateResult> {
  const migrationsList = readMigrations(config.provider, options.dir);
  return runWithEngine(config, async (engine) => {
    const retried = await retryUnfinished(engine, migrationsList);
    try {
      const { appliedMigrationNames } = await engine.applyMigrations({ migrationsList, filters });
      return { applied: appliedMigrationNames, retried };
    } catch (error) {
      // Our scripts run in one transaction, so the failed migration left nothing behind; mark it
      // rolled back so that the fixed migration can be applied by the next run.
      const failed = await failedMigrations(engine, migrationsList);
      for (const name of failed) await engine.markMigrationRolledBack({ migrationName: name });
      const which = failed.length > 0 ? ` Migration ${failed.join(', ')} failed and was rolled back.` : '';
      throw new MigrationError(`${explain(error, config).message}${which}`);
    }
  });
}

/**
 * A process killed while applying a migration leaves its row in `_prisma_migrations` started and
 * never finished, and the engine then refuses every later run ("found failed migrations"). Our
 * scripts run in one transaction (engine.ts), so such a migration left nothing behind: when its
 * script is the one committed today, it is marked rolled back and applied again by this same run.
 * One whose script has changed since is left for the operator, as Prisma leaves it.
 */
async function retryUnfinished(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  let diagnosis: { failedMigrationNames: string[]; editedMigrationNames: string[] };
  try {
    diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters,
    });
  } catch {
    return [];
  }
  const retried = diagnosis.failedMigrationNames.filter(
    (name) => !diagnosis.editedMigrationNames.includes(name),
  );
  for (const name of retried) await engine.markMigrationRolledBack({ migrationName: name });
  return retried;
}

async function failedMigrations(engine: SchemaEngine, migrationsList: MigrationList): Promise<string[]> {
  try {
    const diagnosis = await engine.diagnoseMigrationHistory({
      migrationsList,
      optInToShadowDatabase: false,
      filters,
    });
    return diagnosis.failedMigrationNames;
  } catch {
    return [];
  }
}

async function runWithEngine<T>(
  config: DatabaseConfig,
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  try {
    return await withSchemaEngine(config, currentSchema(config.provider), work);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    throw explain(error, config);
  }
}

/** Drops everything in the database and applies all committed migrations again. */
export async function reset(config: DatabaseConfig): Promise<MigrateResult> {
  if (config.provider === 'sqlite') {
    // The WebAssembly engine cannot reset SQLite through the adapter (it leaves the tables); an
    // embedded database is one file, so removing it is the reset, as Prisma's CLI does.
    const path = sqlitePath(config);
    for (const file of [path, `${path}-wal`, `${path}-shm`, `${path}-journal`]) rmSync(file, { force: true });
  } else {
    await runWithEngine(config, (engine) => engine.reset({ filter: filters }));
  }
  return migrate(config);
}

/**
 * What differs between a database built from the committed migrations and the current schema;
 * empty when they agree. `config` must point at a database the committed migrations were just
 * applied to. On SQLite the schema engine describes the live database and prints the missing SQL.
 * The engine cannot describe a PostgreSQL database (it fails on the catalogue's "char" columns), so
 * there we build a second, scratch database straight from the current schema and compare the two
 * catalogues: tables, columns with their types, nullability and defaults, and indexes.
 */
export async function drift(config: DatabaseConfig): Promise<string> {
  const schema = currentSchema(config.provider);
  if (config.provider === 'postgresql') return postgresDrift(config, schema.text);
  return runWithEngine(config, async (engine) => {
    const result = await engine.diff({
      from: {
        tag: 'schemaDatasource',
        files: [{ path: schema.path, content: schema.text }],
        configDir: prismaDir,
      },
      to: { tag: 'schemaDatamodel', files: [{ path: schema.path, content: schema.text }] },
      script: true,
      exitCode: null,
      filters,
    });
    return emptyScript(result.stdout ?? '') ? '' : (result.stdout ?? '');
  });
}

async function postgresDrift(config: DatabaseConfig, schemaText: string): Promise<string> {
  const createScript = await withSchemaEngine(
    { provider: 'sqlite', url: 'file::memory:' },
    { path: 'postgresql.prisma', text: schemaText },
    async (engine) =>
      (
        await engine.diff({
          from: { tag: 'empty' },
          to: { tag: 'schemaDatamodel', files: [{ path: 'postgresql.prisma', content: schemaText }] },
          script: true,
          exitCode: null,
          filters,
        })
      ).stdout ?? '',
  );
  const scratchName = `grassroots_drift_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: config.url });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${scratchName}"`);
    const scratchUrl = new URL(config.url);
    scratchUrl.pathname = `/${scratchName}`;
    const scratch = new pg.Client({ connectionString: scratchUrl.toString() });
    await scratch.connect();
    try {
      await scratch.query(createScript);
      const [migrated, expected] = await Promise.all([catalogue(admin), catalogue(scratch)]);
      const missing = expected.filter((line) => !migrated.includes(line)).map((line) => `+ ${line}`);
      const extra = migrated.filter((line) => !expected.includes(line)).map((line) => `- ${line}`);
      return [...missing, ...extra].join('\n');
    } finally {
      await scratch.end();
    }
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS "${scratchName}"`).catch(() => undefined);
    await admin.end();
  }
}

/** One line per column, index and constraint of the public schema, in a stable order. */
async function catalogue(client: pg.Client): Promise<string[]> {
  const columns = await client.query<{ line: string }>(
    `SELECT format('column %s.%s %s %s default %s', table_name, column_name, data_type, is_nullable,
            coalesce(column_default, '-')) AS line
       FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
  );
  const indexes = await client.query<{ line: string }>(
    `SELECT 'index ' || indexdef AS line FROM pg_indexes
      WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`,
  );
  const constraints = await client.query<{ line: string }>(
    `SELECT format('constraint %s %s', conname, pg_get_constraintdef(oid)) AS line
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conname NOT LIKE '_prisma_migrations%'`,
  );
  return [...columns.rows, ...indexes.rows, ...constraints.rows].map((row) => row.line).sort();
}

function emptyScript(sql: string): boolean {
  return sql.replace(/--.*$/gm, '').trim() === '' || /This is an empty migration/.test(sql);
}

/** Statements in a PostgreSQL migration script that throw data away. */
export function dataLossWarnings(postgresScript: string): string[] {
  const warnings: string[] = [];
  for (const line of postgresScript.split('\n')) {
    const dropTable = line.match(/^DROP TABLE "([^"]+)"/);
    if (dropTable) warnings.push(`drops table ${dropTable[1]} and all its rows`);
    const dropColumn = line.match(/^ALTER TABLE "([^"]+)" DROP COLUMN "([^"]+)"/);
    if (dropColumn) warnings.push(`drops column ${dropColumn[2]} of table ${dropColumn[1]}`);
    for (const drop of line.matchAll(/DROP COLUMN "([^"]+)"/g)) {
      if (!dropColumn) warnings.push(`drops column ${drop[1]}`);
    }
    const retype = line.match(/^ALTER TABLE "([^"]+)" ALTER COLUMN "([^"]+)" SET DATA TYPE/);
    if (retype) warnings.push(`changes the type of column ${retype[2]} of table ${retype[1]}`);
  }
  return warnings;
}

export interface NewMigrationResult {
  readonly name: string;
  readonly files: readonly string[];
  readonly warnings: readonly string[];
}

/**
 * Writes the next migration for both providers: the difference between the schema as of the last
 * migration (kept beside the migrations) and the current source schema. Refuses a migration that
 * would lose data unless `acceptDataLoss`; an accepted one carries a warnings header, as Prisma's do.
 */
export async function newMigration(
  name: string,
  options: { acceptDataLoss?: boolean; now?: Date } = {},
): Promise<NewMigrationResult | null> {
  if (!/^[a-z0-9_]+$/.test(name)) {
    throw new MigrationError(`A migration name uses lower-case letters, digits and _ only; got "${name}".`);
  }
  const current = readFileSync(sourceSchemaPath, 'utf8');
  const previous = existsSync(snapshotPath) ? readFileSync(snapshotPath, 'utf8') : null;
  const scripts = new Map<Provider, string>();
  for (const provider of ['sqlite', 'postgresql'] as const) {
    // The diff needs no database; an in-memory SQLite adapter satisfies the engine's constructor.
    const offline: DatabaseConfig = { provider: 'sqlite', url: 'file::memory:' };
    const to = { path: `${provider}.prisma`, content: schemaFor(provider, current) };
    const script = await withSchemaEngine(offline, { path: to.path, text: to.content }, async (engine) => {
      const result = await engine.diff({
        from:
          previous === null
            ? { tag: 'empty' }
            : { tag: 'schemaDatamodel', files: [{ path: to.path, content: schemaFor(provider, previous) }] },
        to: { tag: 'schemaDatamodel', files: [to] },
        script: true,
        exitCode: null,
        filters,
      });
      return result.stdout ?? '';
    });
    scripts.set(provider, script);
  }
  const pgScript = scripts.get('postgresql') ?? '';
  if (emptyScript(pgScript) && emptyScript(scripts.get('sqlite') ?? '')) return null;

  const warnings = dataLossWarnings(pgScript);
  if (warnings.length > 0 && !options.acceptDataLoss) {
    throw new MigrationError(
      `This migration would lose data:\n  - ${warnings.join('\n  - ')}\n` +
        'Rewrite the schema change (for example copy the data first), or pass --accept-data-loss.',
    );
  }
  const folder = `${timestamp(options.now ?? new Date())}_${name}`;
  const header =
    warnings.length > 0
      ? `/*\n  Warnings:\n\n${warnings.map((w) => `  - This migration ${w}.`).join('\n')}\n\n*/\n`
      : '';
  const files: string[] = [];
  for (const [provider, script] of scripts) {
    const dir = join(migrationsDir(provider), folder);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'migration.sql'), header + script);
    writeFileSync(
      join(migrationsDir(provider), 'migration_lock.toml'),
      '# Please do not edit this file manually\n# It should be added in your version-control system (e.g., Git)\n' +
        `provider = "${provider}"\n`,
    );
    files.push(join(dir, 'migration.sql'));
  }
  writeFileSync(snapshotPath, current);
  return { name: folder, files, warnings };
}

function timestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

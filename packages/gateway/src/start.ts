// Preparing the database for a gateway: migrate, then load fixtures when they are wanted, under the
// start lock so that instances starting together take turns (db/locks.ts).
import { fork } from 'node:child_process';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db, type DbOptions } from './db/client.js';
import { type DatabaseConfig, defaultDatabaseUrl, gatewayRoot, redactUrl } from './db/config.js';
import { withStartLock } from './db/locks.js';
import { explain, migrate } from './db/migrations.js';
import type { Logger } from './ops/log.js';
import type { SeedChildMessage } from './seed/child.js';
import { type FixtureSet, loadFixtureSets } from './seed/load.js';

/**
 * Whether to load the article's synthetic fixtures. They go only where nobody can mistake them for
 * real residents: the embedded default database outside production, or wherever an operator asks
 * with `--with-fixtures` or `GRASSROOTS_FIXTURES=load`. `GRASSROOTS_FIXTURES=none` keeps even the
 * embedded database empty.
 */
export function fixturesWanted(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  config: DatabaseConfig,
): boolean {
  if (argv.includes('--with-fixtures')) return true;
  const setting = env.GRASSROOTS_FIXTURES?.trim().toLowerCase();
  if (setting === 'load') return true;
  if (setting === 'none') return false;
  if (setting) throw new Error(`GRASSROOTS_FIXTURES must be load or none; got "${env.GRASSROOTS_FIXTURES}"`);
  const embedded =
    config.provider === 'sqlite' &&
    config.url === `file:${gatewayRoot}/${defaultDatabaseUrl.slice('file:./'.length)}`;
  return embedded && env.NODE_ENV !== 'production';
}

export interface PrepareOptions {
  readonly fixtures: boolean;
  /**
   * The sets to load when `fixtures` is true, in this process. By default the article's, loaded in
   * a child process (seed/child.ts) so that the serving process never holds the generated data.
   */
  readonly sets?: readonly FixtureSet[];
  readonly logger: Logger;
  readonly progress?: boolean;
  readonly db?: DbOptions;
}

/** Migrates and (maybe) seeds under the start lock, then returns the gateway's client. */
export async function prepareDatabase(config: DatabaseConfig, options: PrepareOptions): Promise<Db> {
  const { logger } = options;
  const where = redactUrl(config.url);
  return withStartLock(
    config,
    async () => {
      const { applied, retried } = await migrate(config);
      for (const name of retried) {
        logger.warn(
          { migration: name },
          `Migration ${name} was left unfinished by an interrupted run; its script is unchanged and its ` +
            'transaction was rolled back, so it was applied again',
        );
      }
      if (applied.length > 0) logger.info({ applied }, `Applied ${applied.length} migration(s) to ${where}`);
      const db = await createDb(config, options.db);
      try {
        if (options.fixtures) {
          const loaded = options.sets
            ? await loadFixtureSets(db, options.sets, {
                provider: config.provider,
                progress: options.progress === true,
              })
            : await loadArticleFixturesApart(db, config, options.progress === true);
          if (loaded.length > 0) logger.info({ loaded }, `Loaded fixtures: ${loaded.join(', ')}`);
        } else if ((await db.region.count()) === 0) {
          logger.warn(
            `The database ${where} is empty and starts empty: synthetic fixtures load only into the embedded ` +
              'default database or with --with-fixtures (GRASSROOTS_FIXTURES=load)',
          );
        }
      } catch (error) {
        await db.$disconnect();
        throw error;
      }
      return db;
    },
    () => logger.info(`Another process is migrating ${where}; waiting for it`),
  ).catch((error: unknown) => {
    throw error instanceof Error && error.name === 'MigrationError' ? error : explain(error, config);
  });
}

/**
 * Loads the article's fixtures the database lacks in a child process, under the start lock this
 * process holds, and returns their names. The names of the sets are cheap to know here (building a
 * set's rows happens only in its `load`); when every set is there, no child is started.
 */
async function loadArticleFixturesApart(
  db: Db,
  config: DatabaseConfig,
  progress: boolean,
): Promise<string[]> {
  const { articleFixtureSets } = await import('./seed/index.js');
  const done = new Set((await db.fixtureLoad.findMany({ select: { name: true } })).map((row) => row.name));
  if (articleFixtureSets.every((set) => done.has(set.name))) return [];
  // The child runs as this process does: compiled JavaScript, or TypeScript through tsx's loader.
  const script = new URL(`./seed/child${extname(fileURLToPath(import.meta.url))}`, import.meta.url);
  const child = fork(fileURLToPath(script), [], {
    execArgv: process.execArgv,
    env: {
      ...process.env,
      DATABASE_URL: config.url,
      GRASSROOTS_SEED_PROGRESS: progress ? '1' : '0',
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let answer: SeedChildMessage | undefined;
  child.on('message', (message: SeedChildMessage) => {
    answer = message;
  });
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  if (answer?.type === 'loaded' && code === 0) return [...answer.names];
  throw new Error(
    `Loading the fixtures into ${redactUrl(config.url)} failed: ${
      answer?.type === 'failed' ? answer.message : `the loading process exited with ${code}`
    }`,
  );
}

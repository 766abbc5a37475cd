// Child process: migrates the bench database and loads the article's fixtures into it, printing the
// time of each fixture set. Run in a child so the fixtures' hundreds of megabytes never sit in the
// process that later generates the load.
//   BENCH_DATABASE_URL  the database (a `file:` URL or a PostgreSQL URL)
import { createDb } from '../src/db/client.js';
import { databaseConfig } from '../src/db/config.js';
import { migrate } from '../src/db/migrations.js';
import { openContestFixtures } from '../src/seed/contest.js';
import { articleFixtureSets } from '../src/seed/index.js';
import { loadFixtureSets } from '../src/seed/load.js';
import { OPEN_CONTEST } from './queries.js';

async function main(): Promise<void> {
  // Loading and ANALYZE are batch work, not requests: the 15 s request statement timeout cut ANALYZE
  // on a busy machine.
  process.env.GRASSROOTS_DB_STATEMENT_TIMEOUT_MS ??= String(60 * 60_000);
  const config = databaseConfig({ DATABASE_URL: process.env.BENCH_DATABASE_URL });
  const { applied } = await migrate(config);
  if (applied.length > 0) console.log(`  applied ${applied.length} migration(s)`);
  const db = await createDb(config);
  try {
    // The article's data, and a city contest of 1,000 entries and 7 judges for the leaderboard (f).
    for (const set of [...articleFixtureSets, openContestFixtures(OPEN_CONTEST)]) {
      const started = performance.now();
      const loaded = await loadFixtureSets(db, [set], { provider: config.provider });
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `  fixtures ${set.name.padEnd(10)} ${loaded.length > 0 ? `${seconds} s` : 'already loaded'}`,
      );
    }
    if (config.provider === 'sqlite') {
      // Fold the write-ahead log into the file, so the file alone is a complete copy.
      await db.$queryRawUnsafe('PRAGMA wal_checkpoint(TRUNCATE)');
    } else {
      await db.$executeRawUnsafe('ANALYZE');
    }
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});

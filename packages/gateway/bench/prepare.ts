// Child process: migrates the bench database and loads the article's fixtures into it, printing the
// time of each fixture set. Run in a child so the fixtures' hundreds of megabytes never sit in the
// process that later generates the load.
//   BENCH_DATABASE_URL  the database (a `file:` URL or a PostgreSQL URL)
//   BENCH_SCALE         the data scale: 改则县 and BENCH_SCALE − 1 copies of it (default 1)
import { createDb } from '../src/db/client.js';
import { databaseConfig } from '../src/db/config.js';
import { migrate } from '../src/db/migrations.js';
import { openContestFixtures } from '../src/seed/contest.js';
import { articleFixtureSetsAt } from '../src/seed/index.js';
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
  const scale = Number(process.env.BENCH_SCALE ?? 1);
  try {
    // The article's data, and a city contest of 1,000 entries and 7 judges for the leaderboard (f).
    const sets = [...articleFixtureSetsAt(scale), openContestFixtures(OPEN_CONTEST)];
    // A set is loaded once by name: one already there at another version (another scale) would
    // silently bench the wrong data.
    const present = await db.fixtureLoad.findMany({ select: { name: true, version: true } });
    for (const row of present) {
      const wanted = sets.find((set) => set.name === row.name);
      if (wanted !== undefined && wanted.version !== row.version) {
        throw new Error(
          `the database holds fixture set ${row.name} at version ${row.version}, not ${wanted.version} ` +
            `(${scale}×): bench an empty database`,
        );
      }
    }
    const started = performance.now();
    // CPU time beside the wall time: on a shared machine the wall time says more about the neighbours.
    const cpuSeconds = (since: NodeJS.CpuUsage) => {
      const used = process.cpuUsage(since);
      return ((used.user + used.system) / 1e6).toFixed(1);
    };
    const allCpu = process.cpuUsage();
    for (const set of sets) {
      const setStarted = performance.now();
      const cpu = process.cpuUsage();
      const loaded = await loadFixtureSets(db, [set], { provider: config.provider });
      const seconds = ((performance.now() - setStarted) / 1000).toFixed(1);
      console.log(
        `  fixtures ${set.name.padEnd(10)} ${loaded.length > 0 ? `${seconds} s (CPU ${cpuSeconds(cpu)} s)` : 'already loaded'}`,
      );
    }
    console.log(
      `  fixtures at ${scale}×: ${((performance.now() - started) / 1000).toFixed(1)} s in all (CPU ${cpuSeconds(allCpu)} s)`,
    );
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

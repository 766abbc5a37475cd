// `pnpm db <command>`: the migration commands, built on the WebAssembly schema engine because the
// native one cannot be installed on these machines. See the README's "Database" section.
import { readFileSync } from 'node:fs';
import { auditPruneCutoff } from '@grassroots/core';
import { pruneAudit } from '../audit.js';
import { createCalendarSource, loadSchedule } from '../calendar.js';
import { rebuildRollups } from '../rollups.js';
import { describeRun, parseSuperviseArgs, superviseRegion } from '../supervision.js';
import { createDb, type Db } from './client.js';
import { databaseConfig, redactUrl } from './config.js';
import { withStartLock } from './locks.js';
import { drift, MigrationError, migrate, newMigration, reset } from './migrations.js';

const usage = `Usage: pnpm db <command>
  migrate                                  apply pending committed migrations to DATABASE_URL
  new-migration <name> [--accept-data-loss] write the next migration for SQLite and PostgreSQL
  reset --force                            drop everything in DATABASE_URL and migrate again
  check                                    fail when the migrations do not produce the current schema
  rebuild-rollups                          recount the statistics' rollups from the tables, in one transaction
  load-schedule <file.json>                load an official holiday schedule (see packages/core/README.md)
  prune-audit --before <YYYY-MM-DD>        delete audit entries older than that day (UTC); at least six
                                           months are always kept
  supervise --region <code> [--at <instant>] [--batch <n>]
                                           raise the timeouts' warnings, reminders and supervisions due
                                           by that instant (default now) on every open matter of the
                                           region, in batches; running it again writes nothing new`;

async function main(args: readonly string[]): Promise<number> {
  const [command, ...rest] = args;
  switch (command) {
    case 'migrate': {
      const config = databaseConfig();
      // The gateway migrates under the same lock: a migrate run beside a starting gateway waits.
      const { applied, retried } = await withStartLock(
        config,
        () => migrate(config),
        () => console.log(`Another process is migrating ${redactUrl(config.url)}; waiting for it.`),
      );
      for (const name of retried) {
        console.log(
          `Migration ${name} was left unfinished by an interrupted run; its script is unchanged and its ` +
            'transaction was rolled back, so it is applied again.',
        );
      }
      console.log(
        applied.length === 0
          ? `${redactUrl(config.url)} is up to date.`
          : `Applied ${applied.length} migration(s) to ${redactUrl(config.url)}:\n  ${applied.join('\n  ')}`,
      );
      return 0;
    }
    case 'new-migration': {
      const name = rest.find((arg) => !arg.startsWith('--'));
      if (!name) {
        console.error(usage);
        return 2;
      }
      const result = await newMigration(name, { acceptDataLoss: rest.includes('--accept-data-loss') });
      if (result === null) {
        console.log('The schema has not changed since the last migration; nothing written.');
        return 0;
      }
      console.log(`Wrote ${result.name}:\n  ${result.files.join('\n  ')}`);
      for (const warning of result.warnings) console.warn(`  warning: this migration ${warning}`);
      return 0;
    }
    case 'reset': {
      if (!rest.includes('--force')) {
        console.error('reset drops every table and row in DATABASE_URL; run it with --force if you mean it.');
        return 2;
      }
      const config = databaseConfig();
      const { applied } = await reset(config);
      console.log(`Reset ${redactUrl(config.url)} and applied ${applied.length} migration(s).`);
      return 0;
    }
    case 'load-schedule': {
      const file = rest[0];
      if (!file) {
        console.error(usage);
        return 2;
      }
      const config = databaseConfig();
      await migrate(config);
      const db = await createDb(config);
      try {
        const loaded = await loadSchedule(db, JSON.parse(readFileSync(file, 'utf8')), new Date());
        if (!loaded.ok) {
          console.error(
            `${file}: ${loaded.error.code} at ${(loaded.error.field ?? []).join('.') || 'the document'}: ` +
              `${loaded.error.message.zh} / ${loaded.error.message.en}`,
          );
          return 1;
        }
        const { year, scope, regionCode } = loaded.value;
        console.log(
          `Loaded the ${year} ${scope === 'NATIONAL' ? 'national' : `regional (${regionCode})`} schedule into ` +
            `${redactUrl(config.url)}; running gateways use it within a minute.`,
        );
        return 0;
      } finally {
        await db.$disconnect();
      }
    }
    case 'rebuild-rollups': {
      const config = databaseConfig();
      await migrate(config);
      const db = await createDb(config);
      try {
        const started = performance.now();
        await db.$transaction((tx) => rebuildRollups(tx as Db, config.provider), {
          timeout: 30 * 60_000,
          maxWait: 60_000,
        });
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        console.log(`Rebuilt the rollups of ${redactUrl(config.url)} in ${seconds} s.`);
        return 0;
      } finally {
        await db.$disconnect();
      }
    }
    case 'prune-audit': {
      const day = rest[rest.indexOf('--before') + 1];
      const before = new Date(`${day}T00:00:00Z`);
      if (
        !rest.includes('--before') ||
        !/^\d{4}-\d{2}-\d{2}$/.test(day ?? '') ||
        Number.isNaN(before.getTime())
      ) {
        console.error(usage);
        return 2;
      }
      const cutoff = auditPruneCutoff(before, new Date());
      if (!cutoff.ok) {
        console.error(`${cutoff.error.code}: ${cutoff.error.message.zh} / ${cutoff.error.message.en}`);
        return 1;
      }
      const config = databaseConfig();
      const db = await createDb(config);
      try {
        const deleted = await pruneAudit(db, cutoff.value);
        console.log(`Deleted ${deleted} audit entries before ${day} from ${redactUrl(config.url)}.`);
        return 0;
      } finally {
        await db.$disconnect();
      }
    }
    case 'supervise': {
      const parsed = parseSuperviseArgs(rest, new Date());
      if (!parsed.ok) {
        console.error(`${parsed.error}\n${usage}`);
        return 2;
      }
      const config = databaseConfig();
      await migrate(config);
      const db = await createDb(config);
      try {
        const { regionCode, at, batchSize } = parsed.value;
        const region = await db.region.findUnique({ where: { code: regionCode }, select: { code: true } });
        if (region === null) {
          console.error(`There is no region ${regionCode} in ${redactUrl(config.url)}.`);
          return 1;
        }
        // The calendars with the official schedules loaded into this database, as the gateway's.
        const schedules = await createCalendarSource(db).schedules();
        const run = await superviseRegion(db, { regionCode, at, schedules, batchSize });
        console.log(describeRun(run));
        for (const { matterId, code } of run.failed) console.error(`  ${matterId}: ${code}`);
        return run.failed.length === 0 ? 0 : 1;
      } finally {
        await db.$disconnect();
      }
    }
    case 'check': {
      const config = databaseConfig();
      await migrate(config);
      const sql = await drift(config);
      if (sql !== '') {
        console.error(`The committed migrations do not produce the current schema. Missing:\n${sql}`);
        console.error('Run `pnpm db new-migration <name>`.');
        return 1;
      }
      console.log('The committed migrations produce the current schema.');
      return 0;
    }
    default:
      console.error(usage);
      return command === undefined || command === 'help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof MigrationError || error instanceof Error ? error.message : error);
    process.exit(1);
  },
);

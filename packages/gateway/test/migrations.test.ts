import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../src/db/client.js';
import {
  dataLossWarnings,
  drift,
  MigrationError,
  migrate,
  migrationsDir,
  newMigration,
  readMigrations,
  reset,
} from '../src/db/migrations.js';
import { freshDatabase, type TestDatabase } from './harness.js';

interface MigrationRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

async function migrationRows(db: Db): Promise<MigrationRow[]> {
  return db.$queryRawUnsafe<MigrationRow[]>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY started_at, migration_name',
  );
}

async function tableExists(db: Db, provider: string, table: string): Promise<boolean> {
  const rows =
    provider === 'sqlite'
      ? await db.$queryRawUnsafe<unknown[]>(
          `SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`,
          table,
        )
      : await db.$queryRawUnsafe<unknown[]>(`SELECT tablename FROM pg_tables WHERE tablename = $1`, table);
  return rows.length > 0;
}

describe('the migration runner', () => {
  let database: TestDatabase;
  let db: Db | undefined;

  beforeEach(async () => {
    database = await freshDatabase();
  });
  afterEach(async () => {
    await db?.$disconnect();
    db = undefined;
    await database.drop();
  });

  it('applies every committed migration to a fresh database and records each as prisma migrate deploy does', async () => {
    const committed = readMigrations(database.config.provider).migrationDirectories;
    expect(committed.length).toBeGreaterThan(0);

    const first = await migrate(database.config);
    expect(first.applied).toEqual(committed.map((m) => m.path));

    db = await createDb(database.config);
    const rows = await migrationRows(db);
    expect(rows.map((row) => row.migration_name)).toEqual(committed.map((m) => m.path));
    for (const row of rows) {
      const sql = readFileSync(
        join(migrationsDir(database.config.provider), row.migration_name, 'migration.sql'),
      );
      expect(row.checksum).toBe(createHash('sha256').update(sql).digest('hex'));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });

  it('applies nothing when run again', async () => {
    await migrate(database.config);
    const again = await migrate(database.config);
    expect(again.applied).toEqual([]);
    db = await createDb(database.config);
    expect((await migrationRows(db)).length).toBe(
      readMigrations(database.config.provider).migrationDirectories.length,
    );
  });

  it('produces exactly the current schema (the drift check)', async () => {
    await migrate(database.config);
    expect(await drift(database.config)).toBe('');
  });

  it('rolls back a migration that fails half-way, records none as finished, and applies it once fixed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-migrations-'));
    try {
      cpSync(migrationsDir(database.config.provider), dir, { recursive: true });
      const broken = join(dir, '29991231000000_broken');
      mkdirSync(broken);
      writeFileSync(
        join(broken, 'migration.sql'),
        'CREATE TABLE "HalfDone" ("id" INTEGER NOT NULL PRIMARY KEY);\nINSERT INTO "NoSuchTable" ("id") VALUES (1);\n',
      );

      await expect(migrate(database.config, { dir })).rejects.toThrow(MigrationError);
      await expect(migrate(database.config, { dir })).rejects.toThrow(/29991231000000_broken/);

      db = await createDb(database.config);
      expect(await tableExists(db, database.config.provider, 'HalfDone')).toBe(false);
      const brokenRows = (await migrationRows(db)).filter(
        (row) => row.migration_name === '29991231000000_broken',
      );
      expect(brokenRows.length).toBeGreaterThan(0);
      expect(brokenRows.every((row) => row.finished_at === null && row.rolled_back_at !== null)).toBe(true);
      await db.$disconnect();
      db = undefined;

      writeFileSync(
        join(broken, 'migration.sql'),
        'CREATE TABLE "HalfDone" ("id" INTEGER NOT NULL PRIMARY KEY);\n',
      );
      const fixed = await migrate(database.config, { dir });
      expect(fixed.applied).toEqual(['29991231000000_broken']);
      db = await createDb(database.config);
      expect(await tableExists(db, database.config.provider, 'HalfDone')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('resets a database to the committed migrations, dropping its rows', async () => {
    await migrate(database.config);
    db = await createDb(database.config);
    await db.region.create({
      data: {
        code: '540000',
        level: 'PROVINCE',
        nameZh: '西藏自治区',
        namePinyin: 'xizangzizhiqu',
        revision: 'test',
      },
    });
    await db.$disconnect();
    db = undefined;
    const { applied } = await reset(database.config);
    expect(applied).toEqual(readMigrations(database.config.provider).migrationDirectories.map((m) => m.path));
    db = await createDb(database.config);
    expect(await db.region.count()).toBe(0);
  });

  it('explains an unreachable database instead of failing obscurely', async () => {
    const unreachable =
      database.config.provider === 'sqlite'
        ? { provider: 'sqlite' as const, url: 'file:/proc/no-such-dir/grassroots.db' }
        : { provider: 'postgresql' as const, url: 'postgresql://postgres@127.0.0.1:1/nowhere' };
    await expect(migrate(unreachable)).rejects.toThrow(/Cannot reach the database/);
  });
});

describe('writing the next migration', () => {
  it('writes nothing when the schema has not changed since the last migration', async () => {
    expect(await newMigration('nothing_changed')).toBeNull();
  });

  it('refuses a name that is not lower-case words', async () => {
    await expect(newMigration('Add Grids')).rejects.toThrow(/lower-case/);
  });

  it('names the statements that would lose data', () => {
    const script = [
      'DROP TABLE "Grid";',
      'ALTER TABLE "Person" DROP COLUMN "phone";',
      'ALTER TABLE "Region" ALTER COLUMN "level" SET DATA TYPE INTEGER;',
      'CREATE TABLE "Safe" ("id" TEXT NOT NULL);',
    ].join('\n');
    expect(dataLossWarnings(script)).toEqual([
      'drops table Grid and all its rows',
      'drops column phone of table Person',
      'changes the type of column level of table Region',
    ]);
    expect(dataLossWarnings('CREATE TABLE "Safe" ("id" TEXT NOT NULL);')).toEqual([]);
  });
});

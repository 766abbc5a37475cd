// The records set loads its three large tables with their non-unique indexes dropped on SQLite and
// built once at the end (`deferIndexes` in src/seed/load.ts): after the load every index (and, on
// PostgreSQL, every foreign key) the migrations made is there again, with the same definition.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db, providerOf } from '../src/db/client.js';
import {
  cameraFixtures,
  gridFixtures,
  personFixtures,
  pointsFixtures,
  recordFixtures,
  regionFixtures,
  registryFixtures,
} from './fixture-sets.js';
import { seededDatabase, type TestDatabase } from './harness.js';

// The same sets, in the same order, as the first seven of access.test.ts: one template serves both.
const sets = [
  regionFixtures,
  personFixtures(),
  gridFixtures(),
  pointsFixtures(),
  registryFixtures(),
  cameraFixtures(),
  recordFixtures({ limit: 500 }),
];
/** The tables whose indexes the records set builds after its rows (src/seed/matter.ts). */
const deferred = ['PublicOpinionRecord', 'Matter', 'MatterEvent'];

/** Every index of `table` and, on PostgreSQL, its foreign keys: name and definition, by name. */
async function definitionsOf(db: Db, table: string): Promise<string[]> {
  if (providerOf(db) === 'sqlite') {
    const rows = await db.$queryRawUnsafe<{ name: string; sql: string | null }[]>(
      `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? ORDER BY name`,
      table,
    );
    return rows.map((row) => `${row.name}: ${row.sql ?? '(implicit)'}`);
  }
  const indexes = await db.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
     WHERE schemaname = current_schema() AND tablename = $1 ORDER BY indexname`,
    table,
  );
  const keys = await db.$queryRawUnsafe<{ name: string; definition: string }[]>(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE contype = 'f' AND conrelid = to_regclass(quote_ident($1)) ORDER BY conname`,
    table,
  );
  return [...indexes, ...keys].map((row) => `${row.name}: ${row.definition}`);
}

let seeded: TestDatabase;
let migrated: TestDatabase;
let seededDb: Db;
let migratedDb: Db;

beforeAll(async () => {
  [seeded, migrated] = await Promise.all([seededDatabase(sets), seededDatabase([])]);
  [seededDb, migratedDb] = await Promise.all([createDb(seeded.config), createDb(migrated.config)]);
}, 600_000);

afterAll(async () => {
  await Promise.all([seededDb?.$disconnect(), migratedDb?.$disconnect()]);
  await Promise.all([seeded?.drop(), migrated?.drop()]);
});

describe('indexes built after a bulk load', () => {
  it.each(deferred)('leaves %s with every index the migrations made, as they made it', async (table) => {
    const expected = await definitionsOf(migratedDb, table);
    // A table with no secondary index would make this test vacuous.
    expect(expected.length).toBeGreaterThan(1);
    expect(await definitionsOf(seededDb, table)).toEqual(expected);
  });

  it('leaves the rows loaded', async () => {
    expect(await seededDb.matter.count()).toBeGreaterThan(0);
    expect(await seededDb.matterEvent.count()).toBeGreaterThan(0);
  });
});

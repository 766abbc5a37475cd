import { open311StatusOf, resolutionMinutes } from '@grassroots/core';
import {
  DEFAULT_SEED,
  GERZE_RECORD_COUNT,
  type GerzeRecordChunk,
  gerzeMatterHandlers,
  gerzeRecordChunks,
  type MatterRow,
} from '@grassroots/fixtures';
import type { Db } from '../db/client.js';
import type { Provider } from '../db/config.js';
import type { FixtureSet, Progress } from './load.js';

// 240,000 records, 60,000 matters and 356,000 events through Prisma's createMany took eight minutes
// on SQLite (about 1,300 rows a second through the query engine). Each table is therefore written
// with one INSERT … SELECT per round that reads its rows from a single JSON parameter: SQLite's
// jsonb_each and PostgreSQL's jsonb_array_elements unpack it inside the database (parsed once, not once
// per column), the whole set still in the one transaction loadFixtureSets opens. 20 s instead of 8 min.

/** Records generated and written per round: bounded memory, few statements. */
const RECORDS_PER_ROUND = 20_000;

/** A column as the bulk insert writes it; `pg` is its PostgreSQL type, to cast the JSON text to. */
interface Column<Row> {
  readonly name: string;
  readonly pg: 'text' | 'integer' | 'boolean' | 'timestamp(3)';
  readonly value: (row: Row) => string | number | boolean | Date | null;
}

type Table<Row> = { readonly name: string; readonly columns: readonly Column<Row>[] };

const text = <Row>(name: string, value: (row: Row) => string | null): Column<Row> => ({
  name,
  pg: 'text',
  value,
});
const integer = <Row>(name: string, value: (row: Row) => number | null): Column<Row> => ({
  name,
  pg: 'integer',
  value,
});
const instant = <Row>(name: string, value: (row: Row) => Date | null): Column<Row> => ({
  name,
  pg: 'timestamp(3)',
  value,
});

type RecordRow = GerzeRecordChunk['records'][number];
type EventRow = GerzeRecordChunk['matterEvents'][number];

const RECORDS: Table<RecordRow> = {
  name: 'PublicOpinionRecord',
  columns: [
    text('id', (r) => r.id),
    text('category', (r) => r.category),
    text('channel', (r) => r.channel),
    text('gridCode', (r) => r.gridCode),
    text('villageCode', (r) => r.villageCode),
    text('townshipCode', (r) => r.townshipCode),
    text('reporterPersonId', (r) => r.reporterPersonId),
    text('text', (r) => r.text),
    instant('reportedAt', (r) => r.reportedAt),
  ],
};

const MATTERS: Table<MatterRow> = {
  name: 'Matter',
  columns: [
    text('id', (m) => m.id),
    text('recordId', (m) => m.recordId),
    text('category', (m) => m.category),
    text('gridCode', (m) => m.gridCode),
    text('state', (m) => m.state),
    // Open311's reading of the state, stored so the open-matters feed is an index range.
    { name: 'open', pg: 'boolean', value: (m) => open311StatusOf(m.state) === 'open' },
    integer('version', (m) => m.version),
    text('level', (m) => m.level),
    text('assigneeId', (m) => m.assigneeId),
    text('handlerId', (m) => m.handlerId),
    instant('reportedAt', (m) => m.reportedAt),
    instant('clockStartedAt', (m) => m.clockStartedAt),
    instant('levelStartedAt', (m) => m.levelStartedAt),
    instant('closedAt', (m) => m.closedAt),
    integer('resolutionMinutes', (m) => resolutionMinutes(m)),
    instant('updatedAt', (m) => m.updatedAt),
  ],
};

const EVENTS: Table<EventRow> = {
  name: 'MatterEvent',
  columns: [
    text('id', (e) => e.id),
    text('matterId', (e) => e.matterId),
    integer('version', (e) => e.version),
    text('kind', (e) => e.kind),
    text('action', (e) => e.action),
    text('fromState', (e) => e.fromState),
    text('toState', (e) => e.toState),
    text('fromLevel', (e) => e.fromLevel),
    text('toLevel', (e) => e.toLevel),
    text('reason', (e) => e.reason),
    text('actorId', (e) => e.actorId),
    instant('at', (e) => e.at),
    text('detail', (e) => e.detail),
  ],
};

function insertSql<Row>(provider: Provider, table: Table<Row>): string {
  const names = table.columns.map((column) => `"${column.name}"`).join(', ');
  if (provider === 'postgresql') {
    const values = table.columns.map((column, index) => `(row ->> ${index})::${column.pg}`).join(', ');
    return `INSERT INTO "${table.name}" (${names}) SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS row`;
  }
  const values = table.columns.map((_column, index) => `value ->> ${index}`).join(', ');
  return `INSERT INTO "${table.name}" (${names}) SELECT ${values} FROM jsonb_each(?)`;
}

// SQLite keeps Prisma's DateTime as text of this exact form; PostgreSQL's timestamp(3) (UTC, without
// zone) reads the ISO form and ignores its Z.
function instantText(provider: Provider, value: Date): string {
  const iso = value.toISOString();
  return provider === 'sqlite' ? `${iso.slice(0, -1)}+00:00` : iso;
}

async function insertAll<Row>(tx: Db, provider: Provider, table: Table<Row>, rows: readonly Row[]) {
  if (rows.length === 0) return;
  // Each row as an array in column order: a third of the JSON of objects, parsed as fast.
  const arrays = rows.map((row) =>
    table.columns.map((column) => {
      const value = column.value(row);
      return value instanceof Date ? instantText(provider, value) : value;
    }),
  );
  await tx.$executeRawUnsafe(insertSql(provider, table), JSON.stringify(arrays));
}

/** The first `limit` records of a chunk, with only the matters and events that belong to them. */
function firstRecords(chunk: GerzeRecordChunk, limit: number): GerzeRecordChunk {
  if (chunk.records.length <= limit) return chunk;
  const records = chunk.records.slice(0, limit);
  const kept = new Set(records.map((record) => record.id));
  const matters = chunk.matters.filter((matter) => kept.has(matter.recordId));
  const matterIds = new Set(matters.map((matter) => matter.id));
  const matterEvents = chunk.matterEvents.filter((event) => matterIds.has(event.matterId));
  return { index: chunk.index, records, matters, matterEvents };
}

/**
 * 改则县's public-opinion records (社情民意) of 2023–2024 with the matters they raised, every event of
 * those matters, and the cadres who take escalated matters (MatterHandler). Needs the regions, all
 * people and the grids. `limit` loads only the first records (with their matters and events), for
 * tests that need a few; the article's 240,000 need the whole set.
 */
export function recordFixtures(
  options: { readonly seed?: number; readonly limit?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const limit = Math.min(options.limit ?? GERZE_RECORD_COUNT, GERZE_RECORD_COUNT);
  return {
    name: 'records',
    version: limit === GERZE_RECORD_COUNT ? 'gerze-1' : `gerze-1-first-${limit}`,
    seed,
    load: async (tx: Db, progress: Progress, provider: Provider) => {
      await tx.matterHandler.createMany({ data: [...gerzeMatterHandlers(seed)] });
      let done = 0;
      for (const whole of gerzeRecordChunks(seed, Math.min(RECORDS_PER_ROUND, limit))) {
        const chunk = firstRecords(whole, limit - done);
        await insertAll(tx, provider, RECORDS, chunk.records);
        await insertAll(tx, provider, MATTERS, chunk.matters);
        await insertAll(tx, provider, EVENTS, chunk.matterEvents);
        done += chunk.records.length;
        progress(done, limit);
        if (done >= limit) break;
      }
      return done;
    },
  };
}

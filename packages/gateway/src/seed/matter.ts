import type { Matter, MatterEvent, Petition, PublicOpinionRecord } from '@grassroots/core';
import {
  checkFixtureScale,
  countyRelocations,
  DEFAULT_SEED,
  GERZE_RECORD_COUNT,
  type GerzeRecordChunk,
  gerzeMatterHandlers,
  gerzeRecordChunks,
} from '@grassroots/fixtures';
import type { Db, Prisma } from '../db/client.js';
import type { Provider } from '../db/config.js';
import {
  matterEventMapper,
  matterHandlerMapper,
  matterMapper,
  petitionMapper,
  publicOpinionRecordMapper,
} from '../mappers/matter.js';
import { rebuildRollups } from '../rollups.js';
import { bulkSqliteOf, deferIndexes, type FixtureSet, type Progress } from './load.js';
import { scaledVersion } from './scale.js';

// The fixtures give core's entities; the area's mappers turn them into rows. 240,000 records, 60,000
// matters and 356,000 events through Prisma's createMany took eight minutes on SQLite (about 1,300
// rows a second through the query engine). Each table is therefore written with one INSERT … SELECT
// per round that reads its rows from a single JSON parameter: SQLite's jsonb_each and PostgreSQL's
// jsonb_array_elements unpack it inside the database (parsed once, not once per column), the whole
// set still in the one transaction loadFixtureSets opens. 20 s instead of 8 min. On SQLite the rows
// now go through one prepared INSERT on the set's own connection instead (better-sqlite3, no JSON and
// no adapter in between; a profile of the 1× load had the JSON statements as its largest cost), and
// the tables' non-unique indexes are built once after the rows (deferIndexes): at 2× the set's CPU
// time went from 65–71 s to 47 s, at 4× only from 97 s to 94 s, both on a machine at load average
// 25 (docs/bench.md, "Data growth").

/** Records generated and written per round: bounded memory, few statements. */
const RECORDS_PER_ROUND = 20_000;

/** The PostgreSQL type a column's JSON text is cast to. */
type PgType = 'text' | 'integer' | 'boolean' | 'timestamp(3)';

/**
 * A table the bulk insert writes: its entities become rows through the mapper's `toColumns`, and
 * every column the mapper gives is listed with its PostgreSQL type (the type checker keeps the two
 * in step: a column the mapper adds fails to compile here until it is typed).
 */
interface Table<Entity, Columns> {
  readonly name: Prisma.ModelName;
  readonly toColumns: (entity: Entity) => Columns;
  readonly types: { readonly [Column in keyof Columns]-?: PgType };
}

const RECORDS: Table<PublicOpinionRecord, ReturnType<typeof publicOpinionRecordMapper.toColumns>> = {
  name: 'PublicOpinionRecord',
  toColumns: publicOpinionRecordMapper.toColumns,
  types: {
    id: 'text',
    category: 'text',
    channel: 'text',
    gridCode: 'text',
    villageCode: 'text',
    townshipCode: 'text',
    reporterPersonId: 'text',
    text: 'text',
    reportedAt: 'timestamp(3)',
  },
};

const MATTERS: Table<Matter, ReturnType<typeof matterMapper.toColumns>> = {
  name: 'Matter',
  toColumns: matterMapper.toColumns,
  types: {
    id: 'text',
    recordId: 'text',
    category: 'text',
    gridCode: 'text',
    state: 'text',
    open: 'boolean',
    version: 'integer',
    level: 'text',
    assigneeId: 'text',
    handlerId: 'text',
    reportedAt: 'timestamp(3)',
    clockStartedAt: 'timestamp(3)',
    levelStartedAt: 'timestamp(3)',
    closedAt: 'timestamp(3)',
    resolutionMinutes: 'integer',
    updatedAt: 'timestamp(3)',
    subType: 'text',
    urgency: 'text',
    nature: 'text',
    parties: 'integer',
    headCount: 'integer',
    place: 'text',
    supervision: 'text',
    extensionDays: 'integer',
    suspendedAt: 'timestamp(3)',
    satisfaction: 'text',
    department: 'text',
  },
};

const EVENTS: Table<MatterEvent, ReturnType<typeof matterEventMapper.toColumns>> = {
  name: 'MatterEvent',
  toColumns: matterEventMapper.toColumns,
  types: {
    id: 'text',
    matterId: 'text',
    version: 'integer',
    kind: 'text',
    action: 'text',
    fromState: 'text',
    toState: 'text',
    fromLevel: 'text',
    toLevel: 'text',
    reason: 'text',
    stage: 'text',
    subjectId: 'text',
    actorId: 'text',
    at: 'timestamp(3)',
    detail: 'text',
    department: 'text',
  },
};

/** A petition with the matter it concerns, whose grid and report instant its row copies. */
interface PetitionOfMatter {
  readonly petition: Petition;
  readonly matter: Matter;
}

const PETITIONS: Table<PetitionOfMatter, ReturnType<typeof petitionMapper.toColumns>> = {
  name: 'Petition',
  toColumns: ({ petition, matter }) => petitionMapper.toColumns(petition, matter),
  types: {
    id: 'text',
    matterId: 'text',
    gridCode: 'text',
    reportedAt: 'timestamp(3)',
    handlingLevel: 'text',
    level: 'text',
    petitionedAt: 'timestamp(3)',
  },
};

/** A chunk's petitions paired with their matters (the fixtures put both in the same chunk). */
function petitionsOf(chunk: GerzeRecordChunk): PetitionOfMatter[] {
  const matters = new Map(chunk.matters.map((matter) => [matter.id, matter]));
  return chunk.petitions.map((petition) => {
    const matter = matters.get(petition.matterId);
    if (matter === undefined) throw new Error(`records fixture: ${petition.id} has no matter in its chunk`);
    return { petition, matter };
  });
}

function insertSql(provider: Provider, name: string, columns: readonly string[], types: readonly PgType[]) {
  const names = columns.map((column) => `"${column}"`).join(', ');
  if (provider === 'postgresql') {
    const values = types.map((type, index) => `(row ->> ${index})::${type}`).join(', ');
    return `INSERT INTO "${name}" (${names}) SELECT ${values} FROM jsonb_array_elements($1::jsonb) AS row`;
  }
  const values = columns.map((_column, index) => `value ->> ${index}`).join(', ');
  return `INSERT INTO "${name}" (${names}) SELECT ${values} FROM jsonb_each(?)`;
}

// SQLite keeps Prisma's DateTime as text of this exact form; PostgreSQL's timestamp(3) (UTC, without
// zone) reads the ISO form and ignores its Z.
function instantText(provider: Provider, value: Date): string {
  const iso = value.toISOString();
  return provider === 'sqlite' ? `${iso.slice(0, -1)}+00:00` : iso;
}

async function insertAll<Entity, Columns>(
  tx: Db,
  provider: Provider,
  table: Table<Entity, Columns>,
  entities: readonly Entity[],
) {
  if (entities.length === 0) return;
  const columns = Object.keys(table.types) as (keyof Columns & string)[];
  // Each row as an array in column order: a third of the JSON of objects, parsed as fast.
  const arrays = entities.map((entity) => {
    const row = table.toColumns(entity);
    return columns.map((column) => {
      const value = row[column];
      return value instanceof Date ? instantText(provider, value) : value;
    });
  });
  const sqlite = bulkSqliteOf(tx);
  if (sqlite !== undefined) {
    const statement = sqlite.prepare(
      `INSERT INTO "${table.name}" (${columns.map((column) => `"${column}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    );
    // better-sqlite3 binds neither booleans nor undefined: SQLite keeps booleans as 0/1.
    for (const values of arrays) {
      statement.run(
        values.map((value) =>
          value === undefined ? null : value === true ? 1 : value === false ? 0 : value,
        ),
      );
    }
    return;
  }
  const types = columns.map((column) => table.types[column]);
  await tx.$executeRawUnsafe(insertSql(provider, table.name, columns, types), JSON.stringify(arrays));
}

/** The first `limit` records of a chunk, with only the matters and events that belong to them. */
function firstRecords(chunk: GerzeRecordChunk, limit: number): GerzeRecordChunk {
  if (chunk.records.length <= limit) return chunk;
  const records = chunk.records.slice(0, limit);
  const kept = new Set(records.map((record) => record.id));
  const matters = chunk.matters.filter((matter) => kept.has(matter.recordId));
  const matterIds = new Set(matters.map((matter) => matter.id));
  const matterEvents = chunk.matterEvents.filter((event) => matterIds.has(event.matterId));
  const petitions = chunk.petitions.filter((petition) => matterIds.has(petition.matterId));
  return { index: chunk.index, records, matters, matterEvents, petitions };
}

/**
 * 改则县's public-opinion records (社情民意) of 2023–2024 with the matters they raised, every event of
 * those matters, the level-skipping petitions about them (越级上访), and the cadres who take escalated matters (MatterHandler), with the rollups the
 * region statistics read. Needs the regions, all people and the grids. `limit` loads only the first
 * records (with their matters and events), for tests that need a few; the article's 240,000 need
 * the whole set. At `scale` k each round's records are also written for the k − 1 copies of 改则县
 * (fixtures' `countyRelocations`): generated once, inserted k times.
 */
export function recordFixtures(
  options: { readonly seed?: number; readonly limit?: number; readonly scale?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  const limit = Math.min(options.limit ?? GERZE_RECORD_COUNT, GERZE_RECORD_COUNT);
  return {
    name: 'records',
    // gerze-2: with the level-skipping petitions.
    version: scaledVersion(limit === GERZE_RECORD_COUNT ? 'gerze-2' : `gerze-2-first-${limit}`, scale),
    seed,
    load: async (tx: Db, progress: Progress, provider: Provider) => {
      const relocations = countyRelocations(scale, seed);
      await tx.matterHandler.createMany({
        data: relocations.flatMap((relocate) =>
          relocate(gerzeMatterHandlers(seed)).map(matterHandlerMapper.toColumns),
        ),
      });
      const rebuildIndexes = deferIndexes(tx, ['PublicOpinionRecord', 'Matter', 'MatterEvent']);
      let done = 0;
      for (const whole of gerzeRecordChunks(seed, Math.min(RECORDS_PER_ROUND, limit))) {
        const gerze = firstRecords(whole, limit - done);
        for (const relocate of relocations) {
          const chunk = relocate(gerze);
          await insertAll(tx, provider, RECORDS, chunk.records);
          await insertAll(tx, provider, MATTERS, chunk.matters);
          await insertAll(tx, provider, EVENTS, chunk.matterEvents);
          await insertAll(tx, provider, PETITIONS, petitionsOf(chunk));
        }
        done += gerze.records.length;
        progress(done, limit);
        if (done >= limit) break;
      }
      rebuildIndexes();
      // The bulk inserts bypass the writes that keep the statistics' rollups: recount them, in the
      // set's transaction, so the set lands with its rollups or not at all.
      await rebuildRollups(tx, provider);
      return done;
    },
  };
}

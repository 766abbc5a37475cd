// The statistics' rollups (src/rollups.ts): region statistics read pre-aggregated counts that every
// write keeps exact in its own transaction. After a sequence of records and matter transitions, the
// statistics read from the rollups equal a recount from scratch (by core, over the matters
// themselves), the rollups equal a rebuild, a rebuild twice gives the same rows, and the county
// overview costs a fixed number of statements.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addDays,
  type CalendarDate,
  daysBetween,
  fengqiaoMeasuresOf,
  isOpenMatter,
  isResolved,
  MATTER_STATES,
  type Matter,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { gatewayRoot } from '../src/db/config.js';
import { matterMapper, petitionMapper } from '../src/mappers/matter.js';
import { bandEnd, bandOf, type PeriodRange, periodsOf, rebuildRollups, spanOf } from '../src/rollups.js';
import { codeWithin } from '../src/schema/shared/scope.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const day = (text: string) => text as CalendarDate;

/** Every day a run of periods stands for, in order. */
function daysOf(runs: readonly PeriodRange[]): string[] {
  const days: string[] = [];
  for (const run of runs) {
    const first =
      run.grain === 'YEAR' ? `${run.first}-01-01` : run.grain === 'MONTH' ? `${run.first}-01` : run.first;
    for (let next = day(first); ; next = addDays(next, 1)) {
      const period = periodsOf(next).find((p) => p.grain === run.grain)?.period ?? '';
      if (period > run.last) break;
      days.push(next);
    }
  }
  return days;
}

describe('a span of days as rollup periods (spanOf)', () => {
  it('reads a span of whole years as years, and ragged ends as months and days', () => {
    expect(spanOf(day('2023-01-01'), day('2024-12-31'))).toEqual([
      { grain: 'YEAR', first: '2023', last: '2024' },
    ]);
    expect(spanOf(day('2023-11-20'), day('2025-02-03'))).toEqual([
      { grain: 'DAY', first: '2023-11-20', last: '2023-11-30' },
      { grain: 'MONTH', first: '2023-12', last: '2023-12' },
      { grain: 'YEAR', first: '2024', last: '2024' },
      { grain: 'MONTH', first: '2025-01', last: '2025-01' },
      { grain: 'DAY', first: '2025-02-01', last: '2025-02-03' },
    ]);
    expect(spanOf(day('2024-02-29'), day('2024-02-29'))).toEqual([
      { grain: 'DAY', first: '2024-02-29', last: '2024-02-29' },
    ]);
    expect(spanOf(day('2024-03-02'), day('2024-03-01'))).toEqual([]);
  });

  it('reaches the Date scalar’s range from an open end', () => {
    expect(spanOf(null, null)).toEqual([{ grain: 'YEAR', first: '1900', last: '2199' }]);
    expect(spanOf(null, day('2024-06-30'))).toEqual([
      { grain: 'YEAR', first: '1900', last: '2023' },
      { grain: 'MONTH', first: '2024-01', last: '2024-06' },
    ]);
  });

  it('covers every day of any span exactly once, in order', () => {
    // Spans starting and ending around month and year ends, leap days included.
    const edges = ['2023-01-01', '2023-02-27', '2023-12-30', '2024-02-28', '2024-03-01', '2024-12-31'];
    const around = edges.flatMap((edge) => [-2, -1, 0, 1, 2].map((offset) => addDays(day(edge), offset)));
    for (const from of around) {
      for (const to of around) {
        const expected =
          from > to ? [] : Array.from({ length: daysBetween(from, to) + 1 }, (_, i) => addDays(from, i));
        expect(daysOf(spanOf(from, to)), `${from}..${to}`).toEqual(expected);
      }
    }
  });
});

describe('bands of resolution minutes (bandOf)', () => {
  it('puts every minute in the band whose bounds hold it, bands growing by about a quarter', () => {
    for (const minutes of [0, 1, 7, 201, 202, 5000, 96_089, 1_000_000_000]) {
      const band = bandOf(minutes);
      expect(band).toBeLessThanOrEqual(minutes);
      expect(bandEnd(band)).toBeGreaterThan(minutes);
      expect(bandOf(bandEnd(band))).toBe(bandEnd(band));
    }
    expect(bandEnd(bandOf(10_000)) - bandOf(10_000)).toBeLessThanOrEqual(0.25 * bandOf(10_000) + 1);
    // The last band reaches past the largest integer column value.
    expect(bandEnd(bandOf(2 ** 31 - 1))).toBe(2 ** 31);
  });
});

// ---- on the database ----------------------------------------------------------------------------

let t: TestGateway;
let grid: string;
let chief: TestCaller;
let worker: TestCaller;

beforeAll(async () => {
  // The list matter-actions.test.ts loads, so the run seeds it once for both.
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  const urban = await t.db.grid.findFirstOrThrow({ where: { kind: 'URBAN' }, orderBy: { code: 'asc' } });
  grid = urban.code;
  const staff = await t.db.staffAssignment.findMany({
    where: { gridCode: grid, role: { in: ['GRID_CHIEF', 'GRID_WORKER'] } },
    orderBy: { id: 'asc' },
  });
  const chiefRow = staff.find((row) => row.role === 'GRID_CHIEF');
  const workerRow = staff.find((row) => row.role === 'GRID_WORKER');
  if (!chiefRow || !workerRow) throw new Error(`grid ${grid} lacks a chief or a worker`);
  chief = { subject: 'chief', personId: chiefRow.personId, grants: [{ role: 'GRID_CHIEF', region: grid }] };
  worker = {
    subject: 'worker',
    personId: workerRow.personId,
    grants: [{ role: 'GRID_WORKER', region: grid }],
  };
});
afterAll(() => t.close());

const county = '542526';

async function act(name: string, input: Record<string, unknown>, as: TestCaller): Promise<void> {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const result = await t.gql<Record<string, { userErrors: unknown[] }>>(
    `mutation ($input: ${inputType}!) { ${name}(input: $input) { userErrors { code } } }`,
    { input },
    { as },
  );
  expect(result.errors).toBeUndefined();
  expect(result.data?.[name]?.userErrors, name).toEqual([]);
}

/** Records something in the grid at `reportedAt`, raising a matter when asked; the matter's ID. */
async function record(reportedAt: string, category: string, raiseMatter: boolean): Promise<string | null> {
  const result = await t.gql<{ recordCreate: { matter: { id: string } | null; userErrors: unknown[] } }>(
    `mutation ($input: RecordCreateInput!) { recordCreate(input: $input) { matter { id } userErrors { code } } }`,
    {
      input: {
        gridId: encodeGlobalID('Grid', grid),
        category,
        channel: 'GRID_VISIT',
        text: '道路积水',
        reportedAt,
        raiseMatter,
      },
    },
    { as: worker },
  );
  expect(result.data?.recordCreate.userErrors).toEqual([]);
  return result.data?.recordCreate.matter?.id ?? null;
}

/** Registers, dispatches to the worker, accepts and submits feedback. */
async function handle(matterId: string): Promise<void> {
  await act('matterRegister', { matterId }, chief);
  await act('matterAssign', { matterId, assigneeId: encodeGlobalID('Person', worker.personId ?? '') }, chief);
  await act('matterAccept', { matterId }, worker);
  await act('matterFeedbackSubmit', { matterId, feedback: '已疏通排水沟' }, worker);
}

/** The writes the rollups must follow: records with and without matters, every kind of transition. */
async function mutate(): Promise<void> {
  // 17:00 UTC is already the next day in Shanghai: the report counts on 16 March.
  // The Fengqiao rollups count disputes only; the hazard must leave them as they are.
  const closed = await record('2024-03-15T17:00:00Z', 'DISPUTE', true);
  const hazard = await record('2024-03-15T18:00:00Z', 'HAZARD', true);
  const reopened = await record('2024-03-31T15:59:00Z', 'DISPUTE', true);
  const rejected = await record('2024-12-31T16:30:00Z', 'REQUEST', true);
  const escalated = await record('2025-01-10T02:00:00Z', 'DISPUTE', true);
  await record('2024-06-01T00:00:00Z', 'OPINION', false);
  if (!closed || !hazard || !reopened || !rejected || !escalated) throw new Error('a matter was not raised');
  await handle(closed);
  await act('matterClose', { matterId: closed }, chief);
  await handle(hazard);
  await act('matterClose', { matterId: hazard }, chief);
  // A level-skipping petition: the reopened dispute counts against 矛盾不上交.
  await act('petitionCreate', { matterId: reopened, level: 'COUNTY' }, worker);
  await handle(reopened);
  await act('matterClose', { matterId: reopened }, chief);
  await act('matterReopen', { matterId: reopened, reason: '居民不满意' }, chief);
  await act('matterResume', { matterId: reopened }, worker);
  await act('matterReject', { matterId: rejected, reason: '重复上报' }, chief);
  await act('matterRegister', { matterId: escalated }, chief);
  await act(
    'matterAssign',
    { matterId: escalated, assigneeId: encodeGlobalID('Person', worker.personId ?? '') },
    chief,
  );
  await act(
    'matterEscalate',
    { matterId: escalated, reason: 'BEYOND_AUTHORITY', note: '超出网格权限' },
    worker,
  );
}

/** Every rollup row that counts something, in a stable order. */
async function rollupRows(db: Db) {
  const [records, matters, fengqiao, resolution] = await Promise.all([
    db.recordRollup.findMany({
      where: { records: { not: 0 } },
      orderBy: [{ gridCode: 'asc' }, { category: 'asc' }],
    }),
    db.matterRollup.findMany({
      where: { matters: { not: 0 } },
      orderBy: [{ gridCode: 'asc' }, { category: 'asc' }, { state: 'asc' }],
    }),
    db.fengqiaoRollup.findMany({
      where: { matters: { not: 0 } },
      orderBy: [{ grain: 'asc' }, { gridCode: 'asc' }, { period: 'asc' }, { level: 'asc' }, { state: 'asc' }],
    }),
    db.resolutionRollup.findMany({
      where: { matters: { not: 0 } },
      orderBy: [{ grain: 'asc' }, { gridCode: 'asc' }, { period: 'asc' }, { band: 'asc' }],
    }),
  ]);
  return { records, matters, fengqiao, resolution };
}

const rebuild = () => t.db.$transaction((tx) => rebuildRollups(tx as Db, t.provider));

/** The periods the statistics are compared over: whole years, ragged spans, one day, open ends. */
const PERIODS: readonly (readonly [string | null, string | null])[] = [
  ['2023-01-01', '2024-12-31'],
  ['2024-03-16', '2024-03-16'],
  ['2024-03-10', '2024-04-15'],
  ['2024-02-01', '2025-01-31'],
  [null, null],
  [null, '2024-06-30'],
  ['2025-01-01', null],
];

const FENGQIAO_FIELDS = `handled resolved meanResolutionMinutes p90ResolutionMinutes
  resolvedByLevel { level matters } handledByLevel { level matters }
  settledInVillage { numerator denominator } settledInTownship { numerator denominator }
  notPassedUp { numerator denominator } petitioned`;

interface Statistics {
  readonly recordStats: {
    records: number;
    matters: number;
    openMatters: number;
    byCategory: { category: string; records: number; matters: number; openMatters: number }[];
    byState: { state: string; matters: number }[];
  };
  readonly [period: `p${number}`]: Record<string, unknown>;
}

/** A region's record statistics and its Fengqiao measures over every period of PERIODS. */
async function statistics(code: string): Promise<Statistics> {
  const fengqiao = PERIODS.map(([from, to], index) => {
    const args = [from && `from: "${from}"`, to && `to: "${to}"`].filter(Boolean).join(', ');
    return `p${index}: fengqiao${args ? `(${args})` : ''} { ${FENGQIAO_FIELDS} }`;
  });
  const result = await t.gql<{ region: Statistics }>(
    `{ region(code: "${code}") {
      recordStats { records matters openMatters byCategory { category records matters openMatters }
        byState { state matters } }
      ${fengqiao.join('\n')} } }`,
  );
  expect(result.errors).toBeUndefined();
  if (!result.data?.region) throw new Error(`no region ${code}`);
  return result.data.region;
}

/** The same statistics counted from scratch: the tables grouped by Prisma, the measures by core. */
async function recount(code: string): Promise<Statistics> {
  const range = codeWithin(code);
  const [records, matterRows, petitionRows] = await Promise.all([
    t.db.publicOpinionRecord.groupBy({
      by: ['category'],
      where: { gridCode: range },
      _count: { _all: true },
    }),
    t.db.matter.findMany({ where: { gridCode: range } }),
    t.db.petition.findMany({ where: { gridCode: range } }),
  ]);
  const matters = matterRows.map((row) => matterMapper.toDomain(row));
  const petitions = petitionRows.map((row) => petitionMapper.toDomain(row));
  // The Fengqiao measures count disputes only (core's FENGQIAO_CATEGORIES).
  const counted = (matter: Matter) => matter.category === 'DISPUTE';
  const categories = ['OPINION', 'DISPUTE', 'HAZARD', 'REQUEST'] as const;
  const states = MATTER_STATES;
  const fengqiao = Object.fromEntries(
    PERIODS.map(([from, to], index) => {
      const inPeriod = matters.filter(
        (matter) =>
          (from === null || matter.reportedAt >= startOfShanghaiDay(day(from))) &&
          (to === null || matter.reportedAt < startOfShanghaiDay(addDays(day(to), 1))),
      );
      const measures = fengqiaoMeasuresOf(inPeriod, petitions);
      const byLevel = (count: (level: string) => number) =>
        (['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY'] as const).map((level) => ({
          level,
          matters: count(level),
        }));
      const share = ({ numerator, denominator }: { numerator: number; denominator: number }) => ({
        numerator,
        denominator,
      });
      return [
        `p${index}`,
        {
          handled: measures.handled,
          resolved: measures.resolved,
          meanResolutionMinutes: measures.meanResolutionMinutes,
          p90ResolutionMinutes: measures.p90ResolutionMinutes,
          resolvedByLevel: byLevel(
            (level) => inPeriod.filter((m) => counted(m) && m.level === level && isResolved(m)).length,
          ),
          handledByLevel: byLevel(
            (level) => inPeriod.filter((m) => counted(m) && m.level === level && m.clockStartedAt).length,
          ),
          settledInVillage: share(measures.settledInVillage),
          settledInTownship: share(measures.settledInTownship),
          notPassedUp: share(measures.notPassedUp),
          petitioned: measures.petitioned,
        },
      ];
    }),
  );
  const countOf = (category: string) =>
    records.find((group) => group.category === category)?._count._all ?? 0;
  return {
    recordStats: {
      records: records.reduce((sum, group) => sum + group._count._all, 0),
      matters: matters.length,
      openMatters: matters.filter(isOpenMatter).length,
      byCategory: categories.map((category) => ({
        category,
        records: countOf(category),
        matters: matters.filter((m) => m.category === category).length,
        openMatters: matters.filter((m) => m.category === category && isOpenMatter(m)).length,
      })),
      byState: states.map((state) => ({ state, matters: matters.filter((m) => m.state === state).length })),
    },
    ...fengqiao,
  };
}

describe('statistics from rollups kept by the writes', () => {
  it('equal a recount from scratch after records and every kind of matter transition', async () => {
    await mutate();
    const village = grid.slice(0, 12);
    for (const code of [county, grid.slice(0, 9), village]) {
      expect(await statistics(code), code).toEqual(await recount(code));
    }
    // The petition written above is counted: 矛盾不上交 falls short of all handled disputes.
    const whole = (await statistics(village)).p4 as {
      petitioned: number;
      notPassedUp: { numerator: number; denominator: number };
    };
    expect(whole.petitioned).toBeGreaterThan(0);
    expect(whole.notPassedUp.numerator).toBe(whole.notPassedUp.denominator - whole.petitioned);
    // The writes above landed in the periods they name: one more closed matter on 16 March 2024.
    const onTheDay = (await statistics(village)).p1 as { resolved: number };
    const closedThatDay = (await t.db.matter.findMany({ where: { gridCode: codeWithin(village) } })).filter(
      (row) =>
        row.category === 'DISPUTE' &&
        row.state === 'CLOSED' &&
        shanghaiDateOf(row.reportedAt) === '2024-03-16',
    );
    expect(onTheDay.resolved).toBe(closedThatDay.length);
    expect(closedThatDay.length).toBeGreaterThan(0);
  });

  it('hold exactly what a rebuild from the tables holds, and a second rebuild changes nothing', async () => {
    const kept = await rollupRows(t.db);
    await rebuild();
    const rebuilt = await rollupRows(t.db);
    expect(rebuilt).toEqual(kept);
    expect(rebuilt.fengqiao.length).toBeGreaterThan(0);
    expect(rebuilt.resolution.length).toBeGreaterThan(0);
    await rebuild();
    expect(await rollupRows(t.db)).toEqual(rebuilt);
    expect(await statistics(county)).toEqual(await recount(county));
  });
});

describe('the migration that made the Fengqiao rollups dispute-only', () => {
  // Its hand-written tail recounts them on a database migrated with data in it; a regenerated
  // migration that lost the tail fails here.
  it('recounts them exactly as a rebuild does', async () => {
    const folder = join(gatewayRoot, 'prisma', 'migrations', t.provider);
    const scripts = readdirSync(folder)
      .filter((name) => /^\d{14}_/.test(name))
      .map((name) => readFileSync(join(folder, name, 'migration.sql'), 'utf8'));
    const tails = scripts.filter((sql) => sql.includes('DELETE FROM "FengqiaoRollup"'));
    expect(tails).toHaveLength(1);
    const tail = (tails[0] ?? '').slice((tails[0] ?? '').indexOf('DELETE FROM "FengqiaoRollup"'));
    const statements = tail
      .split(/;\s*\n/)
      .map((statement) => statement.replace(/^--.*$/gm, '').trim())
      .filter((statement) => statement !== '');
    await t.db.$transaction(async (tx) => {
      for (const statement of statements) await tx.$executeRawUnsafe(statement);
    });
    const migrated = await rollupRows(t.db);
    expect(migrated.fengqiao.length).toBeGreaterThan(0);
    await rebuild();
    expect(await rollupRows(t.db)).toEqual(migrated);
  });
});

describe('the county overview', () => {
  it('reads the rollups in a fixed number of statements', async () => {
    t.resetQueries();
    const result = await t.gql(`{ region(code: "${county}") {
      gridStats { grids compliantGrids households gridsByKind { kind grids } staffByRole { role persons } }
      recordStats { records matters openMatters solvedCases }
      fengqiao(from: "2023-01-01", to: "2024-12-31") { handled resolved meanResolutionMinutes
        settledInVillage { numerator denominator } } } }`);
    expect(result.errors).toBeUndefined();
    // The region; the grids' rollup (kinds, compliance, households) and staff by role; records,
    // matters, solved cases; the period rollups, the petitioned disputes, and the 90th percentile
    // read inside its band.
    expect(t.queries).toHaveLength(9);
    // No statement counts households one by one.
    expect(t.queries.filter((query) => /FROM "Household"/.test(query))).toEqual([]);
    const counting = t.queries.filter((query) => /"(PublicOpinionRecord|Matter)"/.test(query));
    // Only the percentile's band is read from Matter, and the matters of the (few) petitions by key;
    // no statement counts the records.
    expect(counting).toHaveLength(2);
    expect(counting.filter((query) => /"resolutionMinutes" >= /.test(query))).toHaveLength(1);
    expect(
      counting.filter((query) =>
        /FROM "Petition" AS "p"[\s\S]*EXISTS \(SELECT 1 FROM "Matter" AS "m" WHERE "m"."id" = "p"."matterId"/.test(
          query,
        ),
      ),
    ).toHaveLength(1);
  });
});

describe('grid statistics from the grids’ rollup', () => {
  const GRID_STATS = `grids compliantGrids households householdJointUnits
    gridsByKind { kind grids compliantGrids }`;

  /** A region's grid figures as the API reads them (from GridRollup). */
  async function gridStats(code: string): Promise<Record<string, unknown>> {
    const result = await t.gql<{ region: { gridStats: Record<string, unknown> } }>(
      `{ region(code: "${code}") { gridStats { ${GRID_STATS} } } }`,
    );
    expect(result.errors).toBeUndefined();
    return result.data?.region.gridStats ?? {};
  }

  /** The same figures counted from the grid tables themselves. */
  async function countedFromTables(code: string): Promise<Record<string, unknown>> {
    const grids = await t.db.grid.findMany({ where: { code: codeWithin(code) } });
    const kinds = ['URBAN', 'PASTORAL'].map((kind) => ({
      kind,
      grids: grids.filter((g) => g.kind === kind).length,
      compliantGrids: grids.filter((g) => g.kind === kind && g.compliant).length,
    }));
    return {
      grids: grids.length,
      compliantGrids: grids.filter((g) => g.compliant).length,
      households: await t.db.household.count({ where: { gridCode: codeWithin(code) } }),
      householdJointUnits: await t.db.householdJointUnit.count({ where: { gridCode: codeWithin(code) } }),
      gridsByKind: kinds,
    };
  }

  it('follow a staffing change that breaks a grid’s model, in the same transaction, as a rebuild would', async () => {
    const assignment = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_POLICE', gridCode: { not: grid } },
      orderBy: { id: 'asc' },
      include: { grid: true },
    });
    const countyAdmin: TestCaller = { subject: 'county', grants: [{ role: 'COUNTY_ADMIN', region: county }] };
    const before = await gridStats(county);
    await act(
      'staffAssignmentEnd',
      { staffAssignmentId: encodeGlobalID('StaffAssignment', assignment.id), lastDay: '2025-06-15' },
      countyAdmin,
    );
    const after = await gridStats(county);
    expect(after.compliantGrids).toBe((before.compliantGrids as number) - 1);
    for (const code of [county, assignment.grid.townshipCode, assignment.grid.villageCode]) {
      expect(await gridStats(code), code).toEqual(await countedFromTables(code));
    }
    const kept = await t.db.gridRollup.findMany({ orderBy: { gridCode: 'asc' } });
    expect(kept.find((row) => row.gridCode === assignment.gridCode)?.compliant).toBe(false);
    await rebuild();
    expect(await t.db.gridRollup.findMany({ orderBy: { gridCode: 'asc' } })).toEqual(kept);
  });
});

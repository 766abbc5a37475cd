// The county-wide timeout check (`pnpm db supervise`, src/supervision.ts): core's superviseIfDue over
// every open matter of a region, chosen in SQL and written in batches. Its result is held against core
// run over every matter of the database with no SQL choice at all, so a matter the SQL wrongly left
// out would show; a second run writes nothing, and a matter outside the region is never touched.
import {
  calendarForRegion,
  createPublicOpinionRecord,
  type Matter,
  type MatterChange,
  raiseMatter,
  SUPERVISION_STAGES,
  type SupervisionStage,
  superviseIfDue,
  transition,
} from '@grassroots/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/client.js';
import { matterEventMapper, matterMapper, publicOpinionRecordMapper } from '../src/mappers/matter.js';
import { rollupRecordCreated } from '../src/rollups.js';
import { codeWithin } from '../src/schema/shared/scope.js';
import { parseSuperviseArgs, superviseRegion } from '../src/supervision.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

let t: TestGateway;
let township: string;
let firstRun: Awaited<ReturnType<typeof superviseRegion>>;
const COUNTY = '542526';
// September 2025 has no holiday in 改则县's calendar: a grid's 3 working days are plain weekdays.
const AT = new Date('2025-09-19T02:00:00Z');

/** Opens a dispute in `gridCode`, dispatched to and accepted by `workerId` at `dispatchedAt`. */
async function openMatter(
  id: string,
  gridCode: string,
  workerId: string,
  chiefId: string,
  dispatchedAt: Date,
) {
  const record = createPublicOpinionRecord({
    id: `R-${id}`,
    category: 'DISPUTE',
    channel: 'GRID_VISIT',
    gridCode,
    reporterPersonId: null,
    text: '两户因草场边界发生争执',
    reportedAt: new Date(dispatchedAt.getTime() - 3_600_000),
  });
  if (!record.ok) throw new Error(record.error.code);
  const raised = raiseMatter(record.value, `M-${id}`, { subType: 'GRASSLAND_BOUNDARY' }, chiefId);
  if (!raised.ok) throw new Error(raised.error.code);
  let matter: Matter = raised.value.matter;
  const events = [...raised.value.events];
  const steps = [
    { type: 'REGISTER', by: chiefId },
    { type: 'ASSIGN', assigneeId: workerId, by: chiefId },
    { type: 'ACCEPT', by: workerId },
  ] as const;
  for (const { by, ...action } of steps) {
    const changed = transition(matter, action, { actorId: by, at: dispatchedAt });
    if (!changed.ok) throw new Error(changed.error.code);
    matter = changed.value.matter;
    events.push(changed.value.event);
  }
  await t.db.$transaction(async (tx) => {
    await tx.publicOpinionRecord.create({ data: publicOpinionRecordMapper.toColumns(record.value) });
    const row = await tx.matter.create({ data: matterMapper.toColumns(matter) });
    await tx.matterEvent.createMany({ data: events.map((event) => matterEventMapper.toColumns(event)) });
    await rollupRecordCreated(tx as Db, record.value, row);
  });
}

/** What core raises at `at` on every matter of the database inside `region`, with no SQL choice. */
async function expectedBy(region: string, at: Date) {
  const rows = await t.db.matter.findMany();
  const raised = Object.fromEntries(SUPERVISION_STAGES.map((stage) => [stage, 0])) as Record<
    SupervisionStage,
    number
  >;
  const finalStage = new Map<string, SupervisionStage | null>();
  let supervised = 0;
  for (const row of rows) {
    const matter = matterMapper.toDomain(row);
    if (!matter.gridCode.startsWith(region)) continue;
    const calendar = calendarForRegion(matter.gridCode);
    let current = matter;
    const changes: MatterChange[] = [];
    for (;;) {
      const next = superviseIfDue(current, at, calendar);
      if (!next.ok) throw new Error(next.error.code);
      if (next.value === null) break;
      changes.push(next.value);
      current = next.value.matter;
    }
    finalStage.set(matter.id, current.supervision);
    if (changes.length === 0) continue;
    supervised += 1;
    for (const change of changes) if (change.event.kind === 'SUPERVISION') raised[change.event.stage] += 1;
  }
  return { raised, supervised, finalStage };
}

const supervisionEvents = () => t.db.matterEvent.count({ where: { kind: 'SUPERVISION' } });

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  const grids = await t.db.grid.findMany({ orderBy: { code: 'asc' } });
  const first = grids[0];
  const last = grids[grids.length - 1];
  if (!first || !last || first.code.slice(0, 9) === last.code.slice(0, 9))
    throw new Error('need two townships');
  township = first.code.slice(0, 9);
  const staffOf = async (gridCode: string) => {
    const rows = await t.db.staffAssignment.findMany({
      where: { gridCode, role: { in: ['GRID_CHIEF', 'GRID_WORKER'] } },
      orderBy: { id: 'asc' },
    });
    const chief = rows.find((row) => row.role === 'GRID_CHIEF')?.personId;
    const worker = rows.find((row) => row.role === 'GRID_WORKER')?.personId;
    if (!chief || !worker) throw new Error(`grid ${gridCode} lacks staff`);
    return { chief, worker };
  };
  const inside = await staffOf(first.code);
  const outside = await staffOf(last.code);
  // Dispatched on different days, so they owe different stages by AT: all three, two, one, none.
  const days = ['2025-09-01', '2025-09-10', '2025-09-15', '2025-09-18'];
  for (const [index, day] of days.entries()) {
    await openMatter(`S-IN-${index}`, first.code, inside.worker, inside.chief, new Date(`${day}T02:00:00Z`));
  }
  await openMatter('S-OUT-0', last.code, outside.worker, outside.chief, new Date('2025-09-01T02:00:00Z'));
}, 600_000);
afterAll(() => t.close());

describe('the county-wide timeout check (pnpm db supervise)', () => {
  it('raises in small batches exactly what core raises on every matter of the township, and nothing outside it', async () => {
    const expected = await expectedBy(township, AT);
    const before = await supervisionEvents();
    const run = await superviseRegion(t.db, { regionCode: township, at: AT, schedules: [], batchSize: 2 });

    expect(run.raised).toEqual(expected.raised);
    expect(run.supervised).toBe(expected.supervised);
    expect(run.failed).toEqual([]);
    expect(run.changedMeanwhile).toBe(0);
    // The four test matters owe 3 + 2 + 1 + 0 stages (the warning the day before the end, the reminder at
    // the end, supervision two working days later).
    expect(run.raised.WARNING).toBeGreaterThanOrEqual(3);
    expect(run.raised.SUPERVISION).toBeGreaterThanOrEqual(1);
    expect(run.batches).toBe(Math.ceil(run.examined / 2));
    expect(run.batches).toBeGreaterThan(1);
    firstRun = run;
    const total = SUPERVISION_STAGES.reduce((sum, stage) => sum + run.raised[stage], 0);
    expect(await supervisionEvents()).toBe(before + total);

    const rows = await t.db.matter.findMany({ where: { gridCode: codeWithin(township) } });
    for (const row of rows) expect(row.supervision, row.id).toBe(expected.finalStage.get(row.id) ?? null);
    const stagesOf = async (id: string) =>
      (
        await t.db.matterEvent.findMany({
          where: { matterId: id, kind: 'SUPERVISION' },
          orderBy: { version: 'asc' },
        })
      ).map((event) => event.stage);
    expect(await stagesOf('M-S-IN-0')).toEqual(['WARNING', 'REMINDER', 'SUPERVISION']);
    expect(await stagesOf('M-S-IN-3')).toEqual([]);
    // A timeout never moves a matter: still at the grid, still in progress.
    expect(await t.db.matter.findUniqueOrThrow({ where: { id: 'M-S-IN-0' } })).toMatchObject({
      state: 'IN_PROGRESS',
      level: 'GRID',
      supervision: 'SUPERVISION',
    });
    // The matter of the other township is left as it was.
    expect(await stagesOf('M-S-OUT-0')).toEqual([]);
  });

  it('writes nothing when run again for the same instant, and leaves out matters at the last stage', async () => {
    const before = await supervisionEvents();
    const again = await superviseRegion(t.db, { regionCode: township, at: AT, schedules: [] });
    expect(again.raised).toEqual({ WARNING: 0, REMINDER: 0, SUPERVISION: 0 });
    expect(again.supervised).toBe(0);
    expect(await supervisionEvents()).toBe(before);
    // M-S-IN-0 reached supervision in the first run: the SQL no longer chooses it.
    expect(again.examined).toBeLessThan(firstRun.examined);
  });

  it('runs over the whole county, with the same result in one batch as core over every matter', async () => {
    const expected = await expectedBy(COUNTY, AT);
    const run = await superviseRegion(t.db, { regionCode: COUNTY, at: AT, schedules: [] });
    expect(run.raised).toEqual(expected.raised);
    expect(run.batches).toBe(1);
    const outside = await t.db.matterEvent.findMany({
      where: { matterId: 'M-S-OUT-0', kind: 'SUPERVISION' },
    });
    expect(outside.map((event) => event.stage)).toEqual(['WARNING', 'REMINDER', 'SUPERVISION']);
    const again = await superviseRegion(t.db, { regionCode: COUNTY, at: AT, schedules: [] });
    expect(again.supervised).toBe(0);
  });
});

describe('the command’s arguments', () => {
  const now = new Date('2024-07-01T00:00:00Z');

  it('take a region, an instant with its offset and a batch size', () => {
    expect(
      parseSuperviseArgs(['--region', '542526', '--at', '2024-06-30T18:00:00+08:00', '--batch', '50'], now),
    ).toEqual({
      ok: true,
      value: { regionCode: '542526', at: new Date('2024-06-30T10:00:00Z'), batchSize: 50 },
    });
    expect(parseSuperviseArgs(['--region', '542526100'], now)).toMatchObject({
      ok: true,
      value: { regionCode: '542526100', at: now, batchSize: 200 },
    });
  });

  it('refuse a missing or malformed region, an instant without offset or in the future, and a bad batch', () => {
    const refused = (args: string[]) => {
      const parsed = parseSuperviseArgs(args, now);
      return parsed.ok ? null : parsed.error;
    };
    expect(refused([])).toMatch(/--region/);
    expect(refused(['--region', '12345'])).toMatch(/REGION_CODE/);
    expect(refused(['--region', '542526', '--at', '2024-06-30T18:00:00'])).toMatch(/offset/);
    expect(refused(['--region', '542526', '--at', '2024-07-02T00:00:00Z'])).toMatch(/future/);
    expect(refused(['--region', '542526', '--batch', '0'])).toMatch(/--batch/);
  });
});

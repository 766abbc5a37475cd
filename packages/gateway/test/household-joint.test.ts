// 双联户: the household-joint unit as the first level of handling ("小事不出联户"). Its size against
// its county's bounds, and its head's actions, recorded by the head or the grid's staff.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';
import { TEST_NOW } from './templates.js';

interface UserError {
  readonly code: string;
  readonly field: string[] | null;
}
interface Recorded {
  householdJointActionRecord: {
    action: {
      id: string;
      kind: string;
      kindLabel: string;
      note: string;
      occurredAt: string;
      recordedBy: { id: string } | null;
      unit: { id: string };
    } | null;
    userErrors: UserError[];
  };
}

const RECORD = /* GraphQL */ `
  mutation ($input: HouseholdJointActionRecordInput!) {
    householdJointActionRecord(input: $input) {
      action { id kind kindLabel(locale: BO) note occurredAt recordedBy { id } unit { id } }
      userErrors { code field }
    }
  }
`;

let t: TestGateway;
let gridCode: string;
let unitId: string;
let otherUnitId: string;
let head: TestCaller;
let otherHead: TestCaller;
let worker: TestCaller;
let workerElsewhere: TestCaller;
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures()]);
  const [unit, other] = await t.db.householdJointUnit.findMany({
    where: { grid: { kind: 'PASTORAL' } },
    orderBy: { id: 'asc' },
    take: 2,
  });
  if (!unit || !other || unit.gridCode !== other.gridCode) throw new Error('a grid with two units');
  gridCode = unit.gridCode;
  unitId = encodeGlobalID('HouseholdJointUnit', unit.id);
  otherUnitId = encodeGlobalID('HouseholdJointUnit', other.id);
  // A head signs in over the grid of their unit; what they may record is decided by whose head they are.
  const asHead = [{ role: 'HOUSEHOLD_JOINT_HEAD', region: gridCode }] as const;
  head = { subject: 'head', grants: asHead, personId: unit.headPersonId };
  otherHead = { subject: 'other-head', grants: asHead, personId: other.headPersonId };
  const serving = await t.db.staffAssignment.findFirstOrThrow({ where: { gridCode, role: 'GRID_WORKER' } });
  worker = {
    subject: 'worker',
    grants: [{ role: 'GRID_WORKER', region: gridCode }],
    personId: serving.personId,
  };
  const elsewhere = await t.db.grid.findFirstOrThrow({
    where: { code: { not: gridCode } },
    orderBy: { code: 'asc' },
  });
  workerElsewhere = {
    subject: 'worker-elsewhere',
    grants: [{ role: 'GRID_WORKER', region: elsewhere.code }],
  };
});
afterAll(() => t.close());

const input = (overrides: Record<string, unknown> = {}) => ({
  unitId,
  kind: 'DISPUTE_SETTLED',
  note: '两户牧民草场边界纠纷，在联户内当场调解',
  occurredAt: '2025-06-15T10:00:00.000Z',
  ...overrides,
});

const record = (as: TestCaller, overrides: Record<string, unknown> = {}) =>
  t.gql<Recorded>(RECORD, { input: input(overrides) }, { as });

describe('householdJointActionRecord (联户长履职)', () => {
  it('lets the head of the unit record that a small dispute was settled within the unit', async () => {
    const { data, errors } = await record(head);
    expect(errors).toBeUndefined();
    const payload = data?.householdJointActionRecord;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.action).toMatchObject({
      kind: 'DISPUTE_SETTLED',
      kindLabel: 'རྩོད་གཞི་ཆུང་ངུ་ཞི་འདུམ་བྱས་པ།',
      note: '两户牧民草场边界纠纷，在联户内当场调解',
      occurredAt: '2025-06-15T10:00:00.000Z',
      unit: { id: unitId },
    });
    const stored = await t.db.householdJointAction.findMany({ where: { note: { startsWith: '两户牧民' } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ gridCode, kind: 'DISPUTE_SETTLED', recordedAt: TEST_NOW });
    expect(stored[0]?.recordedByPersonId).toBe(head.personId);
  });

  it('lets a grid worker of the unit’s grid record a notice the head relayed', async () => {
    const { data } = await record(worker, {
      kind: 'NOTICE_RELAYED',
      note: '传达草原防火通知到每户',
      occurredAt: '2025-06-14T09:00:00.000Z',
    });
    expect(data?.householdJointActionRecord.userErrors).toEqual([]);
    expect(data?.householdJointActionRecord.action).toMatchObject({
      kind: 'NOTICE_RELAYED',
      recordedBy: { id: encodeGlobalID('Person', worker.personId ?? '') },
    });
  });

  it('refuses the head of another unit, a worker of another grid and a county officer, writing nothing', async () => {
    const before = await t.db.householdJointAction.count();
    for (const caller of [otherHead, workerElsewhere, countyAdmin]) {
      const { data, errors } = await record(caller, { note: '不应记录' });
      expect(errors).toBeUndefined();
      expect(data?.householdJointActionRecord).toEqual({
        action: null,
        userErrors: [{ code: 'JOINT_ACTION_FORBIDDEN', field: null }],
      });
    }
    expect(await t.db.householdJointAction.count()).toBe(before);
  });

  it('refuses a time beyond the clock-skew allowance, a blank or overlong note and an unknown unit, writing nothing', async () => {
    const before = await t.db.householdJointAction.count();
    const cases: [Record<string, unknown>, UserError][] = [
      [
        { occurredAt: new Date(TEST_NOW.getTime() + 6 * 60_000).toISOString() },
        { code: 'JOINT_ACTION_OCCURRED_AT', field: ['occurredAt'] },
      ],
      [{ note: '   ' }, { code: 'JOINT_ACTION_NOTE_REQUIRED', field: ['note'] }],
      [{ note: '访'.repeat(501) }, { code: 'JOINT_ACTION_NOTE_TOO_LONG', field: ['note'] }],
      [
        { unitId: encodeGlobalID('HouseholdJointUnit', 'no-such-unit') },
        { code: 'JOINT_ACTION_UNIT_NOT_FOUND', field: ['unitId'] },
      ],
      [
        { unitId: encodeGlobalID('Grid', gridCode) },
        { code: 'JOINT_ACTION_UNIT_NOT_FOUND', field: ['unitId'] },
      ],
    ];
    for (const [overrides, expected] of cases) {
      const { data } = await record(head, overrides);
      expect(data?.householdJointActionRecord).toEqual({ action: null, userErrors: [expected] });
    }
    expect(await t.db.householdJointAction.count()).toBe(before);
  });

  it('accepts a time up to five minutes ahead of the server clock', async () => {
    const { data } = await record(head, {
      kind: 'HOUSEHOLD_VISITED',
      note: '入户走访独居老人',
      occurredAt: new Date(TEST_NOW.getTime() + 5 * 60_000).toISOString(),
    });
    expect(data?.householdJointActionRecord.userErrors).toEqual([]);
  });
});

describe('HouseholdJointUnit.actions, householdCount and withinBounds', () => {
  const UNITS = /* GraphQL */ `
    query ($grid: String!, $first: Int!) {
      grid(code: $grid) {
        units(first: $first) {
          totalCount
          edges { node {
            id householdCount withinBounds
            actions(first: 10) { totalCount edges { node { kind kindLabel(locale: ZH_CN) note recordedBy { id } } } }
          } }
        }
      }
    }
  `;
  type Units = {
    grid: {
      units: {
        totalCount: number;
        edges: {
          node: {
            id: string;
            householdCount: number;
            withinBounds: boolean;
            actions: { totalCount: number; edges: { node: { kind: string; kindLabel: string } }[] };
          };
        }[];
      };
    };
  };

  it('lists what the head did, latest first, and every unit of a fixture grid is within 5–15 households', async () => {
    const { data, errors } = await t.gql<Units>(UNITS, { grid: gridCode, first: 50 }, { as: countyAdmin });
    expect(errors).toBeUndefined();
    const units = data?.grid.units.edges.map((e) => e.node) ?? [];
    expect(units.length).toBe(data?.grid.units.totalCount);
    for (const unit of units) {
      expect(unit.householdCount).toBeGreaterThanOrEqual(5);
      expect(unit.householdCount).toBeLessThanOrEqual(15);
      expect(unit.withinBounds).toBe(true);
    }
    const first = units.find((u) => u.id === unitId);
    expect(first?.actions.totalCount).toBe(3);
    expect(first?.actions.edges.map((e) => e.node.kind)).toEqual([
      'HOUSEHOLD_VISITED',
      'DISPUTE_SETTLED',
      'NOTICE_RELAYED',
    ]);
    expect(first?.actions.edges[1]?.node.kindLabel).toBe('调解小纠纷');
    expect(units.find((u) => u.id === otherUnitId)?.actions.totalCount).toBe(0);
  });

  it('reads the units of a grid, their sizes and actions in as many statements for 2 units as for all', async () => {
    t.resetQueries();
    const few = await t.gql<Units>(UNITS, { grid: gridCode, first: 2 }, { as: countyAdmin });
    const fewCount = t.queries.length;
    t.resetQueries();
    const all = await t.gql<Units>(UNITS, { grid: gridCode, first: 50 }, { as: countyAdmin });
    const allCount = t.queries.length;
    expect(few.errors).toBeUndefined();
    expect(all.data?.grid.units.edges.length).toBeGreaterThanOrEqual(10);
    expect(allCount).toBe(fewCount);
    expect(fewCount).toBeLessThanOrEqual(4);
  });

  it('says a unit is outside the bounds when its households no longer fit the county’s 5–15', async () => {
    const [big, ...emptied] = await t.db.householdJointUnit.findMany({
      where: { gridCode },
      orderBy: { id: 'asc' },
      skip: 2,
      take: 3,
    });
    if (!big) throw new Error('a third unit');
    await t.db.household.updateMany({
      where: { unitId: { in: emptied.map((u) => u.id) } },
      data: { unitId: big.id },
    });
    const { data } = await t.gql<Units>(UNITS, { grid: gridCode, first: 50 }, { as: countyAdmin });
    const byId = new Map(data?.grid.units.edges.map((e) => [e.node.id, e.node]));
    expect(byId.get(encodeGlobalID('HouseholdJointUnit', big.id))).toMatchObject({ withinBounds: false });
    expect(byId.get(encodeGlobalID('HouseholdJointUnit', big.id))?.householdCount).toBeGreaterThan(15);
    for (const unit of emptied) {
      expect(byId.get(encodeGlobalID('HouseholdJointUnit', unit.id))).toMatchObject({
        householdCount: 0,
        withinBounds: false,
      });
    }
  });
});

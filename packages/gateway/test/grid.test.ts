import {
  addDays,
  type CalendarDate,
  findLeaveTransition,
  LEAVE_ACTION_TARGETS,
  LEAVE_ACTIONS,
  LEAVE_STATUSES,
  type LeaveAction,
  type LeaveStatus,
} from '@grassroots/core';
import {
  GERZE_GRID_COUNTS,
  GERZE_HOUSEHOLD_JOINT_UNIT_COUNT,
  GERZE_RECRUITMENT_BUDGET_FEN,
  GERZE_RECRUITMENT_QUOTA,
  GERZE_TRAINING_PERSON_TIMES,
} from '@grassroots/fixtures';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const judge: TestCaller = { subject: 'judge', grants: [{ role: 'JUDGE', region: GERZE }] };
const outsider: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}

let t: TestGateway;

beforeAll(async () => {
  // The grid staff are the first 1,500 people of the county's pool.
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures()]);
});
afterAll(() => t.close());

describe('county statistics (网格统计)', () => {
  const STATS = /* GraphQL */ `
    {
      region(code: "542526") {
        gridStats {
          grids compliantGrids
          gridsByKind { kind kindLabel(locale: ZH_CN) grids compliantGrids }
          staffByRole { role persons }
          householdJointUnits households
          recruitmentPlans { budgetFen quota hiredCount spentFen funding }
          trainingSessions trainingPersonTimes
          trainings { personTimes topics }
        }
      }
    }
  `;
  type Stats = {
    grids: number;
    compliantGrids: number;
    gridsByKind: { kind: string; kindLabel: string; grids: number; compliantGrids: number }[];
    staffByRole: { role: string; persons: number }[];
    householdJointUnits: number;
    households: number;
    recruitmentPlans: { budgetFen: number; quota: number; hiredCount: number; spentFen: number }[];
    trainingSessions: number;
    trainingPersonTimes: number;
    trainings: { personTimes: number }[];
  };

  it('gives 改则县’s figures exactly, to anyone, counted in SQL', async () => {
    const result = await t.gql<{ region: { gridStats: Stats } }>(STATS);
    expect(result.errors).toBeUndefined();
    const stats = result.data?.region.gridStats as Stats;
    expect(stats.grids).toBe(60);
    expect(stats.compliantGrids).toBe(60);
    expect(stats.gridsByKind).toEqual([
      { kind: 'URBAN', kindLabel: '城区网格', grids: 12, compliantGrids: 12 },
      { kind: 'PASTORAL', kindLabel: '牧区网格', grids: 48, compliantGrids: 48 },
    ]);
    expect([GERZE_GRID_COUNTS.URBAN, GERZE_GRID_COUNTS.PASTORAL]).toEqual([12, 48]);
    const persons = Object.fromEntries(stats.staffByRole.map((row) => [row.role, row.persons]));
    expect(persons).toMatchObject({
      GRID_CHIEF: 60,
      GRID_WORKER: 72,
      GRID_POLICE: 60,
      HOUSEHOLD_JOINT_HEAD: 897,
    });
    expect(stats.householdJointUnits).toBe(GERZE_HOUSEHOLD_JOINT_UNIT_COUNT);
    expect(stats.households).toBeGreaterThan(897 * 5 - 1);
    expect(stats.recruitmentPlans).toHaveLength(1);
    const [plan] = stats.recruitmentPlans;
    expect(plan).toMatchObject({ budgetFen: 352_400_000, quota: 72, hiredCount: 72 });
    expect(plan?.budgetFen).toBe(GERZE_RECRUITMENT_BUDGET_FEN);
    expect(plan?.hiredCount).toBe(GERZE_RECRUITMENT_QUOTA);
    expect(plan?.spentFen).toBeLessThanOrEqual(3_524_000 * 100);
    expect(stats.trainingSessions).toBe(2);
    expect(stats.trainingPersonTimes).toBe(200);
    expect(stats.trainings.reduce((sum, session) => sum + session.personTimes, 0)).toBe(
      GERZE_TRAINING_PERSON_TIMES,
    );
  });

  it('adds up: the townships’ grids make the county’s', async () => {
    const result = await t.gql<{
      region: {
        children: { edges: { node: { gridStats: { grids: number; householdJointUnits: number } } }[] };
      };
    }>(
      '{ region(code: "542526") { children(first: 20) { edges { node { gridStats { grids householdJointUnits } } } } } }',
    );
    const townships = result.data?.region.children.edges.map((edge) => edge.node.gridStats) ?? [];
    expect(townships.reduce((sum, s) => sum + s.grids, 0)).toBe(60);
    expect(townships.reduce((sum, s) => sum + s.householdJointUnits, 0)).toBe(897);
  });

  it('costs as many SQL statements for 2 townships as for all 7, every figure asked for', async () => {
    const CHILDREN = /* GraphQL */ `
      query Children($first: Int!) {
        region(code: "542526") {
          children(first: $first) { edges { node { code gridStats {
            grids compliantGrids
            gridsByKind { kind kindLabel grids compliantGrids }
            staffByRole { role roleLabel persons }
            householdJointUnits households
            recruitmentPlans { name budgetFen quota hiredCount spentFen funding postings { title } }
            trainingSessions trainingPersonTimes
            trainings { title personTimes topics targetRoles }
          } } } }
        }
      }
    `;
    type Children = { region: { children: { edges: { node: { gridStats: { grids: number } } }[] } } };
    const counts: number[] = [];
    const results: Children[] = [];
    for (const first of [2, 20]) {
      t.resetQueries();
      const result = await t.gql<Children>(CHILDREN, { first });
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
      results.push(result.data as Children);
    }
    expect(results[0]?.region.children.edges).toHaveLength(2);
    expect(results[1]?.region.children.edges).toHaveLength(7);
    expect(results[1]?.region.children.edges.reduce((sum, e) => sum + e.node.gridStats.grids, 0)).toBe(60);
    expect(counts[1]).toBe(counts[0]);
    // The region and its children, then one statement per figure for all the children at once.
    expect(counts[0]).toBeLessThanOrEqual(10);
  });
});

describe('a grid that breaks its staffing model', () => {
  const END = /* GraphQL */ `
    mutation End($input: StaffAssignmentEndInput!) {
      staffAssignmentEnd(input: $input) {
        staffAssignment { until active }
        grid { code compliant }
        userErrors { code kind field }
      }
    }
  `;
  const NON_COMPLIANT = /* GraphQL */ `
    {
      grids(filter: { within: "542526", compliant: false }, first: 10) {
        totalCount
        edges { node { code kind compliant staffing {
          compliant modelCode
          byRole { role required actual missing surplus }
          gaps { kind role count }
        } } }
      }
    }
  `;
  type EndResult = {
    staffAssignmentEnd: {
      staffAssignment: { until: string; active: boolean } | null;
      grid: { code: string; compliant: boolean } | null;
      userErrors: UserError[];
    };
  };
  type Grids = {
    grids: {
      totalCount: number;
      edges: {
        node: {
          code: string;
          compliant: boolean;
          staffing: {
            compliant: boolean;
            modelCode: string;
            byRole: { role: string; required: number; actual: number; missing: number }[];
            gaps: { kind: string; role: string | null; count: number | null }[];
          };
        };
      }[];
    };
  };

  it('is listed as non-compliant with its gap once a worker’s assignment ends', async () => {
    const worker = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_WORKER', grid: { kind: 'PASTORAL' } },
      orderBy: { id: 'desc' },
      include: { grid: true },
    });
    const township: TestCaller = {
      subject: 'township',
      grants: [{ role: 'TOWNSHIP_OFFICER', region: worker.grid.townshipCode }],
    };
    const before = await t.gql<Grids>(NON_COMPLIANT, {}, { as: countyAdmin });
    expect(before.data?.grids.totalCount).toBe(0);

    const ended = await t.gql<EndResult>(
      END,
      { input: { staffAssignmentId: encodeGlobalID('StaffAssignment', worker.id), lastDay: '2025-06-15' } },
      { as: township },
    );
    expect(ended.data?.staffAssignmentEnd).toMatchObject({
      staffAssignment: { until: '2025-06-15', active: false },
      grid: { code: worker.gridCode, compliant: false },
      userErrors: [],
    });

    const after = await t.gql<Grids>(NON_COMPLIANT, {}, { as: countyAdmin });
    expect(after.errors).toBeUndefined();
    expect(after.data?.grids.totalCount).toBe(1);
    const grid = after.data?.grids.edges[0]?.node;
    expect(grid).toMatchObject({ code: worker.gridCode, compliant: false });
    expect(grid?.staffing).toMatchObject({
      compliant: false,
      modelCode: 'PASTORAL_1_2',
      gaps: [{ kind: 'MISSING', role: 'GRID_WORKER', count: 1 }],
    });
    expect(grid?.staffing.byRole.find((row) => row.role === 'GRID_WORKER')).toMatchObject({
      required: 1,
      actual: 0,
      missing: 1,
    });
  });

  it('becomes compliant again when a new worker is assigned, in the same transaction', async () => {
    const broken = await t.db.grid.findFirstOrThrow({ where: { compliant: false } });
    const unit = await t.db.managingUnit.findUniqueOrThrow({ where: { id: `U-${broken.townshipCode}` } });
    const recruit = await t.db.person.findFirstOrThrow({
      where: { assignments: { none: {} }, residenceRegionCode: { startsWith: broken.townshipCode } },
      orderBy: { id: 'asc' },
    });
    const township: TestCaller = {
      subject: 'township',
      grants: [{ role: 'TOWNSHIP_OFFICER', region: broken.townshipCode }],
    };
    const input = {
      gridId: encodeGlobalID('Grid', broken.code),
      personId: encodeGlobalID('Person', recruit.id),
      role: 'GRID_WORKER',
      managingUnitId: encodeGlobalID('ManagingUnit', unit.id),
      from: '2025-06-16',
    };
    const CREATE = /* GraphQL */ `
      mutation Create($input: StaffAssignmentCreateInput!) {
        staffAssignmentCreate(input: $input) {
          staffAssignment { role active person { id } managingUnit { kind } }
          grid { compliant staffing { gaps { kind } } }
          userErrors { code kind field }
        }
      }
    `;
    const refused = await t.gql<{ staffAssignmentCreate: { userErrors: UserError[] } }>(
      CREATE,
      { input: { ...input, role: 'BUILDING_HEAD' } },
      { as: township },
    );
    expect(refused.data?.staffAssignmentCreate.userErrors).toMatchObject([
      { code: 'ASSIGNMENT_BUILDING_HEAD_URBAN_ONLY', kind: 'VALIDATION', field: ['role'] },
    ]);
    const created = await t.gql<{ staffAssignmentCreate: Record<string, unknown> }>(
      CREATE,
      { input },
      { as: township },
    );
    expect(created.data?.staffAssignmentCreate).toMatchObject({
      staffAssignment: { role: 'GRID_WORKER', active: true, person: { id: input.personId } },
      grid: { compliant: true, staffing: { gaps: [] } },
      userErrors: [],
    });
    expect(await t.db.grid.count({ where: { compliant: false } })).toBe(0);
  });
});

describe('the leave lifecycle through the API (请销假)', () => {
  const CREATE = /* GraphQL */ `
    mutation Create($input: LeaveRequestCreateInput!) {
      leaveRequestCreate(input: $input) { leaveRequest { id status version } userErrors { code kind } }
    }
  `;
  const MUTATIONS: Record<LeaveAction, string> = {
    SUBMIT: 'leaveRequestSubmit',
    APPROVE: 'leaveRequestApprove',
    REJECT: 'leaveRequestReject',
    CANCEL: 'leaveRequestCancel',
  };
  const INPUTS: Record<LeaveAction, string> = {
    SUBMIT: 'LeaveRequestSubmitInput',
    APPROVE: 'LeaveRequestApproveInput',
    REJECT: 'LeaveRequestRejectInput',
    CANCEL: 'LeaveRequestCancelInput',
  };
  type Moved = {
    leaveRequest: {
      id: string;
      status: string;
      version: number;
      decision: { outcome: string } | null;
    } | null;
    userErrors: UserError[];
  };

  let applicant: TestCaller;
  let manager: TestCaller;
  let gridChief: TestCaller;
  let assignmentId: string;
  let nextDay = '2025-09-01' as CalendarDate;

  beforeAll(async () => {
    const assignment = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_WORKER', managingUnit: { kind: 'TOWNSHIP_GOVERNMENT' } },
      orderBy: { id: 'asc' },
      include: { managingUnit: true },
    });
    const chief = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_CHIEF', gridCode: assignment.gridCode },
    });
    assignmentId = encodeGlobalID('StaffAssignment', assignment.id);
    applicant = {
      subject: 'worker',
      personId: assignment.personId,
      grants: [{ role: 'GRID_WORKER', region: assignment.gridCode }],
    };
    manager = {
      subject: 'township',
      personId: 'P-township-officer',
      grants: [{ role: 'TOWNSHIP_OFFICER', region: assignment.managingUnit.regionCode }],
    };
    gridChief = {
      subject: 'chief',
      personId: chief.personId,
      grants: [{ role: 'GRID_CHIEF', region: assignment.gridCode }],
    };
  });

  /** A new draft on days no other request of the test uses. */
  async function draft(days = 1): Promise<string> {
    const startDate = nextDay;
    const endDate = addDays(startDate, days - 1);
    nextDay = addDays(endDate, 2);
    const result = await t.gql<{ leaveRequestCreate: Moved }>(
      CREATE,
      {
        input: { staffAssignmentId: assignmentId, kind: 'PERSONAL', startDate, endDate, reason: '家中有事' },
      },
      { as: applicant },
    );
    expect(result.data?.leaveRequestCreate.userErrors).toEqual([]);
    return result.data?.leaveRequestCreate.leaveRequest?.id as string;
  }

  function act(
    action: LeaveAction,
    id: string,
    options: { as?: TestCaller; note?: string | null; expectedVersion?: number } = {},
  ) {
    const by = options.as ?? (action === 'APPROVE' || action === 'REJECT' ? manager : applicant);
    const note = action === 'APPROVE' || action === 'REJECT' ? '$note: String' : '';
    const input: Record<string, unknown> = { leaveRequestId: id };
    if (options.expectedVersion !== undefined) input.expectedVersion = options.expectedVersion;
    if (note) input.note = options.note === undefined ? '当周开展入户走访' : options.note;
    return t
      .gql<Record<string, Moved>>(
        `mutation Act($input: ${INPUTS[action]}!) {
          ${MUTATIONS[action]}(input: $input) {
            leaveRequest { id status version decision { outcome } }
            userErrors { code kind field }
          }
        }`,
        { input },
        { as: by },
      )
      .then((result) => {
        expect(result.errors).toBeUndefined();
        return result.data?.[MUTATIONS[action]] as Moved;
      });
  }

  /** A request brought to `status` through the API by the people allowed to. */
  async function requestIn(status: LeaveStatus): Promise<string> {
    const id = await draft();
    const path: Record<LeaveStatus, LeaveAction[]> = {
      DRAFT: [],
      SUBMITTED: ['SUBMIT'],
      APPROVED: ['SUBMIT', 'APPROVE'],
      REJECTED: ['SUBMIT', 'REJECT'],
      CANCELLED: ['CANCEL'],
    };
    for (const action of path[status]) {
      const moved = await act(action, id);
      expect(moved.userErrors).toEqual([]);
    }
    return id;
  }

  const cases = LEAVE_STATUSES.flatMap((status) =>
    LEAVE_ACTIONS.map((action) => ({
      status,
      action,
      allowed: findLeaveTransition(status, action) !== null,
    })),
  );

  it('covers every pair of status and action (6 allowed, 14 refused)', () => {
    expect(cases).toHaveLength(20);
    expect(cases.filter((c) => c.allowed)).toHaveLength(6);
  });

  it.each(cases)('$status + $action: allowed $allowed', async ({ status, action, allowed }) => {
    const id = await requestIn(status);
    const moved = await act(action, id);
    const stored = await t.db.leaveRequest.findUniqueOrThrow({ where: { id: idFromGlobal(id) } });
    if (allowed) {
      expect(moved.userErrors).toEqual([]);
      expect(moved.leaveRequest?.status).toBe(LEAVE_ACTION_TARGETS[action]);
      expect(stored.status).toBe(LEAVE_ACTION_TARGETS[action]);
    } else {
      expect(moved.leaveRequest).toBeNull();
      expect(moved.userErrors).toMatchObject([{ code: 'LEAVE_TRANSITION_NOT_ALLOWED', kind: 'CONFLICT' }]);
      expect(stored.status).toBe(status);
    }
  });

  it('lets only the managing unit decide (谁用人，谁管理)', async () => {
    const id = await requestIn('SUBMITTED');
    for (const caller of [applicant, gridChief]) {
      const refused = await act('APPROVE', id, { as: caller });
      expect(refused.userErrors).toMatchObject([{ code: 'ASSIGNMENT_NOT_MANAGING_UNIT', kind: 'FORBIDDEN' }]);
    }
    const hidden = await act('APPROVE', id, { as: outsider });
    expect(hidden.userErrors).toMatchObject([{ code: 'LEAVE_NOT_FOUND', kind: 'NOT_FOUND' }]);
    const county = await act('APPROVE', id, { as: countyAdmin });
    expect(county.userErrors).toEqual([]);
    expect(county.leaveRequest?.decision).toEqual({ outcome: 'APPROVED' });
  });

  it('refuses a rejection without a reason, and a submission that overlaps submitted leave', async () => {
    const id = await requestIn('SUBMITTED');
    const bare = await act('REJECT', id, { note: '  ' });
    expect(bare.userErrors).toMatchObject([{ code: 'LEAVE_REJECTION_REASON_REQUIRED', field: ['note'] }]);
    const stored = await t.db.leaveRequest.findUniqueOrThrow({ where: { id: idFromGlobal(id) } });
    const overlapping = await t.gql<{ leaveRequestCreate: Moved }>(
      CREATE,
      {
        input: {
          staffAssignmentId: assignmentId,
          kind: 'SICK',
          startDate: stored.startDate,
          endDate: stored.endDate,
        },
      },
      { as: applicant },
    );
    const second = overlapping.data?.leaveRequestCreate.leaveRequest?.id as string;
    const submitted = await act('SUBMIT', second);
    expect(submitted.userErrors).toMatchObject([{ code: 'LEAVE_OVERLAP', kind: 'CONFLICT' }]);
  });

  it('refuses a decision made on a stale version', async () => {
    const id = await requestIn('SUBMITTED');
    const stale = await act('APPROVE', id, { expectedVersion: 1 });
    expect(stale.userErrors).toMatchObject([{ code: 'LEAVE_STALE', kind: 'CONFLICT' }]);
    const fresh = await act('APPROVE', id, { expectedVersion: 2 });
    expect(fresh.userErrors).toEqual([]);
    expect(fresh.leaveRequest?.version).toBe(3);
  });

  it('leaves exactly one decision when two approvals race', async () => {
    const id = await requestIn('SUBMITTED');
    const results = await Promise.all([act('APPROVE', id), act('APPROVE', id, { as: countyAdmin })]);
    const won = results.filter((r) => r.userErrors.length === 0);
    const lost = results.filter((r) => r.userErrors.length > 0);
    console.log(`concurrent approvals: ${lost.map((r) => r.userErrors[0]?.code).join(', ')}`);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.userErrors[0]?.kind).toBe('CONFLICT');
    expect(['LEAVE_STALE', 'LEAVE_TRANSITION_NOT_ALLOWED']).toContain(lost[0]?.userErrors[0]?.code);
    const stored = await t.db.leaveRequest.findUniqueOrThrow({ where: { id: idFromGlobal(id) } });
    expect(stored).toMatchObject({ status: 'APPROVED', version: 3, decisionOutcome: 'APPROVED' });
  });

  it('shows a grid chief the leave of their grid only, counted in SQL', async () => {
    const LIST =
      '{ leaveRequests(first: 100) { totalCount edges { node { assignment { grid { code } } } } } }';
    type List = {
      leaveRequests: { totalCount: number; edges: { node: { assignment: { grid: { code: string } } } }[] };
    };
    const chief = await t.gql<List>(LIST, {}, { as: gridChief });
    const grid = (gridChief.grants[0] as { region: string }).region;
    expect(chief.data?.leaveRequests.totalCount).toBe(
      await t.db.leaveRequest.count({ where: { assignment: { gridCode: grid } } }),
    );
    expect(chief.data?.leaveRequests.edges.every((e) => e.node.assignment.grid.code === grid)).toBe(true);
    const stranger = await t.gql<List>(LIST, {}, { as: judge });
    expect(stranger.data?.leaveRequests.totalCount).toBe(0);
  });
});

describe('the nested query grids → staff → person → grid', () => {
  const NESTED = /* GraphQL */ `
    query Nested($first: Int!) {
      grids(first: $first) {
        totalCount
        edges { node {
          code
          staff { role person { nameZh gridAssignments { role grid { code kind } } } }
        } }
      }
    }
  `;

  it('runs in as many SQL statements for 50 grids as for 2', async () => {
    t.resetQueries();
    const few = await t.gql<{ grids: { edges: unknown[] } }>(NESTED, { first: 2 }, { as: countyAdmin });
    const fewCount = t.queries.length;
    t.resetQueries();
    const many = await t.gql<{ grids: { edges: { node: { staff: unknown[] } }[] } }>(
      NESTED,
      { first: 50 },
      { as: countyAdmin },
    );
    const manyCount = t.queries.length;
    expect(few.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(many.data?.grids.edges).toHaveLength(50);
    expect(many.data?.grids.edges.reduce((sum, e) => sum + e.node.staff.length, 0)).toBeGreaterThan(700);
    expect(manyCount).toBe(fewCount);
    expect(fewCount).toBeLessThanOrEqual(10);
  });

  it('keeps a grid dashboard (staffing, units, households, committees) at a fixed number of statements', async () => {
    const DASHBOARD = /* GraphQL */ `
      query Dashboard($first: Int!) {
        grids(first: $first) { edges { node {
          code village { code }
          staffing { compliant gaps { kind } }
          staff { role managingUnit { nameZh } }
          units(first: 5) { totalCount edges { node { householdCount head { nameZh } } } }
          households(first: 2) { totalCount }
          committees { members { seat person { nameZh } } }
        } } }
      }
    `;
    const counts: number[] = [];
    for (const first of [2, 50]) {
      t.resetQueries();
      const result = await t.gql(DASHBOARD, { first }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('scope and masking', () => {
  it('refuses staff changes outside the caller’s region or role, writing nothing', async () => {
    const assignment = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_POLICE', until: null },
      orderBy: { id: 'asc' },
    });
    const END = /* GraphQL */ `
      mutation End($input: StaffAssignmentEndInput!) {
        staffAssignmentEnd(input: $input) { staffAssignment { id } userErrors { code kind } }
      }
    `;
    const input = {
      staffAssignmentId: encodeGlobalID('StaffAssignment', assignment.id),
      lastDay: '2025-06-15',
    };
    const chief: TestCaller = {
      subject: 'chief',
      grants: [{ role: 'GRID_CHIEF', region: assignment.gridCode }],
    };
    for (const caller of [outsider, chief, judge]) {
      const refused = await t.gql<{ staffAssignmentEnd: { staffAssignment: null; userErrors: UserError[] } }>(
        END,
        { input },
        { as: caller },
      );
      expect(refused.data?.staffAssignmentEnd).toEqual({
        staffAssignment: null,
        userErrors: [{ code: 'GRID_FORBIDDEN', kind: 'FORBIDDEN' }],
      });
    }
    const stored = await t.db.staffAssignment.findUniqueOrThrow({ where: { id: assignment.id } });
    expect(stored.until).toBeNull();
  });

  it('masks the staff’s personal fields for a low role and shows them to the county', async () => {
    const grid = await t.db.grid.findFirstOrThrow({ orderBy: { code: 'asc' } });
    const chief = await t.db.staffAssignment.findFirstOrThrow({
      where: { gridCode: grid.code, role: 'GRID_CHIEF' },
      include: { person: true },
    });
    const QUERY = /* GraphQL */ `
      query Staff($code: String!) {
        grid(code: $code) { staff(role: GRID_CHIEF) { person { nameZh citizenId phone } } }
      }
    `;
    type Staff = {
      grid: { staff: { person: { nameZh: string; citizenId: string; phone: string | null } }[] };
    };
    // A judge has no business with grids: the grid reads as missing, with no error.
    const asJudge = await t.gql<Staff>(QUERY, { code: grid.code }, { as: judge });
    expect(asJudge).toEqual({ data: { grid: null }, status: 200 });
    // A party organiser reads the grids its branches are built on, with the staff's IDs masked.
    const organiser: TestCaller = {
      subject: 'organiser',
      grants: [{ role: 'PARTY_ORGANISER', region: GERZE }],
    };
    const asOrganiser = await t.gql<Staff>(QUERY, { code: grid.code }, { as: organiser });
    expect(asOrganiser.errors).toBeUndefined();
    const masked = asOrganiser.data?.grid.staff[0]?.person;
    expect(masked?.citizenId).toBe(
      `${chief.person.citizenId[0]}${'*'.repeat(16)}${chief.person.citizenId.slice(-1)}`,
    );
    expect(masked?.nameZh).toBe(chief.person.nameZh);
    // Grid staff see the people who live in or serve their own grid.
    const worker: TestCaller = {
      subject: 'worker',
      grants: [{ role: 'GRID_WORKER', region: grid.code }],
    };
    const asWorker = await t.gql<Staff>(QUERY, { code: grid.code }, { as: worker });
    expect(asWorker.data?.grid.staff[0]?.person.citizenId).toBe(
      `${chief.person.citizenId.slice(0, 6)}********${chief.person.citizenId.slice(-4)}`,
    );
    const asCounty = await t.gql<Staff>(QUERY, { code: grid.code }, { as: countyAdmin });
    expect(asCounty.data?.grid.staff[0]?.person).toMatchObject({
      nameZh: chief.person.nameZh,
      citizenId: chief.person.citizenId,
    });
    const anonymous = await t.gql<{ grid: null }>(QUERY, { code: grid.code });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('hides a colleague’s attendance and leave from a grid worker, and shows them to the grid chief', async () => {
    const assignment = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_WORKER' },
      orderBy: { id: 'asc' },
    });
    const chief = await t.db.staffAssignment.findFirstOrThrow({
      where: { role: 'GRID_CHIEF', gridCode: assignment.gridCode },
    });
    const QUERY = /* GraphQL */ `
      query Records($id: ID!) {
        node(id: $id) { ... on StaffAssignment {
          attendance(from: "2025-06-09", to: "2025-06-15") { summary { dueDays attendedDays } days { status } }
          leaveRequests(first: 5) { totalCount }
        } }
      }
    `;
    const id = encodeGlobalID('StaffAssignment', assignment.id);
    const colleague: TestCaller = {
      subject: 'colleague',
      personId: chief.personId === assignment.personId ? 'P-nobody' : 'P-colleague',
      grants: [{ role: 'GRID_WORKER', region: assignment.gridCode }],
    };
    const hidden = await t.gql<{ node: { attendance: null; leaveRequests: null } }>(
      QUERY,
      { id },
      { as: colleague },
    );
    expect(hidden.data?.node).toEqual({ attendance: null, leaveRequests: null });
    // Null and no error: the rest of a page that shows the colleague stands.
    expect(hidden.errors).toBeUndefined();
    const chiefCaller: TestCaller = {
      subject: 'chief',
      personId: chief.personId,
      grants: [{ role: 'GRID_CHIEF', region: assignment.gridCode }],
    };
    const shown = await t.gql<{
      node: { attendance: { summary: { dueDays: number }; days: { status: string }[] } };
    }>(QUERY, { id }, { as: chiefCaller });
    expect(shown.errors).toBeUndefined();
    expect(shown.data?.node.attendance.days).toHaveLength(7);
    expect(shown.data?.node.attendance.days.slice(5).map((d) => d.status)).toEqual(['REST_DAY', 'REST_DAY']);
  });
});

function idFromGlobal(globalId: string): string {
  return decodeGlobalID(globalId).id;
}

describe('a grid whose staff live outside the township (issue 9, defect 4)', () => {
  it('answers a township officer with the grid and its staff, names masked, and no error', async () => {
    const staff = await t.db.staffAssignment.findMany({ include: { person: true }, orderBy: { id: 'asc' } });
    const away = staff.find((row) => !row.person.residenceRegionCode.startsWith(row.gridCode.slice(0, 9)));
    if (!away) throw new Error('fixture: every grid’s staff live in its township');
    const officer: TestCaller = {
      subject: 'township-officer',
      grants: [{ role: 'TOWNSHIP_OFFICER', region: away.gridCode.slice(0, 9) }],
    };
    const result = await t.gql<{
      grid: { code: string; staff: { person: { id: string; nameZh: string; sex: string | null } }[] } | null;
    }>(
      `query($code: String!) { grid(code: $code) { code staff { person { id nameZh sex citizenId } } } }`,
      { code: away.gridCode },
      { as: officer },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.grid?.code).toBe(away.gridCode);
    const shown = result.data?.grid?.staff.find(
      (s) => s.person.id === encodeGlobalID('Person', away.personId),
    );
    expect(shown?.person.nameZh).not.toBe(away.person.nameZh);
    expect(shown?.person.nameZh.startsWith(Array.from(away.person.nameZh)[0] ?? '')).toBe(true);
    expect(shown?.person.sex).toBeNull();
  });
});

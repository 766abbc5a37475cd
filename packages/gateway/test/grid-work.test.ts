import { DEFAULT_ASSESSMENT_POLICY, gradeFor, ratioToScore, scoreAssessment } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffAssignment } from '../src/generated/sqlite/client.js';
import { gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const _judge: TestCaller = { subject: 'judge', grants: [{ role: 'JUDGE', region: GERZE }] };

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}

let t: TestGateway;
/** A full-time grid worker managed by their township government, with a week of clock records. */
let worker: StaffAssignment & { managingUnit: { regionCode: string } };
let self: TestCaller;
let township: TestCaller;
let chief: TestCaller;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures()]);
  worker = await t.db.staffAssignment.findFirstOrThrow({
    where: { role: 'GRID_WORKER', person: { clockRecords: { some: {} } } },
    orderBy: { id: 'asc' },
    include: { managingUnit: true },
  });
  const gridChief = await t.db.staffAssignment.findFirstOrThrow({
    where: { role: 'GRID_CHIEF', gridCode: worker.gridCode },
  });
  // The worker's own grid: their own person record they read as themself, wherever they live.
  self = {
    subject: 'self',
    personId: worker.personId,
    grants: [{ role: 'GRID_WORKER', region: worker.gridCode }],
  };
  township = {
    subject: 'township',
    grants: [{ role: 'TOWNSHIP_OFFICER', region: worker.managingUnit.regionCode }],
  };
  chief = {
    subject: 'chief',
    personId: gridChief.personId,
    grants: [{ role: 'GRID_CHIEF', region: worker.gridCode }],
  };
});
afterAll(() => t.close());

describe('a grid in detail', () => {
  it('shows an urban grid’s names, model, units, households and homeowners’ committee', async () => {
    const grid = await t.db.grid.findFirstOrThrow({ where: { kind: 'URBAN' }, orderBy: { code: 'asc' } });
    const result = await t.gql<{ grid: Record<string, unknown> & GridDetail }>(
      /* GraphQL */ `
        query Grid($code: String!) {
          grid(code: $code) {
            id code kind kindLabel(locale: EN) name(locale: BO) nameZh village { code }
            staffing { compliant modelCode modelName(locale: ZH_CN) byRole { role required actual } gaps { kind } }
            units(first: 3) { totalCount edges { node { sequence householdCount head { id } households(first: 2) { totalCount } } } }
            households(first: 1) { totalCount }
            committees { name members { seat seatLabel(locale: ZH_CN) } }
          }
        }
      `,
      { code: grid.code },
      { as: countyAdmin },
    );
    expect(result.errors).toBeUndefined();
    const detail = result.data?.grid as GridDetail & Record<string, unknown>;
    expect(detail).toMatchObject({
      id: encodeGlobalID('Grid', grid.code),
      code: grid.code,
      kind: 'URBAN',
      kindLabel: 'Urban grid',
      name: grid.nameBo,
      village: { code: grid.villageCode },
      staffing: { compliant: true, modelCode: 'URBAN_1_3', modelName: '城区“1+3+联户长”模式', gaps: [] },
    });
    expect(detail.staffing.byRole.find((row) => row.role === 'GRID_WORKER')).toEqual({
      role: 'GRID_WORKER',
      required: 2,
      actual: 2,
    });
    expect(detail.units.totalCount).toBe(
      await t.db.householdJointUnit.count({ where: { gridCode: grid.code } }),
    );
    expect(detail.units.edges.map((e) => e.node.sequence)).toEqual([1, 2, 3]);
    expect(detail.units.edges[0]?.node.householdCount).toBe(
      detail.units.edges[0]?.node.households.totalCount,
    );
    expect(detail.households.totalCount).toBe(await t.db.household.count({ where: { gridCode: grid.code } }));
    const seats = detail.committees[0]?.members.map((member) => member.seat) ?? [];
    expect(seats).toContain('GRID_CHIEF');
    expect(seats).toContain('HOUSEHOLD_JOINT_HEAD');
  });

  it('filters and orders grids in SQL', async () => {
    const result = await t.gql<{ grids: { totalCount: number; edges: { node: { kind: string } }[] } }>(
      '{ grids(filter: { kind: URBAN, within: "542526" }, orderBy: { field: KIND, direction: DESC }, first: 5) { totalCount edges { node { kind } } } }',
      {},
      { as: countyAdmin },
    );
    expect(result.data?.grids.totalCount).toBe(12);
    expect(result.data?.grids.edges.every((e) => e.node.kind === 'URBAN')).toBe(true);
  });

  it('lists a person’s roles in every grid they serve (one person, two roles)', async () => {
    const both = await t.db.staffAssignment.findFirstOrThrow({
      where: {
        role: 'BUILDING_HEAD',
        person: { assignments: { some: { role: 'HOUSEHOLD_JOINT_HEAD' } } },
      },
    });
    const result = await t.gql<{ node: { gridAssignments: { role: string; grid: { code: string } }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on Person { gridAssignments { role grid { code } } } } }',
      { id: encodeGlobalID('Person', both.personId) },
      { as: countyAdmin },
    );
    expect(result.data?.node.gridAssignments.map((a) => a.role).sort()).toEqual([
      'BUILDING_HEAD',
      'HOUSEHOLD_JOINT_HEAD',
    ]);
  });
});

interface GridDetail {
  staffing: { byRole: { role: string; required: number; actual: number }[] };
  units: {
    totalCount: number;
    edges: { node: { sequence: number; householdCount: number; households: { totalCount: number } } }[];
  };
  households: { totalCount: number };
  committees: { members: { seat: string }[] }[];
}

describe('clocking in and out (上下班打卡)', () => {
  const CLOCK = /* GraphQL */ `
    mutation Clock($input: ClockRecordCreateInput!) {
      clockRecordCreate(input: $input) { clockRecord { direction at person { id } } userErrors { code kind } }
    }
  `;
  type Clock = {
    clockRecordCreate: {
      clockRecord: { direction: string; at: string; person: { id: string } } | null;
      userErrors: UserError[];
    };
  };

  it('records a clock-in for the person themself at the time of the request', async () => {
    const result = await t.gql<Clock>(CLOCK, { input: { direction: 'IN' } }, { as: self });
    expect(result.data?.clockRecordCreate).toEqual({
      clockRecord: {
        direction: 'IN',
        at: '2025-06-16T02:00:00.000Z',
        person: { id: encodeGlobalID('Person', worker.personId) },
      },
      userErrors: [],
    });
  });

  it('lets a manager of the grid clock for them, and refuses a colleague or someone serving no grid', async () => {
    const personId = encodeGlobalID('Person', worker.personId);
    const byManager = await t.gql<Clock>(CLOCK, { input: { direction: 'OUT', personId } }, { as: township });
    expect(byManager.data?.clockRecordCreate.userErrors).toEqual([]);
    const colleague = { ...self, subject: 'colleague', personId: 'P-colleague' };
    const refused = await t.gql<Clock>(CLOCK, { input: { direction: 'OUT', personId } }, { as: colleague });
    expect(refused.data?.clockRecordCreate).toEqual({
      clockRecord: null,
      userErrors: [{ code: 'ATTENDANCE_CLOCK_FORBIDDEN', kind: 'FORBIDDEN' }],
    });
    const nobody = await t.gql<Clock>(
      CLOCK,
      { input: { direction: 'IN' } },
      { as: { ...self, personId: 'P-x' } },
    );
    expect(nobody.data?.clockRecordCreate.userErrors[0]?.code).toBe('ATTENDANCE_CLOCK_FORBIDDEN');
  });

  it('reads today as late and leaving early from those records', async () => {
    const result = await t.gql<{ node: { attendance: { days: { status: string; clockIn: string }[] } } }>(
      'query ($id: ID!) { node(id: $id) { ... on StaffAssignment { attendance(from: "2025-06-16", to: "2025-06-16") { days { status clockIn } } } } }',
      { id: encodeGlobalID('StaffAssignment', worker.id) },
      { as: township },
    );
    expect(result.data?.node.attendance.days).toEqual([
      { status: 'LATE_AND_EARLY_LEAVE', clockIn: '2025-06-16T02:00:00.000Z' },
    ]);
  });

  it('refuses a period running backwards or longer than a quarter', async () => {
    const result = await t.gql(
      'query ($id: ID!) { node(id: $id) { ... on StaffAssignment { attendance(from: "2025-01-01", to: "2025-12-31") { days { status } } } } }',
      { id: encodeGlobalID('StaffAssignment', worker.id) },
      { as: township },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('assessment (考核)', () => {
  const RECORD = /* GraphQL */ `
    mutation Assess($input: AssessmentRecordInput!) {
      assessmentRecord(input: $input) {
        assessment { score grade gradeLabel(locale: ZH_CN) components { attendance tasksOnTime satisfaction }
          consequences { kind amountFen } assessedBy { id } }
        userErrors { code kind field }
      }
    }
  `;
  type Assessed = {
    assessmentRecord: {
      assessment: {
        score: number;
        grade: string;
        components: { attendance: number; tasksOnTime: number; satisfaction: number };
        consequences: { kind: string; amountFen: number | null }[];
        assessedBy: { id: string };
      } | null;
      userErrors: UserError[];
    };
  };
  const input = () => ({
    staffAssignmentId: encodeGlobalID('StaffAssignment', worker.id),
    periodFrom: '2025-06-09',
    periodTo: '2025-06-15',
  });

  it('scores attendance from the clock records and the other two from matters, and lets only the managing unit assess', async () => {
    const refused = await t.gql<Assessed>(RECORD, { input: input() }, { as: chief });
    expect(refused.data?.assessmentRecord.userErrors).toMatchObject([
      { code: 'ASSIGNMENT_NOT_MANAGING_UNIT', kind: 'FORBIDDEN' },
    ]);

    const week = await t.gql<{
      node: { attendance: { summary: { dueDays: number; attendedDays: number } } };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on StaffAssignment { attendance(from: "2025-06-09", to: "2025-06-15") { summary { dueDays attendedDays } } } } }',
      { id: encodeGlobalID('StaffAssignment', worker.id) },
      { as: chief },
    );
    const summary = week.data?.node.attendance.summary as { dueDays: number; attendedDays: number };
    const components = {
      attendance: ratioToScore({ part: summary.attendedDays, whole: summary.dueDays }),
      // The worker handled no matter that week: nothing late, no complaint (matter-actions.test.ts
      // has an assessment computed from matters handled).
      tasksOnTime: 10000,
      satisfaction: 10000,
    };
    const score = scoreAssessment(components, DEFAULT_ASSESSMENT_POLICY.weights);

    const assessed = await t.gql<Assessed>(RECORD, { input: input() }, { as: township });
    expect(assessed.data?.assessmentRecord.userErrors).toEqual([]);
    expect(assessed.data?.assessmentRecord.assessment).toMatchObject({
      components,
      score,
      grade: gradeFor(score),
      assessedBy: { id: encodeGlobalID('ManagingUnit', worker.managingUnitId) },
    });

    const again = await t.gql<Assessed>(RECORD, { input: input() }, { as: township });
    expect(again.data?.assessmentRecord.userErrors).toMatchObject([
      { code: 'ASSESSMENT_ALREADY_RECORDED', kind: 'CONFLICT' },
    ]);
  });

  it('shows the person their assessments', async () => {
    const result = await t.gql<{ node: { assessments: { grade: string }[] } }>(
      'query ($id: ID!) { node(id: $id) { ... on StaffAssignment { assessments { grade } } } }',
      { id: encodeGlobalID('StaffAssignment', worker.id) },
      { as: self },
    );
    expect(result.data?.node.assessments).toHaveLength(1);
  });
});

describe('recruitment and training (招聘与培训)', () => {
  const INTERVIEW = /* GraphQL */ `
    mutation Interview($input: CandidateInterviewRecordInput!) {
      candidateInterviewRecord(input: $input) { candidate { weightedScore rank hired } userErrors { code kind field } }
    }
  `;
  const SELECT = /* GraphQL */ `
    mutation Select($input: RecruitmentSelectInput!) {
      recruitmentSelect(input: $input) {
        recruitmentPlan { hiredCount spentFen budgetFen }
        selection { hiredCount totalCostFen remainingBudgetFen stoppedBy hired { rank } notInterviewedCount }
        userErrors { code kind }
      }
    }
  `;
  type Interviewed = {
    candidateInterviewRecord: {
      candidate: { weightedScore: number; rank: number | null; hired: boolean } | null;
      userErrors: UserError[];
    };
  };

  it('records interview scores for the county’s recruiters only, each 0–10000', async () => {
    const candidate = await t.db.candidate.findFirstOrThrow({ where: { professionalSkill: null } });
    const scores = { professionalSkill: 8000, personalCharacter: 7000, communication: 9000 };
    const input = { candidateId: encodeGlobalID('Candidate', candidate.id), ...scores };
    const forbidden = await t.gql<Interviewed>(INTERVIEW, { input }, { as: township });
    expect(forbidden.data?.candidateInterviewRecord.userErrors).toMatchObject([
      { code: 'RECRUITMENT_FORBIDDEN', kind: 'FORBIDDEN' },
    ]);
    const tooHigh = await t.gql<Interviewed>(
      INTERVIEW,
      { input: { ...input, communication: 10_001 } },
      { as: countyAdmin },
    );
    expect(tooHigh.data?.candidateInterviewRecord.userErrors).toMatchObject([
      { code: 'RECRUITMENT_SCORE', field: ['scores', 'communication'] },
    ]);
    const recorded = await t.gql<Interviewed>(INTERVIEW, { input }, { as: countyAdmin });
    expect(recorded.data?.candidateInterviewRecord).toEqual({
      candidate: { weightedScore: 8000, rank: null, hired: false },
      userErrors: [],
    });
  });

  it('selects the best 72 within the budget and ranks every interviewed candidate', async () => {
    const plan = await t.db.recruitmentPlan.findFirstOrThrow();
    const input = { recruitmentPlanId: encodeGlobalID('RecruitmentPlan', plan.id) };
    const forbidden = await t.gql<{ recruitmentSelect: { userErrors: UserError[] } }>(
      SELECT,
      { input },
      { as: township },
    );
    expect(forbidden.data?.recruitmentSelect.userErrors).toMatchObject([{ code: 'RECRUITMENT_FORBIDDEN' }]);
    const result = await t.gql<{
      recruitmentSelect: {
        recruitmentPlan: { hiredCount: number; spentFen: number; budgetFen: number };
        selection: { hiredCount: number; totalCostFen: number; stoppedBy: string; hired: { rank: number }[] };
        userErrors: UserError[];
      };
    }>(SELECT, { input }, { as: countyAdmin });
    expect(result.errors).toBeUndefined();
    const { recruitmentPlan, selection, userErrors } = result.data?.recruitmentSelect ?? ({} as never);
    expect(userErrors).toEqual([]);
    expect(selection.hiredCount).toBe(72);
    expect(selection.stoppedBy).toBe('QUOTA');
    expect(selection.totalCostFen).toBeLessThanOrEqual(recruitmentPlan.budgetFen);
    expect(recruitmentPlan).toMatchObject({ hiredCount: 72, spentFen: selection.totalCostFen });
    const ranks = selection.hired.map((hire) => hire.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(await t.db.candidate.count({ where: { rank: null, professionalSkill: { not: null } } })).toBe(0);
  });

  it('shows candidates to recruiters only, and training participants to signed-in callers', async () => {
    const QUERY = /* GraphQL */ `
      {
        region(code: "542526") {
          gridStats {
            recruitmentPlans { postings { title candidates(first: 3) { totalCount } } }
            trainings { title topics targetRoles personTimes participants(first: 3) { totalCount } }
          }
        }
      }
    `;
    type Result = {
      region: {
        gridStats: {
          recruitmentPlans: { postings: { candidates: { totalCount: number } | null }[] }[];
          trainings: { personTimes: number; participants: { totalCount: number } | null }[];
        };
      };
    };
    const asAdmin = await t.gql<Result>(QUERY, {}, { as: countyAdmin });
    expect(asAdmin.errors).toBeUndefined();
    const postings = asAdmin.data?.region.gridStats.recruitmentPlans[0]?.postings ?? [];
    expect(postings.reduce((sum, p) => sum + (p.candidates?.totalCount ?? 0), 0)).toBe(150);
    expect(asAdmin.data?.region.gridStats.trainings.map((s) => s.participants?.totalCount)).toEqual([
      100, 100,
    ]);
    const anonymous = await t.gql<Result>(QUERY);
    expect(anonymous.data?.region.gridStats.trainings.map((s) => s.personTimes)).toEqual([100, 100]);
    expect(anonymous.data?.region.gridStats.trainings.every((s) => s.participants === null)).toBe(true);
    expect(
      anonymous.data?.region.gridStats.recruitmentPlans[0]?.postings.every((p) => p.candidates === null),
    ).toBe(true);
    expect(anonymous.errors).toBeUndefined();
  });
});

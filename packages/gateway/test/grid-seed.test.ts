// The grid seed without a database: the fixtures' entities mapped to rows by the grid mappers (the
// same mappers the resolvers read with), every reference resolving, and every entity read back as it
// was written.

import { isWithin } from '@grassroots/core';
import { DEFAULT_SEED, gerzeGridFixtures, regionByCode } from '@grassroots/fixtures';
import { describe, expect, it } from 'vitest';
import type { LeaveRequest as LeaveRequestRow } from '../src/generated/sqlite/client.js';
import { StoredValueError } from '../src/mappers/columns.js';
import {
  assessmentMapper,
  candidateMapper,
  clockRecordMapper,
  committeeMemberMapper,
  gridMapper,
  homeownersCommitteeMapper,
  householdJointUnitMapper,
  leaveRequestMapper,
  managingUnitMapper,
  postingMapper,
  recruitmentPlanMapper,
  staffAssignmentMapper,
  trainingSessionMapper,
} from '../src/mappers/grid.js';
import { gridTables } from '../src/seed/grid.js';

const fixtures = gerzeGridFixtures();
const rows = gridTables(fixtures);

function idsOf<T>(list: readonly T[], id: (row: T) => string): Set<string> {
  const ids = new Set(list.map(id));
  expect(ids.size).toBe(list.length);
  return ids;
}

describe('the same fixtures give the same rows', () => {
  it('maps a copy of the fixtures (not frozen, not memoised) to deep-equal rows', () => {
    expect(gerzeGridFixtures(DEFAULT_SEED)).toBe(fixtures);
    expect(gridTables(structuredClone(fixtures))).toEqual(rows);
  });
});

describe('rows have unique ids and every reference resolves', () => {
  const people = new Set(fixtures.people.map((p) => p.id));
  const units = idsOf(rows.managingUnits, (r) => r.id);
  const grids = idsOf(rows.grids, (r) => r.code);
  const jointUnits = idsOf(rows.householdJointUnits, (r) => r.id);
  const assignments = idsOf(rows.staffAssignments, (r) => r.id);
  const plans = idsOf(rows.recruitmentPlans, (r) => r.id);
  const postings = idsOf(rows.postings, (r) => r.id);
  const sessions = idsOf(rows.trainingSessions, (r) => r.id);
  const committees = idsOf(rows.homeownersCommittees, (r) => r.id);

  it('gives every row of every table a unique id, and no id is used by two tables', () => {
    const tables = [
      units,
      grids,
      jointUnits,
      idsOf(rows.households, (r) => r.id),
      assignments,
      plans,
      postings,
      idsOf(rows.candidates, (r) => r.id),
      sessions,
      committees,
      idsOf(rows.leaveRequests, (r) => r.id),
      idsOf(rows.clockRecords, (r) => r.id),
      idsOf(rows.trainingParticipations, (r) => `${r.sessionId}/${r.personId}`),
      idsOf(rows.committeeMembers, (r) => `${r.committeeId}/${r.personId}`),
    ];
    const all = tables.flatMap((ids) => [...ids]);
    expect(new Set(all).size).toBe(all.length);
  });

  it('has the row counts of the article', () => {
    expect(rows.grids).toHaveLength(60);
    expect(rows.householdJointUnits).toHaveLength(897);
    expect(rows.recruitmentPlans).toEqual([
      expect.objectContaining({ budgetFen: 352_400_000n, quota: 72, regionCode: '542526' }),
    ]);
    expect(rows.candidates.filter((c) => c.hired)).toHaveLength(72);
    expect(rows.trainingSessions).toHaveLength(2);
    expect(rows.trainingParticipations).toHaveLength(200);
    expect(rows.homeownersCommittees).toHaveLength(12);
  });

  it('points regions at regions of 改则县 in the region fixtures', () => {
    for (const row of rows.grids) {
      for (const code of [row.villageCode, row.townshipCode, row.countyCode]) {
        expect(regionByCode(code), code).not.toBeNull();
      }
      expect(isWithin(row.code, row.villageCode) && isWithin(row.villageCode, row.townshipCode)).toBe(true);
      expect(row.countyCode).toBe('542526');
    }
    for (const row of rows.managingUnits) expect(regionByCode(row.regionCode), row.id).not.toBeNull();
    expect(rows.households.filter((row) => regionByCode(row.villageCode) === null)).toEqual([]);
  });

  it('points every foreign key at a row that exists', () => {
    const dangling = (table: string, list: readonly object[], resolves: (row: never) => boolean): string[] =>
      list.filter((row) => !resolves(row as never)).map((row) => `${table} ${JSON.stringify(row)}`);
    expect([
      ...dangling(
        'householdJointUnits',
        rows.householdJointUnits,
        (r: (typeof rows.householdJointUnits)[number]) => grids.has(r.gridCode) && people.has(r.headPersonId),
      ),
      ...dangling(
        'households',
        rows.households,
        (r: (typeof rows.households)[number]) => jointUnits.has(r.unitId) && grids.has(r.gridCode),
      ),
      ...dangling(
        'staffAssignments',
        rows.staffAssignments,
        (r: (typeof rows.staffAssignments)[number]) =>
          people.has(r.personId) && grids.has(r.gridCode) && units.has(r.managingUnitId),
      ),
      ...dangling('postings', rows.postings, (r: (typeof rows.postings)[number]) => plans.has(r.planId)),
      ...dangling(
        'candidates',
        rows.candidates,
        (r: (typeof rows.candidates)[number]) => people.has(r.personId) && postings.has(r.postingId),
      ),
      ...dangling(
        'trainingParticipations',
        rows.trainingParticipations,
        (r: (typeof rows.trainingParticipations)[number]) =>
          sessions.has(r.sessionId) && people.has(r.personId),
      ),
      ...dangling(
        'homeownersCommittees',
        rows.homeownersCommittees,
        (r: (typeof rows.homeownersCommittees)[number]) => grids.has(r.gridCode),
      ),
      ...dangling(
        'committeeMembers',
        rows.committeeMembers,
        (r: (typeof rows.committeeMembers)[number]) =>
          committees.has(r.committeeId) && people.has(r.personId),
      ),
      ...dangling(
        'leaveRequests',
        rows.leaveRequests,
        (r: (typeof rows.leaveRequests)[number]) =>
          people.has(r.personId) &&
          assignments.has(r.assignmentId) &&
          (r.decidedByUnitId === null || units.has(r.decidedByUnitId)),
      ),
      ...dangling('clockRecords', rows.clockRecords, (r: (typeof rows.clockRecords)[number]) =>
        people.has(r.personId),
      ),
    ]).toEqual([]);
  });

  it('matches each household-joint unit’s head with a HOUSEHOLD_JOINT_HEAD assignment in its grid', () => {
    const heads = new Set(
      rows.staffAssignments
        .filter((a) => a.role === 'HOUSEHOLD_JOINT_HEAD')
        .map((a) => `${a.gridCode}/${a.personId}`),
    );
    expect(
      rows.householdJointUnits.filter((unit) => !heads.has(`${unit.gridCode}/${unit.headPersonId}`)),
    ).toEqual([]);
  });
});

describe('the grid mappers read back what they wrote', () => {
  it('round-trips managing units, assignments, leave and clock records', () => {
    for (const unit of fixtures.managingUnits) {
      expect(managingUnitMapper.toDomain(managingUnitMapper.toColumns(unit))).toEqual(unit);
    }
    for (const assignment of fixtures.assignments) {
      expect(staffAssignmentMapper.toDomain(staffAssignmentMapper.toColumns(assignment))).toEqual(assignment);
    }
    for (const request of fixtures.leaveRequests) {
      const row: LeaveRequestRow = { ...leaveRequestMapper.toColumns(request), version: 1 };
      expect(leaveRequestMapper.toDomain(row)).toEqual(request);
    }
    for (const record of fixtures.clockRecords) {
      expect(clockRecordMapper.toDomain(clockRecordMapper.toColumns(record, 'CR-1'))).toEqual(record);
    }
  });

  it('round-trips grids with their units and households, committees with their members', () => {
    for (const grid of fixtures.grids) {
      const units = grid.units.map((unit, index) =>
        householdJointUnitMapper.toDomain(
          householdJointUnitMapper.toColumns(unit, grid, index + 1),
          unit.householdIds,
        ),
      );
      const { nameEn, townshipCode, ...core } = grid;
      const row = gridMapper.toColumns(grid, { nameEn, compliant: true });
      expect(gridMapper.toDomain(row, units)).toEqual(core);
      expect(row.townshipCode).toBe(townshipCode);
      expect(row.countyCode).toBe('542526');
      expect(gridMapper.toRef(row)).toEqual({ code: grid.code, kind: grid.kind });
    }
    for (const committee of fixtures.committees) {
      const members = committee.members.map((member) =>
        committeeMemberMapper.toDomain(committeeMemberMapper.toColumns(committee, member)),
      );
      expect(
        homeownersCommitteeMapper.toDomain(homeownersCommitteeMapper.toColumns(committee), members),
      ).toEqual(committee);
    }
  });

  it('round-trips the recruitment, money through BigInt fen columns, and training sessions', () => {
    const { plan, postings, candidates } = fixtures.recruitment;
    const planRow = recruitmentPlanMapper.toColumns(plan, { regionCode: fixtures.countyCode });
    expect(planRow.budgetFen).toBe(352_400_000n);
    expect(recruitmentPlanMapper.toDomain(planRow)).toEqual(plan);
    for (const posting of postings)
      expect(postingMapper.toDomain(postingMapper.toColumns(posting))).toEqual(posting);
    for (const candidate of candidates) {
      const row = candidateMapper.toColumns(candidate, { rank: null, hired: false });
      expect(candidateMapper.toDomain(row)).toEqual(candidate);
    }
    for (const session of fixtures.trainings) {
      const row = trainingSessionMapper.toColumns(session, { regionCode: fixtures.countyCode });
      expect(trainingSessionMapper.toDomain(row, session.participantIds)).toEqual(session);
    }
  });

  it('round-trips an assessment, its measures and consequences through JSON columns', () => {
    const assessment = {
      id: 'AS-1',
      personId: 'P-1',
      assignmentId: 'SA-1',
      period: { from: '2025-06-01', to: '2025-06-30' },
      components: { attendance: 9500, tasksOnTime: 10000, satisfaction: 8800 },
      score: 9490,
      grade: 'EXCELLENT',
      consequences: [{ kind: 'BONUS', amountFen: 200_000 }],
      assessedByUnitId: 'U-1',
      assessedAt: new Date('2025-07-01T02:00:00Z'),
    } as const;
    const row = { ...assessmentMapper.toColumns(assessment as never), assignment: { personId: 'P-1' } };
    expect(assessmentMapper.toDomain(row)).toEqual(assessment);
  });
});

describe('a stored value core does not know', () => {
  const assignment = staffAssignmentMapper.toColumns(fixtures.assignments[0] as never);

  it('fails with a StoredValueError naming the row and the column', () => {
    const read = () => staffAssignmentMapper.toDomain({ ...assignment, role: 'GRID_MASCOT' });
    expect(read).toThrow(StoredValueError);
    expect(read).toThrow(`StaffAssignment ${assignment.id}: column "role" holds "GRID_MASCOT"`);
    expect(() => staffAssignmentMapper.toDomain({ ...assignment, from: '2025-02-30' })).toThrow(/"from"/);
    expect(() => staffAssignmentMapper.toDomain({ ...assignment, gridCode: '542526' })).toThrow(/"gridCode"/);
  });

  it('refuses money beyond whole fen a number holds exactly, and JSON of the wrong shape', () => {
    const plan = recruitmentPlanMapper.toColumns(fixtures.recruitment.plan, {
      regionCode: fixtures.countyCode,
    });
    expect(() => recruitmentPlanMapper.toDomain({ ...plan, budgetFen: 2n ** 60n })).toThrow(/"budgetFen"/);
    const row = {
      id: 'AS-2',
      assignmentId: 'SA-1',
      periodFrom: '2025-06-01',
      periodTo: '2025-06-30',
      score: 1,
      grade: 'EXCELLENT',
      components: '{"attendance":1}',
      consequences: '[]',
      assessedByUnitId: 'U-1',
      assessedAt: new Date(),
      assignment: { personId: 'P-1' },
    };
    expect(() => assessmentMapper.toDomain(row)).toThrow(/"components"/);
    expect(() => assessmentMapper.toDomain({ ...row, components: '{', consequences: '[]' })).toThrow(
      /"components"/,
    );
  });
});

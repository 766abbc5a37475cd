import {
  assessGridStaffing,
  type ClockRecord,
  candidateStandings,
  type RegionCode,
  shanghaiDateOf,
} from '@grassroots/core';
import {
  atScale,
  checkFixtureScale,
  DEFAULT_SEED,
  FIXTURE_TODAY,
  type GerzeGridFixtures,
  gerzeGridFixtures,
} from '@grassroots/fixtures';
import type { Prisma } from '../db/client.js';
import {
  candidateMapper,
  clockRecordMapper,
  committeeMemberMapper,
  gridMapper,
  homeownersCommitteeMapper,
  householdJointUnitMapper,
  householdMapper,
  leaveRequestMapper,
  managingUnitMapper,
  postingMapper,
  recruitmentPlanMapper,
  staffAssignmentMapper,
  trainingParticipationMapper,
  trainingSessionMapper,
} from '../mappers/grid.js';
import { rebuildGridRollup } from '../rollups.js';
import { type FixtureSet, insertTables } from './load.js';
import { scaledVersion } from './scale.js';

/** A fixture clock record's id: `CR-<personId>-<YYYYMMDD>-<IN|OUT>` (one of each a day in the fixtures). */
function clockRecordId(record: ClockRecord): string {
  return `CR-${record.personId}-${shanghaiDateOf(record.at).replaceAll('-', '')}-${record.direction}`;
}

/**
 * The rows of the grid fixtures, table by table, each entity mapped by the grid mappers. A grid's
 * stored compliance is core's `assessGridStaffing` on the day the fixtures describe.
 */
export function gridTables(fixtures: GerzeGridFixtures) {
  const { grids, assignments, recruitment } = fixtures;
  const county: RegionCode = fixtures.countyCode;
  return {
    managingUnits: fixtures.managingUnits.map(managingUnitMapper.toColumns),
    grids: grids.map((grid) =>
      gridMapper.toColumns(grid, {
        nameEn: grid.nameEn,
        compliant: assessGridStaffing(grid, assignments, FIXTURE_TODAY).compliant,
      }),
    ),
    householdJointUnits: grids.flatMap((grid) =>
      grid.units.map((unit, index) => householdJointUnitMapper.toColumns(unit, grid, index + 1)),
    ),
    households: grids.flatMap((grid) =>
      grid.units.flatMap((unit) => unit.householdIds.map((id) => householdMapper.toColumns(id, unit, grid))),
    ),
    staffAssignments: assignments.map(staffAssignmentMapper.toColumns),
    recruitmentPlans: [recruitmentPlanMapper.toColumns(recruitment.plan, { regionCode: county })],
    postings: recruitment.postings.map(postingMapper.toColumns),
    candidates: candidateStandings(recruitment.candidates, recruitment.selection).map((standing) =>
      candidateMapper.toColumns(standing.candidate, standing),
    ),
    trainingSessions: fixtures.trainings.map((session) =>
      trainingSessionMapper.toColumns(session, { regionCode: county }),
    ),
    trainingParticipations: fixtures.trainings.flatMap((session) =>
      session.participantIds.map((personId) => trainingParticipationMapper.toColumns(session, personId)),
    ),
    homeownersCommittees: fixtures.committees.map(homeownersCommitteeMapper.toColumns),
    committeeMembers: fixtures.committees.flatMap((committee) =>
      committee.members.map((member) => committeeMemberMapper.toColumns(committee, member)),
    ),
    leaveRequests: fixtures.leaveRequests.map(leaveRequestMapper.toColumns),
    clockRecords: fixtures.clockRecords.map((record) =>
      clockRecordMapper.toColumns(record, clockRecordId(record)),
    ),
  };
}

/** The rows of the grid fixtures, as {@link gridTables} maps them. */
export type GridTables = ReturnType<typeof gridTables>;

/** The model each table of {@link GridTables} is stored in, parents before children. */
const MODELS: readonly (readonly [keyof GridTables, Prisma.ModelName])[] = [
  ['managingUnits', 'ManagingUnit'],
  ['grids', 'Grid'],
  ['householdJointUnits', 'HouseholdJointUnit'],
  ['households', 'Household'],
  ['staffAssignments', 'StaffAssignment'],
  ['recruitmentPlans', 'RecruitmentPlan'],
  ['postings', 'Posting'],
  ['candidates', 'Candidate'],
  ['trainingSessions', 'TrainingSession'],
  ['trainingParticipations', 'TrainingParticipation'],
  ['homeownersCommittees', 'HomeownersCommittee'],
  ['committeeMembers', 'CommitteeMember'],
  ['leaveRequests', 'LeaveRequest'],
  ['clockRecords', 'ClockRecord'],
];

/**
 * 改则县's grids and the people who run them: managing units, 60 grids, 897 household-joint units and
 * their households, staff assignments, the 2023 recruitment, two trainings, homeowners' committees,
 * leave requests and a week of clock records. Needs the regions and the first 1,500 people. At
 * `scale` k, the same for each of the k − 1 copies of 改则县.
 */
export function gridFixtures(options: { readonly seed?: number; readonly scale?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'grids',
    version: scaledVersion('gerze-1', scale),
    seed,
    load: async (tx, progress) => {
      const counties = atScale(gerzeGridFixtures(seed), scale, seed).map(gridTables);
      const rows = await insertTables(
        tx,
        MODELS.map(([table, model]) => [
          model,
          counties.flatMap((tables): readonly object[] => tables[table]),
        ]),
        progress,
      );
      // The bulk inserts bypass the writes that keep the grid statistics' rollup: count it here, in
      // the set's transaction.
      await rebuildGridRollup(tx);
      return rows;
    },
  };
}

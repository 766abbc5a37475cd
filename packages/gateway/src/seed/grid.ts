import {
  activeAssignmentsOn,
  assessStaffing,
  GERZE_STAFFING_POLICY,
  staffingModelFor,
} from '@grassroots/core';
import { DEFAULT_SEED, FIXTURE_TODAY, gerzeGridFixtures, gerzeGridRows } from '@grassroots/fixtures';
import { type FixtureSet, insertTables } from './load.js';

/**
 * Whether each grid complies with the county's staffing model, as core assesses it on the day the
 * fixtures describe. Stored with the grid, so a list of non-compliant grids is a SQL filter.
 */
function complianceByGrid(seed: number): Map<string, boolean> {
  const { grids, assignments } = gerzeGridFixtures(seed);
  const active = activeAssignmentsOn(assignments, FIXTURE_TODAY);
  return new Map(
    grids.map((grid) => [
      grid.code,
      assessStaffing(grid, staffingModelFor(GERZE_STAFFING_POLICY, grid.kind), active).compliant,
    ]),
  );
}

/**
 * 改则县's grids and the people who run them: managing units, 60 grids, 897 household-joint units and
 * their households, staff assignments, the 2023 recruitment, two trainings, homeowners' committees,
 * leave requests and a week of clock records. Needs the regions and the first 1,500 people.
 */
export function gridFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'grids',
    version: 'gerze-1',
    seed,
    load: (tx, progress) => {
      const rows = gerzeGridRows(seed);
      const compliant = complianceByGrid(seed);
      return insertTables(
        tx,
        [
          ['ManagingUnit', rows.managingUnits],
          ['Grid', rows.grids.map((grid) => ({ ...grid, compliant: compliant.get(grid.code) ?? false }))],
          ['HouseholdJointUnit', rows.householdJointUnits],
          ['Household', rows.households],
          ['StaffAssignment', rows.staffAssignments],
          [
            'RecruitmentPlan',
            rows.recruitmentPlans.map((plan) => ({ ...plan, budgetFen: BigInt(plan.budgetFen) })),
          ],
          [
            'Posting',
            rows.postings.map((posting) => ({ ...posting, annualCostFen: BigInt(posting.annualCostFen) })),
          ],
          ['Candidate', rows.candidates],
          ['TrainingSession', rows.trainingSessions],
          ['TrainingParticipation', rows.trainingParticipations],
          ['HomeownersCommittee', rows.homeownersCommittees],
          ['CommitteeMember', rows.committeeMembers],
          ['LeaveRequest', rows.leaveRequests],
          ['ClockRecord', rows.clockRecords],
        ],
        progress,
      );
    },
  };
}

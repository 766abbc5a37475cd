import {
  activeAssignmentsOn,
  assessStaffing,
  GERZE_STAFFING_POLICY,
  staffingModelFor,
} from '@grassroots/core';
import { DEFAULT_SEED, FIXTURE_TODAY, gerzeGridFixtures, gerzeGridRows } from '@grassroots/fixtures';
import type { Db } from '../db/client.js';
import { type FixtureSet, insertChunked, type Progress } from './load.js';

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

/** Reports progress over all tables of the set as one bar. */
function cumulative(progress: Progress, total: number): (table: number) => Progress {
  let before = 0;
  return (size) => {
    const offset = before;
    before += size;
    return (done) => progress(offset + done, total);
  };
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
    load: async (tx: Db, progress) => {
      const rows = gerzeGridRows(seed);
      const compliant = complianceByGrid(seed);
      const total = Object.values(rows).reduce((sum, table: readonly unknown[]) => sum + table.length, 0);
      const next = cumulative(progress, total);
      const insert = <T>(table: readonly T[], write: (chunk: T[]) => Promise<unknown>) =>
        insertChunked(table, write, next(table.length));

      await insert(rows.managingUnits, (data) => tx.managingUnit.createMany({ data }));
      await insert(rows.grids, (chunk) =>
        tx.grid.createMany({
          data: chunk.map((grid) => ({ ...grid, compliant: compliant.get(grid.code) ?? false })),
        }),
      );
      await insert(rows.householdJointUnits, (data) => tx.householdJointUnit.createMany({ data }));
      await insert(rows.households, (data) => tx.household.createMany({ data }));
      await insert(rows.staffAssignments, (data) => tx.staffAssignment.createMany({ data }));
      await insert(rows.recruitmentPlans, (chunk) =>
        tx.recruitmentPlan.createMany({
          data: chunk.map((plan) => ({ ...plan, budgetFen: BigInt(plan.budgetFen) })),
        }),
      );
      await insert(rows.postings, (chunk) =>
        tx.posting.createMany({
          data: chunk.map((posting) => ({ ...posting, annualCostFen: BigInt(posting.annualCostFen) })),
        }),
      );
      await insert(rows.candidates, (data) => tx.candidate.createMany({ data }));
      await insert(rows.trainingSessions, (data) => tx.trainingSession.createMany({ data }));
      await insert(rows.trainingParticipations, (data) => tx.trainingParticipation.createMany({ data }));
      await insert(rows.homeownersCommittees, (data) => tx.homeownersCommittee.createMany({ data }));
      await insert(rows.committeeMembers, (data) => tx.committeeMember.createMany({ data }));
      await insert(rows.leaveRequests, (data) => tx.leaveRequest.createMany({ data }));
      await insert(rows.clockRecords, (data) => tx.clockRecord.createMany({ data }));
      return total;
    },
  };
}

import type { CalendarDate } from '../shared/date.js';
import { isWithin } from '../shared/division-code.js';
import { activeAssignmentsOn } from './assignment.rules.js';
import type { Grid, StaffAssignment } from './grid.js';
import { DEFAULT_GRID_POLICY, GRID_POLICIES, type GridPolicy } from './policy.js';
import type { StaffingAssessment, StaffingModel, StaffingSubject } from './staffing.js';
import { assessStaffing, staffingModelFor } from './staffing.rules.js';

/**
 * The grid policy (staffing models and working hours) of the county that `regionCode` lies in: a
 * county, township, village or grid code. The county's own policy when {@link GRID_POLICIES} holds
 * one (改则县, 542526, today); otherwise {@link DEFAULT_GRID_POLICY}: for a county without a policy
 * of its own, for a prefecture or province (they lie in no one county), and for a text that is not
 * a region code.
 */
export function gridPolicyFor(regionCode: string): GridPolicy {
  return (
    GRID_POLICIES.find((policy) => policy.countyCode !== null && isWithin(regionCode, policy.countyCode)) ??
    DEFAULT_GRID_POLICY
  );
}

/** The staffing model a grid runs: the one its county's policy gives its kind. */
export function staffingModelOf(grid: Pick<Grid, 'code' | 'kind'>): StaffingModel {
  return staffingModelFor(gridPolicyFor(grid.code).staffing, grid.kind);
}

/**
 * A grid's staff on `day` checked against the model its county's policy gives its kind
 * ({@link staffingModelOf}): {@link assessStaffing} over the assignments in force that day. Whether
 * a grid complies is decided here, wherever it is stored or shown.
 */
export function assessGridStaffing(
  grid: StaffingSubject & Pick<Grid, 'kind'>,
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role' | 'gridCode' | 'from' | 'until'>[],
  day: CalendarDate,
): StaffingAssessment {
  return assessStaffing(grid, staffingModelOf(grid), activeAssignmentsOn(assignments, day));
}

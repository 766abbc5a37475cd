import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { GRID_ACCESS_ERRORS, type GridAccessError, LEAVE_ERRORS, type LeaveError } from './grid.errors.js';
import type { StaffAssignment } from './grid.js';
import type { LeaveActor } from './leave.js';

// Who may act on grids and their staff. "谁用人，谁管理": a managing unit (a township government, the
// county public security bureau, a villagers' or residents' committee) acts through the officers
// who govern its region, so the unit a caller speaks for is read from the caller's role grants.

/**
 * Roles that act for the managing units of their region: they assign grid staff, decide leave,
 * assess, clock in or out for staff and run recruitment (县级管理员, 乡镇干部).
 */
export const GRID_MANAGER_ROLES: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/**
 * Roles that may read a grid's leave requests, attendance and assessments: the managers, and the
 * grid chief (网格长) of the grid.
 */
export const GRID_SUPERVISOR_ROLES: readonly Role[] = [...GRID_MANAGER_ROLES, 'GRID_CHIEF'];

/** A managing unit as the access rules see it: its id and the region it governs. */
export interface ManagingUnitScope {
  readonly id: string;
  readonly regionCode: string;
}

/**
 * Whether the actor may change the staff of the grid `gridCode` (assign, end an assignment): one of
 * {@link GRID_MANAGER_ROLES} with a scope containing the grid. Returns the grant that allows it.
 */
export function authoriseStaffingChange(actor: Actor, gridCode: string): Result<RoleGrant, GridAccessError> {
  const grant = hasRoleIn(actor, GRID_MANAGER_ROLES, gridCode);
  return grant === null ? err(GRID_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

/** Whether the actor may read the leave, attendance and assessments of the grid `gridCode`'s staff. */
export function canSuperviseGrid(actor: Actor, gridCode: string): boolean {
  return hasRoleIn(actor, GRID_SUPERVISOR_ROLES, gridCode) !== null;
}

/**
 * Whether the actor may see the leave requests, attendance and assessments of one person's service
 * in the grid `gridCode`: the person themself, or a supervisor of the grid (see {@link canSuperviseGrid}).
 */
export function canSeeStaffRecords(
  actor: Actor,
  subject: { readonly personId: string; readonly gridCode: string },
): boolean {
  return (
    (actor.personId !== null && actor.personId === subject.personId) ||
    canSuperviseGrid(actor, subject.gridCode)
  );
}

/**
 * Who the actor is in the leave and assessment rules: their person, speaking for `unit` when they
 * hold one of {@link GRID_MANAGER_ROLES} over the unit's region ("谁用人，谁管理"), for no unit
 * otherwise.
 */
export function leaveActorFor(actor: Actor, unit: ManagingUnitScope): LeaveActor {
  const manages = hasRoleIn(actor, GRID_MANAGER_ROLES, unit.regionCode) !== null;
  return { personId: actor.personId, unitId: manages ? unit.id : null };
}

/**
 * Whether the actor may apply for leave on `assignment`: the person assigned, or someone speaking
 * for its managing unit (the same authority as submitting). `LEAVE.NOT_APPLICANT` otherwise.
 */
export function authoriseLeaveApplication(
  actor: LeaveActor,
  assignment: Pick<StaffAssignment, 'personId' | 'managingUnitId'>,
): Result<LeaveActor, LeaveError> {
  const isApplicant = actor.personId !== null && actor.personId === assignment.personId;
  const isManager = actor.unitId !== null && actor.unitId === assignment.managingUnitId;
  return isApplicant || isManager ? ok(actor) : err(LEAVE_ERRORS.NOT_APPLICANT);
}

/**
 * Whether the actor may record a clock-in or clock-out for `personId`, who serves the grids
 * `gridCodes` today: the person themself while they serve any grid, or a manager over one of those
 * grids. `ATTENDANCE.CLOCK_FORBIDDEN` otherwise.
 */
export function authoriseClockRecord(
  actor: Actor,
  personId: string,
  gridCodes: readonly string[],
): Result<string, GridAccessError> {
  const isSelf = actor.personId !== null && actor.personId === personId && gridCodes.length > 0;
  const isManager = gridCodes.some((code) => hasRoleIn(actor, GRID_MANAGER_ROLES, code) !== null);
  return isSelf || isManager ? ok(personId) : err(GRID_ACCESS_ERRORS.CLOCK_FORBIDDEN);
}

/**
 * Whether the actor may run the recruitment of the region `regionCode` (record interviews, select):
 * one of {@link GRID_MANAGER_ROLES} with a scope containing the region.
 */
export function authoriseRecruitment(actor: Actor, regionCode: string): Result<RoleGrant, GridAccessError> {
  const grant = hasRoleIn(actor, GRID_MANAGER_ROLES, regionCode);
  return grant === null ? err(GRID_ACCESS_ERRORS.RECRUITMENT_FORBIDDEN) : ok(grant);
}

import { type CalendarDate, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import type { AssignmentInput } from './assignment.js';
import { ASSIGNMENT_ERRORS, type AssignmentError, at } from './grid.errors.js';
import { GRID_ROLES, type Grid, type GridRole, type StaffAssignment } from './grid.js';
import { isBlank } from './text.rules.js';

/** Whether `value` is one of the grid roles (guards data that arrives as plain strings). */
export function isGridRole(value: string): value is GridRole {
  return (GRID_ROLES as readonly string[]).includes(value);
}

/**
 * Assigns a person to `grid` in a role, managed by the unit that uses them ("谁用人，谁管理").
 * Building heads (楼栋长) exist only in urban grids; `until`, when given, is not before `from`.
 */
export function createAssignment(
  grid: Pick<Grid, 'code' | 'kind'>,
  input: AssignmentInput,
): Result<StaffAssignment, AssignmentError> {
  if (isBlank(input.id)) return err(at(ASSIGNMENT_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.personId)) return err(at(ASSIGNMENT_ERRORS.REQUIRED, 'personId'));
  if (isBlank(input.managingUnitId)) return err(at(ASSIGNMENT_ERRORS.REQUIRED, 'managingUnitId'));
  if (!isGridRole(input.role)) return err(at(ASSIGNMENT_ERRORS.ROLE, 'role'));
  if (input.role === 'BUILDING_HEAD' && grid.kind !== 'URBAN') {
    return err(at(ASSIGNMENT_ERRORS.BUILDING_HEAD_URBAN_ONLY, 'role'));
  }
  const until = input.until ?? null;
  if (until !== null && compareDates(until, input.from) < 0)
    return err(at(ASSIGNMENT_ERRORS.PERIOD, 'until'));
  return ok({
    id: input.id,
    personId: input.personId,
    gridCode: grid.code,
    role: input.role,
    managingUnitId: input.managingUnitId,
    from: input.from,
    until,
  });
}

/** Whether the assignment is in force on `date` (its first and last days included). */
export function isAssignmentActiveOn(
  assignment: Pick<StaffAssignment, 'from' | 'until'>,
  date: CalendarDate,
): boolean {
  return (
    compareDates(assignment.from, date) <= 0 &&
    (assignment.until === null || compareDates(date, assignment.until) <= 0)
  );
}

/** The assignments in force on `date`, in their given order. */
export function activeAssignmentsOn<A extends Pick<StaffAssignment, 'from' | 'until'>>(
  assignments: readonly A[],
  date: CalendarDate,
): readonly A[] {
  return assignments.filter((assignment) => isAssignmentActiveOn(assignment, date));
}

/** Ends an assignment on `lastDay`; a last day before its start is `ASSIGNMENT.PERIOD`. */
export function endAssignment(
  assignment: StaffAssignment,
  lastDay: CalendarDate,
): Result<StaffAssignment, AssignmentError> {
  if (compareDates(lastDay, assignment.from) < 0) return err(at(ASSIGNMENT_ERRORS.PERIOD, 'until'));
  return ok({ ...assignment, until: lastDay });
}

/**
 * "谁用人，谁管理": only the unit that manages an assignment approves the person's leave and
 * assessments. Returns the assignment when `unitId` manages it, `ASSIGNMENT.NOT_MANAGING_UNIT`
 * (FORBIDDEN) otherwise.
 */
export function canManage(
  unitId: string | null,
  assignment: StaffAssignment,
): Result<StaffAssignment, AssignmentError> {
  if (unitId === null || unitId !== assignment.managingUnitId) {
    return err(ASSIGNMENT_ERRORS.NOT_MANAGING_UNIT);
  }
  return ok(assignment);
}

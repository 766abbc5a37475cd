import { err, ok, type Result } from '../shared/result.js';
import { isGridRole } from './assignment.rules.js';
import { at, STAFFING_ERRORS, type StaffingError } from './grid.errors.js';
import type { Grid, GridKind, GridRole, StaffAssignment } from './grid.js';
import { GRID_KINDS, GRID_ROLES } from './grid.js';
import type {
  RoleRequirement,
  RoleStaffing,
  StaffingAssessment,
  StaffingGap,
  StaffingModel,
  StaffingPolicy,
  StaffingSubject,
  StaffingSummary,
  StaffTotals,
} from './staffing.js';

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/**
 * Builds a staffing model from data: each role listed once, non-negative whole head counts, and a
 * maximum (when there is one) not below the minimum or the floor.
 */
export function createStaffingModel(input: StaffingModel): Result<StaffingModel, StaffingError> {
  if (input.id.trim() === '') return err(at(STAFFING_ERRORS.REQUIRED, 'id'));
  if (input.name.zh.trim() === '' || input.name.en.trim() === '') {
    return err(at(STAFFING_ERRORS.REQUIRED, 'name'));
  }
  const roles = new Set<GridRole>();
  for (const [index, requirement] of input.requirements.entries()) {
    if (!isGridRole(requirement.role)) return err(at(STAFFING_ERRORS.ROLE, 'requirements', index, 'role'));
    if (roles.has(requirement.role))
      return err(at(STAFFING_ERRORS.ROLE_REPEATED, 'requirements', index, 'role'));
    roles.add(requirement.role);
    const { min, max, floor, basis } = requirement;
    const consistent =
      (basis === 'PER_GRID' || basis === 'PER_UNIT') &&
      isCount(min) &&
      isCount(floor) &&
      (max === null || (isCount(max) && max >= min && (basis === 'PER_UNIT' || max >= floor)));
    if (!consistent) return err(at(STAFFING_ERRORS.HEADCOUNT, 'requirements', index));
  }
  return ok({
    id: input.id,
    name: input.name,
    requirements: input.requirements.map((requirement) => ({ ...requirement })),
  });
}

/** The model `policy` applies to a grid of `kind`. */
export function staffingModelFor(policy: StaffingPolicy, kind: GridKind): StaffingModel {
  return policy[kind];
}

/** The persons holding each role, each person once per role. */
function personsByRole(
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role'>[],
): Map<GridRole, Set<string>> {
  const persons = new Map<GridRole, Set<string>>(GRID_ROLES.map((role) => [role, new Set<string>()]));
  for (const { role, personId } of assignments) persons.get(role)?.add(personId);
  return persons;
}

function bounds(
  requirement: RoleRequirement,
  unitCount: number,
): { required: number; maximum: number | null } {
  const multiplier = requirement.basis === 'PER_UNIT' ? unitCount : 1;
  const required = Math.max(requirement.floor, requirement.min * multiplier);
  const maximum = requirement.max === null ? null : Math.max(required, requirement.max * multiplier);
  return { required, maximum };
}

/**
 * Checks a grid's staff against a staffing model and lists what is missing and what is surplus, by
 * role. Only assignments to this grid count. One person may hold several roles and counts in each
 * (grid police officers also serving as grid workers, 网格警员兼职专职网格员); the same person twice in
 * the same role counts once. When the model asks for household-joint heads, every unit's head must
 * also be assigned as one, or the unit is a gap (`UNIT_HEAD_NOT_ASSIGNED`).
 *
 * Pass the assignments in force on the day of interest (see `activeAssignmentsOn`).
 */
export function assessStaffing(
  grid: StaffingSubject,
  model: StaffingModel,
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role' | 'gridCode'>[],
): StaffingAssessment {
  const persons = personsByRole(assignments.filter((assignment) => assignment.gridCode === grid.code));
  const byRole: RoleStaffing[] = [];
  const gaps: StaffingGap[] = [];
  for (const requirement of model.requirements) {
    const { required, maximum } = bounds(requirement, grid.units.length);
    const actual = persons.get(requirement.role)?.size ?? 0;
    const missing = Math.max(0, required - actual);
    const surplus = maximum === null ? 0 : Math.max(0, actual - maximum);
    byRole.push({ role: requirement.role, required, maximum, actual, missing, surplus });
    if (missing > 0) gaps.push({ kind: 'MISSING', role: requirement.role, count: missing });
    if (surplus > 0) gaps.push({ kind: 'SURPLUS', role: requirement.role, count: surplus });
  }
  if (model.requirements.some((requirement) => requirement.role === 'HOUSEHOLD_JOINT_HEAD')) {
    const heads = persons.get('HOUSEHOLD_JOINT_HEAD') ?? new Set<string>();
    for (const unit of grid.units) {
      if (!heads.has(unit.headPersonId)) {
        gaps.push({ kind: 'UNIT_HEAD_NOT_ASSIGNED', unitId: unit.id, headPersonId: unit.headPersonId });
      }
    }
  }
  return { gridCode: grid.code, modelId: model.id, compliant: gaps.length === 0, byRole, gaps };
}

/**
 * Staff by role over many grids (a county's totals): each person counts once in each role they
 * hold, however many grids or assignments list them in it.
 */
export function countStaffByRole(
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role'>[],
): StaffTotals {
  const persons = personsByRole(assignments);
  const byRole = Object.fromEntries(GRID_ROLES.map((role) => [role, persons.get(role)?.size ?? 0])) as Record<
    GridRole,
    number
  >;
  return { byRole, distinctPersons: new Set(assignments.map((assignment) => assignment.personId)).size };
}

/**
 * The county's grid figures: grids by kind, how many comply with the model the policy gives their
 * kind, the household-joint units, and staff by role (each person once per role).
 */
export function summariseStaffing(
  grids: readonly (StaffingSubject & Pick<Grid, 'kind'>)[],
  policy: StaffingPolicy,
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role' | 'gridCode'>[],
): StaffingSummary {
  const gridsByKind = Object.fromEntries(GRID_KINDS.map((kind) => [kind, 0])) as Record<GridKind, number>;
  const assignmentsByGrid = new Map<string, Pick<StaffAssignment, 'personId' | 'role' | 'gridCode'>[]>();
  for (const assignment of assignments) {
    const list = assignmentsByGrid.get(assignment.gridCode);
    if (list === undefined) assignmentsByGrid.set(assignment.gridCode, [assignment]);
    else list.push(assignment);
  }
  const nonCompliantGridCodes: Grid['code'][] = [];
  let householdJointUnits = 0;
  for (const grid of grids) {
    gridsByKind[grid.kind] += 1;
    householdJointUnits += grid.units.length;
    const assessment = assessStaffing(grid, policy[grid.kind], assignmentsByGrid.get(grid.code) ?? []);
    if (!assessment.compliant) nonCompliantGridCodes.push(grid.code);
  }
  const gridCodes = new Set<string>(grids.map((grid) => grid.code));
  return {
    grids: grids.length,
    gridsByKind,
    compliantGrids: grids.length - nonCompliantGridCodes.length,
    nonCompliantGridCodes,
    householdJointUnits,
    staff: countStaffByRole(assignments.filter((assignment) => gridCodes.has(assignment.gridCode))),
  };
}

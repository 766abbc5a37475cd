import type { Labels } from '../shared/labels.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridRole } from './assignment.js';
import { at, STAFFING_ERRORS, type StaffingError } from './grid.errors.js';
import type { Grid, GridKind, GridRole, HouseholdJointUnit, StaffAssignment } from './grid.js';
import { GRID_KINDS, GRID_ROLES } from './grid.js';

/**
 * What a requirement's numbers count against: each grid once (`PER_GRID`), or each household-joint
 * unit of the grid (`PER_UNIT`, as for 联户长: one per unit).
 */
export type HeadcountBasis = 'PER_GRID' | 'PER_UNIT';

/**
 * How many people a staffing model wants in one role.
 *
 * The grid needs at least `max(floor, min × n)` and at most `max(that, max × n)` people in the role,
 * where `n` is 1 for `PER_GRID` and the grid's number of units for `PER_UNIT`; `max: null` sets no
 * upper limit. `floor` keeps a role required even in a grid whose units are not yet recorded.
 */
export interface RoleRequirement {
  readonly role: GridRole;
  readonly basis: HeadcountBasis;
  readonly min: number;
  readonly max: number | null;
  readonly floor: number;
}

/**
 * A staffing model (人员配备模式): data, so that each county can define its own. Roles the model does
 * not list are neither required nor surplus.
 */
export interface StaffingModel {
  readonly id: string;
  readonly name: Labels;
  readonly requirements: readonly RoleRequirement[];
}

/** Which model applies to which kind of grid in a county. */
export type StaffingPolicy = Readonly<Record<GridKind, StaffingModel>>;

/** What a staffing assessment needs to know of a grid: its code and its units' heads. */
export interface StaffingSubject {
  readonly code: Grid['code'];
  readonly units: readonly Pick<HouseholdJointUnit, 'id' | 'headPersonId'>[];
}

/** The staffing of one role in one grid. `maximum` is `null` when the model sets no upper limit. */
export interface RoleStaffing {
  readonly role: GridRole;
  readonly required: number;
  readonly maximum: number | null;
  readonly actual: number;
  readonly missing: number;
  readonly surplus: number;
}

/** One way a grid departs from its model. */
export type StaffingGap =
  | { readonly kind: 'MISSING'; readonly role: GridRole; readonly count: number }
  | { readonly kind: 'SURPLUS'; readonly role: GridRole; readonly count: number }
  | { readonly kind: 'UNIT_HEAD_NOT_ASSIGNED'; readonly unitId: string; readonly headPersonId: string };

/** The result of {@link assessStaffing}: compliant exactly when there are no gaps. */
export interface StaffingAssessment {
  readonly gridCode: Grid['code'];
  readonly modelId: string;
  readonly compliant: boolean;
  readonly byRole: readonly RoleStaffing[];
  readonly gaps: readonly StaffingGap[];
}

/** Staff counted by role over many grids, each person once per role. */
export interface StaffTotals {
  readonly byRole: Readonly<Record<GridRole, number>>;
  readonly distinctPersons: number;
}

/** County-level figures for many grids (网格统计). */
export interface StaffingSummary {
  readonly grids: number;
  readonly gridsByKind: Readonly<Record<GridKind, number>>;
  readonly compliantGrids: number;
  readonly nonCompliantGridCodes: readonly Grid['code'][];
  readonly householdJointUnits: number;
  readonly staff: StaffTotals;
}

function fixed(role: GridRole, count: number): RoleRequirement {
  return { role, basis: 'PER_GRID', min: count, max: count, floor: 0 };
}

const ONE_HEAD_PER_UNIT: RoleRequirement = {
  role: 'HOUSEHOLD_JOINT_HEAD',
  basis: 'PER_UNIT',
  min: 1,
  max: 1,
  floor: 1,
};

/**
 * 改则县 urban grids, "1+3+联户长": one grid chief, two full-time grid workers and one grid police
 * officer, plus one household-joint head per unit (DOMAIN.md §1: the reading that gives the
 * county's 72 workers from 12 urban and 48 pastoral grids).
 */
export const URBAN_STAFFING_MODEL: StaffingModel = {
  id: 'URBAN_1_3',
  name: { zh: '城区“1+3+联户长”模式', en: 'Urban “1+3+household-joint heads” model' },
  requirements: [fixed('GRID_CHIEF', 1), fixed('GRID_WORKER', 2), fixed('GRID_POLICE', 1), ONE_HEAD_PER_UNIT],
};

/**
 * 改则县 pastoral grids, "1+2+联户长": one grid chief, one full-time grid worker and one grid police
 * officer, plus one household-joint head per unit.
 */
export const PASTORAL_STAFFING_MODEL: StaffingModel = {
  id: 'PASTORAL_1_2',
  name: { zh: '牧区“1+2+联户长”模式', en: 'Pastoral “1+2+household-joint heads” model' },
  requirements: [fixed('GRID_CHIEF', 1), fixed('GRID_WORKER', 1), fixed('GRID_POLICE', 1), ONE_HEAD_PER_UNIT],
};

/** 改则县's policy: urban grids run "1+3+联户长", pastoral grids "1+2+联户长". */
export const GERZE_STAFFING_POLICY: StaffingPolicy = {
  URBAN: URBAN_STAFFING_MODEL,
  PASTORAL: PASTORAL_STAFFING_MODEL,
};

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

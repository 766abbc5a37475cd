// Staffing models (人员配备模式) and what assessing a grid's staff against one gives; the rules are in
// staffing.rules.ts, the counties' models in policy.ts.
import type { Labels } from '../shared/labels.js';
import type { Grid, GridKind, GridRole, HouseholdJointUnit } from './grid.js';

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

/** The result of `assessStaffing`: compliant exactly when there are no gaps. */
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

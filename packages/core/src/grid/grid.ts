import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';

/**
 * The kind of a grid (网格类别). The kind decides the staffing model: urban grids (城区网格) run
 * "1+3+联户长", pastoral grids (牧区网格) "1+2+联户长" in 改则县.
 */
export type GridKind = 'URBAN' | 'PASTORAL';

/** Every grid kind, in display order. */
export const GRID_KINDS: readonly GridKind[] = ['URBAN', 'PASTORAL'];

/**
 * A position a person holds in a grid.
 *
 * - `GRID_CHIEF` 网格长
 * - `GRID_WORKER` 专职网格员 (full-time grid worker, recruited by purchase of services)
 * - `GRID_POLICE` 网格警员 (grid police officer, often also serving as grid worker)
 * - `HOUSEHOLD_JOINT_HEAD` 联户长 (leads one household-joint unit)
 * - `BUILDING_HEAD` 楼栋长 (urban grids only)
 */
export type GridRole =
  | 'GRID_CHIEF'
  | 'GRID_WORKER'
  | 'GRID_POLICE'
  | 'HOUSEHOLD_JOINT_HEAD'
  | 'BUILDING_HEAD';

/** Every grid role, in the order the county reports them. */
export const GRID_ROLES: readonly GridRole[] = [
  'GRID_CHIEF',
  'GRID_WORKER',
  'GRID_POLICE',
  'HOUSEHOLD_JOINT_HEAD',
  'BUILDING_HEAD',
];

/** A grid's name in Chinese and in Tibetan script (藏文). */
export interface GridName {
  readonly zh: string;
  readonly bo: string;
}

/** A position as GeoJSON orders it: longitude first, then latitude (WGS 84 degrees). */
export type Position = readonly [lng: number, lat: number];

/** A closed ring: at least four positions, the last equal to the first. */
export type LinearRing = readonly Position[];

/**
 * A grid's boundary as a GeoJSON-like polygon: the first ring is the outline, further rings are
 * holes. Grids are closed polygons (DB11/T unit-grid rule).
 */
export interface GridBoundary {
  readonly type: 'Polygon';
  readonly coordinates: readonly LinearRing[];
}

/**
 * A household-joint unit (联户): a handful of neighbouring households led by one household-joint
 * head (联户长). A household belongs to exactly one unit.
 */
export interface HouseholdJointUnit {
  readonly id: string;
  /** A local name such as 第3联户, when the village uses one. */
  readonly name: string | null;
  readonly headPersonId: string;
  readonly householdIds: readonly string[];
}

/**
 * A grid (网格): the smallest unit of grassroots management, inside one village or community.
 *
 * `code` is 15 digits: the 12-digit village code plus a 3-digit sequence (RULES.md §2.5).
 */
export interface Grid {
  readonly code: RegionCode;
  readonly villageCode: RegionCode;
  readonly sequence: number;
  readonly name: GridName;
  readonly kind: GridKind;
  readonly boundary: GridBoundary | null;
  readonly units: readonly HouseholdJointUnit[];
}

/**
 * A person's assignment to a grid in a role, with the unit that employs and manages them
 * ("谁用人，谁管理": whoever uses the staff manages them).
 *
 * `until` is the last day of the assignment, or `null` while it is open-ended.
 */
export interface StaffAssignment {
  readonly id: string;
  readonly personId: string;
  readonly gridCode: RegionCode;
  readonly role: GridRole;
  readonly managingUnitId: string;
  readonly from: CalendarDate;
  readonly until: CalendarDate | null;
}

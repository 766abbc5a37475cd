// Counties' grid policies, as data: the staffing model of each kind of grid, the working hours of
// the grid staff and how many households a household-joint unit holds. The rules that pick a policy are in policy.rules.ts.
import type { WorkSchedule } from './attendance.js';
import type { RoleRequirement, StaffingModel, StaffingPolicy } from './staffing.js';

/**
 * What a county decides for its grids: which staffing model (人员配备模式) each kind of grid runs,
 * and the working hours (作息时间) its grid staff keep.
 */
export interface GridPolicy {
  /** The county (6 digits) the policy is for; `null` for {@link DEFAULT_GRID_POLICY}. */
  readonly countyCode: string | null;
  readonly staffing: StaffingPolicy;
  readonly workSchedule: WorkSchedule;
  readonly unitSize: UnitSizeBounds;
}

/**
 * How many households a household-joint unit (联户) holds, both ends included. A unit is the first
 * level of handling ("小事不出联户"), so it stays small enough for one head to know every household
 * and large enough to be worth a head.
 */
export interface UnitSizeBounds {
  readonly min: number;
  readonly max: number;
}

/**
 * 5 to 15 households per unit: the span the Tibet Autonomous Region's 双联户 practice names (a unit
 * of "about 5 to 15 neighbouring households"), which 改则县 follows.
 */
export const DEFAULT_UNIT_SIZE_BOUNDS: UnitSizeBounds = { min: 5, max: 15 };

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
  name: {
    zh: '城区“1+3+联户长”模式',
    en: 'Urban “1+3+household-joint heads” model',
    bo: 'གྲོང་ཁྱེར་ཁུལ་གྱི་"1+3+ཁྱིམ་སྦྲེལ་འགོ་པ"རྣམ་པ།',
  },
  requirements: [
    { role: 'GRID_CHIEF', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
    { role: 'GRID_WORKER', basis: 'PER_GRID', min: 2, max: 2, floor: 0 },
    { role: 'GRID_POLICE', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
    ONE_HEAD_PER_UNIT,
  ],
};

/**
 * 改则县 pastoral grids, "1+2+联户长": one grid chief, one full-time grid worker and one grid police
 * officer, plus one household-joint head per unit.
 */
export const PASTORAL_STAFFING_MODEL: StaffingModel = {
  id: 'PASTORAL_1_2',
  name: {
    zh: '牧区“1+2+联户长”模式',
    en: 'Pastoral “1+2+household-joint heads” model',
    bo: 'འབྲོག་ཁུལ་གྱི་"1+2+ཁྱིམ་སྦྲེལ་འགོ་པ"རྣམ་པ།',
  },
  requirements: [
    { role: 'GRID_CHIEF', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
    { role: 'GRID_WORKER', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
    { role: 'GRID_POLICE', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
    ONE_HEAD_PER_UNIT,
  ],
};

/** 改则县's staffing: urban grids run "1+3+联户长", pastoral grids "1+2+联户长". */
export const GERZE_STAFFING_POLICY: StaffingPolicy = {
  URBAN: URBAN_STAFFING_MODEL,
  PASTORAL: PASTORAL_STAFFING_MODEL,
};

/**
 * 改则县's working hours for grid staff: 09:30–18:30 Beijing time, 10 minutes' grace at both ends
 * (Tibet keeps Beijing time, so its offices open later than in the east). Our choice; the article
 * gives none.
 */
export const GERZE_WORK_SCHEDULE: WorkSchedule = { startMinute: 570, endMinute: 1_110, graceMinutes: 10 };

/** 改则县's (542526) grid policy. */
export const GERZE_GRID_POLICY: GridPolicy = {
  countyCode: '542526',
  staffing: GERZE_STAFFING_POLICY,
  workSchedule: GERZE_WORK_SCHEDULE,
  unitSize: DEFAULT_UNIT_SIZE_BOUNDS,
};

/**
 * The policy of a grid in a county that has recorded none of its own. The article describes one
 * county's rules, 改则县's, and until another county records its own every grid is held to those
 * (as the gateway did before it looked policies up by county): the default is 改则县's models,
 * working hours and unit sizes. A county with other rules adds its policy to {@link GRID_POLICIES}.
 */
export const DEFAULT_GRID_POLICY: GridPolicy = {
  countyCode: null,
  staffing: GERZE_STAFFING_POLICY,
  workSchedule: GERZE_WORK_SCHEDULE,
  unitSize: DEFAULT_UNIT_SIZE_BOUNDS,
};

/** Every county's own grid policy, one per county. */
export const GRID_POLICIES: readonly GridPolicy[] = [GERZE_GRID_POLICY];

import { err, ok, type Result } from '../shared/result.js';
import { UNIT_SIZE_ERRORS, type UnitSizeError } from './grid.errors.js';
import type { HouseholdJointUnit } from './grid.js';
import type { UnitSizeBounds } from './policy.js';
import { gridPolicyFor } from './policy.rules.js';

/** The unit size bounds of the county that `regionCode` (a county, township, village or grid) lies in. */
export function unitSizeBoundsFor(regionCode: string): UnitSizeBounds {
  return gridPolicyFor(regionCode).unitSize;
}

/**
 * Whether a unit of `householdCount` households is within `bounds` (both ends included): the count
 * when it is, `UNIT.TOO_SMALL` or `UNIT.TOO_LARGE` when it is not.
 */
export function checkUnitSize(householdCount: number, bounds: UnitSizeBounds): Result<number, UnitSizeError> {
  if (householdCount < bounds.min) return err(UNIT_SIZE_ERRORS.TOO_SMALL);
  if (householdCount > bounds.max) return err(UNIT_SIZE_ERRORS.TOO_LARGE);
  return ok(householdCount);
}

/** A unit of a grid outside its county's size bounds, with the bounds and why it is outside them. */
export interface UnitOutsideBounds {
  readonly unitId: string;
  readonly householdCount: number;
  readonly bounds: UnitSizeBounds;
  readonly error: UnitSizeError;
}

/**
 * The units of `grid` whose household count is outside the size bounds of the grid's county
 * ({@link unitSizeBoundsFor}), in unit order; empty when every unit is within them.
 */
export function unitsOutsideBounds(grid: {
  readonly code: string;
  readonly units: readonly Pick<HouseholdJointUnit, 'id' | 'householdIds'>[];
}): readonly UnitOutsideBounds[] {
  const bounds = unitSizeBoundsFor(grid.code);
  return grid.units.flatMap((unit) => {
    const checked = checkUnitSize(unit.householdIds.length, bounds);
    return checked.ok
      ? []
      : [{ unitId: unit.id, householdCount: unit.householdIds.length, bounds, error: checked.error }];
  });
}

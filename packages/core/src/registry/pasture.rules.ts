import { err, ok, type Result } from '../shared/result.js';
import { PASTURE_SEASONS, type SeasonalPasture } from './pasture.js';
import { at, PASTURE_ERRORS, type PastureError } from './registry.errors.js';

/** The longest pasture place name, in characters. */
export const MAX_PASTURE_PLACE_LENGTH = 60;

function isMonth(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 12;
}

/**
 * Builds a seasonal pasture: an id, a household, a season, a place name of at most
 * {@link MAX_PASTURE_PLACE_LENGTH} characters, both coordinates or neither (latitude −90…90,
 * longitude −180…180), and the months of use (1–12; a range may cross the new year).
 */
export function createSeasonalPasture(input: SeasonalPasture): Result<SeasonalPasture, PastureError> {
  const id = input.id.trim();
  if (id === '') return err(at(PASTURE_ERRORS.REQUIRED, 'id'));
  const householdId = input.householdId.trim();
  if (householdId === '') return err(at(PASTURE_ERRORS.REQUIRED, 'householdId'));
  if (!PASTURE_SEASONS.includes(input.season)) return err(at(PASTURE_ERRORS.SEASON, 'season'));
  const place = input.place.trim();
  if (place === '' || [...place].length > MAX_PASTURE_PLACE_LENGTH) {
    return err(at(PASTURE_ERRORS.PLACE, 'place'));
  }
  const { latitude, longitude } = input;
  if ((latitude === null) !== (longitude === null)) {
    return err(at(PASTURE_ERRORS.COORDINATES, latitude === null ? 'latitude' : 'longitude'));
  }
  if (latitude !== null && !(Number.isFinite(latitude) && Math.abs(latitude) <= 90)) {
    return err(at(PASTURE_ERRORS.COORDINATES, 'latitude'));
  }
  if (longitude !== null && !(Number.isFinite(longitude) && Math.abs(longitude) <= 180)) {
    return err(at(PASTURE_ERRORS.COORDINATES, 'longitude'));
  }
  if (!isMonth(input.fromMonth)) return err(at(PASTURE_ERRORS.MONTHS, 'fromMonth'));
  if (!isMonth(input.toMonth)) return err(at(PASTURE_ERRORS.MONTHS, 'toMonth'));
  return ok({ ...input, id, householdId, place });
}

/** Checks one household's pastures: one per season (`PASTURE.SEASON_DUPLICATE` at the second). */
export function checkHouseholdPastures(
  pastures: readonly SeasonalPasture[],
): Result<readonly SeasonalPasture[], PastureError> {
  const seen = new Set<string>();
  for (const [index, pasture] of pastures.entries()) {
    const key = `${pasture.householdId}\u0000${pasture.season}`;
    if (seen.has(key)) return err(at(PASTURE_ERRORS.SEASON_DUPLICATE, index, 'season'));
    seen.add(key);
  }
  return ok(pastures);
}

/** Whether the household is on the pasture in `month` (1–12), its months wrapping over the new year. */
export function isPastureInUse(
  pasture: Pick<SeasonalPasture, 'fromMonth' | 'toMonth'>,
  month: number,
): boolean {
  const { fromMonth, toMonth } = pasture;
  return fromMonth <= toMonth
    ? month >= fromMonth && month <= toMonth
    : month >= fromMonth || month <= toMonth;
}

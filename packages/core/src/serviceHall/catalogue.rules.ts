import { compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, HALL_ERRORS, type HallError } from './serviceHall.errors.js';
import type { ServiceMatterVersion } from './serviceHall.js';

/** The longest time limit a catalogue entry may state, in working days. */
export const MAX_TIME_LIMIT_DAYS = 365;
/** The most in-person trips a matter may require. */
export const MAX_TRIPS = 5;
/** The longest time a tolerance acceptance may give to supply a document, in working days. */
export const MAX_SUPPLY_DAYS = 30;

function isDays(n: number, max: number): boolean {
  return Number.isSafeInteger(n) && n >= 1 && n <= max;
}

/**
 * Checks one catalogue version (政务服务事项实施清单): the promised limit (承诺时限) is at most the legal
 * one (RULES.md 2.7 rule 5); trips are 0–5, and 零跑动 needs online or door-to-door handling; a
 * matter with tolerable documents says how long the applicant has to supply them; document codes
 * are unique.
 */
export function createServiceMatterVersion(
  input: ServiceMatterVersion,
): Result<ServiceMatterVersion, HallError> {
  if (input.code.trim() === '') return err(at(HALL_ERRORS.REQUIRED, 'code'));
  if (input.departmentCode.trim() === '') return err(at(HALL_ERRORS.REQUIRED, 'departmentCode'));
  if (!Number.isSafeInteger(input.version) || input.version < 1)
    return err(at(HALL_ERRORS.VERSION, 'version'));
  if (!isDays(input.legalDays, MAX_TIME_LIMIT_DAYS)) return err(at(HALL_ERRORS.TIME_LIMIT, 'legalDays'));
  if (!isDays(input.promisedDays, input.legalDays)) return err(at(HALL_ERRORS.TIME_LIMIT, 'promisedDays'));
  if (!Number.isSafeInteger(input.maxTrips) || input.maxTrips < 0 || input.maxTrips > MAX_TRIPS) {
    return err(at(HALL_ERRORS.TRIPS, 'maxTrips'));
  }
  if (input.maxTrips === 0 && !input.online && !input.doorToDoor) {
    return err(at(HALL_ERRORS.ZERO_TRIPS_OFFLINE, 'maxTrips'));
  }
  const codes = input.documents.map((document) => document.code);
  if (new Set(codes).size !== codes.length) return err(at(HALL_ERRORS.DUPLICATE_CODE, 'documents'));
  const tolerant = input.documents.some((document) => document.tolerable);
  if (tolerant ? !isDays(input.supplyDays, MAX_SUPPLY_DAYS) : input.supplyDays !== 0) {
    return err(at(HALL_ERRORS.SUPPLY_DAYS, 'supplyDays'));
  }
  return ok(input);
}

/**
 * Checks that the versions of one matter count up from 1 with increasing start dates, so exactly one
 * version is in force on any day after the first.
 */
export function checkMatterHistory(
  versions: readonly ServiceMatterVersion[],
): Result<readonly ServiceMatterVersion[], HallError> {
  for (const [index, version] of versions.entries()) {
    const before = versions[index - 1];
    const follows =
      version.version === index + 1 &&
      version.code === versions[0]?.code &&
      (before === undefined || compareDates(before.validFrom, version.validFrom) < 0);
    if (!follows) return err(at(HALL_ERRORS.VERSION, String(index)));
  }
  return ok(versions);
}

/** The version of a matter in force on `day` (the latest that started on or before it), or null. */
export function versionInForce(
  versions: readonly ServiceMatterVersion[],
  day: string,
): ServiceMatterVersion | null {
  let found: ServiceMatterVersion | null = null;
  for (const version of versions) {
    if (version.validFrom <= day && (found === null || version.version > found.version)) found = version;
  }
  return found;
}

import { err, ok, type Result } from '../shared/result.js';
import { at, HALL_ERRORS, type HallError } from './serviceHall.errors.js';
import type { ServiceHall, StationedDepartment } from './serviceHall.js';

/**
 * Checks a hall: department codes unique, window numbers distinct and positive, and every window
 * serves only stationed departments (a comprehensive window may serve many).
 */
export function createServiceHall(input: ServiceHall): Result<ServiceHall, HallError> {
  if (input.regionCode.trim() === '') return err(at(HALL_ERRORS.REQUIRED, 'regionCode'));
  const codes = input.departments.map((department) => department.code);
  if (new Set(codes).size !== codes.length) return err(at(HALL_ERRORS.DUPLICATE_CODE, 'departments'));
  const numbers = input.windows.map((window) => window.number);
  if (numbers.some((n) => !Number.isSafeInteger(n) || n < 1) || new Set(numbers).size !== numbers.length) {
    return err(at(HALL_ERRORS.WINDOW_NUMBER, 'windows'));
  }
  for (const [index, window] of input.windows.entries()) {
    if (window.departmentCodes.some((code) => !codes.includes(code))) {
      return err(at(HALL_ERRORS.DEPARTMENT_NOT_STATIONED, 'windows', index, 'departmentCodes'));
    }
  }
  return ok(input);
}

/** The departments stationed in the hall on `day` (joined on or before it). */
export function departmentsOn(hall: ServiceHall, day: string): readonly StationedDepartment[] {
  return hall.departments.filter((department) => department.joinedOn <= day);
}

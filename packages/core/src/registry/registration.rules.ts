import { addDays, type CalendarDate, compareDates, daysBetween } from '../shared/date.js';
import {
  DEFAULT_REGISTRATION_POLICY,
  REGISTRATION_POLICIES,
  type RegistrationCheck,
  type RegistrationPolicy,
} from './registration.js';
import type { Rental, Resident } from './registry.js';

/** The registration policy of the county `regionCode` lies in (any level below it), or the default. */
export function registrationPolicyFor(regionCode: string): RegistrationPolicy {
  const county = regionCode.slice(0, 6);
  return REGISTRATION_POLICIES.find((policy) => policy.countyCode === county) ?? DEFAULT_REGISTRATION_POLICY;
}

/** The last day a registration `days` after `startedOn` is on time. */
export function registrationDueOn(startedOn: CalendarDate, days: number): CalendarDate {
  return addDays(startedOn, days);
}

/**
 * Checks a registration due `days` after `startedOn` as it stands on `today`: made (`registeredOn`)
 * by the due day is on time, after it late; not made, it is pending until the due day and overdue
 * from the day after.
 */
export function checkRegistration(
  startedOn: CalendarDate,
  registeredOn: CalendarDate | null,
  days: number,
  today: CalendarDate,
): RegistrationCheck {
  const dueOn = registrationDueOn(startedOn, days);
  const made = registeredOn !== null;
  const against = registeredOn ?? today;
  const daysLate = Math.max(0, daysBetween(dueOn, against));
  const status =
    compareDates(against, dueOn) <= 0 ? (made ? 'ON_TIME' : 'PENDING') : made ? 'LATE' : 'OVERDUE';
  return { status, startedOn, dueOn, registeredOn, daysLate };
}

/**
 * The 3-day check of a floating resident's residence registration (流动人口居住登记): due the
 * county's `residenceDays` after arrival, registered on the day the residence was recorded. Null for
 * the other statuses (a separated resident moved inside the county and registers no residence), and
 * for a residence recorded without its arrival day.
 */
export function residenceRegistrationCheck(
  resident: Pick<Resident, 'residenceStatus' | 'arrivedOn' | 'registeredOn'>,
  policy: RegistrationPolicy,
  today: CalendarDate,
): RegistrationCheck | null {
  if (resident.residenceStatus !== 'FLOATING' || resident.arrivedOn === null) return null;
  return checkRegistration(resident.arrivedOn, resident.registeredOn, policy.residenceDays, today);
}

/**
 * The 3-day check of a rental's report (出租房屋登记): due the county's `rentalDays` after the
 * tenancy starts.
 */
export function rentalRegistrationCheck(
  rental: Pick<Rental, 'startDate' | 'reportedOn'>,
  policy: RegistrationPolicy,
  today: CalendarDate,
): RegistrationCheck {
  return checkRegistration(rental.startDate, rental.reportedOn, policy.rentalDays, today);
}

// The registration deadlines of floating residents and rentals (the 3-day check), as county policy data.
import type { CalendarDate } from '../shared/date.js';

/**
 * How many days a county allows for registering: a floating resident's residence (居住登记) after
 * arrival, and a rental (出租房屋登记) after the tenancy starts. The day of arrival or of the start
 * is day 0, so with 3 days a registration on the third day after is still on time.
 */
export interface RegistrationPolicy {
  /** The county (6 digits) the policy is for; `null` for {@link DEFAULT_REGISTRATION_POLICY}. */
  readonly countyCode: string | null;
  readonly residenceDays: number;
  readonly rentalDays: number;
}

/** 改则县's (542526) registration policy: 3 days for both, as the Tibet Autonomous Region requires. */
export const GERZE_REGISTRATION_POLICY: RegistrationPolicy = {
  countyCode: '542526',
  residenceDays: 3,
  rentalDays: 3,
};

/**
 * The policy of a county that has recorded none of its own: the region's 3 days for both, as
 * 改则县 keeps them. A county with other days adds its policy to {@link REGISTRATION_POLICIES}.
 */
export const DEFAULT_REGISTRATION_POLICY: RegistrationPolicy = {
  countyCode: null,
  residenceDays: 3,
  rentalDays: 3,
};

/** Every county's own registration policy, one per county. */
export const REGISTRATION_POLICIES: readonly RegistrationPolicy[] = [GERZE_REGISTRATION_POLICY];

/**
 * Where a registration stands on a day: `ON_TIME` (made by the due day), `LATE` (made after it),
 * `PENDING` (not made, the due day not past) or `OVERDUE` (not made, the due day past).
 */
export type RegistrationCheckStatus = 'ON_TIME' | 'LATE' | 'PENDING' | 'OVERDUE';

/** Every registration check status. */
export const REGISTRATION_CHECK_STATUSES: readonly RegistrationCheckStatus[] = [
  'ON_TIME',
  'LATE',
  'PENDING',
  'OVERDUE',
];

/** A registration checked against its deadline on a day. */
export interface RegistrationCheck {
  readonly status: RegistrationCheckStatus;
  /** The day of arrival or the first day of the tenancy. */
  readonly startedOn: CalendarDate;
  /** The last day the registration is on time. */
  readonly dueOn: CalendarDate;
  /** The day it was registered; null while it is not. */
  readonly registeredOn: CalendarDate | null;
  /** Days past the due day: of the registration when made late, of the day checked when overdue; else 0. */
  readonly daysLate: number;
}

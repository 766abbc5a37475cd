import { type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/**
 * A civil day (公历日期) as `YYYY-MM-DD`, read as a day in Asia/Shanghai (UTC+8, no daylight saving).
 *
 * Only {@link parseCalendarDate}, {@link calendarDateOf} and the functions of this module build one,
 * so every value is a real proleptic-Gregorian date in years 0001–9999.
 */
export type CalendarDate = string & { readonly __brand: 'CalendarDate' };

const MIN_YEAR = 1;
const MAX_YEAR = 9999;
const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
// China Standard Time has had no daylight saving since 1991, and the dates we handle are later.
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Failures of {@link parseCalendarDate} and {@link calendarDateOf}. */
export const DATE_ERRORS = {
  INVALID: domainError('DATE.INVALID', 'VALIDATION', {
    zh: '日期无效，应为真实存在的公历日期，格式 YYYY-MM-DD（年份 0001–9999）',
    en: 'Invalid date: expected a real Gregorian date written YYYY-MM-DD (years 0001–9999)',
    bo: 'ཚེས་གྲངས་ནུས་མེད། དངོས་སུ་ཡོད་པའི་སྤྱི་ལོའི་ཚེས་གྲངས་ཡིན་དགོས་ལ་རྣམ་པ་ YYYY-MM-DD（ལོ 0001–9999）',
  }),
} as const;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether `year-month-day` is a real date of the proleptic Gregorian calendar in years 0001–9999
 * (the years a `YYYY-MM-DD` text can hold). Non-integers are never valid.
 */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

// Days since 1970-01-01 (H. Hinnant, "chrono-compatible low-level date algorithms", days_from_civil).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

// The inverse of daysFromCivil (civil_from_days).
function civilFromDays(days: number): readonly [year: number, month: number, day: number] {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

const FIRST_DAY_NUMBER = daysFromCivil(MIN_YEAR, 1, 1);
const LAST_DAY_NUMBER = daysFromCivil(MAX_YEAR, 12, 31);

function format(year: number, month: number, day: number): CalendarDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CalendarDate;
}

function dayNumberOf(date: CalendarDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

function dateOfDayNumber(dayNumber: number): CalendarDate {
  // Leaving 0001–9999 can only come from a caller's arithmetic bug, never from user input.
  if (dayNumber < FIRST_DAY_NUMBER || dayNumber > LAST_DAY_NUMBER) {
    throw new RangeError(`date arithmetic left the years 0001–9999 (day number ${dayNumber})`);
  }
  const [year, month, day] = civilFromDays(dayNumber);
  return format(year, month, day);
}

/** Reads a `YYYY-MM-DD` text; anything else, or a day that does not exist, is `DATE.INVALID`. */
export function parseCalendarDate(text: string): Result<CalendarDate, DomainError> {
  const match = DATE_PATTERN.exec(text);
  if (match === null) return err(DATE_ERRORS.INVALID);
  return calendarDateOf(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Builds the date `year-month-day`; a day that does not exist is `DATE.INVALID`. */
export function calendarDateOf(year: number, month: number, day: number): Result<CalendarDate, DomainError> {
  return isValidCivilDate(year, month, day) ? ok(format(year, month, day)) : err(DATE_ERRORS.INVALID);
}

/**
 * The date `days` days after `date` (before it when negative).
 *
 * @throws RangeError when `days` is not a safe integer or the result leaves years 0001–9999 (a bug in
 *   the caller, not an expected failure).
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`addDays needs a safe integer, got ${days}`);
  return dateOfDayNumber(dayNumberOf(date) + days);
}

/** The number of days from `from` to `to` (`to − from`; negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/** Orders two dates: −1 when `a` is earlier, 1 when later, 0 when the same day. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  // Fixed-width YYYY-MM-DD texts sort like the days they name.
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** The ISO 8601 weekday of `date`: Monday = 1 … Sunday = 7. */
export function isoWeekday(date: CalendarDate): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  // 1970-01-01 was a Thursday (4).
  const mondayBased = (((dayNumberOf(date) + 3) % 7) + 7) % 7;
  return (mondayBased + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

function instantMs(instant: Date): number {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('an invalid Date is not an instant');
  return ms;
}

/**
 * The civil day in Asia/Shanghai (UTC+8) at `instant`.
 *
 * @throws RangeError for an invalid `Date` or one outside years 0001–9999 (caller bugs).
 */
export function shanghaiDateOf(instant: Date): CalendarDate {
  return dateOfDayNumber(Math.floor((instantMs(instant) + SHANGHAI_OFFSET_MS) / MS_PER_DAY));
}

/**
 * The wall-clock minute of the day in Asia/Shanghai at `instant`, 0 (00:00) … 1439 (23:59).
 *
 * @throws RangeError for an invalid `Date`.
 */
export function shanghaiMinutesOfDay(instant: Date): number {
  const msOfDay = (((instantMs(instant) + SHANGHAI_OFFSET_MS) % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  return Math.floor(msOfDay / MS_PER_MINUTE);
}

/** The instant at which `date` begins in Asia/Shanghai (00:00 UTC+8, i.e. 16:00 UTC the day before). */
export function startOfShanghaiDay(date: CalendarDate): Date {
  return new Date(dayNumberOf(date) * MS_PER_DAY - SHANGHAI_OFFSET_MS);
}

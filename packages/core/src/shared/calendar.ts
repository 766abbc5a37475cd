import { dayTableOf } from './calendar-build.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './calendar-data/range.js';
import { addDays, type CalendarDate, compareDates, daysBetween } from './date.js';
import { type BilingualText, type DomainError, domainError } from './errors.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';

export { type CalendarOptions, calendarForRegion, nationalCalendar } from './calendar-build.js';

/** Whose announcement a calendar entry comes from. */
export type CalendarScope = 'NATIONAL' | 'REGIONAL';

/**
 * Consecutive days off announced together (放假调休期间), `from` and `to` included; weekends inside
 * the period are part of it. `estimated` marks regional days we could not check against the notice;
 * `provisional` marks days computed by rule for a year whose official schedule is not loaded.
 */
export interface RestPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** The holiday's name in Chinese, English and Tibetan. */
  readonly name: Labels;
  readonly scope: CalendarScope;
  readonly estimated: boolean;
  readonly provisional: boolean;
}

/** A Saturday or Sunday worked in exchange for days off (调休上班日). */
export interface AdjustedWorkday {
  readonly date: CalendarDate;
  /** The name of the holiday it makes up for, in Chinese, English and Tibetan. */
  readonly name: Labels;
  readonly scope: CalendarScope;
  readonly estimated: boolean;
  readonly provisional: boolean;
}

/**
 * The working days (工作日) of one area: Monday to Friday, less the rest periods, plus the make-up
 * days. It answers for days from `firstDate` to `answersUntil` (2022-01-01 to 2099-12-31). Up to
 * `lastDate` every year's days are announced (the committed notices and the loaded official
 * schedules); a year in `provisionalYears` has no loaded schedule for the nation or the region, so
 * its days are computed by rule, and every answer that rests on them says it is provisional. Build
 * one with {@link nationalCalendar} or {@link calendarForRegion}.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly name: BilingualText;
  readonly firstDate: CalendarDate;
  /** The last day of the last year before the first provisional one. */
  readonly lastDate: CalendarDate;
  /** The last day the calendar answers for at all; later days are `CALENDAR.OUT_OF_RANGE`. */
  readonly answersUntil: CalendarDate;
  /** The years whose days are computed by rule rather than announced, ascending. */
  readonly provisionalYears: readonly number[];
  /**
   * The announced rest periods, sorted by `from`; a regional period may overlap a national one. The
   * periods of provisional years are computed when asked for: see {@link restPeriodsIn}.
   */
  readonly restPeriods: readonly RestPeriod[];
  /** The announced make-up days, sorted by date, one entry a date. */
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
}

/**
 * What a day is in a calendar: `ADJUSTED_WORKDAY` a weekend day worked by notice, `HOLIDAY` a day of
 * a rest period, `WEEKEND` any other Saturday or Sunday, `WORKDAY` any other day.
 */
export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'ADJUSTED_WORKDAY';

/** Failures of the working-day functions. */
export const CALENDAR_ERRORS = {
  OUT_OF_RANGE: domainError('CALENDAR.OUT_OF_RANGE', 'VALIDATION', {
    zh: `日期超出工作日历可推算的年份（${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}年），无法确定是否为工作日`,
    en: `The date is outside the years the working calendar can reckon (${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}), so whether it is a working day is unknown`,
    bo: `ཚེས་གྲངས་དེ་ལས་ཉིན་ལོ་ཐོས་རྩིས་ཐུབ་པའི་ལོ（${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}）ལས་བརྒལ་འདུག་པས་ལས་ཉིན་ཡིན་མིན་གཏན་འཁེལ་བྱེད་མི་ཐུབ།`,
  }),
  INVALID_COUNT: domainError('CALENDAR.INVALID_COUNT', 'VALIDATION', {
    zh: '工作日天数应为非负整数',
    en: 'A number of working days must be a non-negative whole number',
    bo: 'ལས་ཉིན་གྱི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས།',
  }),
} as const;

function isInRange(calendar: WorkingCalendar, date: CalendarDate): boolean {
  return compareDates(calendar.firstDate, date) <= 0 && compareDates(date, calendar.answersUntil) <= 0;
}

function isWorking(kind: DayKind): boolean {
  return kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY';
}

/** What `date` is in `calendar`; `CALENDAR.OUT_OF_RANGE` outside the years the calendar answers for. */
export function dayKind(calendar: WorkingCalendar, date: CalendarDate): Result<DayKind, DomainError> {
  if (!isInRange(calendar, date)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  return ok(dayTableOf(calendar).kind(date));
}

/**
 * Whether `date` is a working day: a make-up day, or a Monday–Friday outside every rest period.
 * `CALENDAR.OUT_OF_RANGE` outside the years the calendar answers for.
 */
export function isWorkingDay(calendar: WorkingCalendar, date: CalendarDate): Result<boolean, DomainError> {
  const kind = dayKind(calendar, date);
  return kind.ok ? ok(isWorking(kind.value)) : kind;
}

/**
 * The rest period `date` falls in, or `null` on any other day (to name the holiday to a citizen).
 * Where a regional period overlaps a national one, the regional period is given.
 */
export function restPeriodOn(
  calendar: WorkingCalendar,
  date: CalendarDate,
): Result<RestPeriod | null, DomainError> {
  if (!isInRange(calendar, date)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  return ok(dayTableOf(calendar).restPeriod(date));
}

/**
 * The rest periods of `year`, national and regional, sorted by `from`: the announced ones, or for a
 * provisional year those computed by rule (`provisional: true`). A period announced for `year` may
 * begin in the December before. `CALENDAR.OUT_OF_RANGE` for a year the calendar does not answer for.
 */
export function restPeriodsIn(
  calendar: WorkingCalendar,
  year: number,
): Result<readonly RestPeriod[], DomainError> {
  const inRange =
    Number.isInteger(year) &&
    year >= Number(calendar.firstDate.slice(0, 4)) &&
    year <= Number(calendar.answersUntil.slice(0, 4));
  return inRange ? ok(dayTableOf(calendar).restPeriodsOf(year)) : err(CALENDAR_ERRORS.OUT_OF_RANGE);
}

/**
 * Whether an answer about the days from `from` to `to` (both included, in either order) rests on
 * provisional days: a day in one of the calendar's `provisionalYears`, or in a rest period or on a
 * make-up day marked `estimated`. Such an answer may change once that year's official schedule is
 * loaded. Pass the days the answer looked at: for {@link isWorkingDay} the day itself, for a count
 * of leave days its first and last day; {@link workingDayDeadline} and {@link workingDayCount} do it
 * for you. Days outside the calendar's years are not provisional (the functions refuse them).
 */
export function dependsOnProvisional(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): boolean {
  const [first, last] = compareDates(from, to) <= 0 ? [from, to] : [to, from];
  return dayTableOf(calendar).touchesProvisional(first, last);
}

/** A day reckoned in working days, and whether it rests on provisional days. */
export interface WorkingDayDeadline {
  readonly date: CalendarDate;
  /** The date may move once the official schedule of a year it crosses is loaded. */
  readonly provisional: boolean;
}

/**
 * {@link addWorkingDays} with its basis: the day on which `n` working days from `start` end, and
 * whether any day counted or skipped on the way was provisional (the start day itself is not looked
 * at, so `n = 0` is never provisional).
 */
export function workingDayDeadline(
  calendar: WorkingCalendar,
  start: CalendarDate,
  n: number,
): Result<WorkingDayDeadline, DomainError> {
  if (!Number.isSafeInteger(n) || n < 0) return err(CALENDAR_ERRORS.INVALID_COUNT);
  if (!isInRange(calendar, start)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  // n working days need at least n days.
  if (n > daysBetween(start, calendar.answersUntil)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  const table = dayTableOf(calendar);
  // RULES.md §2.7: d = start; repeat n times { d = next day; while not working(d) d = next day }.
  let day = start;
  for (let counted = 0; counted < n; counted++) {
    do {
      if (day === calendar.answersUntil) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
      day = addDays(day, 1);
    } while (!isWorking(table.kind(day)));
  }
  const provisional = n > 0 && table.touchesProvisional(addDays(start, 1), day);
  return ok({ date: day, provisional });
}

/**
 * The day on which a period of `n` working days that starts on `start` ends (行政许可法 art. 82:
 * periods in working days exclude statutory holidays; 民法典 art. 201: the start day is not counted).
 * `n = 0` gives `start` itself; for `n > 0` the result is always a working day. Whether the day is
 * provisional: {@link workingDayDeadline}.
 *
 * `CALENDAR.INVALID_COUNT` unless `n` is a non-negative safe integer; `CALENDAR.OUT_OF_RANGE` when
 * `start` or any day needed is outside the years the calendar answers for.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  start: CalendarDate,
  n: number,
): Result<CalendarDate, DomainError> {
  const deadline = workingDayDeadline(calendar, start, n);
  return deadline.ok ? ok(deadline.value.date) : deadline;
}

/** A number of working days, and whether it rests on provisional days. */
export interface WorkingDayCount {
  readonly count: number;
  /** The count may change once the official schedule of a year it covers is loaded. */
  readonly provisional: boolean;
}

/**
 * {@link countWorkingDays} with its basis: the count, and whether any day counted (after the earlier
 * date, up to and including the later one) was provisional.
 */
export function workingDayCount(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): Result<WorkingDayCount, DomainError> {
  if (!isInRange(calendar, from) || !isInRange(calendar, to)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  const order = compareDates(from, to);
  if (order === 0) return ok({ count: 0, provisional: false });
  const [first, last] = order < 0 ? [from, to] : [to, from];
  const table = dayTableOf(calendar);
  let count = 0;
  for (let day = addDays(first, 1); compareDates(day, last) <= 0; day = addDays(day, 1)) {
    if (isWorking(table.kind(day))) count++;
  }
  return ok({
    count: order < 0 || count === 0 ? count : -count,
    provisional: table.touchesProvisional(addDays(first, 1), last),
  });
}

/**
 * The number of working days in `(from, to]`: after `from`, up to and including `to`, so that
 * `countWorkingDays(c, s, addWorkingDays(c, s, n)) = n`. When `to` is before `from` the count is
 * negative (−working days in `(to, from]`), e.g. how many working days a deadline is overdue.
 * `CALENDAR.OUT_OF_RANGE` when either date is outside the years the calendar answers for. Whether
 * the count is provisional: {@link workingDayCount}.
 */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): Result<number, DomainError> {
  const counted = workingDayCount(calendar, from, to);
  return counted.ok ? ok(counted.value.count) : counted;
}

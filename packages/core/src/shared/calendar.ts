import { NATIONAL_CALENDAR_DATA } from './calendar-data/national.js';
import { TIBET_OVERLAY_DATA } from './calendar-data/tibet.js';
import type {
  AdjustedWorkdayData,
  CalendarYearData,
  NationalCalendarData,
  RegionalOverlayData,
  RestPeriodData,
} from './calendar-data/types.js';
import { addDays, type CalendarDate, compareDates, isoWeekday, parseCalendarDate } from './date.js';
import { type BilingualText, type DomainError, domainError } from './errors.js';
import { err, ok, type Result } from './result.js';

/** Whose announcement a calendar entry comes from. */
export type CalendarScope = 'NATIONAL' | 'REGIONAL';

/**
 * Consecutive days off announced together (放假调休期间), `from` and `to` included; weekends inside
 * the period are part of it. `estimated` marks regional days we could not check against the notice.
 */
export interface RestPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly name: BilingualText;
  readonly scope: CalendarScope;
  readonly estimated: boolean;
}

/** A Saturday or Sunday worked in exchange for days off (调休上班日). */
export interface AdjustedWorkday {
  readonly date: CalendarDate;
  readonly name: BilingualText;
  readonly scope: CalendarScope;
  readonly estimated: boolean;
}

/**
 * The working days (工作日) of one area: Monday to Friday, less the announced rest periods, plus the
 * announced make-up days. It only answers for days from `firstDate` to `lastDate`, the years whose
 * notices it holds. Build one with {@link nationalCalendar} or {@link calendarForRegion}.
 */
export interface WorkingCalendar {
  readonly id: string;
  readonly name: BilingualText;
  readonly firstDate: CalendarDate;
  readonly lastDate: CalendarDate;
  /** Sorted by `from`; a regional period may overlap a national one. */
  readonly restPeriods: readonly RestPeriod[];
  /** Sorted by date, one entry a date. */
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
}

/**
 * What a day is in a calendar: `ADJUSTED_WORKDAY` a weekend day worked by notice, `HOLIDAY` a day of
 * a rest period, `WEEKEND` any other Saturday or Sunday, `WORKDAY` any other day.
 */
export type DayKind = 'WORKDAY' | 'WEEKEND' | 'HOLIDAY' | 'ADJUSTED_WORKDAY';

function yearsText(calendar: { readonly firstYear: number; readonly lastYear: number }): string {
  return `${calendar.firstYear}–${calendar.lastYear}`;
}

/** Failures of the working-day functions. */
export const CALENDAR_ERRORS = {
  OUT_OF_RANGE: domainError('CALENDAR.OUT_OF_RANGE', 'VALIDATION', {
    zh: `日期超出工作日历已收录的年份（${yearsText(NATIONAL_CALENDAR_DATA)}年），无法确定是否为工作日；请先补充该年的节假日安排`,
    en: `The date is outside the years the working calendar holds (${yearsText(NATIONAL_CALENDAR_DATA)}), so whether it is a working day is unknown; add that year's holiday notice first`,
  }),
  INVALID_COUNT: domainError('CALENDAR.INVALID_COUNT', 'VALIDATION', {
    zh: '工作日天数应为非负整数',
    en: 'A number of working days must be a non-negative whole number',
  }),
} as const;

// ---- Building the calendars from the committed data -------------------------------------------

// Broken committed data is a bug, not an expected failure: the calendar tests load every entry.
function dataDate(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`calendar data holds an invalid date: ${text}`);
  return parsed.value;
}

function toRestPeriod(data: RestPeriodData & { readonly basis?: string }, scope: CalendarScope): RestPeriod {
  const from = dataDate(data.from);
  const to = dataDate(data.to);
  if (compareDates(from, to) > 0)
    throw new Error(`calendar data: rest period ${data.from}..${data.to} ends first`);
  return { from, to, name: data.name, scope, estimated: data.basis === 'ESTIMATE' };
}

function toAdjustedWorkday(
  data: AdjustedWorkdayData & { readonly basis?: string },
  scope: CalendarScope,
): AdjustedWorkday {
  const date = dataDate(data.date);
  if (isoWeekday(date) < 6) throw new Error(`calendar data: make-up day ${data.date} is not a weekend day`);
  return { date, name: data.name, scope, estimated: data.basis === 'ESTIMATE' };
}

function checkYears(data: {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly years: readonly CalendarYearData[];
}): void {
  const years = data.years.map((y) => y.year);
  const expected = Array.from({ length: data.lastYear - data.firstYear + 1 }, (_, i) => data.firstYear + i);
  if (years.join() !== expected.join())
    throw new Error(`calendar data: years ${years.join()} are not ${expected.join()}`);
}

function byFrom(a: RestPeriod, b: RestPeriod): number {
  return compareDates(a.from, b.from) || compareDates(a.to, b.to);
}

function byDate(a: AdjustedWorkday, b: AdjustedWorkday): number {
  return compareDates(a.date, b.date);
}

function buildNational(data: NationalCalendarData): WorkingCalendar {
  checkYears(data);
  return {
    id: 'CN',
    name: { zh: '全国', en: 'China (national)' },
    firstDate: dataDate(`${data.firstYear}-01-01`),
    lastDate: dataDate(`${data.lastYear}-12-31`),
    restPeriods: data.years
      .flatMap((y) => y.restPeriods.map((p) => toRestPeriod(p, 'NATIONAL')))
      .sort(byFrom),
    adjustedWorkdays: data.years
      .flatMap((y) => y.adjustedWorkdays.map((w) => toAdjustedWorkday(w, 'NATIONAL')))
      .sort(byDate),
  };
}

function within(date: CalendarDate, period: RestPeriod): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}

function latest(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

function earliest(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

// A region's notice is the later and more specific rule, so where it disagrees with the national one
// it wins: a national make-up day inside a regional rest period is a day off, and a regional make-up
// day is worked even inside a national rest period. Regional days that are national holidays anyway
// simply stay days off.
function withOverlay(base: WorkingCalendar, overlay: RegionalOverlayData): WorkingCalendar {
  checkYears(overlay);
  const regionalRest = overlay.years.flatMap((y) => y.restPeriods.map((p) => toRestPeriod(p, 'REGIONAL')));
  const regionalWork = overlay.years.flatMap((y) =>
    y.adjustedWorkdays.map((w) => toAdjustedWorkday(w, 'REGIONAL')),
  );
  const regionalWorkDates = new Set<string>(regionalWork.map((w) => w.date));
  const keptNationalWork = base.adjustedWorkdays.filter(
    (w) => !regionalWorkDates.has(w.date) && !regionalRest.some((p) => within(w.date, p)),
  );
  return {
    id: overlay.id,
    name: overlay.name,
    firstDate: latest(base.firstDate, dataDate(`${overlay.firstYear}-01-01`)),
    lastDate: earliest(base.lastDate, dataDate(`${overlay.lastYear}-12-31`)),
    restPeriods: [...base.restPeriods, ...regionalRest].sort(byFrom),
    adjustedWorkdays: [...keptNationalWork, ...regionalWork].sort(byDate),
  };
}

const NATIONAL = buildNational(NATIONAL_CALENDAR_DATA);
const TIBET = withOverlay(NATIONAL, TIBET_OVERLAY_DATA);

/** China's national working calendar: State Council holidays and make-up days (全国). */
export function nationalCalendar(): WorkingCalendar {
  return NATIONAL;
}

/**
 * The working calendar of a region given by its GB/T 2260 code at any level (province to grid):
 * Tibet Autonomous Region codes (`54…`) get the national calendar plus TAR's regional days
 * (藏历新年, 雪顿节); every other code gets the national calendar.
 */
export function calendarForRegion(regionCode: string): WorkingCalendar {
  return regionCode.startsWith(TIBET_OVERLAY_DATA.regionCodePrefix) ? TIBET : NATIONAL;
}

// ---- Asking the calendar -----------------------------------------------------------------------

interface DayIndex {
  readonly rest: ReadonlyMap<CalendarDate, RestPeriod>;
  readonly work: ReadonlyMap<CalendarDate, AdjustedWorkday>;
}

// Looking days up by date; computed once per calendar value and never changed.
const dayIndexes = new WeakMap<WorkingCalendar, DayIndex>();

function dayIndexOf(calendar: WorkingCalendar): DayIndex {
  const cached = dayIndexes.get(calendar);
  if (cached !== undefined) return cached;
  const rest = new Map<CalendarDate, RestPeriod>();
  // Regional periods come after national ones, so a day in both is named by its regional period.
  const periods = [...calendar.restPeriods].sort((a, b) =>
    a.scope === b.scope ? 0 : a.scope === 'NATIONAL' ? -1 : 1,
  );
  for (const period of periods) {
    for (let day = period.from; compareDates(day, period.to) <= 0; day = addDays(day, 1))
      rest.set(day, period);
  }
  const work = new Map(calendar.adjustedWorkdays.map((w) => [w.date, w] as const));
  const index = { rest, work };
  dayIndexes.set(calendar, index);
  return index;
}

function isInRange(calendar: WorkingCalendar, date: CalendarDate): boolean {
  return compareDates(calendar.firstDate, date) <= 0 && compareDates(date, calendar.lastDate) <= 0;
}

function kindOf(index: DayIndex, date: CalendarDate): DayKind {
  if (index.work.has(date)) return 'ADJUSTED_WORKDAY';
  if (index.rest.has(date)) return 'HOLIDAY';
  return isoWeekday(date) >= 6 ? 'WEEKEND' : 'WORKDAY';
}

function isWorking(kind: DayKind): boolean {
  return kind === 'WORKDAY' || kind === 'ADJUSTED_WORKDAY';
}

/** What `date` is in `calendar`; `CALENDAR.OUT_OF_RANGE` outside the years the calendar holds. */
export function dayKind(calendar: WorkingCalendar, date: CalendarDate): Result<DayKind, DomainError> {
  if (!isInRange(calendar, date)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  return ok(kindOf(dayIndexOf(calendar), date));
}

/**
 * Whether `date` is a working day: a make-up day, or a Monday–Friday outside every rest period.
 * `CALENDAR.OUT_OF_RANGE` outside the years the calendar holds.
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
  const index = dayIndexOf(calendar);
  return ok(index.work.has(date) ? null : (index.rest.get(date) ?? null));
}

/**
 * The day on which a period of `n` working days that starts on `start` ends (行政许可法 art. 82:
 * periods in working days exclude statutory holidays; 民法典 art. 201: the start day is not counted).
 * `n = 0` gives `start` itself; for `n > 0` the result is always a working day.
 *
 * `CALENDAR.INVALID_COUNT` unless `n` is a non-negative safe integer; `CALENDAR.OUT_OF_RANGE` when
 * `start` or any day needed is outside the years the calendar holds.
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  start: CalendarDate,
  n: number,
): Result<CalendarDate, DomainError> {
  if (!Number.isSafeInteger(n) || n < 0) return err(CALENDAR_ERRORS.INVALID_COUNT);
  if (!isInRange(calendar, start)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  const index = dayIndexOf(calendar);
  // RULES.md §2.7: d = start; repeat n times { d = next day; while not working(d) d = next day }.
  let day = start;
  for (let counted = 0; counted < n; counted++) {
    do {
      if (day === calendar.lastDate) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
      day = addDays(day, 1);
    } while (!isWorking(kindOf(index, day)));
  }
  return ok(day);
}

/**
 * The number of working days in `(from, to]`: after `from`, up to and including `to`, so that
 * `countWorkingDays(c, s, addWorkingDays(c, s, n)) = n`. When `to` is before `from` the count is
 * negative (−working days in `(to, from]`), e.g. how many working days a deadline is overdue.
 * `CALENDAR.OUT_OF_RANGE` when either date is outside the years the calendar holds.
 */
export function countWorkingDays(
  calendar: WorkingCalendar,
  from: CalendarDate,
  to: CalendarDate,
): Result<number, DomainError> {
  if (!isInRange(calendar, from) || !isInRange(calendar, to)) return err(CALENDAR_ERRORS.OUT_OF_RANGE);
  const order = compareDates(from, to);
  if (order === 0) return ok(0);
  const [first, last] = order < 0 ? [from, to] : [to, from];
  const index = dayIndexOf(calendar);
  let count = 0;
  for (let day = addDays(first, 1); compareDates(day, last) <= 0; day = addDays(day, 1)) {
    if (isWorking(kindOf(index, day))) count++;
  }
  return ok(order < 0 || count === 0 ? count : -count);
}

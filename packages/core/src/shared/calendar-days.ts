import type { AdjustedWorkday, DayKind, RestPeriod, WorkingCalendar } from './calendar.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './calendar-data/range.js';
import { addDays, type CalendarDate, compareDates, isoWeekday } from './date.js';

// Looking a calendar's days up by date. The days come year by year from the calendar's builder
// (calendar-build.ts), national and regional, announced or computed; a year is asked for the first
// time one of its days is.

/** The days one notice (or the rules) gives one scope in one year. */
export interface YearDays {
  readonly restPeriods: readonly RestPeriod[];
  readonly adjustedWorkdays: readonly AdjustedWorkday[];
}

/** The days of one calendar, looked up by date; the answer for a provisional year is computed once. */
export interface DayTable {
  kind(date: CalendarDate): DayKind;
  /** The rest period `date` is in (regional first), or `null` (also on a make-up day). */
  restPeriod(date: CalendarDate): RestPeriod | null;
  /** The rest periods of `year`'s arrangement, national and regional. */
  restPeriodsOf(year: number): readonly RestPeriod[];
  /** Whether a day from `from` to `to` (`from` ≤ `to`) is provisional or estimated. */
  touchesProvisional(from: CalendarDate, to: CalendarDate): boolean;
}

/** Orders rest periods by start, then end. */
export function byFrom(a: RestPeriod, b: RestPeriod): number {
  return compareDates(a.from, b.from) || compareDates(a.to, b.to);
}

/** The Gregorian year of a date. */
export function yearOf(date: CalendarDate): number {
  return Number(date.slice(0, 4));
}

/** The day table of `calendar`, whose days of `year` (national and regional) are `yearDays(year)`. */
export function createDayTable(
  calendar: WorkingCalendar,
  yearDays: (year: number) => readonly YearDays[],
): DayTable {
  const nationalRest = new Map<string, RestPeriod>();
  const nationalWork = new Set<string>();
  const regionalRest = new Map<string, RestPeriod>();
  const regionalWork = new Set<string>();
  const loaded = new Set<number>();
  const load = (year: number): void => {
    if (loaded.has(year) || year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) return;
    loaded.add(year);
    for (const days of yearDays(year)) {
      for (const period of days.restPeriods) {
        const rest = period.scope === 'NATIONAL' ? nationalRest : regionalRest;
        for (let day = period.from; compareDates(day, period.to) <= 0; day = addDays(day, 1))
          rest.set(day, period);
      }
      for (const workday of days.adjustedWorkdays) {
        (workday.scope === 'NATIONAL' ? nationalWork : regionalWork).add(workday.date);
      }
    }
  };
  // A notice may reach into the December before or the January after its year (2023's began on
  // 31 December 2022), so a day in either month needs the neighbouring year's arrangement too.
  const ready = (date: CalendarDate): void => {
    const year = yearOf(date);
    load(year);
    const month = date.slice(5, 7);
    if (month === '12') load(year + 1);
    if (month === '01') load(year - 1);
  };
  const provisionalYears = new Set(calendar.provisionalYears);
  const estimated = [
    ...calendar.restPeriods.filter((p) => p.estimated),
    ...calendar.adjustedWorkdays.filter((w) => w.estimated).map((w) => ({ from: w.date, to: w.date })),
  ];
  const kind = (date: CalendarDate): DayKind => {
    ready(date);
    // A region's notice wins over the national one (see calendar-build.ts); a make-up day over a
    // rest day of the same scope.
    if (regionalWork.has(date)) return 'ADJUSTED_WORKDAY';
    if (regionalRest.has(date)) return 'HOLIDAY';
    if (nationalWork.has(date)) return 'ADJUSTED_WORKDAY';
    if (nationalRest.has(date)) return 'HOLIDAY';
    return isoWeekday(date) >= 6 ? 'WEEKEND' : 'WORKDAY';
  };
  return {
    kind,
    restPeriod: (date) =>
      kind(date) === 'ADJUSTED_WORKDAY' ? null : (regionalRest.get(date) ?? nationalRest.get(date) ?? null),
    restPeriodsOf: (year) =>
      yearDays(year)
        .flatMap((days) => days.restPeriods)
        .sort(byFrom),
    touchesProvisional: (from, to) => {
      for (let year = yearOf(from); year <= yearOf(to); year++) if (provisionalYears.has(year)) return true;
      return estimated.some((span) => compareDates(span.from, to) <= 0 && compareDates(from, span.to) <= 0);
    },
  };
}

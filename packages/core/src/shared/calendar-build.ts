import type { AdjustedWorkday, CalendarScope, RestPeriod, WorkingCalendar } from './calendar.js';
import { holidayLabels } from './calendar-data/holiday-names.js';
import { NATIONAL_CALENDAR_DATA } from './calendar-data/national.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './calendar-data/range.js';
import { TIBET_OVERLAY_DATA } from './calendar-data/tibet.js';
import type {
  AdjustedWorkdayData,
  CalendarYearData,
  RegionalOverlayData,
  RestPeriodData,
} from './calendar-data/types.js';
import { byFrom, createDayTable, type DayTable, type YearDays, yearOf } from './calendar-days.js';
import { provisionalNationalRestPeriods } from './calendar-rules/statutory-holidays.js';
import { provisionalTibetRestPeriods } from './calendar-rules/tibet-holidays.js';
import { type CalendarDate, compareDates, isoWeekday, parseCalendarDate } from './date.js';
import { regionScopePrefix } from './division-code.js';
import type { BilingualText } from './errors.js';
import type { OfficialSchedule } from './official-schedule.js';

// How a working calendar is put together, year by year and scope by scope. Each year's national days
// are announced (the committed notices, or a loaded official schedule, which wins) or, failing that,
// computed by the rules (calendar-rules/statutory-holidays.ts); a region with regional days (the TAR)
// adds its own year by year the same way (calendar-rules/tibet-holidays.ts). Computed years are
// provisional. They are computed when first asked for, because the lunar calendar is slow to ask
// (milliseconds a year) and most callers only ever need this year and the next.

/** How a region's days are estimated for a year without its notice, from the year's national rest. */
type RegionalEstimate = (year: number, nationalRest: readonly RestPeriod[]) => readonly RestPeriod[];

/** What a calendar is made of: the announced years of each scope, and the rules for the others. */
interface Recipe {
  readonly national: ReadonlyMap<number, YearDays>;
  /** `null` for a calendar without regional days. */
  readonly regional: {
    readonly id: string;
    readonly announced: ReadonlyMap<number, YearDays>;
    readonly estimate: RegionalEstimate;
  } | null;
}

const NO_DAYS: YearDays = { restPeriods: [], adjustedWorkdays: [] };

// ---- the committed data ---------------------------------------------------------------------------

// Broken committed data is a bug, not an expected failure: the calendar tests load every entry.
function dataDate(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`calendar data holds an invalid date: ${text}`);
  return parsed.value;
}

function restPeriodOf(data: RestPeriodData & { readonly basis?: string }, scope: CalendarScope): RestPeriod {
  const from = dataDate(data.from);
  const to = dataDate(data.to);
  if (compareDates(from, to) > 0)
    throw new Error(`calendar data: rest period ${data.from}..${data.to} ends first`);
  return {
    from,
    to,
    name: holidayLabels(data.name),
    scope,
    estimated: data.basis === 'ESTIMATE',
    provisional: false,
  };
}

function workdayOf(
  data: AdjustedWorkdayData & { readonly basis?: string },
  scope: CalendarScope,
): AdjustedWorkday {
  const date = dataDate(data.date);
  if (isoWeekday(date) < 6) throw new Error(`calendar data: make-up day ${data.date} is not a weekend day`);
  return {
    date,
    name: holidayLabels(data.name),
    scope,
    estimated: data.basis === 'ESTIMATE',
    provisional: false,
  };
}

function committedYears(
  data: {
    readonly firstYear: number;
    readonly lastYear: number;
    readonly years: readonly CalendarYearData[];
  },
  scope: CalendarScope,
): ReadonlyMap<number, YearDays> {
  const years = data.years.map((y) => y.year);
  const expected = Array.from({ length: data.lastYear - data.firstYear + 1 }, (_, i) => data.firstYear + i);
  if (years.join() !== expected.join() || data.firstYear !== CALENDAR_FIRST_YEAR) {
    throw new Error(
      `calendar data: years ${years.join()} are not ${expected.join()} from ${CALENDAR_FIRST_YEAR}`,
    );
  }
  return new Map(
    data.years.map((year) => [
      year.year,
      {
        restPeriods: year.restPeriods.map((period) => restPeriodOf(period, scope)),
        adjustedWorkdays: year.adjustedWorkdays.map((workday) => workdayOf(workday, scope)),
      },
    ]),
  );
}

// ---- the loaded schedules -------------------------------------------------------------------------

function daysOfSchedule(schedule: OfficialSchedule): YearDays {
  const scope = schedule.scope;
  return {
    restPeriods: schedule.restPeriods.map(({ from, to, name }) => ({
      from,
      to,
      name,
      scope,
      estimated: false,
      provisional: false,
    })),
    adjustedWorkdays: schedule.adjustedWorkdays.map(({ date, name }) => ({
      date,
      name,
      scope,
      estimated: false,
      provisional: false,
    })),
  };
}

// For one year and scope the schedule of the narrowest region wins (a prefecture's own notice over
// the region's), then the one published last (a correction over the notice it corrects), then the
// one given last.
function precedence(schedule: OfficialSchedule): readonly [number, CalendarDate] {
  const width = schedule.regionCode === null ? 0 : regionScopePrefix(schedule.regionCode).length;
  return [width, schedule.source.published];
}

function withSchedules(
  years: ReadonlyMap<number, YearDays>,
  schedules: readonly OfficialSchedule[],
): ReadonlyMap<number, YearDays> {
  const chosen = new Map<number, OfficialSchedule>();
  for (const schedule of schedules) {
    const current = chosen.get(schedule.year);
    if (current === undefined) {
      chosen.set(schedule.year, schedule);
      continue;
    }
    const [width, published] = precedence(schedule);
    const [currentWidth, currentPublished] = precedence(current);
    if (width > currentWidth || (width === currentWidth && compareDates(published, currentPublished) >= 0)) {
      chosen.set(schedule.year, schedule);
    }
  }
  const merged = new Map(years);
  for (const [year, schedule] of chosen) merged.set(year, daysOfSchedule(schedule));
  return merged;
}

// ---- the provisional years ------------------------------------------------------------------------

// Computed days depend on nothing but their arguments, so they are kept once computed: national ones
// by year, regional ones by the national days they were computed from (one object per year and
// source) and by region and year.
const provisionalNational = new Map<number, YearDays>();
const provisionalRegional = new WeakMap<YearDays, Map<string, YearDays>>();

function nationalDaysOf(recipe: Recipe, year: number): YearDays {
  const announced = recipe.national.get(year);
  if (announced !== undefined) return announced;
  let computed = provisionalNational.get(year);
  if (computed === undefined) {
    computed = { restPeriods: provisionalNationalRestPeriods(year), adjustedWorkdays: [] };
    provisionalNational.set(year, computed);
  }
  return computed;
}

function regionalDaysOf(recipe: Recipe, year: number): YearDays {
  const regional = recipe.regional;
  if (regional === null) return NO_DAYS;
  const announced = regional.announced.get(year);
  if (announced !== undefined) return announced;
  const national = nationalDaysOf(recipe, year);
  let byRegion = provisionalRegional.get(national);
  if (byRegion === undefined) {
    byRegion = new Map();
    provisionalRegional.set(national, byRegion);
  }
  const key = `${regional.id} ${year}`;
  let computed = byRegion.get(key);
  if (computed === undefined) {
    computed = { restPeriods: regional.estimate(year, national.restPeriods), adjustedWorkdays: [] };
    byRegion.set(key, computed);
  }
  return computed;
}

// ---- the calendars --------------------------------------------------------------------------------

const FIRST_DATE = dataDate(`${CALENDAR_FIRST_YEAR}-01-01`);
const LAST_DATE = dataDate(`${CALENDAR_LAST_YEAR}-12-31`);

const recipes = new WeakMap<WorkingCalendar, Recipe>();
const tables = new WeakMap<WorkingCalendar, DayTable>();

function byDate(a: AdjustedWorkday, b: AdjustedWorkday): number {
  return compareDates(a.date, b.date);
}

function within(date: CalendarDate, period: RestPeriod): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}

function build(id: string, name: BilingualText, recipe: Recipe): WorkingCalendar {
  const provisionalYears: number[] = [];
  for (let year = CALENDAR_FIRST_YEAR; year <= CALENDAR_LAST_YEAR; year++) {
    if (!recipe.national.has(year) || (recipe.regional !== null && !recipe.regional.announced.has(year))) {
      provisionalYears.push(year);
    }
  }
  const national = [...recipe.national.values()];
  const regional = [...(recipe.regional?.announced.values() ?? [])];
  const regionalRest = regional.flatMap((days) => days.restPeriods);
  const regionalWork = regional.flatMap((days) => days.adjustedWorkdays);
  const regionalWorkDates = new Set<string>(regionalWork.map((w) => w.date));
  // A region's notice is the later and more specific rule, so where it disagrees with the national
  // one it wins: a national make-up day inside a regional rest period is a day off.
  const keptNationalWork = national
    .flatMap((days) => days.adjustedWorkdays)
    .filter((w) => !regionalWorkDates.has(w.date) && !regionalRest.some((p) => within(w.date, p)));
  const firstProvisional = provisionalYears[0];
  const calendar: WorkingCalendar = {
    id,
    name,
    firstDate: FIRST_DATE,
    lastDate: firstProvisional === undefined ? LAST_DATE : dataDate(`${firstProvisional - 1}-12-31`),
    answersUntil: LAST_DATE,
    provisionalYears,
    restPeriods: [...national.flatMap((days) => days.restPeriods), ...regionalRest].sort(byFrom),
    adjustedWorkdays: [...keptNationalWork, ...regionalWork].sort(byDate),
  };
  recipes.set(calendar, recipe);
  return calendar;
}

const COMMITTED_NATIONAL = committedYears(NATIONAL_CALENDAR_DATA, 'NATIONAL');

interface Overlay {
  readonly data: RegionalOverlayData;
  readonly committed: ReadonlyMap<number, YearDays>;
  readonly estimate: RegionalEstimate;
  readonly calendar: WorkingCalendar;
}

const NATIONAL = build(
  'CN',
  { zh: '全国', en: 'China (national)' },
  { national: COMMITTED_NATIONAL, regional: null },
);

// The regions with regional days of their own, each with the rule that estimates a year without its
// notice.
const OVERLAYS: readonly Overlay[] = [
  { data: TIBET_OVERLAY_DATA, estimate: provisionalTibetRestPeriods },
].map(({ data, estimate }) => {
  const committed = committedYears(data, 'REGIONAL');
  const regional = { id: data.id, announced: committed, estimate };
  return {
    data,
    committed,
    estimate,
    calendar: build(data.id, data.name, { national: COMMITTED_NATIONAL, regional }),
  };
});

/** What {@link calendarForRegion} and {@link nationalCalendar} build on besides the committed data. */
export interface CalendarOptions {
  /**
   * Official schedules loaded after the committed data was written (the gateway keeps them in its
   * database). A national schedule replaces its year's national days, announced or provisional; a
   * regional one replaces its year's regional days in the regions within its `regionCode`. Schedules
   * for other regions are ignored, so one list can serve every region. For one year and scope the
   * narrowest region's schedule wins, then the one published last, then the one given last.
   */
  readonly schedules?: readonly OfficialSchedule[];
}

// Calendars built from a list of schedules, by the list and by which of its schedules apply, so a
// caller that passes the same list (say, once per request) builds each calendar once.
const builtFromSchedules = new WeakMap<readonly OfficialSchedule[], Map<string, WorkingCalendar>>();

function calendarOf(
  overlay: Overlay | null,
  regionCode: string,
  options: CalendarOptions | undefined,
): WorkingCalendar {
  const base = overlay?.calendar ?? NATIONAL;
  const schedules = options?.schedules ?? [];
  const national = schedules.filter((s) => s.scope === 'NATIONAL');
  const regional =
    overlay === null
      ? []
      : schedules.filter(
          (s) =>
            s.scope === 'REGIONAL' &&
            s.regionCode !== null &&
            regionCode.startsWith(regionScopePrefix(s.regionCode)),
        );
  if (national.length === 0 && regional.length === 0) return base;
  const key = `${base.id} ${[...national, ...regional].map((s) => schedules.indexOf(s)).join(',')}`;
  let built = builtFromSchedules.get(schedules);
  if (built === undefined) {
    built = new Map();
    builtFromSchedules.set(schedules, built);
  }
  const cached = built.get(key);
  if (cached !== undefined) return cached;
  const calendar = build(base.id, base.name, {
    national: withSchedules(COMMITTED_NATIONAL, national),
    regional:
      overlay === null
        ? null
        : {
            id: overlay.data.id,
            announced: withSchedules(overlay.committed, regional),
            estimate: overlay.estimate,
          },
  });
  built.set(key, calendar);
  return calendar;
}

/**
 * China's national working calendar: State Council holidays and make-up days (全国). 2022–2026 from
 * the committed notices, later years from `options.schedules` where loaded and provisional otherwise.
 */
export function nationalCalendar(options?: CalendarOptions): WorkingCalendar {
  return calendarOf(null, '', options);
}

/**
 * The working calendar of a region given by its GB/T 2260 code at any level (province to grid):
 * Tibet Autonomous Region codes (`54…`) get the national calendar plus TAR's regional days
 * (藏历新年, 雪顿节); every other code gets the national calendar. `options.schedules` are the
 * official schedules loaded since the committed data; without them this is the committed data with
 * provisional years after it, and the same calendar value for every code of the region.
 */
export function calendarForRegion(regionCode: string, options?: CalendarOptions): WorkingCalendar {
  const overlay = OVERLAYS.find((o) => regionCode.startsWith(o.data.regionCodePrefix)) ?? null;
  return calendarOf(overlay, regionCode, options);
}

/**
 * The day table of `calendar`. A calendar built here knows how to compute its provisional years; any
 * other value of the type is read from its own lists, as announced.
 */
export function dayTableOf(calendar: WorkingCalendar): DayTable {
  const cached = tables.get(calendar);
  if (cached !== undefined) return cached;
  const recipe = recipes.get(calendar);
  const table =
    recipe === undefined
      ? createDayTable(calendar, (year) => [
          {
            restPeriods: calendar.restPeriods.filter((p) => yearOf(p.from) <= year && year <= yearOf(p.to)),
            adjustedWorkdays: calendar.adjustedWorkdays.filter((w) => yearOf(w.date) === year),
          },
        ])
      : createDayTable(calendar, (year) => [nationalDaysOf(recipe, year), regionalDaysOf(recipe, year)]);
  tables.set(calendar, table);
  return table;
}

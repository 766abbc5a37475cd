import { holidayNameBo } from './calendar-data/holiday-names.js';
import { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './calendar-data/range.js';
import { TIBET_OVERLAY_DATA } from './calendar-data/tibet.js';
import { type CalendarDate, compareDates, daysBetween, isoWeekday, parseCalendarDate } from './date.js';
import { parseRegionCode, type RegionCode } from './division-code.js';
import { type BilingualText, domainError } from './errors.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';

// One year's official holiday arrangement as data: the State Council General Office's notice
// (国务院办公厅关于YYYY年部分节假日安排的通知) for the whole country, or a regional government's notice
// (拉萨市人民政府办公室 for the Tibet Autonomous Region). The gateway stores what it loads and passes the
// parsed schedules to calendarForRegion; a loaded schedule replaces the days of its year and scope.

/** The `format` every official schedule document carries. */
export const OFFICIAL_SCHEDULE_FORMAT = 'grassroots.official-holiday-schedule';

/** The one version of the format this code reads and writes. */
export const OFFICIAL_SCHEDULE_VERSION = 1;

/**
 * An official schedule document, version 1, as JSON. `regionCode` (a 6-digit GB/T 2260 code) is
 * given for a `REGIONAL` schedule only. Dates are `YYYY-MM-DD`; rest periods include both ends and
 * the weekends inside them; adjusted workdays are the Saturdays and Sundays worked in exchange
 * (调休上班日). Dates may reach into the December before or the January after the year (the 2023
 * notice's New Year break began on 31 December 2022).
 */
export interface OfficialScheduleJson {
  readonly format: typeof OFFICIAL_SCHEDULE_FORMAT;
  readonly version: typeof OFFICIAL_SCHEDULE_VERSION;
  readonly year: number;
  readonly scope: 'NATIONAL' | 'REGIONAL';
  readonly regionCode?: string | null;
  readonly source: {
    readonly title: string;
    readonly number?: string | null;
    readonly published: string;
    readonly url?: string | null;
  };
  readonly restPeriods: readonly {
    readonly from: string;
    readonly to: string;
    readonly name: OfficialScheduleNameJson;
  }[];
  readonly adjustedWorkdays: readonly { readonly date: string; readonly name: OfficialScheduleNameJson }[];
  readonly note?: string | null;
}

/**
 * A holiday's name in a schedule document: Chinese and English as the notice gives them, and Tibetan,
 * which a document may leave out for the holidays core knows the Tibetan of (元旦 … 国庆节, 藏历新年,
 * 雪顿节, and a notice's joint names of them) and must give for any other.
 */
export interface OfficialScheduleNameJson extends BilingualText {
  readonly bo?: string | null;
}

/** The notice a schedule was read from. */
export interface OfficialScheduleSource {
  /** The notice's title, e.g. 国务院办公厅关于2027年部分节假日安排的通知. */
  readonly title: string;
  /** Its document number (文号), e.g. 国办发明电〔2026〕7号, when it has one. */
  readonly number: string | null;
  readonly published: CalendarDate;
  readonly url: string | null;
}

/** A rest period of an official schedule. */
export interface ScheduledRestPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  /** In Chinese, English and Tibetan. */
  readonly name: Labels;
}

/** An adjusted working day (调休上班日) of an official schedule. */
export interface ScheduledWorkday {
  readonly date: CalendarDate;
  /** In Chinese, English and Tibetan. */
  readonly name: Labels;
}

/**
 * One year's official holiday arrangement, checked: read it with {@link parseOfficialSchedule}.
 * Rest periods are sorted and disjoint, adjusted workdays sorted weekend days outside them.
 */
export interface OfficialSchedule {
  readonly year: number;
  readonly scope: 'NATIONAL' | 'REGIONAL';
  /** The region a `REGIONAL` schedule is for (it applies to every code within it); `null` if national. */
  readonly regionCode: RegionCode | null;
  readonly source: OfficialScheduleSource;
  readonly restPeriods: readonly ScheduledRestPeriod[];
  readonly adjustedWorkdays: readonly ScheduledWorkday[];
  readonly note: string | null;
}

const LONGEST_REST_PERIOD_DAYS = 31;

/** Failures of {@link parseOfficialSchedule}; `field` is the path of the offending field. */
export const OFFICIAL_SCHEDULE_ERRORS = {
  INVALID: domainError('CALENDAR.SCHEDULE_INVALID', 'VALIDATION', {
    zh: '节假日安排数据格式无效：缺少字段、字段类型或取值错误，或含有未知字段',
    en: 'The holiday schedule is malformed: a field is missing, has the wrong type or value, or is unknown',
    bo: 'དུས་ཆེན་ངལ་གསོའི་གཏན་འཁེལ་གཞི་གྲངས་ཀྱི་རྣམ་པ་ནུས་མེད། ཡིག་དུམ་ཆད་པའམ། ཡིག་དུམ་གྱི་རིགས་དང་གྲངས་ཐང་ནོར་བ། ཡང་ན་ངོ་མི་ཤེས་པའི་ཡིག་དུམ་འདུག',
  }),
  VERSION: domainError('CALENDAR.SCHEDULE_VERSION', 'VALIDATION', {
    zh: `不支持的节假日安排格式或版本（应为 ${OFFICIAL_SCHEDULE_FORMAT} 第${OFFICIAL_SCHEDULE_VERSION}版）`,
    en: `Unsupported holiday schedule format or version (expected ${OFFICIAL_SCHEDULE_FORMAT}, version ${OFFICIAL_SCHEDULE_VERSION})`,
    bo: `དུས་ཆེན་ངལ་གསོའི་གཏན་འཁེལ་གྱི་རྣམ་པའམ་པར་གཞི་རྒྱབ་སྐྱོར་མི་བྱེད། （${OFFICIAL_SCHEDULE_FORMAT} པར་གཞི་${OFFICIAL_SCHEDULE_VERSION}ཡིན་དགོས།）`,
  }),
  YEAR: domainError('CALENDAR.SCHEDULE_YEAR', 'VALIDATION', {
    zh: `节假日安排的年份应为${CALENDAR_FIRST_YEAR}至${CALENDAR_LAST_YEAR}年之间的整数`,
    en: `The year of a holiday schedule is a whole number from ${CALENDAR_FIRST_YEAR} to ${CALENDAR_LAST_YEAR}`,
    bo: `དུས་ཆེན་ངལ་གསོའི་གཏན་འཁེལ་གྱི་ལོ་ནི་${CALENDAR_FIRST_YEAR}ནས་${CALENDAR_LAST_YEAR}བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།`,
  }),
  REGION: domainError('CALENDAR.SCHEDULE_REGION', 'VALIDATION', {
    zh: '地方节假日安排须注明设有地方节假日地区的6位区划代码（目前为西藏自治区，54开头）；全国节假日安排不注明区划代码',
    en: 'A regional schedule names the 6-digit code of a region with regional holidays (at present the Tibet Autonomous Region, 54…); a national schedule names none',
    bo: 'ས་གནས་ཀྱི་དུས་ཆེན་ངལ་གསོའི་གཏན་འཁེལ་ལ་ས་གནས་ངལ་གསོ་ཡོད་པའི་ས་ཁོངས་ཀྱི་ཨང་རྟགས་གྲངས་ཀ་6（ད་ལྟ་བོད་རང་སྐྱོང་ལྗོངས་ཏེ་54ནས་འགོ་འཛུགས）གསལ་བཀོད་དགོས། རྒྱལ་ཡོངས་ཀྱི་གཏན་འཁེལ་ལ་ས་ཁོངས་ཨང་རྟགས་གསལ་བཀོད་མི་དགོས།',
  }),
  DATE: domainError('CALENDAR.SCHEDULE_DATE', 'VALIDATION', {
    zh: '日期无效：应为 YYYY-MM-DD 格式的真实日期；放假和调休日期须在该年度内（可延至前一年12月或后一年1月）',
    en: "Invalid date: expected a real YYYY-MM-DD date; rest days and adjusted workdays lie within the schedule's year (or the December before or January after)",
    bo: 'ཚེས་གྲངས་ནུས་མེད། YYYY-MM-DD རྣམ་པའི་དངོས་ཡོད་ཚེས་གྲངས་ཡིན་དགོས། ངལ་གསོ་དང་ལས་ཉིན་སྤོ་སྒྱུར་གྱི་ཚེས་གྲངས་ལོ་དེའི་ནང་ཡིན་དགོས（ལོ་སྔ་མའི་ཟླ་12པའམ་ལོ་རྗེས་མའི་ཟླ་1པོར་བསྲིང་ཆོག）',
  }),
  PERIOD: domainError('CALENDAR.SCHEDULE_PERIOD', 'VALIDATION', {
    zh: `放假期间无效：结束日期早于开始日期、超过${LONGEST_REST_PERIOD_DAYS}天，或与另一放假期间重叠`,
    en: `Invalid rest period: it ends before it starts, is longer than ${LONGEST_REST_PERIOD_DAYS} days, or overlaps another rest period`,
    bo: `ངལ་གསོའི་དུས་ཡུན་ནུས་མེད། མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་བ་དང་། ཉིན་${LONGEST_REST_PERIOD_DAYS}ལས་བརྒལ་བ། ཡང་ན་ངལ་གསོའི་དུས་ཡུན་གཞན་དང་ཟུང་འབྲེལ་བྱུང་འདུག`,
  }),
  WORKDAY: domainError('CALENDAR.SCHEDULE_WORKDAY', 'VALIDATION', {
    zh: '调休上班日无效：应为周六或周日，不在任何放假期间内，且只列一次',
    en: 'Invalid adjusted workday: it must be a Saturday or Sunday, outside every rest period, and listed once',
    bo: 'ལས་ཉིན་སྤོ་སྒྱུར་ནུས་མེད། གཟའ་སྤེན་པའམ་གཟའ་ཉི་མ་ཡིན་དགོས་ལ། ངལ་གསོའི་དུས་ཡུན་གང་གི་ནང་དུའང་མེད་པ་དང་ཐེངས་གཅིག་ཁོ་ན་འཁོད་དགོས།',
  }),
  NAME_BO: domainError('CALENDAR.SCHEDULE_NAME_BO', 'VALIDATION', {
    zh: '节假日名称缺少藏文：系统未收录该节日的藏文名称时，须在 bo 中以藏文给出',
    en: 'The holiday has no Tibetan name: for a holiday whose Tibetan the system does not know, give it in Tibetan script as bo',
    bo: 'དུས་ཆེན་གྱི་མིང་ལ་བོད་ཡིག་མེད། མ་ལག་ནང་དུས་ཆེན་དེའི་བོད་ཡིག་གི་མིང་མེད་ཚེ། bo ནང་བོད་ཡིག་ཐོག་འགོད་དགོས།',
  }),
} as const;

/** Any failure of {@link parseOfficialSchedule}. */
export type OfficialScheduleError = (typeof OFFICIAL_SCHEDULE_ERRORS)[keyof typeof OFFICIAL_SCHEDULE_ERRORS];

// Regions whose regional days core keeps (and estimates when no notice is loaded).
const REGIONAL_CALENDAR_PREFIXES: readonly string[] = [TIBET_OVERLAY_DATA.regionCodePrefix];

type Parsed<T> = Result<T, OfficialScheduleError>;
type Path = readonly (string | number)[];

function fail(
  error: OfficialScheduleError,
  path: Path,
): { readonly ok: false; readonly error: OfficialScheduleError } {
  return err(path.length === 0 ? error : { ...error, field: path.map(String) });
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(
  value: unknown,
  keys: readonly string[],
  path: Path,
): Parsed<Readonly<Record<string, unknown>>> {
  if (!isRecord(value)) return fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, path);
  const unknown = Object.keys(value).find((key) => !keys.includes(key));
  return unknown === undefined ? ok(value) : fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, [...path, unknown]);
}

function text(value: unknown, path: Path): Parsed<string> {
  return typeof value === 'string' && value.trim() !== ''
    ? ok(value.trim())
    : fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, path);
}

function optionalText(value: unknown, path: Path): Parsed<string | null> {
  return value === undefined || value === null ? ok(null) : text(value, path);
}

function holidayName(value: unknown, path: Path): Parsed<Labels> {
  const fields = record(value, ['zh', 'en', 'bo'], path);
  if (!fields.ok) return fields;
  const zh = text(fields.value.zh, [...path, 'zh']);
  if (!zh.ok) return zh;
  const en = text(fields.value.en, [...path, 'en']);
  if (!en.ok) return en;
  const given = optionalText(fields.value.bo, [...path, 'bo']);
  if (!given.ok) return given;
  const bo = given.value ?? holidayNameBo(zh.value);
  if (bo === null || !/^[\u0F00-\u0FFF\s]+$/u.test(bo))
    return fail(OFFICIAL_SCHEDULE_ERRORS.NAME_BO, [...path, 'bo']);
  return ok({ zh: zh.value, en: en.value, bo });
}

function date(value: unknown, path: Path): Parsed<CalendarDate> {
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : null;
  return parsed?.ok ? ok(parsed.value) : fail(OFFICIAL_SCHEDULE_ERRORS.DATE, path);
}

function dayOfYear(value: unknown, year: number, path: Path): Parsed<CalendarDate> {
  const parsed = date(value, path);
  if (!parsed.ok) return parsed;
  const within =
    compareDates(`${year - 1}-12-01` as CalendarDate, parsed.value) <= 0 &&
    compareDates(parsed.value, `${year + 1}-01-31` as CalendarDate) <= 0;
  return within ? parsed : fail(OFFICIAL_SCHEDULE_ERRORS.DATE, path);
}

function list(value: unknown, path: Path): Parsed<readonly unknown[]> {
  return Array.isArray(value) ? ok(value) : fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, path);
}

function regionOf(scope: OfficialSchedule['scope'], value: unknown): Parsed<RegionCode | null> {
  const path = ['regionCode'];
  if (scope === 'NATIONAL') {
    return value === undefined || value === null ? ok(null) : fail(OFFICIAL_SCHEDULE_ERRORS.REGION, path);
  }
  const code = typeof value === 'string' && value.length === 6 ? parseRegionCode(value) : null;
  if (!code?.ok || !REGIONAL_CALENDAR_PREFIXES.some((prefix) => code.value.startsWith(prefix))) {
    return fail(OFFICIAL_SCHEDULE_ERRORS.REGION, path);
  }
  return ok(code.value);
}

function sourceOf(value: unknown): Parsed<OfficialScheduleSource> {
  const path = ['source'];
  const fields = record(value, ['title', 'number', 'published', 'url'], path);
  if (!fields.ok) return fields;
  const title = text(fields.value.title, [...path, 'title']);
  if (!title.ok) return title;
  const number = optionalText(fields.value.number, [...path, 'number']);
  if (!number.ok) return number;
  const published = date(fields.value.published, [...path, 'published']);
  if (!published.ok) return published;
  const url = optionalText(fields.value.url, [...path, 'url']);
  if (!url.ok) return url;
  return ok({ title: title.value, number: number.value, published: published.value, url: url.value });
}

function restPeriodsOf(value: unknown, year: number): Parsed<readonly ScheduledRestPeriod[]> {
  const items = list(value, ['restPeriods']);
  if (!items.ok) return items;
  if (items.value.length === 0) return fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, ['restPeriods']);
  const periods: (ScheduledRestPeriod & { readonly index: number })[] = [];
  for (const [index, item] of items.value.entries()) {
    const path = ['restPeriods', index];
    const fields = record(item, ['from', 'to', 'name'], path);
    if (!fields.ok) return fields;
    const from = dayOfYear(fields.value.from, year, [...path, 'from']);
    if (!from.ok) return from;
    const to = dayOfYear(fields.value.to, year, [...path, 'to']);
    if (!to.ok) return to;
    const length = daysBetween(from.value, to.value) + 1;
    if (length < 1 || length > LONGEST_REST_PERIOD_DAYS)
      return fail(OFFICIAL_SCHEDULE_ERRORS.PERIOD, [...path, 'to']);
    const name = holidayName(fields.value.name, [...path, 'name']);
    if (!name.ok) return name;
    periods.push({ from: from.value, to: to.value, name: name.value, index });
  }
  periods.sort((a, b) => compareDates(a.from, b.from) || a.index - b.index);
  for (const [i, period] of periods.entries()) {
    const before = periods[i - 1];
    if (before !== undefined && compareDates(period.from, before.to) <= 0) {
      return fail(OFFICIAL_SCHEDULE_ERRORS.PERIOD, ['restPeriods', period.index, 'from']);
    }
  }
  return ok(periods.map(({ from, to, name }) => ({ from, to, name })));
}

function workdaysOf(
  value: unknown,
  year: number,
  restPeriods: readonly ScheduledRestPeriod[],
): Parsed<readonly ScheduledWorkday[]> {
  const items = list(value, ['adjustedWorkdays']);
  if (!items.ok) return items;
  const workdays: ScheduledWorkday[] = [];
  for (const [index, item] of items.value.entries()) {
    const path = ['adjustedWorkdays', index];
    const fields = record(item, ['date', 'name'], path);
    if (!fields.ok) return fields;
    const day = dayOfYear(fields.value.date, year, [...path, 'date']);
    if (!day.ok) return day;
    const resting = restPeriods.some(
      (period) => compareDates(period.from, day.value) <= 0 && compareDates(day.value, period.to) <= 0,
    );
    if (isoWeekday(day.value) < 6 || resting || workdays.some((workday) => workday.date === day.value)) {
      return fail(OFFICIAL_SCHEDULE_ERRORS.WORKDAY, [...path, 'date']);
    }
    const name = holidayName(fields.value.name, [...path, 'name']);
    if (!name.ok) return name;
    workdays.push({ date: day.value, name: name.value });
  }
  return ok(workdays.sort((a, b) => compareDates(a.date, b.date)));
}

const TOP_LEVEL_KEYS = [
  'format',
  'version',
  'year',
  'scope',
  'regionCode',
  'source',
  'restPeriods',
  'adjustedWorkdays',
  'note',
] as const;

/**
 * Reads one year's official holiday schedule from JSON already decoded (`JSON.parse`), in the format
 * {@link OfficialScheduleJson} version 1. The first problem found, in document order, is returned
 * with the path of its field (`['restPeriods', '2', 'to']`):
 *
 * - `CALENDAR.SCHEDULE_INVALID`: not an object, a field missing, of the wrong type or unknown (a
 *   misspelt field is an error, never ignored), an empty text, no rest period;
 * - `CALENDAR.SCHEDULE_VERSION`: another `format` or `version`;
 * - `CALENDAR.SCHEDULE_YEAR`: a year outside 2022–2099;
 * - `CALENDAR.SCHEDULE_REGION`: a regional schedule without the 6-digit code of a region core keeps
 *   regional days for (the TAR, `54…`), or a national one with a code;
 * - `CALENDAR.SCHEDULE_DATE`: not a real date, or a rest day or workday outside the year (±1 month);
 * - `CALENDAR.SCHEDULE_PERIOD`: a period that ends before it starts, runs over 31 days or overlaps
 *   another;
 * - `CALENDAR.SCHEDULE_WORKDAY`: an adjusted workday on Monday–Friday, inside a rest period, or twice.
 */
export function parseOfficialSchedule(json: unknown): Result<OfficialSchedule, OfficialScheduleError> {
  const fields = record(json, TOP_LEVEL_KEYS, []);
  if (!fields.ok) return fields;
  const document = fields.value;
  if (document.format !== OFFICIAL_SCHEDULE_FORMAT) return fail(OFFICIAL_SCHEDULE_ERRORS.VERSION, ['format']);
  if (document.version !== OFFICIAL_SCHEDULE_VERSION)
    return fail(OFFICIAL_SCHEDULE_ERRORS.VERSION, ['version']);
  const year = document.year;
  if (
    typeof year !== 'number' ||
    !Number.isInteger(year) ||
    year < CALENDAR_FIRST_YEAR ||
    year > CALENDAR_LAST_YEAR
  ) {
    return fail(OFFICIAL_SCHEDULE_ERRORS.YEAR, ['year']);
  }
  const scope = document.scope;
  if (scope !== 'NATIONAL' && scope !== 'REGIONAL') return fail(OFFICIAL_SCHEDULE_ERRORS.INVALID, ['scope']);
  const regionCode = regionOf(scope, document.regionCode);
  if (!regionCode.ok) return regionCode;
  const source = sourceOf(document.source);
  if (!source.ok) return source;
  const restPeriods = restPeriodsOf(document.restPeriods, year);
  if (!restPeriods.ok) return restPeriods;
  const adjustedWorkdays = workdaysOf(document.adjustedWorkdays, year, restPeriods.value);
  if (!adjustedWorkdays.ok) return adjustedWorkdays;
  const note = optionalText(document.note, ['note']);
  if (!note.ok) return note;
  return ok({
    year,
    scope,
    regionCode: regionCode.value,
    source: source.value,
    restPeriods: restPeriods.value,
    adjustedWorkdays: adjustedWorkdays.value,
    note: note.value,
  });
}

/**
 * The JSON document of a schedule, in the current format version: what the gateway stores, and what
 * {@link parseOfficialSchedule} reads back to an equal schedule.
 */
export function officialScheduleJson(schedule: OfficialSchedule): OfficialScheduleJson {
  return {
    format: OFFICIAL_SCHEDULE_FORMAT,
    version: OFFICIAL_SCHEDULE_VERSION,
    year: schedule.year,
    scope: schedule.scope,
    regionCode: schedule.regionCode,
    source: { ...schedule.source },
    restPeriods: schedule.restPeriods.map(({ from, to, name }) => ({ from, to, name: { ...name } })),
    adjustedWorkdays: schedule.adjustedWorkdays.map(({ date, name }) => ({ date, name: { ...name } })),
    note: schedule.note,
  };
}

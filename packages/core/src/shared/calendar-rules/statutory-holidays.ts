import { Lunar, type Solar } from 'lunar-typescript';
import type { RestPeriod } from '../calendar.js';
import { holidayLabels } from '../calendar-data/holiday-names.js';
import { addDays, type CalendarDate, calendarDateOf, compareDates, isoWeekday } from '../date.js';
import type { Labels } from '../labels.js';

// 全国年节及纪念日放假办法 (State Council, as amended by 国务院令第795号 of 2024-11-10, in force from
// 2025-01-01). Art. 2: the holidays of all citizens (全体公民放假的节日), 13 days a year. Art. 6: a
// holiday of all citizens that falls on a Saturday or Sunday is made up on a working day (补假).
// Art. 7 lets each year's notice move days around (放假调休) with make-up weekend days; those moves
// are announced, never implied by the rules, so they have no place here.

/** One holiday of all citizens (办法 art. 2) and its days in one year, by the rule alone. */
export interface StatutoryHoliday {
  /** In Chinese, English and Tibetan. */
  readonly name: Labels;
  readonly days: readonly CalendarDate[];
}

const NAMES = {
  NEW_YEAR: holidayLabels({ zh: '元旦', en: "New Year's Day" }),
  SPRING_FESTIVAL: holidayLabels({ zh: '春节', en: 'Spring Festival' }),
  QINGMING: holidayLabels({ zh: '清明节', en: 'Tomb-sweeping Day' }),
  LABOUR_DAY: holidayLabels({ zh: '劳动节', en: 'Labour Day' }),
  DRAGON_BOAT: holidayLabels({ zh: '端午节', en: 'Dragon Boat Festival' }),
  MID_AUTUMN: holidayLabels({ zh: '中秋节', en: 'Mid-autumn Festival' }),
  NATIONAL_DAY: holidayLabels({ zh: '国庆节', en: 'National Day' }),
} as const satisfies Record<string, Labels>;

// The library is asked for years 2022–2099 only; anything unexpected from it is a bug, not a failure.
function dateOfSolar(solar: Solar): CalendarDate {
  const date = calendarDateOf(solar.getYear(), solar.getMonth(), solar.getDay());
  if (!date.ok) throw new Error(`lunar-typescript gave an invalid date ${solar.toYmd()}`);
  return date.value;
}

function inYear(year: number, date: CalendarDate, what: string): CalendarDate {
  if (!date.startsWith(`${year}-`)) throw new Error(`${what} of ${year} fell on ${date}`);
  return date;
}

/** 正月初一, the first day of the Chinese lunar year that begins in Gregorian `year`. */
export function lunarNewYearOf(year: number): CalendarDate {
  return inYear(year, dateOfSolar(Lunar.fromYmd(year, 1, 1).getSolar()), 'lunar new year');
}

function lunarDay(year: number, month: number, day: number): CalendarDate {
  // A positive month is the regular month, never the leap month of the same number.
  return inYear(year, dateOfSolar(Lunar.fromYmd(year, month, day).getSolar()), `lunar ${month}-${day}`);
}

function qingmingOf(year: number): CalendarDate {
  const solar = Lunar.fromYmd(year, 3, 1).getJieQiTable().清明;
  if (solar === undefined) throw new Error(`lunar-typescript has no 清明 for ${year}`);
  return inYear(year, dateOfSolar(solar), '清明');
}

function fixedDays(year: number, month: number, days: readonly number[]): CalendarDate[] {
  return days.map((day) => {
    const date = calendarDateOf(year, month, day);
    if (!date.ok) throw new Error(`no date ${year}-${month}-${day}`);
    return date.value;
  });
}

/**
 * The holidays of all citizens in `year` by 全国年节及纪念日放假办法 art. 2 as amended in 2024: 元旦
 * 1 January; 春节 除夕 and 正月初一 to 初三; 清明节 the day of the 清明 solar term; 劳动节 1–2 May; 端午节
 * 五月初五; 中秋节 八月十五; 国庆节 1–3 October. Lunar dates and the solar term come from
 * lunar-typescript. The rule is the 2025 one: earlier years had 11 days (no 除夕, one day in May).
 */
export function statutoryHolidays(year: number): readonly StatutoryHoliday[] {
  const newYear = lunarNewYearOf(year);
  return [
    { name: NAMES.NEW_YEAR, days: fixedDays(year, 1, [1]) },
    { name: NAMES.SPRING_FESTIVAL, days: [-1, 0, 1, 2].map((offset) => addDays(newYear, offset)) },
    { name: NAMES.QINGMING, days: [qingmingOf(year)] },
    { name: NAMES.LABOUR_DAY, days: fixedDays(year, 5, [1, 2]) },
    { name: NAMES.DRAGON_BOAT, days: [lunarDay(year, 5, 5)] },
    { name: NAMES.MID_AUTUMN, days: [lunarDay(year, 8, 15)] },
    { name: NAMES.NATIONAL_DAY, days: fixedDays(year, 10, [1, 2, 3]) },
  ];
}

function isWeekend(date: CalendarDate): boolean {
  return isoWeekday(date) >= 6;
}

function joinNames(names: readonly Labels[]): Labels {
  const en = names.map((name) => name.en);
  return holidayLabels({
    zh: names.map((name) => name.zh).join('、'),
    en: en.length <= 2 ? en.join(' and ') : `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`,
  });
}

interface Run {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly names: readonly Labels[];
}

function runOf(days: readonly CalendarDate[], name: Labels): Run {
  const sorted = [...days].sort(compareDates);
  const [from, to] = [sorted[0], sorted.at(-1)];
  if (from === undefined || to === undefined) throw new Error(`${name.en} has no days`);
  return { from, to, names: [name] };
}

// Two runs are one break when nothing but a weekend lies between them (2025: 国庆节 1–3 Oct and
// 中秋节 Monday 6 Oct, the notice's "国庆节、中秋节").
function joins(earlier: Run, later: Run): boolean {
  for (let day = addDays(earlier.to, 1); compareDates(day, later.from) < 0; day = addDays(day, 1)) {
    if (!isWeekend(day)) return false;
  }
  return true;
}

/**
 * The national days off of `year` as the rules alone give them, for a year without an official
 * notice: every holiday of all citizens (art. 2), and for each holiday day on a Saturday or Sunday
 * one day made up on the first working day after it (art. 6), as the notices have done (2021 and
 * 2026: 清明 on a Sunday, Monday off; 2022: 元旦 on a Saturday, Monday 3 January off). A holiday day
 * that coincides with another holiday's day is made up the same way, as the notices did when 中秋节
 * fell in the National Day holiday (2020: "合并放假8天"). No make-up working days: those come only by
 * notice (art. 7). Each year thus has exactly 13 weekdays off; announced years usually have more,
 * through 调休.
 *
 * Holidays one break apart (only a weekend between them) form one rest period named after both.
 */
export function provisionalNationalRestPeriods(year: number): readonly RestPeriod[] {
  const holidays = statutoryHolidays(year);
  const statutory = new Set<string>(holidays.flatMap((holiday) => holiday.days));
  const slots = holidays
    .flatMap((holiday, order) => holiday.days.map((day) => ({ day, order })))
    .sort((a, b) => compareDates(a.day, b.day) || a.order - b.order);
  const off = new Set<string>();
  const daysOf = holidays.map((holiday) => [...holiday.days]);
  for (const { day, order } of slots) {
    if (!isWeekend(day) && !off.has(day)) {
      off.add(day);
      continue;
    }
    let substitute = addDays(day, 1);
    while (isWeekend(substitute) || statutory.has(substitute) || off.has(substitute)) {
      substitute = addDays(substitute, 1);
    }
    off.add(substitute);
    daysOf[order]?.push(substitute);
  }
  const runs = holidays
    .map((holiday, order) => runOf(daysOf[order] ?? [], holiday.name))
    .sort((a, b) => compareDates(a.from, b.from));
  const merged: Run[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last !== undefined && (compareDates(run.from, last.to) <= 0 || joins(last, run))) {
      merged[merged.length - 1] = {
        from: last.from,
        to: compareDates(run.to, last.to) > 0 ? run.to : last.to,
        names: [...last.names, ...run.names],
      };
    } else {
      merged.push(run);
    }
  }
  return merged.map((run) => ({
    from: run.from,
    to: run.to,
    name: joinNames(run.names),
    scope: 'NATIONAL',
    estimated: false,
    provisional: true,
  }));
}

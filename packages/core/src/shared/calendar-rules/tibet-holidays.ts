import type { RestPeriod } from '../calendar.js';
import { holidayLabels } from '../calendar-data/holiday-names.js';
import { addDays, type CalendarDate, compareDates, daysBetween, isoWeekday } from '../date.js';
import { lunarNewYearOf } from './statutory-holidays.js';
import { losarOf, tibetanMonthEnds } from './tibetan-calendar.js';

// The Tibet Autonomous Region's own holidays for a year whose notice is not loaded, estimated the way
// the committed estimates in calendar-data/tibet.ts are: 藏历新年 (Losar) and 雪顿节 (Shoton), 7 days
// each by the 2009 decision of the TAR People's Congress Standing Committee, on Tibetan (Phugpa)
// dates. Every period is `estimated` and `provisional`; none brings a make-up working day. Not
// estimated: prefecture festivals (恰青赛马节, 珠峰文化节, 雅砻文化节 …) and 望果节, as in tibet.ts.

const LOSAR = holidayLabels({ zh: '藏历新年', en: 'Tibetan New Year' });
const SHOTON = holidayLabels({ zh: '雪顿节', en: 'Shoton Festival' });

// Losar within this many days of 正月初一 counts as falling with the Spring Festival.
const SAME_NEW_YEAR_DAYS = 2;
// Days off after the national break when the two new years coincide (2024 estimate, 2026 notice).
const DAYS_AFTER_SPRING_FESTIVAL = 3;
const FESTIVAL_DAYS = 7;

function isWeekday(date: CalendarDate): boolean {
  return isoWeekday(date) <= 5;
}

function estimate(from: CalendarDate, to: CalendarDate, name: RestPeriod['name']): RestPeriod {
  return { from, to, name, scope: 'REGIONAL', estimated: true, provisional: true };
}

type Span = Pick<RestPeriod, 'from' | 'to'>;

function losarPeriod(year: number, nationalRest: readonly Span[]): RestPeriod {
  const losar = losarOf(year);
  const newYear = lunarNewYearOf(year);
  const springFestival = nationalRest.find(
    (period) => compareDates(period.from, newYear) <= 0 && compareDates(newYear, period.to) <= 0,
  );
  const withSpringFestival = Math.abs(daysBetween(newYear, losar)) <= SAME_NEW_YEAR_DAYS;
  if (withSpringFestival && springFestival !== undefined && compareDates(springFestival.to, losar) >= 0) {
    // Lhasa has added the Tibetan days after the national break: 2026 notice, 15–23 Feb national and
    // 24–26 Feb for Losar; 2019 昌都 4–13 Feb against the national 4–10 Feb.
    let first = addDays(springFestival.to, 1);
    while (!isWeekday(first)) first = addDays(first, 1);
    let last = first;
    for (let counted = 1; counted < DAYS_AFTER_SPRING_FESTIVAL; counted++) {
      do last = addDays(last, 1);
      while (!isWeekday(last));
    }
    return estimate(first, last, LOSAR);
  }
  // From the eve of Losar, as the 2022 and 2023 notices (2 Mar for Losar on 3 Mar; 20 Feb for 21 Feb).
  return estimate(addDays(losar, -1), addDays(losar, FESTIVAL_DAYS - 2), LOSAR);
}

function shotonPeriod(year: number): RestPeriod {
  // Shoton opens on the last day (the 30th) of the sixth Tibetan month: 27 Aug 2022, 16 Aug 2023 as
  // reported. In 2024 the sixth month was doubled and Shoton opened on 4 Aug, the end of the first one.
  const [opening] = tibetanMonthEnds(year, 6);
  if (opening === undefined) throw new Error(`no sixth Tibetan month in ${year}`);
  return estimate(opening, addDays(opening, FESTIVAL_DAYS - 1), SHOTON);
}

/**
 * The Tibet Autonomous Region's estimated regional days off in `year`, for a year without a loaded
 * regional notice: Losar and Shoton, 7 days each from their Tibetan dates (Phugpa calendar). When
 * Losar falls with the Spring Festival (within two days of 正月初一) it gives instead three working
 * days after the national Spring Festival break (the period of `nationalRest`, that year's national
 * rest periods, announced or provisional, that holds 正月初一), as Lhasa has done.
 */
export function provisionalTibetRestPeriods(
  year: number,
  nationalRest: readonly Span[],
): readonly RestPeriod[] {
  return [losarPeriod(year, nationalRest), shotonPeriod(year)];
}

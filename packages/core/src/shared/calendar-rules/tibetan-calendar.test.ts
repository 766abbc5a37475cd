import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, compareDates, daysBetween, parseCalendarDate } from '../date.js';
import { losarOf, tibetanMonthEnds } from './tibetan-calendar.js';

// Table 9 of S. Janson, "Tibetan calendar mathematics" (2014): the Gregorian dates of Losar.
const JANSON_LOSAR: Readonly<Record<number, string>> = {
  2000: '2000-02-06',
  2001: '2001-02-24',
  2002: '2002-02-13',
  2003: '2003-03-03',
  2004: '2004-02-21',
  2005: '2005-02-09',
  2006: '2006-02-28',
  2007: '2007-02-18',
  2008: '2008-02-07',
  2009: '2009-02-25',
  2010: '2010-02-14',
  2011: '2011-03-05',
  2012: '2012-02-22',
  2013: '2013-02-11',
  2014: '2014-03-02',
  2015: '2015-02-19',
  2016: '2016-02-09',
  2017: '2017-02-27',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-02-24',
  2021: '2021-02-12',
  2022: '2022-03-03',
  2023: '2023-02-21',
  2024: '2024-02-10',
  2025: '2025-02-28',
  2026: '2026-02-18',
  2027: '2027-02-07',
  2028: '2028-02-26',
  2029: '2029-02-14',
  2030: '2030-03-05',
};

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

describe('Losar by the Phugpa calendar', () => {
  it("falls on the dates of Janson's table for 2000–2030", () => {
    for (const [year, losar] of Object.entries(JANSON_LOSAR)) {
      expect(losarOf(Number(year)), year).toBe(losar);
    }
  });

  it('falls on the days the Lhasa notices name for 2022, 2023, 2025 and 2026 (calendar-data/tibet.ts)', () => {
    expect([2022, 2023, 2025, 2026].map(losarOf)).toEqual([
      '2022-03-03',
      '2023-02-21',
      '2025-02-28',
      '2026-02-18',
    ]);
  });

  it('comes every 354 to 385 days, between late January and mid-March, up to 2099', () => {
    for (let year = 2000; year < 2099; year++) {
      const gap = daysBetween(losarOf(year), losarOf(year + 1));
      expect(gap, String(year)).toBeGreaterThanOrEqual(354);
      expect(gap, String(year)).toBeLessThanOrEqual(385);
      expect(compareDates(losarOf(year), date(`${year}-01-20`)), String(year)).toBe(1);
      expect(compareDates(losarOf(year), date(`${year}-03-15`)), String(year)).toBe(-1);
    }
  });
});

describe('the end of a Tibetan month', () => {
  it('gives the sixth month’s 30th day on which Shoton opened: 27 Aug 2022, 16 Aug 2023', () => {
    expect(tibetanMonthEnds(2022, 6)).toEqual(['2022-08-27']);
    expect(tibetanMonthEnds(2023, 6)).toEqual(['2023-08-16']);
    expect(tibetanMonthEnds(2025, 6)).toEqual(['2025-08-23']);
  });

  it('gives both ends of a doubled month, the leap month first: the sixth month of 2024', () => {
    // Shoton opened on 4 August 2024, at the end of the first of the two sixth months.
    expect(tibetanMonthEnds(2024, 6)).toEqual(['2024-08-04', '2024-09-02']);
  });

  it('ends each month 29 or 30 days after the one before, in order through the year', () => {
    for (let year = 2022; year <= 2099; year++) {
      let previous = addDays(losarOf(year), -1);
      for (let month = 1; month <= 12; month++) {
        for (const end of tibetanMonthEnds(year, month)) {
          expect([29, 30], `${year}, month ${month} ends ${end}`).toContain(daysBetween(previous, end));
          previous = end;
        }
      }
      expect(addDays(previous, 1), String(year)).toBe(losarOf(year + 1));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { NATIONAL_CALENDAR_DATA } from '../calendar-data/national.js';
import { addDays, type CalendarDate, compareDates, isoWeekday } from '../date.js';
import { lunarNewYearOf, provisionalNationalRestPeriods, statutoryHolidays } from './statutory-holidays.js';

function officialRestDays(year: number): Set<string> {
  const days = new Set<string>();
  for (const period of NATIONAL_CALENDAR_DATA.years.find((y) => y.year === year)?.restPeriods ?? []) {
    for (
      let d = period.from as CalendarDate;
      compareDates(d, period.to as CalendarDate) <= 0;
      d = addDays(d, 1)
    ) {
      days.add(d);
    }
  }
  return days;
}

function daysOff(year: number): string[] {
  const days: string[] = [];
  for (const period of provisionalNationalRestPeriods(year)) {
    for (let d = period.from; compareDates(d, period.to) <= 0; d = addDays(d, 1)) days.push(d);
  }
  return days;
}

const isWeekday = (day: string) => isoWeekday(day as CalendarDate) <= 5;

describe('the holidays of all citizens by 全国年节及纪念日放假办法 art. 2 (2024 amendment)', () => {
  it('gives 2027: 元旦 1 Jan, 春节 除夕 5 Feb to 初三 8 Feb, 清明 5 Apr, 1–2 May, 端午 9 Jun, 中秋 15 Sep, 1–3 Oct', () => {
    expect(statutoryHolidays(2027).map((h) => [h.name.zh, h.days])).toEqual([
      ['元旦', ['2027-01-01']],
      ['春节', ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08']],
      ['清明节', ['2027-04-05']],
      ['劳动节', ['2027-05-01', '2027-05-02']],
      ['端午节', ['2027-06-09']],
      ['中秋节', ['2027-09-15']],
      ['国庆节', ['2027-10-01', '2027-10-02', '2027-10-03']],
    ]);
    expect(lunarNewYearOf(2027)).toBe('2027-02-06');
  });

  it('counts 13 days a year', () => {
    for (const year of [2027, 2050, 2099]) {
      expect(
        statutoryHolidays(year).flatMap((h) => h.days),
        String(year),
      ).toHaveLength(13);
    }
  });

  it('agrees with lunar-typescript’s dates in the official notices of 2022–2026: every lunar and solar-term day is a day off', () => {
    // 2022–2024 were under the 2013 rules (no 除夕, one day in May), so only the days both rules share.
    const shared = ['春节', '清明节', '端午节', '中秋节', '元旦', '国庆节'];
    for (const year of [2022, 2023, 2024, 2025, 2026]) {
      const official = officialRestDays(year);
      for (const holiday of statutoryHolidays(year).filter((h) => shared.includes(h.name.zh))) {
        const days = holiday.name.zh === '春节' && year < 2025 ? holiday.days.slice(1) : holiday.days;
        for (const day of days) expect(official.has(day), `${year} ${holiday.name.zh} ${day}`).toBe(true);
      }
    }
  });
});

describe('provisional national days off: art. 2 holidays and art. 6 made-up days, no 调休', () => {
  it('gives 2027 its seven breaks, a weekend holiday made up on the next working day', () => {
    expect(provisionalNationalRestPeriods(2027).map((p) => [p.name.zh, p.from, p.to])).toEqual([
      ['元旦', '2027-01-01', '2027-01-01'],
      // 初一 Sat 6 and 初二 Sun 7 Feb are made up on Tue 9 and Wed 10 Feb.
      ['春节', '2027-02-05', '2027-02-10'],
      ['清明节', '2027-04-05', '2027-04-05'],
      // 1–2 May fall on Saturday and Sunday: Monday 3 and Tuesday 4 May off.
      ['劳动节', '2027-05-01', '2027-05-04'],
      ['端午节', '2027-06-09', '2027-06-09'],
      ['中秋节', '2027-09-15', '2027-09-15'],
      ['国庆节', '2027-10-01', '2027-10-05'],
    ]);
    expect(
      provisionalNationalRestPeriods(2027).every(
        (p) => p.provisional && !p.estimated && p.scope === 'NATIONAL',
      ),
    ).toBe(true);
  });

  it('makes up 中秋节 when it falls in the National Day holiday (3 Oct 2028) and names the break after both', () => {
    const october = provisionalNationalRestPeriods(2028).filter((p) => p.from.startsWith('2028-10'));
    expect(october.map((p) => [p.name, p.from, p.to])).toEqual([
      [
        {
          zh: '国庆节、中秋节',
          en: 'National Day and Mid-autumn Festival',
          bo: 'རྒྱལ་ཁབ་དབུ་བརྙེས་དུས་ཆེན་དང་ཟླ་བ་བརྒྱད་པའི་ཚེས་བཅོ་ལྔའི་དུས་ཆེན།',
        },
        '2028-10-01',
        '2028-10-05',
      ],
    ]);
  });

  it('gives only days the State Council also gave in 2025 and 2026, the first years of the 2024 rules', () => {
    for (const year of [2025, 2026]) {
      const official = officialRestDays(year);
      expect(
        daysOff(year).filter((day) => !official.has(day)),
        String(year),
      ).toEqual([]);
    }
  });

  it('gives every year to 2099 exactly 13 weekdays off, all within the year, each holiday day inside a break', () => {
    for (let year = 2027; year <= 2099; year++) {
      const off = daysOff(year);
      expect(new Set(off).size, String(year)).toBe(off.length);
      expect(off.filter(isWeekday), String(year)).toHaveLength(13);
      expect(
        off.every((day) => day.startsWith(`${year}-`)),
        String(year),
      ).toBe(true);
      for (const day of statutoryHolidays(year).flatMap((h) => h.days)) expect(off, `${year}`).toContain(day);
    }
  });
});

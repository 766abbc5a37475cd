import { describe, expect, it } from 'vitest';
import { NATIONAL_CALENDAR_DATA } from '../calendar-data/national.js';
import type { CalendarDate } from '../date.js';
import { provisionalNationalRestPeriods } from './statutory-holidays.js';
import { provisionalTibetRestPeriods } from './tibet-holidays.js';

function officialRest(year: number): { from: CalendarDate; to: CalendarDate }[] {
  const periods = NATIONAL_CALENDAR_DATA.years.find((y) => y.year === year)?.restPeriods ?? [];
  return periods.map((p) => ({ from: p.from as CalendarDate, to: p.to as CalendarDate }));
}

const spans = (year: number, nationalRest: readonly { from: CalendarDate; to: CalendarDate }[]) =>
  provisionalTibetRestPeriods(year, nationalRest).map((p) => [p.name.zh, p.from, p.to]);

describe('estimated Tibetan regional days for a year without a Lhasa notice', () => {
  it('rests 2027’s Losar (7 Feb, a day after the Spring Festival) three working days after the national break', () => {
    const nationalRest = provisionalNationalRestPeriods(2027);
    expect(nationalRest[1]).toMatchObject({ name: { zh: '春节' }, from: '2027-02-05', to: '2027-02-10' });
    expect(spans(2027, nationalRest)).toEqual([
      ['藏历新年', '2027-02-11', '2027-02-15'],
      ['雪顿节', '2027-08-31', '2027-09-06'],
    ]);
  });

  it('rests 7 days from the eve of Losar when it falls a month after the Spring Festival (26 Feb 2028)', () => {
    expect(spans(2028, provisionalNationalRestPeriods(2028))[0]).toEqual([
      '藏历新年',
      '2028-02-25',
      '2028-03-02',
    ]);
  });

  it('marks every day estimated and provisional, regional, with no make-up day', () => {
    for (const period of provisionalTibetRestPeriods(2031, [])) {
      expect(period).toMatchObject({ scope: 'REGIONAL', estimated: true, provisional: true });
    }
  });

  it('reproduces the Lhasa notices of 2022, 2023 and 2026 and the committed estimates of 2024', () => {
    expect(spans(2022, officialRest(2022))).toEqual([
      ['藏历新年', '2022-03-02', '2022-03-08'],
      ['雪顿节', '2022-08-27', '2022-09-02'],
    ]);
    expect(spans(2023, officialRest(2023))).toEqual([
      ['藏历新年', '2023-02-20', '2023-02-26'],
      ['雪顿节', '2023-08-16', '2023-08-22'],
    ]);
    expect(spans(2024, officialRest(2024))).toEqual([
      ['藏历新年', '2024-02-19', '2024-02-21'],
      ['雪顿节', '2024-08-04', '2024-08-10'],
    ]);
    expect(spans(2026, officialRest(2026))[0]).toEqual(['藏历新年', '2026-02-24', '2026-02-26']);
  });

  it('differs from the committed data where it is only an estimate: a day longer in 2025, Shoton a day earlier in 2026', () => {
    // 2025 notice: 27 Feb–4 Mar, 6 days. The committed 2026 Shoton (13–19 Aug) is itself an estimate
    // (Losar + 176 days); the Phugpa calendar puts the 30th of the sixth month on 12 August.
    expect(spans(2025, officialRest(2025))).toEqual([
      ['藏历新年', '2025-02-27', '2025-03-05'],
      ['雪顿节', '2025-08-23', '2025-08-29'],
    ]);
    expect(spans(2026, officialRest(2026))[1]).toEqual(['雪顿节', '2026-08-12', '2026-08-18']);
  });
});

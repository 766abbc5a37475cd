import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarForRegion,
  countWorkingDays,
  dayKind,
  dependsOnProvisional,
  isWorkingDay,
  nationalCalendar,
  restPeriodOn,
  restPeriodsIn,
  type WorkingCalendar,
  workingDayCount,
  workingDayDeadline,
} from './calendar.js';
import {
  addDays,
  type CalendarDate,
  compareDates,
  daysBetween,
  isoWeekday,
  parseCalendarDate,
} from './date.js';
import type { Result } from './result.js';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

function value<T>(result: Result<T, unknown>): T {
  if (!result.ok) throw new Error(`expected a value, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const national = nationalCalendar();
const tibet = calendarForRegion('542526'); // 改则县, 阿里地区

describe('past the official data the calendar answers provisionally, by the rules of 放假办法', () => {
  it('answers from 2022 to 2099, announced to 2026 and provisional after it, in Tibet as elsewhere', () => {
    for (const calendar of [national, tibet]) {
      expect(calendar.firstDate).toBe('2022-01-01');
      expect(calendar.lastDate).toBe('2026-12-31');
      expect(calendar.answersUntil).toBe('2099-12-31');
      expect(calendar.provisionalYears).toEqual(Array.from({ length: 73 }, (_, i) => 2027 + i));
    }
  });

  it('ends 20 working days from Sunday 20 December 2026 on Monday 18 January 2027, provisionally', () => {
    expect(workingDayDeadline(national, date('2026-12-20'), 20)).toEqual({
      ok: true,
      value: { date: '2027-01-18', provisional: true },
    });
    expect(addWorkingDays(tibet, date('2026-12-20'), 20)).toEqual({ ok: true, value: '2027-01-18' });
  });

  it('does not call an answer provisional that stays within the announced years', () => {
    expect(workingDayDeadline(national, date('2026-11-20'), 20)).toEqual({
      ok: true,
      value: { date: '2026-12-18', provisional: false },
    });
    expect(workingDayDeadline(national, date('2027-03-01'), 0)).toEqual({
      ok: true,
      value: { date: '2027-03-01', provisional: false },
    });
  });

  it('rests for the Spring Festival of 2027 from 除夕 5 February to 初三 8 February, and makes up its weekend on 9–10 February', () => {
    expect(value(restPeriodOn(national, date('2027-02-05')))).toEqual({
      from: '2027-02-05',
      to: '2027-02-10',
      name: { zh: '春节', en: 'Spring Festival', bo: 'རྒྱ་ལོ་གསར།' },
      scope: 'NATIONAL',
      estimated: false,
      provisional: true,
    });
    for (const day of ['2027-02-05', '2027-02-08', '2027-02-09', '2027-02-10']) {
      expect(dayKind(national, date(day)), day).toEqual({ ok: true, value: 'HOLIDAY' });
    }
    expect(dayKind(national, date('2027-02-04'))).toEqual({ ok: true, value: 'WORKDAY' });
    expect(dayKind(national, date('2027-02-11'))).toEqual({ ok: true, value: 'WORKDAY' });
  });

  it('rests on 清明 2027, Monday 5 April, and not the day after', () => {
    expect(dayKind(national, date('2027-04-05'))).toEqual({ ok: true, value: 'HOLIDAY' });
    expect(value(restPeriodOn(national, date('2027-04-05')))?.name.zh).toBe('清明节');
    expect(dayKind(national, date('2027-04-06'))).toEqual({ ok: true, value: 'WORKDAY' });
  });

  it('has no make-up working day in a provisional year: every Saturday and Sunday of 2027 is a day off', () => {
    for (let day = date('2027-01-01'); day <= date('2027-12-31'); day = addDays(day, 1)) {
      if (isoWeekday(day) >= 6) expect(value(isWorkingDay(national, day)), day).toBe(false);
    }
  });

  it('lists the rest periods of a year: computed ones for 2027, the announced ones for 2025', () => {
    const periods2027 = value(restPeriodsIn(national, 2027));
    expect(periods2027.map((p) => p.name.zh)).toEqual([
      '元旦',
      '春节',
      '清明节',
      '劳动节',
      '端午节',
      '中秋节',
      '国庆节',
    ]);
    expect(periods2027.every((p) => p.provisional)).toBe(true);
    expect(value(restPeriodsIn(national, 2025))).toEqual(
      national.restPeriods.filter((p) => p.from.startsWith('2025-')),
    );
    expect(restPeriodsIn(national, 2100).ok).toBe(false);
    expect(restPeriodsIn(national, 2021).ok).toBe(false);
  });

  it('keeps the announced lists to the announced years', () => {
    expect(national.restPeriods.every((p) => !p.provisional && p.to <= '2026-12-31')).toBe(true);
    expect(tibet.adjustedWorkdays.every((w) => !w.provisional)).toBe(true);
  });
});

describe('Tibet past its data: estimated Losar and Shoton, provisional', () => {
  it('rests three working days after the 2027 Spring Festival for Losar (7 February, a day after 初一)', () => {
    expect(value(restPeriodOn(tibet, date('2027-02-11')))).toEqual({
      from: '2027-02-11',
      to: '2027-02-15',
      name: { zh: '藏历新年', en: 'Tibetan New Year', bo: 'བོད་ལོ་གསར།' },
      scope: 'REGIONAL',
      estimated: true,
      provisional: true,
    });
    for (const day of ['2027-02-11', '2027-02-12', '2027-02-15']) {
      expect(dayKind(tibet, date(day)), day).toEqual({ ok: true, value: 'HOLIDAY' });
      expect(dayKind(national, date(day)), day).toEqual({ ok: true, value: 'WORKDAY' });
    }
    expect(dayKind(tibet, date('2027-02-16'))).toEqual({ ok: true, value: 'WORKDAY' });
  });

  it('rests 7 days for Shoton from the 30th of the sixth Tibetan month (31 August 2027)', () => {
    expect(value(restPeriodOn(tibet, date('2027-09-01')))).toMatchObject({
      from: '2027-08-31',
      to: '2027-09-06',
      name: { zh: '雪顿节' },
      estimated: true,
      provisional: true,
    });
  });

  it('has fewer working days than the rest of China in every provisional year', () => {
    for (const year of [2027, 2028, 2040, 2099]) {
      const from = date(`${year - 1}-12-31`);
      const to = date(`${year}-12-31`);
      expect(value(countWorkingDays(tibet, from, to)), String(year)).toBeLessThan(
        value(countWorkingDays(national, from, to)),
      );
    }
  });
});

describe('whether an answer depends on provisional days', () => {
  it('is so for any day in a provisional year, and not for announced days', () => {
    expect(dependsOnProvisional(national, date('2026-12-01'), date('2026-12-31'))).toBe(false);
    expect(dependsOnProvisional(national, date('2026-12-31'), date('2027-01-01'))).toBe(true);
    expect(dependsOnProvisional(national, date('2027-01-01'), date('2026-12-31'))).toBe(true);
    expect(dependsOnProvisional(national, date('2031-03-03'), date('2031-03-03'))).toBe(true);
  });

  it('is so for a day in a period only estimated, such as the committed Shoton of 2025 in Tibet', () => {
    expect(dependsOnProvisional(tibet, date('2025-08-20'), date('2025-08-25'))).toBe(true);
    expect(dependsOnProvisional(national, date('2025-08-20'), date('2025-08-25'))).toBe(false);
    // Losar 2025 is from the Lhasa notice.
    expect(dependsOnProvisional(tibet, date('2025-02-26'), date('2025-04-01'))).toBe(false);
    expect(workingDayDeadline(tibet, date('2025-02-26'), 20)).toEqual({
      ok: true,
      value: { date: '2025-04-01', provisional: false },
    });
  });

  it('travels with a count of working days', () => {
    expect(workingDayCount(national, date('2026-12-01'), date('2027-01-04'))).toEqual({
      ok: true,
      value: { count: 23, provisional: true },
    });
    expect(workingDayCount(national, date('2027-01-04'), date('2026-12-01'))).toEqual({
      ok: true,
      value: { count: -23, provisional: true },
    });
    expect(workingDayCount(national, date('2026-12-01'), date('2026-12-31'))).toEqual({
      ok: true,
      value: { count: 22, provisional: false },
    });
  });
});

// Days from mid-2026 into the provisional years; a small or large number of working days.
const anyCalendar = fc.constantFrom(national, tibet);
const FROM = date('2026-06-01');
const dayFrom = (first: CalendarDate, last: CalendarDate) =>
  fc.integer({ min: 0, max: daysBetween(first, last) }).map((offset) => addDays(first, offset));
const calendarAndDay = anyCalendar.chain((calendar) =>
  fc.tuple(fc.constant(calendar), dayFrom(FROM, date('2040-12-31'))),
);
const count = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 800 }));

describe('laws of working-day arithmetic across provisional years', () => {
  it('counts back the n working days it added', () => {
    fc.assert(
      fc.property(calendarAndDay, count, ([calendar, start], n) => {
        const end = value(addWorkingDays(calendar, start, n));
        expect(countWorkingDays(calendar, start, end)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('always ends a positive number of working days on a working day', () => {
    fc.assert(
      fc.property(calendarAndDay, count, ([calendar, start], n) => {
        fc.pre(n > 0);
        const end = value(addWorkingDays(calendar, start, n));
        expect(isWorkingDay(calendar, end)).toEqual({ ok: true, value: true });
      }),
    );
  });

  it('calls a national deadline provisional exactly when it ends after 2026', () => {
    fc.assert(
      fc.property(dayFrom(FROM, date('2026-12-31')), count, (start, n) => {
        const deadline = value(workingDayDeadline(national, start, n));
        expect(deadline.date).toBe(value(addWorkingDays(national, start, n)));
        expect(deadline.provisional).toBe(compareDates(deadline.date, date('2026-12-31')) > 0);
      }),
    );
  });

  it('is one calendar value per region without schedules, so computed years are computed once', () => {
    const again: WorkingCalendar = nationalCalendar({ schedules: [] });
    expect(again).toBe(national);
    expect(calendarForRegion('540000')).toBe(tibet);
    expect(calendarForRegion('110000', {})).toBe(national);
  });
});

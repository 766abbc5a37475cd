import chineseDays from 'chinese-days';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  CALENDAR_ERRORS,
  calendarForRegion,
  countWorkingDays,
  type DayKind,
  dayKind,
  isWorkingDay,
  nationalCalendar,
  restPeriodOn,
  restPeriodsIn,
  type WorkingCalendar,
} from './calendar.js';
import { TIBET_OVERLAY_DATA } from './calendar-data/tibet.js';
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

function everyDay(calendar: WorkingCalendar): CalendarDate[] {
  const days: CalendarDate[] = [];
  for (let d = calendar.firstDate; compareDates(d, calendar.lastDate) <= 0; d = addDays(d, 1)) days.push(d);
  return days;
}

const national = nationalCalendar();
const tibet = calendarForRegion('542526'); // 改则县, 阿里地区

// Any day the calendars hold, and a small or large number of working days.
const anyCalendar = fc.constantFrom(national, tibet);
const dayIn = (calendar: WorkingCalendar) =>
  fc
    .integer({ min: 0, max: daysBetween(calendar.firstDate, calendar.lastDate) })
    .map((offset) => addDays(calendar.firstDate, offset));
const calendarAndDay = anyCalendar.chain((calendar) => fc.tuple(fc.constant(calendar), dayIn(calendar)));
const count = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1300 }));

describe('RULES.md §2.7 worked examples', () => {
  it('accepted Wed 2025-02-26 in Tibet, 20 working days end on 2025-04-01 (Losar 27 Feb–4 Mar, no make-up day)', () => {
    expect(addWorkingDays(tibet, date('2025-02-26'), 20)).toEqual({ ok: true, value: '2025-04-01' });
  });

  it('the same 20 working days end a week earlier where there is no Losar rest', () => {
    expect(addWorkingDays(national, date('2025-02-26'), 20)).toEqual({ ok: true, value: '2025-03-26' });
  });

  it('accepted Fri 2025-04-25, 3 working days end on Tue 2025-04-29 because Sun 27 Apr is worked', () => {
    expect(addWorkingDays(national, date('2025-04-25'), 3)).toEqual({ ok: true, value: '2025-04-29' });
    expect(addWorkingDays(tibet, date('2025-04-25'), 3)).toEqual({ ok: true, value: '2025-04-29' });
  });

  it('accepted Fri 2025-04-25, 5 working days end on 2025-05-06 after Labour Day 1–5 May', () => {
    expect(addWorkingDays(national, date('2025-04-25'), 5)).toEqual({ ok: true, value: '2025-05-06' });
    expect(addWorkingDays(tibet, date('2025-04-25'), 5)).toEqual({ ok: true, value: '2025-05-06' });
  });
});

describe('the start day is not counted (民法典 art. 201)', () => {
  it('counts from the next working day whatever the start day is', () => {
    expect(addWorkingDays(national, date('2025-03-07'), 1)).toEqual({ ok: true, value: '2025-03-10' });
    expect(addWorkingDays(national, date('2025-03-08'), 1)).toEqual({ ok: true, value: '2025-03-10' });
    expect(addWorkingDays(national, date('2025-03-10'), 1)).toEqual({ ok: true, value: '2025-03-11' });
  });

  it('gives the start day itself for zero working days, even on a holiday', () => {
    expect(addWorkingDays(national, date('2025-10-01'), 0)).toEqual({ ok: true, value: '2025-10-01' });
  });

  it('does not count the start day in countWorkingDays either', () => {
    expect(countWorkingDays(national, date('2025-03-07'), date('2025-03-10'))).toEqual({
      ok: true,
      value: 1,
    });
    expect(countWorkingDays(national, date('2025-03-10'), date('2025-03-10'))).toEqual({
      ok: true,
      value: 0,
    });
  });

  it('counts backwards as a negative number, e.g. working days overdue', () => {
    expect(countWorkingDays(national, date('2025-03-10'), date('2025-03-07'))).toEqual({
      ok: true,
      value: -1,
    });
    const noneBack = value(countWorkingDays(national, date('2025-10-05'), date('2025-10-01')));
    expect(Object.is(noneBack, 0)).toBe(true);
  });
});

describe('the national calendar is the State Council notices as compiled in chinese-days', () => {
  it('covers exactly 2022-01-01 to 2026-12-31', () => {
    expect(national.firstDate).toBe('2022-01-01');
    expect(national.lastDate).toBe('2026-12-31');
    expect(national.id).toBe('CN');
  });

  it('agrees with chinese-days@1.5.7 on every day of 2022–2026', () => {
    const disagreements: string[] = [];
    for (const day of everyDay(national)) {
      const detail = chineseDays.getDayDetail(day);
      const [english] = detail.name.split(',');
      const announced = detail.name.includes(',');
      const expected: DayKind = announced
        ? detail.work
          ? 'ADJUSTED_WORKDAY'
          : 'HOLIDAY'
        : detail.work
          ? 'WORKDAY'
          : 'WEEKEND';
      const kind = value(dayKind(national, day));
      const working = value(isWorkingDay(national, day));
      const period = value(restPeriodOn(national, day));
      if (kind !== expected || working !== detail.work || working !== chineseDays.isWorkday(day)) {
        disagreements.push(`${day}: ${kind} but chinese-days says ${detail.name} work=${detail.work}`);
      }
      if (expected === 'HOLIDAY' && !period?.name.en.includes(english ?? '?')) {
        disagreements.push(`${day}: named ${period?.name.en} but chinese-days says ${english}`);
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('makes every adjusted workday a Saturday or Sunday and every rest period a run of whole days', () => {
    for (const workday of national.adjustedWorkdays)
      expect(isoWeekday(workday.date)).toBeGreaterThanOrEqual(6);
    for (const period of national.restPeriods)
      expect(compareDates(period.from, period.to)).toBeLessThanOrEqual(0);
    expect(national.restPeriods.every((p) => p.scope === 'NATIONAL' && !p.estimated)).toBe(true);
  });

  it('names every holiday of the committed notices and of the rules in Chinese, English and Tibetan', () => {
    const tibet = calendarForRegion('542526');
    const provisional = [2027, 2028, 2029, 2030].flatMap((year) => value(restPeriodsIn(tibet, year)));
    const periods = [...tibet.restPeriods, ...provisional];
    for (const { name } of [...periods, ...tibet.adjustedWorkdays]) {
      expect(name.zh).toMatch(/^[\u4e00-\u9fff、]+$/u);
      expect(name.en).toMatch(/^[A-Z]/);
      expect(name.bo, name.zh).toMatch(/^[\u0F00-\u0FFF]+།$/u);
    }
  });

  it('names the day off of a holiday and nothing on other days', () => {
    expect(value(restPeriodOn(national, date('2025-10-06')))?.name).toEqual({
      zh: '国庆节、中秋节',
      en: 'National Day and Mid-autumn Festival',
      bo: 'རྒྱལ་ཁབ་དབུ་བརྙེས་དུས་ཆེན་དང་ཟླ་བ་བརྒྱད་པའི་ཚེས་བཅོ་ལྔའི་དུས་ཆེན།',
    });
    expect(value(restPeriodOn(national, date('2025-04-27')))).toBeNull();
    expect(value(restPeriodOn(national, date('2025-03-10')))).toBeNull();
  });
});

describe('a region gets the national calendar plus its own regional days', () => {
  it('gives codes of the Tibet Autonomous Region (54…) the Tibet calendar at every level', () => {
    for (const code of ['540000', '542500', '542526', '542526100', '542526100201', '542526100201001']) {
      expect(calendarForRegion(code).id, code).toBe('CN-XZ');
    }
  });

  it('gives every other code the national calendar', () => {
    for (const code of ['110000', '510000', '632700', '', '5', '45']) {
      expect(calendarForRegion(code), code).toBe(national);
    }
  });

  it('rests in Tibet from 27 Feb to 4 Mar 2025 for the Tibetan New Year while the rest of China works', () => {
    for (const day of ['2025-02-27', '2025-02-28', '2025-03-01', '2025-03-02', '2025-03-03', '2025-03-04']) {
      expect(dayKind(tibet, date(day)), day).toEqual({ ok: true, value: 'HOLIDAY' });
    }
    expect(dayKind(national, date('2025-02-27'))).toEqual({ ok: true, value: 'WORKDAY' });
    expect(dayKind(tibet, date('2025-02-26'))).toEqual({ ok: true, value: 'WORKDAY' });
    expect(dayKind(tibet, date('2025-03-05'))).toEqual({ ok: true, value: 'WORKDAY' });
    const losar = value(restPeriodOn(tibet, date('2025-02-28')));
    expect(losar).toMatchObject({
      name: { zh: '藏历新年', en: 'Tibetan New Year' },
      scope: 'REGIONAL',
      estimated: false,
    });
  });

  it("works the Tibetan New Year's regional make-up weekend days (2023-02-18 and 19)", () => {
    expect(dayKind(tibet, date('2023-02-18'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(dayKind(tibet, date('2023-02-19'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(dayKind(national, date('2023-02-18'))).toEqual({ ok: true, value: 'WEEKEND' });
    expect(countWorkingDays(tibet, date('2023-02-17'), date('2023-02-27'))).toEqual({ ok: true, value: 3 });
    expect(countWorkingDays(national, date('2023-02-17'), date('2023-02-27'))).toEqual({
      ok: true,
      value: 6,
    });
  });

  it('keeps a regional day that is a national holiday simply a rest day (2026 Spring Festival and Losar)', () => {
    expect(dayKind(tibet, date('2026-02-16'))).toEqual({ ok: true, value: 'HOLIDAY' });
    expect(value(restPeriodOn(tibet, date('2026-02-16')))?.name.zh).toBe('春节、藏历新年');
    expect(value(restPeriodOn(national, date('2026-02-16')))?.name.zh).toBe('春节');
    for (const day of ['2026-02-24', '2026-02-25', '2026-02-26']) {
      expect(dayKind(tibet, date(day)), day).toEqual({ ok: true, value: 'HOLIDAY' });
      expect(dayKind(national, date(day)), day).toEqual({ ok: true, value: 'WORKDAY' });
    }
    expect(dayKind(tibet, date('2026-02-14'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(dayKind(tibet, date('2026-02-28'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
  });

  it('agrees with the national calendar on every day the overlay does not mention', () => {
    const mentioned = new Set<string>();
    for (const year of TIBET_OVERLAY_DATA.years) {
      for (const period of year.restPeriods) {
        for (let d = date(period.from); compareDates(d, date(period.to)) <= 0; d = addDays(d, 1))
          mentioned.add(d);
      }
      for (const workday of year.adjustedWorkdays) mentioned.add(workday.date);
    }
    const differing = everyDay(tibet).filter(
      (day) => !mentioned.has(day) && value(dayKind(tibet, day)) !== value(dayKind(national, day)),
    );
    expect(differing).toEqual([]);
    expect(tibet.firstDate).toBe(national.firstDate);
    expect(tibet.lastDate).toBe(national.lastDate);
  });

  it('makes every day the overlay announces as rest a day off and every make-up day a working day', () => {
    for (const year of TIBET_OVERLAY_DATA.years) {
      for (const period of year.restPeriods) {
        for (let d = date(period.from); compareDates(d, date(period.to)) <= 0; d = addDays(d, 1)) {
          expect(isWorkingDay(tibet, d), d).toEqual({ ok: true, value: false });
        }
      }
      for (const workday of year.adjustedWorkdays) {
        expect(dayKind(tibet, date(workday.date)), workday.date).toEqual({
          ok: true,
          value: 'ADJUSTED_WORKDAY',
        });
      }
    }
  });

  it('has Losar and Shoton data for every year 2022–2026 and says which entries are estimates', () => {
    expect(TIBET_OVERLAY_DATA.years.map((y) => y.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
    for (const year of TIBET_OVERLAY_DATA.years) {
      const names = year.restPeriods.map((p) => p.name.zh).join();
      expect(names, String(year.year)).toContain('藏历新年');
      expect(names, String(year.year)).toContain('雪顿节');
    }
    const shoton2023 = tibet.restPeriods.find((p) => p.from === '2023-08-16');
    expect(shoton2023).toMatchObject({ scope: 'REGIONAL', estimated: true });
  });
});

describe('dates outside the years the calendar can reckon are an error, never a guess', () => {
  it('refuses days before 2022 and after 2099 with CALENDAR.OUT_OF_RANGE in both languages', () => {
    for (const day of ['2021-12-31', '2100-01-01', '1999-06-01']) {
      const kind = dayKind(national, date(day));
      expect(kind.ok, day).toBe(false);
      if (!kind.ok) {
        expect(kind.error.code).toBe('CALENDAR.OUT_OF_RANGE');
        expect(kind.error.message.zh).toContain('2022–2099');
        expect(kind.error.message.en).toContain('2022–2099');
      }
      expect(isWorkingDay(tibet, date(day))).toEqual({ ok: false, error: CALENDAR_ERRORS.OUT_OF_RANGE });
      expect(restPeriodOn(tibet, date(day))).toEqual({ ok: false, error: CALENDAR_ERRORS.OUT_OF_RANGE });
    }
  });

  it('answers for 2027, the first year past the official data, provisionally (see calendar.provisional.test.ts)', () => {
    expect(dayKind(national, date('2027-01-01'))).toEqual({ ok: true, value: 'HOLIDAY' });
    expect(value(restPeriodOn(tibet, date('2027-01-01')))).toMatchObject({ provisional: true });
  });

  it('refuses a period that would run past the last day it can reckon', () => {
    expect(addWorkingDays(national, date('2026-12-28'), 3)).toEqual({ ok: true, value: '2026-12-31' });
    // Once refused for want of 2027's notice; now Friday 1 January 2027 is a provisional holiday.
    expect(addWorkingDays(national, date('2026-12-28'), 4)).toEqual({ ok: true, value: '2027-01-04' });
    expect(addWorkingDays(national, date('2099-12-28'), 3)).toEqual({ ok: true, value: '2099-12-31' });
    expect(addWorkingDays(national, date('2099-12-28'), 4)).toEqual({
      ok: false,
      error: CALENDAR_ERRORS.OUT_OF_RANGE,
    });
    expect(addWorkingDays(national, date('2021-12-31'), 1)).toEqual({
      ok: false,
      error: CALENDAR_ERRORS.OUT_OF_RANGE,
    });
    expect(addWorkingDays(national, date('2026-12-31'), 0)).toEqual({ ok: true, value: '2026-12-31' });
    expect(addWorkingDays(national, date('2022-01-01'), Number.MAX_SAFE_INTEGER)).toEqual({
      ok: false,
      error: CALENDAR_ERRORS.OUT_OF_RANGE,
    });
    expect(countWorkingDays(national, date('2026-12-01'), date('2027-01-04'))).toEqual({
      ok: true,
      value: 23,
    });
    expect(countWorkingDays(national, date('2099-12-01'), date('2100-01-04'))).toEqual({
      ok: false,
      error: CALENDAR_ERRORS.OUT_OF_RANGE,
    });
  });
});

describe('a number of working days is a non-negative whole number', () => {
  it('refuses negative, fractional, infinite and unsafe counts with CALENDAR.INVALID_COUNT', () => {
    for (const n of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53]) {
      const result = addWorkingDays(national, date('2025-03-03'), n);
      expect(result, String(n)).toEqual({ ok: false, error: CALENDAR_ERRORS.INVALID_COUNT });
    }
    expect(CALENDAR_ERRORS.INVALID_COUNT.message.zh).toMatch(/工作日/);
    expect(CALENDAR_ERRORS.INVALID_COUNT.message.en).toMatch(/working days/);
  });
});

describe('laws of working-day arithmetic', () => {
  it('counts back the n working days it added', () => {
    fc.assert(
      fc.property(calendarAndDay, count, ([calendar, start], n) => {
        const end = addWorkingDays(calendar, start, n);
        fc.pre(end.ok);
        if (end.ok) expect(countWorkingDays(calendar, start, end.value)).toEqual({ ok: true, value: n });
      }),
    );
  });

  it('always ends a positive number of working days on a working day', () => {
    fc.assert(
      fc.property(calendarAndDay, count, ([calendar, start], n) => {
        fc.pre(n > 0);
        const end = addWorkingDays(calendar, start, n);
        fc.pre(end.ok);
        if (end.ok) {
          expect(isWorkingDay(calendar, end.value)).toEqual({ ok: true, value: true });
          expect(compareDates(start, end.value)).toBe(-1);
        }
      }),
    );
  });

  it('ends one more working day strictly later', () => {
    fc.assert(
      fc.property(calendarAndDay, count, ([calendar, start], n) => {
        const shorter = addWorkingDays(calendar, start, n);
        const longer = addWorkingDays(calendar, start, n + 1);
        fc.pre(longer.ok);
        if (shorter.ok && longer.ok) expect(compareDates(shorter.value, longer.value)).toBe(-1);
      }),
    );
  });

  it('adds up over adjacent intervals and changes sign when the ends swap', () => {
    fc.assert(
      fc.property(
        anyCalendar.chain((c) => fc.tuple(fc.constant(c), dayIn(c), dayIn(c), dayIn(c))),
        ([calendar, a, b, c]) => {
          const ab = value(countWorkingDays(calendar, a, b));
          const bc = value(countWorkingDays(calendar, b, c));
          expect(value(countWorkingDays(calendar, a, c))).toBe(ab + bc);
          expect(value(countWorkingDays(calendar, b, a)) + ab).toBe(0);
        },
      ),
    );
  });

  it('never counts more working days than calendar days', () => {
    fc.assert(
      fc.property(calendarAndDay, fc.integer({ min: 0, max: 400 }), ([calendar, a], span) => {
        const b = addDays(a, span);
        fc.pre(compareDates(b, calendar.lastDate) <= 0);
        const working = value(countWorkingDays(calendar, a, b));
        expect(working).toBeGreaterThanOrEqual(0);
        expect(working).toBeLessThanOrEqual(span);
      }),
    );
  });

  it('gives Tibet fewer working days than the rest of China in every year', () => {
    for (let year = 2022; year <= 2026; year++) {
      const eve = year === 2022 ? null : date(`${year - 1}-12-31`);
      const last = date(`${year}-12-31`);
      const count = (calendar: WorkingCalendar) =>
        eve === null
          ? value(countWorkingDays(calendar, date('2022-01-01'), last)) +
            (value(isWorkingDay(calendar, date('2022-01-01'))) ? 1 : 0)
          : value(countWorkingDays(calendar, eve, last));
      expect(count(tibet), String(year)).toBeLessThan(count(national));
    }
  });
});

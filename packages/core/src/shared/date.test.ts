import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  type CalendarDate,
  calendarDateOf,
  compareDates,
  daysBetween,
  isoWeekday,
  isValidCivilDate,
  parseCalendarDate,
  shanghaiDateOf,
  shanghaiMinutesOfDay,
  startOfShanghaiDay,
} from './date.js';

function date(text: string): CalendarDate {
  const parsed = parseCalendarDate(text);
  if (!parsed.ok) throw new Error(`bad test date ${text}`);
  return parsed.value;
}

// Any real date in years 0001–9999, built from its parts.
const civilParts = fc
  .record({
    year: fc.integer({ min: 1, max: 9999 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => isValidCivilDate(year, month, day));

const anyDate = civilParts.map(({ year, month, day }) => {
  const built = calendarDateOf(year, month, day);
  if (!built.ok) throw new Error('filtered parts must build');
  return built.value;
});

// Dates far enough from 0001 and 9999 that adding up to a million days stays in range.
const middleDate = anyDate.filter((d) => d >= '2800-01-01' && d <= '7200-12-31');
const dayCount = fc.integer({ min: -1_000_000, max: 1_000_000 });

describe('a calendar date is a real day written YYYY-MM-DD', () => {
  it('reads well-formed real dates', () => {
    expect(parseCalendarDate('2025-02-26')).toEqual({ ok: true, value: '2025-02-26' });
    expect(parseCalendarDate('2024-02-29').ok).toBe(true);
    expect(parseCalendarDate('2000-02-29').ok).toBe(true);
    expect(parseCalendarDate('0001-01-01').ok).toBe(true);
    expect(parseCalendarDate('9999-12-31').ok).toBe(true);
  });

  it('rejects days that do not exist with DATE.INVALID and a message in both languages', () => {
    for (const text of [
      '2025-02-29',
      '1900-02-29',
      '2025-04-31',
      '2025-13-01',
      '2025-00-10',
      '2025-01-00',
      '0000-01-01',
    ]) {
      const parsed = parseCalendarDate(text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) {
        expect(parsed.error.code).toBe('DATE.INVALID');
        expect(parsed.error.kind).toBe('VALIDATION');
        expect(parsed.error.message.zh).toMatch(/日期/);
        expect(parsed.error.message.en).toMatch(/date/i);
      }
    }
  });

  it('rejects other spellings of a date', () => {
    for (const text of [
      '2025-2-26',
      '20250226',
      '2025/02/26',
      ' 2025-02-26',
      '2025-02-26T00:00',
      '+02025-02-26',
      '',
      '２０２５-02-26',
    ]) {
      expect(parseCalendarDate(text).ok, text).toBe(false);
    }
  });

  it('builds a date from year, month and day only when the day exists', () => {
    expect(calendarDateOf(2025, 4, 1)).toEqual({ ok: true, value: '2025-04-01' });
    expect(calendarDateOf(25, 4, 1)).toEqual({ ok: true, value: '0025-04-01' });
    expect(calendarDateOf(2025, 4, 31).ok).toBe(false);
    expect(calendarDateOf(2025.5, 4, 1).ok).toBe(false);
    expect(calendarDateOf(10_000, 1, 1).ok).toBe(false);
    expect(isValidCivilDate(2024, 2, 29)).toBe(true);
    expect(isValidCivilDate(2100, 2, 29)).toBe(false);
    expect(isValidCivilDate(2025, 6, Number.NaN)).toBe(false);
  });

  it('formats back to the text it was read from', () => {
    fc.assert(
      fc.property(civilParts, ({ year, month, day }) => {
        const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        const parsed = parseCalendarDate(text);
        expect(parsed).toEqual({ ok: true, value: text });
        expect(calendarDateOf(year, month, day)).toEqual(parsed);
      }),
    );
  });
});

describe('adding days and counting the days between two dates', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays(date('2025-02-28'), 1)).toBe('2025-03-01');
    expect(addDays(date('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(date('2024-12-31'), 1)).toBe('2025-01-01');
    expect(addDays(date('2025-01-01'), -1)).toBe('2024-12-31');
    expect(addDays(date('2025-02-26'), 34)).toBe('2025-04-01');
    expect(daysBetween(date('2024-01-01'), date('2025-01-01'))).toBe(366);
    expect(daysBetween(date('2025-01-01'), date('2024-01-01'))).toBe(-366);
    expect(daysBetween(date('1970-01-01'), date('2000-03-01'))).toBe(11_017);
  });

  it('walks back to the start: daysBetween(d, addDays(d, n)) = n and addDays(d, daysBetween(d, e)) = e', () => {
    fc.assert(
      fc.property(middleDate, dayCount, (d, n) => {
        expect(daysBetween(d, addDays(d, n))).toBe(n);
        expect(addDays(addDays(d, n), -n)).toBe(d);
      }),
    );
    fc.assert(
      fc.property(anyDate, anyDate, (d, e) => {
        expect(addDays(d, daysBetween(d, e))).toBe(e);
      }),
    );
  });

  it('moves one day at a time to the next calendar day', () => {
    fc.assert(
      fc.property(
        anyDate.filter((d) => d !== '9999-12-31'),
        (d) => {
          const next = addDays(d, 1);
          expect(compareDates(d, next)).toBe(-1);
          const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
          const sameMonth = calendarDateOf(y, m, dd + 1);
          const nextMonth = calendarDateOf(y, m + 1, 1);
          const expected = sameMonth.ok
            ? sameMonth.value
            : nextMonth.ok
              ? nextMonth.value
              : `${String(y + 1).padStart(4, '0')}-01-01`;
          expect(next).toBe(expected);
        },
      ),
    );
  });

  it('treats leaving years 0001–9999 or a fractional count as a bug', () => {
    expect(() => addDays(date('9999-12-31'), 1)).toThrow(RangeError);
    expect(() => addDays(date('0001-01-01'), -1)).toThrow(RangeError);
    expect(() => addDays(date('2025-01-01'), 0.5)).toThrow(RangeError);
  });
});

describe('ordering dates', () => {
  it('agrees with the sign of daysBetween', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareDates(a, b)).toBe(Math.sign(daysBetween(b, a)) || 0);
      }),
    );
  });
});

describe('the ISO weekday, Monday = 1', () => {
  it('knows known days', () => {
    expect(isoWeekday(date('2025-02-26'))).toBe(3);
    expect(isoWeekday(date('2025-04-27'))).toBe(7);
    expect(isoWeekday(date('2025-04-28'))).toBe(1);
    expect(isoWeekday(date('1970-01-01'))).toBe(4);
    expect(isoWeekday(date('0001-01-01'))).toBe(1);
    expect(isoWeekday(date('2000-01-01'))).toBe(6);
  });

  it('advances by one each day, Sunday followed by Monday', () => {
    fc.assert(
      fc.property(
        anyDate.filter((d) => d !== '9999-12-31'),
        (d) => {
          expect(isoWeekday(addDays(d, 1))).toBe((isoWeekday(d) % 7) + 1);
        },
      ),
    );
  });

  it('repeats every seven days', () => {
    fc.assert(
      fc.property(middleDate, dayCount, (d, n) => {
        expect(isoWeekday(addDays(d, 7 * Math.trunc(n / 7)))).toBe(isoWeekday(d));
      }),
    );
  });
});

describe('days and clock times in Asia/Shanghai (UTC+8, no daylight saving)', () => {
  it('puts 16:00 UTC on the next Shanghai day', () => {
    expect(shanghaiDateOf(new Date('2025-02-25T15:59:59.999Z'))).toBe('2025-02-25');
    expect(shanghaiDateOf(new Date('2025-02-25T16:00:00.000Z'))).toBe('2025-02-26');
    expect(shanghaiMinutesOfDay(new Date('2025-02-25T16:00:00.000Z'))).toBe(0);
    expect(shanghaiMinutesOfDay(new Date('2025-02-26T01:30:59Z'))).toBe(9 * 60 + 30);
    expect(shanghaiMinutesOfDay(new Date('2025-02-26T15:59:00Z'))).toBe(1439);
    expect(shanghaiDateOf(new Date('1969-12-31T20:00:00Z'))).toBe('1970-01-01');
    expect(shanghaiMinutesOfDay(new Date('1969-12-31T15:59:00Z'))).toBe(1439);
  });

  it('starts a Shanghai day at 00:00 UTC+8', () => {
    expect(startOfShanghaiDay(date('2025-02-26')).toISOString()).toBe('2025-02-25T16:00:00.000Z');
  });

  it('finds each day again from its start and from any instant within it', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: 0, max: 86_399_999 }), (d, ms) => {
        const start = startOfShanghaiDay(d);
        const instant = new Date(start.getTime() + ms);
        expect(shanghaiDateOf(start)).toBe(d);
        expect(shanghaiDateOf(instant)).toBe(d);
        expect(shanghaiMinutesOfDay(instant)).toBe(Math.floor(ms / 60_000));
      }),
    );
  });

  it('does not change the instant it is given', () => {
    const instant = new Date('2025-02-26T01:30:00Z');
    shanghaiDateOf(instant);
    shanghaiMinutesOfDay(instant);
    expect(instant.toISOString()).toBe('2025-02-26T01:30:00.000Z');
  });

  it('treats an invalid Date as a bug', () => {
    expect(() => shanghaiDateOf(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => shanghaiMinutesOfDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarForRegion,
  dayKind,
  dependsOnProvisional,
  nationalCalendar,
  restPeriodOn,
  workingDayDeadline,
} from './calendar.js';
import { type CalendarDate, parseCalendarDate } from './date.js';
import { type OfficialSchedule, parseOfficialSchedule } from './official-schedule.js';
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

function document(name: string): Record<string, unknown> {
  const url = new URL(`../../test-data/official-schedule-2027-${name}.example.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Record<string, unknown>;
}

function schedule(json: unknown): OfficialSchedule {
  return value(parseOfficialSchedule(json));
}

// Plausible 2027 schedules written for the tests (test-data/): the nation rests 5–12 Feb for the
// Spring Festival and works Sunday 31 Jan and Saturday 20 Feb; Lhasa rests 13–17 Feb for Losar.
const NATIONAL_2027 = schedule(document('national'));
const TIBET_2027 = schedule(document('tibet'));
const GERZE = '542526';

describe('an official schedule loaded for a year replaces its provisional days', () => {
  const loaded = nationalCalendar({ schedules: [NATIONAL_2027] });

  it('makes 2027 announced: the first provisional year becomes 2028', () => {
    expect(loaded.lastDate).toBe('2027-12-31');
    expect(loaded.provisionalYears[0]).toBe(2028);
    expect(loaded.restPeriods.filter((p) => p.from.startsWith('2027-'))).toHaveLength(7);
  });

  it('clears the provisional flag of 20 working days from 20 December 2026 (still Monday 18 January)', () => {
    expect(workingDayDeadline(nationalCalendar(), date('2026-12-20'), 20)).toEqual({
      ok: true,
      value: { date: '2027-01-18', provisional: true },
    });
    expect(workingDayDeadline(loaded, date('2026-12-20'), 20)).toEqual({
      ok: true,
      value: { date: '2027-01-18', provisional: false },
    });
  });

  it('moves a deadline across the Spring Festival: 10 working days from 28 January 2027 end on 18, not 17, February', () => {
    expect(workingDayDeadline(nationalCalendar(), date('2027-01-28'), 10)).toEqual({
      ok: true,
      value: { date: '2027-02-17', provisional: true },
    });
    expect(workingDayDeadline(loaded, date('2027-01-28'), 10)).toEqual({
      ok: true,
      value: { date: '2027-02-18', provisional: false },
    });
    expect(dayKind(loaded, date('2027-01-31'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(dayKind(loaded, date('2027-02-11'))).toEqual({ ok: true, value: 'HOLIDAY' });
    expect(value(restPeriodOn(loaded, date('2027-02-11')))).toMatchObject({
      provisional: false,
      estimated: false,
    });
  });

  it('leaves 2028 provisional', () => {
    expect(dependsOnProvisional(loaded, date('2027-12-31'), date('2028-01-03'))).toBe(true);
  });

  it('gives every region the national schedule, and Tibet keeps its regional days provisional until Lhasa’s is loaded', () => {
    const tibetWithNational = calendarForRegion(GERZE, { schedules: [NATIONAL_2027] });
    expect(dayKind(tibetWithNational, date('2027-01-31'))).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(tibetWithNational.provisionalYears[0]).toBe(2027);
    // The Losar estimate now follows the announced Spring Festival: three working days after 12 Feb.
    expect(value(restPeriodOn(tibetWithNational, date('2027-02-16')))).toMatchObject({
      from: '2027-02-15',
      to: '2027-02-17',
      estimated: true,
      provisional: true,
    });
    expect(workingDayDeadline(tibetWithNational, date('2027-01-28'), 10)).toEqual({
      ok: true,
      value: { date: '2027-02-22', provisional: true },
    });

    const tibetWithBoth = calendarForRegion(GERZE, { schedules: [NATIONAL_2027, TIBET_2027] });
    expect(tibetWithBoth.provisionalYears[0]).toBe(2028);
    expect(workingDayDeadline(tibetWithBoth, date('2027-01-28'), 10)).toEqual({
      ok: true,
      value: { date: '2027-02-22', provisional: false },
    });
    expect(value(restPeriodOn(tibetWithBoth, date('2027-02-13')))).toMatchObject({
      name: { zh: '藏历新年' },
      scope: 'REGIONAL',
      estimated: false,
      provisional: false,
    });
  });

  it('applies a regional schedule only within its region', () => {
    expect(calendarForRegion('110000', { schedules: [TIBET_2027] })).toBe(nationalCalendar());
    expect(nationalCalendar({ schedules: [TIBET_2027] })).toBe(nationalCalendar());
    expect(dayKind(calendarForRegion('632700', { schedules: [NATIONAL_2027] }), date('2027-01-31'))).toEqual({
      ok: true,
      value: 'ADJUSTED_WORKDAY',
    });
  });

  it('builds one calendar for one list of schedules and one region', () => {
    const schedules = [NATIONAL_2027, TIBET_2027];
    expect(calendarForRegion(GERZE, { schedules })).toBe(calendarForRegion('542526100201001', { schedules }));
    expect(calendarForRegion(GERZE, { schedules })).not.toBe(calendarForRegion('110000', { schedules }));
  });
});

describe('a schedule for a year with committed data replaces that year too', () => {
  it('replaces the estimated Shoton of 2026 in Tibet with the announced days, which are then not provisional', () => {
    const lhasa2026 = schedule({
      ...document('tibet'),
      year: 2026,
      source: { title: '拉萨市2026年雪顿节放假安排（测试用示例）', published: '2026-08-01' },
      restPeriods: [
        {
          from: '2026-02-15',
          to: '2026-02-26',
          name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' },
        },
        { from: '2026-08-12', to: '2026-08-18', name: { zh: '雪顿节', en: 'Shoton Festival' } },
      ],
      adjustedWorkdays: [
        { date: '2026-02-14', name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' } },
        { date: '2026-02-28', name: { zh: '春节、藏历新年', en: 'Spring Festival and Tibetan New Year' } },
      ],
    });
    const committed = calendarForRegion(GERZE);
    const announced = calendarForRegion(GERZE, { schedules: [lhasa2026] });
    expect(dayKind(committed, date('2026-08-12'))).toEqual({ ok: true, value: 'WORKDAY' });
    expect(dayKind(announced, date('2026-08-12'))).toEqual({ ok: true, value: 'HOLIDAY' });
    expect(dayKind(announced, date('2026-08-19'))).toEqual({ ok: true, value: 'WORKDAY' });
    expect(dependsOnProvisional(committed, date('2026-08-01'), date('2026-08-31'))).toBe(true);
    expect(dependsOnProvisional(announced, date('2026-08-01'), date('2026-08-31'))).toBe(false);
  });
});

describe('which schedule wins when several are loaded for one year', () => {
  const correction = schedule({
    ...document('national'),
    source: { title: '关于2027年部分节假日安排的更正（测试用示例）', published: '2026-12-01' },
    restPeriods: [{ from: '2027-01-01', to: '2027-01-04', name: { zh: '元旦', en: "New Year's Day" } }],
    adjustedWorkdays: [],
  });

  it('takes the one published last, whatever the order given', () => {
    for (const schedules of [
      [NATIONAL_2027, correction],
      [correction, NATIONAL_2027],
    ]) {
      const calendar = nationalCalendar({ schedules });
      expect(dayKind(calendar, date('2027-01-04'))).toEqual({ ok: true, value: 'HOLIDAY' });
      expect(dayKind(calendar, date('2027-02-08'))).toEqual({ ok: true, value: 'WORKDAY' });
    }
  });

  it('takes a prefecture’s own schedule over the region’s within the prefecture (拉萨市 5401)', () => {
    const lhasaOnly = schedule({
      ...document('tibet'),
      regionCode: '540100',
      restPeriods: [
        { from: '2027-02-13', to: '2027-02-19', name: { zh: '藏历新年', en: 'Tibetan New Year' } },
      ],
    });
    const schedules = [lhasaOnly, NATIONAL_2027, TIBET_2027];
    expect(dayKind(calendarForRegion('540102', { schedules }), date('2027-02-19'))).toEqual({
      ok: true,
      value: 'HOLIDAY',
    });
    expect(dayKind(calendarForRegion(GERZE, { schedules }), date('2027-02-19'))).toEqual({
      ok: true,
      value: 'WORKDAY',
    });
    expect(addWorkingDays(calendarForRegion(GERZE, { schedules }), date('2027-08-30'), 1)).toEqual({
      ok: true,
      value: '2027-09-07',
    });
  });
});

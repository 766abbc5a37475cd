import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  CALENDAR_LAST_YEAR,
  type CalendarDate,
  calendarForRegion,
  dependsOnProvisional,
  type OfficialSchedule,
  officialScheduleJson,
  parseOfficialSchedule,
  restPeriodsIn,
  workingDayDeadline,
} from './index.js';

// The path the gateway will take, through the public surface only: a stored schedule's JSON text,
// parsed, passed to the calendar of a matter's grid.
describe('the calendar through @grassroots/core', () => {
  const stored = readFileSync(
    new URL('../test-data/official-schedule-2027-national.example.json', import.meta.url),
    'utf8',
  );

  it('turns a stored schedule into a calendar whose answers are no longer provisional', () => {
    const parsed = parseOfficialSchedule(JSON.parse(stored));
    if (!parsed.ok) throw new Error(parsed.error.code);
    const schedules: readonly OfficialSchedule[] = [parsed.value];
    const beijing = calendarForRegion('110105', { schedules });
    const start = '2027-01-28' as CalendarDate;
    expect(workingDayDeadline(calendarForRegion('110105'), start, 10)).toEqual({
      ok: true,
      value: { date: '2027-02-17', provisional: true },
    });
    expect(workingDayDeadline(beijing, start, 10)).toEqual({
      ok: true,
      value: { date: '2027-02-18', provisional: false },
    });
    expect(dependsOnProvisional(beijing, start, '2027-12-31' as CalendarDate)).toBe(false);
    expect(restPeriodsIn(beijing, 2027)).toMatchObject({ ok: true, value: { length: 7 } });
    // Written back with the Tibetan names core added to the holidays the document named in zh and en.
    const written = JSON.parse(JSON.stringify(officialScheduleJson(parsed.value)));
    expect(written).toMatchObject(JSON.parse(JSON.stringify({ ...JSON.parse(stored), regionCode: null })));
    expect(written.restPeriods[1].name.bo).toBe('རྒྱ་ལོ་གསར།');
    expect(parseOfficialSchedule(written)).toEqual(parsed);
  });

  it('answers to the end of 2099 and no further', () => {
    expect(CALENDAR_LAST_YEAR).toBe(2099);
    expect(calendarForRegion('542526').answersUntil).toBe('2099-12-31');
  });
});

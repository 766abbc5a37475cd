import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarForRegion, dependsOnProvisional, nationalCalendar } from '../shared/calendar.js';
import { type CalendarDate, startOfShanghaiDay } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import type { AttendanceInput, ClockRecord } from './attendance.js';
import {
  attendanceOfDay,
  attendanceOfPeriod,
  createWorkSchedule,
  summariseAttendance,
} from './attendance.rules.js';
import type { LeaveRequest } from './leave.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const day = (text: string) => text as CalendarDate;
// 09:30–18:30 with 5 minutes' grace (a common office day in Tibet).
const SCHEDULE = unwrap(createWorkSchedule({ startMinute: 570, endMinute: 1110, graceMinutes: 5 }));
const GERZE = calendarForRegion('542526');
const FRIDAY = day('2025-04-25');

/** The instant at `hh:mm` Asia/Shanghai on `date`. */
function at(date: CalendarDate, hhmm: string): Date {
  const [hours = 0, minutes = 0] = hhmm.split(':').map(Number);
  return new Date(startOfShanghaiDay(date).getTime() + (hours * 60 + minutes) * 60_000);
}

function clock(
  direction: 'IN' | 'OUT',
  date: CalendarDate,
  hhmm: string,
  personId = 'worker-1',
): ClockRecord {
  return { personId, direction, at: at(date, hhmm) };
}

function input(records: readonly ClockRecord[], leave: readonly LeaveRequest[] = []): AttendanceInput {
  return { personId: 'worker-1', schedule: SCHEDULE, calendar: GERZE, records, leave };
}

function statusOn(date: CalendarDate, records: readonly ClockRecord[], leave: readonly LeaveRequest[] = []) {
  return unwrap(attendanceOfDay(input(records, leave), date)).status;
}

function leave(
  status: LeaveRequest['status'],
  from: string,
  to: string,
  returnedOn: string | null = null,
): LeaveRequest {
  return {
    id: `leave-${status}`,
    personId: 'worker-1',
    assignmentId: 'assignment-1',
    kind: 'SICK',
    startDate: day(from),
    endDate: day(to),
    reason: null,
    status,
    createdAt: new Date('2025-04-01T00:00:00Z'),
    submittedAt: null,
    decision: null,
    cancelledAt: null,
    returnedOn: returnedOn === null ? null : day(returnedOn),
  };
}

describe('createWorkSchedule', () => {
  it.each([
    ['an end before the start', { startMinute: 600, endMinute: 540, graceMinutes: 0 }],
    ['a start outside the day', { startMinute: -1, endMinute: 540, graceMinutes: 0 }],
    ['negative grace', { startMinute: 540, endMinute: 1080, graceMinutes: -5 }],
    ['grace longer than half the day’s work', { startMinute: 540, endMinute: 600, graceMinutes: 31 }],
    ['fractional minutes', { startMinute: 540.5, endMinute: 1080, graceMinutes: 0 }],
  ])('refuses %s', (_, schedule) => {
    expect(createWorkSchedule(schedule)).toMatchObject({ ok: false, error: { code: 'ATTENDANCE.SCHEDULE' } });
  });
});

describe('attendanceOfDay', () => {
  it('is PRESENT when clocked in and out within the grace minutes', () => {
    const day1 = unwrap(
      attendanceOfDay(input([clock('IN', FRIDAY, '09:35'), clock('OUT', FRIDAY, '18:25')]), FRIDAY),
    );
    expect(day1).toEqual({
      personId: 'worker-1',
      date: FRIDAY,
      status: 'PRESENT',
      clockIn: at(FRIDAY, '09:35'),
      clockOut: at(FRIDAY, '18:25'),
    });
  });

  it('is LATE one minute after the grace, and EARLY_LEAVE one minute before it', () => {
    expect(statusOn(FRIDAY, [clock('IN', FRIDAY, '09:36'), clock('OUT', FRIDAY, '18:30')])).toBe('LATE');
    expect(statusOn(FRIDAY, [clock('IN', FRIDAY, '09:30'), clock('OUT', FRIDAY, '18:24')])).toBe(
      'EARLY_LEAVE',
    );
    expect(statusOn(FRIDAY, [clock('IN', FRIDAY, '10:00'), clock('OUT', FRIDAY, '17:00')])).toBe(
      'LATE_AND_EARLY_LEAVE',
    );
  });

  it('reads the first clock-in and the last clock-out of the day', () => {
    const records = [
      clock('OUT', FRIDAY, '12:00'),
      clock('IN', FRIDAY, '14:00'),
      clock('IN', FRIDAY, '09:20'),
      clock('OUT', FRIDAY, '18:45'),
    ];
    expect(statusOn(FRIDAY, records)).toBe('PRESENT');
  });

  it('is ABSENT on a working day without any record', () => {
    expect(statusOn(FRIDAY, [])).toBe('ABSENT');
  });

  it('treats a missing clock-in as late and a missing clock-out as early, since a missing record proves nothing', () => {
    expect(statusOn(FRIDAY, [clock('OUT', FRIDAY, '18:40')])).toBe('LATE');
    expect(statusOn(FRIDAY, [clock('IN', FRIDAY, '09:00')])).toBe('EARLY_LEAVE');
    expect(statusOn(FRIDAY, [clock('IN', FRIDAY, '09:00'), clock('OUT', FRIDAY, '08:00')])).toBe(
      'EARLY_LEAVE',
    );
  });

  it('reads days in Asia/Shanghai: 01:00 on Friday is 17:00 UTC on Thursday', () => {
    const records = [
      { personId: 'worker-1', direction: 'IN' as const, at: new Date('2025-04-25T01:30:00Z') },
      { personId: 'worker-1', direction: 'OUT' as const, at: new Date('2025-04-25T10:30:00Z') },
    ];
    expect(statusOn(FRIDAY, records)).toBe('PRESENT');
    expect(statusOn(day('2025-04-24'), records)).toBe('ABSENT');
  });

  it('ignores other persons’ records', () => {
    expect(
      statusOn(FRIDAY, [clock('IN', FRIDAY, '09:00', 'worker-2'), clock('OUT', FRIDAY, '19:00', 'worker-2')]),
    ).toBe('ABSENT');
  });

  it('is REST_DAY on weekends and holidays, and a working day on a make-up Sunday', () => {
    expect(statusOn(day('2025-04-26'), [])).toBe('REST_DAY');
    expect(statusOn(day('2025-05-01'), [clock('IN', day('2025-05-01'), '09:00')])).toBe('REST_DAY');
    expect(statusOn(day('2025-04-27'), [])).toBe('ABSENT');
  });

  it('rests on Tibetan New Year in 改则县, where the national calendar would work', () => {
    const losar = day('2025-02-27');
    expect(statusOn(losar, [])).toBe('REST_DAY');
    expect(unwrap(attendanceOfDay({ ...input([]), calendar: nationalCalendar() }, losar)).status).toBe(
      'ABSENT',
    );
  });

  it('is ON_LEAVE on a working day of approved leave, not of leave only submitted', () => {
    expect(statusOn(FRIDAY, [], [leave('APPROVED', '2025-04-24', '2025-04-25')])).toBe('ON_LEAVE');
    expect(statusOn(FRIDAY, [], [leave('SUBMITTED', '2025-04-24', '2025-04-25')])).toBe('ABSENT');
    expect(statusOn(day('2025-04-26'), [], [leave('APPROVED', '2025-04-24', '2025-04-28')])).toBe('REST_DAY');
  });

  it('counts leave cancelled early (销假) until the day before the return', () => {
    const cancelled = leave('CANCELLED', '2025-04-23', '2025-04-30', '2025-04-25');
    expect(statusOn(day('2025-04-24'), [], [cancelled])).toBe('ON_LEAVE');
    expect(statusOn(FRIDAY, [], [cancelled])).toBe('ABSENT');
  });

  it('fails for a day the calendar does not hold (after 2099)', () => {
    expect(attendanceOfDay(input([]), day('2100-03-01'))).toMatchObject({
      ok: false,
      error: { code: 'CALENDAR.OUT_OF_RANGE' },
    });
  });

  it('answers for a day of a provisional year by the provisional calendar, which says so', () => {
    // Monday 3 March 2031: no notice for 2031 yet, and no holiday by the rules.
    expect(statusOn(day('2031-03-03'), [])).toBe('ABSENT');
    expect(statusOn(day('2031-01-01'), [])).toBe('REST_DAY');
    expect(dependsOnProvisional(GERZE, day('2031-03-03'), day('2031-03-03'))).toBe(true);
  });

  it('is late exactly when the clock-in is after start plus grace, and early exactly when the clock-out is before end minus grace', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        (inMinute, outMinute) => {
          const hhmm = (m: number) => `${Math.floor(m / 60)}:${m % 60}`;
          const records = [clock('IN', FRIDAY, hhmm(inMinute)), clock('OUT', FRIDAY, hhmm(outMinute))];
          const status = statusOn(FRIDAY, records);
          const late = inMinute > 575;
          const early = outMinute <= inMinute || outMinute < 1105;
          const expected =
            late && early ? 'LATE_AND_EARLY_LEAVE' : late ? 'LATE' : early ? 'EARLY_LEAVE' : 'PRESENT';
          expect(status).toBe(expected);
        },
      ),
    );
  });
});

describe('summariseAttendance', () => {
  it('counts a week by status, with the days due and the days attended', () => {
    const records = [
      clock('IN', day('2025-04-21'), '09:25'),
      clock('OUT', day('2025-04-21'), '18:35'),
      clock('IN', day('2025-04-22'), '09:50'),
      clock('OUT', day('2025-04-22'), '18:35'),
      clock('IN', day('2025-04-25'), '09:25'),
      clock('OUT', day('2025-04-25'), '18:35'),
    ];
    const days = unwrap(
      attendanceOfPeriod(
        input(records, [leave('APPROVED', '2025-04-23', '2025-04-23')]),
        day('2025-04-21'),
        day('2025-04-27'),
      ),
    );
    expect(days.map((d) => d.status)).toEqual([
      'PRESENT',
      'LATE',
      'ON_LEAVE',
      'ABSENT',
      'PRESENT',
      'REST_DAY',
      'ABSENT',
    ]);
    expect(summariseAttendance(days)).toEqual({
      byStatus: {
        PRESENT: 2,
        LATE: 1,
        EARLY_LEAVE: 0,
        LATE_AND_EARLY_LEAVE: 0,
        ABSENT: 2,
        ON_LEAVE: 1,
        REST_DAY: 1,
      },
      dueDays: 5,
      attendedDays: 3,
    });
  });
});

import { isWorkingDay } from '../shared/calendar.js';
import {
  addDays,
  type CalendarDate,
  compareDates,
  shanghaiDateOf,
  shanghaiMinutesOfDay,
} from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  ATTENDANCE_STATUSES,
  type AttendanceDay,
  type AttendanceInput,
  type AttendanceStatus,
  type AttendanceSummary,
  type ClockRecord,
  type WorkSchedule,
} from './attendance.js';
import { ATTENDANCE_ERRORS, type AttendanceError, at } from './grid.errors.js';
import { isOnLeave } from './leave.rules.js';

const MINUTES_PER_DAY = 1440;

function isMinute(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MINUTES_PER_DAY;
}

/**
 * Builds a work schedule: start and end are minutes 0–1440 with the end after the start; grace is
 * non-negative and at most half the working time, so the two grace windows never cross.
 */
export function createWorkSchedule(input: WorkSchedule): Result<WorkSchedule, AttendanceError> {
  const { startMinute, endMinute, graceMinutes } = input;
  const valid =
    isMinute(startMinute) &&
    isMinute(endMinute) &&
    endMinute > startMinute &&
    Number.isSafeInteger(graceMinutes) &&
    graceMinutes >= 0 &&
    graceMinutes * 2 <= endMinute - startMinute;
  return valid
    ? ok({ startMinute, endMinute, graceMinutes })
    : err(at(ATTENDANCE_ERRORS.SCHEDULE, 'schedule'));
}

function earliest(records: readonly ClockRecord[]): ClockRecord | null {
  let found: ClockRecord | null = null;
  for (const record of records)
    if (found === null || record.at.getTime() < found.at.getTime()) found = record;
  return found;
}

function latest(records: readonly ClockRecord[]): ClockRecord | null {
  let found: ClockRecord | null = null;
  for (const record of records)
    if (found === null || record.at.getTime() > found.at.getTime()) found = record;
  return found;
}

function statusOf(late: boolean, early: boolean): AttendanceStatus {
  if (late && early) return 'LATE_AND_EARLY_LEAVE';
  if (late) return 'LATE';
  return early ? 'EARLY_LEAVE' : 'PRESENT';
}

/**
 * A person's attendance status on `date` (a civil day in Asia/Shanghai).
 *
 * A day that is not a working day in the calendar is `REST_DAY`; a working day covered by leave
 * taken is `ON_LEAVE`. Otherwise the first clock-in and the last clock-out of the day decide: no
 * record at all is `ABSENT`; a clock-in after start + grace is late, a clock-out before end − grace is
 * early. A missing clock-in counts as late and a missing clock-out (or one before the clock-in) as
 * early, because a missing record is no evidence of being at work. `CALENDAR.OUT_OF_RANGE` when the
 * calendar does not cover `date`; whether the day's kind is provisional (a year whose official
 * schedule is not loaded): `dependsOnProvisional(input.calendar, date, date)`.
 */
export function attendanceOfDay(
  input: AttendanceInput,
  date: CalendarDate,
): Result<AttendanceDay, DomainError> {
  const working = isWorkingDay(input.calendar, date);
  if (!working.ok) return working;
  const records = input.records.filter(
    (record) => record.personId === input.personId && shanghaiDateOf(record.at) === date,
  );
  const clockIn = earliest(records.filter((record) => record.direction === 'IN'));
  const lastOut = latest(records.filter((record) => record.direction === 'OUT'));
  const clockOut =
    lastOut !== null && (clockIn === null || lastOut.at.getTime() > clockIn.at.getTime()) ? lastOut : null;
  const day = {
    personId: input.personId,
    date,
    clockIn: clockIn?.at ?? null,
    clockOut: clockOut?.at ?? null,
  };

  if (!working.value) return ok({ ...day, status: 'REST_DAY' });
  if (isOnLeave(input.leave, input.personId, date)) return ok({ ...day, status: 'ON_LEAVE' });
  if (clockIn === null && lastOut === null) return ok({ ...day, status: 'ABSENT' });
  const { startMinute, endMinute, graceMinutes } = input.schedule;
  const late = clockIn === null || shanghaiMinutesOfDay(clockIn.at) > startMinute + graceMinutes;
  const early = clockOut === null || shanghaiMinutesOfDay(clockOut.at) < endMinute - graceMinutes;
  return ok({ ...day, status: statusOf(late, early) });
}

/** Attendance for every day of `from`…`to` (both included), in date order. */
export function attendanceOfPeriod(
  input: AttendanceInput,
  from: CalendarDate,
  to: CalendarDate,
): Result<readonly AttendanceDay[], DomainError> {
  const days: AttendanceDay[] = [];
  for (let date = from; compareDates(date, to) <= 0; date = addDays(date, 1)) {
    const day = attendanceOfDay(input, date);
    if (!day.ok) return day;
    days.push(day.value);
  }
  return ok(days);
}

/**
 * Counts days by status. Due days are the working days not on leave; attended days are those with
 * any clock record (present, late, early leave, or both), so the attendance ratio is attended / due.
 */
export function summariseAttendance(days: readonly Pick<AttendanceDay, 'status'>[]): AttendanceSummary {
  const byStatus = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >;
  for (const { status } of days) byStatus[status] += 1;
  const attendedDays =
    byStatus.PRESENT + byStatus.LATE + byStatus.EARLY_LEAVE + byStatus.LATE_AND_EARLY_LEAVE;
  return { byStatus, dueDays: attendedDays + byStatus.ABSENT, attendedDays };
}

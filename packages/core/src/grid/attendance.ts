// Attendance (考勤): working hours, clock records and each day's status. The rules are in
// attendance.rules.ts.
import type { WorkingCalendar } from '../shared/calendar.js';
import type { CalendarDate } from '../shared/date.js';
import type { LeaveRequest } from './leave.js';

/**
 * Working hours (作息时间) as minutes of the day in Asia/Shanghai (540 = 09:00), with the grace
 * minutes allowed at both ends before a clock-in counts as late or a clock-out as early.
 */
export interface WorkSchedule {
  readonly startMinute: number;
  readonly endMinute: number;
  readonly graceMinutes: number;
}

/** Whether a clock record is a clock-in (上班打卡) or a clock-out (下班打卡). */
export type ClockDirection = 'IN' | 'OUT';

/** Every clock direction. */
export const CLOCK_DIRECTIONS: readonly ClockDirection[] = ['IN', 'OUT'];

/** One clock-in or clock-out, at an instant given by the caller. */
export interface ClockRecord {
  readonly personId: string;
  readonly direction: ClockDirection;
  readonly at: Date;
}

/** A day's attendance status (考勤状态). */
export type AttendanceStatus =
  | 'PRESENT'
  | 'LATE'
  | 'EARLY_LEAVE'
  | 'LATE_AND_EARLY_LEAVE'
  | 'ABSENT'
  | 'ON_LEAVE'
  | 'REST_DAY';

/** Every attendance status. */
export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'PRESENT',
  'LATE',
  'EARLY_LEAVE',
  'LATE_AND_EARLY_LEAVE',
  'ABSENT',
  'ON_LEAVE',
  'REST_DAY',
];

/** One person's attendance on one day: the status and the clock records it was read from. */
export interface AttendanceDay {
  readonly personId: string;
  readonly date: CalendarDate;
  readonly status: AttendanceStatus;
  readonly clockIn: Date | null;
  readonly clockOut: Date | null;
}

/** Attendance over a period: days by status, and the attendance ratio used by assessments. */
export interface AttendanceSummary {
  readonly byStatus: Readonly<Record<AttendanceStatus, number>>;
  /** Days the person was due at work: working days not on leave. */
  readonly dueDays: number;
  /** Due days the person came (on time or not). */
  readonly attendedDays: number;
}

/** What `attendanceOfDay` reads. */
export interface AttendanceInput {
  readonly personId: string;
  readonly schedule: WorkSchedule;
  readonly calendar: WorkingCalendar;
  /** Clock records; those of other persons and other days are ignored. */
  readonly records: readonly ClockRecord[];
  /** Leave requests; only leave taken (approved, or approved and cancelled early) counts. */
  readonly leave: readonly LeaveRequest[];
}

// 考勤: clock-in and clock-out, and each day's attendance status as core reads it from the records,
// the leave taken and the grid's working calendar.
import { randomUUID } from 'node:crypto';
import {
  ATTENDANCE_STATUS_LABELS,
  ATTENDANCE_STATUSES,
  type AttendanceDay,
  type AttendanceInput,
  type AttendanceStatus,
  type AttendanceSummary,
  addDays,
  attendanceOfPeriod,
  authoriseClockRecord,
  type CalendarDate,
  CLOCK_DIRECTION_LABELS,
  type DomainError,
  daysBetween,
  GRID_ACCESS_ERRORS,
  gridPolicyFor,
  type StaffAssignment,
  startOfShanghaiDay,
  summariseAttendance,
  type WorkingCalendar,
} from '@grassroots/core';
import { GraphQLError } from 'graphql';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { joinMessage } from '../../errors.js';
import type {
  ClockRecord as ClockRecordRow,
  LeaveRequest as LeaveRequestRow,
} from '../../generated/sqlite/client.js';
import { clockRecordMapper, leaveRequestMapper } from '../../mappers/grid.js';
import { todayOf } from '../shared/dates.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { failed, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { AttendanceStatusEnum, ClockDirectionEnum } from './enums.js';
import { inForceOn } from './sql.js';

/** The longest period one attendance query reads, in days: a quarter. */
const MAX_ATTENDANCE_DAYS = 92;

const ClockRecordRef = builder.prismaObject('ClockRecord', {
  description: 'One clock-in or clock-out (打卡).',
  fields: (t) => ({
    person: t.relation('person', { description: 'Who clocked.' }),
    direction: t.field({
      type: ClockDirectionEnum,
      description: 'In or out.',
      resolve: (record) => clockRecordMapper.toDomain(record).direction,
    }),
    directionLabel: t.string({
      description: 'In or out, as a label in the requested language.',
      args: labelArgs,
      resolve: (record, args, context) =>
        labelOf(CLOCK_DIRECTION_LABELS, clockRecordMapper.toDomain(record).direction, args, context),
    }),
    at: t.expose('at', { type: 'DateTime', description: 'When.' }),
  }),
});

const AttendanceDayRef = builder.objectRef<AttendanceDay>('AttendanceDay').implement({
  description: "One person's attendance on one day, read from their clock records.",
  fields: (t) => ({
    date: t.field({ type: 'Date', description: 'The day.', resolve: (day) => day.date }),
    status: t.field({ type: AttendanceStatusEnum, description: 'The status.', resolve: (day) => day.status }),
    statusLabel: t.string({
      description: 'The status as a label.',
      args: labelArgs,
      resolve: (day, args, context) => labelOf(ATTENDANCE_STATUS_LABELS, day.status, args, context),
    }),
    clockIn: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The first clock-in of the day.',
      resolve: (day) => day.clockIn,
    }),
    clockOut: t.field({
      type: 'DateTime',
      nullable: true,
      description: 'The last clock-out of the day, when after the clock-in.',
      resolve: (day) => day.clockOut,
    }),
  }),
});

const StatusCountRef = builder
  .objectRef<{ status: AttendanceStatus; days: number }>('AttendanceStatusCount')
  .implement({
    description: 'How many days of a period had one status.',
    fields: (t) => ({
      status: t.field({ type: AttendanceStatusEnum, description: 'The status.', resolve: (c) => c.status }),
      statusLabel: t.string({
        description: 'The status as a label.',
        args: labelArgs,
        resolve: (c, args, context) => labelOf(ATTENDANCE_STATUS_LABELS, c.status, args, context),
      }),
      days: t.exposeInt('days', { description: 'How many days.' }),
    }),
  });

const AttendanceSummaryRef = builder.objectRef<AttendanceSummary>('AttendanceSummary').implement({
  description: 'Attendance over a period: days by status, and the attendance ratio assessments use.',
  fields: (t) => ({
    byStatus: t.field({
      type: [StatusCountRef],
      description: 'Days by status, every status listed.',
      resolve: (summary) => ATTENDANCE_STATUSES.map((status) => ({ status, days: summary.byStatus[status] })),
    }),
    dueDays: t.exposeInt('dueDays', {
      description: 'Working days the person was due at work (not on leave).',
    }),
    attendedDays: t.exposeInt('attendedDays', { description: 'Due days the person came, on time or not.' }),
  }),
});

export const AttendanceReportRef = builder
  .objectRef<{ days: readonly AttendanceDay[]; summary: AttendanceSummary }>('AttendanceReport')
  .implement({
    description: 'Attendance day by day over a period, and its summary.',
    fields: (t) => ({
      days: t.field({
        type: [AttendanceDayRef],
        description: 'Every day, in order.',
        resolve: (r) => [...r.days],
      }),
      summary: t.field({
        type: AttendanceSummaryRef,
        description: 'The summary.',
        resolve: (r) => r.summary,
      }),
    }),
  });

/** An expected failure of a read (a calendar that does not cover the days), shown with its code. */
function domainGraphQLError(error: DomainError): GraphQLError {
  return new GraphQLError(joinMessage(error.message), { extensions: { code: error.code } });
}

/**
 * What to load of a person to read their attendance over `from`…`to`: the clock records of those
 * days and the leave they took (approved, or approved and cancelled early).
 */
export function attendanceSelection(from: CalendarDate, to: CalendarDate) {
  return {
    select: {
      clockRecords: {
        where: { at: { gte: startOfShanghaiDay(from), lt: startOfShanghaiDay(addDays(to, 1)) } },
      },
      leaveRequests: { where: { status: { in: ['APPROVED', 'CANCELLED'] } } },
    },
  } satisfies Prisma.PersonDefaultArgs;
}

/** What {@link attendanceSelection} loads of a person. */
export interface LoadedAttendance {
  readonly clockRecords: readonly ClockRecordRow[];
  readonly leaveRequests: readonly LeaveRequestRow[];
}

/**
 * Core's attendance input for one assignment: the working hours its county's grid policy sets, the
 * working calendar of its region, and what {@link attendanceSelection} loaded.
 */
export function attendanceInputOf(
  assignment: Pick<StaffAssignment, 'personId' | 'gridCode'>,
  loaded: LoadedAttendance,
  calendar: WorkingCalendar,
): AttendanceInput {
  return {
    personId: assignment.personId,
    schedule: gridPolicyFor(assignment.gridCode).workSchedule,
    calendar,
    records: loaded.clockRecords.map(clockRecordMapper.toDomain),
    leave: loaded.leaveRequests.map(leaveRequestMapper.toDomain),
  };
}

/**
 * A person's attendance over `from`…`to` as core reads it, with its summary. A period running
 * backwards or longer than a quarter, or days the calendar does not cover, are refused.
 */
export async function attendanceReport(
  context: Context,
  assignment: Pick<StaffAssignment, 'personId' | 'gridCode'>,
  loaded: LoadedAttendance,
  from: CalendarDate,
  to: CalendarDate,
) {
  const length = daysBetween(from, to);
  if (length < 0 || length >= MAX_ATTENDANCE_DAYS) {
    throw new GraphQLError(
      `期间须从前到后且不超过${MAX_ATTENDANCE_DAYS}天 / The period runs forwards, at most ${MAX_ATTENDANCE_DAYS} days / དུས་ཡུན་སྔ་ནས་ཕྱིར་ཡིན་དགོས་ལ་ཉིན ${MAX_ATTENDANCE_DAYS} ལས་མི་བརྒལ་བ་དགོས།`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  const calendar = await context.calendars.calendarFor(assignment.gridCode);
  const days = attendanceOfPeriod(attendanceInputOf(assignment, loaded, calendar), from, to);
  if (!days.ok) throw domainGraphQLError(days.error);
  return { days: days.value, summary: summariseAttendance(days.value) };
}

// ---- mutations ---------------------------------------------------------------------------------

const ClockRecordUserError = userErrorType('ClockRecordUserError', 'Why a clock record was refused.', [
  GRID_ACCESS_ERRORS.CLOCK_FORBIDDEN,
]);

const ClockRecordCreatePayload = payloadType(
  'ClockRecordCreatePayload',
  'The result of clocking in or out.',
  { field: 'clockRecord', type: ClockRecordRef, description: 'The record as stored; null when refused.' },
  { type: ClockRecordUserError, description: 'Why the record was refused; empty on success.' },
);

const ClockRecordCreateInput = builder.inputType('ClockRecordCreateInput', {
  description: 'A clock-in or clock-out at the time of the request.',
  fields: (t) => ({
    direction: t.field({ type: ClockDirectionEnum, required: true, description: 'In or out.' }),
    personId: t.globalID({
      required: false,
      description: 'Who clocks, when a manager records it for them; defaults to the caller.',
    }),
  }),
});

builder.mutationField('clockRecordCreate', (t) =>
  t.field({
    type: ClockRecordCreatePayload,
    description:
      'Clocks in or out now (上下班打卡): grid staff for themselves, or a manager of their grid for them.',
    args: { input: t.arg({ type: ClockRecordCreateInput, required: true, description: 'The record.' }) },
    resolve: async (_root, { input }, context) => {
      const personId = input.personId ? idOf(input.personId, 'Person') : context.actor.personId;
      const serving = personId
        ? await context.db.staffAssignment.findMany({
            where: { personId, ...inForceOn(todayOf(context)) },
            select: { gridCode: true },
          })
        : [];
      const allowed = authoriseClockRecord(
        context.actor,
        personId ?? '',
        serving.map((assignment) => assignment.gridCode),
      );
      if (!allowed.ok) return failed(allowed.error);
      return succeeded(
        await context.db.clockRecord.create({
          data: clockRecordMapper.toColumns(
            { personId: allowed.value, direction: input.direction, at: context.now },
            `CR-${randomUUID()}`,
          ),
        }),
      );
    },
  }),
);

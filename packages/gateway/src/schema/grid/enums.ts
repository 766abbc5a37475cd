// What the parts of the grid schema share: enums with their labels, the SQL condition of an assignment
// in force, and the conversions of stored rows into core's values.
import {
  ASSESSMENT_GRADE_LABELS,
  ATTENDANCE_STATUS_LABELS,
  type AttendanceInput,
  addDays,
  assessStaffing,
  type CalendarDate,
  CLOCK_DIRECTION_LABELS,
  type ClockDirection,
  COMMITTEE_SEAT_LABELS,
  CONSEQUENCE_KIND_LABELS,
  calendarForRegion,
  FUNDING_SOURCE_LABELS,
  GERZE_STAFFING_POLICY,
  GRID_KIND_LABELS,
  GRID_ROLE_LABELS,
  type GridKind,
  type GridRole,
  LEAVE_ACTION_LABELS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
  type LeaveKind,
  type LeaveRequest,
  type LeaveStatus,
  type RegionCode,
  SELECTION_STOP_LABELS,
  STAFFING_GAP_KIND_LABELS,
  type StaffAssignment,
  type StaffingModel,
  staffingModelFor,
  startOfShanghaiDay,
  TRAINING_TOPIC_LABELS,
} from '@grassroots/core';
import { GERZE_WORK_SCHEDULE } from '@grassroots/fixtures';
import type { Db, Prisma } from '../../db/client.js';
import type {
  ClockRecord as ClockRecordRow,
  LeaveRequest as LeaveRequestRow,
  StaffAssignment as StaffAssignmentRow,
} from '../../generated/sqlite/client.js';
import { calendarDate } from '../shared/dates.js';
import { labelledEnum } from '../shared/labels.js';

export const GridKindEnum = labelledEnum(
  'GridKind',
  'The kind of a grid (网格类别), which decides its staffing model.',
  GRID_KIND_LABELS,
);
export const GridRoleEnum = labelledEnum(
  'GridRole',
  'A position a person holds in a grid.',
  GRID_ROLE_LABELS,
);
export const StaffingGapKindEnum = labelledEnum(
  'StaffingGapKind',
  'How a grid departs from its staffing model.',
  STAFFING_GAP_KIND_LABELS,
);
export const LeaveKindEnum = labelledEnum('LeaveKind', 'A kind of leave (假别).', LEAVE_KIND_LABELS);
export const LeaveStatusEnum = labelledEnum(
  'LeaveStatus',
  'Where a leave request stands in its lifecycle (请销假).',
  LEAVE_STATUS_LABELS,
);
export const LeaveActionEnum = labelledEnum(
  'LeaveAction',
  'What can be done to a leave request; cancelling approved leave is 销假.',
  LEAVE_ACTION_LABELS,
);
export const AttendanceStatusEnum = labelledEnum(
  'AttendanceStatus',
  "A day's attendance status (考勤状态).",
  ATTENDANCE_STATUS_LABELS,
);
export const ClockDirectionEnum = labelledEnum(
  'ClockDirection',
  'A clock-in (上班打卡) or a clock-out (下班打卡).',
  CLOCK_DIRECTION_LABELS,
);
export const AssessmentGradeEnum = labelledEnum(
  'AssessmentGrade',
  'An assessment grade (考核等次), best first.',
  ASSESSMENT_GRADE_LABELS,
);
export const ConsequenceKindEnum = labelledEnum(
  'ConsequenceKind',
  'What a grade brings (奖惩).',
  CONSEQUENCE_KIND_LABELS,
);
export const TrainingTopicEnum = labelledEnum(
  'TrainingTopic',
  'A training topic (培训内容).',
  TRAINING_TOPIC_LABELS,
);
export const CommitteeSeatEnum = labelledEnum(
  'CommitteeSeat',
  "The capacity in which a member sits on a homeowners' committee.",
  COMMITTEE_SEAT_LABELS,
);
export const FundingSourceEnum = labelledEnum(
  'FundingSource',
  'How recruited posts are paid for.',
  FUNDING_SOURCE_LABELS,
);
export const SelectionStopEnum = labelledEnum(
  'SelectionStop',
  'Why a selection of candidates stopped.',
  SELECTION_STOP_LABELS,
);

/** The SQL condition "the assignment is in force on `day`" (its first and last days included). */
export function inForceOn(day: CalendarDate): Prisma.StaffAssignmentWhereInput {
  return { from: { lte: day }, OR: [{ until: null }, { until: { gte: day } }] };
}

/** The staffing model of a grid of `kind`. 改则县's policy is the only one the gateway knows yet. */
export function modelFor(kind: string): StaffingModel {
  return staffingModelFor(GERZE_STAFFING_POLICY, kind as GridKind);
}

/** A stored assignment as core's value. */
export function toAssignment(row: StaffAssignmentRow): StaffAssignment {
  return {
    id: row.id,
    personId: row.personId,
    gridCode: row.gridCode as RegionCode,
    role: row.role as GridRole,
    managingUnitId: row.managingUnitId,
    from: calendarDate(row.from),
    until: row.until === null ? null : calendarDate(row.until),
  };
}

/** A stored leave request as core's value, its decision read back from its columns. */
export function toLeaveRequest(row: LeaveRequestRow): LeaveRequest {
  const decided = row.decisionOutcome !== null && row.decidedByUnitId !== null && row.decidedAt !== null;
  return {
    id: row.id,
    personId: row.personId,
    assignmentId: row.assignmentId,
    kind: row.kind as LeaveKind,
    startDate: calendarDate(row.startDate),
    endDate: calendarDate(row.endDate),
    reason: row.reason,
    status: row.status as LeaveStatus,
    createdAt: row.createdAt,
    submittedAt: row.submittedAt,
    decision: decided
      ? {
          outcome: row.decisionOutcome as 'APPROVED' | 'REJECTED',
          byUnitId: row.decidedByUnitId as string,
          byPersonId: row.decidedByPersonId,
          at: row.decidedAt as Date,
          note: row.decisionNote,
        }
      : null,
    cancelledAt: row.cancelledAt,
    returnedOn: row.returnedOn === null ? null : calendarDate(row.returnedOn),
  };
}

/** Core's leave request as the columns that store it. */
export function leaveRequestColumns(request: LeaveRequest) {
  return {
    status: request.status,
    submittedAt: request.submittedAt,
    decisionOutcome: request.decision?.outcome ?? null,
    decidedByUnitId: request.decision?.byUnitId ?? null,
    decidedByPersonId: request.decision?.byPersonId ?? null,
    decidedAt: request.decision?.at ?? null,
    decisionNote: request.decision?.note ?? null,
    cancelledAt: request.cancelledAt,
    returnedOn: request.returnedOn,
  };
}

/**
 * Assesses a grid's staffing on `day` with core's rule and stores whether it complies, inside the
 * caller's transaction, so the stored flag never disagrees with the assignments it was read from.
 */
export async function reassessGrid(tx: Db, gridCode: string, day: CalendarDate): Promise<boolean> {
  const grid = await tx.grid.findUniqueOrThrow({
    where: { code: gridCode },
    select: {
      kind: true,
      units: { select: { id: true, headPersonId: true } },
      assignments: { where: inForceOn(day) },
    },
  });
  const assessment = assessStaffing(
    { code: gridCode as RegionCode, units: grid.units },
    modelFor(grid.kind),
    grid.assignments.map(toAssignment),
  );
  await tx.grid.update({ where: { code: gridCode }, data: { compliant: assessment.compliant } });
  return assessment.compliant;
}

/**
 * 改则县's working hours. The gateway has no table of schedules yet, so every grid keeps the county's
 * (09:30–18:30 Beijing time, 10 minutes' grace), as the fixtures define it.
 */
const WORK_SCHEDULE = GERZE_WORK_SCHEDULE;

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

/** Core's attendance input for one assignment, from what {@link attendanceSelection} loaded. */
export function attendanceInputOf(
  assignment: Pick<StaffAssignmentRow, 'personId' | 'gridCode'>,
  loaded: {
    readonly clockRecords: readonly ClockRecordRow[];
    readonly leaveRequests: readonly LeaveRequestRow[];
  },
): AttendanceInput {
  return {
    personId: assignment.personId,
    schedule: WORK_SCHEDULE,
    calendar: calendarForRegion(assignment.gridCode),
    records: loaded.clockRecords.map((record) => ({
      personId: record.personId,
      direction: record.direction as ClockDirection,
      at: record.at,
    })),
    leave: loaded.leaveRequests.map(toLeaveRequest),
  };
}

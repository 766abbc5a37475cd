import { countWorkingDays, isWorkingDay, type WorkingCalendar } from '../shared/calendar.js';
import { addDays, type CalendarDate, compareDates, shanghaiDateOf } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { canManage } from './assignment.rules.js';
import {
  type AssignmentError,
  at,
  LEAVE_ERRORS,
  type LeaveError,
  leaveTransitionNotAllowed,
} from './grid.errors.js';
import type { StaffAssignment } from './grid.js';
import {
  type DayPeriod,
  LEAVE_KINDS,
  type LeaveAction,
  type LeaveDecision,
  type LeaveKind,
  type LeaveRequest,
  type LeaveStatus,
  type LeaveTransition,
  type LeaveTransitionContext,
} from './leave.js';
import { isBlank, trimmedOrNull } from './text.rules.js';

/**
 * The leave lifecycle (请销假). Any pair of status and action not listed here is refused with
 * `LEAVE.TRANSITION_NOT_ALLOWED`; REJECTED and CANCELLED are final.
 */
export const LEAVE_TRANSITIONS: readonly LeaveTransition[] = [
  { from: 'DRAFT', action: 'SUBMIT', to: 'SUBMITTED', by: 'APPLICANT_OR_MANAGER' },
  { from: 'SUBMITTED', action: 'APPROVE', to: 'APPROVED', by: 'MANAGER' },
  { from: 'SUBMITTED', action: 'REJECT', to: 'REJECTED', by: 'MANAGER' },
  { from: 'DRAFT', action: 'CANCEL', to: 'CANCELLED', by: 'APPLICANT_OR_MANAGER' },
  { from: 'SUBMITTED', action: 'CANCEL', to: 'CANCELLED', by: 'APPLICANT_OR_MANAGER' },
  { from: 'APPROVED', action: 'CANCEL', to: 'CANCELLED', by: 'APPLICANT_OR_MANAGER' },
];

/** The status each action leads to, wherever it is allowed. */
export const LEAVE_ACTION_TARGETS: Readonly<Record<LeaveAction, LeaveStatus>> = {
  SUBMIT: 'SUBMITTED',
  APPROVE: 'APPROVED',
  REJECT: 'REJECTED',
  CANCEL: 'CANCELLED',
};

/** Whether `value` is one of the leave kinds (guards data that arrives as plain strings). */
export function isLeaveKind(value: string): value is LeaveKind {
  return (LEAVE_KINDS as readonly string[]).includes(value);
}

/** Builds a leave request in `DRAFT` for whole days `startDate`…`endDate`. */
export function createLeaveRequest(input: {
  readonly id: string;
  readonly assignment: Pick<StaffAssignment, 'id' | 'personId'>;
  readonly kind: LeaveKind;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly reason?: string | null;
  readonly createdAt: Date;
}): Result<LeaveRequest, LeaveError> {
  if (isBlank(input.id)) return err(at(LEAVE_ERRORS.REQUIRED, 'id'));
  if (!isLeaveKind(input.kind)) return err(at(LEAVE_ERRORS.KIND, 'kind'));
  if (compareDates(input.endDate, input.startDate) < 0) return err(at(LEAVE_ERRORS.PERIOD, 'endDate'));
  return ok({
    id: input.id,
    personId: input.assignment.personId,
    assignmentId: input.assignment.id,
    kind: input.kind,
    startDate: input.startDate,
    endDate: input.endDate,
    reason: trimmedOrNull(input.reason),
    status: 'DRAFT',
    createdAt: input.createdAt,
    submittedAt: null,
    decision: null,
    cancelledAt: null,
    returnedOn: null,
  });
}

/** The rule of {@link LEAVE_TRANSITIONS} for `action` from `status`, or `null` when it is not allowed. */
export function findLeaveTransition(status: LeaveStatus, action: LeaveAction): LeaveTransition | null {
  return LEAVE_TRANSITIONS.find((rule) => rule.from === status && rule.action === action) ?? null;
}

/** The actions allowed from `status`, in table order (what a client may offer). */
export function allowedLeaveActions(status: LeaveStatus): readonly LeaveAction[] {
  return LEAVE_TRANSITIONS.filter((rule) => rule.from === status).map((rule) => rule.action);
}

/**
 * The days a request keeps the person off work: all of its days once approved; for approved leave
 * cancelled early (销假), the days before the return; `null` for every other request.
 */
export function leaveDaysTaken(request: LeaveRequest): DayPeriod | null {
  if (request.status === 'APPROVED') return { from: request.startDate, to: request.endDate };
  if (request.status === 'CANCELLED' && request.returnedOn !== null) {
    const lastDayOff = addDays(request.returnedOn, -1);
    const to = compareDates(lastDayOff, request.endDate) < 0 ? lastDayOff : request.endDate;
    return compareDates(to, request.startDate) < 0 ? null : { from: request.startDate, to };
  }
  return null;
}

/** Whether `personId` is on leave on `date` under any of `requests`. */
export function isOnLeave(requests: readonly LeaveRequest[], personId: string, date: CalendarDate): boolean {
  return requests.some((request) => {
    if (request.personId !== personId) return false;
    const days = leaveDaysTaken(request);
    return days !== null && compareDates(days.from, date) <= 0 && compareDates(date, days.to) <= 0;
  });
}

function overlaps(a: DayPeriod, b: DayPeriod): boolean {
  return compareDates(a.from, b.to) <= 0 && compareDates(b.from, a.to) <= 0;
}

/**
 * The first of `others` that is leave of the same person, submitted or approved, whose days
 * overlap `request`'s; `null` when there is none.
 */
export function findOverlappingLeave(
  request: LeaveRequest,
  others: readonly LeaveRequest[],
): LeaveRequest | null {
  const period = { from: request.startDate, to: request.endDate };
  return (
    others.find(
      (other) =>
        other.id !== request.id &&
        other.personId === request.personId &&
        (other.status === 'SUBMITTED' || other.status === 'APPROVED') &&
        overlaps(period, { from: other.startDate, to: other.endDate }),
    ) ?? null
  );
}

function checkAuthority(
  rule: LeaveTransition,
  request: LeaveRequest,
  context: LeaveTransitionContext,
): LeaveError | AssignmentError | null {
  if (rule.by === 'MANAGER') {
    const managed = canManage(context.actor.unitId, context.assignment);
    return managed.ok ? null : managed.error;
  }
  const isApplicant = context.actor.personId !== null && context.actor.personId === request.personId;
  const isManager =
    context.actor.unitId !== null && context.actor.unitId === context.assignment.managingUnitId;
  return isApplicant || isManager ? null : LEAVE_ERRORS.NOT_APPLICANT;
}

/**
 * Moves a leave request through its lifecycle ({@link LEAVE_TRANSITIONS}).
 *
 * Refusals, in order: an action the table does not allow from the request's status
 * (`LEAVE.TRANSITION_NOT_ALLOWED`, naming both states); an assignment that is not the applicant's;
 * an actor without the authority the table names (`ASSIGNMENT.NOT_MANAGING_UNIT` for decisions,
 * `LEAVE.NOT_APPLICANT` otherwise); on submit or approval, overlap with the person's submitted or
 * approved leave (`LEAVE.OVERLAP`); a rejection without a reason; cancelling approved leave after
 * its last day (`LEAVE.ALREADY_ENDED`).
 */
export function transition(
  request: LeaveRequest,
  action: LeaveAction,
  context: LeaveTransitionContext,
): Result<LeaveRequest, LeaveError | AssignmentError> {
  const rule = findLeaveTransition(request.status, action);
  if (rule === null) return err(leaveTransitionNotAllowed(request.status, LEAVE_ACTION_TARGETS[action]));
  if (context.assignment.personId !== request.personId || context.assignment.id !== request.assignmentId) {
    return err(LEAVE_ERRORS.WRONG_ASSIGNMENT);
  }
  const refusal = checkAuthority(rule, request, context);
  if (refusal !== null) return err(refusal);
  const note = trimmedOrNull(context.note);

  switch (action) {
    case 'SUBMIT':
    case 'APPROVE': {
      // Checked again on approval: two drafts may both have been submitted before either was decided.
      if (findOverlappingLeave(request, context.otherRequests) !== null) return err(LEAVE_ERRORS.OVERLAP);
      if (action === 'SUBMIT') return ok({ ...request, status: rule.to, submittedAt: context.at });
      return ok({ ...request, status: rule.to, decision: decisionOf('APPROVED', context, note) });
    }
    case 'REJECT':
      if (note === null) return err(at(LEAVE_ERRORS.REJECTION_REASON_REQUIRED, 'note'));
      return ok({ ...request, status: rule.to, decision: decisionOf('REJECTED', context, note) });
    case 'CANCEL': {
      if (request.status !== 'APPROVED') return ok({ ...request, status: rule.to, cancelledAt: context.at });
      const today = shanghaiDateOf(context.at);
      if (compareDates(today, request.endDate) > 0) return err(LEAVE_ERRORS.ALREADY_ENDED);
      return ok({ ...request, status: rule.to, cancelledAt: context.at, returnedOn: today });
    }
  }
}

function decisionOf(
  outcome: LeaveDecision['outcome'],
  context: LeaveTransitionContext,
  note: string | null,
): LeaveDecision {
  return {
    outcome,
    byUnitId: context.assignment.managingUnitId,
    byPersonId: context.actor.personId,
    at: context.at,
    note,
  };
}

/**
 * The working days in `from`…`to`, both included, in `calendar` (weekends, public holidays and
 * Tibet's regional days are not counted; make-up working days are). Whether the count rests on
 * provisional calendar days (a year whose official schedule is not loaded):
 * `dependsOnProvisional(calendar, from, to)`.
 */
export function countLeaveDays(calendar: WorkingCalendar, period: DayPeriod): Result<number, DomainError> {
  if (compareDates(period.to, period.from) < 0) return err(at(LEAVE_ERRORS.PERIOD, 'to'));
  const first = isWorkingDay(calendar, period.from);
  if (!first.ok) return first;
  const rest = countWorkingDays(calendar, period.from, period.to);
  if (!rest.ok) return rest;
  return ok(rest.value + (first.value ? 1 : 0));
}

/** The working days a request asks for (`startDate`…`endDate`). */
export function requestedLeaveDays(
  calendar: WorkingCalendar,
  request: LeaveRequest,
): Result<number, DomainError> {
  return countLeaveDays(calendar, { from: request.startDate, to: request.endDate });
}

/** The working days actually taken under a request (see {@link leaveDaysTaken}); 0 when none. */
export function takenLeaveDays(
  calendar: WorkingCalendar,
  request: LeaveRequest,
): Result<number, DomainError> {
  const days = leaveDaysTaken(request);
  return days === null ? ok(0) : countLeaveDays(calendar, days);
}

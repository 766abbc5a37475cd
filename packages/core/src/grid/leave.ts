// Leave (请销假): kinds, statuses, requests and decisions. The lifecycle table and the rules are in
// leave.rules.ts.
import type { CalendarDate } from '../shared/date.js';
import type { StaffAssignment } from './grid.js';

/** Kinds of leave (假别). */
export type LeaveKind =
  | 'ANNUAL'
  | 'SICK'
  | 'PERSONAL'
  | 'MARRIAGE'
  | 'MATERNITY'
  | 'PATERNITY'
  | 'BEREAVEMENT'
  | 'HOME_VISIT';

/** Every kind of leave. */
export const LEAVE_KINDS: readonly LeaveKind[] = [
  'ANNUAL',
  'SICK',
  'PERSONAL',
  'MARRIAGE',
  'MATERNITY',
  'PATERNITY',
  'BEREAVEMENT',
  'HOME_VISIT',
];

/** Where a leave request (请假申请) stands. */
export type LeaveStatus = 'DRAFT' | 'SUBMITTED' | 'APPROVED' | 'REJECTED' | 'CANCELLED';

/** Every leave status. */
export const LEAVE_STATUSES: readonly LeaveStatus[] = [
  'DRAFT',
  'SUBMITTED',
  'APPROVED',
  'REJECTED',
  'CANCELLED',
];

/** What can be done to a leave request. Cancelling approved leave is 销假. */
export type LeaveAction = 'SUBMIT' | 'APPROVE' | 'REJECT' | 'CANCEL';

/** Every leave action. */
export const LEAVE_ACTIONS: readonly LeaveAction[] = ['SUBMIT', 'APPROVE', 'REJECT', 'CANCEL'];

/**
 * Who may take a transition: the applicant or their managing unit, or the managing unit alone
 * ("谁用人，谁管理").
 */
export type LeaveAuthority = 'APPLICANT_OR_MANAGER' | 'MANAGER';

/** One allowed transition of the leave lifecycle. */
export interface LeaveTransition {
  readonly from: LeaveStatus;
  readonly action: LeaveAction;
  readonly to: LeaveStatus;
  readonly by: LeaveAuthority;
}

/** The managing unit's decision on a submitted request. */
export interface LeaveDecision {
  readonly outcome: 'APPROVED' | 'REJECTED';
  readonly byUnitId: string;
  readonly byPersonId: string | null;
  readonly at: Date;
  readonly note: string | null;
}

/**
 * A leave request of one person, for whole days `startDate`…`endDate` (both included).
 *
 * `returnedOn` is set when approved leave is cancelled (销假): the day the person is back at work;
 * the days before it (from `startDate`) were taken as leave.
 */
export interface LeaveRequest {
  readonly id: string;
  readonly personId: string;
  readonly assignmentId: string;
  readonly kind: LeaveKind;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly reason: string | null;
  readonly status: LeaveStatus;
  readonly createdAt: Date;
  readonly submittedAt: Date | null;
  readonly decision: LeaveDecision | null;
  readonly cancelledAt: Date | null;
  readonly returnedOn: CalendarDate | null;
}

/** Who acts on a request: a person, speaking for a unit when they act as its manager. */
export interface LeaveActor {
  readonly personId: string | null;
  readonly unitId: string | null;
}

/** What `transition` (leave.rules.ts) needs besides the request and the action. */
export interface LeaveTransitionContext {
  /** When the action happens; "today" is its day in Asia/Shanghai. */
  readonly at: Date;
  readonly actor: LeaveActor;
  /** The applicant's assignment, which names the managing unit. */
  readonly assignment: StaffAssignment;
  /** The applicant's other leave requests, for the overlap rule (others are ignored). */
  readonly otherRequests: readonly LeaveRequest[];
  /** The reason for a rejection, or a note on any decision. */
  readonly note?: string | null;
}

/** A period of whole days, both ends included. */
export interface DayPeriod {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

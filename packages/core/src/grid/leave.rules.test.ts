import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calendarForRegion,
  dependsOnProvisional,
  isWorkingDay,
  nationalCalendar,
} from '../shared/calendar.js';
import { addDays, type CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import type { StaffAssignment } from './grid.js';
import {
  LEAVE_ACTIONS,
  LEAVE_STATUSES,
  type LeaveAction,
  type LeaveActor,
  type LeaveRequest,
  type LeaveStatus,
  type LeaveTransitionContext,
} from './leave.js';
import {
  allowedLeaveActions,
  countLeaveDays,
  createLeaveRequest,
  isOnLeave,
  LEAVE_ACTION_TARGETS,
  LEAVE_TRANSITIONS,
  leaveDaysTaken,
  requestedLeaveDays,
  takenLeaveDays,
  transition,
} from './leave.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const day = (text: string) => text as CalendarDate;
const GERZE = calendarForRegion('542526');

const ASSIGNMENT: StaffAssignment = {
  id: 'assignment-1',
  personId: 'worker-1',
  gridCode: '542526100001001' as RegionCode,
  role: 'GRID_WORKER',
  managingUnitId: 'gerze-town-office',
  from: day('2024-01-01'),
  until: null,
};

const APPLICANT: LeaveActor = { personId: 'worker-1', unitId: null };
const MANAGER: LeaveActor = { personId: 'officer-9', unitId: 'gerze-town-office' };
const OTHER_UNIT: LeaveActor = { personId: 'officer-7', unitId: 'county-police-bureau' };
// Sunday 2025-04-20, 10:00 in Asia/Shanghai: before the leave below starts.
const BEFORE = new Date('2025-04-20T02:00:00Z');

function draft(id = 'leave-1', startDate = '2025-04-28', endDate = '2025-04-30'): LeaveRequest {
  return unwrap(
    createLeaveRequest({
      id,
      assignment: ASSIGNMENT,
      kind: 'PERSONAL',
      startDate: day(startDate),
      endDate: day(endDate),
      reason: '回牧区处理草场事务',
      createdAt: new Date('2025-04-19T02:00:00Z'),
    }),
  );
}

function inStatus(status: LeaveStatus, id?: string, start?: string, end?: string): LeaveRequest {
  return { ...draft(id, start, end), status };
}

function context(actor: LeaveActor, more: Partial<LeaveTransitionContext> = {}): LeaveTransitionContext {
  return { at: BEFORE, actor, assignment: ASSIGNMENT, otherRequests: [], ...more };
}

// The actor each allowed transition is normally taken by, with what it needs.
function usualContext(action: LeaveAction): LeaveTransitionContext {
  if (action === 'APPROVE') return context(MANAGER);
  if (action === 'REJECT') return context(MANAGER, { note: '防汛期间不宜离岗' });
  return context(APPLICANT);
}

describe('createLeaveRequest', () => {
  it('starts a request as a draft of the applicant’s assignment', () => {
    expect(draft()).toMatchObject({
      personId: 'worker-1',
      assignmentId: 'assignment-1',
      status: 'DRAFT',
      submittedAt: null,
      decision: null,
      returnedOn: null,
    });
  });

  it('refuses leave that ends before it starts, and an unknown kind', () => {
    expect(
      createLeaveRequest({
        id: 'x',
        assignment: ASSIGNMENT,
        kind: 'SICK',
        startDate: day('2025-05-02'),
        endDate: day('2025-05-01'),
        createdAt: BEFORE,
      }),
    ).toMatchObject({ ok: false, error: { code: 'LEAVE.PERIOD', field: ['endDate'] } });
    expect(
      createLeaveRequest({
        id: 'x',
        assignment: ASSIGNMENT,
        kind: 'HOLIDAY' as 'SICK',
        startDate: day('2025-05-01'),
        endDate: day('2025-05-01'),
        createdAt: BEFORE,
      }),
    ).toMatchObject({ ok: false, error: { code: 'LEAVE.KIND' } });
  });
});

describe('the leave transition table', () => {
  it.each(LEAVE_TRANSITIONS)('allows $from —$action→ $to', ({ from, action, to }) => {
    const moved = unwrap(transition(inStatus(from), action, usualContext(action)));
    expect(moved.status).toBe(to);
  });

  const refused = LEAVE_STATUSES.flatMap((from) => LEAVE_ACTIONS.map((action) => ({ from, action }))).filter(
    ({ from, action }) => !LEAVE_TRANSITIONS.some((rule) => rule.from === from && rule.action === action),
  );

  it('refuses the 14 other pairs of status and action', () => {
    expect(LEAVE_TRANSITIONS).toHaveLength(6);
    expect(refused).toHaveLength(LEAVE_STATUSES.length * LEAVE_ACTIONS.length - LEAVE_TRANSITIONS.length);
  });

  it.each(refused)('refuses $action from $from, naming both states', ({ from, action }) => {
    // Even the applicant's own manager, with a reason given, cannot take a transition the table lacks.
    const actor = { personId: 'worker-1', unitId: 'gerze-town-office' };
    const result = transition(inStatus(from), action, context(actor, { note: '理由' }));
    const to = LEAVE_ACTION_TARGETS[action];
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.TRANSITION_NOT_ALLOWED', kind: 'CONFLICT' },
    });
    if (result.ok) return;
    expect(result.error.message.en).toBe(`Leave cannot go from ${from} to ${to}`);
    expect(result.error.message.zh).toContain(from);
    expect(result.error.message.zh).toContain(to);
  });

  it('leads each action to one status wherever it is allowed', () => {
    for (const rule of LEAVE_TRANSITIONS) expect(rule.to).toBe(LEAVE_ACTION_TARGETS[rule.action]);
  });

  it('makes REJECTED and CANCELLED final', () => {
    expect(allowedLeaveActions('REJECTED')).toEqual([]);
    expect(allowedLeaveActions('CANCELLED')).toEqual([]);
    expect(allowedLeaveActions('SUBMITTED')).toEqual(['APPROVE', 'REJECT', 'CANCEL']);
  });

  it('leaves exactly one decision when the same request is approved twice', () => {
    const submitted = inStatus('SUBMITTED');
    const first = unwrap(transition(submitted, 'APPROVE', context(MANAGER)));
    const second = transition(first, 'APPROVE', context(MANAGER, { at: new Date(BEFORE.getTime() + 1000) }));
    expect(second).toMatchObject({ ok: false, error: { code: 'LEAVE.TRANSITION_NOT_ALLOWED' } });
    expect(first.decision).toEqual({
      outcome: 'APPROVED',
      byUnitId: 'gerze-town-office',
      byPersonId: 'officer-9',
      at: BEFORE,
      note: null,
    });
  });
});

describe('who may take a leave transition (谁用人，谁管理)', () => {
  it('lets only the managing unit approve or reject', () => {
    for (const actor of [APPLICANT, OTHER_UNIT]) {
      expect(transition(inStatus('SUBMITTED'), 'APPROVE', context(actor))).toMatchObject({
        ok: false,
        error: { code: 'ASSIGNMENT.NOT_MANAGING_UNIT', kind: 'FORBIDDEN' },
      });
      expect(transition(inStatus('SUBMITTED'), 'REJECT', context(actor, { note: '不批准' }))).toMatchObject({
        ok: false,
        error: { code: 'ASSIGNMENT.NOT_MANAGING_UNIT' },
      });
    }
  });

  it('lets the applicant or the managing unit submit and cancel, and no one else', () => {
    expect(unwrap(transition(draft(), 'SUBMIT', context(MANAGER))).status).toBe('SUBMITTED');
    expect(unwrap(transition(inStatus('APPROVED'), 'CANCEL', context(MANAGER))).status).toBe('CANCELLED');
    for (const action of ['SUBMIT', 'CANCEL'] as const) {
      expect(transition(draft(), action, context(OTHER_UNIT))).toMatchObject({
        ok: false,
        error: { code: 'LEAVE.NOT_APPLICANT', kind: 'FORBIDDEN' },
      });
    }
  });

  it('refuses an assignment that is not the applicant’s', () => {
    const someoneElse = { ...ASSIGNMENT, id: 'assignment-2', personId: 'worker-2' };
    expect(transition(draft(), 'SUBMIT', context(APPLICANT, { assignment: someoneElse }))).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.WRONG_ASSIGNMENT' },
    });
  });

  it('records when a request was submitted', () => {
    expect(unwrap(transition(draft(), 'SUBMIT', context(APPLICANT))).submittedAt).toEqual(BEFORE);
  });

  it('needs a reason to reject, and keeps it with the decision', () => {
    expect(transition(inStatus('SUBMITTED'), 'REJECT', context(MANAGER, { note: '  ' }))).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.REJECTION_REASON_REQUIRED', field: ['note'] },
    });
    const rejected = unwrap(
      transition(inStatus('SUBMITTED'), 'REJECT', context(MANAGER, { note: ' 人手不足 ' })),
    );
    expect(rejected.decision).toMatchObject({ outcome: 'REJECTED', note: '人手不足' });
  });
});

describe('overlapping leave', () => {
  // The request under test covers Mon 2025-04-28 – Wed 2025-04-30.
  it.each(['SUBMITTED', 'APPROVED'] as const)(
    'is refused when the person already has %s leave on any of its days',
    (status) => {
      const existing = inStatus(status, 'leave-0', '2025-04-30', '2025-05-02');
      expect(transition(draft(), 'SUBMIT', context(APPLICANT, { otherRequests: [existing] }))).toMatchObject({
        ok: false,
        error: { code: 'LEAVE.OVERLAP', kind: 'CONFLICT' },
      });
    },
  );

  it.each(['DRAFT', 'REJECTED', 'CANCELLED'] as const)('ignores %s leave', (status) => {
    const existing = inStatus(status, 'leave-0', '2025-04-28', '2025-04-30');
    expect(transition(draft(), 'SUBMIT', context(APPLICANT, { otherRequests: [existing] })).ok).toBe(true);
  });

  it('ignores other persons’ leave and leave that ends the day before', () => {
    const colleague = { ...inStatus('APPROVED', 'leave-c'), personId: 'worker-2' };
    const dayBefore = inStatus('APPROVED', 'leave-0', '2025-04-21', '2025-04-27');
    expect(
      transition(draft(), 'SUBMIT', context(APPLICANT, { otherRequests: [colleague, dayBefore] })).ok,
    ).toBe(true);
  });

  it('is checked again on approval, since two overlapping drafts may both have been submitted', () => {
    const approved = inStatus('APPROVED', 'leave-0', '2025-04-29', '2025-04-29');
    expect(
      transition(inStatus('SUBMITTED'), 'APPROVE', context(MANAGER, { otherRequests: [approved] })),
    ).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.OVERLAP' },
    });
  });

  it('does not count the request itself', () => {
    const submitted = inStatus('SUBMITTED');
    expect(transition(submitted, 'APPROVE', context(MANAGER, { otherRequests: [submitted] })).ok).toBe(true);
  });
});

describe('cancelling approved leave (销假)', () => {
  const approved = inStatus('APPROVED');
  // 2025-04-29 01:00 in Asia/Shanghai is still 2025-04-28 in UTC.
  const backOnTuesday = new Date('2025-04-28T17:00:00Z');

  it('records the day the person is back, in Asia/Shanghai', () => {
    const cancelled = unwrap(transition(approved, 'CANCEL', context(APPLICANT, { at: backOnTuesday })));
    expect(cancelled).toMatchObject({
      status: 'CANCELLED',
      returnedOn: '2025-04-29',
      cancelledAt: backOnTuesday,
    });
    expect(leaveDaysTaken(cancelled)).toEqual({ from: '2025-04-28', to: '2025-04-28' });
    expect(isOnLeave([cancelled], 'worker-1', day('2025-04-28'))).toBe(true);
    expect(isOnLeave([cancelled], 'worker-1', day('2025-04-29'))).toBe(false);
  });

  it('is allowed on the last day of the leave and refused after it', () => {
    const lastDay = new Date('2025-04-30T10:00:00Z'); // 18:00 Shanghai
    expect(unwrap(transition(approved, 'CANCEL', context(APPLICANT, { at: lastDay }))).returnedOn).toBe(
      '2025-04-30',
    );
    const dayAfter = new Date('2025-04-30T16:00:00Z'); // 00:00 Shanghai on 1 May
    expect(transition(approved, 'CANCEL', context(APPLICANT, { at: dayAfter }))).toMatchObject({
      ok: false,
      error: { code: 'LEAVE.ALREADY_ENDED', kind: 'CONFLICT' },
    });
  });

  it('leaves no day taken when approved leave is cancelled before it starts', () => {
    const cancelled = unwrap(transition(approved, 'CANCEL', context(APPLICANT)));
    expect(leaveDaysTaken(cancelled)).toBeNull();
    expect(unwrap(takenLeaveDays(GERZE, cancelled))).toBe(0);
  });

  it('sets no return day when a draft or submitted request is withdrawn', () => {
    expect(unwrap(transition(inStatus('SUBMITTED'), 'CANCEL', context(APPLICANT))).returnedOn).toBeNull();
  });
});

describe('counting leave in working days', () => {
  it('skips the Labour Day holiday: Mon 28 Apr – Tue 6 May 2025 is 4 working days', () => {
    expect(unwrap(requestedLeaveDays(GERZE, inStatus('APPROVED', 'l', '2025-04-28', '2025-05-06')))).toBe(4);
  });

  it('counts the make-up working Sunday 27 April 2025', () => {
    expect(unwrap(countLeaveDays(GERZE, { from: day('2025-04-26'), to: day('2025-04-27') }))).toBe(1);
  });

  it('skips Tibetan New Year in Tibet but not in the national calendar', () => {
    const period = { from: day('2025-02-24'), to: day('2025-03-07') };
    expect(unwrap(countLeaveDays(GERZE, period))).toBe(6);
    expect(unwrap(countLeaveDays(nationalCalendar(), period))).toBe(10);
  });

  it('counts from the first day the calendar holds', () => {
    const first = GERZE.firstDate;
    expect(countLeaveDays(GERZE, { from: first, to: addDays(first, 6) }).ok).toBe(true);
  });

  it('fails outside the calendar’s years (after 2099)', () => {
    expect(countLeaveDays(GERZE, { from: day('2100-01-05'), to: day('2100-01-06') })).toMatchObject({
      ok: false,
      error: { code: 'CALENDAR.OUT_OF_RANGE' },
    });
  });

  it('counts leave in a provisional year, which the caller can see', () => {
    // Sunday 5 and Monday 6 January 2031: one working day by the rules, no notice for 2031 yet.
    const period = { from: day('2031-01-05'), to: day('2031-01-06') };
    expect(unwrap(countLeaveDays(GERZE, period))).toBe(1);
    expect(dependsOnProvisional(GERZE, period.from, period.to)).toBe(true);
    expect(dependsOnProvisional(GERZE, day('2025-04-28'), day('2025-05-06'))).toBe(false);
  });

  it('equals the number of working days between the first and last day, both included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 }), (offset, length) => {
        const from = addDays(day('2024-01-01'), offset);
        const to = addDays(from, length);
        let expected = 0;
        for (let d = from; d <= to; d = addDays(d, 1)) if (unwrap(isWorkingDay(GERZE, d))) expected += 1;
        expect(unwrap(countLeaveDays(GERZE, { from, to }))).toBe(expected);
      }),
    );
  });
});

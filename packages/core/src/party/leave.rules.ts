import { type Actor, grantsCovering } from '../shared/actor.js';
import { type CalendarDate, compareDates, daysBetween, parseCalendarDate } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { PARTY_MANAGER_ROLES } from './access.js';
import { leaveApprover } from './cadre.rules.js';
import { at, CADRE_LEAVE_ERRORS, type CadreLeaveError } from './party.errors.js';
import type { CadreLeave, LeaveApprover, StationedCadre, StationingRules } from './party.js';

const MAX_TEXT = 500;

/** What a new leave request needs; the cadre as stored and their requests not refused. */
export interface CadreLeaveInput {
  readonly id: string;
  readonly from: string;
  readonly until: string;
  readonly reason: string;
  readonly requestedOn: CalendarDate;
}

/**
 * Requests leave for a stationed cadre (请假), inside their stationing and overlapping none of their
 * requests still standing. Its length in calendar days decides who approves it, by the county's rule
 * set (RULES.md 2.10: up to 3 days the township party committee, longer the county).
 */
export function requestCadreLeave(
  input: CadreLeaveInput,
  cadre: StationedCadre,
  standing: readonly CadreLeave[],
  rules: StationingRules,
): Result<CadreLeave, CadreLeaveError> {
  if (input.id.trim() === '') return err(at(CADRE_LEAVE_ERRORS.REASON_REQUIRED, 'id'));
  const reason = input.reason.trim();
  if (reason === '' || reason.length > MAX_TEXT) return err(at(CADRE_LEAVE_ERRORS.REASON_REQUIRED, 'reason'));
  const from = parseCalendarDate(input.from);
  if (!from.ok) return err(at(CADRE_LEAVE_ERRORS.DATES, 'from'));
  const until = parseCalendarDate(input.until);
  if (!until.ok || compareDates(from.value, until.value) > 0)
    return err(at(CADRE_LEAVE_ERRORS.DATES, 'until'));
  if (cadre.status !== 'STATIONED') return err(at(CADRE_LEAVE_ERRORS.NOT_STATIONED, 'cadreId'));
  if (compareDates(from.value, cadre.from) < 0 || compareDates(until.value, cadre.until) > 0) {
    return err(at(CADRE_LEAVE_ERRORS.OUTSIDE_STATIONING, 'from'));
  }
  const overlaps = standing.some(
    (other) =>
      other.cadreId === cadre.id &&
      other.state !== 'REFUSED' &&
      compareDates(other.from, until.value) <= 0 &&
      compareDates(from.value, other.until) <= 0,
  );
  if (overlaps) return err(at(CADRE_LEAVE_ERRORS.OVERLAP, 'from'));
  const days = daysBetween(from.value, until.value) + 1;
  return ok({
    id: input.id,
    cadreId: cadre.id,
    from: from.value,
    until: until.value,
    days,
    reason,
    approver: leaveApprover(days, rules),
    state: 'REQUESTED',
    requestedOn: input.requestedOn,
    decidedOn: null,
    decisionNote: null,
    version: 1,
  });
}

/**
 * The levels at which the actor approves leave of a cadre stationed in `villageCode`: a party
 * organiser's grant over the village's township speaks for the township party committee, one over
 * its county for the county organisation department. A village grant approves nothing.
 */
export function leaveApproverLevels(actor: Actor, villageCode: string): readonly LeaveApprover[] {
  const levels = new Set<LeaveApprover>();
  for (const grant of grantsCovering(actor, villageCode)) {
    if (!PARTY_MANAGER_ROLES.includes(grant.role)) continue;
    if (grant.regionCode.length === 9) levels.add('TOWNSHIP');
    if (grant.regionCode.length === 6) levels.add('COUNTY');
  }
  return [...levels];
}

/** A decision on a leave request. */
export type CadreLeaveDecision =
  | { readonly type: 'APPROVE'; readonly note: string | null }
  | { readonly type: 'REFUSE'; readonly note: string };

/**
 * Approves or refuses a request still standing, as the one level the rule names: the township for
 * leave within its limit, the county beyond it. The other level is refused with
 * `LEAVE.WRONG_APPROVER`, so a long leave cannot be waved through by the township, nor a short one
 * taken over by the county.
 */
export function decideCadreLeave(
  request: CadreLeave,
  decision: CadreLeaveDecision,
  context: {
    readonly levels: readonly LeaveApprover[];
    readonly on: CalendarDate;
    readonly expectedVersion?: number;
  },
): Result<CadreLeave, CadreLeaveError> {
  if (context.expectedVersion !== undefined && context.expectedVersion !== request.version) {
    return err(CADRE_LEAVE_ERRORS.STALE_VERSION);
  }
  if (request.state !== 'REQUESTED') return err(CADRE_LEAVE_ERRORS.ALREADY_DECIDED);
  if (!context.levels.includes(request.approver)) {
    return err(
      request.approver === 'TOWNSHIP'
        ? CADRE_LEAVE_ERRORS.TOWNSHIP_APPROVES
        : CADRE_LEAVE_ERRORS.COUNTY_APPROVES,
    );
  }
  const note = decision.note?.trim() ?? '';
  if (decision.type === 'REFUSE' && note === '') return err(at(CADRE_LEAVE_ERRORS.REASON_REQUIRED, 'note'));
  if (note.length > MAX_TEXT) return err(at(CADRE_LEAVE_ERRORS.REASON_REQUIRED, 'note'));
  return ok({
    ...request,
    state: decision.type === 'APPROVE' ? 'APPROVED' : 'REFUSED',
    decidedOn: context.on,
    decisionNote: note === '' ? null : note,
    version: request.version + 1,
  });
}

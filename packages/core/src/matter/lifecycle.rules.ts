import { err, ok, type Result } from '../shared/result.js';
import { at, MATTER_ERRORS, type MatterError, matterTransitionRefused } from './matter.errors.js';
import {
  type Matter,
  type MatterAction,
  type MatterActionType,
  type MatterChange,
  type MatterContext,
  type MatterState,
  type MatterTransitionRule,
  type Open311Status,
  SATISFACTION_RATINGS,
} from './matter.js';
import { changeTimeOf, isValidInstant, MAX_RECORD_TEXT_LENGTH } from './record.rules.js';
import { routeRefusal } from './routing.rules.js';

/**
 * The matter lifecycle as data: each row lets one action take a matter from one state to another.
 * Anything not listed is refused. The cycle follows digital city management (数字化城市管理):
 * 上报 → 立案/注销 → 派遣 → 处置 → 反馈 → 核查结案, with reopening when the check fails.
 */
export const MATTER_TRANSITIONS: readonly MatterTransitionRule[] = [
  { from: 'REPORTED', action: 'REGISTER', to: 'REGISTERED' },
  { from: 'REPORTED', action: 'REJECT', to: 'REJECTED' },
  { from: 'REGISTERED', action: 'ASSIGN', to: 'ASSIGNED' },
  // Re-dispatch (改派) before anyone accepted, and after a reopening to a different handler.
  { from: 'ASSIGNED', action: 'ASSIGN', to: 'ASSIGNED' },
  { from: 'REOPENED', action: 'ASSIGN', to: 'ASSIGNED' },
  // 分派职能部门: a township or county sends the matter to a department instead of a person, first
  // or in place of a dispatch nobody accepted yet, or after a reopening.
  { from: 'REGISTERED', action: 'ROUTE', to: 'ASSIGNED' },
  { from: 'ASSIGNED', action: 'ROUTE', to: 'ASSIGNED' },
  { from: 'REOPENED', action: 'ROUTE', to: 'ASSIGNED' },
  { from: 'ASSIGNED', action: 'ACCEPT', to: 'IN_PROGRESS' },
  { from: 'IN_PROGRESS', action: 'SUBMIT_FEEDBACK', to: 'FEEDBACK_SUBMITTED' },
  { from: 'FEEDBACK_SUBMITTED', action: 'CLOSE', to: 'CLOSED' },
  { from: 'FEEDBACK_SUBMITTED', action: 'REOPEN', to: 'REOPENED' },
  { from: 'CLOSED', action: 'REOPEN', to: 'REOPENED' },
  { from: 'REOPENED', action: 'RESUME', to: 'IN_PROGRESS' },
  // 即办: settled where it arose, in one step from the report to closed.
  { from: 'REPORTED', action: 'SETTLE_ON_THE_SPOT', to: 'CLOSED' },
  // 退回: the assignee sends the dispatch back; the dispatcher dispatches again.
  { from: 'ASSIGNED', action: 'RETURN', to: 'REGISTERED' },
  // 延期: more working days for the current level; the state does not change.
  { from: 'ASSIGNED', action: 'EXTEND', to: 'ASSIGNED' },
  { from: 'IN_PROGRESS', action: 'EXTEND', to: 'IN_PROGRESS' },
  { from: 'REOPENED', action: 'EXTEND', to: 'REOPENED' },
  // 挂起: the clock stops until the handler resumes.
  { from: 'IN_PROGRESS', action: 'SUSPEND', to: 'SUSPENDED' },
  { from: 'SUSPENDED', action: 'RESUME', to: 'IN_PROGRESS' },
  // 回访 and 综合评价 close the cycle; a dissatisfied resident can have it handled again.
  { from: 'CLOSED', action: 'CALL_BACK', to: 'CALLED_BACK' },
  { from: 'CALLED_BACK', action: 'REOPEN', to: 'REOPENED' },
  { from: 'CALLED_BACK', action: 'EVALUATE', to: 'EVALUATED' },
];

/** The most working days one extension may grant. */
export const MAX_EXTENSION_DAYS = 30;

/**
 * How each state reads in Open311 GeoReport v2 (`status` of a service request): only a rejected or a
 * closed matter is `closed`.
 */
export const MATTER_OPEN311_STATUS: Readonly<Record<MatterState, Open311Status>> = {
  REPORTED: 'open',
  REGISTERED: 'open',
  REJECTED: 'closed',
  ASSIGNED: 'open',
  IN_PROGRESS: 'open',
  SUSPENDED: 'open',
  FEEDBACK_SUBMITTED: 'open',
  CLOSED: 'closed',
  REOPENED: 'open',
  CALLED_BACK: 'closed',
  EVALUATED: 'closed',
};

// States in which a worker holds the matter, so a second acceptance is a lost race, not a bad request.
const HELD_STATES: readonly MatterState[] = ['IN_PROGRESS', 'SUSPENDED', 'FEEDBACK_SUBMITTED', 'REOPENED'];

/** The Open311 status (`open` or `closed`) of a matter state. */
export function open311StatusOf(state: MatterState): Open311Status {
  return MATTER_OPEN311_STATUS[state];
}

/** The state `action` leads to from `from`, or `null` when the table does not allow it. */
export function nextMatterState(from: MatterState, action: MatterActionType): MatterState | null {
  return MATTER_TRANSITIONS.find((rule) => rule.from === from && rule.action === action)?.to ?? null;
}

/** The actions the table allows from `state`, in table order. */
export function allowedMatterActions(state: MatterState): readonly MatterActionType[] {
  return MATTER_TRANSITIONS.filter((rule) => rule.from === state).map((rule) => rule.action);
}

function noteOf(text: string, required: MatterError, field: string): Result<string, MatterError> {
  const note = text.trim();
  if (note === '') return err(at(required, 'action', field));
  if (note.length > MAX_RECORD_TEXT_LENGTH) return err(at(MATTER_ERRORS.TEXT_TOO_LONG, 'action', field));
  return ok(note);
}

// The text the event keeps for an action that carries one.
function detailOf(action: MatterAction): Result<string | null, MatterError> {
  switch (action.type) {
    case 'REJECT':
    case 'REOPEN':
    case 'RETURN':
    case 'SUSPEND':
    case 'ROUTE':
      return noteOf(action.reason, MATTER_ERRORS.REASON_REQUIRED, 'reason');
    case 'EXTEND':
      if (!Number.isInteger(action.days) || action.days < 1 || action.days > MAX_EXTENSION_DAYS) {
        return err(at(MATTER_ERRORS.EXTENSION_DAYS, 'action', 'days'));
      }
      return noteOf(action.reason, MATTER_ERRORS.REASON_REQUIRED, 'reason');
    case 'SUBMIT_FEEDBACK':
    case 'SETTLE_ON_THE_SPOT':
      return noteOf(action.feedback, MATTER_ERRORS.FEEDBACK_REQUIRED, 'feedback');
    case 'EVALUATE':
      return noteOf(action.note, MATTER_ERRORS.REASON_REQUIRED, 'note');
    case 'CALL_BACK': {
      if (!SATISFACTION_RATINGS.includes(action.satisfaction)) {
        return err(at(MATTER_ERRORS.SATISFACTION, 'action', 'satisfaction'));
      }
      // The resident's words are optional; the rating is what counts.
      return action.note.trim() === '' ? ok(null) : noteOf(action.note, MATTER_ERRORS.REQUIRED, 'note');
    }
    case 'ASSIGN': {
      const assignee = action.assigneeId.trim();
      return assignee === '' ? err(at(MATTER_ERRORS.REQUIRED, 'action', 'assigneeId')) : ok(assignee);
    }
    default:
      return ok(null);
  }
}

/**
 * Who may act, beyond the duties of their roles (`authoriseMatterStep`): only the dispatched assignee
 * accepts (or `onBehalfOf` names them), the handler carries the work through, and a different person
 * checks it (核查 is a second pair of eyes, as in digital city management). Returns the refusal, or
 * `null` when `actorId` may take `action`.
 */
export function actorRefusal(
  matter: Matter,
  action: MatterActionType,
  actorId: string,
  onBehalfOf: string | null,
): MatterError | null {
  switch (action) {
    case 'ACCEPT':
      // Only the dispatched assignee accepts, themselves or through someone acting for them. A matter
      // sent up without naming anyone (an overdue escalation) is the unit's: whoever handles there.
      if (matter.assigneeId === null) return onBehalfOf === null ? null : MATTER_ERRORS.NOT_ASSIGNEE;
      return matter.assigneeId === (onBehalfOf ?? actorId) ? null : MATTER_ERRORS.NOT_ASSIGNEE;
    case 'RETURN':
      // A matter routed to a department is any of its officers' to send back, as not theirs.
      if (matter.assigneeId === null && matter.department !== null) return null;
      return matter.assigneeId === actorId ? null : MATTER_ERRORS.NOT_ASSIGNEE;
    case 'SUBMIT_FEEDBACK':
    case 'RESUME':
    case 'SUSPEND':
      return matter.handlerId === actorId ? null : MATTER_ERRORS.NOT_HANDLER;
    // The check, the callback and the evaluation are a second pair of eyes on the handler's work.
    case 'CLOSE':
    case 'CALL_BACK':
    case 'EVALUATE':
      return matter.handlerId === actorId ? MATTER_ERRORS.SELF_CHECK : null;
    default:
      return null;
  }
}

// A suspension stops the clock: the level's time counts from a start moved on by the time suspended.
function resumedAfterSuspension(matter: Matter, suspendedAt: Date, when: Date): Matter {
  const paused = when.getTime() - suspendedAt.getTime();
  const started = matter.levelStartedAt;
  return {
    ...matter,
    suspendedAt: null,
    levelStartedAt: started === null ? null : new Date(started.getTime() + paused),
  };
}

function applyAction(
  matter: Matter,
  action: MatterAction,
  to: MatterState,
  actorId: string,
  when: Date,
  onBehalfOf: string | null,
): Matter {
  const next: Matter = { ...matter, state: to, version: matter.version + 1, updatedAt: when };
  switch (action.type) {
    case 'ASSIGN':
      // A dispatch to a person replaces any routing: the matter is handled territorially again.
      return {
        ...next,
        assigneeId: action.assigneeId.trim(),
        handlerId: null,
        department: null,
        clockStartedAt: matter.clockStartedAt ?? when,
        levelStartedAt: matter.levelStartedAt ?? when,
      };
    case 'ROUTE':
      // The department as a whole: whichever of its officers at this level accepts handles it.
      return {
        ...next,
        department: action.department,
        assigneeId: null,
        handlerId: null,
        clockStartedAt: matter.clockStartedAt ?? when,
        levelStartedAt: matter.levelStartedAt ?? when,
      };
    case 'ACCEPT':
      return { ...next, handlerId: onBehalfOf ?? actorId };
    case 'SETTLE_ON_THE_SPOT':
      // Reported, dispatched, handled and closed by the same person at the same moment.
      return {
        ...next,
        assigneeId: actorId,
        handlerId: actorId,
        clockStartedAt: when,
        levelStartedAt: when,
        closedAt: when,
      };
    case 'RETURN':
      return { ...next, assigneeId: null, handlerId: null, department: null };
    case 'EXTEND':
      // A new deadline: the stages raised against the old one are history (kept as events).
      return { ...next, extensionDays: matter.extensionDays + action.days, supervision: null };
    case 'SUSPEND':
      return { ...next, suspendedAt: when };
    case 'RESUME':
      return matter.suspendedAt === null ? next : resumedAfterSuspension(next, matter.suspendedAt, when);
    case 'CLOSE':
      return { ...next, closedAt: when };
    case 'CALL_BACK':
      return { ...next, satisfaction: action.satisfaction };
    case 'REOPEN':
      return { ...next, closedAt: null, satisfaction: null };
    default:
      return next;
  }
}

/**
 * Applies `action` to `matter` as `context.actorId` at `context.at`, following
 * {@link MATTER_TRANSITIONS}. Returns the next matter (version + 1) and the event to store. A
 * `context.at` before the matter's last change (another machine's clock ahead of the caller's) is
 * no error: the change is dated at that last change ({@link changeTimeOf}); concurrent changes are
 * told apart by the version alone.
 *
 * Refusals, in the order they are checked:
 * - `MATTER.REQUIRED` / `MATTER.TIME`: no actor, or not a valid time;
 * - `MATTER.ALREADY_ACCEPTED` (conflict): `ACCEPT` on a matter another worker already holds, the
 *   answer the loser of a race gets once it re-reads the matter;
 * - `MATTER.STALE_VERSION` (conflict): `context.expectedVersion` is not the matter's version;
 * - `MATTER.TRANSITION_REFUSED` (conflict): the table does not allow the action from this state;
 * - `MATTER.REASON_REQUIRED`, `MATTER.FEEDBACK_REQUIRED`, `MATTER.TEXT_TOO_LONG`: the action's text;
 * - `MATTER.DEPARTMENT` / `MATTER.ROUTE_LEVEL`: a `ROUTE` to no department, or below the township
 *   (where no department sits; see `routeRefusal`);
 * - `MATTER.NOT_ASSIGNEE` / `MATTER.NOT_HANDLER` / `MATTER.SELF_CHECK` (forbidden): only the
 *   dispatched assignee accepts (or `context.onBehalfOf` names them), only the handler reports and
 *   resumes, and the handler does not check their own work.
 */
export function transition(
  matter: Matter,
  action: MatterAction,
  context: MatterContext,
): Result<MatterChange, MatterError> {
  const actorId = context.actorId.trim();
  if (actorId === '') return err(at(MATTER_ERRORS.REQUIRED, 'actorId'));
  if (!isValidInstant(context.at)) return err(at(MATTER_ERRORS.TIME, 'at'));
  const when = changeTimeOf(matter, context.at);
  if (action.type === 'ACCEPT' && HELD_STATES.includes(matter.state) && matter.handlerId !== null) {
    return err(MATTER_ERRORS.ALREADY_ACCEPTED);
  }
  if (context.expectedVersion !== undefined && context.expectedVersion !== matter.version) {
    return err(at(MATTER_ERRORS.STALE_VERSION, 'expectedVersion'));
  }
  const to = nextMatterState(matter.state, action.type);
  if (to === null) return err(matterTransitionRefused(matter.state, action.type));
  const detail = detailOf(action);
  if (!detail.ok) return detail;
  const misrouted = action.type === 'ROUTE' ? routeRefusal(matter, action.department) : null;
  if (misrouted !== null) return err(misrouted);
  const onBehalfOf = action.type === 'ACCEPT' ? context.onBehalfOf?.trim() || null : null;
  const refusal = actorRefusal(matter, action.type, actorId, onBehalfOf);
  if (refusal !== null) return err(refusal);
  const next = applyAction(matter, action, to, actorId, when, onBehalfOf);
  return ok({
    matter: next,
    event: {
      kind: 'TRANSITION',
      matterId: matter.id,
      version: next.version,
      action: action.type,
      from: matter.state,
      to,
      actorId,
      at: when,
      // An acceptance on someone's behalf names them, as a dispatch names its assignee.
      detail: onBehalfOf ?? detail.value,
      ...(action.type === 'ROUTE' ? { department: action.department } : {}),
    },
  });
}

/** Whether the matter counts as open in Open311 terms (anything but rejected or closed). */
export function isOpenMatter(matter: Matter): boolean {
  return open311StatusOf(matter.state) === 'open';
}

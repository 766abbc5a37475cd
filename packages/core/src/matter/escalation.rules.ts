import { countWorkingDays, type WorkingCalendar, workingDayDeadline } from '../shared/calendar.js';
import {
  addDays,
  type CalendarDate,
  compareDates,
  shanghaiDateOf,
  startOfShanghaiDay,
} from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  at,
  ESCALATION_ERRORS,
  ESCALATION_REQUEST_ERRORS,
  type EscalationError,
  type EscalationRequestError,
  MATTER_ERRORS,
  type MatterError,
} from './matter.errors.js';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  type EscalationLimits,
  type EscalationReason,
  MATTER_NATURES,
  type Matter,
  type MatterChange,
  type MatterNature,
  type MatterState,
  MUST_KNOW_LEVEL,
} from './matter.js';
import { changeTimeOf, isValidInstant, MAX_RECORD_TEXT_LENGTH } from './record.rules.js';

/**
 * The usual time limits, in working days: grid 3, village 5, township 10, county 20. Counties set
 * their own; pass other limits to the functions below.
 */
export const DEFAULT_ESCALATION_LIMITS: EscalationLimits = { GRID: 3, VILLAGE: 5, TOWNSHIP: 10, COUNTY: 20 };

const MAX_LIMIT_DAYS = 365;

/** The states in which a level is working on the matter, so its time limit runs. */
export const CLOCK_RUNNING_STATES: readonly MatterState[] = ['ASSIGNED', 'IN_PROGRESS', 'REOPENED'];

// States with a deadline to show once dispatched: the clock runs, or waits for a re-dispatch after a
// return, or for the check. Closed, rejected and suspended matters have none.
const CLOCKED_STATES: readonly MatterState[] = [
  'REPORTED',
  'REGISTERED',
  'ASSIGNED',
  'IN_PROGRESS',
  'FEEDBACK_SUBMITTED',
  'REOPENED',
];

/** Checks a county's time limits: each a whole number of working days from 1 to 365. */
export function createEscalationLimits(
  limits: Readonly<Record<EscalationLevel, number>>,
): Result<EscalationLimits, EscalationError> {
  for (const level of ESCALATION_LEVELS) {
    const days = limits[level];
    if (!Number.isInteger(days) || days < 1 || days > MAX_LIMIT_DAYS) {
      return err(at(ESCALATION_ERRORS.LIMIT, level));
    }
  }
  return ok({ GRID: limits.GRID, VILLAGE: limits.VILLAGE, TOWNSHIP: limits.TOWNSHIP, COUNTY: limits.COUNTY });
}

/** The level above `level`, or `null` at the county (the top of the ladder). */
export function nextEscalationLevel(level: EscalationLevel): EscalationLevel | null {
  return ESCALATION_LEVELS[ESCALATION_LEVELS.indexOf(level) + 1] ?? null;
}

/** Whether level `a` is at or below level `b` on the ladder. */
export function isAtOrBelow(a: EscalationLevel, b: EscalationLevel): boolean {
  return ESCALATION_LEVELS.indexOf(a) <= ESCALATION_LEVELS.indexOf(b);
}

// Grid codes are village12 + seq3 (RULES §2.5), so each level's unit is a prefix of the grid code.
const LEVEL_CODE_LENGTH: Readonly<Record<EscalationLevel, number>> = {
  GRID: 15,
  VILLAGE: 12,
  TOWNSHIP: 9,
  COUNTY: 6,
};

/**
 * The region code of the unit handling the matter at its level: the grid, its village, township or
 * county (`542526100201001` at `TOWNSHIP` → `542526100`).
 */
export function handlingRegionCode(matter: Pick<Matter, 'gridCode' | 'level'>): string {
  return matter.gridCode.slice(0, LEVEL_CODE_LENGTH[matter.level]);
}

/** When the current level's time limit runs out, and whether that rests on provisional days. */
export interface MatterDeadline {
  /** The last working day of the time limit (see {@link dueDate}). */
  readonly dueDate: CalendarDate;
  /** The instant the time limit runs out: midnight after `dueDate`, Asia/Shanghai (see {@link dueAt}). */
  readonly dueAt: Date;
  /**
   * The deadline was counted over provisional calendar days (a year whose official holiday schedule
   * is not loaded, or estimated regional days), so it may move once that schedule is loaded. An API
   * shows it beside `dueAt` (`dueAtProvisional`).
   */
  readonly provisional: boolean;
}

/**
 * The current level's deadline: its time limit counted in working days from the day (Asia/Shanghai)
 * the level started, that day not counted, with the instant it runs out and whether it is
 * provisional. `null` when no clock runs (not yet dispatched, rejected or closed). Fails when the
 * calendar does not cover the dates.
 */
export function matterDeadline(
  matter: Matter,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<MatterDeadline | null, DomainError> {
  if (matter.levelStartedAt === null || !CLOCKED_STATES.includes(matter.state)) return ok(null);
  const due = workingDayDeadline(
    calendar,
    shanghaiDateOf(matter.levelStartedAt),
    limits[matter.level] + matter.extensionDays,
  );
  if (!due.ok) return due;
  return ok({
    dueDate: due.value.date,
    dueAt: startOfShanghaiDay(addDays(due.value.date, 1)),
    provisional: due.value.provisional,
  });
}

/**
 * The last working day the current level has for the matter: its time limit counted in working days
 * from the day (Asia/Shanghai) the level started, that day not counted. `null` when no clock runs
 * (not yet dispatched, rejected or closed). Fails when the calendar does not cover the dates. Whether
 * it is provisional: {@link matterDeadline}.
 */
export function dueDate(
  matter: Matter,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<CalendarDate | null, DomainError> {
  const deadline = matterDeadline(matter, calendar, limits);
  return deadline.ok ? ok(deadline.value?.dueDate ?? null) : deadline;
}

/**
 * The instant the current level's time limit runs out: the end of its {@link dueDate} in
 * Asia/Shanghai (midnight after the last working day). `null` when no clock runs. Whether it is
 * provisional: {@link matterDeadline}.
 */
export function dueAt(
  matter: Matter,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<Date | null, DomainError> {
  const deadline = matterDeadline(matter, calendar, limits);
  return deadline.ok ? ok(deadline.value?.dueAt ?? null) : deadline;
}

/**
 * Whether the current level's time ran out at `now` while it works on the matter (dispatched, in
 * progress or reopened) below the county (`now` ≥ {@link dueAt}): then it may be moved up as
 * `OVERDUE`, if someone so decides. A matter waiting for its check or suspended is not overdue. A
 * provisional deadline counts like any other (it is the best the calendar knows).
 */
export function isPastDeadline(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<boolean, DomainError> {
  if (!CLOCK_RUNNING_STATES.includes(matter.state) || nextEscalationLevel(matter.level) === null) {
    return ok(false);
  }
  const due = dueAt(matter, calendar, limits);
  if (!due.ok) return due;
  return ok(due.value !== null && now.getTime() >= due.value.getTime());
}

/**
 * The working days the current level has used by `now`: working days after the day the level started
 * up to and including the day of `now` (Asia/Shanghai). `null` when no clock runs. Whether the count
 * is provisional: `dependsOnProvisional(calendar, start day, day of now)`.
 */
export function workingDaysUsed(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
): Result<number | null, DomainError> {
  if (matter.levelStartedAt === null || !CLOCKED_STATES.includes(matter.state)) return ok(null);
  const started = shanghaiDateOf(matter.levelStartedAt);
  const today = shanghaiDateOf(now);
  if (compareDates(today, started) <= 0) return ok(0);
  return countWorkingDays(calendar, started, today);
}

/** Who moves the matter up, why, and in their words. */
export interface EscalationInput {
  readonly reason: EscalationReason;
  /** The person deciding: moving a matter up is always someone's decision. */
  readonly actorId: string;
  /** Why, in the decider's words (上报理由). */
  readonly note: string;
  /** The person or team of the new level the matter is dispatched to, when known. */
  readonly assigneeId?: string | null;
  readonly expectedVersion?: number;
}

// A matter moved up for its nature can go from any open state but the check: the level that must
// know is told even before the grid has registered it.
const REPORTABLE_AT_ONCE: readonly MatterState[] = [
  'REPORTED',
  'REGISTERED',
  'ASSIGNED',
  'IN_PROGRESS',
  'SUSPENDED',
  'REOPENED',
];
// Not yet registered or dispatched: the level that must know registers and dispatches it itself.
const NOT_YET_DISPATCHED: readonly MatterState[] = ['REPORTED', 'REGISTERED'];

/** The level a decision with `reason` moves the matter to, or the refusal. */
function targetLevel(matter: Matter, reason: EscalationReason): Result<EscalationLevel, MatterError> {
  if (reason === 'COLLECTIVE' || reason === 'STABILITY') {
    if (!REPORTABLE_AT_ONCE.includes(matter.state)) return err(MATTER_ERRORS.NOT_ESCALATABLE);
    const level = MUST_KNOW_LEVEL[reason];
    return isAtOrBelow(level, matter.level) ? err(MATTER_ERRORS.ALREADY_KNOWN) : ok(level);
  }
  if (!CLOCK_RUNNING_STATES.includes(matter.state)) return err(MATTER_ERRORS.NOT_ESCALATABLE);
  const next = nextEscalationLevel(matter.level);
  return next === null ? err(MATTER_ERRORS.TOP_LEVEL) : ok(next);
}

// The nature a reported-at-once matter has at least: reporting it as collective makes it so.
function natureAfter(matter: Matter, reason: EscalationReason): MatterNature {
  if (reason !== 'COLLECTIVE' && reason !== 'STABILITY') return matter.details.nature;
  return MATTER_NATURES.indexOf(reason) > MATTER_NATURES.indexOf(matter.details.nature)
    ? reason
    : matter.details.nature;
}

/**
 * Moves the matter up at `now` by someone's decision (上报上级), and records it with the reason and
 * the decider's words: `OVERDUE` and `BEYOND_AUTHORITY` one level, from a level working on it;
 * `COLLECTIVE` and `STABILITY` straight to the level that must know ({@link MUST_KNOW_LEVEL}),
 * skipping levels, from any open state but the check, and the matter takes that nature. A
 * dispatched matter waits at the new level as `ASSIGNED`, its time limit starting at `now`; one not
 * yet dispatched keeps its state for the new level to register and dispatch.
 *
 * Refused with `MATTER.REQUIRED` (no actor), `MATTER.REASON_REQUIRED` (no words),
 * `MATTER.NOT_ESCALATABLE` (a state that cannot move up), `MATTER.TOP_LEVEL` (at the county),
 * `MATTER.ALREADY_KNOWN` (already at the level that must know, or above), `MATTER.STALE_VERSION`,
 * and `MATTER.TIME` for an invalid time. A `now` before the matter's last change is dated at that
 * change ({@link changeTimeOf}): clocks of two machines are never compared to refuse anything.
 */
export function escalate(
  matter: Matter,
  now: Date,
  input: EscalationInput,
): Result<MatterChange, MatterError> {
  if (!isValidInstant(now)) return err(at(MATTER_ERRORS.TIME, 'at'));
  const when = changeTimeOf(matter, now);
  if (input.expectedVersion !== undefined && input.expectedVersion !== matter.version) {
    return err(at(MATTER_ERRORS.STALE_VERSION, 'expectedVersion'));
  }
  const actorId = input.actorId.trim();
  if (actorId === '') return err(at(MATTER_ERRORS.REQUIRED, 'actorId'));
  const note = input.note.trim();
  if (note === '') return err(at(MATTER_ERRORS.REASON_REQUIRED, 'note'));
  if (note.length > MAX_RECORD_TEXT_LENGTH) return err(at(MATTER_ERRORS.TEXT_TOO_LONG, 'note'));
  const toLevel = targetLevel(matter, input.reason);
  if (!toLevel.ok) return toLevel;
  const waiting = NOT_YET_DISPATCHED.includes(matter.state);
  const next: Matter = {
    ...matter,
    details: { ...matter.details, nature: natureAfter(matter, input.reason) },
    state: waiting ? matter.state : 'ASSIGNED',
    level: toLevel.value,
    version: matter.version + 1,
    assigneeId: input.assigneeId?.trim() || null,
    handlerId: null,
    // A routed matter goes to the same department at the new level, unless it is sent to a person.
    department: input.assigneeId?.trim() ? null : matter.department,
    levelStartedAt: matter.levelStartedAt === null ? null : when,
    supervision: null,
    extensionDays: 0,
    suspendedAt: null,
    updatedAt: when,
  };
  return ok({
    matter: next,
    event: {
      kind: 'ESCALATION',
      matterId: matter.id,
      version: next.version,
      fromLevel: matter.level,
      toLevel: toLevel.value,
      from: matter.state,
      to: next.state,
      reason: input.reason,
      actorId,
      at: when,
      note,
    },
  });
}

/**
 * Moving up a matter as `OVERDUE`, decided at `now`: only once {@link isPastDeadline} says the
 * level's time limit ran out by `calendar` (`MATTER.NOT_OVERDUE` before, `MATTER.CALENDAR` when the
 * calendar does not cover the dates); the other reasons at any time. Then as {@link escalate}. A
 * timeout itself never moves a matter: it raises supervision (`superviseIfDue`).
 */
export function escalateOnRequest(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
  input: EscalationInput,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<MatterChange, MatterError | EscalationRequestError> {
  if (input.reason === 'OVERDUE') {
    const due = isPastDeadline(matter, now, calendar, limits);
    if (!due.ok) return err(ESCALATION_REQUEST_ERRORS.CALENDAR);
    if (!due.value) return err(ESCALATION_REQUEST_ERRORS.NOT_OVERDUE);
  }
  return escalate(matter, now, input);
}

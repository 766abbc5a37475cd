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
  type Matter,
  type MatterChange,
  type MatterState,
} from './matter.js';
import { isValidInstant } from './record.rules.js';

/**
 * The usual time limits, in working days: grid 3, village 5, township 10, county 20. Counties set
 * their own; pass other limits to the functions below.
 */
export const DEFAULT_ESCALATION_LIMITS: EscalationLimits = { GRID: 3, VILLAGE: 5, TOWNSHIP: 10, COUNTY: 20 };

const MAX_LIMIT_DAYS = 365;

/** The states in which a level is working on the matter, so its time limit runs. */
export const CLOCK_RUNNING_STATES: readonly MatterState[] = ['ASSIGNED', 'IN_PROGRESS', 'REOPENED'];

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
  if (matter.levelStartedAt === null || matter.state === 'CLOSED' || matter.state === 'REJECTED') {
    return ok(null);
  }
  const due = workingDayDeadline(calendar, shanghaiDateOf(matter.levelStartedAt), limits[matter.level]);
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
 * Whether the matter must rise to the next level at `now`: its level is working on it (dispatched,
 * in progress or reopened), the level is below the county, and the time limit ran out
 * (`now` ≥ {@link dueAt}). A matter waiting for its check is not escalated. A provisional deadline
 * counts like any other (it is the best the calendar knows); {@link matterDeadline} tells whether it
 * was one.
 */
export function shouldEscalate(
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
  if (matter.levelStartedAt === null || matter.state === 'CLOSED' || matter.state === 'REJECTED') {
    return ok(null);
  }
  const started = shanghaiDateOf(matter.levelStartedAt);
  const today = shanghaiDateOf(now);
  if (compareDates(today, started) <= 0) return ok(0);
  return countWorkingDays(calendar, started, today);
}

/** Who escalates and why; without it the system escalates an overdue matter. */
export interface EscalationInput {
  readonly reason: EscalationReason;
  /** The person escalating, or `null` for the system's scheduled check. */
  readonly actorId: string | null;
  /** The person or team of the new level the matter is dispatched to, when known. */
  readonly assigneeId?: string | null;
  readonly expectedVersion?: number;
}

const OVERDUE_BY_SYSTEM: EscalationInput = { reason: 'OVERDUE', actorId: null };

/**
 * Raises the matter one level (上报上级) at `now` and records it: the result carries an `ESCALATION`
 * event, so an escalation is never silent. The matter waits at the new level as `ASSIGNED` for a
 * worker there to accept it; the new level's time limit starts at `now`.
 *
 * Refused with `MATTER.NOT_ESCALATABLE` unless the matter is dispatched, in progress or reopened,
 * with `MATTER.TOP_LEVEL` at the county, `MATTER.STALE_VERSION` when `expectedVersion` is not current,
 * and `MATTER.TIME` for a time before the matter's last change.
 */
export function escalate(
  matter: Matter,
  now: Date,
  input: EscalationInput = OVERDUE_BY_SYSTEM,
): Result<MatterChange, MatterError> {
  if (!isValidInstant(now) || now.getTime() < matter.updatedAt.getTime())
    return err(at(MATTER_ERRORS.TIME, 'at'));
  if (input.expectedVersion !== undefined && input.expectedVersion !== matter.version) {
    return err(at(MATTER_ERRORS.STALE_VERSION, 'expectedVersion'));
  }
  if (!CLOCK_RUNNING_STATES.includes(matter.state)) return err(MATTER_ERRORS.NOT_ESCALATABLE);
  const toLevel = nextEscalationLevel(matter.level);
  if (toLevel === null) return err(MATTER_ERRORS.TOP_LEVEL);
  const actorId = input.actorId?.trim() || null;
  if (input.reason === 'BEYOND_AUTHORITY' && actorId === null)
    return err(at(MATTER_ERRORS.REQUIRED, 'actorId'));
  const next: Matter = {
    ...matter,
    state: 'ASSIGNED',
    level: toLevel,
    version: matter.version + 1,
    assigneeId: input.assigneeId?.trim() || null,
    handlerId: null,
    levelStartedAt: now,
    updatedAt: now,
  };
  return ok({
    matter: next,
    event: {
      kind: 'ESCALATION',
      matterId: matter.id,
      version: next.version,
      fromLevel: matter.level,
      toLevel,
      from: matter.state,
      to: next.state,
      reason: input.reason,
      actorId,
      at: now,
    },
  });
}

/**
 * The scheduled check: escalates the matter (reason `OVERDUE`, by the system) when
 * {@link shouldEscalate} says so, otherwise returns `null`.
 */
export function escalateIfOverdue(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<MatterChange | null, DomainError> {
  const due = shouldEscalate(matter, now, calendar, limits);
  if (!due.ok) return due;
  return due.value ? escalate(matter, now) : ok(null);
}

/**
 * An escalation a person asks for (上报上级), decided at `now`: one for `OVERDUE` only once
 * {@link shouldEscalate} says the level's time limit ran out by `calendar` (`MATTER.NOT_OVERDUE`
 * before, `MATTER.CALENDAR` when the calendar does not cover the dates); `BEYOND_AUTHORITY` at any
 * time. Then as {@link escalate}.
 */
export function escalateOnRequest(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
  input: EscalationInput,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
): Result<MatterChange, MatterError | EscalationRequestError> {
  if (input.reason === 'OVERDUE') {
    const due = shouldEscalate(matter, now, calendar, limits);
    if (!due.ok) return err(ESCALATION_REQUEST_ERRORS.CALENDAR);
    if (!due.value) return err(ESCALATION_REQUEST_ERRORS.NOT_OVERDUE);
  }
  return escalate(matter, now, input);
}

import { type WorkingCalendar, workingDayDeadline } from '../shared/calendar.js';
import { addDays, shanghaiDateOf, startOfShanghaiDay } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { ok, type Result } from '../shared/result.js';
import { CLOCK_RUNNING_STATES, DEFAULT_ESCALATION_LIMITS } from './escalation.rules.js';
import {
  type EscalationLimits,
  type Matter,
  type MatterChange,
  SUPERVISION_STAGES,
  type SupervisionSchedule,
  type SupervisionStage,
} from './matter.js';

// A timeout is not a decision: it raises warning → reminder → supervision (预警 / 催办 / 督办)
// against whoever holds the matter, and the matter stays where it is until someone moves it.

/**
 * The usual schedule: a warning when one working day of the level's limit is left, a reminder when
 * the limit runs out, supervision two working days after. Counties set their own.
 */
export const DEFAULT_SUPERVISION_SCHEDULE: SupervisionSchedule = { WARNING: -1, REMINDER: 0, SUPERVISION: 2 };

/**
 * The instant a stage falls due for the matter at its current level: the end (midnight,
 * Asia/Shanghai) of the working day `schedule[stage]` working days from the last day of the limit
 * (extensions included); at the level's start when that is earlier. `null` when no clock runs.
 */
export function supervisionDueAt(
  matter: Matter,
  stage: SupervisionStage,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
  schedule: SupervisionSchedule = DEFAULT_SUPERVISION_SCHEDULE,
): Result<Date | null, DomainError> {
  const started = matter.levelStartedAt;
  if (started === null || !CLOCK_RUNNING_STATES.includes(matter.state)) return ok(null);
  const days = limits[matter.level] + matter.extensionDays + schedule[stage];
  if (days < 1) return ok(started);
  const day = workingDayDeadline(calendar, shanghaiDateOf(started), days);
  if (!day.ok) return day;
  return ok(startOfShanghaiDay(addDays(day.value.date, 1)));
}

/**
 * The scheduled check at `now`: raises the next stage whose time came and that the matter has not
 * reached at this level, as a `SUPERVISION` event dated when the stage fell due (or the matter's last
 * change, if later) and counted against the handler (or the assignee before acceptance). Returns
 * `null` when no stage is due. A check that runs late raises one stage per call, in order, so each
 * stage is its own event; the caller repeats until `null`. State and level never change.
 */
export function superviseIfDue(
  matter: Matter,
  now: Date,
  calendar: WorkingCalendar,
  limits: EscalationLimits = DEFAULT_ESCALATION_LIMITS,
  schedule: SupervisionSchedule = DEFAULT_SUPERVISION_SCHEDULE,
): Result<MatterChange | null, DomainError> {
  const reached = matter.supervision === null ? -1 : SUPERVISION_STAGES.indexOf(matter.supervision);
  const stage = SUPERVISION_STAGES[reached + 1];
  if (stage === undefined) return ok(null);
  const due = supervisionDueAt(matter, stage, calendar, limits, schedule);
  if (!due.ok) return due;
  if (due.value === null || now.getTime() < due.value.getTime()) return ok(null);
  const when = new Date(Math.max(due.value.getTime(), matter.updatedAt.getTime()));
  const next: Matter = { ...matter, supervision: stage, version: matter.version + 1, updatedAt: when };
  return ok({
    matter: next,
    event: {
      kind: 'SUPERVISION',
      matterId: matter.id,
      version: next.version,
      stage,
      level: matter.level,
      from: matter.state,
      to: matter.state,
      subjectId: matter.handlerId ?? matter.assigneeId,
      actorId: null,
      at: when,
    },
  });
}

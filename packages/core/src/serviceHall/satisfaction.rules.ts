import { type WorkingCalendar, workingDayDeadline } from '../shared/calendar.js';
import { type CalendarDate, compareDates, shanghaiDateOf } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  at,
  rectificationTransitionRefused,
  SATISFACTION_ERRORS,
  type SatisfactionError,
} from './serviceHall.errors.js';
import type {
  Application,
  Rating,
  RatingLevel,
  Rectification,
  RectificationAction,
  RectificationActionType,
  RectificationState,
  Visit,
} from './serviceHall.js';

/** Stars of each level: 5 for 非常满意 down to 1 for 非常不满意. */
export const RATING_STARS: Readonly<Record<RatingLevel, number>> = {
  VERY_SATISFIED: 5,
  SATISFIED: 4,
  BASICALLY_SATISFIED: 3,
  DISSATISFIED: 2,
  VERY_DISSATISFIED: 1,
};

/** Working days to call a bad rater back (回访), RULES.md 2.12. */
export const CALLBACK_DAYS = 1;
/** Working days to close a rectification unless the region sets its own (RULES.md 2.12). */
export const DEFAULT_RECTIFICATION_DAYS = 15;
const MAX_RECTIFICATION_DAYS = 60;

/** Whether a level is a 差评 (不满意 or 非常不满意). */
export function isBadRating(level: RatingLevel): boolean {
  return RATING_STARS[level] <= 2;
}

/**
 * Checks a queue ticket: issued, called, served and finished in that order. The wait is issue to
 * call, the service start to end.
 */
export function createVisit(input: Visit): Result<Visit, SatisfactionError> {
  const times = [input.issuedAt, input.calledAt, input.startedAt, input.endedAt];
  const ordered = times.every(
    (time, index) => !Number.isNaN(time.getTime()) && (index === 0 || (times[index - 1] as Date) <= time),
  );
  return ordered ? ok(input) : err(at(SATISFACTION_ERRORS.VISIT_TIMES, 'calledAt'));
}

/** Seconds a visitor waited between taking a ticket and being called. */
export function waitSeconds(visit: Pick<Visit, 'issuedAt' | 'calledAt'>): number {
  return Math.round((visit.calledAt.getTime() - visit.issuedAt.getTime()) / 1000);
}

/**
 * Records the one rating of an application (一事一评): only a completed (办结) or delivered one is
 * rated, and only once.
 */
export function rateApplication(
  application: Pick<Application, 'id' | 'state'>,
  input: {
    readonly id: string;
    readonly level: RatingLevel;
    readonly ratedAt: Date;
    readonly comment: string | null;
  },
  alreadyRated: boolean,
): Result<Rating, SatisfactionError> {
  if (application.state !== 'COMPLETED' && application.state !== 'DELIVERED') {
    return err(SATISFACTION_ERRORS.NOT_RATABLE);
  }
  if (alreadyRated) return err(SATISFACTION_ERRORS.ALREADY_RATED);
  const comment = input.comment?.trim() || null;
  return ok({
    id: input.id,
    applicationId: application.id,
    level: input.level,
    ratedAt: input.ratedAt,
    comment,
  });
}

/**
 * Opens the rectification of a bad rating: a callback due 1 working day after the rating, closure
 * `closeDays` working days after it (15 unless the region configures otherwise).
 */
export function openRectification(
  rating: Rating,
  calendar: WorkingCalendar,
  id: string,
  closeDays: number = DEFAULT_RECTIFICATION_DAYS,
): Result<Rectification, SatisfactionError> {
  if (!isBadRating(rating.level)) return err(SATISFACTION_ERRORS.NOT_BAD);
  if (!Number.isSafeInteger(closeDays) || closeDays < 1 || closeDays > MAX_RECTIFICATION_DAYS) {
    return err(at(SATISFACTION_ERRORS.CLOSE_DAYS, 'closeDays'));
  }
  const openedOn = shanghaiDateOf(rating.ratedAt);
  const callback = workingDayDeadline(calendar, openedOn, CALLBACK_DAYS);
  const close = workingDayDeadline(calendar, openedOn, closeDays);
  if (!callback.ok || !close.ok) return err(at(SATISFACTION_ERRORS.CLOSE_DAYS, 'closeDays'));
  return ok({
    id,
    ratingId: rating.id,
    state: 'OPEN',
    version: 1,
    openedOn,
    callbackDueOn: callback.value.date,
    closeDueOn: close.value.date,
    calledBackOn: null,
    rectifiedOn: null,
    followUpLevel: null,
    note: null,
    updatedAt: rating.ratedAt,
  });
}

/**
 * The rectification lifecycle as data: 回访 → 整改 → one follow-up rating; an appeal against a
 * mistaken or malicious rating before the work is done, upheld (the rating is set aside) or rejected
 * (the work goes on).
 */
export const RECTIFICATION_TRANSITIONS: readonly {
  readonly from: RectificationState;
  readonly action: RectificationActionType;
  readonly to: RectificationState;
}[] = [
  { from: 'OPEN', action: 'CALL_BACK', to: 'CALLED_BACK' },
  { from: 'CALLED_BACK', action: 'RECTIFY', to: 'RECTIFIED' },
  { from: 'RECTIFIED', action: 'FOLLOW_UP', to: 'FOLLOWED_UP' },
  { from: 'OPEN', action: 'APPEAL', to: 'APPEALED' },
  { from: 'CALLED_BACK', action: 'APPEAL', to: 'APPEALED' },
  { from: 'APPEALED', action: 'UPHOLD', to: 'APPEAL_UPHELD' },
  { from: 'APPEALED', action: 'REJECT', to: 'CALLED_BACK' },
];

/** Applies `action` to a rectification at `context.at`, following {@link RECTIFICATION_TRANSITIONS}. */
export function transitionRectification(
  rectification: Rectification,
  action: RectificationAction,
  context: { readonly at: Date; readonly expectedVersion?: number },
): Result<Rectification, SatisfactionError> {
  if (context.expectedVersion !== undefined && context.expectedVersion !== rectification.version) {
    return err(SATISFACTION_ERRORS.STALE_VERSION);
  }
  const to = RECTIFICATION_TRANSITIONS.find(
    (r) => r.from === rectification.state && r.action === action.type,
  )?.to;
  if (to === undefined) return err(rectificationTransitionRefused(rectification.state, action.type));
  const on = shanghaiDateOf(context.at);
  const next: Rectification = {
    ...rectification,
    state: to,
    version: rectification.version + 1,
    updatedAt: context.at,
  };
  switch (action.type) {
    case 'CALL_BACK':
    case 'RECTIFY':
    case 'APPEAL': {
      const note = action.note.trim();
      if (note === '') return err(at(SATISFACTION_ERRORS.NOTE_REQUIRED, 'action', 'note'));
      if (action.type === 'CALL_BACK') return ok({ ...next, calledBackOn: on, note });
      if (action.type === 'RECTIFY') return ok({ ...next, rectifiedOn: on, note });
      return ok({ ...next, note });
    }
    case 'FOLLOW_UP':
      return ok({ ...next, followUpLevel: action.level });
    case 'UPHOLD':
    case 'REJECT':
      return ok(next);
  }
}

/** Whether the callback or the closure of a rectification is late on `on`. */
export function isRectificationLate(rectification: Rectification, on: CalendarDate): boolean {
  const callbackLate =
    compareDates(rectification.calledBackOn ?? on, rectification.callbackDueOn) > 0 &&
    rectification.state !== 'APPEAL_UPHELD';
  const closed = ['RECTIFIED', 'FOLLOWED_UP', 'APPEAL_UPHELD'].includes(rectification.state);
  const closeLate =
    compareDates(
      rectification.rectifiedOn ?? (closed ? rectification.closeDueOn : on),
      rectification.closeDueOn,
    ) > 0;
  return callbackLate || closeLate;
}

import { addDays, type CalendarDate, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, RECALL_ERRORS, type RecallError } from './party.errors.js';
import type {
  RecallAction,
  RecallActionType,
  RecallCase,
  RecallReason,
  RecallState,
  RecallTransitionRule,
  StationedCadre,
  StationingRules,
} from './party.js';

/**
 * The recall workflow (召回) as data. A flagged cadre is reviewed, then recalled or cleared. A
 * recall is referred to the discipline inspection commission where it calls for it, records the
 * formal talk (约谈) with the temporary branch secretary and the notice to the sending unit, each
 * once, and ends when the replacement arrives. Anything not listed is refused.
 */
export const RECALL_TRANSITIONS: readonly RecallTransitionRule[] = [
  { from: 'FLAGGED', action: 'REVIEW', to: 'REVIEWED' },
  { from: 'FLAGGED', action: 'CLEAR', to: 'CLEARED' },
  { from: 'REVIEWED', action: 'RECALL', to: 'RECALLED' },
  { from: 'REVIEWED', action: 'CLEAR', to: 'CLEARED' },
  { from: 'RECALLED', action: 'REFER', to: 'RECALLED' },
  { from: 'RECALLED', action: 'RECORD_TALK', to: 'RECALLED' },
  { from: 'RECALLED', action: 'NOTIFY_SENDING_UNIT', to: 'RECALLED' },
  { from: 'RECALLED', action: 'FILL_REPLACEMENT', to: 'REPLACED' },
];

/** The states in which a case is still open (a cadre has at most one open case). */
export const OPEN_RECALL_STATES: readonly RecallState[] = ['FLAGGED', 'REVIEWED', 'RECALLED'];

/** The state `action` leads to from `from`, or null when the table does not allow it. */
export function nextRecallState(from: RecallState, action: RecallActionType): RecallState | null {
  return RECALL_TRANSITIONS.find((rule) => rule.from === from && rule.action === action)?.to ?? null;
}

/** The actions the table allows from `state`, in table order. */
export function allowedRecallActions(state: RecallState): readonly RecallActionType[] {
  return RECALL_TRANSITIONS.filter((rule) => rule.from === state).map((rule) => rule.action);
}

/** Opens a case for a reason found by {@link recallFindings} or reported (discipline). */
export function flagCadre(input: {
  readonly id: string;
  readonly cadreId: string;
  readonly reason: RecallReason;
  readonly openedOn: CalendarDate;
  readonly note: string;
}): Result<RecallCase, RecallError> {
  const note = input.note.trim();
  if (note === '') return err(at(RECALL_ERRORS.NOTE_REQUIRED, 'note'));
  return ok({
    id: input.id,
    cadreId: input.cadreId,
    reason: input.reason,
    state: 'FLAGGED',
    openedOn: input.openedOn,
    note,
    decidedOn: null,
    referredOn: null,
    talkOn: null,
    talkWith: null,
    sendingUnitNotifiedOn: null,
    replacementDueOn: null,
    replacementCadreId: null,
    version: 1,
  });
}

function latestDate(recall: RecallCase): CalendarDate {
  const dates = [
    recall.openedOn,
    recall.decidedOn,
    recall.referredOn,
    recall.talkOn,
    recall.sendingUnitNotifiedOn,
  ];
  return (
    dates
      .filter((d): d is CalendarDate => d !== null)
      .sort(compareDates)
      .at(-1) ?? recall.openedOn
  );
}

/**
 * Applies `action` to a case on `on` under the county's `rules`, following {@link RECALL_TRANSITIONS}.
 * Refusals: `RECALL.STALE_VERSION` when `expectedVersion` is not the case's;
 * `RECALL.TRANSITION_NOT_ALLOWED` outside the table; `RECALL.DATE` before the case's last step;
 * `RECALL.ALREADY_DONE` for a step recorded before; `RECALL.NOTE_REQUIRED` and
 * `RECALL.TALK_WITH_REQUIRED` for missing text; `RECALL.STEPS_OUTSTANDING` for a replacement before
 * the talk and the notice; `RECALL.REPLACEMENT_SELF` when the replacement is the recalled cadre.
 */
export function transitionRecall(
  recall: RecallCase,
  action: RecallAction,
  context: { readonly on: CalendarDate; readonly expectedVersion?: number; readonly rules: StationingRules },
): Result<RecallCase, RecallError> {
  if (context.expectedVersion !== undefined && context.expectedVersion !== recall.version) {
    return err(RECALL_ERRORS.STALE_VERSION);
  }
  const to = nextRecallState(recall.state, action.type);
  if (to === null) return err(at(RECALL_ERRORS.TRANSITION_NOT_ALLOWED, 'action'));
  if (compareDates(context.on, latestDate(recall)) < 0) return err(at(RECALL_ERRORS.DATE, 'on'));
  const next: RecallCase = { ...recall, state: to, version: recall.version + 1 };
  switch (action.type) {
    case 'REVIEW':
    case 'RECALL':
    case 'CLEAR': {
      const note = action.note.trim();
      if (note === '') return err(at(RECALL_ERRORS.NOTE_REQUIRED, 'note'));
      const decided = { ...next, note, decidedOn: context.on };
      return ok(
        action.type === 'RECALL'
          ? { ...decided, replacementDueOn: addDays(context.on, context.rules.replacementDays) }
          : decided,
      );
    }
    case 'REFER':
      if (recall.referredOn !== null) return err(RECALL_ERRORS.ALREADY_DONE);
      return ok({ ...next, referredOn: context.on });
    case 'RECORD_TALK': {
      if (recall.talkOn !== null) return err(RECALL_ERRORS.ALREADY_DONE);
      const talkWith = action.with.trim();
      if (talkWith === '') return err(at(RECALL_ERRORS.TALK_WITH_REQUIRED, 'with'));
      return ok({ ...next, talkOn: context.on, talkWith });
    }
    case 'NOTIFY_SENDING_UNIT':
      if (recall.sendingUnitNotifiedOn !== null) return err(RECALL_ERRORS.ALREADY_DONE);
      return ok({ ...next, sendingUnitNotifiedOn: context.on });
    case 'FILL_REPLACEMENT':
      if (recall.talkOn === null || recall.sendingUnitNotifiedOn === null)
        return err(RECALL_ERRORS.STEPS_OUTSTANDING);
      if (action.cadreId === recall.cadreId) return err(at(RECALL_ERRORS.REPLACEMENT_SELF, 'replacementId'));
      return ok({ ...next, replacementCadreId: action.cadreId });
  }
}

/** Whether a recalled case's replacement is overdue on `date`. */
export function isReplacementOverdue(recall: RecallCase, date: CalendarDate): boolean {
  return (
    recall.state === 'RECALLED' &&
    recall.replacementDueOn !== null &&
    compareDates(date, recall.replacementDueOn) > 0
  );
}

/**
 * The cadre as a case leaves them: a recall ends the stationing on the day it was decided; any other
 * step leaves the cadre as they were.
 */
export function cadreAfterRecall(cadre: StationedCadre, recall: RecallCase): StationedCadre {
  if (recall.state !== 'RECALLED' || recall.decidedOn === null || cadre.status === 'RECALLED') return cadre;
  return { ...cadre, status: 'RECALLED', until: recall.decidedOn };
}

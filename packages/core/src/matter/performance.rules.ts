import {
  type Matter,
  type MatterActionType,
  type MatterEvent,
  RESOLVED_STATES,
  type Satisfaction,
  type SupervisionStage,
} from './matter.js';

// A handler's record is computed from the matters they handled, never typed in: how many they
// finished without a timeout counted against them, and how the residents rated the results.

/** The actions by which a person finishes handling a matter: the feedback, or settling it on the spot. */
export const HANDLING_ACTIONS: readonly MatterActionType[] = ['SUBMIT_FEEDBACK', 'SETTLE_ON_THE_SPOT'];

/** The supervision stages that make a matter late for the person they count against (催办, 督办). */
export const LATE_STAGES: readonly SupervisionStage[] = ['REMINDER', 'SUPERVISION'];

/** The ratings that count as satisfied (满意, 基本满意). */
export const SATISFIED_RATINGS: readonly Satisfaction[] = ['SATISFIED', 'BASICALLY_SATISFIED'];

/** A count out of a total. */
export interface MatterRatio {
  readonly part: number;
  readonly whole: number;
}

/**
 * What a person's matters say for a period (办件质效):
 * - `onTime`: matters they finished handling in the period (a {@link HANDLING_ACTIONS} event of
 *   theirs), of which those with no {@link LATE_STAGES} stage ever counted against them
 * - `satisfaction`: matters they handled that were called back in the period, of which those rated
 *   {@link SATISFIED_RATINGS}
 */
export interface HandlerRecord {
  readonly onTime: MatterRatio;
  readonly satisfaction: MatterRatio;
}

/** A matter with its events. */
export interface MatterHistory {
  readonly matter: Matter;
  readonly events: readonly MatterEvent[];
}

/** A span of time, `from` included, `until` excluded. */
export interface InstantSpan {
  readonly from: Date;
  readonly until: Date;
}

const inSpan = (at: Date, span: InstantSpan): boolean =>
  at.getTime() >= span.from.getTime() && at.getTime() < span.until.getTime();

/** The four counts a handler record is made of, as a database counts them. */
export interface HandlerCounts {
  /** Matters the person finished handling in the span. */
  readonly handled: number;
  /** Of those, the ones with a late stage counted against the person. */
  readonly late: number;
  /** Matters the person handled that were called back in the span. */
  readonly calledBack: number;
  /** Of those, the ones rated satisfied. */
  readonly satisfied: number;
}

/** The handler record from its counts. */
export function handlerRecordFromCounts(counts: HandlerCounts): HandlerRecord {
  return {
    onTime: { part: counts.handled - counts.late, whole: counts.handled },
    satisfaction: { part: counts.satisfied, whole: counts.calledBack },
  };
}

/**
 * The handler record of `personId` over `span`, from the matters and their events (the definition the
 * gateway's queries count by, through {@link handlerRecordFromCounts}).
 */
export function handlerRecordOf(
  histories: readonly MatterHistory[],
  personId: string,
  span: InstantSpan,
): HandlerRecord {
  let handled = 0;
  let late = 0;
  let calledBack = 0;
  let satisfied = 0;
  for (const { matter, events } of histories) {
    const finished = events.some(
      (event) =>
        event.kind === 'TRANSITION' &&
        event.actorId === personId &&
        HANDLING_ACTIONS.includes(event.action) &&
        inSpan(event.at, span),
    );
    if (finished) {
      handled += 1;
      const wasLate = events.some(
        (event) =>
          event.kind === 'SUPERVISION' && event.subjectId === personId && LATE_STAGES.includes(event.stage),
      );
      if (wasLate) late += 1;
    }
    const rated =
      matter.handlerId === personId &&
      matter.satisfaction !== null &&
      RESOLVED_STATES.includes(matter.state) &&
      events.some(
        (event) => event.kind === 'TRANSITION' && event.action === 'CALL_BACK' && inSpan(event.at, span),
      );
    if (rated) {
      calledBack += 1;
      if (matter.satisfaction !== null && SATISFIED_RATINGS.includes(matter.satisfaction)) satisfied += 1;
    }
  }
  return {
    onTime: { part: handled - late, whole: handled },
    satisfaction: { part: satisfied, whole: calledBack },
  };
}

import { type CalendarDate, compareDates, shanghaiDateOf } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { catalogueInForce, isVillageCode } from './catalogue.rules.js';
import { at, POINTS_ERRORS, type PointsError } from './points.errors.js';
import type {
  PointEvent,
  PointLedger,
  PointLedgerChange,
  PointsCatalogue,
  PointsShopItem,
} from './points.js';

/** The most units of one shop item a single redemption may take. */
export const MAX_REDEMPTION_QUANTITY = 1000;

/** Who records an event, when, and the day it happened. */
export interface PointRecording {
  readonly id: string;
  readonly occurredOn: CalendarDate;
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/** Opens an empty ledger for a household of a village (12-digit village code). */
export function createPointLedger(
  householdId: string,
  villageCode: string,
): Result<PointLedger, PointsError> {
  const household = householdId.trim();
  if (household === '') return err(at(POINTS_ERRORS.REQUIRED, 'householdId'));
  if (!isVillageCode(villageCode)) return err(at(POINTS_ERRORS.VILLAGE_CODE, 'villageCode'));
  return ok({ householdId: household, villageCode, events: [] });
}

/** The household's balance: the sum of every event's delta, corrections included. */
export function balanceOf(ledger: PointLedger): number {
  return ledger.events.reduce((sum, event) => sum + event.delta, 0);
}

/** The balance counting only events that happened on or before `date`. */
export function balanceOn(ledger: PointLedger, date: CalendarDate): number {
  return ledger.events
    .filter((event) => compareDates(event.occurredOn, date) <= 0)
    .reduce((sum, event) => sum + event.delta, 0);
}

/**
 * What an event is worth now: its own delta plus every correction that refers to it. `null` when the
 * ledger has no such event.
 */
export function netPointsOf(ledger: PointLedger, eventId: string): number | null {
  const event = ledger.events.find((e) => e.id === eventId);
  if (event === undefined) return null;
  return ledger.events.reduce(
    (sum, e) => (e.kind === 'CORRECTION' && e.correctsEventId === eventId ? sum + e.delta : sum),
    event.delta,
  );
}

function checkRecording(ledger: PointLedger, recording: PointRecording): PointsError | null {
  const id = recording.id.trim();
  if (id === '') return at(POINTS_ERRORS.REQUIRED, 'id');
  if (ledger.events.some((event) => event.id === id)) return at(POINTS_ERRORS.DUPLICATE_EVENT, 'id');
  if (recording.recordedBy.trim() === '') return at(POINTS_ERRORS.REQUIRED, 'recordedBy');
  if (Number.isNaN(recording.recordedAt.getTime())) return at(POINTS_ERRORS.TIME, 'recordedAt');
  if (compareDates(recording.occurredOn, shanghaiDateOf(recording.recordedAt)) > 0) {
    return at(POINTS_ERRORS.TIME, 'occurredOn');
  }
  return null;
}

function append(ledger: PointLedger, event: PointEvent): PointLedgerChange {
  return { ledger: { ...ledger, events: [...ledger.events, event] }, event };
}

function baseOf(ledger: PointLedger, recording: PointRecording) {
  return {
    id: recording.id.trim(),
    householdId: ledger.householdId,
    villageCode: ledger.villageCode,
    occurredOn: recording.occurredOn,
    recordedAt: recording.recordedAt,
    recordedBy: recording.recordedBy.trim(),
  };
}

/**
 * Scores a deed by the village's rules: finds the catalogue version in force on the day it happened
 * and adds an `AWARD` (the item is worth points) or a `DEDUCTION` (it costs points) with the item's
 * points. Deductions may take the balance below zero: the rules bind whatever the balance.
 */
export function scoreRuleItem(
  ledger: PointLedger,
  history: readonly PointsCatalogue[],
  input: PointRecording & { readonly itemCode: string; readonly note?: string | null },
): Result<PointLedgerChange, PointsError> {
  const problem = checkRecording(ledger, input);
  if (problem !== null) return err(problem);
  if (history.some((catalogue) => catalogue.villageCode !== ledger.villageCode)) {
    return err(at(POINTS_ERRORS.OTHER_VILLAGE, 'history'));
  }
  const catalogue = catalogueInForce(history, input.occurredOn);
  if (catalogue === null) return err(at(POINTS_ERRORS.NO_CATALOGUE, 'occurredOn'));
  const item = catalogue.items.find((i) => i.code === input.itemCode.trim());
  if (item === undefined) return err(at(POINTS_ERRORS.UNKNOWN_ITEM, 'itemCode'));
  const note = input.note?.trim() || null;
  return ok(
    append(ledger, {
      ...baseOf(ledger, input),
      kind: item.points > 0 ? 'AWARD' : 'DEDUCTION',
      delta: item.points,
      itemCode: item.code,
      catalogueVersion: catalogue.version,
      note,
    }),
  );
}

/**
 * Spends points at the village's points shop (积分超市): `quantity` units of `item` at its price. A
 * redemption never takes the balance below zero (`POINTS.INSUFFICIENT_BALANCE`), so a household in
 * debt from deductions cannot redeem at all.
 */
export function redeemPoints(
  ledger: PointLedger,
  item: PointsShopItem,
  quantity: number,
  input: PointRecording,
): Result<PointLedgerChange, PointsError> {
  const problem = checkRecording(ledger, input);
  if (problem !== null) return err(problem);
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_REDEMPTION_QUANTITY) {
    return err(at(POINTS_ERRORS.QUANTITY, 'quantity'));
  }
  const cost = item.price * quantity;
  if (balanceOf(ledger) - cost < 0) return err(POINTS_ERRORS.INSUFFICIENT_BALANCE);
  return ok(
    append(ledger, {
      ...baseOf(ledger, input),
      kind: 'REDEMPTION',
      delta: -cost,
      shopItemCode: item.code,
      quantity,
    }),
  );
}

/** What a correction says: which event, by how much, why, and who records it when. */
export interface PointCorrectionInput {
  readonly id: string;
  readonly correctsEventId: string;
  readonly delta: number;
  readonly reason: string;
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/**
 * Corrects an earlier event by adding a `CORRECTION` that refers to it; the event itself is never
 * changed. The correction happens on the day it is recorded. An event's net value may shrink to zero
 * (cancelled) or grow, but never change sign: a wrong item is cancelled and the right one scored anew.
 * Corrections themselves are not corrected (correct the original again). Charging more for a
 * redemption is refused like a redemption when it would take the balance below zero.
 */
export function correctPointEvent(
  ledger: PointLedger,
  input: PointCorrectionInput,
): Result<PointLedgerChange, PointsError> {
  if (Number.isNaN(input.recordedAt.getTime())) return err(at(POINTS_ERRORS.TIME, 'recordedAt'));
  const recording: PointRecording = { ...input, occurredOn: shanghaiDateOf(input.recordedAt) };
  const problem = checkRecording(ledger, recording);
  if (problem !== null) return err(problem);
  const target = ledger.events.find((event) => event.id === input.correctsEventId);
  if (target === undefined) return err(at(POINTS_ERRORS.EVENT_NOT_FOUND, 'correctsEventId'));
  if (target.kind === 'CORRECTION') return err(at(POINTS_ERRORS.CORRECTION_OF_CORRECTION, 'correctsEventId'));
  if (!Number.isSafeInteger(input.delta) || input.delta === 0) return err(at(POINTS_ERRORS.DELTA, 'delta'));
  const reason = input.reason.trim();
  if (reason === '') return err(at(POINTS_ERRORS.REQUIRED, 'reason'));
  const net = (netPointsOf(ledger, target.id) ?? 0) + input.delta;
  if (Math.sign(net) === -Math.sign(target.delta))
    return err(at(POINTS_ERRORS.CORRECTION_OVERSHOOT, 'delta'));
  // Charging more for a redemption after the fact is still spending: the shop's floor of zero holds.
  if (target.kind === 'REDEMPTION' && input.delta < 0 && balanceOf(ledger) + input.delta < 0) {
    return err(POINTS_ERRORS.INSUFFICIENT_BALANCE);
  }
  return ok(
    append(ledger, {
      ...baseOf(ledger, recording),
      kind: 'CORRECTION',
      delta: input.delta,
      correctsEventId: target.id,
      reason,
    }),
  );
}

import type { CalendarDate } from '../shared/date.js';
import type { Labels } from '../shared/labels.js';

/**
 * One item of a village's points rules (积分细则), drawn from its village rules (村规民约): doing it
 * earns points (`points` > 0, e.g. keeping the pasture rotation) or costs points (`points` < 0, e.g.
 * failing to send a child to school).
 */
export interface PointRuleItem {
  readonly code: string;
  readonly label: Labels;
  readonly points: number;
}

/**
 * One version of a village's points catalogue (家庭积分制 积分细则). A village revises its rules by
 * publishing a new version from a later date; events keep the version they were scored by.
 */
export interface PointsCatalogue {
  /** The 12-digit code of the village whose rules these are. */
  readonly villageCode: string;
  readonly version: number;
  readonly effectiveFrom: CalendarDate;
  readonly items: readonly PointRuleItem[];
}

/** Something a household can take from the village's points shop (积分超市) for points. */
export interface PointsShopItem {
  readonly code: string;
  readonly label: Labels;
  /** Points per unit, a positive whole number. */
  readonly price: number;
}

/**
 * The kind of a points event.
 *
 * - `AWARD` 加分 (a rule item worth points), `DEDUCTION` 扣分 (a rule item costing points)
 * - `REDEMPTION` 兑换 (points spent at the points shop)
 * - `CORRECTION` 更正 (a later event that adjusts an earlier one; events are never edited)
 */
export type PointEventKind = 'AWARD' | 'DEDUCTION' | 'REDEMPTION' | 'CORRECTION';

/** Every points event kind. */
export const POINT_EVENT_KINDS: readonly PointEventKind[] = [
  'AWARD',
  'DEDUCTION',
  'REDEMPTION',
  'CORRECTION',
];

interface PointEventBase {
  readonly id: string;
  readonly householdId: string;
  readonly villageCode: string;
  /** The signed change of the balance: positive adds points, negative takes them away. */
  readonly delta: number;
  /** The civil day the deed, the redemption or the correction happened (Asia/Shanghai). */
  readonly occurredOn: CalendarDate;
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/** One entry of a household's points ledger; the balance is the sum of the deltas. */
export type PointEvent =
  | (PointEventBase & {
      readonly kind: 'AWARD' | 'DEDUCTION';
      readonly itemCode: string;
      readonly catalogueVersion: number;
      readonly note: string | null;
    })
  | (PointEventBase & {
      readonly kind: 'REDEMPTION';
      readonly shopItemCode: string;
      readonly quantity: number;
    })
  | (PointEventBase & {
      readonly kind: 'CORRECTION';
      readonly correctsEventId: string;
      readonly reason: string;
    });

/** The points ledger of one household (户积分台账): every event ever recorded, oldest first. */
export interface PointLedger {
  readonly householdId: string;
  readonly villageCode: string;
  readonly events: readonly PointEvent[];
}

/** A ledger after an event was added, with the event to store. */
export interface PointLedgerChange {
  readonly ledger: PointLedger;
  readonly event: PointEvent;
}

/** A household's place in its village's ranking (1, 2, 2, 4: standard competition ranking). */
export interface HouseholdRank {
  readonly rank: number;
  readonly householdId: string;
  readonly balance: number;
}

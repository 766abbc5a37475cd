import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import {
  balanceOf,
  balanceOn,
  correctPointEvent,
  createPointLedger,
  netPointsOf,
  redeemPoints,
  scoreRuleItem,
} from './ledger.rules.js';
import type { PointLedger, PointLedgerChange, PointsCatalogue, PointsShopItem } from './points.js';

const VILLAGE = '542526201203';
const HISTORY: readonly PointsCatalogue[] = [
  {
    villageCode: VILLAGE,
    version: 1,
    effectiveFrom: '2024-01-01' as CalendarDate,
    items: [
      {
        code: 'ROTATION',
        label: { zh: '按时轮牧', en: 'Keeps the grazing rotation', bo: 'དུས་ལྟར་རྩྭ་ཐང་བརྗེ་རེས།' },
        points: 10,
      },
      { code: 'LITTER', label: { zh: '乱扔垃圾', en: 'Litters', bo: 'གད་སྙིགས་གང་བྱུང་དུ་འཕེན་པ།' }, points: -3 },
    ],
  },
  {
    villageCode: VILLAGE,
    version: 2,
    effectiveFrom: '2025-01-01' as CalendarDate,
    items: [
      {
        code: 'ROTATION',
        label: { zh: '按时轮牧', en: 'Keeps the grazing rotation', bo: 'དུས་ལྟར་རྩྭ་ཐང་བརྗེ་རེས།' },
        points: 12,
      },
      { code: 'LITTER', label: { zh: '乱扔垃圾', en: 'Litters', bo: 'གད་སྙིགས་གང་བྱུང་དུ་འཕེན་པ།' }, points: -5 },
    ],
  },
];
const TEA: PointsShopItem = { code: 'TEA', label: { zh: '砖茶', en: 'Brick tea', bo: 'ཇ་སྒོར།' }, price: 8 };

const RECORDED_AT = new Date('2025-03-01T04:00:00Z');
let counter = 0;

function recording(occurredOn = '2025-02-20') {
  counter += 1;
  return {
    id: `e${counter}`,
    occurredOn: occurredOn as CalendarDate,
    recordedAt: RECORDED_AT,
    recordedBy: 'clerk',
  };
}

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function emptyLedger(): PointLedger {
  return must(createPointLedger('household-001', VILLAGE));
}

function score(ledger: PointLedger, itemCode: string, occurredOn?: string): PointLedgerChange {
  return must(scoreRuleItem(ledger, HISTORY, { ...recording(occurredOn), itemCode }));
}

describe('scoring by the village rules', () => {
  it('awards or deducts the points of the catalogue version in force on the day', () => {
    const awarded = score(emptyLedger(), 'ROTATION', '2024-06-01');
    expect(awarded.event).toMatchObject({
      kind: 'AWARD',
      delta: 10,
      catalogueVersion: 1,
      itemCode: 'ROTATION',
    });
    const deducted = score(awarded.ledger, 'LITTER', '2025-02-01');
    expect(deducted.event).toMatchObject({ kind: 'DEDUCTION', delta: -5, catalogueVersion: 2 });
    expect(balanceOf(deducted.ledger)).toBe(5);
  });

  it('may take a household below zero by deductions', () => {
    expect(balanceOf(score(emptyLedger(), 'LITTER').ledger)).toBe(-5);
  });

  it('refuses an item the catalogue in force does not have, and a day before any catalogue', () => {
    const unknown = scoreRuleItem(emptyLedger(), HISTORY, { ...recording(), itemCode: 'SINGING' });
    expect(!unknown.ok && unknown.error).toMatchObject({ code: 'POINTS.UNKNOWN_ITEM', kind: 'NOT_FOUND' });
    const early = scoreRuleItem(emptyLedger(), HISTORY, { ...recording('2023-05-01'), itemCode: 'ROTATION' });
    expect(!early.ok && early.error.code).toBe('POINTS.NO_CATALOGUE');
  });

  it('refuses another village’s catalogue', () => {
    const other = HISTORY.map((c) => ({ ...c, villageCode: '542526201204' }));
    const result = scoreRuleItem(emptyLedger(), other, { ...recording(), itemCode: 'ROTATION' });
    expect(!result.ok && result.error.code).toBe('POINTS.OTHER_VILLAGE');
  });

  it('refuses a deed dated after it was recorded (Asia/Shanghai day)', () => {
    // 04:00 UTC on 1 March is noon on 1 March in Gêrzê: the 1st is fine, the 2nd is not.
    expect(
      scoreRuleItem(emptyLedger(), HISTORY, { ...recording('2025-03-01'), itemCode: 'ROTATION' }).ok,
    ).toBe(true);
    const future = scoreRuleItem(emptyLedger(), HISTORY, {
      ...recording('2025-03-02'),
      itemCode: 'ROTATION',
    });
    expect(!future.ok && future.error).toMatchObject({ code: 'POINTS.TIME', field: ['occurredOn'] });
  });

  it('refuses an event id already in the ledger', () => {
    const first = score(emptyLedger(), 'ROTATION');
    const again = scoreRuleItem(first.ledger, HISTORY, {
      ...recording(),
      id: first.event.id,
      itemCode: 'ROTATION',
    });
    expect(!again.ok && again.error).toMatchObject({ code: 'POINTS.DUPLICATE_EVENT', kind: 'CONFLICT' });
  });
});

describe('redemption at the points shop', () => {
  const rich = score(score(emptyLedger(), 'ROTATION').ledger, 'ROTATION').ledger; // 24 points

  it('spends price × quantity', () => {
    const change = must(redeemPoints(rich, TEA, 3, recording()));
    expect(change.event).toMatchObject({ kind: 'REDEMPTION', delta: -24, quantity: 3, shopItemCode: 'TEA' });
    expect(balanceOf(change.ledger)).toBe(0);
  });

  it('never drives the balance below zero', () => {
    const result = redeemPoints(rich, TEA, 4, recording());
    expect(!result.ok && result.error).toMatchObject({
      code: 'POINTS.INSUFFICIENT_BALANCE',
      kind: 'CONFLICT',
    });
  });

  it('is closed to a household in debt', () => {
    const inDebt = score(emptyLedger(), 'LITTER').ledger;
    expect(!redeemPoints(inDebt, { ...TEA, price: 1 }, 1, recording()).ok).toBe(true);
  });

  it.each([0, -1, 1.5, 1001])('refuses a quantity of %s', (quantity) => {
    const result = redeemPoints(rich, TEA, quantity, recording());
    expect(!result.ok && result.error.code).toBe('POINTS.QUANTITY');
  });
});

describe('corrections', () => {
  const awarded = score(emptyLedger(), 'ROTATION');

  function correct(ledger: PointLedger, correctsEventId: string, delta: number) {
    counter += 1;
    return correctPointEvent(ledger, {
      id: `c${counter}`,
      correctsEventId,
      delta,
      reason: '登记错误',
      recordedAt: RECORDED_AT,
      recordedBy: 'clerk',
    });
  }

  it('are new events referring to the corrected one, which stays as it was', () => {
    const change = must(correct(awarded.ledger, awarded.event.id, -12));
    expect(change.ledger.events[0]).toEqual(awarded.event);
    expect(change.event).toMatchObject({ kind: 'CORRECTION', correctsEventId: awarded.event.id, delta: -12 });
    expect(netPointsOf(change.ledger, awarded.event.id)).toBe(0);
    expect(balanceOf(change.ledger)).toBe(0);
  });

  it('happen on the day they are recorded', () => {
    const change = must(correct(awarded.ledger, awarded.event.id, -2));
    expect(change.event.occurredOn).toBe('2025-03-01');
    expect(balanceOn(change.ledger, '2025-02-28' as CalendarDate)).toBe(12);
    expect(balanceOn(change.ledger, '2025-03-01' as CalendarDate)).toBe(10);
  });

  it('may cancel an event but not turn it into its opposite', () => {
    const overshoot = correct(awarded.ledger, awarded.event.id, -13);
    expect(!overshoot.ok && overshoot.error.code).toBe('POINTS.CORRECTION_OVERSHOOT');
    const halfway = must(correct(awarded.ledger, awarded.event.id, -6)).ledger;
    const twice = correct(halfway, awarded.event.id, -7);
    expect(!twice.ok && twice.error.code).toBe('POINTS.CORRECTION_OVERSHOOT');
    expect(must(correct(halfway, awarded.event.id, 3)).ledger.events.length).toBe(3);
  });

  it('are not corrected themselves', () => {
    const first = must(correct(awarded.ledger, awarded.event.id, -2));
    const result = correct(first.ledger, first.event.id, 2);
    expect(!result.ok && result.error.code).toBe('POINTS.CORRECTION_OF_CORRECTION');
  });

  it('need an existing event, a non-zero change and a reason', () => {
    const missing = correct(awarded.ledger, 'nope', -1);
    expect(!missing.ok && missing.error).toMatchObject({ code: 'POINTS.EVENT_NOT_FOUND', kind: 'NOT_FOUND' });
    const zero = correct(awarded.ledger, awarded.event.id, 0);
    expect(!zero.ok && zero.error.code).toBe('POINTS.DELTA');
    const noReason = correctPointEvent(awarded.ledger, {
      id: 'c-x',
      correctsEventId: awarded.event.id,
      delta: -1,
      reason: ' ',
      recordedAt: RECORDED_AT,
      recordedBy: 'clerk',
    });
    expect(!noReason.ok && noReason.error.field).toEqual(['reason']);
  });

  it('may refund a redemption, but charging more keeps the floor of zero', () => {
    const redeemed = must(redeemPoints(awarded.ledger, TEA, 1, recording()));
    expect(balanceOf(must(correct(redeemed.ledger, redeemed.event.id, 8)).ledger)).toBe(12);
    const more = correct(redeemed.ledger, redeemed.event.id, -5);
    expect(!more.ok && more.error.code).toBe('POINTS.INSUFFICIENT_BALANCE');
  });
});

describe('the ledger', () => {
  type Step =
    | { readonly op: 'score'; readonly item: string }
    | { readonly op: 'redeem'; readonly quantity: number }
    | { readonly op: 'correct'; readonly target: number; readonly delta: number };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constantFrom('ROTATION', 'LITTER').map((item) => ({ op: 'score' as const, item })),
    fc.integer({ min: 1, max: 4 }).map((quantity) => ({ op: 'redeem' as const, quantity })),
    fc.record({
      op: fc.constant('correct' as const),
      target: fc.nat(),
      delta: fc.integer({ min: -15, max: 15 }),
    }),
  );

  it('keeps every event, adds only at the end, and its balance is the sum; redemptions never go below zero', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let ledger = emptyLedger();
        for (const s of steps) {
          const before = ledger;
          let result: ReturnType<typeof redeemPoints>;
          if (s.op === 'score') {
            result = scoreRuleItem(ledger, HISTORY, { ...recording(), itemCode: s.item });
          } else if (s.op === 'redeem') {
            result = redeemPoints(ledger, TEA, s.quantity, recording());
            expect(result.ok).toBe(balanceOf(ledger) >= TEA.price * s.quantity);
          } else {
            const target = ledger.events[s.target % Math.max(1, ledger.events.length)];
            if (target === undefined) continue;
            counter += 1;
            result = correctPointEvent(ledger, {
              id: `p${counter}`,
              correctsEventId: target.id,
              delta: s.delta,
              reason: '更正',
              recordedAt: RECORDED_AT,
              recordedBy: 'clerk',
            });
          }
          if (!result.ok) continue;
          ledger = result.value.ledger;
          expect(ledger.events.slice(0, before.events.length)).toEqual(before.events);
          expect(ledger.events.length).toBe(before.events.length + 1);
          if (result.value.event.kind === 'REDEMPTION') expect(balanceOf(ledger)).toBeGreaterThanOrEqual(0);
        }
        expect(balanceOf(ledger)).toBe(ledger.events.reduce((sum, e) => sum + e.delta, 0));
        for (const event of ledger.events) {
          if (event.kind === 'CORRECTION') continue;
          const net = netPointsOf(ledger, event.id) ?? 0;
          expect(net === 0 || Math.sign(net) === Math.sign(event.delta)).toBe(true);
        }
      }),
    );
  });

  it('opens empty for a household of a village', () => {
    expect(emptyLedger()).toEqual({ householdId: 'household-001', villageCode: VILLAGE, events: [] });
    expect(!createPointLedger('', VILLAGE).ok).toBe(true);
    expect(!createPointLedger('h', '542526').ok).toBe(true);
  });
});

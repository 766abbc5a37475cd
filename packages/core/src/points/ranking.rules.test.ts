import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { PointLedger } from './points.js';
import { rankHouseholds, rankVillage } from './ranking.rules.js';

function ledger(householdId: string, villageCode: string, deltas: readonly number[]): PointLedger {
  return {
    householdId,
    villageCode,
    events: deltas.map((delta, i) => ({
      id: `${householdId}-${i}`,
      kind: delta > 0 ? 'AWARD' : 'DEDUCTION',
      householdId,
      villageCode,
      delta,
      occurredOn: '2025-01-10' as CalendarDate,
      recordedAt: new Date('2025-01-10T04:00:00Z'),
      recordedBy: 'clerk',
      itemCode: 'ITEM',
      catalogueVersion: 1,
      note: null,
    })),
  };
}

describe('rankings within a village', () => {
  it('use standard competition ranking (1, 2, 2, 4) with ties listed by household id', () => {
    const ranks = rankHouseholds([
      { householdId: 'H-04', balance: 30 },
      { householdId: 'H-03', balance: 50 },
      { householdId: 'H-01', balance: 30 },
      { householdId: 'H-02', balance: 10 },
    ]);
    expect(ranks).toEqual([
      { rank: 1, householdId: 'H-03', balance: 50 },
      { rank: 2, householdId: 'H-01', balance: 30 },
      { rank: 2, householdId: 'H-04', balance: 30 },
      { rank: 4, householdId: 'H-02', balance: 10 },
    ]);
  });

  it('rank only the village’s households, those without events at zero', () => {
    const village = '542526201203';
    const ranks = rankVillage(village, [
      ledger('H-1', village, [10, -3]),
      ledger('H-2', village, []),
      ledger('H-3', '542526201204', [100]),
      ledger('H-4', village, [-2]),
    ]);
    expect(ranks.map((r) => [r.rank, r.householdId, r.balance])).toEqual([
      [1, 'H-1', 7],
      [2, 'H-2', 0],
      [3, 'H-4', -2],
    ]);
  });

  it('give rank 1 to the top, equal ranks to equal balances, and rank = 1 + households strictly ahead', () => {
    const entries = fc.uniqueArray(
      fc.record({
        householdId: fc.string({ minLength: 1, maxLength: 6 }),
        balance: fc.integer({ min: -20, max: 20 }),
      }),
      { selector: (e) => e.householdId, maxLength: 40 },
    );
    fc.assert(
      fc.property(entries, (list) => {
        const ranks = rankHouseholds(list);
        expect(ranks.length).toBe(list.length);
        for (const [i, r] of ranks.entries()) {
          expect(r.rank).toBe(1 + list.filter((e) => e.balance > r.balance).length);
          const next = ranks[i + 1];
          if (next === undefined) continue;
          expect(next.balance).toBeLessThanOrEqual(r.balance);
          if (next.balance === r.balance) expect(next.householdId > r.householdId).toBe(true);
        }
      }),
    );
  });
});

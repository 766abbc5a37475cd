import { balanceOf } from './ledger.rules.js';
import type { HouseholdRank, PointLedger } from './points.js';

/**
 * Ranks households by balance, highest first, with standard competition ranking: equal balances
 * share a rank and the next rank skips (1, 2, 2, 4). Households with equal balances are listed by
 * household id, in code-point order so that every machine lists them alike.
 */
export function rankHouseholds(
  balances: readonly { readonly householdId: string; readonly balance: number }[],
): readonly HouseholdRank[] {
  const sorted = [...balances].sort((a, b) => {
    if (a.balance !== b.balance) return b.balance - a.balance;
    if (a.householdId === b.householdId) return 0;
    return a.householdId < b.householdId ? -1 : 1;
  });
  const ranks: HouseholdRank[] = [];
  for (const [index, entry] of sorted.entries()) {
    const previous = ranks[index - 1];
    const rank = previous !== undefined && previous.balance === entry.balance ? previous.rank : index + 1;
    ranks.push({ rank, householdId: entry.householdId, balance: entry.balance });
  }
  return ranks;
}

/**
 * The ranking of a village's households (村内积分排名) from their ledgers; ledgers of other villages
 * are left out, and a household with no events ranks with a balance of zero.
 */
export function rankVillage(villageCode: string, ledgers: readonly PointLedger[]): readonly HouseholdRank[] {
  return rankHouseholds(
    ledgers
      .filter((ledger) => ledger.villageCode === villageCode)
      .map((ledger) => ({ householdId: ledger.householdId, balance: balanceOf(ledger) })),
  );
}

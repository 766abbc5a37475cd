import { DEFAULT_SEED, gerzePoints } from '@grassroots/fixtures';
import type { Db } from '../db/client.js';
import type { FixtureSet } from './load.js';
import { cumulativeProgress, insertRows } from './registry.js';

/**
 * The family points (家庭积分制) of 改则县's herding villages: each village's catalogue versions with
 * their rule items, its points shop, and every household's ledger over 2023–2024 (113,706 events).
 * Balances and ranks are not stored: they are sums over the events, computed in SQL. Needs the grids
 * (the households).
 */
export function pointsFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'points',
    version: 'gerze-1',
    seed,
    load: async (tx: Db, progress) => {
      const rows = gerzePoints(seed);
      const tables = [
        ['PointsCatalogue', rows.catalogues],
        ['PointRuleItem', rows.ruleItems],
        ['PointsShopItem', rows.shopItems],
        ['PointEvent', rows.events],
      ] as const;
      const total = tables.reduce((sum, [, table]) => sum + table.length, 0);
      const next = cumulativeProgress(progress, total);
      for (const [name, table] of tables) await insertRows(tx, name, table, next(table.length));
      return total;
    },
  };
}

import { DEFAULT_SEED, gerzePoints } from '@grassroots/fixtures';
import { type FixtureSet, insertTables } from './load.js';

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
    load: (tx, progress) => {
      const rows = gerzePoints(seed);
      return insertTables(
        tx,
        [
          ['PointsCatalogue', rows.catalogues],
          ['PointRuleItem', rows.ruleItems],
          ['PointsShopItem', rows.shopItems],
          ['PointEvent', rows.events],
        ],
        progress,
      );
    },
  };
}

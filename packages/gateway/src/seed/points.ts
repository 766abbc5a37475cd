import { DEFAULT_SEED, gerzePoints } from '@grassroots/fixtures';
import {
  pointLedgerMapper,
  pointRuleItemMapper,
  pointsCatalogueMapper,
  pointsShopItemMapper,
} from '../mappers/points.js';
import { pointsEvaluationGroupMapper } from '../mappers/points-process.js';
import { type FixtureSet, insertTables } from './load.js';

/**
 * The family points (家庭积分制) of 改则县's herding villages: each village's catalogue versions with
 * their rule items, its points shop, and every household's ledger over 2023–2024 (113,706 events).
 * Balances and ranks are not stored: they are sums over the events, computed in SQL. And each
 * village's evaluation group (积分评议小组) for the process that binds from the policy's adoption
 * (2025-01-01), after every fixture event. Needs the grids (the households, the members).
 */
export function pointsFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'points',
    version: 'gerze-2',
    seed,
    load: (tx, progress) => {
      const { villages } = gerzePoints(seed);
      const catalogues = villages.flatMap((village) => village.catalogues);
      return insertTables(
        tx,
        [
          ['PointsCatalogue', catalogues.map(pointsCatalogueMapper.toColumns)],
          [
            'PointRuleItem',
            catalogues.flatMap((catalogue) =>
              catalogue.items.map((item) => pointRuleItemMapper.toColumns(item, catalogue)),
            ),
          ],
          [
            'PointsShopItem',
            villages.flatMap((village) =>
              village.shop.map((item) => pointsShopItemMapper.toColumns(item, village)),
            ),
          ],
          ['PointEvent', villages.flatMap((village) => village.ledgers.flatMap(pointLedgerMapper.toColumns))],
          [
            'PointsEvaluationMember',
            villages.flatMap((village) => pointsEvaluationGroupMapper.toColumns(village.group)),
          ],
        ],
        progress,
      );
    },
  };
}

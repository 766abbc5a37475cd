import { atScale, checkFixtureScale, DEFAULT_SEED, gerzePoints } from '@grassroots/fixtures';
import {
  pointLedgerMapper,
  pointRuleItemMapper,
  pointsCatalogueMapper,
  pointsShopItemMapper,
} from '../mappers/points.js';
import {
  pointsEvaluationGroupMapper,
  pointsObjectionMapper,
  pointsPostingMapper,
  pointsProposalMapper,
  pointsSessionMapper,
} from '../mappers/points-process.js';
import { type FixtureSet, insertTables } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * The family points (家庭积分制) of 改则县's herding villages: each village's catalogue versions with
 * their rule items, its points shop, and every household's ledger: 2023–2024 scored directly (113,734
 * events), then 2025 up to the fixtures' last day (24,671 events) through the process that binds from
 * the policy's adoption (2025-01-01), with each village's evaluation group (积分评议小组), its monthly
 * sessions and who attended, its postings, the proposals and the objections; the events closing
 * scored and the goods taken in the shop's cycle are in the ledger. Balances and ranks are not stored: they are sums
 * over the events, computed in SQL. Needs the grids (the households, the members). At `scale` k, the
 * same for each of the k − 1 copies of 改则县.
 */
export function pointsFixtures(
  options: { readonly seed?: number; readonly scale?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'points',
    // gerze-3: with 2025 through the evaluated process.
    version: scaledVersion('gerze-3', scale),
    seed,
    load: (tx, progress) => {
      const villages = atScale(gerzePoints(seed).villages, scale, seed).flat();
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
          [
            'PointsEvaluationSession',
            villages.flatMap((village) => village.process.sessions.map(pointsSessionMapper.toColumns)),
          ],
          [
            'PointsSessionAttendance',
            villages.flatMap((village) =>
              village.process.sessions.flatMap(pointsSessionMapper.attendanceColumns),
            ),
          ],
          [
            'PointsPosting',
            villages.flatMap((village) => village.process.postings.map(pointsPostingMapper.toColumns)),
          ],
          [
            'PointsProposal',
            villages.flatMap((village) => village.process.proposals.map(pointsProposalMapper.toColumns)),
          ],
          [
            'PointsObjection',
            villages.flatMap((village) => village.process.objections.map(pointsObjectionMapper.toColumns)),
          ],
        ],
        progress,
      );
    },
  };
}

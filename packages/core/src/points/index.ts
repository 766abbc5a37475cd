// Public API of the family points system (家庭积分制).
export { authorisePointsRecording, POINTS_RECORDERS } from './access.js';
export {
  catalogueInForce,
  cataloguesOfKind,
  createPointsCatalogue,
  createShopItem,
  MAX_ITEM_POINTS,
  MAX_SHOP_PRICE,
  reviseCatalogue,
} from './catalogue.rules.js';
export {
  balanceOf,
  balanceOn,
  correctPointEvent,
  createPointLedger,
  MAX_REDEMPTION_QUANTITY,
  netPointsOf,
  type PointCorrectionInput,
  type PointRecording,
  redeemPoints,
  scoreRuleItem,
} from './ledger.rules.js';
export {
  POINTS_ACCESS_ERRORS,
  POINTS_ERRORS,
  type PointsAccessError,
  type PointsError,
} from './points.errors.js';
export {
  type HouseholdRank,
  POINT_EVENT_KINDS,
  type PointEvent,
  type PointEventKind,
  type PointLedger,
  type PointLedgerChange,
  type PointRuleItem,
  type PointsCatalogue,
  type PointsShopItem,
} from './points.js';
export { POINT_EVENT_KIND_LABELS } from './points.labels.js';
export { rankHouseholds, rankVillage } from './ranking.rules.js';

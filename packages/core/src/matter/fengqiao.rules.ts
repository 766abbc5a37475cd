import { err, ok, type Result } from '../shared/result.js';
import { shareOf } from '../shared/share.js';
import { at, FENGQIAO_ERRORS, type FengqiaoError } from './matter.errors.js';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  type FengqiaoCounts,
  type FengqiaoMeasures,
  type Matter,
  type Petition,
  RESOLVED_STATES,
  type RecordCategory,
} from './matter.js';

/**
 * The categories the Fengqiao measures count: disputes (矛盾纠纷). "小事不出村、大事不出镇、矛盾不上交" is
 * about settling conflicts; counting every category let opinions, most of them settled in the grid
 * by their nature, carry the shares. The rollups the gateway reads count these categories only.
 */
export const FENGQIAO_CATEGORIES: readonly RecordCategory[] = ['DISPUTE'];

/**
 * Which levels count for each settlement measure (枫桥经验). The SQL that counts matters and this
 * library both read these lists, so the two cannot disagree. 矛盾不上交 is not a level: it counts the
 * disputes with no level-skipping petition ({@link Petition}).
 *
 * - `SETTLED_IN_VILLAGE` 小事不出村: closed at grid or village level
 * - `SETTLED_IN_TOWNSHIP` 大事不出镇: closed at township level or below
 */
export const FENGQIAO_LEVELS = {
  SETTLED_IN_VILLAGE: ['GRID', 'VILLAGE'],
  SETTLED_IN_TOWNSHIP: ['GRID', 'VILLAGE', 'TOWNSHIP'],
} as const satisfies Readonly<Record<string, readonly EscalationLevel[]>>;

/** Whether the Fengqiao measures count the matter at all: it is of a {@link FENGQIAO_CATEGORIES} category. */
export function countsForFengqiao(matter: Pick<Matter, 'category'>): boolean {
  return FENGQIAO_CATEGORIES.includes(matter.category);
}

/** The percentile reported for resolution times. */
export const RESOLUTION_PERCENTILE = 90;

const MS_PER_MINUTE = 60_000;

/**
 * The nearest rank (1-based) of the `percentile`-th percentile among `count` sorted values:
 * ⌈percentile·count/100⌉, in integers. The SQL reads the value at this rank (`OFFSET rank − 1`).
 * 0 when `count` is 0.
 */
export function nearestRank(count: number, percentile: number): number {
  return Math.floor((percentile * count + 99) / 100);
}

/**
 * The `percentile`-th percentile of `values` by the nearest-rank method: the smallest value such
 * that at least `percentile` % of the values are at or below it. `null` when there are no values;
 * `FENGQIAO.PERCENTILE` unless `percentile` is an integer from 1 to 100.
 */
export function percentileNearestRank(
  values: readonly number[],
  percentile: number,
): Result<number | null, FengqiaoError> {
  if (!Number.isInteger(percentile) || percentile < 1 || percentile > 100) {
    return err(at(FENGQIAO_ERRORS.PERCENTILE, 'percentile'));
  }
  if (values.length === 0) return ok(null);
  const sorted = [...values].sort((a, b) => a - b);
  return ok(sorted[nearestRank(sorted.length, percentile) - 1] ?? null);
}

/** Whether the matter counts as resolved for the measures: closed (and perhaps called back and evaluated). */
export function isResolved(matter: Matter): boolean {
  return RESOLVED_STATES.includes(matter.state) && matter.closedAt !== null;
}

/** Whether the matter counts as handled: dispatched at least once (rejected matters never are). */
export function isHandled(matter: Matter): boolean {
  return matter.clockStartedAt !== null;
}

/** Whole minutes from report to closing of a resolved matter, `null` for any other. */
export function resolutionMinutes(matter: Matter): number | null {
  if (!isResolved(matter) || matter.closedAt === null) return null;
  return Math.floor((matter.closedAt.getTime() - matter.reportedAt.getTime()) / MS_PER_MINUTE);
}

function zeroByLevel(): Record<EscalationLevel, number> {
  return { GRID: 0, VILLAGE: 0, TOWNSHIP: 0, COUNTY: 0 };
}

/**
 * Counts matters the way the gateway's SQL does, over the disputes among them
 * ({@link countsForFengqiao}): resolved ones by the level that closed them, handled ones by their level,
 * the handled ones with a level-skipping petition among `petitions` (petitions of other matters are
 * ignored), the sum of resolution minutes and the 90th-percentile resolution minutes.
 */
export function fengqiaoCountsOf(matters: readonly Matter[], petitions: readonly Petition[]): FengqiaoCounts {
  const resolvedByLevel = zeroByLevel();
  const handledByLevel = zeroByLevel();
  const minutes: number[] = [];
  const petitionedIds = new Set(petitions.map((petition) => petition.matterId));
  let petitioned = 0;
  for (const matter of matters) {
    if (!countsForFengqiao(matter)) continue;
    if (isHandled(matter)) {
      handledByLevel[matter.level] += 1;
      if (petitionedIds.has(matter.id)) petitioned += 1;
    }
    const resolved = resolutionMinutes(matter);
    if (resolved === null) continue;
    resolvedByLevel[matter.level] += 1;
    minutes.push(resolved);
  }
  const p90 = percentileNearestRank(minutes, RESOLUTION_PERCENTILE);
  return {
    resolvedByLevel,
    handledByLevel,
    petitioned,
    totalResolutionMinutes: minutes.reduce((sum, m) => sum + m, 0),
    p90ResolutionMinutes: p90.ok ? p90.value : null,
  };
}

function countAt(
  byLevel: Readonly<Record<EscalationLevel, number>>,
  levels: readonly EscalationLevel[],
): number {
  return levels.reduce((sum, level) => sum + byLevel[level], 0);
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

function checkCounts(counts: FengqiaoCounts): FengqiaoError | null {
  for (const level of ESCALATION_LEVELS) {
    if (!isCount(counts.resolvedByLevel[level])) return at(FENGQIAO_ERRORS.COUNT, 'resolvedByLevel', level);
    if (!isCount(counts.handledByLevel[level])) return at(FENGQIAO_ERRORS.COUNT, 'handledByLevel', level);
  }
  if (!isCount(counts.totalResolutionMinutes)) return at(FENGQIAO_ERRORS.COUNT, 'totalResolutionMinutes');
  if (!isCount(counts.petitioned)) return at(FENGQIAO_ERRORS.COUNT, 'petitioned');
  if (counts.petitioned > countAt(counts.handledByLevel, ESCALATION_LEVELS)) {
    return at(FENGQIAO_ERRORS.PETITIONED_ABOVE_HANDLED, 'petitioned');
  }
  const resolved = countAt(counts.resolvedByLevel, ESCALATION_LEVELS);
  const p90 = counts.p90ResolutionMinutes;
  if ((resolved === 0) !== (p90 === null)) return at(FENGQIAO_ERRORS.P90_MISSING, 'p90ResolutionMinutes');
  if (p90 !== null && !isCount(p90)) return at(FENGQIAO_ERRORS.COUNT, 'p90ResolutionMinutes');
  return null;
}

/**
 * The Fengqiao measures from counts (see {@link FengqiaoCounts}); `FENGQIAO.COUNT` or
 * `FENGQIAO.P90_MISSING` when the counts cannot be right. The mean is rounded half up to whole minutes.
 */
export function fengqiaoMeasures(counts: FengqiaoCounts): Result<FengqiaoMeasures, FengqiaoError> {
  const problem = checkCounts(counts);
  if (problem !== null) return err(problem);
  const resolved = countAt(counts.resolvedByLevel, ESCALATION_LEVELS);
  const handled = countAt(counts.handledByLevel, ESCALATION_LEVELS);
  return ok({
    resolved,
    handled,
    petitioned: counts.petitioned,
    settledInVillage: shareOf(countAt(counts.resolvedByLevel, FENGQIAO_LEVELS.SETTLED_IN_VILLAGE), resolved),
    settledInTownship: shareOf(
      countAt(counts.resolvedByLevel, FENGQIAO_LEVELS.SETTLED_IN_TOWNSHIP),
      resolved,
    ),
    notPassedUp: shareOf(handled - counts.petitioned, handled),
    meanResolutionMinutes:
      resolved === 0 ? null : Math.floor((2 * counts.totalResolutionMinutes + resolved) / (2 * resolved)),
    p90ResolutionMinutes: counts.p90ResolutionMinutes,
  });
}

/**
 * The Fengqiao measures over a list of matters (already chosen for a region and period) and the
 * petitions about them; only disputes count ({@link FENGQIAO_CATEGORIES}).
 */
export function fengqiaoMeasuresOf(
  matters: readonly Matter[],
  petitions: readonly Petition[],
): FengqiaoMeasures {
  const measures = fengqiaoMeasures(fengqiaoCountsOf(matters, petitions));
  // Counts made by fengqiaoCountsOf are consistent by construction.
  if (!measures.ok) throw new Error(`inconsistent Fengqiao counts: ${measures.error.code}`);
  return measures.value;
}

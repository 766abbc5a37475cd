import type { HallCounts, HallStatistics } from './serviceHall.js';

function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** The 1-based rank of the 90th percentile of `count` values by the nearest-rank method. */
export function p90Rank(count: number): number {
  return Math.ceil((90 * count) / 100);
}

/**
 * A hall's measures from its counts: completion rate (办结率 = completed / accepted), on-time rate
 * (completed on or before the due date / completed), average in-person trips per accepted
 * application, mean wait, and satisfaction (ratings that are not 差评 / ratings). A rate whose
 * denominator is 0 is null, not 0 or 1: nothing was measured.
 */
export function hallStatistics(counts: HallCounts): HallStatistics {
  return {
    ...counts,
    completionRate: ratio(counts.completed, counts.accepted),
    onTimeRate: ratio(counts.completedOnTime, counts.completed),
    averageTrips: ratio(counts.trips, counts.accepted),
    meanWaitSeconds: ratio(counts.waitSecondsTotal, counts.visits),
    satisfactionRate: ratio(counts.ratings - counts.badRatings, counts.ratings),
  };
}

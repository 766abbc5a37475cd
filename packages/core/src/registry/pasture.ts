// Seasonal pastures (季节性草场): where a herding household moves its herds over the year (转场).

/**
 * The season a pasture serves: `SUMMER` 夏季牧场 (high ground, grazed from early summer),
 * `WINTER` 冬季牧场 (sheltered ground near the settlement, most of the year on the Changtang), and
 * `SPRING_AUTUMN` 春秋牧场 (the passage between them, where a household keeps one).
 */
export type PastureSeason = 'SUMMER' | 'WINTER' | 'SPRING_AUTUMN';

/** Every pasture season, in the order of the herding year from winter. */
export const PASTURE_SEASONS: readonly PastureSeason[] = ['WINTER', 'SPRING_AUTUMN', 'SUMMER'];

/**
 * One seasonal pasture of a household: its place name, its coordinates where surveyed (WGS 84
 * degrees), and the months the household is there, from `fromMonth` to `toMonth` both included,
 * across the new year when `toMonth` is the smaller (a winter pasture of November to April).
 */
export interface SeasonalPasture {
  readonly id: string;
  readonly householdId: string;
  readonly season: PastureSeason;
  /** The place as herders name it (`玛尔琼夏季牧场`). */
  readonly place: string;
  readonly latitude: number | null;
  readonly longitude: number | null;
  /** 1–12. */
  readonly fromMonth: number;
  /** 1–12. */
  readonly toMonth: number;
}

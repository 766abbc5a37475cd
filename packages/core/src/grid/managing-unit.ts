// The units that employ and manage grid staff ("谁用人，谁管理").

/**
 * The kinds of unit that manage grid staff: the township government (乡镇人民政府) for grid chiefs and
 * workers, the county public security bureau (县公安局) for grid police, and the residents' or
 * villagers' committee (居民委员会, 村民委员会) for household-joint and building heads.
 */
export type ManagingUnitKind =
  | 'TOWNSHIP_GOVERNMENT'
  | 'PUBLIC_SECURITY_BUREAU'
  | 'RESIDENTS_COMMITTEE'
  | 'VILLAGERS_COMMITTEE';

/** Every kind of managing unit. */
export const MANAGING_UNIT_KINDS: readonly ManagingUnitKind[] = [
  'TOWNSHIP_GOVERNMENT',
  'PUBLIC_SECURITY_BUREAU',
  'RESIDENTS_COMMITTEE',
  'VILLAGERS_COMMITTEE',
];

/**
 * A unit that employs and manages grid staff: it alone approves their leave and assesses them. The
 * officers who govern its region act for it.
 */
export interface ManagingUnit {
  /** `U-<townshipCode>`, `U-<villageCode>` or `U-<countyCode>-PSB` in the fixtures. */
  readonly id: string;
  readonly kind: ManagingUnitKind;
  readonly nameZh: string;
  readonly nameEn: string;
  /** The place the unit governs: a township, a village or community, or the county. */
  readonly regionCode: string;
}

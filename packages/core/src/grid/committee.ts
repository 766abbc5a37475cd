// Homeowners' committees (业主委员会) of urban grids. The rules are in committee.rules.ts.
import type { Grid } from './grid.js';

/**
 * The capacity in which a member sits on a homeowners' committee: as the grid chief (网格长), a
 * household-joint head (联户长), a building head (楼栋长), or as a homeowner (业主).
 */
export type CommitteeSeat = 'GRID_CHIEF' | 'HOUSEHOLD_JOINT_HEAD' | 'BUILDING_HEAD' | 'HOMEOWNER';

/** Every committee seat. */
export const COMMITTEE_SEATS: readonly CommitteeSeat[] = [
  'GRID_CHIEF',
  'HOUSEHOLD_JOINT_HEAD',
  'BUILDING_HEAD',
  'HOMEOWNER',
];

/** One member of a homeowners' committee. */
export interface CommitteeMember {
  readonly personId: string;
  readonly seat: CommitteeSeat;
}

/**
 * A homeowners' committee (业主委员会) of an urban grid ("网格+业主委员会"): the grid chief,
 * household-joint heads and building heads sit on it beside homeowners, and it runs the affairs of
 * the residential compound.
 */
export interface HomeownersCommittee {
  readonly id: string;
  readonly gridCode: Grid['code'];
  readonly name: string;
  readonly members: readonly CommitteeMember[];
}

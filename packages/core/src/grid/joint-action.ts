/**
 * What a household-joint head (联户长) does as the first level of handling ("小事不出联户"):
 *
 * - `DISPUTE_SETTLED` 调解小纠纷 (settled a small dispute between households of the unit)
 * - `NOTICE_RELAYED` 传达通知 (relayed a notice of the grid or village to every household)
 * - `HOUSEHOLD_VISITED` 走访入户 (visited a household)
 * - `HAZARD_CHECKED` 排查隐患 (checked the unit for fire, flood or other hazards)
 * - `HELP_GIVEN` 帮扶 (helped a household in difficulty)
 * - `REPORTED_TO_GRID` 上报网格 (passed a matter beyond the unit to the grid)
 */
export type HouseholdJointActionKind =
  | 'DISPUTE_SETTLED'
  | 'NOTICE_RELAYED'
  | 'HOUSEHOLD_VISITED'
  | 'HAZARD_CHECKED'
  | 'HELP_GIVEN'
  | 'REPORTED_TO_GRID';

/** Every kind of household-joint head action, in display order. */
export const HOUSEHOLD_JOINT_ACTION_KINDS: readonly HouseholdJointActionKind[] = [
  'DISPUTE_SETTLED',
  'NOTICE_RELAYED',
  'HOUSEHOLD_VISITED',
  'HAZARD_CHECKED',
  'HELP_GIVEN',
  'REPORTED_TO_GRID',
];

/** The longest note of an action, in UTF-16 code units (as the matter records count). */
export const MAX_JOINT_ACTION_NOTE_LENGTH = 500;

/**
 * One action of a household-joint unit's head, recorded by the head or by the staff of the unit's
 * grid. `occurredAt` is when it happened; `recordedAt` when it was written down.
 */
export interface HouseholdJointAction {
  readonly id: string;
  readonly unitId: string;
  readonly gridCode: string;
  readonly kind: HouseholdJointActionKind;
  readonly note: string;
  readonly occurredAt: Date;
  readonly recordedAt: Date;
  /** Who wrote it down; `null` for a caller without a person. */
  readonly recordedByPersonId: string | null;
}

import { isInTheFuture, isValidInstant } from '../matter/record.rules.js';
import { type Actor, hasRoleIn, type Role } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, JOINT_ACTION_ERRORS, type JointActionError } from './grid.errors.js';
import type { HouseholdJointUnit } from './grid.js';
import {
  HOUSEHOLD_JOINT_ACTION_KINDS,
  type HouseholdJointAction,
  type HouseholdJointActionKind,
  MAX_JOINT_ACTION_NOTE_LENGTH,
} from './joint-action.js';

/** The grid staff who may write down a head's action for them: the grid chief and the grid workers. */
export const JOINT_ACTION_RECORDER_ROLES: readonly Role[] = ['GRID_CHIEF', 'GRID_WORKER'];

/** What is recorded of a head's action; `kind` is checked, so it may come from outside. */
export interface HouseholdJointActionInput {
  readonly kind: string;
  readonly note: string;
  readonly occurredAt: Date;
}

/** Whether `text` names a kind of household-joint head action. */
export function isHouseholdJointActionKind(text: string): text is HouseholdJointActionKind {
  return (HOUSEHOLD_JOINT_ACTION_KINDS as readonly string[]).includes(text);
}

/**
 * Records an action of the head of `unit` (联户长履职). The head of the unit records their own
 * actions; the grid chief and grid workers of the unit's grid record them for a head who cannot
 * (`JOINT_ACTION.FORBIDDEN` for anyone else). The kind must be known (`JOINT_ACTION.KIND`), the note
 * say something (`JOINT_ACTION.NOTE_REQUIRED`) in at most {@link MAX_JOINT_ACTION_NOTE_LENGTH}
 * characters (`JOINT_ACTION.NOTE_TOO_LONG`), and the action have happened: an `occurredAt` later
 * than `now` beyond the clock-skew allowance of matter records is `JOINT_ACTION.OCCURRED_AT`.
 */
export function recordHouseholdJointAction(
  actor: Actor,
  unit: Pick<HouseholdJointUnit, 'id' | 'headPersonId'> & { readonly gridCode: string },
  input: HouseholdJointActionInput,
  id: string,
  now: Date,
): Result<HouseholdJointAction, JointActionError> {
  const isHead = actor.personId !== null && actor.personId === unit.headPersonId;
  if (!isHead && hasRoleIn(actor, JOINT_ACTION_RECORDER_ROLES, unit.gridCode) === null) {
    return err(JOINT_ACTION_ERRORS.FORBIDDEN);
  }
  if (!isHouseholdJointActionKind(input.kind)) return err(at(JOINT_ACTION_ERRORS.KIND, 'kind'));
  const note = input.note.trim();
  if (note.length === 0) return err(at(JOINT_ACTION_ERRORS.NOTE_REQUIRED, 'note'));
  if (note.length > MAX_JOINT_ACTION_NOTE_LENGTH) return err(at(JOINT_ACTION_ERRORS.NOTE_TOO_LONG, 'note'));
  if (!isValidInstant(input.occurredAt) || isInTheFuture(input.occurredAt, now)) {
    return err(at(JOINT_ACTION_ERRORS.OCCURRED_AT, 'occurredAt'));
  }
  return ok({
    id,
    unitId: unit.id,
    gridCode: unit.gridCode,
    kind: input.kind,
    note,
    occurredAt: input.occurredAt,
    recordedAt: now,
    recordedByPersonId: actor.personId,
  });
}

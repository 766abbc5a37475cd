import { err, ok, type Result } from '../shared/result.js';
import { at, PETITION_ERRORS, type PetitionError } from './matter.errors.js';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  type Matter,
  PETITION_LEVELS,
  type Petition,
  type PetitionLevel,
} from './matter.js';
import { isInTheFuture, isValidInstant } from './record.rules.js';

/**
 * The handling ladder continued upward for petitions: grid, village, township, county, then the
 * prefecture, the autonomous region and the state. A petition's level and a matter's level are
 * compared by their place on it.
 */
export const PETITION_LADDER: readonly (EscalationLevel | PetitionLevel)[] = [
  ...ESCALATION_LEVELS,
  ...PETITION_LEVELS.filter((level) => !(ESCALATION_LEVELS as readonly string[]).includes(level)),
];

/** Whether a petition to `level` skips levels while `handlingLevel` handles the matter (越级). */
export function isLevelSkipping(level: PetitionLevel, handlingLevel: EscalationLevel): boolean {
  return PETITION_LADDER.indexOf(level) > PETITION_LADDER.indexOf(handlingLevel);
}

/** What a level-skipping petition is recorded with. */
export interface PetitionInput {
  readonly id: string;
  /** The level petitioned: one of {@link PETITION_LEVELS}, checked here. */
  readonly level: string;
  readonly petitionedAt: Date;
}

/**
 * Records a level-skipping petition (越级上访) about `matter` as it stands: the petition goes above the
 * level handling it (`PETITION.NOT_ABOVE` otherwise: what is brought to the handling level is that
 * level's own work), after the matter was reported and not later than `now` (`PETITION.TIME`).
 */
export function recordPetition(
  matter: Matter,
  input: PetitionInput,
  now: Date,
): Result<Petition, PetitionError> {
  const id = input.id.trim();
  if (id === '') return err(at(PETITION_ERRORS.REQUIRED, 'id'));
  const level = PETITION_LEVELS.find((candidate) => candidate === input.level);
  if (level === undefined) return err(at(PETITION_ERRORS.LEVEL, 'level'));
  if (!isLevelSkipping(level, matter.level)) return err(at(PETITION_ERRORS.NOT_ABOVE, 'level'));
  const when = input.petitionedAt;
  if (!isValidInstant(when) || when.getTime() < matter.reportedAt.getTime() || isInTheFuture(when, now)) {
    return err(at(PETITION_ERRORS.TIME, 'petitionedAt'));
  }
  return ok({ id, matterId: matter.id, handlingLevel: matter.level, level, petitionedAt: when });
}

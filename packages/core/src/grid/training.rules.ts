import type { CalendarDate } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridRole } from './assignment.rules.js';
import { at, TRAINING_ERRORS, type TrainingError } from './grid.errors.js';
import type { GridRole } from './grid.js';
import { isBlank } from './text.rules.js';
import {
  TRAINING_TOPICS,
  type TrainingSession,
  type TrainingSummary,
  type TrainingTopic,
} from './training.js';

function isTrainingTopic(value: string): value is TrainingTopic {
  return (TRAINING_TOPICS as readonly string[]).includes(value);
}

/**
 * Builds a training session: at least one topic and one target role, none repeated, and
 * participants listed once each (participants already recorded, for instance read back from
 * storage; record new ones with {@link recordParticipation}, which checks their roles).
 */
export function createTrainingSession(input: {
  readonly id: string;
  readonly title: string;
  readonly date: CalendarDate;
  readonly topics: readonly TrainingTopic[];
  readonly targetRoles: readonly GridRole[];
  readonly participantIds?: readonly string[];
}): Result<TrainingSession, TrainingError> {
  if (isBlank(input.id)) return err(at(TRAINING_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.title)) return err(at(TRAINING_ERRORS.REQUIRED, 'title'));
  const topics = new Set(input.topics);
  if (topics.size === 0 || topics.size !== input.topics.length || !input.topics.every(isTrainingTopic)) {
    return err(at(TRAINING_ERRORS.TOPICS, 'topics'));
  }
  const roles = new Set(input.targetRoles);
  if (roles.size === 0 || roles.size !== input.targetRoles.length || !input.targetRoles.every(isGridRole)) {
    return err(at(TRAINING_ERRORS.TARGET_ROLES, 'targetRoles'));
  }
  const participants = input.participantIds ?? [];
  const seen = new Set<string>();
  for (const [index, personId] of participants.entries()) {
    if (isBlank(personId)) return err(at(TRAINING_ERRORS.REQUIRED, 'participantIds', index));
    if (seen.has(personId)) return err(at(TRAINING_ERRORS.ALREADY_PARTICIPATING, 'participantIds', index));
    seen.add(personId);
  }
  return ok({
    id: input.id,
    title: input.title.trim(),
    date: input.date,
    topics: [...input.topics],
    targetRoles: [...input.targetRoles],
    participantIds: [...participants],
  });
}

/**
 * Records that a person attended a session. Training is by role (按照不同岗位需求): the person must
 * hold one of the session's target roles, and is recorded once per session.
 */
export function recordParticipation(
  session: TrainingSession,
  personId: string,
  rolesHeld: readonly GridRole[],
): Result<TrainingSession, TrainingError> {
  if (isBlank(personId)) return err(at(TRAINING_ERRORS.REQUIRED, 'personId'));
  if (session.participantIds.includes(personId))
    return err(at(TRAINING_ERRORS.ALREADY_PARTICIPATING, 'personId'));
  if (!rolesHeld.some((role) => session.targetRoles.includes(role))) {
    return err(at(TRAINING_ERRORS.NOT_TARGET_ROLE, 'personId'));
  }
  return ok({ ...session, participantIds: [...session.participantIds, personId] });
}

/** Participation in person-times (人次): a person at two sessions counts twice. */
export function countPersonTimes(sessions: readonly Pick<TrainingSession, 'participantIds'>[]): number {
  return sessions.reduce((sum, session) => sum + session.participantIds.length, 0);
}

/** Sessions, person-times, distinct persons and person-times by topic over `sessions`. */
export function summariseTraining(sessions: readonly TrainingSession[]): TrainingSummary {
  const personTimesByTopic = Object.fromEntries(TRAINING_TOPICS.map((topic) => [topic, 0])) as Record<
    TrainingTopic,
    number
  >;
  for (const session of sessions) {
    for (const topic of session.topics) personTimesByTopic[topic] += session.participantIds.length;
  }
  return {
    sessions: sessions.length,
    personTimes: countPersonTimes(sessions),
    distinctPersons: new Set(sessions.flatMap((session) => session.participantIds)).size,
    personTimesByTopic,
  };
}

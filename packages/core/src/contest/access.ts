import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { CONTEST_ACCESS_ERRORS, CONTEST_ERRORS } from './contest.errors.js';

/** Roles that run events, take entries and advance winners in their region. */
export const CONTEST_ORGANISERS: readonly Role[] = ['CONTEST_ORGANISER'];

/** Roles that mark entries (only of the events they are assigned to). */
export const CONTEST_JUDGES: readonly Role[] = ['JUDGE'];

/**
 * Whether the actor may organise an event held at `regionCode`: a contest organiser whose region
 * contains it. Returns the grant that allows it, or `CONTEST.FORBIDDEN`.
 */
export function authoriseOrganising(
  actor: Actor,
  regionCode: string,
): Result<RoleGrant, typeof CONTEST_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, CONTEST_ORGANISERS, regionCode);
  return grant === null ? err(CONTEST_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

/**
 * Whether the actor acts as a judge for an event held at `regionCode`: a person holding a JUDGE
 * grant whose region contains it. Which events they mark is the event's assignment
 * ({@link authoriseMarking}); without a JUDGE grant it is `CONTEST.NOT_ASSIGNED` all the same.
 */
export function authoriseJudging(
  actor: Actor,
  regionCode: string,
): Result<string, typeof CONTEST_ERRORS.NOT_ASSIGNED> {
  const grant = hasRoleIn(actor, CONTEST_JUDGES, regionCode);
  return grant === null || actor.personId === null ? err(CONTEST_ERRORS.NOT_ASSIGNED) : ok(actor.personId);
}

import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { HALL_ACCESS_ERRORS } from './serviceHall.errors.js';

/** Roles that act on applications, visits and rectifications: the hall's window clerks. */
export const HALL_CLERK_ROLES: readonly Role[] = ['SERVICE_HALL_CLERK'];

/**
 * The grant that lets the actor act in the hall of the county `hallRegionCode`, or
 * `SERVICE_HALL.FORBIDDEN`: only the county's clerks handle its applications.
 */
export function authoriseHallAction(
  actor: Actor,
  hallRegionCode: string,
): Result<RoleGrant, typeof HALL_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, HALL_CLERK_ROLES, hallRegionCode);
  return grant ? ok(grant) : err(HALL_ACCESS_ERRORS.FORBIDDEN);
}

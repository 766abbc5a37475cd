import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { PARTY_ERRORS } from './party.errors.js';

/** The role that manages party organisations, stationed cadres and their recall. */
export const PARTY_MANAGER_ROLES: readonly Role[] = ['PARTY_ORGANISER'];

/**
 * Whether the actor may change party records held at `regionCode` (a village, township or county):
 * a party organiser whose grant contains it. Returns the grant that allows it, or `PARTY.FORBIDDEN`.
 */
export function authorisePartyChange(
  actor: Actor,
  regionCode: string,
): Result<RoleGrant, typeof PARTY_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, PARTY_MANAGER_ROLES, regionCode);
  return grant === null ? err(PARTY_ERRORS.FORBIDDEN) : ok(grant);
}

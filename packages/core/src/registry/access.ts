import { PERSON_REGISTRARS } from '../person/person.rules.js';
import { type Actor, hasRoleIn, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { REGISTRY_ACCESS_ERRORS } from './registry.errors.js';

/**
 * Whether the actor may change the registry of the grid `gridCode` (register residents, rentals): the
 * staff who register people ({@link PERSON_REGISTRARS}), with a scope containing the grid. Returns
 * the grant that allows it, or `REGISTRY.FORBIDDEN`.
 */
export function authoriseRegistryChange(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof REGISTRY_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, PERSON_REGISTRARS, gridCode);
  return grant === null ? err(REGISTRY_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

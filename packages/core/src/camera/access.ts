import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { CAMERA_ACCESS_ERRORS } from './camera.errors.js';

/**
 * Roles that register camera points and cases solved with footage (雪亮工程): county and township
 * staff of the region. Camera positions are security information, so grid staff only read them.
 */
export const CAMERA_REGISTRARS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/**
 * Whether the actor may register camera points or solved cases in the grid `gridCode`: one of
 * {@link CAMERA_REGISTRARS} with a scope containing the grid. Returns the grant that allows it, or
 * `CAMERA.FORBIDDEN`.
 */
export function authoriseCameraChange(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof CAMERA_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, CAMERA_REGISTRARS, gridCode);
  return grant === null ? err(CAMERA_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { err, ok, type Result } from '../shared/result.js';
import { POINTS_ACCESS_ERRORS } from './points.errors.js';

/**
 * Roles that keep the points ledgers of the households of their region (家庭积分制): county and
 * township staff, and the grid staff who see the deeds.
 */
export const POINTS_RECORDERS: readonly Role[] = [
  'COUNTY_ADMIN',
  'TOWNSHIP_OFFICER',
  'GRID_CHIEF',
  'GRID_WORKER',
];

/**
 * Whether the actor may record points (award, deduct, redeem, correct) for a household of the grid
 * `gridCode`: one of {@link POINTS_RECORDERS} with a scope containing the grid. Returns the grant that
 * allows it, or `POINTS.FORBIDDEN`.
 */
export function authorisePointsRecording(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof POINTS_ACCESS_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, POINTS_RECORDERS, gridCode);
  return grant === null ? err(POINTS_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

// Which matters the caller reads, said once for the Matter node, the matters list, the events and
// the records behind them: the territorial read (core's MATTER kind: grid staff and their managers,
// in their region) and the functional one (ROUTED_MATTER: a department's officers, the matters routed
// to their department inside their grants' regions).
import { type Actor, isEmptyScope, isWithin, readScope, routedMatterReadScope } from '@grassroots/core';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { readableWhere, within } from '../shared/scope.js';

/** The matters routed to the caller's departments inside its grants' regions; empty for the rest. */
function routedWhere(context: Context): Prisma.MatterWhereInput[] {
  return routedMatterReadScope(context.actor).map(({ department, regions }) => ({
    department,
    OR: regions.map((region) => within('gridCode', region)),
  }));
}

/** The matters the caller reads, as one Prisma condition; null when it reads none at all. */
export function matterReach(context: Context): Prisma.MatterWhereInput | null {
  const reach = routedWhere(context);
  if (!isEmptyScope(readScope(context.actor, 'MATTER'))) {
    reach.unshift(readableWhere<'gridCode'>(context, 'MATTER', { code: 'gridCode' }));
  }
  if (reach.length === 0) return null;
  return reach.length === 1 ? (reach[0] as Prisma.MatterWhereInput) : { OR: reach };
}

/** {@link matterReach} for a `where`: a caller who reads no matter matches none. */
export function matterReadableWhere(context: Context): Prisma.MatterWhereInput {
  return matterReach(context) ?? { id: { in: [] } };
}

/**
 * The records the caller reads: those of its region (core's RECORD kind), and, for a department's
 * officers, the records behind the matters routed to it.
 */
export function recordReadableWhere(context: Context): Prisma.PublicOpinionRecordWhereInput {
  const territorial = readableWhere(context, 'RECORD', { code: 'gridCode' });
  const routed = routedWhere(context);
  return routed.length === 0 ? territorial : { OR: [territorial, { matter: { is: { OR: routed } } }] };
}

/**
 * Whether a department officer's grant reaches the grid: the type-level check of a record they reach
 * through a routed matter (`Matter.record`, `node` keeping only {@link recordReadableWhere}'s rows;
 * the records list stays refused to them).
 */
export function departmentReaches(actor: Actor, gridCode: string): boolean {
  return routedMatterReadScope(actor).some(({ regions }) =>
    regions.some((region) => isWithin(gridCode, region)),
  );
}

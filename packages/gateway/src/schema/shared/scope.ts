// The caller's region as SQL conditions. Region codes nest by prefix, so a region's whole subtree is
// a prefix (or a range) on the code column, which an index on that column serves.
import {
  type Actor,
  grantsCovering,
  isRegionCode,
  type RoleGrant,
  regionScopePrefix,
} from '@grassroots/core';
import { ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';

/** The SQL condition "code lies within one of these regions", as prefixes; null when there are none. */
export function withinAny(codes: readonly string[]): { OR: { startsWith: string }[] } | null {
  const prefixes = codes.filter(isRegionCode).map((code) => ({ startsWith: regionScopePrefix(code) }));
  return prefixes.length === 0 ? null : { OR: prefixes };
}

/** The region codes of the grants that hold one of `roles`. */
export function scopesOf(actor: Actor, roles: readonly RoleGrant['role'][]): string[] {
  return actor.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.regionCode);
}

/** Whether one of the caller's grants covers the region or grid `code`. */
export function inScope(actor: Actor, code: string): boolean {
  return grantsCovering(actor, code).length > 0;
}

/**
 * The SQL condition "`column` lies in one of the caller's regions" for a column holding region or
 * grid codes; refused when the caller holds no grant at all.
 */
export function callerScope<Column extends string>(
  context: Context,
  column: Column,
): { OR: Record<Column, { startsWith: string }>[] } {
  const scope = withinAny(context.actor.grants.map((grant) => grant.regionCode));
  if (scope === null) throw new ForbiddenError('this list is visible only to staff with a region');
  return { OR: scope.OR.map((prefix) => ({ [column]: prefix }) as Record<Column, { startsWith: string }>) };
}

/** The SQL condition "`column` lies inside region `code`" (a prefix on the code). */
export function withinRegion<Column extends string>(
  column: Column,
  code: string,
): Record<Column, { startsWith: string }> {
  const prefix = isRegionCode(code) ? regionScopePrefix(code) : code;
  return { [column]: { startsWith: prefix } } as Record<Column, { startsWith: string }>;
}

/** A range on a code column: `gte` the region's prefix, `lt` the next prefix when there is one. */
export interface CodeRange {
  gte: string;
  lt?: string;
}

/**
 * "Code lies within the region" as a range (`>= prefix AND < next prefix`) rather than LIKE: SQLite's
 * LIKE is case-insensitive and PostgreSQL's depends on the collation, so neither uses the index on
 * the code for it, while a range on digit strings does on both.
 */
export function codeWithin(regionCode: string): CodeRange {
  const prefix = isRegionCode(regionCode) ? regionScopePrefix(regionCode) : regionCode;
  if (!/^\d+$/.test(prefix)) return { gte: prefix, lt: prefix };
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return next.length > prefix.length ? { gte: prefix } : { gte: prefix, lt: next };
}

/**
 * The SQL condition "`column` lies in one of these regions" as an OR of ranges (see
 * {@link codeWithin}); null when no code is a region code.
 */
export function codeWithinAny<Column extends string>(
  column: Column,
  codes: readonly string[],
): { OR: Record<Column, CodeRange>[] } | null {
  const ranges = codes
    .filter(isRegionCode)
    .map((code) => ({ [column]: codeWithin(code) }) as Record<Column, CodeRange>);
  return ranges.length === 0 ? null : { OR: ranges };
}

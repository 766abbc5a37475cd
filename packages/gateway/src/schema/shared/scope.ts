import { type Actor, isRegionCode, type RoleGrant, regionScopePrefix } from '@grassroots/core';

/**
 * The SQL condition "code lies within one of these regions": region codes nest by prefix, so a
 * region's whole subtree is a prefix range that an index on the code column serves.
 */
export function withinAny(codes: readonly string[]): { OR: { startsWith: string }[] } | null {
  const prefixes = codes.filter(isRegionCode).map((code) => ({ startsWith: regionScopePrefix(code) }));
  return prefixes.length === 0 ? null : { OR: prefixes };
}

/** The region codes of the grants that hold one of `roles`. */
export function scopesOf(actor: Actor, roles: readonly RoleGrant['role'][]): string[] {
  return actor.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.regionCode);
}

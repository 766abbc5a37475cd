// "Inside a region", said one way. Region codes nest by prefix, so a region's whole subtree is a
// range on the code column (`>= prefix AND < next prefix`), which an index on that column serves on
// both databases. LIKE is not used: SQLite's is case-insensitive and PostgreSQL's depends on the
// collation, so neither uses the index for it.
import {
  type Actor,
  grantsCovering,
  isRegionCode,
  type ReadableKind,
  type RoleGrant,
  readScope,
  regionScopePrefix,
} from '@grassroots/core';
import { ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';

/** A range on a code column: `gte` the region's prefix, `lt` the next prefix when there is one. */
export interface CodeRange {
  readonly gte: string;
  readonly lt?: string;
}

/**
 * The codes inside region `code` (a region or grid code) as a range. A text that is not a code
 * gives an empty range, so it matches nothing.
 */
export function codeWithin(code: string): CodeRange {
  const prefix = isRegionCode(code) ? regionScopePrefix(code) : code;
  if (!/^\d+$/.test(prefix)) return { gte: prefix, lt: prefix };
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, '0');
  return next.length > prefix.length ? { gte: prefix } : { gte: prefix, lt: next };
}

/** The Prisma condition "`column` lies inside region `code`". */
export function within<Column extends string>(column: Column, code: string): Record<Column, CodeRange> {
  return { [column]: codeWithin(code) } as Record<Column, CodeRange>;
}

/** The Prisma condition "`column` lies inside one of these regions"; null when there are none. */
export function withinAny<Column extends string>(
  column: Column,
  codes: readonly string[],
): { OR: Record<Column, CodeRange>[] } | null {
  return codes.length === 0 ? null : { OR: codes.map((code) => within(column, code)) };
}

/** The same condition for hand-written SQL: `"column" >= … AND "column" < …`, values bound. */
export function sqlWithin(column: string, code: string): Prisma.Sql {
  const range = codeWithin(code);
  const name = Prisma.raw(
    column
      .split('.')
      .map((part) => `"${part}"`)
      .join('.'),
  );
  return range.lt === undefined
    ? Prisma.sql`${name} >= ${range.gte}`
    : Prisma.sql`(${name} >= ${range.gte} AND ${name} < ${range.lt})`;
}

/** The region codes of the caller's grants that hold one of `roles`. */
export function grantRegionsOf(actor: Actor, roles: readonly RoleGrant['role'][]): string[] {
  return actor.grants.filter((grant) => roles.includes(grant.role)).map((grant) => grant.regionCode);
}

/** Whether one of the caller's grants covers the region or grid `code`. */
export function grantsReach(actor: Actor, code: string): boolean {
  return grantsCovering(actor, code).length > 0;
}

/**
 * The Prisma condition "`column` lies in one of the caller's regions"; refused when the caller
 * holds no grant at all.
 */
export function callerScope<Column extends string>(
  context: Context,
  column: Column,
): { OR: Record<Column, CodeRange>[] } {
  const scope = withinAny(
    column,
    context.actor.grants.map((grant) => grant.regionCode),
  );
  if (scope === null) throw new ForbiddenError('this list is visible only to staff with a region');
  return scope;
}

/**
 * One statement that answers a per-region question for every region of a batch: `branch(code)` is a
 * SELECT for one region (its first column `CAST(code AS TEXT) AS "regionCode"`, its condition built
 * with {@link sqlWithin}), and the branches are joined with UNION ALL. Each branch uses the index
 * on its code column, and a list of regions costs one statement whatever its length.
 */
export function perRegion(codes: readonly string[], branch: (code: string) => Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    codes.map((code) => branch(code)),
    ' UNION ALL ',
  );
}

/**
 * The Prisma condition "the caller may read this row" for a kind of core's read model, on a row held
 * at `code` (a grid or region code column) and, where the kind lets people read their own records,
 * owned by `personId`. Empty scopes match nothing (`code IN ()`), so a caller who may read none of a
 * kind gets an empty list, and a node of it reads as null, exactly as if it did not exist.
 */
export function readableWhere<Code extends string, Person extends string = never>(
  context: Context,
  kind: ReadableKind,
  columns: { readonly code: Code; readonly personId?: Person },
): ReadableWhere<Code, Person> {
  const scope = readScope(context.actor, kind);
  if (scope.everyone) return {};
  const reach: (Record<Code, CodeRange> | Record<Person, string>)[] = [...scope.regions, ...scope.grids].map(
    (code) => within(columns.code, code),
  );
  if (scope.selfPersonId !== null && columns.personId) {
    reach.push({ [columns.personId]: scope.selfPersonId } as Record<Person, string>);
  }
  return reach.length === 0
    ? ({ [columns.code]: { in: [] as string[] } } as Record<Code, { in: string[] }>)
    : { OR: reach };
}

/** What {@link readableWhere} returns: no condition, nothing, or the places (and self) in reach. */
export type ReadableWhere<Code extends string, Person extends string> =
  | Record<never, never>
  | Record<Code, { in: string[] }>
  | { OR: (Record<Code, CodeRange> | Record<Person, string>)[] };

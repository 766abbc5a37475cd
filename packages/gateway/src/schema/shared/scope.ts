// "Inside a region", said one way. Region codes nest by prefix, so a region's whole subtree is a
// range on the code column (`>= prefix AND < next prefix`), which an index on that column serves on
// both databases. LIKE is not used: SQLite's is case-insensitive and PostgreSQL's depends on the
// collation, so neither uses the index for it.
import {
  type Actor,
  grantsCovering,
  isRegionCode,
  type ReadableKind,
  readScope,
  regionScopePrefix,
} from '@grassroots/core';
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

function quoted(column: string): Prisma.Sql {
  return Prisma.raw(
    column
      .split('.')
      .map((part) => `"${part}"`)
      .join('.'),
  );
}

/** The same condition for hand-written SQL: `"column" >= … AND "column" < …`, values bound. */
export function sqlWithin(column: string, code: string): Prisma.Sql {
  const range = codeWithin(code);
  const name = quoted(column);
  return range.lt === undefined
    ? Prisma.sql`${name} >= ${range.gte}`
    : Prisma.sql`(${name} >= ${range.gte} AND ${name} < ${range.lt})`;
}

/** Whether one of the caller's grants covers the region or grid `code`. */
export function grantsReach(actor: Actor, code: string): boolean {
  return grantsCovering(actor, code).length > 0;
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

/**
 * {@link readableWhere} for hand-written SQL: `1 = 1` for a public kind, `1 = 0` when the caller
 * reads none of it, otherwise the places in reach (and the caller's own rows) joined with OR.
 */
export function sqlReadable(
  context: Context,
  kind: ReadableKind,
  columns: { readonly code: string; readonly personId?: string },
): Prisma.Sql {
  const scope = readScope(context.actor, kind);
  if (scope.everyone) return Prisma.sql`1 = 1`;
  const reach = [...scope.regions, ...scope.grids].map((code) => sqlWithin(columns.code, code));
  if (scope.selfPersonId !== null && columns.personId) {
    reach.push(Prisma.sql`${quoted(columns.personId)} = ${scope.selfPersonId}`);
  }
  return reach.length === 0 ? Prisma.sql`1 = 0` : Prisma.sql`(${Prisma.join(reach, ' OR ')})`;
}

/**
 * Which people the caller reaches (kind PERSON): those registered inside a region-level grant; for a
 * grid grant, only those who live in the grid (a residence there) or serve it (an assignment there),
 * not the whole village; and the caller themself.
 */
export function personReadableWhere(context: Context): Prisma.PersonWhereInput {
  const scope = readScope(context.actor, 'PERSON');
  if (scope.everyone) return {};
  const reach: Prisma.PersonWhereInput[] = scope.regions.map((code) => within('residenceRegionCode', code));
  for (const grid of scope.grids) {
    reach.push({ residences: { some: { gridCode: grid } } }, { assignments: { some: { gridCode: grid } } });
  }
  if (scope.selfPersonId !== null) reach.push({ id: scope.selfPersonId });
  return reach.length === 0 ? { id: { in: [] } } : { OR: reach };
}

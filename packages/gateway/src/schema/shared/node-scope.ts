// Which rows of a Node type the caller may read, said once per type and used twice: by the type's
// root lists (as their `where`) and by `node` / `nodes`. A node the caller may not read answers
// null, exactly as a node that does not exist, so a global ID tells an outsider nothing.
//
// `node` and `nodes` first load by id alone (Pothos batches those lookups, and the same lookups
// serve nested fallback loads), then keep the ids the caller's condition admits with one id-only
// SELECT per type. Putting the condition inside the node's own lookup would break that batching.
import type { Context } from '../../context.js';

/** A Prisma `where` for one model, built from the caller's grants; `{}` when everyone may read it. */
export type ScopeWhere = (context: Context) => object;

interface NodeScope {
  /** The Prisma delegate, such as `matter` for `context.db.matter`. */
  readonly model: string;
  /** The column the global ID holds. */
  readonly idField: string;
  /** The column's value for the ID's text (numbers for an integer key). */
  readonly parseId: (id: string) => unknown;
  readonly where: ScopeWhere;
}

const scopes = new Map<string, NodeScope>();

/**
 * Declares who may read a Node type (see the file comment) and returns `where` for its root lists.
 * Call it beside the type's `prismaNode`; a type without one is never served through `node`.
 */
export function nodeScope<W extends ScopeWhere>(
  typename: string,
  model: string,
  where: W,
  {
    idField = 'id',
    parseId = (id: string): unknown => id,
  }: { idField?: string; parseId?: (id: string) => unknown } = {},
): W {
  scopes.set(typename, { model, idField, parseId, where });
  return where;
}

/** The Node types with a declared scope (a test checks that every Node type has one). */
export function scopedNodeTypes(): readonly string[] {
  return [...scopes.keys()];
}

/** A global ID as the relay plugin parses it. */
export interface ParsedGlobalId {
  readonly typename: string;
  readonly id: string;
}

interface FindIds {
  findMany(args: { where: object; select: Record<string, true> }): Promise<Record<string, unknown>[]>;
}

/**
 * Of `ids`, the keys (`typename:id`) the caller may read: one SELECT per type with a condition,
 * none for public types. Unknown types are never readable.
 */
export async function readableKeys(context: Context, ids: readonly ParsedGlobalId[]): Promise<Set<string>> {
  const readable = new Set<string>();
  const byType = new Map<string, string[]>();
  for (const { typename, id } of ids) byType.set(typename, [...(byType.get(typename) ?? []), id]);
  await Promise.all(
    [...byType].map(async ([typename, typeIds]) => {
      const scope = scopes.get(typename);
      if (!scope) return;
      const where = scope.where(context);
      if (Object.keys(where).length === 0) {
        for (const id of typeIds) readable.add(`${typename}:${id}`);
        return;
      }
      const delegate = (context.db as unknown as Record<string, FindIds>)[scope.model];
      if (!delegate) throw new Error(`nodeScope(${typename}): no Prisma model ${scope.model}`);
      const rows = await delegate.findMany({
        where: { AND: [{ [scope.idField]: { in: typeIds.map(scope.parseId) } }, where] },
        select: { [scope.idField]: true },
      });
      for (const row of rows) readable.add(`${typename}:${String(row[scope.idField])}`);
    }),
  );
  return readable;
}

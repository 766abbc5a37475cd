// One connection type per node type: `MatterConnection` with `MatterEdge`, shared by every field that
// lists matters, so a front end's generated types have one list type per kind of object.
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What the Prisma plugin leaves on a connection: the count, or a function that counts. */
interface Counted {
  readonly totalCount?: number | (() => number | Promise<number>);
}

/**
 * `<Name>Connection` (and `<Name>Edge`) for the node type `type`, with `totalCount`; pass it as the
 * connection options of `t.prismaConnection`, `t.relatedConnection` or `t.connection`. The count is
 * the one the field computes (`totalCount` on the field), so each list still counts in SQL.
 */
export function connectionOf<Shape>(type: ObjectRef<Types, Shape>, name: string) {
  return builder.connectionObject({
    type,
    name: `${name}Connection`,
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many results the whole list has, counted in the database.',
        // Marks the field as the Prisma plugin's own count, so a query for the count alone loads no rows.
        extensions: { pothosPrismaTotalCount: true },
        resolve: (connection) => {
          const { totalCount } = connection as Counted;
          if (totalCount === undefined) throw new Error(`${name}Connection has no totalCount`);
          return typeof totalCount === 'function' ? totalCount() : totalCount;
        },
      }),
    }),
  });
}

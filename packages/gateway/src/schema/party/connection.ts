// One connection type per node type of this area (`StationedCadreConnection` with
// `StationedCadreEdge`), with the count the field computes in SQL.
import type { ObjectRef } from '@pothos/core';
import { builder } from '../../builder.js';

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** What the Prisma plugin leaves on a connection: the count, or a function that counts. */
interface Counted {
  readonly totalCount?: number | (() => number | Promise<number>);
}

/** `<name>Connection` and `<name>Edge` for the node type `type`, with `totalCount`. */
export function partyConnection<Shape>(type: ObjectRef<Types, Shape>, name: string) {
  return builder.connectionObject(
    {
      type,
      name: `${name}Connection`,
      fields: (t) => ({
        totalCount: t.int({
          description: 'How many results the whole list has, counted in the database.',
          resolve: (connection) => {
            const { totalCount } = connection as Counted;
            if (totalCount === undefined) throw new Error(`${name}Connection has no totalCount`);
            return typeof totalCount === 'function' ? totalCount() : totalCount;
          },
        }),
      }),
    },
    { name: `${name}Edge` },
  );
}

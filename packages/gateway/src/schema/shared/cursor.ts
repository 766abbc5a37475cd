// The one codec for hand-made cursors (lists paged by a key the Prisma plugin does not build).
import { GraphQLError } from 'graphql';

/** An opaque cursor for `value` (a key of the row: an id, or a tuple such as [balance, id]). */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** The key inside a cursor; a cursor that is not one of ours is a BAD_USER_INPUT error. */
export function decodeCursor<T>(
  cursor: string | null | undefined,
  isValid: (value: unknown) => value is T,
): T | undefined {
  if (cursor === undefined || cursor === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    value = undefined;
  }
  if (!isValid(value))
    throw new GraphQLError('无效的游标 / Invalid cursor / ནུས་མེད་ཀྱི་ཤོག་ངོས་རྟགས་ཚད།', {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value;
}

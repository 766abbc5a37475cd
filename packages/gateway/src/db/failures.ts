// What a database failure means for the caller: the database cannot serve now (try again later), two
// writers collided (read again and retry), or neither (a bug, masked as an internal error).

/** `unavailable`: unreachable, refusing, out of connections or timed out; `conflict`: a lost race. */
export type DbFailure = 'unavailable' | 'conflict';

// Prisma's codes: P1001 cannot reach, P1002 reached but timed out, P1008 operation timed out, P1017
// server closed the connection, P2024 timed out waiting for a pool connection, P2028 transaction API
// (a transaction that waited past its deadline), P2034 write conflict or deadlock.
const UNAVAILABLE_PRISMA = new Set(['P1001', 'P1002', 'P1008', 'P1010', 'P1017', 'P2024', 'P2028']);
// The driver adapters' kinds (`DriverAdapterError.cause.kind`). SQLite's SQLITE_BUSY is `SocketTimeout`.
const UNAVAILABLE_KINDS = new Set([
  'DatabaseNotReachable',
  'DatabaseDoesNotExist',
  'DatabaseAccessDenied',
  'AuthenticationFailed',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
  'TlsConnectionError',
  'TransactionAlreadyClosed',
]);
// PostgreSQL SQLSTATEs: 57014 statement timeout or cancel, 57P01–57P03 shutting down or starting,
// 53300 too many connections, class 08 connection exceptions.
const UNAVAILABLE_SQLSTATE = /^(57014|57P0[1-3]|53300|08...)$/;
const CONFLICT_SQLSTATE = /^(40001|40P01)$/;
// Errors node-postgres raises itself, without a code: the connect and query timeouts of the pool.
const UNAVAILABLE_MESSAGE =
  /timeout exceeded when trying to connect|Connection terminated|Query read timeout|connection timeout|Can't reach database server|database is locked|Connection is closed|Client has encountered a connection error/i;

interface Inspectable {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly kind?: unknown;
  readonly message?: unknown;
  readonly cause?: unknown;
  readonly meta?: { readonly driverAdapterError?: unknown; readonly code?: unknown };
  readonly originalError?: unknown;
  readonly originalCode?: unknown;
}

/** Classifies an error from Prisma, a driver adapter or node-postgres, looking through its causes. */
export function classifyDbFailure(error: unknown): DbFailure | null {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const item = queue.shift();
    if (item === null || typeof item !== 'object' || seen.has(item)) continue;
    seen.add(item);
    const one = item as Inspectable;
    const code = typeof one.code === 'string' ? one.code : undefined;
    const kind = typeof one.kind === 'string' ? one.kind : undefined;
    if (code === 'P2034' || kind === 'TransactionWriteConflict') return 'conflict';
    if (code !== undefined && CONFLICT_SQLSTATE.test(code)) return 'conflict';
    if (code !== undefined && (UNAVAILABLE_PRISMA.has(code) || UNAVAILABLE_SQLSTATE.test(code))) {
      return 'unavailable';
    }
    if (code !== undefined && /^SQLITE_BUSY|^SQLITE_LOCKED/.test(code)) return 'unavailable';
    if (kind !== undefined && UNAVAILABLE_KINDS.has(kind)) return 'unavailable';
    if (kind === 'postgres' && typeof one.code === 'string' && UNAVAILABLE_SQLSTATE.test(one.code)) {
      return 'unavailable';
    }
    if (one.name === 'PrismaClientInitializationError') return 'unavailable';
    if (typeof one.message === 'string' && UNAVAILABLE_MESSAGE.test(one.message)) return 'unavailable';
    queue.push(one.cause, one.meta?.driverAdapterError, one.originalError);
  }
  return null;
}

import type { PersonalField, RoleGrant } from '@grassroots/core';
import DataLoader from 'dataloader';
import { type Db, Prisma } from './db/client.js';

/** One unmasked read of one personal field. */
export interface AuditEntry {
  readonly grant: RoleGrant;
  readonly reason: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly subjectRegionCode: string;
  readonly field: PersonalField;
}

export interface AuditLog {
  /**
   * Records an unmasked read. The resolver awaits it before returning the value, so no unmasked
   * value leaves the gateway without its record. Entries of one tick are written in one statement,
   * so a list of a hundred people costs one insert, not a hundred.
   */
  record(entry: AuditEntry): Promise<void>;
}

export function createAuditLog(
  db: Db,
  request: {
    readonly actorSubject: string;
    readonly actorPersonId: string | null;
    /** The gateway's id for the request. */
    readonly requestId: string;
    /** The client's own id for it, already checked (`http/request-id.ts`), or null. */
    readonly clientRequestId: string | null;
    readonly now: Date;
    readonly operationName: () => string | null;
  },
): AuditLog {
  const loader = new DataLoader<AuditEntry, void, AuditEntry>(
    async (entries) => {
      const operationName = request.operationName();
      // One multi-row INSERT for the whole batch: Prisma's createMany would split it every few dozen
      // rows (SQLite's old parameter limit), and the statements of a query must not grow with its
      // page size. A batch is capped well inside both databases' parameter limits.
      const rows = entries.map(
        (entry) =>
          Prisma.sql`(${request.now}, ${request.actorSubject}, ${request.actorPersonId}, ${entry.grant.role}, ${entry.grant.regionCode}, ${entry.reason}, ${entry.subjectType}, ${entry.subjectId}, ${entry.subjectRegionCode}, ${entry.field}, ${operationName}, ${request.requestId}, ${request.clientRequestId})`,
      );
      await db.$executeRaw`INSERT INTO "AuditRecord" ("occurredAt", "actorSubject", "actorPersonId", "grantRole", "grantRegionCode", "reason", "subjectType", "subjectId", "subjectRegionCode", "field", "operationName", "requestId", "clientRequestId") VALUES ${Prisma.join(rows)}`;
      return entries.map(() => undefined);
    },
    { cache: false, maxBatchSize: 2000 },
  );
  return { record: (entry) => loader.load(entry) };
}

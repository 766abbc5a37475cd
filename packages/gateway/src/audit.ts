import type { PersonalField, RoleGrant } from '@grassroots/core';
import DataLoader from 'dataloader';
import type { Db } from './db/client.js';

/** One unmasked read of one personal field. */
export interface AuditEntry {
  readonly grant: RoleGrant;
  readonly reason: string;
  readonly subjectType: string;
  readonly subjectId: string;
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
    readonly requestId: string;
    readonly now: Date;
    readonly operationName: () => string | null;
  },
): AuditLog {
  const loader = new DataLoader<AuditEntry, void, AuditEntry>(
    async (entries) => {
      const operationName = request.operationName();
      await db.auditRecord.createMany({
        data: entries.map((entry) => ({
          occurredAt: request.now,
          actorSubject: request.actorSubject,
          actorPersonId: request.actorPersonId,
          grantRole: entry.grant.role,
          grantRegionCode: entry.grant.regionCode,
          reason: entry.reason,
          subjectType: entry.subjectType,
          subjectId: entry.subjectId,
          field: entry.field,
          operationName,
          requestId: request.requestId,
        })),
      });
      return entries.map(() => undefined);
    },
    { cache: false, maxBatchSize: 500 },
  );
  return { record: (entry) => loader.load(entry) };
}

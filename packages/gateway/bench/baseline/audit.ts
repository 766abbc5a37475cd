// The baseline's audit write: what the gateway's `src/audit.ts` writes for the same request, kept in
// this one function so the baseline can follow the gateway when the audit design changes (issue 11
// asks for one small write per request instead of one row per field per person).
//
// Today the gateway writes one AuditRecord row per unmasked personal field per subject, all rows of a
// request in one multi-row INSERT (its DataLoader batches a tick's entries, at most 2,000 per
// statement).
import type { PersonalField, RoleGrant } from '@grassroots/core';
import type { SqlDriver } from './driver.js';

/** One unmasked read of one personal field (the gateway's AuditEntry). */
export interface AuditEntry {
  readonly grant: RoleGrant;
  readonly reason: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly subjectRegionCode: string;
  readonly field: PersonalField;
}

/** Who read, when, in which request (the gateway's per-request audit context). */
export interface AuditRequest {
  readonly actorSubject: string;
  readonly actorPersonId: string | null;
  readonly requestId: string;
  readonly now: Date;
  readonly operationName: string | null;
}

/** The gateway's DataLoader `maxBatchSize`: rows per INSERT. */
const ROWS_PER_STATEMENT = 2000;
const COLUMNS =
  '"occurredAt", "actorSubject", "actorPersonId", "grantRole", "grantRegionCode", "reason", "subjectType", ' +
  '"subjectId", "subjectRegionCode", "field", "operationName", "requestId"';
const PER_ROW = 12;

/** Writes the audit rows of one request; resolves once they are stored, before the response is sent. */
export async function writeAudit(
  db: SqlDriver,
  request: AuditRequest,
  entries: readonly AuditEntry[],
): Promise<void> {
  for (let start = 0; start < entries.length; start += ROWS_PER_STATEMENT) {
    const batch = entries.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const rows: string[] = [];
    for (const entry of batch) {
      const at = params.length;
      rows.push(`(${Array.from({ length: PER_ROW }, (_, i) => `$${at + i + 1}`).join(', ')})`);
      params.push(
        request.now,
        request.actorSubject,
        request.actorPersonId,
        entry.grant.role,
        entry.grant.regionCode,
        entry.reason,
        entry.subjectType,
        entry.subjectId,
        entry.subjectRegionCode,
        entry.field,
        request.operationName,
        request.requestId,
      );
    }
    await db.execute(`INSERT INTO "AuditRecord" (${COLUMNS}) VALUES ${rows.join(', ')}`, params);
  }
}

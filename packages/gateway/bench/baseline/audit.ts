// The baseline's audit write: what the gateway's `src/audit.ts` writes for the same request, kept in
// this one function so the baseline follows the gateway when the audit design changes.
//
// One entry per request that read personal data in full (who, under which grants, for which purpose,
// which field kinds), with one subject row per person read, written in one statement before the
// response is sent: on PostgreSQL the entry's INSERT is a data-modifying CTE of the subjects' INSERT,
// on SQLite an INSERT into the view `AuditEntryWrite` whose trigger writes both. The subjects travel as
// one JSON parameter, so the statement is prepared once and reused whatever the page holds.
import { randomUUID } from 'node:crypto';
import { PERSONAL_FIELDS, type PersonalField, type ReadPurpose } from '@grassroots/core';
import type { SqlDriver } from './driver.js';

/** One unmasked read of one personal field of one subject. */
export interface UnmaskedRead {
  readonly reason: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly subjectRegionCode: string;
  readonly field: PersonalField;
}

/** Who read, when, in which request, for what (the gateway's per-request audit context). */
export interface AuditRequest {
  readonly actorSubject: string;
  readonly actorPersonId: string | null;
  /** The server's own id for the request. */
  readonly requestId: string;
  /** The client's X-Request-Id when well formed, else null. */
  readonly clientRequestId: string | null;
  readonly purpose: ReadPurpose;
  readonly now: Date;
  readonly operationName: string | null;
}

const ENTRY_COLUMNS =
  '"id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose", "operationName", "requestId", ' +
  '"clientRequestId", "fields", "subjectCount"';
const VALUES = '$1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11';
const WRITE = {
  postgresql:
    `WITH "entry" AS (INSERT INTO "AuditEntry" (${ENTRY_COLUMNS}) VALUES (${VALUES}) RETURNING "id", "occurredAt") ` +
    `INSERT INTO "AuditSubject" ("entryId", "occurredAt", "subjectType", "subjectId", "subjectRegionCode", "fields") ` +
    `SELECT "entry"."id", "entry"."occurredAt", s ->> 0, s ->> 1, s ->> 2, s ->> 3 ` +
    `FROM "entry" CROSS JOIN json_array_elements($12::json) AS s`,
  sqlite: `INSERT INTO "AuditEntryWrite" (${ENTRY_COLUMNS}, "subjects") VALUES (${VALUES}, $12)`,
} as const;

/** The fields of a bit set (bit i = PERSONAL_FIELDS[i]), comma-separated in that order. */
function fieldList(bits: number): string {
  return PERSONAL_FIELDS.filter((_, index) => (bits & (1 << index)) !== 0).join(',');
}

/** Writes the entry of one request's reads (nothing when there are none); resolves once committed. */
export async function writeAudit(
  db: SqlDriver,
  request: AuditRequest,
  reads: readonly UnmaskedRead[],
): Promise<void> {
  if (reads.length === 0) return;
  const subjects = new Map<string, { type: string; id: string; region: string; fields: number }>();
  const reasons = new Set<string>();
  let fields = 0;
  for (const read of reads) {
    const bit = 1 << PERSONAL_FIELDS.indexOf(read.field);
    const key = `${read.subjectType}\u0000${read.subjectId}`;
    const subject = subjects.get(key);
    if (subject === undefined) {
      subjects.set(key, {
        type: read.subjectType,
        id: read.subjectId,
        region: read.subjectRegionCode,
        fields: bit,
      });
    } else subject.fields |= bit;
    reasons.add(read.reason);
    fields |= bit;
  }
  const list = [...subjects.values()].map((s) => [s.type, s.id, s.region, fieldList(s.fields)]);
  await db.execute(WRITE[db.provider], [
    randomUUID(),
    request.now,
    request.actorSubject,
    request.actorPersonId,
    [...reasons].sort().join(' '),
    request.purpose,
    request.operationName,
    request.requestId,
    request.clientRequestId,
    fieldList(fields),
    list.length,
    JSON.stringify(list),
  ]);
}

import { randomUUID } from 'node:crypto';
import { PERSONAL_FIELDS, type PersonalField, type ReadPurpose } from '@grassroots/core';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from './context.js';
import { type Db, Prisma, providerOf } from './db/client.js';
import { ERROR_CODES, joinMessage } from './errors.js';

/** One unmasked read of one personal field of one subject, as a resolver notes it. */
export interface UnmaskedRead {
  /** The grant that allowed it, as core's `canSee` names it (`ROLE@region`). */
  readonly reason: string;
  readonly subjectType: string;
  readonly subjectId: string;
  readonly subjectRegionCode: string;
  readonly field: PersonalField;
}

/**
 * The audit of one request (one operation of a batch). Resolvers note each unmasked read as they
 * return it; nothing is written then. When execution ends, `auditPlugin` (yoga.ts) calls `flush`,
 * which writes everything noted as one entry and resolves once it is committed; only then is the
 * result serialised and sent. If the write fails the plugin replaces the result with an error, so no
 * unmasked value leaves without its entry.
 */
export interface AuditLog {
  note(read: UnmaskedRead): void;
  /** Whether reads were noted since the last flush. */
  readonly pending: boolean;
  /** Writes the noted reads as one entry (nothing when there are none); resolves once committed. */
  flush(): Promise<void>;
}

/** Who reads, in which request, for what. */
export interface AuditRequest {
  readonly actorSubject: string;
  readonly actorPersonId: string | null;
  /** The gateway's id for the request. */
  readonly requestId: string;
  /** The client's own id for it, already checked (`http/request-id.ts`), or null. */
  readonly clientRequestId: string | null;
  readonly purpose: ReadPurpose;
  readonly now: Date;
  readonly operationName: () => string | null;
}

/** The row of an entry, and its subjects' rows, as they are written. */
export interface AuditEntryRow {
  readonly id: string;
  readonly occurredAt: Date;
  readonly actorSubject: string;
  readonly actorPersonId: string | null;
  readonly grants: string;
  readonly purpose: ReadPurpose;
  readonly operationName: string | null;
  readonly requestId: string;
  readonly clientRequestId: string | null;
  readonly fields: string;
  /** `[subjectType, subjectId, subjectRegionCode, fields]` per subject. */
  readonly subjects: readonly (readonly [string, string, string, string])[];
}

const FIELD_BIT = new Map(PERSONAL_FIELDS.map((field, index) => [field, 1 << index]));

/** The fields of a bit set, comma-separated in core's PERSONAL_FIELDS order. */
function fieldList(bits: number): string {
  return PERSONAL_FIELDS.filter((field) => (bits & (FIELD_BIT.get(field) ?? 0)) !== 0).join(',');
}

export function createAuditLog(db: Db, request: AuditRequest): AuditLog {
  // Keyed by type and id: a list that shows a person's name and phone notes two reads, one subject.
  let subjects = new Map<string, { type: string; id: string; regionCode: string; fields: number }>();
  let reasons = new Set<string>();
  let fields = 0;
  return {
    note(read) {
      const bit = FIELD_BIT.get(read.field) ?? 0;
      const key = `${read.subjectType}\u0000${read.subjectId}`;
      const subject = subjects.get(key);
      if (subject === undefined) {
        subjects.set(key, {
          type: read.subjectType,
          id: read.subjectId,
          regionCode: read.subjectRegionCode,
          fields: bit,
        });
      } else subject.fields |= bit;
      reasons.add(read.reason);
      fields |= bit;
    },
    get pending() {
      return subjects.size > 0;
    },
    async flush() {
      if (subjects.size === 0) return;
      const row: AuditEntryRow = {
        id: randomUUID(),
        occurredAt: request.now,
        actorSubject: request.actorSubject,
        actorPersonId: request.actorPersonId,
        grants: [...reasons].sort().join(' '),
        purpose: request.purpose,
        operationName: request.operationName(),
        requestId: request.requestId,
        clientRequestId: request.clientRequestId,
        fields: fieldList(fields),
        subjects: [...subjects.values()].map(
          (subject) => [subject.type, subject.id, subject.regionCode, fieldList(subject.fields)] as const,
        ),
      };
      // Reads noted after this point (a later increment of a stream) go into the next entry.
      subjects = new Map();
      reasons = new Set();
      fields = 0;
      await writeAuditEntry(db, row);
    },
  };
}

/**
 * Writes one entry and its subjects in one statement, committed when it resolves. The subjects travel
 * as one JSON parameter, so the statement's text and parameter count do not grow with the page: it
 * stays far from both databases' parameter limits and is parsed the same way every time. On
 * PostgreSQL the entry's INSERT is a data-modifying CTE of the subjects' INSERT; SQLite has no such
 * CTE, so there the statement inserts into the view `AuditEntryWrite`, whose INSTEAD OF trigger
 * (in the migration `audit_entries`) writes both tables within that statement.
 */
export async function writeAuditEntry(db: Db, row: AuditEntryRow): Promise<void> {
  const subjects = JSON.stringify(row.subjects);
  const values = Prisma.sql`${row.id}, ${row.occurredAt}, ${row.actorSubject}, ${row.actorPersonId}, ${row.grants}, ${row.purpose}, ${row.operationName}, ${row.requestId}, ${row.clientRequestId}, ${row.fields}, ${row.subjects.length}`;
  if (providerOf(db) === 'postgresql') {
    await db.$executeRaw`WITH "entry" AS (INSERT INTO "AuditEntry" (${ENTRY_COLUMNS}) VALUES (${values}) RETURNING "id", "occurredAt") INSERT INTO "AuditSubject" (${SUBJECT_COLUMNS}) SELECT "entry"."id", "entry"."occurredAt", s ->> 0, s ->> 1, s ->> 2, s ->> 3 FROM "entry" CROSS JOIN json_array_elements(${subjects}::json) AS s`;
  } else {
    await db.$executeRaw`INSERT INTO "AuditEntryWrite" (${ENTRY_COLUMNS}, "subjects") VALUES (${values}, ${subjects})`;
  }
}

/**
 * Deletes the entries that occurred before `before`, with their subjects (the foreign key cascades,
 * each entry's subjects found by their key's prefix), in one statement on the entries' time index.
 * The retention rule (core's `auditPruneCutoff`) is the caller's to apply. On PostgreSQL with the
 * table partitioned by month (README, "The audit log"), dropping whole partitions is cheaper still.
 */
export async function pruneAudit(db: Db, before: Date): Promise<number> {
  return db.auditRecord.deleteMany({ where: { occurredAt: { lt: before } } }).then((result) => result.count);
}

const ENTRY_COLUMNS = Prisma.raw(
  '"id", "occurredAt", "actorSubject", "actorPersonId", "grants", "purpose", "operationName", "requestId", "clientRequestId", "fields", "subjectCount"',
);
const SUBJECT_COLUMNS = Prisma.raw(
  '"entryId", "occurredAt", "subjectType", "subjectId", "subjectRegionCode", "fields"',
);

/**
 * Holds every result back until the audit entry of its unmasked reads is committed. It runs when
 * execution is done and before yoga serialises the result, so a response with unmasked data is never
 * on the wire ahead of its entry. If the write fails the whole result is replaced by
 * `AUDIT.UNAVAILABLE` (HTTP 503): withholding the answer is the price of an audit that loses nothing.
 */
export function auditPlugin(
  hooks: { readonly onWritten?: () => void; readonly onFailed?: () => void } = {},
): Plugin<Context> {
  let log: (error: unknown) => void = (error) => console.error(error);
  return {
    onYogaInit: ({ yoga }) => {
      log = (error) => yoga.logger.error('audit entry not written; the response was withheld', error);
    },
    onExecute: ({ args }) => {
      const audit = (args.contextValue as Partial<Context>).audit;
      if (audit === undefined) return;
      const settle = async (setResult: (result: { errors: GraphQLError[] }) => void) => {
        if (!audit.pending) return;
        try {
          await audit.flush();
          hooks.onWritten?.();
        } catch (error) {
          hooks.onFailed?.();
          log(error);
          setResult({ errors: [auditUnavailable()] });
        }
      };
      return {
        onExecuteDone: async ({ result, setResult }) => {
          // A stream (@defer, @stream) sends increments as they come: each waits for its own entry.
          if (Symbol.asyncIterator in result) return { onNext: ({ setResult }) => settle(setResult) };
          await settle(setResult);
          return undefined;
        },
      };
    },
  };
}

function auditUnavailable(): GraphQLError {
  const text = ERROR_CODES['AUDIT.UNAVAILABLE'];
  return new GraphQLError(joinMessage(text), {
    extensions: { code: 'AUDIT.UNAVAILABLE', http: { status: 503 } },
  });
}

// Before anything is timed: both servers must answer every operation with the same bytes, and an
// audited operation must leave the same audit rows. A difference stops the bench.
import { openDriver } from './baseline/driver.js';
import { type BenchOperation, requestBody } from './queries.js';
import type { ServerHandle } from './servers.js';

export class MismatchError extends Error {
  override name = 'MismatchError';
}

export interface Answer {
  readonly status: number;
  readonly contentType: string | null;
  readonly body: string;
}

/** One request, as the load generator sends it. */
export async function ask(
  port: number,
  operation: BenchOperation,
  token: string,
  requestId?: string,
): Promise<Answer> {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: requestHeaders(token, requestId),
    body: requestBody(operation),
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    body: await response.text(),
  };
}

export function requestHeaders(token: string, requestId?: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    accept: 'application/graphql-response+json',
    authorization: `Bearer ${token}`,
    ...(requestId ? { 'x-request-id': requestId } : {}),
  };
}

/** Where two texts first differ, with some context of each. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i += 1;
  const from = Math.max(0, i - 80);
  return (
    `first difference at character ${i} of ${a.length} (gateway) and ${b.length} (baseline):\n` +
    `  gateway : …${a.slice(from, i + 80)}…\n` +
    `  baseline: …${b.slice(from, i + 80)}…`
  );
}

/**
 * The audit of one request (found by the client's request id both servers were sent), without what
 * differs by nature (entry id, time, the server's request id): the entry and its subjects, sorted.
 */
async function auditRows(databaseUrl: string, clientRequestId: string): Promise<string[]> {
  const db = openDriver(databaseUrl);
  try {
    const entries = await db.query<Record<string, unknown>>(
      `SELECT "actorSubject", "actorPersonId", "grants", "purpose", "operationName", "fields", "subjectCount"
         FROM "AuditEntry" WHERE "clientRequestId" = $1`,
      [clientRequestId],
    );
    const subjects = await db.query<Record<string, unknown>>(
      `SELECT s."subjectType", s."subjectId", s."subjectRegionCode", s."fields"
         FROM "AuditSubject" AS s JOIN "AuditEntry" AS e ON e."id" = s."entryId"
        WHERE e."clientRequestId" = $1`,
      [clientRequestId],
    );
    return [
      ...entries.map((row) => `entry ${JSON.stringify(row)}`),
      ...subjects.map((row) => `subject ${JSON.stringify(row)}`).sort(),
    ];
  } finally {
    await db.close();
  }
}

export interface CheckResult {
  readonly operation: BenchOperation;
  readonly bytes: number;
  readonly auditRows: number;
}

/**
 * Asks both servers each operation and compares the answers byte for byte (and, for an audited
 * operation, the audit rows each request wrote). Throws {@link MismatchError} on any difference.
 */
export async function checkIdentical(
  operations: readonly BenchOperation[],
  gateway: ServerHandle,
  baseline: ServerHandle,
  token: string,
  databaseUrl: string,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const run = `${process.pid}-${Date.now()}`;
  for (const operation of operations) {
    const ids = {
      gateway: `bench-check-${run}-${operation.key}-g`,
      baseline: `bench-check-${run}-${operation.key}-b`,
    };
    const g = await ask(gateway.port, operation, token, ids.gateway);
    const b = await ask(baseline.port, operation, token, ids.baseline);
    if (g.status !== 200 || g.body.includes('"errors"')) {
      throw new MismatchError(`${operation.key}: the gateway answered ${g.status}: ${g.body.slice(0, 500)}`);
    }
    if (b.status !== 200) {
      throw new MismatchError(`${operation.key}: the baseline answered ${b.status}: ${b.body.slice(0, 500)}`);
    }
    // Two nulls are identical and measure nothing: the data the operation reads is not there.
    if (/^\{"data":\{"[A-Za-z]+":null\}\}$/.test(g.body)) {
      throw new MismatchError(
        `${operation.key}: the gateway answered ${g.body}; is the bench's data loaded?`,
      );
    }
    if (g.body !== b.body) {
      throw new MismatchError(`${operation.key}: the answers differ; ${firstDifference(g.body, b.body)}`);
    }
    const [gAudit, bAudit] = await Promise.all([
      auditRows(databaseUrl, ids.gateway),
      auditRows(databaseUrl, ids.baseline),
    ]);
    if (JSON.stringify(gAudit) !== JSON.stringify(bAudit)) {
      const missing = gAudit.filter((row) => !bAudit.includes(row)).slice(0, 3);
      const extra = bAudit.filter((row) => !gAudit.includes(row)).slice(0, 3);
      throw new MismatchError(
        `${operation.key}: the audit rows differ: the gateway wrote ${gAudit.length}, the baseline ` +
          `${bAudit.length}.\n  only the gateway's: ${missing.join('\n    ')}\n  only the baseline's: ${extra.join('\n    ')}`,
      );
    }
    if (operation.audited && gAudit.length === 0) {
      throw new MismatchError(`${operation.key}: expected audit rows, and neither server wrote any`);
    }
    results.push({ operation, bytes: Buffer.byteLength(g.body), auditRows: gAudit.length });
  }
  return results;
}

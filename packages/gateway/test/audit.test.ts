// The audit of unmasked reads (issue 11: one small write per request; issue 9: purpose and
// need-to-know, auditors only, the gateway's own request id beside the client's).
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_CALLER, BENCH_OPERATIONS, type BenchOperation } from '../bench/queries.js';
import { pruneAudit } from '../src/audit.js';
import { mintToken } from '../src/auth/tokens.js';
import { createDb, type Db } from '../src/db/client.js';
import { migrate, migrationsDir } from '../src/db/migrations.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import {
  freshDatabase,
  startGateway,
  TEST_NOW,
  TEST_SECRET,
  type TestCaller,
  type TestGateway,
} from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const auditor: TestCaller = { subject: 'auditor', grants: [{ role: 'AUDITOR', region: GERZE }] };
const siblingAuditor: TestCaller = {
  subject: 'auditor-542527',
  grants: [{ role: 'AUDITOR', region: '542527' }],
};
const judge: TestCaller = { subject: 'judge', grants: [{ role: 'JUDGE', region: GERZE }] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const secret = new TextEncoder().encode(TEST_SECRET);

const ONE_PERSON = 'query Person($id: ID!) { node(id: $id) { ... on Person { nameZh phone } } }';

let t: TestGateway;
let person: { id: string; nameZh: string; phone: string | null; residenceRegionCode: string };

beforeAll(async () => {
  // The same sets, in the same order, as calendar.test.ts and matter-actions.test.ts: one template.
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  person = await t.db.person.findFirstOrThrow({
    where: { residenceRegionCode: { startsWith: GERZE }, phone: { not: null } },
    orderBy: { id: 'asc' },
  });
});
afterAll(() => t.close());

interface Sent {
  readonly response: Response;
  readonly text: string;
  readonly body: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
}

/** One request through `fetch`, with the headers a client may send. */
async function send(
  query: string,
  variables: Record<string, unknown>,
  options: {
    as?: TestCaller;
    purpose?: string;
    requestId?: string;
    operationName?: string;
    language?: string;
  } = {},
): Promise<Sent> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.as) headers.authorization = `Bearer ${await mintToken(options.as, secret)}`;
  if (options.purpose !== undefined) headers['x-purpose'] = options.purpose;
  if (options.requestId !== undefined) headers['x-request-id'] = options.requestId;
  if (options.language !== undefined) headers['accept-language'] = options.language;
  const response = await t.gateway.fetch('http://grassroots.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables, operationName: options.operationName }),
  });
  const text = await response.text();
  return { response, text, body: JSON.parse(text) };
}

/** Reads the person's name and phone in full as the county administrator. */
async function readPerson(options: { purpose?: string; requestId?: string } = {}): Promise<Sent> {
  const sent = await send(
    ONE_PERSON,
    { id: encodeGlobalID('Person', person.id) },
    { as: countyAdmin, operationName: 'Person', ...options },
  );
  expect(sent.body.errors).toBeUndefined();
  expect(sent.body.data?.node).toEqual({ nameZh: person.nameZh, phone: person.phone });
  return sent;
}

/** The entry the request answered by `response` wrote, with its subjects. */
async function entryOf(response: Response) {
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(UUID);
  return t.db.auditRecord.findFirstOrThrow({
    where: { requestId: requestId ?? '' },
    include: { subjects: { orderBy: { subjectId: 'asc' } } },
  });
}

/** The statements of a request that write the audit. */
const auditWrites = (queries: readonly string[]) => queries.filter((sql) => /INSERT INTO "Audit/.test(sql));

describe('one audit write per request', () => {
  const operation = (key: string): BenchOperation => {
    const found = BENCH_OPERATIONS.find((candidate) => candidate.key === key);
    if (found === undefined) throw new Error(`no bench operation ${key}`);
    return found;
  };
  const asBench = { subject: BENCH_CALLER.subject, grants: BENCH_CALLER.grants };

  it('(a) grids → staff → person writes one entry naming every person read, in one statement', async () => {
    const grids = operation('grids-staff');
    t.resetQueries();
    const sent = await send(grids.query, grids.variables ?? {}, { as: asBench });
    expect(sent.body.errors).toBeUndefined();
    const writes = auditWrites(t.queries);
    // One statement whatever the page: its subjects travel as one JSON parameter.
    expect(writes).toHaveLength(1);
    expect(writes[0]?.includes('$13') || (writes[0]?.match(/\?/g) ?? []).length > 12).toBe(false);
    expect(t.queries.filter((sql) => /^(BEGIN|COMMIT)/i.test(sql.trim()))).toEqual([]);
    const entries = await t.db.auditRecord.findMany({
      where: { requestId: sent.response.headers.get('x-request-id') ?? '' },
      include: { subjects: true },
    });
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    const grid = sent.body.data?.grids as { edges: { node: { staff: unknown[] } }[] } | undefined;
    const shown = grid?.edges ?? [];
    const staff = shown.reduce((sum, edge) => sum + edge.node.staff.length, 0);
    expect(staff).toBeGreaterThan(700);
    // Each person once, however many grids list them; name and phone, as the page asked.
    expect(entry?.subjectCount).toBe(entry?.subjects.length);
    expect(entry?.subjects.length).toBeGreaterThan(500);
    expect(entry?.subjects.length).toBeLessThanOrEqual(staff);
    expect(entry).toMatchObject({
      actorSubject: BENCH_CALLER.subject,
      grants: 'COUNTY_ADMIN@542526',
      purpose: 'UNSTATED',
      fields: 'NAME,PHONE',
    });
    expect(entry?.subjects.every((subject) => subject.subjectType === 'Person')).toBe(true);
    expect(entry?.subjects.every((subject) => subject.subjectRegionCode.startsWith(GERZE))).toBe(true);
    // A person without a phone shows only the name, which is all that was read of them.
    expect(entry?.subjects.every((subject) => ['NAME,PHONE', 'NAME'].includes(subject.fields))).toBe(true);
    expect(entry?.subjects.some((subject) => subject.fields === 'NAME,PHONE')).toBe(true);
  });

  it.each(['matters-feed', 'grid-stats'])('(%s) reads nothing personal and writes no entry', async (key) => {
    const read = operation(key);
    t.resetQueries();
    const before = await t.db.auditRecord.count();
    const sent = await send(read.query, read.variables ?? {}, { as: asBench });
    expect(sent.body.errors).toBeUndefined();
    expect(auditWrites(t.queries)).toEqual([]);
    expect(await t.db.auditRecord.count()).toBe(before);
  });

  it('writes nothing when every personal field is shown masked (a judge reading a person)', async () => {
    t.resetQueries();
    const sent = await send(ONE_PERSON, { id: encodeGlobalID('Person', person.id) }, { as: judge });
    expect(sent.body.errors).toBeUndefined();
    expect((sent.body.data?.node as { nameZh?: string } | undefined)?.nameZh).not.toBe(person.nameZh);
    expect(auditWrites(t.queries)).toEqual([]);
    expect(await t.db.auditRecord.count({ where: { actorSubject: judge.subject } })).toBe(0);
  });
});

describe('the purpose of a read', () => {
  it('records the purpose the caller states in X-Purpose', async () => {
    for (const purpose of ['VISIT_CHECK', 'CASE_HANDLING', 'STATISTICS_CHECK']) {
      const entry = await entryOf((await readPerson({ purpose })).response);
      expect(entry.purpose).toBe(purpose);
      expect(entry.subjects).toMatchObject([
        {
          subjectType: 'Person',
          subjectId: person.id,
          subjectRegionCode: person.residenceRegionCode,
          fields: 'NAME,PHONE',
        },
      ]);
    }
  });

  it('records UNSTATED when the caller states none, so auditors find the unexplained reads', async () => {
    expect((await entryOf((await readPerson()).response)).purpose).toBe('UNSTATED');
  });

  it('refuses an unknown purpose with PURPOSE.UNKNOWN in both languages, before reading anything', async () => {
    const before = await t.db.auditRecord.count();
    const sent = await send(
      ONE_PERSON,
      { id: encodeGlobalID('Person', person.id) },
      { as: countyAdmin, purpose: 'CURIOSITY' },
    );
    expect(sent.response.status).toBe(400);
    expect(sent.body.data ?? null).toBeNull();
    expect(sent.body.errors?.[0]?.extensions).toMatchObject({
      code: 'PURPOSE.UNKNOWN',
      field: ['X-Purpose'],
    });
    expect(sent.body.errors?.[0]?.message).toMatch(/^查询用途须为以下之一.* \/ The purpose must be one of /);
    expect(sent.text).not.toContain(person.nameZh);
    expect(await t.db.auditRecord.count()).toBe(before);
  });
});

describe('nothing unmasked leaves without its entry', () => {
  it('answers AUDIT.UNAVAILABLE (503) without the data when the entry cannot be written', async () => {
    // A database that refuses the write: on PostgreSQL the subjects' table is out of the way; on SQLite
    // the connection is read-only (a renamed table would carry the trigger's reference with it).
    const [refuse, allow] =
      t.provider === 'postgresql'
        ? [
            'ALTER TABLE "AuditSubject" RENAME TO "AuditSubjectAway"',
            'ALTER TABLE "AuditSubjectAway" RENAME TO "AuditSubject"',
          ]
        : ['PRAGMA query_only = ON', 'PRAGMA query_only = OFF'];
    await t.db.$executeRawUnsafe(refuse);
    let sent: Sent;
    try {
      sent = await send(
        ONE_PERSON,
        { id: encodeGlobalID('Person', person.id) },
        { as: countyAdmin, requestId: 'lost-audit' },
      );
    } finally {
      await t.db.$executeRawUnsafe(allow);
    }
    expect(sent.response.status).toBe(503);
    expect(sent.body.data ?? null).toBeNull();
    expect(sent.body.errors).toHaveLength(1);
    expect(sent.body.errors?.[0]?.extensions?.code).toBe('AUDIT.UNAVAILABLE');
    expect(sent.text).not.toContain(person.nameZh);
    expect(sent.text).not.toContain(person.phone ?? '');
    expect(await t.db.auditRecord.count({ where: { clientRequestId: 'lost-audit' } })).toBe(0);
    // The gateway recovers with the table.
    await readPerson();
  });
});

describe('who reads the audit log', () => {
  const AUDIT = /* GraphQL */ `
    query Audit($filter: AuditRecordFilter, $first: Int, $after: String) {
      auditRecords(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node {
          id requestId clientRequestId actorSubject grants purpose purposeLabel(locale: ZH_CN) fields subjectCount
          subjects(first: 5) { totalCount edges { node { subjectId subjectType subjectRegionCode fields } } }
        } }
      }
    }
  `;
  interface Page {
    auditRecords: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: {
        node: {
          id: string;
          requestId: string;
          clientRequestId: string | null;
          actorSubject: string;
          grants: string[];
          purpose: string;
          purposeLabel: string;
          fields: string[];
          subjectCount: number;
          subjects: { totalCount: number; edges: { node: { subjectId: string; fields: string[] } }[] };
        };
      }[];
    };
  }

  it('an auditor finds a person’s reads by the person’s global ID, newest first, page by page', async () => {
    const reads = [];
    for (const purpose of ['CASE_HANDLING', 'VISIT_CHECK', 'STATISTICS_CHECK']) {
      reads.push(
        (await readPerson({ purpose, requestId: `case-${purpose}` })).response.headers.get('x-request-id'),
      );
    }
    const subject = encodeGlobalID('Person', person.id);
    const all = await t.gql<Page>(AUDIT, { filter: { subject }, first: 100 }, { as: auditor });
    expect(all.errors).toBeUndefined();
    const records = all.data?.auditRecords.edges.map((edge) => edge.node) ?? [];
    expect(records.length).toBe(all.data?.auditRecords.totalCount);
    expect(records.map((record) => record.requestId)).toEqual(expect.arrayContaining(reads));
    for (const record of records) {
      expect(record.subjects.edges.map((edge) => edge.node.subjectId)).toContain(subject);
    }
    const caseRead = records.find((record) => record.clientRequestId === 'case-CASE_HANDLING');
    expect(caseRead).toMatchObject({
      actorSubject: 'admin',
      grants: ['COUNTY_ADMIN@542526'],
      purpose: 'CASE_HANDLING',
      purposeLabel: '案件办理',
      fields: ['NAME', 'PHONE'],
      subjectCount: 1,
    });
    // Two at a time, in the same order as the whole list.
    const paged: string[] = [];
    let after: string | null = null;
    do {
      const page: { data?: Page } = await t.gql<Page>(
        AUDIT,
        { filter: { subject }, first: 2, after },
        { as: auditor },
      );
      paged.push(...(page.data?.auditRecords.edges.map((edge) => edge.node.id) ?? []));
      after = page.data?.auditRecords.pageInfo.hasNextPage ? page.data.auditRecords.pageInfo.endCursor : null;
    } while (after !== null);
    expect(paged).toEqual(records.map((record) => record.id));
  });

  it('filters by reader and period, and by purpose', async () => {
    await readPerson({ purpose: 'VISIT_CHECK' });
    const byReader = await t.gql<Page>(
      AUDIT,
      {
        filter: { actorSubject: 'admin', from: '2025-06-16T00:00:00Z', to: '2025-06-17T00:00:00Z' },
        first: 100,
      },
      { as: auditor },
    );
    expect(byReader.errors).toBeUndefined();
    expect(byReader.data?.auditRecords.totalCount).toBeGreaterThan(0);
    expect(byReader.data?.auditRecords.edges.every((edge) => edge.node.actorSubject === 'admin')).toBe(true);
    const before = await t.gql<Page>(
      AUDIT,
      { filter: { actorSubject: 'admin', to: '2025-06-16T00:00:00Z' } },
      { as: auditor },
    );
    expect(before.data?.auditRecords.totalCount).toBe(0);
    const visits = await t.gql<Page>(
      AUDIT,
      { filter: { purpose: 'VISIT_CHECK' }, first: 100 },
      { as: auditor },
    );
    expect(visits.data?.auditRecords.totalCount).toBeGreaterThan(0);
    expect(visits.data?.auditRecords.edges.every((edge) => edge.node.purpose === 'VISIT_CHECK')).toBe(true);
  });

  it('shows an auditor of another county none of these reads', async () => {
    const result = await t.gql<Page>(
      AUDIT,
      { filter: { subject: encodeGlobalID('Person', person.id) } },
      { as: siblingAuditor },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditRecords.totalCount).toBe(0);
    const entry = await t.db.auditRecord.findFirstOrThrow({ where: { actorSubject: 'admin' } });
    const byId = await t.gql<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { ... on AuditRecord { fields } } }',
      { id: encodeGlobalID('AuditRecord', entry.id) },
      { as: siblingAuditor },
    );
    expect(byId.errors).toBeUndefined();
    expect(byId.data?.node).toBeNull();
  });

  it('an auditor of the region fetches a record again by its ID', async () => {
    const entry = await t.db.auditRecord.findFirstOrThrow({ where: { actorSubject: 'admin' } });
    const id = encodeGlobalID('AuditRecord', entry.id);
    const result = await t.gql<{ node: { id: string; requestId: string } }>(
      'query ($id: ID!) { node(id: $id) { id ... on AuditRecord { requestId } } }',
      { id },
      { as: auditor },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ id, requestId: entry.requestId });
  });

  it('a county administrator, whose own reads are in it, may not: neither the list nor a record by id (which reads as missing)', async () => {
    const list = await t.gql(AUDIT, {}, { as: countyAdmin });
    expect(list.data?.auditRecords ?? null).toBeNull();
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const entry = await t.db.auditRecord.findFirstOrThrow();
    const byId = await t.gql<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { ... on AuditRecord { fields } } }',
      { id: encodeGlobalID('AuditRecord', entry.id) },
      { as: countyAdmin },
    );
    // A node the caller may not read is indistinguishable from one that does not exist.
    expect(byId).toEqual({ data: { node: null }, status: 200 });
  });
});

describe('request ids in the audit', () => {
  it('records the gateway’s own UUID, sent back in X-Request-Id, however the client names its request', async () => {
    const first = await readPerson({ requestId: 'same-id-from-a-client' });
    const second = await readPerson({ requestId: 'same-id-from-a-client' });
    expect(first.response.headers.get('x-request-id')).not.toBe(second.response.headers.get('x-request-id'));
    for (const { response } of [first, second]) {
      const entry = await entryOf(response);
      expect(entry.requestId).toBe(response.headers.get('x-request-id'));
      expect(entry.clientRequestId).toBe('same-id-from-a-client');
    }
  });

  it('keeps a well-formed client id of up to 128 characters as it was sent', async () => {
    const traceLike = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`;
    for (const id of [traceLike, 'web:2f1c/req=+@_.', 'x'.repeat(128)]) {
      expect((await entryOf((await readPerson({ requestId: id })).response)).clientRequestId).toBe(id);
    }
  });

  it('stores no client id that is too long or holds other characters, and still serves the request', async () => {
    for (const id of ['x'.repeat(129), 'id with spaces', '<script>alert(1)</script>', 'naïve', 'a;b', '']) {
      const entry = await entryOf((await readPerson({ requestId: id })).response);
      expect(entry.clientRequestId).toBeNull();
      expect(entry.requestId).not.toBe(id);
    }
  });
});

describe('retention', () => {
  it('prunes the entries before a day, with their subjects, and keeps the later ones', async () => {
    await readPerson();
    const entries = await t.db.auditRecord.count();
    const subjects = await t.db.auditSubject.count();
    expect(entries).toBeGreaterThan(0);
    // Every entry of this file was written at TEST_NOW (2025-06-16T02:00Z).
    expect(await pruneAudit(t.db, new Date('2025-06-16T00:00:00Z'))).toBe(0);
    expect(await t.db.auditSubject.count()).toBe(subjects);
    expect(await pruneAudit(t.db, new Date('2025-06-17T00:00:00Z'))).toBe(entries);
    expect(await t.db.auditRecord.count()).toBe(0);
    expect(await t.db.auditSubject.count()).toBe(0);
  });
});

describe('the migration to one entry per request', () => {
  it('keeps every read recorded before it: one entry per request, each person once with the fields read', async () => {
    const database = await freshDatabase();
    const dir = mkdtempSync(join(tmpdir(), 'grassroots-audit-migrations-'));
    let db: Db | undefined;
    try {
      const all = migrationsDir(database.config.provider);
      // The migrations up to the one before `audit_entries`, when reads were rows per field.
      for (const name of readdirSync(all)) {
        if (name < '20261202035356') cpSync(join(all, name), join(dir, name), { recursive: true });
      }
      await migrate(database.config, { dir });
      db = await createDb(database.config);
      const insert = `INSERT INTO "AuditRecord" ("occurredAt", "actorSubject", "grantRole", "grantRegionCode",
        "reason", "subjectType", "subjectId", "subjectRegionCode", "field", "operationName", "requestId")
        VALUES ($1, $2, 'COUNTY_ADMIN', '542526', 'COUNTY_ADMIN@542526', 'Person', $3, '542526100', $4, $5, $6)`;
      const old: [Date, string, string, string, string | null, string | null][] = [
        [TEST_NOW, 'admin', 'p1', 'NAME', 'Grids', 'request-1'],
        [TEST_NOW, 'admin', 'p1', 'PHONE', 'Grids', 'request-1'],
        [TEST_NOW, 'admin', 'p2', 'NAME', 'Grids', 'request-1'],
        [new Date('2025-01-01T00:00:00Z'), 'early', 'p1', 'CITIZEN_ID', null, null],
      ];
      for (const row of old) {
        await db.$executeRawUnsafe(
          t.provider === 'sqlite' ? insert.replace(/\$\d/g, '?') : insert.replace('($1', '($1::timestamp'),
          ...row,
        );
      }
      await db.$disconnect();
      db = undefined;
      expect((await migrate(database.config)).applied[0]).toBe('20261202035356_audit_entries');
      db = await createDb(database.config);
      const entries = await db.auditRecord.findMany({
        include: { subjects: { orderBy: { subjectId: 'asc' } } },
        orderBy: { occurredAt: 'asc' },
      });
      expect(entries).toMatchObject([
        {
          actorSubject: 'early',
          purpose: null,
          fields: 'CITIZEN_ID',
          subjectCount: 1,
          subjects: [{ subjectId: 'p1', fields: 'CITIZEN_ID' }],
        },
        {
          actorSubject: 'admin',
          requestId: 'request-1',
          operationName: 'Grids',
          grants: 'COUNTY_ADMIN@542526',
          subjectCount: 2,
          subjects: [
            { subjectId: 'p1', subjectRegionCode: '542526100' },
            { subjectId: 'p2', fields: 'NAME' },
          ],
        },
      ]);
      expect(entries[0]?.requestId).toMatch(/^legacy-/);
      expect(entries[1]?.fields.split(',').sort()).toEqual(['NAME', 'PHONE']);
      expect(entries[1]?.subjects[0]?.fields.split(',').sort()).toEqual(['NAME', 'PHONE']);
    } finally {
      await db?.$disconnect();
      rmSync(dir, { recursive: true, force: true });
      await database.drop();
    }
  });
});

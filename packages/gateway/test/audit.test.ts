// The audit log (issue 9, defect 12): for auditors only, as the SDL says; the request id is the
// gateway's own, and the client's X-Request-Id is kept apart, only when well formed.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../src/auth/tokens.js';
import type { Person } from '../src/generated/sqlite/client.js';
import { personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, TEST_SECRET, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const auditor: TestCaller = { subject: 'auditor', grants: [{ role: 'AUDITOR', region: GERZE }] };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const secret = new TextEncoder().encode(TEST_SECRET);

let t: TestGateway;
let person: Person;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 20 })]);
  person = await t.db.person.findFirstOrThrow({ orderBy: { id: 'asc' } });
});
afterAll(() => t.close());

/** Reads the person's name in full as the county administrator, sending `requestId` if given. */
async function readName(requestId?: string): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${await mintToken(countyAdmin, secret)}`,
  };
  if (requestId !== undefined) headers['x-request-id'] = requestId;
  const response = await t.gateway.fetch('http://grassroots.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({
      query: 'query ($id: ID!) { node(id: $id) { ... on Person { nameZh } } }',
      variables: { id: encodeGlobalID('Person', person.id) },
    }),
  });
  expect(response.status).toBe(200);
  const body = (await response.json()) as { data?: { node?: { nameZh?: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  expect(body.data?.node?.nameZh).toBe(person.nameZh);
  return response;
}

/** The audit rows written by the request the gateway answered with `response`. */
async function auditOf(response: Response) {
  const requestId = response.headers.get('x-request-id');
  expect(requestId).toMatch(UUID);
  const rows = await t.db.auditRecord.findMany({ where: { requestId } });
  expect(rows.length).toBeGreaterThan(0);
  return rows;
}

describe('who reads the audit log', () => {
  const AUDIT = /* GraphQL */ `
    query { auditRecords(first: 5) { totalCount edges { node { id requestId clientRequestId } } } }
  `;

  it('an auditor of the region reads it', async () => {
    await readName();
    const result = await t.gql<{ auditRecords: { totalCount: number } }>(AUDIT, {}, { as: auditor });
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditRecords.totalCount).toBeGreaterThan(0);
  });

  it('a county administrator, whose own reads are in it, may not: neither the list nor a record by id (which reads as missing)', async () => {
    const list = await t.gql(AUDIT, {}, { as: countyAdmin });
    expect(list.data?.auditRecords ?? null).toBeNull();
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const row = await t.db.auditRecord.findFirstOrThrow();
    const byId = await t.gql<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { ... on AuditRecord { field } } }',
      { id: encodeGlobalID('AuditRecord', String(row.id)) },
      { as: countyAdmin },
    );
    // A node the caller may not read is indistinguishable from one that does not exist.
    expect(byId).toEqual({ data: { node: null }, status: 200 });
  });
});

describe('request ids in the audit', () => {
  it('records the gateway’s own UUID, sent back in X-Request-Id, however the client names its request', async () => {
    const first = await readName('same-id-from-a-client');
    const second = await readName('same-id-from-a-client');
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
    for (const response of [first, second]) {
      for (const row of await auditOf(response)) {
        expect(row.requestId).toBe(response.headers.get('x-request-id'));
        expect(row.clientRequestId).toBe('same-id-from-a-client');
      }
    }
  });

  it('keeps a well-formed client id of up to 128 characters as it was sent', async () => {
    const traceLike = `00-${'a'.repeat(32)}-${'b'.repeat(16)}-01`;
    for (const id of [traceLike, 'web:2f1c/req=+@_.', 'x'.repeat(128)]) {
      const rows = await auditOf(await readName(id));
      expect(rows.every((row) => row.clientRequestId === id)).toBe(true);
    }
  });

  it('stores no client id that is too long or holds other characters, and still serves the request', async () => {
    for (const id of ['x'.repeat(129), 'id with spaces', '<script>alert(1)</script>', 'naïve', 'a;b', '']) {
      const rows = await auditOf(await readName(id));
      expect(rows.every((row) => row.clientRequestId === null)).toBe(true);
      expect(rows.every((row) => row.requestId !== id)).toBe(true);
    }
  });

  it('shows auditors both ids', async () => {
    const response = await readName('case-4711');
    const result = await t.gql<{
      auditRecords: { edges: { node: { requestId: string; clientRequestId: string | null } }[] };
    }>(
      'query ($subject: ID) { auditRecords(first: 1, filter: { subjectId: $subject }) { edges { node { requestId clientRequestId } } } }',
      { subject: encodeGlobalID('Person', person.id) },
      { as: auditor },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.auditRecords.edges[0]?.node).toEqual({
      requestId: response.headers.get('x-request-id'),
      clientRequestId: 'case-4711',
    });
  });
});

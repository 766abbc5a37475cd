// 重点人员 through the API: an entry is invisible to grid staff except as its visit task (whom and by
// when, never why), and visible in full only to the department its category names, reading for the
// category's purpose, with an audit entry naming that purpose.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken } from '../src/auth/tokens.js';
import {
  gridFixtures,
  personFixtures,
  pointsFixtures,
  regionFixtures,
  registryFixtures,
} from './fixture-sets.js';
import { startGateway, TEST_SECRET, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;
let gridCode: string;
let personId: string;
let citizenId: string;
let entryId: string;

const secret = new TextEncoder().encode(TEST_SECRET);

/** One request with the caller's stated purpose (X-Purpose), as a department's client sends it. */
async function send<T>(query: string, variables: Record<string, unknown>, as: TestCaller, purpose?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${await mintToken(as, secret)}`,
  };
  if (purpose) headers['x-purpose'] = purpose;
  const response = await t.gateway.fetch('http://grassroots.test/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T; errors?: { extensions?: { code?: string } }[] };
}

const township = () => gridCode.slice(0, 9);
const justice = (): TestCaller => ({
  subject: 'justice',
  grants: [{ role: 'JUSTICE_OFFICER', region: township() }],
});
const health = (): TestCaller => ({
  subject: 'health',
  grants: [{ role: 'HEALTH_OFFICER', region: township() }],
});
const worker = (): TestCaller => ({ subject: 'worker', grants: [{ role: 'GRID_WORKER', region: gridCode }] });
const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

const REGISTER = /* GraphQL */ `
  mutation ($input: KeyPersonRegisterInput!) {
    keyPersonRegister(input: $input) { keyPerson { id category name } userErrors { code field } }
  }
`;
const ENTRIES = /* GraphQL */ `
  { keyPersons(first: 10) { totalCount edges { node { id category categoryLabel(locale: EN) name citizenId since visitDueOn } } } }
`;
const TASKS = /* GraphQL */ `
  { keyPersonVisitTasks(first: 10) { totalCount edges { node { id dueOn overdue person { id } grid { code } } } } }
`;

type Register = {
  keyPersonRegister: {
    keyPerson: { id: string; category: string | null; name: string | null } | null;
    userErrors: { code: string }[];
  };
};
type Entries = { keyPersons: { totalCount: number; edges: { node: Record<string, string | null> }[] } };
type Tasks = {
  keyPersonVisitTasks: {
    totalCount: number;
    edges: { node: { id: string; dueOn: string; overdue: boolean; person: { id: string } } }[];
  };
};

beforeAll(async () => {
  t = await startGateway([
    regionFixtures,
    personFixtures(),
    gridFixtures(),
    pointsFixtures(),
    registryFixtures(),
  ]);
  const resident = await t.db.resident.findFirstOrThrow({
    where: { endedOn: null },
    include: { person: true },
    orderBy: { id: 'asc' },
  });
  gridCode = resident.gridCode;
  personId = resident.personId;
  citizenId = resident.person.citizenId;
  const input = {
    personId: encodeGlobalID('Person', personId),
    gridId: encodeGlobalID('Grid', gridCode),
    category: 'COMMUNITY_CORRECTION',
    since: '2025-05-01',
  };
  const refused = await send<Register>(REGISTER, { input }, health());
  expect(refused.data?.keyPersonRegister.userErrors).toEqual([{ code: 'KEY_PERSON_FORBIDDEN', field: null }]);
  const registered = await send<Register>(REGISTER, { input }, justice(), 'COMMUNITY_CORRECTION');
  expect(registered.data?.keyPersonRegister.userErrors).toEqual([]);
  entryId = registered.data?.keyPersonRegister.keyPerson?.id ?? '';
  expect(registered.data?.keyPersonRegister.keyPerson).toMatchObject({ category: 'COMMUNITY_CORRECTION' });
});
afterAll(() => t.close());

describe('a key person (重点人员) under community correction', () => {
  it('is invisible to the grid worker, who sees only a visit task that does not say why', async () => {
    const entries = await send<Entries>(ENTRIES, {}, worker(), 'VISIT_CHECK');
    expect(entries.errors).toBeUndefined();
    expect(entries.data?.keyPersons.totalCount).toBe(0);
    const node = await send<{ node: unknown }>(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: entryId },
      worker(),
    );
    expect(node.data?.node).toBeNull();
    const tasks = await send<Tasks>(TASKS, {}, worker());
    expect(tasks.errors).toBeUndefined();
    expect(tasks.data?.keyPersonVisitTasks.edges.map((e) => e.node)).toEqual([
      {
        id: encodeGlobalID('KeyPersonVisitTask', decodeId(entryId)),
        dueOn: '2025-05-31',
        overdue: true,
        person: { id: encodeGlobalID('Person', personId) },
        grid: { code: gridCode },
      },
    ]);
  });

  it('is invisible to another department and to the county administrator, whatever purpose they state', async () => {
    for (const [caller, purpose] of [
      [health(), 'MENTAL_HEALTH_CARE'],
      [health(), 'COMMUNITY_CORRECTION'],
      [admin, 'COMMUNITY_CORRECTION'],
    ] as const) {
      const entries = await send<Entries>(ENTRIES, {}, caller, purpose);
      expect(entries.data?.keyPersons.totalCount).toBe(0);
    }
  });

  it('is invisible to the justice office reading without the category’s purpose', async () => {
    const entries = await send<Entries>(ENTRIES, {}, justice(), 'STATISTICS_CHECK');
    expect(entries.data?.keyPersons.totalCount).toBe(0);
  });

  it('is visible in full to the justice office reading for community correction, with an audit entry naming the purpose', async () => {
    const before = await t.db.auditRecord.count();
    // Every entry of the test clock has the same time: the read's own entry is the one not there before.
    const earlier = (await t.db.auditRecord.findMany({ select: { id: true } })).map((row) => row.id);
    const entries = await send<Entries>(ENTRIES, {}, justice(), 'COMMUNITY_CORRECTION');
    expect(entries.errors).toBeUndefined();
    expect(entries.data?.keyPersons.edges.map((e) => e.node)).toEqual([
      {
        id: entryId,
        category: 'COMMUNITY_CORRECTION',
        categoryLabel: 'Under community correction',
        name: (await t.db.person.findUniqueOrThrow({ where: { id: personId } })).nameZh,
        citizenId,
        since: '2025-05-01',
        visitDueOn: '2025-05-31',
      },
    ]);
    expect(await t.db.auditRecord.count()).toBe(before + 1);
    const audit = await t.db.auditRecord.findFirstOrThrow({
      where: { actorSubject: 'justice', id: { notIn: earlier } },
      include: { subjects: true },
    });
    expect(audit).toMatchObject({ purpose: 'COMMUNITY_CORRECTION', grants: `JUSTICE_OFFICER@${township()}` });
    expect(audit.fields.split(',')).toEqual(['NAME', 'CITIZEN_ID', 'KEY_PERSON_CATEGORY']);
    expect(audit.subjects).toMatchObject([{ subjectType: 'Person', subjectId: personId }]);
  });

  it('cannot be registered twice in one category', async () => {
    const again = await send<Register>(
      REGISTER,
      {
        input: {
          personId: encodeGlobalID('Person', personId),
          gridId: encodeGlobalID('Grid', gridCode),
          category: 'COMMUNITY_CORRECTION',
          since: '2025-06-01',
        },
      },
      justice(),
    );
    expect(again.data?.keyPersonRegister.userErrors).toMatchObject([{ code: 'KEY_PERSON_DUPLICATE' }]);
  });
});

/** The stored id inside a global ID. */
function decodeId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

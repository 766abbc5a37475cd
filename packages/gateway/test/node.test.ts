// Every Node type of the API round-trips through `node(id)`: the global ID a list hands out fetches
// the same object again.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDatamodel } from '../src/generated/pothos-types.js';
import { schema } from '../src/schema/index.js';
import {
  cameraFixtures,
  contestFixtures,
  gridFixtures,
  partyFixtures,
  personFixtures,
  pointsFixtures,
  recordFixtures,
  regionFixtures,
  registryFixtures,
  serviceHallFixtures,
} from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => type.getInterfaces().some((i) => i.name === 'Node'))
  .map((type) => type.name)
  .sort();

const countyStaff: TestCaller = {
  subject: 'county',
  grants: [
    { role: 'COUNTY_ADMIN', region: '542526' },
    { role: 'AUDITOR', region: '542526' },
    { role: 'COUNTY_ADMIN', region: '540524' },
    // 那曲's contest entrants are people of 那曲.
    { role: 'CONTEST_ORGANISER', region: '540600' },
    { role: 'PARTY_ORGANISER', region: '540424' },
    // Key persons of the 低保 category are read by civil affairs, stating its purpose.
    { role: 'CIVIL_AFFAIRS_OFFICER', region: '542526' },
  ],
};

/** The stored model behind a Node type, where its name is not the type's. */
const MODEL_OF: Readonly<Record<string, string>> = { KeyPersonVisitTask: 'KeyPerson' };
/** The purpose a read of the type must state (X-Purpose). */
const PURPOSE_OF: Readonly<Record<string, string>> = { KeyPerson: 'SOCIAL_ASSISTANCE' };

let t: TestGateway;
beforeAll(async () => {
  // Points before the registry (they do not depend on each other): the list then starts as
  // points.test.ts's does, and the run loads the points once for both files.
  t = await startGateway([
    regionFixtures,
    personFixtures(),
    gridFixtures(),
    pointsFixtures(),
    registryFixtures(),
    cameraFixtures(),
    recordFixtures({ limit: 500 }),
    serviceHallFixtures({ limit: 200 }),
    partyFixtures(),
    contestFixtures(),
  ]);
  // The fixtures hold no assessment: record one, as the worker's managing unit (a county admin).
  const worker = await t.db.staffAssignment.findFirstOrThrow({ where: { role: 'GRID_WORKER' } });
  const assessed = await t.gql<{ assessmentRecord: { userErrors: unknown[] } }>(
    `mutation ($input: AssessmentRecordInput!) { assessmentRecord(input: $input) { userErrors { code } } }`,
    {
      input: {
        staffAssignmentId: encodeGlobalID('StaffAssignment', worker.id),
        periodFrom: '2025-06-09',
        periodTo: '2025-06-15',
      },
    },
    { as: countyStaff },
  );
  expect(assessed.data?.assessmentRecord.userErrors).toEqual([]);
  // No fixture holds a collection or a key person: a grid worker submits one, civil affairs registers one.
  const collected = await t.gql<{ collectionSubmit: { userErrors: unknown[] } }>(
    `mutation ($input: CollectionSubmitInput!) { collectionSubmit(input: $input) { userErrors { code } } }`,
    {
      input: {
        gridId: encodeGlobalID('Grid', worker.gridCode),
        templateCode: 'GRID_EVENT',
        templateVersion: 1,
        answers: { category: 'HAZARD', occurred_on: '2025-06-15', description: '桥面破损' },
      },
    },
    { as: { subject: 'node-worker', grants: [{ role: 'GRID_WORKER', region: worker.gridCode }] } },
  );
  expect(collected.data?.collectionSubmit.userErrors).toEqual([]);
  const registered = await t.gql<{ keyPersonRegister: { userErrors: unknown[] } }>(
    `mutation ($input: KeyPersonRegisterInput!) { keyPersonRegister(input: $input) { userErrors { code } } }`,
    {
      input: {
        personId: encodeGlobalID('Person', worker.personId),
        gridId: encodeGlobalID('Grid', worker.gridCode),
        category: 'MINIMUM_LIVING_ALLOWANCE',
        since: '2025-01-01',
      },
    },
    { as: countyStaff },
  );
  expect(registered.data?.keyPersonRegister.userErrors).toEqual([]);
  // Nor a household-joint head's action: the grid worker records one for a unit of the grid.
  const unit = await t.db.householdJointUnit.findFirstOrThrow({
    where: { gridCode: worker.gridCode },
    orderBy: { id: 'asc' },
  });
  const acted = await t.gql<{ householdJointActionRecord: { userErrors: unknown[] } }>(
    `mutation ($input: HouseholdJointActionRecordInput!) {
      householdJointActionRecord(input: $input) { userErrors { code } }
    }`,
    {
      input: {
        unitId: encodeGlobalID('HouseholdJointUnit', unit.id),
        kind: 'NOTICE_RELAYED',
        note: '传达防火通知',
        occurredAt: '2025-06-15T03:00:00Z',
      },
    },
    { as: { subject: 'node-worker', grants: [{ role: 'GRID_WORKER', region: worker.gridCode }] } },
  );
  expect(acted.data?.householdJointActionRecord.userErrors).toEqual([]);
  // An unmasked read writes an audit record, so the AuditRecord table has a row to fetch.
  const person = await t.db.person.findFirstOrThrow();
  await t.gql(
    'query ($id: ID!) { node(id: $id) { ... on Person { phone } } }',
    { id: encodeGlobalID('Person', person.id) },
    { as: countyStaff },
  );
});
afterAll(() => t.close());

describe('node(id)', () => {
  it('covers the API’s main objects', () => {
    expect(nodeTypes).toEqual(
      expect.arrayContaining(['Region', 'Person', 'Grid', 'Matter', 'PublicOpinionRecord', 'Resident']),
    );
  });

  it.each(nodeTypes)('fetches a %s again by the ID the API gives it', async (typename) => {
    // A contest item is core's catalogue data, not a stored row: its ID is its code.
    if (typename === 'ContestItem') {
      const id = encodeGlobalID('ContestItem', 'DAIRY_PROCESSING');
      const item = await t.gql<{ node: { id: string } | null }>('query ($id: ID!) { node(id: $id) { id } }', {
        id,
      });
      expect(item).toEqual({ data: { node: { id } }, status: 200 });
      return;
    }
    const modelName = MODEL_OF[typename] ?? typename;
    const model = getDatamodel().datamodel.models[modelName];
    const idField = model?.fields.find((field) => field.isId)?.name;
    expect(idField, `${typename} has a single-column primary key`).toBeDefined();
    const delegate = (
      t.db as unknown as Record<
        string,
        { findFirst: (args: object) => Promise<Record<string, unknown> | null> }
      >
    )[modelName.charAt(0).toLowerCase() + modelName.slice(1)];
    const row = await delegate?.findFirst({ orderBy: { [idField as string]: 'asc' } });
    expect(row, `a ${typename} row in the fixtures`).toBeTruthy();
    const id = encodeGlobalID(typename, String(row?.[idField as string]));
    const result = await t.gql<{ node: { id: string; __typename: string } | null }>(
      'query ($id: ID!) { node(id: $id) { id __typename } }',
      { id },
      { as: countyStaff, purpose: PURPOSE_OF[typename] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({ id, __typename: typename });
  });
});

describe('statistics on a list of regions', () => {
  const STATS = /* GraphQL */ `
    gridStats { grids compliantGrids households gridsByKind { kind grids } staffByRole { role persons } }
    recordStats { records matters openMatters solvedCases }
    fengqiao(from: "2023-01-01", to: "2024-12-31") { handled resolved settledInVillage { numerator denominator } }
    cameraCoverage { keySites covered }
  `;

  async function statementsFor(query: string): Promise<number> {
    t.resetQueries();
    const result = await t.gql(query, {}, { as: countyStaff });
    expect(result.errors).toBeUndefined();
    return t.queries.length;
  }

  it('costs the same statements for 2 children of a county as for all of them', async () => {
    const children = (n: number) =>
      `{ region(code: "542526") { children(first: ${n}) { edges { node { code ${STATS} } } } } }`;
    expect(await statementsFor(children(20))).toBe(await statementsFor(children(2)));
  });

  it('costs the same statements for 2 villages as for 20', async () => {
    const villages = (n: number) =>
      `{ regions(filter: { within: "542526", level: VILLAGE }, first: ${n}) { edges { node { code ${STATS} } } } }`;
    expect(await statementsFor(villages(20))).toBe(await statementsFor(villages(2)));
  });
});

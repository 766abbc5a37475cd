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
import { makeUnseededSamples } from './unseeded-samples.js';

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
  // The Node types no fixture holds, made by a grid worker and by the county (which also keeps civil affairs).
  const worker = await t.db.staffAssignment.findFirstOrThrow({ where: { role: 'GRID_WORKER' } });
  await makeUnseededSamples(t, worker, { admin: countyStaff, civilAffairs: countyStaff });
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

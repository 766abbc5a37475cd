// GraphiQL opens on a "start here" document: how to get a token, then one named example operation
// per area. Every example runs, as the county administrator the note tells a newcomer to mint, and
// answers without an error, so the first thing a newcomer runs works.
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphiqlOptions, START_HERE } from '../src/graphiql.js';
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

const COUNTY_ADMIN: TestCaller = {
  subject: 'county-admin',
  grants: [{ role: 'COUNTY_ADMIN', region: '542526' }],
};

const operations = parse(START_HERE).definitions.filter(
  (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
);
const names = operations.map((operation) => operation.name?.value ?? '');

let t: TestGateway;

beforeAll(async () => {
  // The same sets as node.test.ts and access-walk.test.ts, in the same order: one seeded template.
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
});

afterAll(async () => {
  await t.close();
});

describe('the start-here document GraphiQL opens with', () => {
  it('is what the page opens with, and says how to get a token and where to put it', () => {
    expect(graphiqlOptions().defaultQuery).toBe(START_HERE);
    expect(START_HERE).toContain('npx -y pnpm@12.4.2 token COUNTY_ADMIN 542526');
    expect(START_HERE).toContain('{ "Authorization": "Bearer <token>" }');
  });

  it('holds only named queries, one name each, with an example for every area', () => {
    expect(operations.every((operation) => operation.operation === 'query' && operation.name)).toBe(true);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'WhoAmI',
      'Regions',
      'Grids',
      'GridStaff',
      'Residents',
      'OpenMatters',
      'Fengqiao',
      'VillagePoints',
      'Cameras',
      'Party',
      'ServiceHall',
      'Contests',
    ]);
  });

  it.each(names)('runs %s as a county administrator without an error, and finds data', async (name) => {
    const result = await t.gql<Record<string, unknown>>(
      START_HERE,
      {},
      { as: COUNTY_ADMIN, operationName: name },
    );
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    const data = result.data ?? {};
    expect(Object.keys(data).length).toBeGreaterThan(0);
    for (const [field, value] of Object.entries(data)) expect(value, `${name}.${field}`).not.toBeNull();
  });
});

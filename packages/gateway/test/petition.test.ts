// Level-skipping petitions (越级上访) through the API: petitionCreate records one above the level
// handling the matter, or refuses with a typed userError and writes nothing; Matter.petitions lists
// them at a constant number of statements for any number of matters; and a petition counts against
// 矛盾不上交 in Region.fengqiao at once.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, TEST_NOW, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;
let worker: TestCaller;
let outsider: TestCaller;
let gridMatter: string;
let townshipMatter: string;
let gridCode: string;

const CREATE = /* GraphQL */ `
  mutation ($input: PetitionCreateInput!) {
    petitionCreate(input: $input) {
      matter { id level petitions { level levelLabel(locale: BO) handlingLevel petitionedAt } }
      userErrors { code field }
    }
  }
`;

type Created = {
  petitionCreate: {
    matter: { id: string; level: string; petitions: Record<string, string>[] } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
};

const create = (input: Record<string, unknown>, as: TestCaller) => t.gql<Created>(CREATE, { input }, { as });

const FENGQIAO = `{ region(code: "542526") { fengqiao { handled petitioned notPassedUp { numerator denominator } } } }`;
type Fengqiao = {
  region: { fengqiao: { handled: number; petitioned: number; notPassedUp: { numerator: number } } };
};

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  // A handled dispute of the fixtures closed in its grid, and one the township handled.
  const atTownship = await t.db.matter.findFirstOrThrow({
    where: { category: 'DISPUTE', level: 'TOWNSHIP', petitions: { none: {} } },
    orderBy: { id: 'asc' },
  });
  const atGrid = await t.db.matter.findFirstOrThrow({
    where: {
      category: 'DISPUTE',
      level: 'GRID',
      gridCode: atTownship.gridCode,
      clockStartedAt: { not: null },
      petitions: { none: {} },
    },
    orderBy: { id: 'asc' },
  });
  gridCode = atGrid.gridCode;
  gridMatter = encodeGlobalID('Matter', atGrid.id);
  townshipMatter = encodeGlobalID('Matter', atTownship.id);
  const staff = await t.db.staffAssignment.findFirstOrThrow({ where: { gridCode, role: 'GRID_WORKER' } });
  const other = await t.db.grid.findFirstOrThrow({ where: { code: { not: gridCode } } });
  worker = {
    subject: 'worker',
    personId: staff.personId,
    grants: [{ role: 'GRID_WORKER', region: gridCode }],
  };
  outsider = {
    subject: 'outsider',
    personId: 'nobody',
    grants: [{ role: 'GRID_WORKER', region: other.code }],
  };
}, 600_000);
afterAll(() => t.close());

describe('recording a level-skipping petition (petitionCreate)', () => {
  it('records a petition above the handling level, lists it on the matter, and counts it against 矛盾不上交', async () => {
    const before = (await t.gql<Fengqiao>(FENGQIAO)).data?.region.fengqiao;
    const result = await create({ matterId: gridMatter, level: 'COUNTY' }, worker);
    expect(result.errors).toBeUndefined();
    expect(result.data?.petitionCreate.userErrors).toEqual([]);
    expect(result.data?.petitionCreate.matter?.petitions).toEqual([
      { level: 'COUNTY', levelLabel: 'རྫོང་།', handlingLevel: 'GRID', petitionedAt: TEST_NOW.toISOString() },
    ]);
    const after = (await t.gql<Fengqiao>(FENGQIAO)).data?.region.fengqiao;
    expect(after?.petitioned).toBe((before?.petitioned ?? 0) + 1);
    expect(after?.notPassedUp.numerator).toBe((before?.notPassedUp.numerator ?? 0) - 1);
    expect(after?.handled).toBe(before?.handled);
    // A second petition about the same dispute lists twice but counts the dispute once.
    await create({ matterId: gridMatter, level: 'PREFECTURE', petitionedAt: '2025-06-01T00:00:00Z' }, worker);
    const twice = (await t.gql<Fengqiao>(FENGQIAO)).data?.region.fengqiao;
    expect(twice?.petitioned).toBe(after?.petitioned);
  });

  it('refuses a petition to the level handling the matter, a future date and an outsider, writing nothing', async () => {
    const count = () => t.db.petition.count();
    const before = await count();
    const notAbove = await create({ matterId: townshipMatter, level: 'TOWNSHIP' }, worker);
    expect(notAbove.data?.petitionCreate).toEqual({
      matter: null,
      userErrors: [{ code: 'PETITION_NOT_ABOVE', field: ['level'] }],
    });
    const future = await create(
      { matterId: townshipMatter, level: 'COUNTY', petitionedAt: '2030-01-01T00:00:00Z' },
      worker,
    );
    expect(future.data?.petitionCreate.userErrors).toEqual([
      { code: 'PETITION_TIME', field: ['petitionedAt'] },
    ]);
    const hidden = await create({ matterId: townshipMatter, level: 'COUNTY' }, outsider);
    expect(hidden.data?.petitionCreate.userErrors.map((e) => e.code)).toEqual(['MATTER_NOT_FOUND']);
    expect(await count()).toBe(before);
  });
});

describe('a list of matters with their petitions (Matter.petitions)', () => {
  const LIST = /* GraphQL */ `
    query ($first: Int!, $within: String!) {
      matters(first: $first, filter: { within: $within, category: DISPUTE }) {
        edges { node { id petitions { level handlingLevel petitionedAt } } }
      }
    }
  `;
  type List = { matters: { edges: { node: { id: string; petitions: unknown[] } }[] } };

  it('costs the same statements for 2 matters as for 50', async () => {
    const county: TestCaller = {
      subject: 'county',
      personId: 'c',
      grants: [{ role: 'COUNTY_ADMIN', region: '542526' }],
    };
    const statements = async (first: number) => {
      await t.gql<List>(LIST, { first, within: gridCode.slice(0, 9) }, { as: county });
      t.resetQueries();
      const result = await t.gql<List>(LIST, { first, within: gridCode.slice(0, 9) }, { as: county });
      expect(result.errors).toBeUndefined();
      return { count: t.queries.length, edges: result.data?.matters.edges ?? [] };
    };
    const two = await statements(2);
    const fifty = await statements(50);
    expect(two.edges).toHaveLength(2);
    expect(fifty.edges.length).toBeGreaterThan(10);
    expect(fifty.edges.some((edge) => edge.node.petitions.length > 0)).toBe(true);
    expect(fifty.count).toBe(two.count);
  });
});

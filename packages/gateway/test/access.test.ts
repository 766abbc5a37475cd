// Regressions of issue 9's defects about reach, through the API: data reachable across counties
// (1–3), a node the caller may not read told apart from a missing one (11), and the need-to-know
// rules of RULES.md 2.9 for grid staff and cameras (13). The schema-wide walk is access-walk.test.ts.
import { type CalendarDate, composeCitizenId } from '@grassroots/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const cuoqinAdmin: TestCaller = { subject: 'cuoqin', grants: [{ role: 'COUNTY_ADMIN', region: '542527' }] };
const bomiWorker: TestCaller = {
  subject: 'bomi-worker',
  grants: [{ role: 'GRID_WORKER', region: '540424100001001' }],
};

// The alphabet of the seeded person ids (Crockford's base 32).
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

let t: TestGateway;
beforeAll(async () => {
  // The same sets as node.test.ts, in the same order: one seeded template serves these files.
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
}, 600_000);
afterAll(() => t.close());

const GRIDS = '{ grids(filter: { within: "542526" }, first: 100) { totalCount edges { node { code } } } }';
type Grids = { grids: { totalCount: number; edges: { node: { code: string } }[] } };

describe('data reachable across counties (defects 1–3)', () => {
  it('lists grids only inside the caller’s grants: all 60 for the county, none for a sibling county', async () => {
    const county = await t.gql<Grids>(GRIDS, {}, { as: countyAdmin });
    expect(county.data?.grids.totalCount).toBe(60);
    const sibling = await t.gql<Grids>(GRIDS, {}, { as: cuoqinAdmin });
    expect(sibling).toEqual({ data: { grids: { totalCount: 0, edges: [] } }, status: 200 });
    const township = '542526100';
    const officer: TestCaller = {
      subject: 'officer',
      grants: [{ role: 'TOWNSHIP_OFFICER', region: township }],
    };
    const own = await t.gql<Grids>(GRIDS, {}, { as: officer });
    expect(own.data?.grids.totalCount).toBe(
      await t.db.grid.count({ where: { code: { startsWith: township } } }),
    );
    expect(own.data?.grids.edges.every((edge) => edge.node.code.startsWith(township))).toBe(true);
  });

  it('shows a grid worker of 波密县 nothing of an 改则县 village’s points ranking, and its own county’s worker only its own grid’s households', async () => {
    const first = await t.db.pointEvent.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const household = await t.db.household.findUniqueOrThrow({ where: { id: first.householdId } });
    const RANKING = `query ($code: String!) {
      region(code: $code) { pointsRanking(first: 100) { totalCount edges { node { household { grid { code } } } } } }
    }`;
    type Ranking = {
      region: {
        pointsRanking: { totalCount: number; edges: { node: { household: { grid: { code: string } } } }[] };
      };
    };
    const foreign = await t.gql<Ranking>(RANKING, { code: household.villageCode }, { as: bomiWorker });
    expect(foreign.errors).toBeUndefined();
    expect(foreign.data?.region.pointsRanking).toEqual({ totalCount: 0, edges: [] });
    const worker: TestCaller = {
      subject: 'worker',
      grants: [{ role: 'GRID_WORKER', region: household.gridCode }],
    };
    const own = await t.gql<Ranking>(RANKING, { code: household.villageCode }, { as: worker });
    expect(own.errors).toBeUndefined();
    expect(own.data?.region.pointsRanking.totalCount).toBe(
      await t.db.household.count({ where: { gridCode: household.gridCode } }),
    );
    expect(
      own.data?.region.pointsRanking.edges.every((e) => e.node.household.grid.code === household.gridCode),
    ).toBe(true);
    // The ledger itself is out of reach through `node` as well.
    const event = await t.db.pointEvent.findFirstOrThrow({ where: { householdId: household.id } });
    const byId = await t.gql(
      'query ($id: ID!) { node(id: $id) { id } }',
      { id: encodeGlobalID('PointEvent', event.id) },
      {
        as: bomiWorker,
      },
    );
    expect(byId).toEqual({ data: { node: null }, status: 200 });
  });

  it('refuses a token whose grant does not fit its role (a grid worker over the whole autonomous region) at authentication', async () => {
    const regionWide: TestCaller = {
      subject: 'too-wide',
      grants: [{ role: 'GRID_WORKER', region: '540000' }],
    };
    const result = await t.gql('{ people(first: 1) { totalCount } }', {}, { as: regionWide });
    expect(result.status).toBe(401);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED', reason: 'TOKEN.GRANTS' });
  });
});

describe('a node the caller may not read (defect 11)', () => {
  it('is indistinguishable from one that does not exist, for anonymous callers and other counties', async () => {
    const person = await t.db.person.findFirstOrThrow({
      where: { residenceRegionCode: { startsWith: GERZE } },
      orderBy: { id: 'asc' },
    });
    const ids = [encodeGlobalID('Person', person.id), encodeGlobalID('Person', `${person.id}-none`)];
    for (const as of [undefined, cuoqinAdmin]) {
      const result = await t.gql(
        'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
        { ids },
        as ? { as } : {},
      );
      expect(result).toEqual({ data: { nodes: [null, null] }, status: 200 });
    }
    const county = await t.gql<{ nodes: ({ id: string } | null)[] }>(
      'query ($ids: [ID!]!) { nodes(ids: $ids) { id } }',
      { ids },
      { as: countyAdmin },
    );
    expect(county.data?.nodes).toEqual([{ id: ids[0] }, null]);
  });

  it('answers null alike for an existing person and a missing id of the same form, anonymously', async () => {
    const person = await t.db.person.findFirstOrThrow({ orderBy: { citizenId: 'asc' } });
    const stored = new Set((await t.db.person.findMany({ select: { id: true } })).map((row) => row.id));
    const missing = [...CROCKFORD].map((c) => `${person.id.slice(0, -1)}${c}`).find((id) => !stored.has(id));
    const ids = [encodeGlobalID('Person', person.id), encodeGlobalID('Person', missing ?? '')];
    const result = await t.gql('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result).toEqual({ data: { nodes: [null, null] }, status: 200 });
  });

  it('gives the seeded people ids that encode neither their county nor an index', async () => {
    const ids = (await t.db.person.findMany({ select: { id: true } })).map((row) => row.id);
    expect(ids.length).toBeGreaterThan(20_000);
    expect(ids.filter((id) => !/^P-[0-9A-HJKMNP-TV-Z]{8}$/.test(id))).toEqual([]);
    // Sorted, a counter's ids lie one apart; opaque ids lie about 2^40 / n apart, rarely close.
    const values = ids.map((id) => [...id.slice(2)].reduce((n, c) => n * 32 + CROCKFORD.indexOf(c), 0));
    values.sort((a, b) => a - b);
    const close = values.slice(1).filter((value, i) => value - (values[i] ?? 0) < 1_000);
    expect(close.length).toBeLessThan(ids.length / 100);
  });

  it('gives a person registered through the API a random id, never the next number', async () => {
    const REGISTER = `mutation ($input: PersonRegisterInput!) {
      personRegister(input: $input) { person { id } userErrors { code } }
    }`;
    type Registered = { personRegister: { person: { id: string } | null; userErrors: { code: string }[] } };
    const village = await t.db.region.findFirstOrThrow({
      where: { code: { startsWith: GERZE }, level: 'VILLAGE' },
      orderBy: { code: 'asc' },
    });
    const registered: string[] = [];
    // Born 1930, before any fixture person, so the citizen IDs are free.
    for (const sequence of [11, 12]) {
      const result = await t.gql<Registered>(
        REGISTER,
        {
          input: {
            nameZh: '次仁卓玛',
            citizenId: composeCitizenId(GERZE, '1930-05-05' as CalendarDate, sequence),
            ethnicity: 'TIBETAN',
            residenceRegionId: encodeGlobalID('Region', village.code),
          },
        },
        { as: countyAdmin },
      );
      expect(result.data?.personRegister.userErrors).toEqual([]);
      registered.push(decodeGlobalID(result.data?.personRegister.person?.id ?? '').id);
    }
    for (const id of registered) {
      expect(id).toMatch(/^P-[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(registered[0]).not.toBe(registered[1]);
  });
});

describe('need to know (defect 13)', () => {
  const CAMERAS = '{ cameraPoints(first: 5) { totalCount edges { node { deviceId } } } }';

  it('lists camera devices only for the public-security and governance roles, not a judge or a contest organiser', async () => {
    const county = await t.gql<{ cameraPoints: { totalCount: number } }>(CAMERAS, {}, { as: countyAdmin });
    expect(county.data?.cameraPoints.totalCount).toBeGreaterThan(0);
    for (const role of ['JUDGE', 'CONTEST_ORGANISER'] as const) {
      const caller: TestCaller = { subject: role, grants: [{ role, region: GERZE }] };
      const result = await t.gql(CAMERAS, {}, { as: caller });
      expect(result, role).toEqual({ data: { cameraPoints: { totalCount: 0, edges: [] } }, status: 200 });
    }
  });

  it('lets a grid worker read the people who live in its grid, and not a neighbour of the same village in another grid', async () => {
    // A resident of a village split into several grids, so that a neighbour in another grid exists
    // (the first resident by id differs between the databases' collations).
    const grids = (await t.db.grid.findMany({ select: { code: true }, orderBy: { code: 'asc' } })).map((g) =>
      g.code.slice(0, 12),
    );
    const split = grids.find((village, i) => grids.indexOf(village) !== i) ?? '';
    const resident = await t.db.resident.findFirstOrThrow({
      where: {
        gridCode: { startsWith: split },
        person: { residences: { every: { gridCode: { startsWith: split } } } },
      },
      orderBy: { id: 'asc' },
      include: { person: true },
    });
    const worker: TestCaller = {
      subject: 'grid-worker',
      grants: [{ role: 'GRID_WORKER', region: resident.gridCode }],
    };
    const neighbour = await t.db.resident.findFirstOrThrow({
      where: {
        gridCode: { not: resident.gridCode, startsWith: resident.gridCode.slice(0, 12) },
        person: {
          residences: { none: { gridCode: resident.gridCode } },
          assignments: { none: { gridCode: resident.gridCode } },
        },
      },
      include: { person: true },
    });
    // The neighbour reached through its household: the resident list is scoped to the worker's grid.
    const PERSON = 'query ($id: ID!) { node(id: $id) { ... on Person { nameZh } } }';
    const own = await t.gql<{ node: { nameZh: string } }>(
      PERSON,
      { id: encodeGlobalID('Person', resident.personId) },
      { as: worker },
    );
    expect(own.data?.node.nameZh).toBe(resident.person.nameZh);
    const other = await t.gql(PERSON, { id: encodeGlobalID('Person', neighbour.personId) }, { as: worker });
    expect(other).toEqual({ data: { node: null }, status: 200 });
    // A grid holds more residents than a page: ask for each of the two by the last four ID characters.
    const RESIDENTS =
      'query ($last4: String!) { residents(first: 100, filter: { citizenIdLast4: $last4 }) { edges { node { person { id } } } } }';
    const listedWith = async (citizenId: string) => {
      const listed = await t.gql<{ residents: { edges: { node: { person: { id: string } | null } }[] } }>(
        RESIDENTS,
        { last4: citizenId.slice(-4) },
        { as: worker },
      );
      return listed.data?.residents.edges.map((e) => e.node.person?.id) ?? [];
    };
    expect(await listedWith(resident.person.citizenId)).toContain(
      encodeGlobalID('Person', resident.personId),
    );
    expect(await listedWith(neighbour.person.citizenId)).not.toContain(
      encodeGlobalID('Person', neighbour.personId),
    );
  });
});

// The fixtures' scale factor through the seed: data at 2× holds 改则县 and one synthetic copy of it,
// loaded side by side without a key colliding, and the copy answers the county's overview exactly as
// 改则县 does, under its own codes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cameraFixtures,
  gridFixtures,
  partyFixtures,
  personFixtures,
  pointsFixtures,
  recordFixtures,
  registryFixtures,
  scaledRegionFixtures,
} from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

const GERZE = '542526';
const COPY = '542541';
const RECORDS = 2_000;

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([
    scaledRegionFixtures(2),
    personFixtures({ scale: 2 }),
    gridFixtures({ scale: 2 }),
    // Every set that holds 改则县: a key the copy shares with 改则县 fails the load here.
    registryFixtures({ scale: 2 }),
    pointsFixtures({ scale: 2 }),
    cameraFixtures({ scale: 2 }),
    recordFixtures({ scale: 2, limit: RECORDS }),
    partyFixtures({ scale: 2 }),
  ]);
}, 600_000);
afterAll(() => t.close());

const OVERVIEW = /* GraphQL */ `
  query ($code: String!) {
    region(code: $code) {
      code nameZh
      gridStats { grids households householdJointUnits gridsByKind { kind grids } staffByRole { role persons } }
      recordStats { records matters openMatters byCategory { category records } byState { state matters } }
    }
  }
`;

interface Overview {
  region: { code: string; nameZh: string; gridStats: unknown; recordStats: unknown };
}

describe("the article's data at 2×", () => {
  it("holds twice 改则县's people, grids, households, registry, points, cameras, records and party life", async () => {
    const within = (code: string) => ({ startsWith: code });
    const count = async (code: string) => ({
      people: await t.db.person.count({ where: { residenceRegionCode: within(code) } }),
      grids: await t.db.grid.count({ where: { countyCode: code } }),
      households: await t.db.household.count({ where: { gridCode: within(code) } }),
      records: await t.db.publicOpinionRecord.count({ where: { gridCode: within(code) } }),
      matters: await t.db.matter.count({ where: { gridCode: within(code) } }),
      residents: await t.db.resident.count({ where: { gridCode: within(code) } }),
      pointEvents: await t.db.pointEvent.count({ where: { villageCode: within(code) } }),
      cameras: await t.db.cameraPoint.count({ where: { gridCode: within(code) } }),
      partyMeetings: await t.db.partyMeeting.count({ where: { organisationId: within(`PO-${code}`) } }),
    });
    const gerze = await count(GERZE);
    expect(gerze.people).toBeGreaterThan(30_000);
    expect(gerze).toMatchObject({ grids: 60, records: RECORDS });
    for (const [table, rows] of Object.entries(gerze)) expect(rows, table).toBeGreaterThan(0);
    expect(await count(COPY)).toEqual(gerze);
    // Everyone else in the database is a copy of someone away from 改则县 (外出), living elsewhere.
    const all = await t.db.person.count();
    expect(all % 2).toBe(0);
    expect(all).toBeGreaterThanOrEqual(2 * gerze.people);
    expect(await t.db.grid.count()).toBe(2 * gerze.grids);
  });

  it("gives the copy a synthetic county of 阿里地区 with 改则县's townships and villages", async () => {
    const county = await t.db.region.findUniqueOrThrow({ where: { code: COPY } });
    expect(county).toMatchObject({ parentCode: '542500', level: 'COUNTY', synthetic: true });
    const below = (code: string) =>
      t.db.region.count({ where: { code: { startsWith: code }, NOT: { code } } });
    expect(await below(COPY)).toBe(await below(GERZE));
  });

  it("answers the copy's overview as 改则县's, under the copy's code", async () => {
    const gerze = await t.gql<Overview>(OVERVIEW, { code: GERZE });
    const copy = await t.gql<Overview>(OVERVIEW, { code: COPY });
    expect(gerze.errors).toBeUndefined();
    expect(copy.errors).toBeUndefined();
    expect(copy.data?.region.nameZh).toBe('改则县（复本2）');
    expect(copy.data?.region.gridStats).toEqual(gerze.data?.region.gridStats);
    expect(copy.data?.region.recordStats).toEqual(gerze.data?.region.recordStats);
  });
});

import { KEY_SITE_CATEGORIES } from '@grassroots/core';
import { childRegions, GERZE_SOLVED_CASE_COUNT, gerzeCameras } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cameraPointMapper, keySiteMapper, solvedCaseMapper } from '../src/mappers/camera.js';
import { StoredValueError } from '../src/mappers/columns.js';
import { cameraFixtures, gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const outsider: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };

const cameras = gerzeCameras();

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}

/** The coverage of the key sites inside a region, counted from the fixtures. */
function expectedCoverage(prefix: string) {
  const watched = new Set(
    cameras.cameraPoints.filter((c) => c.status === 'WORKING' && c.siteId !== null).map((c) => c.siteId),
  );
  const sites = cameras.keySites.filter((site) => site.gridCode.startsWith(prefix));
  const count = (list: typeof sites) => ({
    keySites: list.length,
    covered: list.filter((site) => watched.has(site.id)).length,
  });
  return {
    ...count(sites),
    byCategory: KEY_SITE_CATEGORIES.map((category) => ({
      category,
      ...count(sites.filter((site) => site.category === category)),
    })),
    byGrid: [...new Set(sites.map((site) => site.gridCode))]
      .sort()
      .map((gridCode) => ({ gridCode, ...count(sites.filter((site) => site.gridCode === gridCode)) })),
  };
}

/** The township with the most solved cases. */
const township = (() => {
  const counts = new Map<string, number>();
  for (const c of cameras.solvedCases)
    counts.set(c.gridCode.slice(0, 9), (counts.get(c.gridCode.slice(0, 9)) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
})();

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures(), cameraFixtures()]);
});
afterAll(() => t.close());

const CASES = /* GraphQL */ `
  query Cases($code: String!, $first: Int, $after: String) {
    region(code: $code) {
      solvedCases(first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id title solvedOn grid { code } cameras { id deviceId site { name } } } }
      }
    }
  }
`;
type Cases = {
  region: {
    solvedCases: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: {
        node: {
          id: string;
          title: string;
          solvedOn: string;
          grid: { code: string };
          cameras: { id: string; deviceId: string }[];
        };
      }[];
    };
  };
};

describe('cases solved with footage (视频破案)', () => {
  it('finds exactly the 40 cases of the article for 改则县', async () => {
    const result = await t.gql<Cases>(CASES, { code: GERZE, first: 50 }, { as: countyAdmin });
    expect(result.errors).toBeUndefined();
    expect(GERZE_SOLVED_CASE_COUNT).toBe(40);
    expect(result.data?.region.solvedCases.totalCount).toBe(40);
    expect(result.data?.region.solvedCases.edges).toHaveLength(40);
    const newestFirst = [...cameras.solvedCases].sort(
      (a, b) => b.solvedOn.localeCompare(a.solvedOn) || b.id.localeCompare(a.id),
    );
    expect(
      result.data?.region.solvedCases.edges.map((e) => [e.node.title, e.node.solvedOn, e.node.grid.code]),
    ).toEqual(newestFirst.map((c) => [c.title, c.solvedOn, c.gridCode]));
    for (const edge of result.data?.region.solvedCases.edges ?? []) {
      const used = newestFirst.find(
        (c) => encodeGlobalID('SolvedCase', c.id) === edge.node.id,
      )?.cameraPointIds;
      expect(edge.node.cameras.map((camera) => camera.id)).toEqual(
        [...(used ?? [])].sort().map((id) => encodeGlobalID('CameraPoint', id)),
      );
      expect(edge.node.cameras.length).toBeGreaterThanOrEqual(1);
    }
  });

  it('counts a township’s cases, pages through them, and shows none to another county', async () => {
    const expected = cameras.solvedCases.filter((c) => c.gridCode.startsWith(township)).length;
    const first = await t.gql<Cases>(CASES, { code: township, first: 2 }, { as: countyAdmin });
    expect(first.data?.region.solvedCases.totalCount).toBe(expected);
    const next = await t.gql<Cases>(
      CASES,
      { code: township, first: 50, after: first.data?.region.solvedCases.pageInfo.endCursor },
      { as: countyAdmin },
    );
    expect(next.data?.region.solvedCases.edges).toHaveLength(expected - 2);
    const elsewhere = await t.gql<Cases>(CASES, { code: GERZE, first: 5 }, { as: outsider });
    expect(elsewhere.data?.region.solvedCases.totalCount).toBe(0);
    // Null, with no error: the rest of the region's public page stands.
    const anonymous = await t.gql<Cases>(CASES, { code: GERZE, first: 5 });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.region.solvedCases).toBeNull();
  });
});

const COVERAGE = /* GraphQL */ `
  query Coverage($code: String!) {
    region(code: $code) {
      cameraCoverage {
        keySites covered share { numerator denominator percent perMille }
        byCategory { category categoryLabel(locale: ZH_CN) keySites covered share { percent } }
        byGrid { gridCode grid { code } keySites covered }
      }
    }
  }
`;
type Coverage = {
  region: {
    cameraCoverage: {
      keySites: number;
      covered: number;
      share: { numerator: number; denominator: number; percent: number | null; perMille: number | null };
      byCategory: {
        category: string;
        categoryLabel: string;
        keySites: number;
        covered: number;
        share: { percent: number | null };
      }[];
      byGrid: { gridCode: string; grid: { code: string }; keySites: number; covered: number }[];
    };
  };
};

describe('key-site coverage (重点场所覆盖率)', () => {
  it('counts the county’s key sites and covered sites, by category and by grid, as the fixtures have them', async () => {
    const expected = expectedCoverage(GERZE);
    const result = await t.gql<Coverage>(COVERAGE, { code: GERZE }, { as: countyAdmin });
    expect(result.errors).toBeUndefined();
    const coverage = result.data?.region.cameraCoverage;
    expect(coverage?.keySites).toBe(cameras.keySites.length);
    expect(coverage).toMatchObject({
      keySites: expected.keySites,
      covered: expected.covered,
      share: {
        numerator: expected.covered,
        denominator: expected.keySites,
        percent: Math.floor((200 * expected.covered + expected.keySites) / (2 * expected.keySites)),
      },
    });
    expect(coverage?.byCategory.map((c) => [c.category, c.keySites, c.covered])).toEqual(
      expected.byCategory.map((c) => [c.category, c.keySites, c.covered]),
    );
    expect(coverage?.byCategory[0]?.categoryLabel).toBe('商场');
    expect(coverage?.byGrid.map((g) => [g.gridCode, g.grid.code, g.keySites, g.covered])).toEqual(
      expected.byGrid.map((g) => [g.gridCode, g.gridCode, g.keySites, g.covered]),
    );
  });

  it('counts a township and a village the same way', async () => {
    const grid = expectedCoverage(GERZE).byGrid[0];
    if (!grid) throw new Error('fixture');
    for (const code of [township, grid.gridCode.slice(0, 12)]) {
      const expected = expectedCoverage(code);
      const result = await t.gql<Coverage>(COVERAGE, { code }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.region.cameraCoverage).toMatchObject({
        keySites: expected.keySites,
        covered: expected.covered,
      });
      expect(
        result.data?.region.cameraCoverage.byGrid.map((g) => [g.gridCode, g.keySites, g.covered]),
      ).toEqual(expected.byGrid.map((g) => [g.gridCode, g.keySites, g.covered]));
    }
  });
});

const CAMERAS = /* GraphQL */ `
  query Cameras($filter: CameraPointFilter, $first: Int) {
    cameraPoints(filter: $filter, first: $first) {
      totalCount
      edges {
        node {
          id deviceId name status statusLabel siteCategory siteCategoryLabel(locale: EN)
          device { centreCode divisionCode industryCode typeCode typeLabel(locale: ZH_CN) serial }
          site { name covered }
          grid { code }
          solvedCases { title cameras { id } }
        }
      }
    }
  }
`;
type Cameras = {
  cameraPoints: {
    totalCount: number;
    edges: {
      node: {
        deviceId: string;
        status: string;
        device: { centreCode: string; typeCode: string; typeLabel: string } | null;
        site: { name: string; covered: boolean } | null;
      };
    }[];
  };
};

describe('coverage of a list of regions', () => {
  it('sums to the county over its townships, at the same SQL cost for 2 townships as for all 7', async () => {
    const TOWNSHIPS = /* GraphQL */ `
      query Townships($first: Int) {
        regions(filter: { within: "542526", level: TOWNSHIP }, first: $first) {
          edges { node { code cameraCoverage { keySites covered byGrid { gridCode } } } }
        }
      }
    `;
    type Townships = {
      regions: { edges: { node: { code: string; cameraCoverage: { keySites: number; covered: number } } }[] };
    };
    const counts: number[] = [];
    let all: Townships | undefined;
    for (const first of [2, 7]) {
      t.resetQueries();
      const result = await t.gql<Townships>(TOWNSHIPS, { first }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
      all = result.data;
    }
    expect(counts[1]).toBe(counts[0]);
    const nodes = all?.regions.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(7);
    for (const node of nodes) {
      expect(node.cameraCoverage).toMatchObject({
        keySites: expectedCoverage(node.code).keySites,
        covered: expectedCoverage(node.code).covered,
      });
    }
    expect(nodes.reduce((sum, node) => sum + node.cameraCoverage.keySites, 0)).toBe(cameras.keySites.length);
  });
});

describe('coverage of a region’s children (region → children → cameraCoverage)', () => {
  const CHILDREN = /* GraphQL */ `
    query Children($code: String!, $first: Int) {
      region(code: $code) {
        children(first: $first) {
          edges {
            node {
              code
              cameraCoverage {
                keySites covered share { percent }
                byCategory { category keySites covered }
                byGrid { gridCode keySites covered }
              }
            }
          }
        }
      }
    }
  `;
  type Children = {
    region: {
      children: {
        edges: {
          node: {
            code: string;
            cameraCoverage: {
              keySites: number;
              covered: number;
              byCategory: { category: string; keySites: number; covered: number }[];
              byGrid: { gridCode: string; keySites: number; covered: number }[];
            };
          };
        }[];
      };
    };
  };

  it('costs the same statements for 2 children as for 20, two of them for the coverage, in the county and a township', async () => {
    // 改则县 has 7 townships; the township has more than 2 villages.
    expect(childRegions(GERZE)).toHaveLength(7);
    expect(childRegions(township).length).toBeGreaterThan(2);
    for (const code of [GERZE, township]) {
      const counts: number[] = [];
      for (const first of [2, 20]) {
        t.resetQueries();
        const result = await t.gql<Children>(CHILDREN, { code, first }, { as: countyAdmin });
        expect(result.errors).toBeUndefined();
        counts.push(t.queries.length);
        expect(t.queries.filter((sql) => sql.includes('"KeySite"'))).toHaveLength(2);
        const nodes = result.data?.region.children.edges.map((edge) => edge.node) ?? [];
        expect(nodes).toHaveLength(Math.min(first, childRegions(code).length));
        for (const node of nodes) {
          const expected = expectedCoverage(node.code);
          expect(node.cameraCoverage).toMatchObject({
            keySites: expected.keySites,
            covered: expected.covered,
          });
          expect(node.cameraCoverage.byCategory.map((c) => [c.category, c.keySites, c.covered])).toEqual(
            expected.byCategory.map((c) => [c.category, c.keySites, c.covered]),
          );
          expect(node.cameraCoverage.byGrid.map((g) => [g.gridCode, g.keySites, g.covered])).toEqual(
            expected.byGrid.map((g) => [g.gridCode, g.keySites, g.covered]),
          );
        }
      }
      expect(counts[1]).toBe(counts[0]);
    }
  });
});

describe('camera points (视频监控点位)', () => {
  it('lists the county’s camera points by status, category and region, counted in SQL', async () => {
    const all = await t.gql<Cameras>(CAMERAS, { first: 1 }, { as: countyAdmin });
    expect(all.errors).toBeUndefined();
    expect(all.data?.cameraPoints.totalCount).toBe(cameras.cameraPoints.length);
    for (const status of new Set(cameras.cameraPoints.map((c) => c.status))) {
      const result = await t.gql<Cameras>(CAMERAS, { filter: { status }, first: 1 }, { as: countyAdmin });
      expect(result.data?.cameraPoints.totalCount).toBe(
        cameras.cameraPoints.filter((c) => c.status === status).length,
      );
    }
    for (const siteCategory of new Set(cameras.cameraPoints.map((c) => c.siteCategory))) {
      const result = await t.gql<Cameras>(
        CAMERAS,
        { filter: { siteCategory, within: township }, first: 1 },
        { as: countyAdmin },
      );
      expect(result.data?.cameraPoints.totalCount).toBe(
        cameras.cameraPoints.filter((c) => c.siteCategory === siteCategory && c.gridCode.startsWith(township))
          .length,
      );
    }
    const elsewhere = await t.gql<Cameras>(CAMERAS, { first: 1 }, { as: outsider });
    expect(elsewhere.data?.cameraPoints.totalCount).toBe(0);
  });

  it('reads the device id by GB/T 28181 Annex D', async () => {
    const first = cameras.cameraPoints[0];
    if (!first) throw new Error('fixture');
    const result = await t.gql<Cameras>(
      CAMERAS,
      { filter: { gridCode: first.gridCode }, first: 100 },
      { as: countyAdmin },
    );
    const node = result.data?.cameraPoints.edges.find((e) => e.node.deviceId === first.deviceId)?.node;
    expect(node?.device).toMatchObject({
      centreCode: first.deviceId.slice(0, 8),
      typeCode: first.deviceId.slice(10, 13),
      typeLabel: first.deviceId.slice(10, 13) === '132' ? '网络摄像机' : '摄像机',
    });
    expect(node?.device?.centreCode.startsWith(GERZE)).toBe(true);
  });

  it('costs the same number of SQL statements for 2 cameras as for 50, sites, grids and cases included', async () => {
    const counts: number[] = [];
    for (const first of [2, 50]) {
      t.resetQueries();
      const result = await t.gql<Cameras>(CAMERAS, { first }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.cameraPoints.edges).toHaveLength(first);
      counts.push(t.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
    const caseCounts: number[] = [];
    for (const first of [2, 40]) {
      t.resetQueries();
      const result = await t.gql<Cases>(CASES, { code: GERZE, first }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      caseCounts.push(t.queries.length);
    }
    expect(caseCounts[1]).toBe(caseCounts[0]);
  });
});

describe('registering camera points and cases', () => {
  const REGISTER = /* GraphQL */ `
    mutation Register($input: CameraPointRegisterInput!) {
      cameraPointRegister(input: $input) {
        cameraPoint { id deviceId status site { id covered } grid { code } }
        userErrors { code kind field message(locale: EN) }
      }
    }
  `;
  type Register = {
    cameraPointRegister: {
      cameraPoint: { id: string; deviceId: string; site: { id: string; covered: boolean } | null } | null;
      userErrors: (UserError & { message: string })[];
    };
  };
  const RECORD = /* GraphQL */ `
    mutation Record($input: SolvedCaseRecordInput!) {
      solvedCaseRecord(input: $input) {
        solvedCase { id title solvedOn cameras { id } }
        userErrors { code kind field }
      }
    }
  `;
  type Record = {
    solvedCaseRecord: {
      solvedCase: { id: string; cameras: { id: string }[] } | null;
      userErrors: UserError[];
    };
  };

  const watched = new Set(cameras.cameraPoints.filter((c) => c.status === 'WORKING').map((c) => c.siteId));
  const uncovered = cameras.keySites.find((site) => !watched.has(site.id));
  if (!uncovered) throw new Error('the fixtures have an uncovered key site');
  const input = (deviceId: string) => ({
    deviceId,
    name: `${uncovered.name}门口`,
    siteCategory: uncovered.category,
    siteId: encodeGlobalID('KeySite', uncovered.id),
    gridId: encodeGlobalID('Grid', uncovered.gridCode),
  });

  it('refuses a wrong device id with a VALIDATION error on deviceId, writing nothing', async () => {
    const before = await t.db.cameraPoint.count();
    const cases = [
      ['5425260002132000001', 'DEVICE_ID_FORMAT'],
      ['54042400021320000001', 'DEVICE_ID_OUTSIDE_COUNTY'],
      ['54252600020450000001', 'DEVICE_ID_TYPE'],
      ['54252600021180000001', 'CAMERA_NOT_A_CAMERA'],
    ] as const;
    for (const [deviceId, code] of cases) {
      const result = await t.gql<Register>(REGISTER, { input: input(deviceId) }, { as: countyAdmin });
      expect(result.data?.cameraPointRegister.cameraPoint).toBeNull();
      expect(result.data?.cameraPointRegister.userErrors).toMatchObject([
        { code, kind: 'VALIDATION', field: ['deviceId'] },
      ]);
    }
    expect(await t.db.cameraPoint.count()).toBe(before);
  });

  it('registers a working camera at an uncovered key site, which then counts as covered', async () => {
    const before = expectedCoverage(GERZE).covered;
    const result = await t.gql<Register>(
      REGISTER,
      { input: input('54252600021329999001') },
      { as: countyAdmin },
    );
    expect(result.data?.cameraPointRegister.userErrors).toEqual([]);
    expect(result.data?.cameraPointRegister.cameraPoint).toMatchObject({
      deviceId: '54252600021329999001',
      site: { id: encodeGlobalID('KeySite', uncovered.id), covered: true },
    });
    const coverage = await t.gql<Coverage>(COVERAGE, { code: GERZE }, { as: countyAdmin });
    expect(coverage.data?.region.cameraCoverage.covered).toBe(before + 1);
    const again = await t.gql<Register>(
      REGISTER,
      { input: input('54252600021329999001') },
      { as: countyAdmin },
    );
    expect(again.data?.cameraPointRegister.userErrors).toMatchObject([
      { code: 'CAMERA_DEVICE_ID_TAKEN', kind: 'CONFLICT', field: ['deviceId'] },
    ]);
  });

  it('refuses grid workers and grids outside the caller’s region', async () => {
    const worker: TestCaller = {
      subject: 'worker',
      grants: [{ role: 'GRID_WORKER', region: uncovered.gridCode }],
    };
    const refused = await t.gql<Register>(REGISTER, { input: input('54252600021329999002') }, { as: worker });
    expect(refused.data?.cameraPointRegister.userErrors).toMatchObject([
      { code: 'CAMERA_FORBIDDEN', kind: 'FORBIDDEN' },
    ]);
    const elsewhere = await t.gql<Register>(
      REGISTER,
      { input: input('54252600021329999002') },
      { as: outsider },
    );
    expect(elsewhere.data?.cameraPointRegister.userErrors).toMatchObject([
      { code: 'CAMERA_GRID_NOT_FOUND', kind: 'NOT_FOUND', field: ['gridId'] },
    ]);
  });

  it('records a case with the cameras used, and refuses one without footage or with an unknown camera', async () => {
    const used = cameras.cameraPoints.slice(0, 2);
    const caseInput = {
      title: '狮泉河路盗窃案',
      solvedOn: '2025-06-10',
      gridId: encodeGlobalID('Grid', used[0]?.gridCode ?? ''),
      cameraPointIds: used.map((c) => encodeGlobalID('CameraPoint', c.id)),
    };
    const none = await t.gql<Record>(
      RECORD,
      { input: { ...caseInput, cameraPointIds: [] } },
      { as: countyAdmin },
    );
    expect(none.data?.solvedCaseRecord.userErrors).toMatchObject([
      { code: 'CASE_NO_FOOTAGE', kind: 'VALIDATION', field: ['cameraPointIds'] },
    ]);
    const unknown = await t.gql<Record>(
      RECORD,
      {
        input: {
          ...caseInput,
          cameraPointIds: [...caseInput.cameraPointIds, encodeGlobalID('CameraPoint', 'CAM-none')],
        },
      },
      { as: countyAdmin },
    );
    expect(unknown.data?.solvedCaseRecord.userErrors).toMatchObject([
      { code: 'CASE_UNKNOWN_CAMERA', kind: 'NOT_FOUND', field: ['cameraPointIds', '2'] },
    ]);
    const recorded = await t.gql<Record>(RECORD, { input: caseInput }, { as: countyAdmin });
    expect(recorded.data?.solvedCaseRecord.userErrors).toEqual([]);
    expect(recorded.data?.solvedCaseRecord.solvedCase?.cameras.map((c) => c.id)).toEqual(
      caseInput.cameraPointIds,
    );
    const total = await t.gql<Cases>(CASES, { code: GERZE, first: 1 }, { as: countyAdmin });
    expect(total.data?.region.solvedCases.totalCount).toBe(41);
  });
});

describe('the camera mappers (rows ⇄ core)', () => {
  it('turn every key site, camera point and case of the fixtures into columns and back unchanged', () => {
    expect(cameras.keySites.map((site) => keySiteMapper.toDomain(keySiteMapper.toColumns(site)))).toEqual(
      cameras.keySites,
    );
    expect(
      cameras.cameraPoints.map((camera) => cameraPointMapper.toDomain(cameraPointMapper.toColumns(camera))),
    ).toEqual(cameras.cameraPoints);
    expect(
      cameras.solvedCases.map((solved) =>
        solvedCaseMapper.toDomain({
          ...solvedCaseMapper.toColumns(solved),
          cameras: solvedCaseMapper.cameraColumns(solved),
        }),
      ),
    ).toEqual(cameras.solvedCases);
  });

  it('refuse a stored category, status or GB/T 28181 device id core does not accept, naming the row', () => {
    const [site] = cameras.keySites;
    const [camera] = cameras.cameraPoints;
    if (!site || !camera) throw new Error('fixture');
    expect(() => keySiteMapper.toDomain({ ...keySiteMapper.toColumns(site), category: 'ROAD' })).toThrow(
      `KeySite ${site.id}: column "category" holds "ROAD"`,
    );
    const columns = cameraPointMapper.toColumns(camera);
    expect(() => cameraPointMapper.toDomain({ ...columns, status: 'RETIRED' })).toThrow(StoredValueError);
    expect(() => cameraPointMapper.toDomain({ ...columns, deviceId: '5425260002132000001' })).toThrow(
      `CameraPoint ${camera.id}: column "deviceId" holds "5425260002132000001"`,
    );
    expect(() => cameraPointMapper.toDomain({ ...columns, deviceId: '54252600020450000001' })).toThrow(
      StoredValueError,
    );
  });
});

describe('an anonymous county overview (issue 9, defect 6)', () => {
  const PUBLIC = `
    code nameZh
    gridStats { grids compliantGrids households householdJointUnits trainingSessions trainingPersonTimes
      gridsByKind { kind grids } staffByRole { role persons } }
    recordStats { records matters openMatters solvedCases byCategory { category records } byState { state matters } }
    fengqiao { handled resolved meanResolutionMinutes notPassedUp { percent } settledInVillage { percent }
      settledInTownship { percent } }`;
  type Overview = {
    region: { code: string; gridStats: { grids: number }; cameraCoverage?: { keySites: number } | null };
  };

  it('answers every public statistic with no error', async () => {
    const result = await t.gql<Overview>(`query($code: String!) { region(code: $code) { ${PUBLIC} } }`, {
      code: GERZE,
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.code).toBe(GERZE);
    expect(result.data?.region.gridStats.grids).toBeGreaterThan(0);
  });

  it('answers cameraCoverage with null, not an error, beside the public statistics', async () => {
    const query = `query($code: String!) { region(code: $code) { ${PUBLIC} cameraCoverage { keySites covered } } }`;
    const anonymous = await t.gql<Overview>(query, { code: GERZE });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.region.gridStats.grids).toBeGreaterThan(0);
    expect(anonymous.data?.region.cameraCoverage).toBeNull();
    // A county admin of another county reads the public figures but not the protected one.
    const elsewhere = await t.gql<Overview>(query, { code: GERZE }, { as: outsider });
    expect(elsewhere.errors).toBeUndefined();
    expect(elsewhere.data?.region.cameraCoverage).toBeNull();
    const admin = await t.gql<Overview>(query, { code: GERZE }, { as: countyAdmin });
    expect(admin.data?.region.cameraCoverage?.keySites).toBe(cameras.keySites.length);
  });
});

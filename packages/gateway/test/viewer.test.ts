import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;
let worker: TestCaller;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures()]);
  const assignment = await t.db.staffAssignment.findFirstOrThrow({
    where: { role: 'GRID_WORKER', until: null },
    orderBy: { id: 'asc' },
  });
  worker = {
    subject: 'worker-1',
    personId: assignment.personId,
    grants: [{ role: 'GRID_WORKER', region: assignment.gridCode }],
  };
});
afterAll(() => t.close());

const VIEWER = /* GraphQL */ `
  {
    viewer {
      subject
      anonymous
      grants { role roleLabel regionCode region { code } }
      grids { code }
      person { id }
      reads { kind everyone regionCodes gridCodes own }
    }
  }
`;

interface ViewerResult {
  viewer: {
    subject: string;
    anonymous: boolean;
    grants: { role: string; roleLabel: string; regionCode: string; region: { code: string } | null }[];
    grids: { code: string }[];
    person: { id: string } | null;
    reads: { kind: string; everyone: boolean; regionCodes: string[]; gridCodes: string[]; own: boolean }[];
  };
}

describe('who am I', () => {
  it('tells an anonymous caller that it is anonymous and reads only public kinds', async () => {
    const { data, errors } = await t.gql<ViewerResult>(VIEWER);
    expect(errors).toBeUndefined();
    expect(data?.viewer).toMatchObject({
      subject: 'anonymous',
      anonymous: true,
      grants: [],
      grids: [],
      person: null,
    });
    const publicKinds = data?.viewer.reads.filter((read) => read.everyone).map((read) => read.kind);
    expect(publicKinds).toEqual(['REGION', 'PUBLIC_STATISTIC', 'POINTS_CATALOGUE', 'SERVICE_HALL']);
    for (const read of data?.viewer.reads ?? []) {
      if (!read.everyone) expect(read).toMatchObject({ regionCodes: [], gridCodes: [], own: false });
    }
  });

  it('shows a grid worker its role, its grid, its person, and that it reads its own grid only', async () => {
    const { data, errors } = await t.gql<ViewerResult>(VIEWER, {}, { as: worker, locale: 'en' });
    expect(errors).toBeUndefined();
    const gridCode = worker.grants[0]?.region ?? '';
    expect(data?.viewer.subject).toBe('worker-1');
    expect(data?.viewer.anonymous).toBe(false);
    expect(data?.viewer.grants).toEqual([
      { role: 'GRID_WORKER', roleLabel: 'Grid worker', regionCode: gridCode, region: null },
    ]);
    expect(data?.viewer.grids).toEqual([{ code: gridCode }]);
    expect(data?.viewer.person).toEqual({ id: expect.any(String) });
    const matters = data?.viewer.reads.find((read) => read.kind === 'MATTER');
    expect(matters).toEqual({
      kind: 'MATTER',
      everyone: false,
      regionCodes: [],
      gridCodes: [gridCode],
      own: false,
    });
    const audit = data?.viewer.reads.find((read) => read.kind === 'AUDIT_RECORD');
    expect(audit).toMatchObject({ regionCodes: [], gridCodes: [] });
  });

  it('names a county administrator’s county and costs the same statements with two grants as with one', async () => {
    const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
    const twoCounties: TestCaller = {
      subject: 'admin-2',
      grants: [
        { role: 'COUNTY_ADMIN', region: '542526' },
        { role: 'COUNTY_ADMIN', region: '542527' },
      ],
    };
    t.resetQueries();
    const one = await t.gql<ViewerResult>(VIEWER, {}, { as: admin });
    const oneCount = t.queries.length;
    t.resetQueries();
    const two = await t.gql<ViewerResult>(VIEWER, {}, { as: twoCounties });
    expect(one.data?.viewer.grants.map((grant) => grant.region?.code)).toEqual(['542526']);
    expect(two.data?.viewer.grants.map((grant) => grant.region?.code)).toEqual(['542526', '542527']);
    expect(t.queries.length).toBe(oneCount);
  });
});

import { QONGGYAI_2023, qonggyaiHall } from '@grassroots/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_OPERATIONS } from '../bench/queries.js';
import { regionFixtures, serviceHallFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const QONGGYAI = '540524';
const clerk: TestCaller = { subject: 'clerk', grants: [{ role: 'SERVICE_HALL_CLERK', region: QONGGYAI }] };
const gridWorker: TestCaller = { subject: 'gw', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
const fixtures = qonggyaiHall();

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, serviceHallFixtures()]);
});
afterAll(() => t.close());

const STATS = /* GraphQL */ `
  query Stats($code: String!, $from: Date, $to: Date) {
    region(code: $code) {
      serviceHallStats(from: $from, to: $to) {
        visits accepted completed completedOnTime refused completionRate onTimeRate averageTrips
        meanWaitSeconds p90WaitSeconds ratings badRatings satisfactionRate
      }
    }
  }
`;
type Stats = { region: { serviceHallStats: Record<string, number | null> } };

describe('the statistics of 琼结县’s hall (DOMAIN.md §5)', () => {
  it('answer 23,045 visits, 22,229 accepted and 22,229 completed in 2023, a completion rate of 1, to anyone', async () => {
    for (const variables of [{ code: QONGGYAI }, { code: QONGGYAI, from: '2023-01-01', to: '2023-12-31' }]) {
      const result = await t.gql<Stats>(STATS, variables);
      expect(result.errors).toBeUndefined();
      expect(result.data?.region.serviceHallStats).toMatchObject({
        visits: QONGGYAI_2023.visits,
        accepted: QONGGYAI_2023.accepted,
        completed: QONGGYAI_2023.completed,
        completionRate: 1,
        refused: 0,
      });
    }
  });

  it('agree with the fixtures on on-time completion, trips, waits and ratings', async () => {
    const result = await t.gql<Stats>(STATS, { code: QONGGYAI });
    const stats = result.data?.region.serviceHallStats;
    const onTime = fixtures.applications.filter(
      (a) => (a.completedOn as string) <= (a.dueOn as string),
    ).length;
    const waits = fixtures.visits
      .map((v) => Math.round((v.calledAt.getTime() - v.issuedAt.getTime()) / 1000))
      .sort((a, b) => a - b);
    expect(stats).toMatchObject({
      completedOnTime: onTime,
      onTimeRate: onTime / QONGGYAI_2023.completed,
      averageTrips: fixtures.applications.reduce((s, a) => s + a.trips, 0) / QONGGYAI_2023.accepted,
      p90WaitSeconds: waits[Math.ceil(0.9 * waits.length) - 1],
      ratings: fixtures.ratings.length,
      badRatings: 24,
    });
  });

  it('count a period: the month of Losar', async () => {
    const result = await t.gql<Stats>(STATS, { code: QONGGYAI, from: '2023-02-01', to: '2023-02-28' });
    const inFebruary = fixtures.applications.filter((a) =>
      (a.acceptedOn as string).startsWith('2023-02'),
    ).length;
    expect(result.data?.region.serviceHallStats.accepted).toBe(inFebruary);
  });

  it('answer the bench’s year (with departments) in five statements and read nothing personal', async () => {
    const year = BENCH_OPERATIONS.find((operation) => operation.key === 'service-hall-stats');
    t.resetQueries();
    const result = await t.gql<{
      region: { serviceHallStats: { accepted: number; byDepartment: unknown[] } };
    }>(year?.query ?? '');
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.serviceHallStats.accepted).toBe(QONGGYAI_2023.accepted);
    expect(result.data?.region.serviceHallStats.byDepartment.length).toBeGreaterThan(0);
    // The region; applications; visits and ratings; the 90th-percentile wait; the departments.
    expect(t.queries).toHaveLength(5);
    expect(t.queries.filter((sql) => /INSERT INTO "Audit/.test(sql))).toEqual([]);
  });

  it('cost the same statements for one county as for a prefecture’s counties, three for the statistics', async () => {
    const CHILDREN = /* GraphQL */ `
      query { region(code: "540500") { children(first: 20) { edges { node { code serviceHallStats { visits accepted } } } } } }
    `;
    t.resetQueries();
    await t.gql<Stats>(STATS, { code: QONGGYAI });
    const one = t.queries.filter((sql) =>
      /"HallVisit"|"ServiceApplication"|"ServiceRating"/.test(sql),
    ).length;
    t.resetQueries();
    const many = await t.gql(CHILDREN);
    expect(many.errors).toBeUndefined();
    const all = t.queries.filter((sql) =>
      /"HallVisit"|"ServiceApplication"|"ServiceRating"/.test(sql),
    ).length;
    expect(one).toBe(3);
    expect(all).toBe(3);
    // Reported, not asserted: timings belong to the bench, and this machine is shared.
    const started = performance.now();
    for (let i = 0; i < 5; i++)
      await t.gql<Stats>(STATS, { code: QONGGYAI, from: '2023-01-01', to: '2023-12-31' });
    console.log(
      `${t.provider}: a year's hall statistics of 琼结县 in ${((performance.now() - started) / 5).toFixed(1)} ms`,
    );
  });
});

const HALL = /* GraphQL */ `
  query {
    region(code: "540524") {
      serviceHall {
        id name departments { code joinedOn } windows { number kind departments { code } }
        assistPoints { level } matters { code version promisedDays legalDays synthetic }
      }
    }
  }
`;

describe('the statistics by department, window and matter', () => {
  const BREAKDOWN = /* GraphQL */ `
    query {
      region(code: "540524") {
        serviceHallStats(from: "2023-01-01", to: "2023-12-31") {
          accepted
          byDepartment { group accepted completed completionRate }
          byWindow { group accepted }
          byMatter { group accepted }
        }
      }
    }
  `;
  type Groups = { group: string; accepted: number; completed?: number; completionRate?: number }[];
  type Breakdown = {
    region: {
      serviceHallStats: { accepted: number; byDepartment: Groups; byWindow: Groups; byMatter: Groups };
    };
  };

  it('split the 22,229 by the fixtures’ departments, windows and matters, one statement each', async () => {
    t.resetQueries();
    const result = await t.gql<Breakdown>(BREAKDOWN);
    expect(result.errors).toBeUndefined();
    expect(t.queries.filter((sql) => sql.includes('GROUP BY'))).toHaveLength(3);
    const stats = result.data?.region.serviceHallStats;
    const tally = (key: (a: (typeof fixtures.applications)[number]) => string | undefined) => {
      const counts = new Map<string, number>();
      for (const a of fixtures.applications) {
        const k = key(a);
        if (k !== undefined) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      return counts;
    };
    const matterDept = new Map(fixtures.matters.map((m) => [m.code, m.departmentCode]));
    const windowNumber = new Map(fixtures.hall.windows.map((w) => [w.id, String(w.number)]));
    expect(new Map(stats?.byDepartment.map((g) => [g.group, g.accepted]))).toEqual(
      tally((a) => matterDept.get(a.matterCode)),
    );
    expect(new Map(stats?.byMatter.map((g) => [g.group, g.accepted]))).toEqual(tally((a) => a.matterCode));
    expect(new Map(stats?.byWindow.map((g) => [g.group, g.accepted]))).toEqual(
      tally((a) => (a.windowId ? windowNumber.get(a.windowId) : undefined)),
    );
    expect(stats?.byDepartment.every((g) => g.completionRate === 1)).toBe(true);
    expect(stats?.byDepartment).toHaveLength(18);
  });
});

describe('the hall and its catalogue (public)', () => {
  it('shows 18 departments and 22 windows to anonymous callers', async () => {
    const result = await t.gql<{
      region: { serviceHall: { departments: unknown[]; windows: { kind: string }[]; matters: unknown[] } };
    }>(HALL);
    expect(result.errors).toBeUndefined();
    const hall = result.data?.region.serviceHall;
    expect(hall?.departments).toHaveLength(18);
    expect(hall?.windows).toHaveLength(22);
    expect(hall?.matters).toHaveLength(fixtures.matters.length);
  });

  it('costs the same statements under the twelve counties of 山南市 as for 琼结县 alone', async () => {
    const SELECTION =
      'serviceHall { name departments { code } windows { number departments { code } } matters { code } }';
    const hallStatements = () =>
      t.queries.filter((sql) =>
        /FROM [`"\w.]*[`"](ServiceHall|HallDepartment|HallWindow|HallWindowDepartment|ServiceMatter)[`"]/.test(
          sql,
        ),
      ).length;
    t.resetQueries();
    const one = await t.gql(`query { region(code: "${QONGGYAI}") { ${SELECTION} } }`);
    expect(one.errors).toBeUndefined();
    const forOne = hallStatements();
    t.resetQueries();
    const many = await t.gql<{
      region: { children: { edges: { node: { code: string; serviceHall: unknown } }[] } };
    }>(`query { region(code: "540500") { children(first: 20) { edges { node { code ${SELECTION} } } } } }`);
    expect(many.errors).toBeUndefined();
    const edges = many.data?.region.children.edges ?? [];
    expect(edges).toHaveLength(12);
    expect(edges.filter((e) => e.node.serviceHall !== null).map((e) => e.node.code)).toEqual([QONGGYAI]);
    expect(forOne).toBe(7);
    expect(hallStatements()).toBe(forOne);
  });
});

const APPLICATIONS = /* GraphQL */ `
  query Applications($filter: ServiceApplicationFilter) {
    region(code: "540524") {
      serviceHall { applications(first: 5, filter: $filter) { totalCount edges { node { id state matter { code } window { number } } } } }
    }
  }
`;
type Applications = {
  region: {
    serviceHall: {
      applications: {
        totalCount: number;
        edges: {
          node: { id: string; state: string; matter: { code: string }; window: { number: number } | null };
        }[];
      };
    };
  };
};

describe('applications, filtered in SQL', () => {
  const count = async (filter: Record<string, unknown>, as: TestCaller | null = clerk) =>
    (await t.gql<Applications>(APPLICATIONS, { filter }, as ? { as } : {})).data?.region.serviceHall
      .applications.totalCount;

  it('are listed for the county’s clerks and nobody else', async () => {
    expect(await count({})).toBe(fixtures.applications.length);
    expect(await count({}, null)).toBe(0);
    expect(await count({}, gridWorker)).toBe(0);
  });

  it('filter by window, department, matter, state and period', async () => {
    const windowOf = (id: string | null) => fixtures.hall.windows.find((w) => w.id === id)?.number;
    expect(await count({ windowNumber: 4 })).toBe(
      fixtures.applications.filter((a) => windowOf(a.windowId) === 4).length,
    );
    expect(await count({ departmentCode: 'YB' })).toBe(
      fixtures.applications.filter((a) => a.matterCode.startsWith('YB-')).length,
    );
    expect(await count({ matterCode: 'SCJG-001' })).toBe(
      fixtures.applications.filter((a) => a.matterCode === 'SCJG-001').length,
    );
    expect(await count({ state: 'DELIVERED' })).toBe(fixtures.applications.length);
    expect(await count({ from: '2023-09-01', to: '2023-09-30' })).toBe(
      fixtures.applications.filter((a) => a.receivedOn.startsWith('2023-09')).length,
    );
    expect(await count({ overdue: true })).toBe(0);
  });
});

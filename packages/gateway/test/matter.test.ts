// The article's 240,000 public-opinion records of 改则县 with their matters, read through the API: the
// county's figures, the Fengqiao measures computed in SQL against core's definitions, the records
// list, and a grid's open-matters feed served by its index in two statements.
import {
  type CalendarDate,
  type FengqiaoMeasures,
  fengqiaoCountsOf,
  fengqiaoMeasures,
  type Matter,
  type Petition,
  RECORD_CATEGORIES,
  startOfShanghaiDay,
} from '@grassroots/core';
import {
  GERZE_RECORD_COUNT,
  GERZE_RECORDS_AS_OF,
  GERZE_SOLVED_CASE_COUNT,
  gerzeRecordChunks,
  gerzeRecordSummary,
} from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureSets } from '../src/seed/load.js';
import {
  cameraFixtures,
  gridFixtures,
  personFixtures,
  recordFixtures,
  regionFixtures,
} from './fixture-sets.js';
import { startGateway, TEST_NOW, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const outsider: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };
const summary = gerzeRecordSummary();
const provider = process.env.DATABASE_URL?.startsWith('postgres') ? 'postgresql' : 'sqlite';

let t: TestGateway;
/** Every SQL statement with its parameters, as Prisma issued it. */
const issued: { query: string; params: string }[] = [];

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), cameraFixtures()]);
  const started = performance.now();
  t.resetQueries();
  await loadFixtureSets(t.db, [recordFixtures()], { provider: t.provider, now: TEST_NOW });
  console.log(
    `records fixtures on ${provider}: ${summary.records} records, ${summary.matters} matters, ` +
      `${summary.matterEvents} events loaded in ${Math.round(performance.now() - started)} ms ` +
      `with ${t.queries.length} SQL statements`,
  );
  (
    t.db as unknown as {
      $on: (event: 'query', listener: (e: { query: string; params: string }) => void) => void;
    }
  ).$on('query', (event) => issued.push({ query: event.query, params: event.params }));
});
afterAll(() => t.close());

describe('改则县 in figures (region.recordStats)', () => {
  const STATS = /* GraphQL */ `
    {
      region(code: "542526") {
        recordStats {
          records matters openMatters solvedCases
          byCategory { category categoryLabel(locale: ZH_CN) records matters openMatters }
          byState { state matters }
        }
      }
    }
  `;
  type Stats = {
    region: {
      recordStats: {
        records: number;
        matters: number;
        openMatters: number;
        solvedCases: number;
        byCategory: { category: string; categoryLabel: string; records: number; matters: number }[];
        byState: { state: string; matters: number }[];
      };
    };
  };

  it('finds the article’s 240,000 records and 40 cases solved with camera footage', async () => {
    const result = await t.gql<Stats>(STATS);
    expect(result.errors).toBeUndefined();
    const stats = result.data?.region.recordStats;
    expect(stats?.records).toBeGreaterThanOrEqual(240_000);
    expect(stats?.records).toBe(GERZE_RECORD_COUNT);
    expect(stats?.solvedCases).toBe(GERZE_SOLVED_CASE_COUNT);
    expect(stats?.solvedCases).toBe(40);
  });

  it('counts matters, open matters, categories and states as the fixtures made them', async () => {
    const stats = (await t.gql<Stats>(STATS)).data?.region.recordStats;
    expect(stats?.matters).toBe(summary.matters);
    expect(stats?.openMatters).toBe(summary.openMatters);
    expect(stats?.byCategory.map((c) => [c.category, c.records, c.matters])).toEqual(
      RECORD_CATEGORIES.map((category) => [
        category,
        summary.recordsByCategory[category],
        summary.mattersByCategory[category],
      ]),
    );
    expect(stats?.byCategory[0]?.categoryLabel).toBe('社情民意');
    expect(Object.fromEntries(stats?.byState.map((s) => [s.state, s.matters]) ?? [])).toEqual(
      summary.mattersByState,
    );
  });
});

describe('a region’s townships in figures (region.children), batched by region', () => {
  const CHILDREN = /* GraphQL */ `
    query Children($first: Int!) {
      region(code: "542526") {
        children(first: $first) {
          edges {
            node {
              code
              recordStats {
                records matters openMatters solvedCases
                byCategory { category categoryLabel(locale: ZH_CN) records matters openMatters }
                byState { state stateLabel(locale: EN) matters }
              }
              fengqiao(from: "2024-01-01", to: "2024-12-31") {
                resolved handled meanResolutionMinutes p90ResolutionMinutes
                settledInVillage { numerator denominator percent perMille }
                settledInTownship { numerator denominator }
                notPassedUp { numerator denominator }
                resolvedByLevel { level levelLabel(locale: ZH_CN) matters }
                handledByLevel { level matters }
              }
              whole: fengqiao { resolved handled p90ResolutionMinutes }
            }
          }
        }
      }
    }
  `;
  type Township = {
    code: string;
    recordStats: { records: number; matters: number; openMatters: number; solvedCases: number };
    fengqiao: { resolved: number; handled: number; p90ResolutionMinutes: number | null };
    whole: { resolved: number; handled: number; p90ResolutionMinutes: number | null };
  };
  type Children = { region: { children: { edges: { node: Township }[] } } };

  async function statementsFor(
    first: number,
  ): Promise<{ statements: number; figures: number; townships: Township[] }> {
    t.resetQueries();
    const result = await t.gql<Children>(CHILDREN, { first });
    expect(result.errors).toBeUndefined();
    return {
      statements: t.queries.length,
      // The statements of the figures: one branch per region, each naming its region.
      figures: t.queries.filter((sql) => sql.includes('AS "regionCode"')).length,
      townships: result.data?.region.children.edges.map((edge) => edge.node) ?? [],
    };
  }

  it('costs the same number of SQL statements for 2 townships as for all 7', async () => {
    const two = await statementsFor(2);
    const all = await statementsFor(20);
    expect(two.townships).toHaveLength(2);
    expect(all.townships).toHaveLength(7);
    // The region and its children, then one statement per figure for all townships: records by
    // category, matters by category and state (one rollup), solved cases, and for each of the two
    // periods the period rollups, the petitioned disputes and the 90th percentile.
    expect(all.statements).toBe(two.statements);
    expect(all.figures).toBe(two.figures);
    expect(all.figures).toBe(3 + 2 * 3);
    expect(all.statements).toBe(2 + all.figures);
  });

  it('gives each township its own figures, adding up to the county’s, and each period its own', async () => {
    const { townships } = await statementsFor(20);
    const sum = (of: (township: Township) => number) => townships.reduce((total, x) => total + of(x), 0);
    expect(sum((x) => x.recordStats.records)).toBe(GERZE_RECORD_COUNT);
    expect(sum((x) => x.recordStats.matters)).toBe(summary.matters);
    expect(sum((x) => x.recordStats.openMatters)).toBe(summary.openMatters);
    expect(sum((x) => x.recordStats.solvedCases)).toBe(GERZE_SOLVED_CASE_COUNT);
    expect(new Set(townships.map((x) => x.recordStats.records)).size).toBeGreaterThan(1);
    const measures = fengqiaoMeasures(summary.fengqiao);
    if (!measures.ok) throw new Error(measures.error.code);
    expect(sum((x) => x.whole.resolved)).toBe(measures.value.resolved);
    expect(sum((x) => x.whole.handled)).toBe(measures.value.handled);
    // 2024 alone is part of the whole, so the two aliases did not share a result.
    expect(sum((x) => x.fengqiao.resolved)).toBeLessThan(measures.value.resolved);
    expect(sum((x) => x.fengqiao.resolved)).toBeGreaterThan(0);
  });

  it('answers a township as the township alone would be answered', async () => {
    const { townships } = await statementsFor(20);
    const [first] = townships;
    const alone = await t.gql<{ region: Township }>(
      /* GraphQL */ `
        query One($code: String!) {
          region(code: $code) {
            code
            recordStats { records matters openMatters solvedCases }
            fengqiao(from: "2024-01-01", to: "2024-12-31") { resolved handled p90ResolutionMinutes }
            whole: fengqiao { resolved handled p90ResolutionMinutes }
          }
        }
      `,
      { code: first?.code },
    );
    expect(alone.errors).toBeUndefined();
    expect(alone.data?.region).toMatchObject({
      recordStats: {
        records: first?.recordStats.records,
        matters: first?.recordStats.matters,
        openMatters: first?.recordStats.openMatters,
        solvedCases: first?.recordStats.solvedCases,
      },
      fengqiao: {
        resolved: first?.fengqiao.resolved,
        handled: first?.fengqiao.handled,
        p90ResolutionMinutes: first?.fengqiao.p90ResolutionMinutes,
      },
      whole: first?.whole,
    });
  });
});

/** The plan of a statement as Prisma issued it, with its own parameters. */
async function planOf(sql: string): Promise<string[]> {
  const statement = [...issued].reverse().find((entry) => entry.query === sql);
  const params = JSON.parse(statement?.params ?? '[]') as unknown[];
  if (provider === 'sqlite') {
    const rows = await t.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`, ...params);
    return rows.map((row) => row.detail);
  }
  const rows = await t.db.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`, ...params);
  return rows.map((row) => row['QUERY PLAN']);
}

describe('the Fengqiao measures (region.fengqiao), counted in SQL', () => {
  const FENGQIAO = /* GraphQL */ `
    query Fengqiao($code: String!, $from: Date, $to: Date) {
      region(code: $code) {
        fengqiao(from: $from, to: $to) {
          resolved handled meanResolutionMinutes p90ResolutionMinutes
          settledInVillage { numerator denominator percent perMille }
          settledInTownship { numerator denominator percent perMille }
          notPassedUp { numerator denominator percent perMille }
          petitioned
          resolvedByLevel { level matters }
          handledByLevel { level matters }
        }
      }
    }
  `;
  type Share = { numerator: number; denominator: number };
  type Result = {
    region: {
      fengqiao: {
        resolved: number;
        handled: number;
        meanResolutionMinutes: number | null;
        p90ResolutionMinutes: number | null;
        settledInVillage: Share;
        settledInTownship: Share;
        notPassedUp: Share;
        petitioned: number;
      };
    };
  };

  const shareOf = (share: Share) => ({ numerator: share.numerator, denominator: share.denominator });
  const expected = (measures: FengqiaoMeasures) => ({
    resolved: measures.resolved,
    handled: measures.handled,
    meanResolutionMinutes: measures.meanResolutionMinutes,
    p90ResolutionMinutes: measures.p90ResolutionMinutes,
    settledInVillage: shareOf(measures.settledInVillage),
    settledInTownship: shareOf(measures.settledInTownship),
    notPassedUp: shareOf(measures.notPassedUp),
    petitioned: measures.petitioned,
  });

  it('gives the county the measures core computes from the fixtures, in three SQL statements', async () => {
    const measures = fengqiaoMeasures(summary.fengqiao);
    if (!measures.ok) throw new Error(measures.error.code);
    t.resetQueries();
    const result = await t.gql<Result>(FENGQIAO, { code: GERZE });
    // The region, one GROUP BY level and state, the petitioned disputes, and the 90th percentile
    // read at its nearest rank.
    expect(t.queries).toHaveLength(4);
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.fengqiao).toMatchObject(expected(measures.value));
    // Disputes only (矛盾纠纷): about a third of the matters, and a few dozen petitioned.
    expect(result.data?.region.fengqiao.settledInVillage.denominator).toBe(
      Object.values(summary.fengqiao.resolvedByLevel).reduce((sum, n) => sum + n, 0),
    );
    expect(result.data?.region.fengqiao.handled).toBeLessThan(summary.mattersByCategory.DISPUTE + 1);
    expect(result.data?.region.fengqiao.petitioned).toBeGreaterThan(10);
    expect(result.data?.region.fengqiao.notPassedUp.numerator).toBeLessThan(
      result.data?.region.fengqiao.notPassedUp.denominator ?? 0,
    );
  });

  it('counts the petitioned disputes from the petitions, each matter looked up by key, never from the disputes', async () => {
    await t.gql<Result>(FENGQIAO, { code: GERZE });
    const statement = [...issued].reverse().find((entry) => entry.query.includes('FROM "Petition"'));
    expect(statement).toBeDefined();
    const plan = (await planOf(statement?.query ?? '')).join('\n');
    if (provider === 'sqlite') {
      // Driven from the petitions' (gridCode, reportedAt) index; the matter by its primary key.
      expect(plan).toMatch(/SEARCH p USING INDEX Petition_gridCode_reportedAt_idx/);
      expect(plan).toMatch(/SEARCH m .*USING INDEX sqlite_autoindex_Matter_1 \(id=\?\)/);
    } else {
      expect(plan).not.toMatch(/Seq Scan on "Matter"/);
    }
  });

  it('restricts to a township and a period exactly as core does over the same matters', async () => {
    const township = '542526100';
    const from = startOfShanghaiDay('2024-03-01' as CalendarDate).getTime();
    const until = startOfShanghaiDay('2024-09-01' as CalendarDate).getTime();
    const chosen: Matter[] = [];
    const petitions: Petition[] = [];
    for (const chunk of gerzeRecordChunks(undefined, 20_000)) {
      for (const matter of chunk.matters) {
        const at = matter.reportedAt.getTime();
        if (matter.gridCode.startsWith(township) && at >= from && at < until) chosen.push(matter);
      }
      petitions.push(...chunk.petitions);
    }
    const measures = fengqiaoMeasures(fengqiaoCountsOf(chosen, petitions));
    if (!measures.ok) throw new Error(measures.error.code);
    const result = await t.gql<Result>(FENGQIAO, { code: township, from: '2024-03-01', to: '2024-08-31' });
    expect(result.errors).toBeUndefined();
    expect(chosen.length).toBeGreaterThan(1000);
    expect(result.data?.region.fengqiao).toMatchObject(expected(measures.value));
  });
});

describe('the stored records', () => {
  it('keep each record’s village and township as those of its grid', async () => {
    const disagreeing = await t.db.$queryRaw<{ records: unknown }[]>`
      SELECT COUNT(*) AS "records" FROM "PublicOpinionRecord"
      WHERE "villageCode" <> SUBSTR("gridCode", 1, 12) OR "townshipCode" <> SUBSTR("gridCode", 1, 9)`;
    expect(Number(disagreeing[0]?.records)).toBe(0);
    expect(await t.db.publicOpinionRecord.count()).toBeGreaterThanOrEqual(GERZE_RECORD_COUNT);
  });
});

describe('the records list (records)', () => {
  const RECORDS = /* GraphQL */ `
    query Records($filter: PublicOpinionRecordFilter, $orderBy: TimeOrder, $first: Int) {
      records(filter: $filter, orderBy: $orderBy, first: $first) {
        totalCount
        edges { node { id category reportedAt gridCode anonymous matter { state } } }
      }
    }
  `;
  type Page = {
    records: {
      totalCount: number;
      edges: { node: { id: string; reportedAt: string; gridCode: string; anonymous: boolean } }[];
    };
  };
  const asOf = GERZE_RECORDS_AS_OF.toISOString();

  it('filters by period and category in SQL', async () => {
    const year2024 = await t.gql<Page>(
      RECORDS,
      { filter: { within: GERZE, from: '2024-01-01T00:00:00+08:00', to: asOf }, first: 1 },
      { as: countyAdmin },
    );
    expect(year2024.errors).toBeUndefined();
    expect(year2024.data?.records.totalCount).toBe(summary.recordsByYear['2024']);
    const hazards = await t.gql<Page>(
      RECORDS,
      { filter: { category: 'HAZARD', to: asOf } },
      { as: countyAdmin },
    );
    expect(hazards.data?.records.totalCount).toBe(summary.recordsByCategory.HAZARD);
  });

  it('lists newest first by default and oldest first on request', async () => {
    const newest = await t.gql<Page>(RECORDS, { filter: { to: asOf }, first: 3 }, { as: countyAdmin });
    expect(newest.data?.records.edges[0]?.node.id).toBe(
      encodeGlobalID('PublicOpinionRecord', summary.lastRecordId),
    );
    const times = newest.data?.records.edges.map((e) => e.node.reportedAt) ?? [];
    expect([...times].sort().reverse()).toEqual(times);
    const oldest = await t.gql<Page>(
      RECORDS,
      { filter: { to: asOf }, orderBy: { direction: 'ASC' }, first: 1 },
      { as: countyAdmin },
    );
    expect(oldest.data?.records.edges[0]?.node.id).toBe(
      encodeGlobalID('PublicOpinionRecord', summary.firstRecordId),
    );
  });

  it('shows a grid worker only their grid and an outsider nothing', async () => {
    const grid = Object.keys(summary.recordsByGrid)[0] ?? '';
    const worker: TestCaller = { subject: 'worker', grants: [{ role: 'GRID_WORKER', region: grid }] };
    const own = await t.gql<Page>(RECORDS, { filter: { to: asOf }, first: 5 }, { as: worker });
    expect(own.data?.records.totalCount).toBe(summary.recordsByGrid[grid]);
    expect(new Set(own.data?.records.edges.map((e) => e.node.gridCode))).toEqual(new Set([grid]));
    const none = await t.gql<Page>(RECORDS, { first: 5 }, { as: outsider });
    expect(none.data?.records.totalCount).toBe(0);
    const anonymous = await t.gql<Page>(RECORDS, { first: 5 });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('shows a matter outside the caller’s region as one that does not exist', async () => {
    const matter = await t.db.matter.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const ask = (id: string) =>
      t.gql<{ node: unknown }>('query($id: ID!) { node(id: $id) { id } }', { id }, { as: outsider });
    const existing = await ask(encodeGlobalID('Matter', matter.id));
    const missing = await ask(encodeGlobalID('Matter', `${matter.id}-none`));
    expect(existing).toEqual({ data: { node: null }, status: 200 });
    expect(existing).toEqual(missing);
  });
});

describe("a grid's open matters (the feed), over all 240,000 records", () => {
  const FEED = /* GraphQL */ `
    query Feed($grid: String!, $after: String) {
      matters(filter: { gridCode: $grid, open: true }, first: 50, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id reportedAt open state level dueAt overdue } }
      }
    }
  `;
  type Feed = {
    matters: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: { node: { id: string; reportedAt: string; open: boolean } }[];
    };
  };
  const ADDED = 45;
  let grid: string;
  let worker: TestCaller;
  let open: number;

  beforeAll(async () => {
    // The busiest grid; 45 more matters raised today through the API make the feed two pages long.
    const groups = await t.db.matter.groupBy({
      by: ['gridCode'],
      where: { open: true },
      _count: { _all: true },
    });
    const busiest = [...groups].sort(
      (a, b) => b._count._all - a._count._all || (a.gridCode < b.gridCode ? -1 : 1),
    )[0];
    grid = busiest?.gridCode ?? '';
    worker = { subject: 'feed-worker', grants: [{ role: 'GRID_WORKER', region: grid }] };
    for (let i = 0; i < ADDED; i += 1) {
      const created = await t.gql<{ recordCreate: { userErrors: unknown[] } }>(
        `mutation($input: RecordCreateInput!) { recordCreate(input: $input) { userErrors { code } } }`,
        {
          input: {
            gridId: encodeGlobalID('Grid', grid),
            category: 'HAZARD',
            channel: 'GRID_VISIT',
            text: `网格巡查发现隐患 ${i + 1}`,
            reportedAt: new Date(TEST_NOW.getTime() - i * 60_000).toISOString(),
            raiseMatter: true,
          },
        },
        { as: worker },
      );
      expect(created.data?.recordCreate.userErrors).toEqual([]);
    }
    open = (busiest?._count._all ?? 0) + ADDED;
  });

  it('serves the first 50, newest first, and the next page in two SQL statements each, from the index', async () => {
    t.resetQueries();
    const first = await t.gql<Feed>(FEED, { grid }, { as: worker });
    expect(first.errors).toBeUndefined();
    const firstSql = [...t.queries];
    // The page and its count: nothing per row.
    expect(firstSql).toHaveLength(2);
    expect(first.data?.matters.totalCount).toBe(open);
    expect(first.data?.matters.edges).toHaveLength(50);
    expect(first.data?.matters.pageInfo.hasNextPage).toBe(true);

    t.resetQueries();
    const next = await t.gql<Feed>(
      FEED,
      { grid, after: first.data?.matters.pageInfo.endCursor },
      { as: worker },
    );
    const nextSql = [...t.queries];
    expect(nextSql).toHaveLength(2);
    expect(next.data?.matters.edges).toHaveLength(open - 50);
    expect(next.data?.matters.pageInfo.hasNextPage).toBe(false);

    const nodes = [...(first.data?.matters.edges ?? []), ...(next.data?.matters.edges ?? [])].map(
      (e) => e.node,
    );
    expect(new Set(nodes.map((node) => node.id)).size).toBe(open);
    expect(nodes.every((node) => node.open)).toBe(true);
    const times = nodes.map((node) => node.reportedAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(times[0]).toBe(TEST_NOW.toISOString());

    // The page statement (with the cursor) uses the feed's index and sorts nothing.
    const page = nextSql.find((sql) => sql.startsWith('SELECT') && !sql.includes('COUNT(')) ?? '';
    expect(page).toMatch(/ORDER BY/);
    const plan = await planOf(page);
    console.log(`the feed's next page on ${provider}:\n  ${plan.join('\n  ')}`);
    if (provider === 'sqlite') {
      expect(plan.join('\n')).toMatch(
        /USING (COVERING )?INDEX Matter_gridCode_open_reportedAt_id_idx \(gridCode=\? AND open=\?\)/,
      );
      expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
      const firstPlan = await planOf(firstSql.find((sql) => !sql.includes('COUNT(')) ?? '');
      expect(firstPlan.join('\n')).toMatch(/INDEX Matter_gridCode_open_reportedAt_id_idx/);
      expect(firstPlan.join('\n')).not.toMatch(/TEMP B-TREE/);
    } else {
      expect(plan.join('\n')).toMatch(/Index Scan using "Matter_gridCode_open_reportedAt_id_idx"/);
      expect(plan.join('\n')).not.toMatch(/Sort/);
    }
  });
});

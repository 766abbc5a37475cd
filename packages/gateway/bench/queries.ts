// The operations the bench times: what a county dashboard asks most often (issue 11). Each has a
// hand-written answer in `baseline/<key>.ts` that returns the same JSON straight from SQL; the bench
// checks that the two answers are byte-identical before it times anything.

import type { Role } from '@grassroots/core';
import { nagquOpenContestId } from '@grassroots/fixtures';

export interface BenchOperation {
  /** Short name, used on the command line (`--ops`) and as the baseline's file name. */
  readonly key: string;
  /** What the table calls it. */
  readonly label: string;
  readonly query: string;
  readonly variables?: Readonly<Record<string, unknown>>;
  /** Whether the operation reads unmasked personal fields, so each request writes audit rows. */
  readonly audited: boolean;
}

/** Who asks: the county's administrator, who may see every personal field in the county. */
export const BENCH_CALLER: {
  readonly subject: string;
  readonly grants: readonly { readonly role: Role; readonly region: string }[];
} = { subject: 'bench-county-admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

/** The county the operations read. */
export const BENCH_COUNTY = '542526';

/** The grid whose open matters (b) reads: one of those with the most (20 in the article's data). */
export const BENCH_GRID = '542526100002001';

/** The period of the overview's Fengqiao measures. */
export const FENGQIAO_PERIOD = { from: '2023-01-01', to: '2024-12-31' } as const;

/** The service hall (琼结县's) whose year (e) reads, and the year. */
export const HALL_REGION = '540524';
export const HALL_PERIOD = { from: '2023-01-01', to: '2023-12-31' } as const;

/** The city contest whose leaderboard (f) reads: loaded beside the article's data by prepare.ts. */
export const OPEN_CONTEST = { itemCode: 'GESAR_RECITAL', entries: 1000, judges: 7 } as const;

/** Its global ID (Relay's, as the gateway encodes it). */
export const OPEN_CONTEST_ID = Buffer.from(
  `ContestEvent:${nagquOpenContestId(OPEN_CONTEST.itemCode)}`,
).toString('base64');

const GRID_STATS_SELECTION = `gridStats { grids compliantGrids households
      gridsByKind { kind grids } staffByRole { role persons } }`;

export const BENCH_OPERATIONS: readonly BenchOperation[] = [
  {
    key: 'grids-staff',
    label: '(a) grids → staff → person',
    query: `{ grids(filter: { within: "${BENCH_COUNTY}" }, first: 50) { totalCount edges { node { code kind
      staff { role person { nameZh phone } } } } } }`,
    audited: true,
  },
  {
    key: 'matters-feed',
    label: '(b) open matters of a grid',
    query: `query ($grid: String!) { matters(filter: { gridCode: $grid, open: true }, first: 50) {
      totalCount pageInfo { endCursor } edges { node { id state level reportedAt } } } }`,
    variables: { grid: BENCH_GRID },
    audited: false,
  },
  {
    key: 'grid-stats',
    label: '(c) county grid statistics',
    query: `{ region(code: "${BENCH_COUNTY}") { ${GRID_STATS_SELECTION} } }`,
    audited: false,
  },
  {
    key: 'county-overview',
    label: '(d) county overview',
    query: `{ region(code: "${BENCH_COUNTY}") { ${GRID_STATS_SELECTION}
      recordStats { records matters openMatters solvedCases }
      fengqiao(from: "${FENGQIAO_PERIOD.from}", to: "${FENGQIAO_PERIOD.to}") { handled resolved meanResolutionMinutes
        settledInVillage { numerator denominator } settledInTownship { numerator denominator }
        notPassedUp { numerator denominator } } } }`,
    audited: false,
  },
  {
    key: 'service-hall-stats',
    label: '(e) service hall, a year',
    query: `{ region(code: "${HALL_REGION}") { serviceHallStats(from: "${HALL_PERIOD.from}", to: "${HALL_PERIOD.to}") {
      visits accepted completed completedOnTime refused trips completionRate onTimeRate averageTrips
      meanWaitSeconds p90WaitSeconds ratings badRatings satisfactionRate
      byDepartment { group accepted completed completedOnTime completionRate } } } }`,
    audited: false,
  },
  {
    key: 'contest-leaderboard',
    label: '(f) leaderboard, 1,000 entries',
    query: `query ($event: ID!) { node(id: $event) { ... on ContestEvent { leaderboard {
      standings { rank score advances prize prizeFen entry { contestNumber } marks { judgeNumber value } }
      unscored { contestNumber } } } } }`,
    variables: { event: OPEN_CONTEST_ID },
    audited: false,
  },
];

/** The request body a client sends for an operation: the same bytes to both servers. */
export function requestBody(operation: BenchOperation): string {
  return JSON.stringify(
    operation.variables === undefined
      ? { query: operation.query }
      : { query: operation.query, variables: operation.variables },
  );
}

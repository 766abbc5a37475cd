// The queries the bench times: what a county dashboard and a grid worker's app ask most often.

export interface BenchQuery {
  readonly name: string;
  readonly query: string;
  readonly variables?: Record<string, unknown>;
}

export const BENCH_QUERIES: readonly BenchQuery[] = [
  {
    name: 'county grid statistics',
    query: `{ region(code: "542526") { gridStats { grids compliantGrids households
      gridsByKind { kind grids } staffByRole { role persons } } } }`,
  },
  {
    name: 'grids → staff → person',
    query: `{ grids(filter: { within: "542526" }, first: 50) { totalCount edges { node { code kind
      staff { role person { nameZh phone } } } } } }`,
  },
  {
    name: 'matters feed of one grid',
    query: `query ($grid: String!) { matters(filter: { gridCode: $grid, open: true }, first: 50) {
      totalCount pageInfo { endCursor } edges { node { id state level reportedAt } } } }`,
    variables: { grid: '542526100001001' },
  },
  {
    name: 'Fengqiao measures of the county',
    query: `{ region(code: "542526") { fengqiao(from: "2023-01-01", to: "2024-12-31") {
      handled resolved meanResolutionMinutes settledInVillage { numerator denominator }
      settledInTownship { numerator denominator } notPassedUp { numerator denominator } } } }`,
  },
  {
    name: 'county record statistics',
    query: `{ region(code: "542526") { recordStats { records matters openMatters solvedCases } } }`,
  },
];

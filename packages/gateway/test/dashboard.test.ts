// The dashboard's hot operations, as `pnpm bench` sends them (bench/queries.ts): each costs a fixed
// number of SQL statements, whatever the page or the data holds, and writes its audit in one
// statement when it reads personal data in full, none otherwise. The bench times them; this file
// keeps their shape from regressing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_CALLER, BENCH_OPERATIONS, type BenchOperation } from '../bench/queries.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

let t: TestGateway;

beforeAll(async () => {
  // The sets audit.test.ts and rollups.test.ts load, so the run seeds them once.
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  // A gateway's first request also runs what it loads once (the holiday schedules; on PostgreSQL a
  // new connection's set-up): warm it, so each count below is the operation's own.
  await t.gql(operation('grids-staff').query, {}, { as: asBench });
});
afterAll(() => t.close());

const asBench = { subject: BENCH_CALLER.subject, grants: BENCH_CALLER.grants };

function operation(key: string): BenchOperation {
  const found = BENCH_OPERATIONS.find((candidate) => candidate.key === key);
  if (found === undefined) throw new Error(`no bench operation ${key}`);
  return found;
}

/** The statements one request runs, and those of them that write the audit. */
async function statementsOf(query: string, variables: Record<string, unknown> = {}) {
  t.resetQueries();
  const result = await t.gql(query, variables, { as: asBench });
  expect(result.errors).toBeUndefined();
  const statements = [...t.queries];
  return { statements, auditWrites: statements.filter((sql) => /INSERT INTO "Audit/.test(sql)) };
}

describe('the dashboard’s operations cost a fixed number of statements', () => {
  it('(a) grids → staff → person: the count, the page of grids, their staff and people, one audit write', async () => {
    const grids = operation('grids-staff');
    const full = await statementsOf(grids.query);
    // A page of 5 grids costs what a page of 50 does: nested lists join, they do not loop.
    const small = await statementsOf(grids.query.replace('first: 50', 'first: 5'));
    expect(full.statements.length).toBe(5);
    expect(small.statements).toHaveLength(full.statements.length);
    expect(full.auditWrites).toHaveLength(1);
    expect(small.auditWrites).toHaveLength(1);
  });

  it('(b) a grid’s open matters: the count and the page, no audit', async () => {
    const feed = operation('matters-feed');
    const { statements, auditWrites } = await statementsOf(feed.query, { ...feed.variables });
    expect(statements).toHaveLength(2);
    expect(auditWrites).toEqual([]);
  });

  it('(c) the county’s grid statistics: the region, the grids’ rollup, staff by role, no audit', async () => {
    const { statements, auditWrites } = await statementsOf(operation('grid-stats').query);
    expect(statements).toHaveLength(3);
    expect(statements.filter((sql) => /"GridRollup"/.test(sql))).toHaveLength(1);
    expect(auditWrites).toEqual([]);
  });

  it('(d) the county overview: rollups only, no audit', async () => {
    const { statements, auditWrites } = await statementsOf(operation('county-overview').query);
    // Fengqiao's three include the petitioned disputes, read on Petition's index (a few dozen rows).
    expect(statements).toHaveLength(9);
    expect(statements.filter((sql) => /FROM "(Household|PublicOpinionRecord)"/.test(sql))).toEqual([]);
    expect(auditWrites).toEqual([]);
  });
});

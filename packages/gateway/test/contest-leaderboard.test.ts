// A contest leaderboard as the bench asks for it (bench/queries.ts, operation f): computed by core
// from the stored marks in a fixed number of statements, so an open city contest of a hundred and
// twenty entries and seven judges costs what a county event of a dozen does, and reads nothing
// personal (no audit write).
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_OPERATIONS, OPEN_CONTEST, OPEN_CONTEST_ID } from '../bench/queries.js';
import { contestFixtures, openContestFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

const ENTRIES = 120;

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([
    regionFixtures,
    contestFixtures(),
    openContestFixtures({ itemCode: OPEN_CONTEST.itemCode, entries: ENTRIES, judges: OPEN_CONTEST.judges }),
  ]);
});
afterAll(() => t.close());

const leaderboard = BENCH_OPERATIONS.find((operation) => operation.key === 'contest-leaderboard');

interface Board {
  node: { leaderboard: { standings: { rank: number; marks: unknown[] | null }[]; unscored: unknown[] } };
}

async function boardOf(eventId: string) {
  t.resetQueries();
  const result = await t.gql<Board>(leaderboard?.query ?? '', { event: eventId });
  expect(result.errors).toBeUndefined();
  return { board: result.data?.node.leaderboard, statements: [...t.queries] };
}

describe('a leaderboard of an open city contest', () => {
  it('ranks every entry with each judge’s mark, in the statements a small county event takes', async () => {
    // A gateway's first request also runs what it loads once (the holiday schedules; on PostgreSQL
    // a new connection's set-up): warm it, so each count below is the leaderboard's own.
    await boardOf(OPEN_CONTEST_ID);
    const open = await boardOf(OPEN_CONTEST_ID);
    expect(open.board?.standings).toHaveLength(ENTRIES);
    expect(open.board?.unscored).toEqual([]);
    expect(open.board?.standings.every((s) => s.marks?.length === OPEN_CONTEST.judges)).toBe(true);
    expect(open.board?.standings[0]?.rank).toBe(1);

    const county = await t.db.contestEvent.findFirstOrThrow({
      where: { level: 'COUNTY', itemCode: OPEN_CONTEST.itemCode, editionNumber: 2 },
      orderBy: { id: 'asc' },
    });
    const small = await boardOf(encodeGlobalID('ContestEvent', county.id));
    expect(small.board?.standings.length).toBeLessThan(20);
    // The event (public, so no read-scope check), then its entries and its marks.
    expect(open.statements.length).toBe(3);
    expect(small.statements).toHaveLength(open.statements.length);
    expect(open.statements.filter((sql) => /INSERT INTO "Audit/.test(sql))).toEqual([]);
  });
});

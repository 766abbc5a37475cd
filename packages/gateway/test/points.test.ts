import { gerzePoints } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoredValueError } from '../src/mappers/columns.js';
import {
  pointEventMapper,
  pointRuleItemMapper,
  pointsCatalogueMapper,
  pointsShopItemMapper,
} from '../src/mappers/points.js';
import { gridFixtures, personFixtures, pointsFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const judge: TestCaller = { subject: 'judge', grants: [{ role: 'JUDGE', region: GERZE }] };
/** A day before the county adopted the points process: the direct path enters such historic awards. */
const HISTORIC_DAY = '2024-12-20';
const outsider: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };

const points = gerzePoints();
// The fixtures as these tests read them: flat lists, each entry with its village.
const events = points.villages.flatMap((v) => v.ledgers.flatMap((ledger) => ledger.events));
const catalogues = points.villages.flatMap((v) => v.catalogues);
const ruleItems = catalogues.flatMap((c) => c.items.map((item) => ({ ...item, villageCode: c.villageCode })));
const balances = points.villages.flatMap((v) =>
  v.ranking.map((rank) => ({ ...rank, villageCode: v.villageCode })),
);
/** The shop items as stored (with their row ids). */
const shopItems = points.villages.flatMap((v) =>
  v.shop.map((item) => pointsShopItemMapper.toColumns(item, v)),
);

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}

/** The village whose ranking has the most ties: the fixtures' ranks, best first. */
const village = (() => {
  const byVillage = new Map<string, typeof balances>();
  for (const row of balances)
    byVillage.set(row.villageCode, [...(byVillage.get(row.villageCode) ?? []), row]);
  const [code, rows] = [...byVillage].sort(
    ([, a], [, b]) =>
      b.length - new Set(b.map((r) => r.rank)).size - (a.length - new Set(a.map((r) => r.rank)).size),
  )[0] ?? ['', []];
  const ranked = [...rows].sort((a, b) => a.rank - b.rank || (a.householdId < b.householdId ? -1 : 1));
  return { code, ranked };
})();
// Grid roles are granted per grid: a worker of every grid of the village, each household's reference
// being H-<grid code>-<number>.
const gridWorker: TestCaller = {
  subject: 'worker',
  grants: [...new Set(village.ranked.map((row) => row.householdId.slice(2, 17)))].map((grid) => ({
    role: 'GRID_WORKER',
    region: grid,
  })),
};

/** The rule items of a village's catalogue in force on the test day. */
function itemsInForceOf(villageCode: string) {
  const latest = catalogues
    .filter((c) => c.villageCode === villageCode)
    .sort((a, b) => b.version - a.version)[0];
  return latest?.items ?? [];
}

function balanceOfFixture(householdId: string): number {
  return events.filter((e) => e.householdId === householdId).reduce((sum, e) => sum + e.delta, 0);
}

let t: TestGateway;

beforeAll(async () => {
  // The households come with the grids, whose staff are the first 1,500 people of the pool. The
  // whole pool is loaded (points never read a person) so that this list is the start of
  // node.test.ts's, and the run loads the 138,405 point events once for both files.
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), pointsFixtures()]);
});
afterAll(() => t.close());

const RANKING = /* GraphQL */ `
  query Ranking($code: String!, $first: Int, $after: String, $last: Int, $before: String) {
    region(code: $code) {
      pointsRanking(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges { cursor node { rank balance household { id } } }
      }
    }
  }
`;
type Ranking = {
  region: {
    pointsRanking: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string; endCursor: string };
      edges: { cursor: string; node: { rank: number; balance: number; household: { id: string } } }[];
    };
  };
};

describe('the village ranking (村内积分排名)', () => {
  it('ranks every household of the village as the fixtures do, page by page', async () => {
    const read: { rank: number; balance: number; householdId: string }[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await t.gql<Ranking>(
        RANKING,
        { code: village.code, first: 100, after },
        { as: countyAdmin },
      );
      expect(page.errors).toBeUndefined();
      const ranking = page.data?.region.pointsRanking;
      expect(ranking?.totalCount).toBe(village.ranked.length);
      for (const edge of ranking?.edges ?? []) {
        read.push({
          rank: edge.node.rank,
          balance: edge.node.balance,
          householdId: edge.node.household.id,
        });
      }
      if (!ranking?.pageInfo.hasNextPage) break;
      after = ranking.pageInfo.endCursor;
    }
    expect(read).toEqual(
      village.ranked.map((row) => ({
        rank: row.rank,
        balance: row.balance,
        householdId: encodeGlobalID('Household', row.householdId),
      })),
    );
  });

  it('shares a place between equal balances and skips the next (1, 2, 2, 4)', async () => {
    const page = await t.gql<Ranking>(RANKING, { code: village.code, first: 100 }, { as: countyAdmin });
    const nodes = page.data?.region.pointsRanking.edges.map((e) => e.node) ?? [];
    for (const node of nodes) {
      expect(node.rank).toBe(1 + nodes.filter((other) => other.balance > node.balance).length);
    }
    // The first group of households sharing a place: the place after it skips as many as it holds.
    const start = nodes.findIndex((node, i) => nodes[i + 1]?.rank === node.rank);
    expect(start).toBeGreaterThanOrEqual(0);
    const shared = nodes[start]?.rank ?? 0;
    const group = nodes.filter((node) => node.rank === shared);
    expect(group.length).toBeGreaterThan(1);
    expect(new Set(group.map((node) => node.balance)).size).toBe(1);
    const next = nodes[start + group.length];
    if (next) expect(next.rank).toBe(shared + group.length);
    const before = nodes[start - 1];
    if (before) expect(before.rank).toBeLessThan(shared);
  });

  it('pages backwards over the same cursors', async () => {
    const first = await t.gql<Ranking>(RANKING, { code: village.code, first: 10 }, { as: countyAdmin });
    const second = await t.gql<Ranking>(
      RANKING,
      { code: village.code, first: 10, after: first.data?.region.pointsRanking.pageInfo.endCursor },
      { as: countyAdmin },
    );
    expect(second.data?.region.pointsRanking.edges.map((e) => e.node.household.id)).toEqual(
      village.ranked.slice(10, 20).map((row) => encodeGlobalID('Household', row.householdId)),
    );
    const back = await t.gql<Ranking>(
      RANKING,
      { code: village.code, last: 10, before: second.data?.region.pointsRanking.pageInfo.startCursor },
      { as: countyAdmin },
    );
    expect(back.data?.region.pointsRanking.edges.map((e) => e.cursor)).toEqual(
      first.data?.region.pointsRanking.edges.map((e) => e.cursor),
    );
  });

  it('is empty for a region that keeps no points, and null, with no error, for anonymous callers', async () => {
    const county = await t.gql<Ranking>(RANKING, { code: GERZE, first: 5 }, { as: countyAdmin });
    expect(county.data?.region.pointsRanking).toMatchObject({ totalCount: 0, edges: [] });
    // Null, with no error: the rest of the village's public page stands.
    const anonymous = await t.gql<Ranking>(RANKING, { code: village.code, first: 5 });
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.region.pointsRanking).toBeNull();
  });
});

const HOUSEHOLD = /* GraphQL */ `
  query Household($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      ... on Household {
        id
        points {
          balance rank households villageCode
          events(first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { node { id kind kindLabel(locale: ZH_CN) delta occurredOn itemCode quantity correctsEvent { id } reason } }
          }
        }
      }
    }
  }
`;
type HouseholdPoints = {
  node: {
    id: string;
    points: {
      balance: number;
      rank: number;
      households: number;
      events: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: {
          node: {
            id: string;
            kind: string;
            kindLabel: string;
            delta: number;
            occurredOn: string;
            correctsEvent: { id: string } | null;
          };
        }[];
      };
    } | null;
  };
};

async function householdPoints(householdId: string, first = 5, after?: string) {
  const result = await t.gql<HouseholdPoints>(
    HOUSEHOLD,
    { id: encodeGlobalID('Household', householdId), first, after },
    { as: countyAdmin },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.node.points;
}

describe('a household’s points (户积分)', () => {
  it('has the balance of the sum of its events, the rank and the ledger of the fixtures', async () => {
    for (const row of [village.ranked[0], village.ranked[3], village.ranked.at(-1)]) {
      if (!row) throw new Error('fixture');
      const ledger = events.filter((e) => e.householdId === row.householdId);
      const read = await householdPoints(row.householdId, 100);
      expect(read).toMatchObject({
        balance: row.balance,
        rank: row.rank,
        households: village.ranked.length,
        events: { totalCount: ledger.length },
      });
      expect(read?.balance).toBe(balanceOfFixture(row.householdId));
      const newestFirst = [...ledger].sort(
        (a, b) =>
          b.occurredOn.localeCompare(a.occurredOn) ||
          b.recordedAt.getTime() - a.recordedAt.getTime() ||
          b.id.localeCompare(a.id),
      );
      expect(read?.events.edges.map((e) => e.node.id)).toEqual(
        newestFirst.slice(0, 100).map((e) => encodeGlobalID('PointEvent', e.id)),
      );
    }
  });

  it('pages a ledger newest first with keyset cursors', async () => {
    const row = village.ranked[1];
    if (!row) throw new Error('fixture');
    const first = await householdPoints(row.householdId, 3);
    const second = await householdPoints(row.householdId, 3, first?.events.pageInfo.endCursor);
    const all = await householdPoints(row.householdId, 6);
    expect([...(first?.events.edges ?? []), ...(second?.events.edges ?? [])].map((e) => e.node.id)).toEqual(
      all?.events.edges.map((e) => e.node.id),
    );
  });

  it('has no points where the village keeps no catalogue', async () => {
    const urban = await t.db.household.findFirstOrThrow({ where: { grid: { kind: 'URBAN' } } });
    expect(await householdPoints(urban.id)).toBeNull();
  });

  it('lists catalogues and shop items per village as the fixtures have them', async () => {
    const result = await t.gql<{
      region: {
        pointsCatalogues: {
          version: number;
          effectiveFrom: string;
          items: { code: string; points: number; label: string }[];
        }[];
        pointsShopItems: { code: string; price: number; label: string }[];
      };
    }>(
      `query ($code: String!) { region(code: $code) {
        pointsCatalogues { version effectiveFrom items { code points label(locale: EN) } }
        pointsShopItems { code price label }
      } }`,
      { code: village.code },
    );
    expect(result.errors).toBeUndefined();
    const versions = catalogues.filter((c) => c.villageCode === village.code);
    expect(
      result.data?.region.pointsCatalogues.map((c) => [c.version, c.effectiveFrom, c.items.length]),
    ).toEqual(versions.map((c) => [c.version, c.effectiveFrom, c.items.length]));
    const shop = shopItems.filter((item) => item.villageCode === village.code);
    expect(result.data?.region.pointsShopItems.map((item) => [item.code, item.price]).sort()).toEqual(
      shop.map((item) => [item.code, item.price]).sort(),
    );
  });

  it('loads the catalogues and shops of a list of villages at the same SQL cost for 2 villages as for all', async () => {
    const VILLAGES = /* GraphQL */ `
      query Villages($township: String!, $first: Int) {
        regions(filter: { within: $township, level: VILLAGE }, first: $first) {
          edges { node { code pointsCatalogues { version items { code points } } pointsShopItems { code price } } }
        }
      }
    `;
    type Villages = {
      regions: {
        edges: {
          node: { code: string; pointsCatalogues: { items: unknown[] }[]; pointsShopItems: unknown[] };
        }[];
      };
    };
    const counts: number[] = [];
    const township = village.code.slice(0, 9);
    const villages = new Set(
      catalogues.filter((c) => c.villageCode.startsWith(township)).map((c) => c.villageCode),
    );
    expect(villages.size).toBeGreaterThan(2);
    for (const first of [2, 100]) {
      t.resetQueries();
      const result = await t.gql<Villages>(VILLAGES, { township, first });
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
      expect(result.data?.regions.edges.length).toBe(Math.min(first, villages.size));
      for (const { node } of result.data?.regions.edges ?? []) {
        expect(node.pointsShopItems).toHaveLength(
          shopItems.filter((i) => i.villageCode === node.code).length,
        );
        expect(node.pointsCatalogues.flatMap((c) => c.items)).toHaveLength(
          ruleItems.filter((i) => i.villageCode === node.code).length,
        );
      }
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('costs the same number of SQL statements for a ranking of 2 as of 50, points and ledgers included', async () => {
    const NESTED = /* GraphQL */ `
      query Nested($code: String!, $first: Int) {
        region(code: $code) {
          pointsRanking(first: $first) {
            totalCount
            edges { node { rank balance household { id grid { code }
              points { balance rank events(first: 3) { totalCount edges { node { kind delta recordedAt } } } } } } }
          }
        }
      }
    `;
    const counts: number[] = [];
    for (const first of [2, 50]) {
      t.resetQueries();
      const result = await t.gql<Ranking>(NESTED, { code: village.code, first }, { as: countyAdmin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.region.pointsRanking.edges).toHaveLength(first);
      counts.push(t.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

const household = (index: number) => {
  const row = village.ranked[index];
  if (!row) throw new Error('fixture');
  return row;
};

const REDEEM = /* GraphQL */ `
  mutation Redeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) { event { id kind delta quantity } userErrors { code kind field } }
  }
`;
type Redeem = { pointsRedeem: { event: { delta: number } | null; userErrors: UserError[] } };

describe('redeeming points at the shop (积分兑换)', () => {
  const shopItem = () => {
    const item = [...shopItems]
      .filter((i) => i.villageCode === village.code)
      .sort((a, b) => a.price - b.price)[0];
    if (!item) throw new Error('fixture');
    return item;
  };

  it('refuses a redemption the balance cannot pay, writing nothing', async () => {
    const target = household(5);
    const item = shopItem();
    const quantity = Math.floor(target.balance / item.price) + 1;
    const before = await t.db.pointEvent.count({ where: { householdId: target.householdId } });
    const result = await t.gql<Redeem>(
      REDEEM,
      {
        input: {
          householdId: encodeGlobalID('Household', target.householdId),
          shopItemId: encodeGlobalID('PointsShopItem', item.id),
          quantity,
        },
      },
      { as: gridWorker },
    );
    expect(result.data?.pointsRedeem).toEqual({
      event: null,
      userErrors: [{ code: 'POINTS_INSUFFICIENT_BALANCE', kind: 'CONFLICT', field: null }],
    });
    expect(await t.db.pointEvent.count({ where: { householdId: target.householdId } })).toBe(before);
    expect((await householdPoints(target.householdId))?.balance).toBe(target.balance);
  });

  it('takes the price from the balance when it can pay', async () => {
    const target = household(6);
    const item = shopItem();
    const result = await t.gql<Redeem>(
      REDEEM,
      {
        input: {
          householdId: encodeGlobalID('Household', target.householdId),
          shopItemId: encodeGlobalID('PointsShopItem', item.id),
          quantity: 1,
        },
      },
      { as: gridWorker },
    );
    expect(result.data?.pointsRedeem.userErrors).toEqual([]);
    expect(result.data?.pointsRedeem.event).toMatchObject({
      kind: 'REDEMPTION',
      delta: -item.price,
      quantity: 1,
    });
    expect((await householdPoints(target.householdId))?.balance).toBe(target.balance - item.price);
  });

  it('lets only one of two redemptions at once spend the same points', async () => {
    const target = household(7);
    const item = shopItem();
    // Each redemption alone fits the balance; both together do not.
    const quantity = Math.floor(target.balance / item.price / 2) + 1;
    const input = {
      householdId: encodeGlobalID('Household', target.householdId),
      shopItemId: encodeGlobalID('PointsShopItem', item.id),
      quantity,
    };
    const results = await Promise.all([
      t.gql<Redeem>(REDEEM, { input }, { as: gridWorker }),
      t.gql<Redeem>(REDEEM, { input }, { as: gridWorker }),
    ]);
    const codes = results.map((r) => r.data?.pointsRedeem.userErrors.map((e) => e.code) ?? ['error']);
    expect(codes.sort()).toEqual([[], ['POINTS_INSUFFICIENT_BALANCE']]);
    const balance = (await householdPoints(target.householdId))?.balance ?? -1;
    expect(balance).toBe(target.balance - quantity * item.price);
    expect(balance).toBeGreaterThanOrEqual(0);
  });

  it('refuses a shop item of another village', async () => {
    const other = shopItems.find((i) => i.villageCode !== village.code);
    if (!other) throw new Error('fixture');
    const result = await t.gql<Redeem>(
      REDEEM,
      {
        input: {
          householdId: encodeGlobalID('Household', household(8).householdId),
          shopItemId: encodeGlobalID('PointsShopItem', other.id),
        },
      },
      { as: gridWorker },
    );
    expect(result.data?.pointsRedeem.userErrors).toMatchObject([
      { code: 'POINTS_SHOP_ITEM_NOT_FOUND', kind: 'NOT_FOUND', field: ['shopItemId'] },
    ]);
  });
});

describe('awarding, deducting and correcting (加分、扣分、更正)', () => {
  const AWARD = /* GraphQL */ `
    mutation Award($input: PointsAwardInput!) {
      pointsAward(input: $input) { event { id kind delta itemCode occurredOn } userErrors { code kind field } }
    }
  `;
  const DEDUCT = /* GraphQL */ `
    mutation Deduct($input: PointsDeductInput!) {
      pointsDeduct(input: $input) { event { id kind delta itemCode } userErrors { code kind field } }
    }
  `;
  const CORRECT = /* GraphQL */ `
    mutation Correct($input: PointsCorrectInput!) {
      pointsCorrect(input: $input) { event { id kind delta reason correctsEvent { id delta } } userErrors { code kind field } }
    }
  `;
  type Scored = {
    event: { id: string; kind: string; delta: number; itemCode: string } | null;
    userErrors: UserError[];
  };

  /** The items of the village's catalogue in force on the test day. */
  const itemsInForce = () => {
    const latest = catalogues
      .filter((c) => c.villageCode === village.code)
      .sort((a, b) => b.version - a.version)[0];
    return latest?.items ?? [];
  };

  it('awards the points of a rule item and refuses a deduction item as an award', async () => {
    const target = household(10);
    const award = itemsInForce().find((item) => item.points > 0);
    const penalty = itemsInForce().find((item) => item.points < 0);
    if (!award || !penalty) throw new Error('fixture');
    const id = encodeGlobalID('Household', target.householdId);
    // Awards and deductions straight into the ledger are the county's entry of decisions evaluated
    // before the points process was adopted (2025-01-01); a grid worker's is refused (see
    // points-process.test.ts).
    const result = await t.gql<{ pointsAward: Scored }>(
      AWARD,
      { input: { householdId: id, itemCode: award.code, note: '参加集体劳动', occurredOn: HISTORIC_DAY } },
      { as: countyAdmin },
    );
    expect(result.data?.pointsAward.userErrors).toEqual([]);
    expect(result.data?.pointsAward.event).toMatchObject({
      kind: 'AWARD',
      delta: award.points,
      itemCode: award.code,
    });
    // The recorder is a Person by global ID (the fixtures' staff), or null for a token naming no
    // person (this worker); the stored id never shows.
    const ledger = await t.gql<{
      node: { points: { events: { edges: { node: { id: string; recordedBy: { id: string } | null } }[] } } };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Household {
        points { events(first: 100) { edges { node { id recordedBy { id } } } } }
      } } }`,
      { id },
      { as: countyAdmin },
    );
    const stored = await t.db.pointEvent.findMany({ where: { householdId: target.householdId } });
    const people = new Set(
      (await t.db.person.findMany({ where: { id: { in: stored.map((e) => e.recordedBy) } } })).map(
        (p) => p.id,
      ),
    );
    const expected = new Map(
      stored.map((e) => [
        encodeGlobalID('PointEvent', e.id),
        people.has(e.recordedBy) ? { id: encodeGlobalID('Person', e.recordedBy) } : null,
      ]),
    );
    const edges = ledger.data?.node.points.events.edges ?? [];
    expect(edges.length).toBe(stored.length);
    expect(edges.some((e) => e.node.recordedBy !== null)).toBe(true);
    expect(edges.find((e) => e.node.id === result.data?.pointsAward.event?.id)?.node.recordedBy).toBeNull();
    for (const edge of edges) expect(edge.node.recordedBy).toEqual(expected.get(edge.node.id));
    const wrong = await t.gql<{ pointsAward: Scored }>(
      AWARD,
      { input: { householdId: id, itemCode: penalty.code, occurredOn: HISTORIC_DAY } },
      { as: countyAdmin },
    );
    expect(wrong.data?.pointsAward.userErrors).toMatchObject([
      { code: 'POINTS_UNKNOWN_ITEM', kind: 'NOT_FOUND', field: ['itemCode'] },
    ]);
    const deducted = await t.gql<{ pointsDeduct: Scored }>(
      DEDUCT,
      { input: { householdId: id, itemCode: penalty.code, occurredOn: HISTORIC_DAY } },
      { as: countyAdmin },
    );
    expect(deducted.data?.pointsDeduct.event).toMatchObject({ kind: 'DEDUCTION', delta: penalty.points });
    expect((await householdPoints(target.householdId))?.balance).toBe(
      target.balance + award.points + penalty.points,
    );
  });

  it('corrects an event with a new event and leaves the original unchanged', async () => {
    const target = household(11);
    const corrected = new Set(events.map((e) => (e.kind === 'CORRECTION' ? e.correctsEventId : null)));
    const original = events.find(
      (e) =>
        e.householdId === target.householdId && e.kind === 'AWARD' && e.delta >= 2 && !corrected.has(e.id),
    );
    if (!original) throw new Error('fixture');
    const before = await t.db.pointEvent.findUniqueOrThrow({ where: { id: original.id } });
    const count = await t.db.pointEvent.count({ where: { householdId: target.householdId } });
    const result = await t.gql<{
      pointsCorrect: {
        event: {
          id: string;
          kind: string;
          delta: number;
          reason: string;
          correctsEvent: { id: string; delta: number };
        } | null;
        userErrors: UserError[];
      };
    }>(
      CORRECT,
      { input: { eventId: encodeGlobalID('PointEvent', original.id), delta: -1, reason: '登记分值有误' } },
      { as: gridWorker },
    );
    expect(result.data?.pointsCorrect.userErrors).toEqual([]);
    expect(result.data?.pointsCorrect.event).toMatchObject({
      kind: 'CORRECTION',
      delta: -1,
      reason: '登记分值有误',
      correctsEvent: { id: encodeGlobalID('PointEvent', original.id), delta: original.delta },
    });
    expect(result.data?.pointsCorrect.event?.id).not.toBe(encodeGlobalID('PointEvent', original.id));
    expect(await t.db.pointEvent.findUniqueOrThrow({ where: { id: original.id } })).toEqual(before);
    expect(await t.db.pointEvent.count({ where: { householdId: target.householdId } })).toBe(count + 1);
    expect((await householdPoints(target.householdId))?.balance).toBe(target.balance - 1);

    const overshoot = await t.gql<{ pointsCorrect: { userErrors: UserError[] } }>(
      CORRECT,
      {
        input: {
          eventId: encodeGlobalID('PointEvent', original.id),
          delta: -original.delta,
          reason: '再次更正',
        },
      },
      { as: gridWorker },
    );
    expect(overshoot.data?.pointsCorrect.userErrors).toMatchObject([
      { code: 'POINTS_CORRECTION_OVERSHOOT', kind: 'VALIDATION', field: ['delta'] },
    ]);
  });

  it('refuses roles that do not keep ledgers, and households outside the caller’s region', async () => {
    const input = { householdId: encodeGlobalID('Household', household(12).householdId), itemCode: 'X' };
    const judged = await t.gql<{ pointsAward: Scored }>(AWARD, { input }, { as: judge });
    expect(judged.data?.pointsAward.userErrors).toMatchObject([
      { code: 'POINTS_FORBIDDEN', kind: 'FORBIDDEN' },
    ]);
    const elsewhere = await t.gql<{ pointsAward: Scored }>(AWARD, { input }, { as: outsider });
    expect(elsewhere.data?.pointsAward.userErrors).toMatchObject([
      { code: 'POINTS_HOUSEHOLD_NOT_FOUND', kind: 'NOT_FOUND', field: ['householdId'] },
    ]);
  });
});

describe('fifty awards and redemptions at once on one household', () => {
  const MIXED = /* GraphQL */ `
    mutation Award($award: PointsAwardInput!) {
      pointsAward(input: $award) { event { delta } userErrors { code } }
    }
    mutation Redeem($redeem: PointsRedeemInput!) {
      pointsRedeem(input: $redeem) { event { delta } userErrors { code } }
    }
  `;
  type Answer = { event: { delta: number } | null; userErrors: { code: string }[] };

  it('gives every request an answer or CONFLICT, never an unexpected error, and loses no point', async () => {
    const target = household(20);
    const id = encodeGlobalID('Household', target.householdId);
    const award = itemsInForceOf(village.code).find((item) => item.points > 0);
    const item = [...shopItems]
      .filter((i) => i.villageCode === village.code)
      .sort((a, b) => a.price - b.price)[0];
    if (!award || !item) throw new Error('fixture');
    const stored = async () =>
      (
        await t.db.pointEvent.findMany({
          where: { householdId: target.householdId },
          select: { delta: true },
        })
      ).reduce((sum, e) => sum + Number(e.delta), 0);
    const before = await stored();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        i % 2 === 0
          ? t.gql<{ pointsAward: Answer }>(
              MIXED,
              {
                award: { householdId: id, itemCode: award.code, note: `并发 ${i}`, occurredOn: HISTORIC_DAY },
              },
              { as: countyAdmin, operationName: 'Award' },
            )
          : t.gql<{ pointsRedeem: Answer }>(
              MIXED,
              {
                redeem: {
                  householdId: id,
                  shopItemId: encodeGlobalID('PointsShopItem', item.id),
                  quantity: 1,
                },
              },
              { as: gridWorker, operationName: 'Redeem' },
            ),
      ),
    );
    let moved = 0;
    for (const result of results) {
      const answer = (result.data as Record<string, Answer | null> | undefined)?.[
        'pointsAward' in (result.data ?? {}) ? 'pointsAward' : 'pointsRedeem'
      ];
      if (answer) {
        // A refusal by the rules (the balance cannot pay) is an answer too; it moves nothing.
        moved += answer.event?.delta ?? 0;
        expect(answer.event === null ? answer.userErrors.length : 0).toBe(answer.event === null ? 1 : 0);
      } else {
        expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['CONFLICT']);
      }
    }
    expect(await stored()).toBe(before + moved);
    expect((await householdPoints(target.householdId))?.balance).toBe(before + moved);
    expect(await stored()).toBeGreaterThanOrEqual(0);
  });
});

describe('the points mappers (rows ⇄ core)', () => {
  it('turn every event, catalogue and shop item of the fixtures into columns and back unchanged', () => {
    expect(events.map((event) => pointEventMapper.toDomain(pointEventMapper.toColumns(event)))).toEqual(
      events,
    );
    expect(
      catalogues.map((catalogue) =>
        pointsCatalogueMapper.toDomain({
          ...pointsCatalogueMapper.toColumns(catalogue),
          items: catalogue.items.map((item) => pointRuleItemMapper.toColumns(item, catalogue)),
        }),
      ),
    ).toEqual(catalogues);
    for (const v of points.villages) {
      expect(
        v.shop.map((item) => pointsShopItemMapper.toDomain(pointsShopItemMapper.toColumns(item, v))),
      ).toEqual(v.shop);
    }
  });

  it('refuse a stored kind core does not know, or an award without its item, naming the row', () => {
    const award = events.find((event) => event.kind === 'AWARD');
    if (!award) throw new Error('fixture');
    const columns = pointEventMapper.toColumns(award);
    expect(() => pointEventMapper.toDomain({ ...columns, kind: 'BONUS' })).toThrow(
      `PointEvent ${award.id}: column "kind" holds "BONUS"`,
    );
    expect(() => pointEventMapper.toDomain({ ...columns, itemCode: null })).toThrow(StoredValueError);
    expect(() => pointEventMapper.toDomain({ ...columns, occurredOn: '2024-02-30' })).toThrow(
      StoredValueError,
    );
  });
});

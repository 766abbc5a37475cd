// The family points' hand-written SQL: balances and ranks (sums and RANK() over the events) and a
// page of events per household for several households at once, which Prisma cannot say.
import { type Db, Prisma } from '../../db/client.js';
import type { PointEvent as PointEventRow } from '../../generated/sqlite/client.js';
import { decodeCursor } from '../shared/cursor.js';

/** A household's place in its village: the balance (sum of its events) and its competition rank. */
export interface Standing {
  readonly householdId: string;
  readonly villageCode: string;
  readonly balance: number;
  readonly rank: number;
  /** How many households the village ranks. */
  readonly households: number;
}

// Every household of a village that keeps a points catalogue, with the sum of its events (zero when
// it has none): the input of both the ranking and a household's standing. The sum is a correlated
// subquery, so each household's events are read through the (householdId, …) index; as a join with
// GROUP BY, PostgreSQL chose to scan all 113,706 events.
function villageTotals(villages: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT h."id" AS "householdId", h."villageCode" AS "villageCode", h."gridCode" AS "gridCode",
      (SELECT COALESCE(SUM(e."delta"), 0) FROM "PointEvent" AS e WHERE e."householdId" = h."id") AS "balance"
    FROM "Household" AS h
    WHERE h."villageCode" IN (${villages})
      AND EXISTS (SELECT 1 FROM "PointsCatalogue" AS c WHERE c."villageCode" = h."villageCode")`;
}

// Standard competition ranking (1, 2, 2, 4) is SQL's RANK(); the same in SQLite ≥ 3.25 and PostgreSQL.
const RANKED_COLUMNS = Prisma.sql`
  "householdId", "villageCode", "gridCode",
  CAST("balance" AS INTEGER) AS "balance",
  CAST(RANK() OVER (PARTITION BY "villageCode" ORDER BY "balance" DESC) AS INTEGER) AS "rank",
  CAST(COUNT(*) OVER (PARTITION BY "villageCode") AS INTEGER) AS "households"`;

function toStanding(row: Record<keyof Standing, unknown>): Standing {
  return {
    householdId: String(row.householdId),
    villageCode: String(row.villageCode),
    balance: Number(row.balance),
    rank: Number(row.rank),
    households: Number(row.households),
  };
}

/**
 * The standings of some households, in two statements: their villages, then the ranking of those
 * villages cut to the households asked for. Null for a household of a village without points.
 */
export async function loadStandings(db: Db, householdIds: readonly string[]): Promise<(Standing | null)[]> {
  // The villages are looked up first and passed as values: given them as a subquery, PostgreSQL
  // planned for every household of the county and summed all their events.
  const villages = await db.household.findMany({
    where: { id: { in: [...householdIds] } },
    select: { villageCode: true },
    distinct: ['villageCode'],
  });
  if (villages.length === 0) return householdIds.map(() => null);
  const rows = await db.$queryRaw<Record<keyof Standing, unknown>[]>`
    WITH "totals" AS (${villageTotals(Prisma.join(villages.map((v) => v.villageCode)))}),
    "ranked" AS (SELECT ${RANKED_COLUMNS} FROM "totals")
    SELECT * FROM "ranked" WHERE "householdId" IN (${Prisma.join([...householdIds])})`;
  const byId = new Map(rows.map((row) => [String(row.householdId), toStanding(row)]));
  return householdIds.map((id) => byId.get(id) ?? null);
}

type RankingCursor = readonly [balance: number, householdId: string];

function isRankingCursor(value: unknown): value is RankingCursor {
  return (
    Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string'
  );
}

/**
 * One page of a village's ranking, highest balance first, ties by household id; keyset pagination
 * on (balance, household), with the rank computed over the whole village before the page is cut.
 */
export async function rankingPage(
  db: Db,
  villageCode: string,
  readable: Prisma.Sql,
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<Standing[]> {
  const after = decodeCursor(page.after, isRankingCursor);
  const before = decodeCursor(page.before, isRankingCursor);
  const conditions = [readable];
  if (after) {
    conditions.push(
      Prisma.sql`("balance" < ${after[0]} OR ("balance" = ${after[0]} AND "householdId" > ${after[1]}))`,
    );
  }
  if (before) {
    conditions.push(
      Prisma.sql`("balance" > ${before[0]} OR ("balance" = ${before[0]} AND "householdId" < ${before[1]}))`,
    );
  }
  const order = page.inverted
    ? Prisma.sql`"balance" ASC, "householdId" DESC`
    : Prisma.sql`"balance" DESC, "householdId" ASC`;
  const rows = await db.$queryRaw<Record<keyof Standing, unknown>[]>`
    WITH "totals" AS (${villageTotals(Prisma.sql`${villageCode}`)}),
    "ranked" AS (SELECT ${RANKED_COLUMNS} FROM "totals")
    SELECT * FROM "ranked" WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${order} LIMIT ${page.limit}`;
  return rows.map(toStanding);
}

type EventCursor = string;

function isEventCursor(value: unknown): value is EventCursor {
  return typeof value === 'string';
}

export interface EventPage {
  readonly householdId: string;
  readonly rows: readonly PointEventRow[];
  readonly total: number;
}

/**
 * The same page of events (newest first: by day, then recording time, then id) for several
 * households: ROW_NUMBER() per household picks each one's page in one statement, a second loads the
 * rows, a third counts each ledger. Keyset cursors, so a page costs the same wherever it starts.
 */
export async function loadEventPages(
  db: Db,
  householdIds: readonly string[],
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<EventPage[]> {
  const after = decodeCursor(page.after, isEventCursor);
  const before = decodeCursor(page.before, isEventCursor);
  const key = Prisma.sql`("occurredOn", "recordedAt", "id")`;
  const conditions = [Prisma.sql`"householdId" IN (${Prisma.join([...householdIds])})`];
  if (after) {
    conditions.push(
      Prisma.sql`${key} < (SELECT "occurredOn", "recordedAt", "id" FROM "PointEvent" WHERE "id" = ${after})`,
    );
  }
  if (before) {
    conditions.push(
      Prisma.sql`${key} > (SELECT "occurredOn", "recordedAt", "id" FROM "PointEvent" WHERE "id" = ${before})`,
    );
  }
  const direction = page.inverted ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const picked = await db.$queryRaw<{ id: string; n: unknown }[]>`
    SELECT "id", "n" FROM (
      SELECT "id", ROW_NUMBER() OVER (
        PARTITION BY "householdId"
        ORDER BY "occurredOn" ${direction}, "recordedAt" ${direction}, "id" ${direction}
      ) AS "n"
      FROM "PointEvent" WHERE ${Prisma.join(conditions, ' AND ')}
    ) AS "numbered" WHERE "n" <= ${page.limit}`;
  const order = new Map(picked.map((row) => [row.id, Number(row.n)]));
  const [rows, counts] = await Promise.all([
    order.size === 0 ? [] : db.pointEvent.findMany({ where: { id: { in: [...order.keys()] } } }),
    db.pointEvent.groupBy({
      by: ['householdId'],
      where: { householdId: { in: [...householdIds] } },
      _count: { _all: true },
    }),
  ]);
  const totals = new Map(counts.map((count) => [count.householdId, count._count._all]));
  return householdIds.map((householdId) => ({
    householdId,
    rows: rows
      .filter((row) => row.householdId === householdId)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    total: totals.get(householdId) ?? 0,
  }));
}

/** How many households a village ranks: all of them when it keeps a points catalogue, else none. */
export async function rankedHouseholds(db: Db, villageCode: string, readable: Prisma.Sql): Promise<number> {
  const [row] = await db.$queryRaw<{ count: unknown }[]>`
    SELECT CAST(COUNT(*) AS INTEGER) AS "count" FROM "Household" AS h
    WHERE h."villageCode" = ${villageCode} AND ${readable}
      AND EXISTS (SELECT 1 FROM "PointsCatalogue" AS c WHERE c."villageCode" = h."villageCode")`;
  return Number(row?.count ?? 0);
}

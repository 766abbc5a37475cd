// The hall statistics in SQL: one statement per question over every region of a batch (perRegion),
// each branch on an index of its table (hall region code with the day or instant column).
import { p90Rank } from '@grassroots/core';
import type { Db } from '../../db/client.js';
import { Prisma } from '../../db/client.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

// PostgreSQL returns COUNT and SUM as bigint, SQLite as number: both become numbers here.
const count = (value: unknown): number => Number(value ?? 0);

/** A period of days (both included; either may be open) and the same period as instants. */
export interface HallPeriod {
  readonly fromDay: string | null;
  readonly toDay: string | null;
  readonly fromInstant: Date | null;
  readonly untilInstant: Date | null;
}

function dayIn(column: string, period: HallPeriod): Prisma.Sql {
  const c = Prisma.raw(`"${column}"`);
  const conditions = [
    Prisma.sql`${c} IS NOT NULL`,
    ...(period.fromDay ? [Prisma.sql`${c} >= ${period.fromDay}`] : []),
    ...(period.toDay ? [Prisma.sql`${c} <= ${period.toDay}`] : []),
  ];
  return Prisma.sql`(${Prisma.join(conditions, ' AND ')})`;
}

function instantIn(column: string, period: HallPeriod): Prisma.Sql {
  const c = Prisma.raw(`"${column}"`);
  const conditions = [
    ...(period.fromInstant ? [Prisma.sql`${c} >= ${period.fromInstant}`] : []),
    ...(period.untilInstant ? [Prisma.sql`${c} < ${period.untilInstant}`] : []),
  ];
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, ' AND ');
}

/** What the application statement counts for one region. */
export interface ApplicationCounts {
  readonly accepted: number;
  readonly completed: number;
  readonly completedOnTime: number;
  readonly refused: number;
  readonly trips: number;
}

/**
 * Accepted (accepted in the period and not refused later: a lapsed tolerance acceptance counts as
 * refused, not accepted), completed and completed on time, refused, and the in-person trips of the
 * accepted ones, for each region, in one statement.
 */
export async function applicationCounts(
  db: Db,
  codes: readonly string[],
  period: HallPeriod,
): Promise<Map<string, ApplicationCounts>> {
  const accepted = Prisma.sql`(${dayIn('acceptedOn', period)} AND "refusedOn" IS NULL)`;
  const completed = dayIn('completedOn', period);
  const refused = dayIn('refusedOn', period);
  const rows = await db.$queryRaw<
    {
      regionCode: string;
      accepted: unknown;
      completed: unknown;
      onTime: unknown;
      refused: unknown;
      trips: unknown;
    }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode",
          SUM(CASE WHEN ${accepted} THEN 1 ELSE 0 END) AS "accepted",
          SUM(CASE WHEN ${completed} THEN 1 ELSE 0 END) AS "completed",
          SUM(CASE WHEN ${completed} AND "completedOn" <= "dueOn" THEN 1 ELSE 0 END) AS "onTime",
          SUM(CASE WHEN ${refused} THEN 1 ELSE 0 END) AS "refused",
          SUM(CASE WHEN ${accepted} THEN "trips" ELSE 0 END) AS "trips"
        FROM "ServiceApplication"
        WHERE ${sqlWithin('hallRegionCode', code)} AND (${dayIn('acceptedOn', period)} OR ${completed} OR ${refused})`,
    ),
  );
  return new Map(
    rows.map((row) => [
      row.regionCode,
      {
        accepted: count(row.accepted),
        completed: count(row.completed),
        completedOnTime: count(row.onTime),
        refused: count(row.refused),
        trips: count(row.trips),
      },
    ]),
  );
}

/** Visits and their summed wait, and ratings and bad ratings, for each region, in one statement. */
export async function visitAndRatingCounts(
  db: Db,
  codes: readonly string[],
  period: HallPeriod,
): Promise<Map<string, { visits: number; waitSecondsTotal: number; ratings: number; badRatings: number }>> {
  const rows = await db.$queryRaw<
    { regionCode: string; visits: unknown; wait: unknown; ratings: unknown; bad: unknown }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode",
          (SELECT COUNT(*) FROM "HallVisit" WHERE ${sqlWithin('hallRegionCode', code)} AND ${instantIn('issuedAt', period)}) AS "visits",
          (SELECT SUM("waitSeconds") FROM "HallVisit" WHERE ${sqlWithin('hallRegionCode', code)} AND ${instantIn('issuedAt', period)}) AS "wait",
          (SELECT COUNT(*) FROM "ServiceRating" WHERE ${sqlWithin('hallRegionCode', code)} AND ${instantIn('ratedAt', period)}) AS "ratings",
          (SELECT COUNT(*) FROM "ServiceRating" WHERE ${sqlWithin('hallRegionCode', code)} AND ${instantIn('ratedAt', period)} AND "bad" = ${true}) AS "bad"`,
    ),
  );
  return new Map(
    rows.map((row) => [
      row.regionCode,
      {
        visits: count(row.visits),
        waitSecondsTotal: count(row.wait),
        ratings: count(row.ratings),
        badRatings: count(row.bad),
      },
    ]),
  );
}

/**
 * The 90th-percentile wait (nearest rank, core's p90Rank) of each region with visits, in one statement:
 * each branch orders its waits and reads the row at the rank.
 */
export async function p90Waits(
  db: Db,
  visits: ReadonlyMap<string, number>,
  period: HallPeriod,
): Promise<Map<string, number>> {
  const codes = [...visits].filter(([, n]) => n > 0).map(([code]) => code);
  if (codes.length === 0) return new Map();
  const rows = await db.$queryRaw<{ regionCode: string; wait: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT * FROM (
          SELECT CAST(${code} AS TEXT) AS "regionCode", "waitSeconds" AS "wait"
          FROM "HallVisit"
          WHERE ${sqlWithin('hallRegionCode', code)} AND ${instantIn('issuedAt', period)}
          ORDER BY "waitSeconds" ASC
          LIMIT 1 OFFSET ${p90Rank(visits.get(code) ?? 1) - 1}
        ) AS "atRank"`,
    ),
  );
  return new Map(rows.map((row) => [row.regionCode, count(row.wait)]));
}

/** What the applications of a hall are broken down by. */
export type Breakdown = 'department' | 'window' | 'matter';

// The grouping expression of each breakdown, over the joins in `groupCounts` (never from a request).
const GROUP_BY: Readonly<Record<Breakdown, string>> = {
  department: '"d"."code"',
  window: `CAST("w"."number" AS TEXT)`,
  matter: '"m"."code"',
};

/** The counts of one group (a department's code, a window's number, a matter's code) in a region. */
export interface GroupCounts {
  readonly regionCode: string;
  readonly group: string;
  readonly accepted: number;
  readonly completed: number;
  readonly completedOnTime: number;
}

/**
 * Accepted, completed and on-time applications of each region by department, window or matter, in
 * one statement for every region of a batch. Applications without a window (online, door to door)
 * form no window group.
 */
export async function groupCounts(
  db: Db,
  codes: readonly string[],
  period: HallPeriod,
  by: Breakdown,
): Promise<GroupCounts[]> {
  const group = Prisma.raw(GROUP_BY[by]);
  const accepted = Prisma.sql`(${dayIn('acceptedOn', period)} AND "a"."refusedOn" IS NULL)`;
  const completed = dayIn('completedOn', period);
  const rows = await db.$queryRaw<
    { regionCode: string; group: string; accepted: unknown; completed: unknown; onTime: unknown }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", ${group} AS "group",
          SUM(CASE WHEN ${accepted} THEN 1 ELSE 0 END) AS "accepted",
          SUM(CASE WHEN ${completed} THEN 1 ELSE 0 END) AS "completed",
          SUM(CASE WHEN ${completed} AND "a"."completedOn" <= "a"."dueOn" THEN 1 ELSE 0 END) AS "onTime"
        FROM "ServiceApplication" AS "a"
          JOIN "ServiceMatter" AS "m" ON "m"."id" = "a"."matterId"
          JOIN "HallDepartment" AS "d" ON "d"."id" = "m"."departmentId"
          ${by === 'window' ? Prisma.sql`JOIN "HallWindow" AS "w" ON "w"."id" = "a"."windowId"` : Prisma.empty}
        WHERE ${sqlWithin('a.hallRegionCode', code)} AND (${dayIn('acceptedOn', period)} OR ${completed})
        GROUP BY ${group}`,
    ),
  );
  return rows.map((row) => ({
    regionCode: row.regionCode,
    group: row.group,
    accepted: count(row.accepted),
    completed: count(row.completed),
    completedOnTime: count(row.onTime),
  }));
}

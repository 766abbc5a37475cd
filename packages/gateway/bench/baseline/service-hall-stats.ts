// (e) `region(code: "540524") { serviceHallStats(from, to) { … byDepartment { … } } }`: the hall of
//     琼结县 over a year. The counts in one statement (the region, applications, visits, ratings), the
//     90th-percentile wait in a second, the departments in a third; core's `hallStatistics` and
//     `p90Rank` as in the gateway.
import { addDays, type CalendarDate, hallStatistics, p90Rank, startOfShanghaiDay } from '@grassroots/core';
import { HALL_PERIOD, HALL_REGION } from '../queries.js';
import { type BaselineRequest, num, sqlWithin } from './request.js';

const FROM_DAY = HALL_PERIOD.from;
const TO_DAY = HALL_PERIOD.to;
const FROM = startOfShanghaiDay(FROM_DAY as CalendarDate);
const UNTIL = startOfShanghaiDay(addDays(TO_DAY as CalendarDate, 1));

/** "`column` (a YYYY-MM-DD text) lies in the period", its values appended to `params`. */
function dayIn(column: string, params: unknown[]): string {
  params.push(FROM_DAY, TO_DAY);
  return `("${column}" IS NOT NULL AND "${column}" >= $${params.length - 1} AND "${column}" <= $${params.length})`;
}

/** "`column` (an instant) lies in the period". */
function instantIn(column: string, params: unknown[]): string {
  params.push(FROM, UNTIL);
  return `"${column}" >= $${params.length - 1} AND "${column}" < $${params.length}`;
}

export default async function serviceHallStats({ db }: BaselineRequest): Promise<unknown> {
  const params: unknown[] = [HALL_REGION];
  const apps = sqlWithin('hallRegionCode', HALL_REGION, params);
  const accepted = `(${dayIn('acceptedOn', params)} AND "refusedOn" IS NULL)`;
  const completed = dayIn('completedOn', params);
  const refused = dayIn('refusedOn', params);
  const anyDay = `(${dayIn('acceptedOn', params)} OR ${completed} OR ${refused})`;
  const visitsIn = `${sqlWithin('hallRegionCode', HALL_REGION, params)} AND ${instantIn('issuedAt', params)}`;
  const ratingsIn = `${sqlWithin('hallRegionCode', HALL_REGION, params)} AND ${instantIn('ratedAt', params)}`;
  params.push(true);
  const bad = `$${params.length}`;
  const [row] = await db.query<Record<string, unknown>>(
    `SELECT (SELECT COUNT(*) FROM "Region" WHERE "code" = $1) AS "region", "a".*,
       (SELECT COUNT(*) FROM "HallVisit" WHERE ${visitsIn}) AS "visits",
       (SELECT SUM("waitSeconds") FROM "HallVisit" WHERE ${visitsIn}) AS "wait",
       (SELECT COUNT(*) FROM "ServiceRating" WHERE ${ratingsIn}) AS "ratings",
       (SELECT COUNT(*) FROM "ServiceRating" WHERE ${ratingsIn} AND "bad" = ${bad}) AS "bad"
     FROM (SELECT SUM(CASE WHEN ${accepted} THEN 1 ELSE 0 END) AS "accepted",
             SUM(CASE WHEN ${completed} THEN 1 ELSE 0 END) AS "completed",
             SUM(CASE WHEN ${completed} AND "completedOn" <= "dueOn" THEN 1 ELSE 0 END) AS "onTime",
             SUM(CASE WHEN ${refused} THEN 1 ELSE 0 END) AS "refused",
             SUM(CASE WHEN ${accepted} THEN "trips" ELSE 0 END) AS "trips"
           FROM "ServiceApplication" WHERE ${apps} AND ${anyDay}) AS "a"`,
    params,
  );
  if (num(row?.region) === 0) return { region: null };
  const visits = num(row?.visits);
  let p90: number | null = null;
  if (visits > 0) {
    const rankParams: unknown[] = [];
    const where = `${sqlWithin('hallRegionCode', HALL_REGION, rankParams)} AND ${instantIn('issuedAt', rankParams)}`;
    rankParams.push(p90Rank(visits) - 1);
    const [at] = await db.query<{ wait: unknown }>(
      `SELECT "waitSeconds" AS "wait" FROM "HallVisit" WHERE ${where}
        ORDER BY "waitSeconds" ASC LIMIT 1 OFFSET $${rankParams.length}`,
      rankParams,
    );
    p90 = at === undefined ? null : num(at.wait);
  }
  const groupParams: unknown[] = [];
  const inHall = sqlWithin('a.hallRegionCode', HALL_REGION, groupParams);
  const groupAccepted = `(${dayIn('acceptedOn', groupParams)} AND "a"."refusedOn" IS NULL)`;
  const groupCompleted = dayIn('completedOn', groupParams);
  const groupAny = `(${dayIn('acceptedOn', groupParams)} OR ${groupCompleted})`;
  const groups = await db.query<{ group: string; accepted: unknown; completed: unknown; onTime: unknown }>(
    `SELECT "d"."code" AS "group",
       SUM(CASE WHEN ${groupAccepted} THEN 1 ELSE 0 END) AS "accepted",
       SUM(CASE WHEN ${groupCompleted} THEN 1 ELSE 0 END) AS "completed",
       SUM(CASE WHEN ${groupCompleted} AND "a"."completedOn" <= "a"."dueOn" THEN 1 ELSE 0 END) AS "onTime"
     FROM "ServiceApplication" AS "a"
       JOIN "ServiceMatter" AS "m" ON "m"."id" = "a"."matterId"
       JOIN "HallDepartment" AS "d" ON "d"."id" = "m"."departmentId"
     WHERE ${inHall} AND ${groupAny}
     GROUP BY "d"."code"`,
    groupParams,
  );
  const stats = hallStatistics({
    visits,
    accepted: num(row?.accepted),
    completed: num(row?.completed),
    completedOnTime: num(row?.onTime),
    refused: num(row?.refused),
    trips: num(row?.trips),
    waitSecondsTotal: num(row?.wait),
    waitSecondsP90: p90,
    ratings: num(row?.ratings),
    badRatings: num(row?.bad),
  });
  const byDepartment = groups
    .map((group) => ({
      group: group.group,
      accepted: num(group.accepted),
      completed: num(group.completed),
      completedOnTime: num(group.onTime),
    }))
    .sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true }))
    .map((group) => ({
      ...group,
      completionRate: hallStatistics({
        ...EMPTY,
        accepted: group.accepted,
        completed: group.completed,
      }).completionRate,
    }));
  return {
    region: {
      serviceHallStats: {
        visits: stats.visits,
        accepted: stats.accepted,
        completed: stats.completed,
        completedOnTime: stats.completedOnTime,
        refused: stats.refused,
        trips: stats.trips,
        completionRate: stats.completionRate,
        onTimeRate: stats.onTimeRate,
        averageTrips: stats.averageTrips,
        meanWaitSeconds: stats.meanWaitSeconds,
        p90WaitSeconds: stats.waitSecondsP90,
        ratings: stats.ratings,
        badRatings: stats.badRatings,
        satisfactionRate: stats.satisfactionRate,
        byDepartment,
      },
    },
  };
}

const EMPTY = {
  visits: 0,
  accepted: 0,
  completed: 0,
  completedOnTime: 0,
  refused: 0,
  trips: 0,
  waitSecondsTotal: 0,
  waitSecondsP90: null,
  ratings: 0,
  badRatings: 0,
};

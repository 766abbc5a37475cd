// (d) The county overview: `region(code: county) { gridStats { … } recordStats { records matters
//     openMatters solvedCases } fengqiao(from, to) { … } }`. Grid statistics as (c), the record
//     counts in one statement, and the Fengqiao counts in three (core's definitions, as the gateway:
//     disputes only, 矛盾不上交 as the disputes without a level-skipping petition).
import {
  addDays,
  type CalendarDate,
  ESCALATION_LEVELS,
  type EscalationLevel,
  FENGQIAO_CATEGORIES,
  type FengqiaoCounts,
  fengqiaoMeasures,
  nearestRank,
  RESOLUTION_PERCENTILE,
  type Share,
  startOfShanghaiDay,
} from '@grassroots/core';
import { BENCH_COUNTY, FENGQIAO_PERIOD } from '../queries.js';
import type { SqlDriver } from './driver.js';
import { gridStatsOf } from './grid-stats.js';
import { type BaselineRequest, num, sqlWithin } from './request.js';

const FROM = FENGQIAO_PERIOD.from as CalendarDate;
const TO = FENGQIAO_PERIOD.to as CalendarDate;

async function recordStatsOf(db: SqlDriver, regionCode: string) {
  const params: unknown[] = [];
  const records = sqlWithin('gridCode', regionCode, params);
  const matters = sqlWithin('gridCode', regionCode, params);
  const open = sqlWithin('gridCode', regionCode, params);
  params.push(true);
  const isOpen = `$${params.length}`;
  const cases = sqlWithin('gridCode', regionCode, params);
  const [row] = await db.query<Record<string, unknown>>(
    `SELECT (SELECT COUNT(*) FROM "PublicOpinionRecord" WHERE ${records}) AS "records",
            (SELECT COUNT(*) FROM "Matter" WHERE ${matters}) AS "matters",
            (SELECT COUNT(*) FROM "Matter" WHERE ${open} AND "open" = ${isOpen}) AS "openMatters",
            (SELECT COUNT(*) FROM "SolvedCase" WHERE ${cases}) AS "solvedCases"`,
    params,
  );
  return {
    records: num(row?.records),
    matters: num(row?.matters),
    openMatters: num(row?.openMatters),
    solvedCases: num(row?.solvedCases),
  };
}

async function fengqiaoOf(db: SqlDriver, regionCode: string) {
  const where = (params: unknown[]) => {
    const inside = sqlWithin('gridCode', regionCode, params);
    params.push(startOfShanghaiDay(FROM), startOfShanghaiDay(addDays(TO, 1)), ...FENGQIAO_CATEGORIES);
    const categories = FENGQIAO_CATEGORIES.map(
      (_c, i) => `$${params.length - FENGQIAO_CATEGORIES.length + 1 + i}`,
    );
    const [from, until] = [
      params.length - FENGQIAO_CATEGORIES.length - 1,
      params.length - FENGQIAO_CATEGORIES.length,
    ];
    return `${inside} AND "reportedAt" >= $${from} AND "reportedAt" < $${until} AND "category" IN (${categories.join(', ')})`;
  };
  const petitionParams: unknown[] = [];
  const [petitionedRow] = await db.query<{ n: unknown }>(
    `SELECT COUNT(*) AS "n" FROM "Matter" WHERE ${where(petitionParams)} AND "clockStartedAt" IS NOT NULL
       AND EXISTS (SELECT 1 FROM "Petition" WHERE "Petition"."matterId" = "Matter"."id")`,
    petitionParams,
  );
  const groupParams: unknown[] = [];
  const groups = await db.query<{ level: string; state: string; n: unknown; minutes: unknown }>(
    `SELECT "level", "state", COUNT(*) AS "n", SUM("resolutionMinutes") AS "minutes" FROM "Matter"
      WHERE ${where(groupParams)} AND "clockStartedAt" IS NOT NULL GROUP BY "level", "state"`,
    groupParams,
  );
  const byLevel = (closedOnly: boolean) =>
    Object.fromEntries(
      ESCALATION_LEVELS.map((level) => [
        level,
        groups
          .filter((group) => group.level === level && (!closedOnly || group.state === 'CLOSED'))
          .reduce((sum, group) => sum + num(group.n), 0),
      ]),
    ) as Record<EscalationLevel, number>;
  const resolvedByLevel = byLevel(true);
  const resolved = ESCALATION_LEVELS.reduce((sum, level) => sum + resolvedByLevel[level], 0);
  const rank = nearestRank(resolved, RESOLUTION_PERCENTILE);
  let p90: number | null = null;
  if (rank > 0) {
    const params: unknown[] = [];
    const condition = where(params);
    params.push(rank - 1);
    const [row] = await db.query<{ minutes: unknown }>(
      `SELECT "resolutionMinutes" AS "minutes" FROM "Matter" WHERE ${condition}
         AND "resolutionMinutes" IS NOT NULL ORDER BY "resolutionMinutes" ASC LIMIT 1 OFFSET $${params.length}`,
      params,
    );
    p90 = row === undefined ? null : num(row.minutes);
  }
  const counts: FengqiaoCounts = {
    resolvedByLevel,
    handledByLevel: byLevel(false),
    petitioned: num(petitionedRow?.n),
    totalResolutionMinutes: groups
      .filter((group) => group.state === 'CLOSED')
      .reduce((sum, group) => sum + num(group.minutes), 0),
    p90ResolutionMinutes: p90,
  };
  const measures = fengqiaoMeasures(counts);
  if (!measures.ok) throw new Error(`inconsistent Fengqiao counts: ${measures.error.code}`);
  const share = (s: Share) => ({ numerator: s.numerator, denominator: s.denominator });
  const m = measures.value;
  return {
    handled: m.handled,
    resolved: m.resolved,
    meanResolutionMinutes: m.meanResolutionMinutes,
    settledInVillage: share(m.settledInVillage),
    settledInTownship: share(m.settledInTownship),
    notPassedUp: share(m.notPassedUp),
  };
}

export default async function countyOverview({ db, now }: BaselineRequest): Promise<unknown> {
  const [grid, recordStats, fengqiao] = await Promise.all([
    gridStatsOf(db, BENCH_COUNTY, now),
    recordStatsOf(db, BENCH_COUNTY),
    fengqiaoOf(db, BENCH_COUNTY),
  ]);
  return grid.exists ? { region: { gridStats: grid.stats, recordStats, fengqiao } } : { region: null };
}

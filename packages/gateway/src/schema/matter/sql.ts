// The region statistics of records and matters, for many regions in one statement each: every
// statement is a UNION ALL of one branch per region (perRegion), each branch summing the rollups
// (src/rollups.ts) over the range of grid codes inside its region, which their primary keys serve.
import { FENGQIAO_CATEGORIES } from '@grassroots/core';
import { type Db, Prisma } from '../../db/client.js';
import { bandEnd, type PeriodRange, sqlInSpan } from '../../rollups.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

/** Rows of a per-region statement, grouped by their region (every region asked for is present). */
function byRegion<Row extends { readonly regionCode: string }>(
  codes: readonly string[],
  rows: readonly Row[],
): Map<string, Row[]> {
  const groups = new Map<string, Row[]>(codes.map((code) => [code, []]));
  for (const row of rows) groups.get(row.regionCode)?.push(row);
  return groups;
}

// PostgreSQL returns COUNT and SUM as bigint, SQLite as number: both become numbers here.
const count = (value: unknown): number => Number(value ?? 0);

/** Records by category in each region, summed from the rollup (`value` the category). */
export async function recordsByCategory(db: Db, codes: readonly string[]) {
  const rows = await db.$queryRaw<{ regionCode: string; value: string; count: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "category" AS "value", SUM("records") AS "count"
        FROM "RecordRollup" WHERE ${sqlWithin('gridCode', code)}
        GROUP BY "category"`,
    ),
  );
  return byRegion(
    codes,
    rows.map((row) => ({ regionCode: row.regionCode, value: row.value, count: count(row.count) })),
  );
}

/** Matters by category and state in each region, summed from the rollup. */
export async function mattersByCategoryAndState(db: Db, codes: readonly string[]) {
  const rows = await db.$queryRaw<
    { regionCode: string; category: string; state: string; matters: unknown }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "category", "state", SUM("matters") AS "matters"
        FROM "MatterRollup" WHERE ${sqlWithin('gridCode', code)}
        GROUP BY "category", "state"`,
    ),
  );
  return byRegion(
    codes,
    rows.map((row) => ({
      regionCode: row.regionCode,
      category: row.category,
      state: row.state,
      matters: count(row.matters),
    })),
  );
}

/** The cases solved with camera footage in each region. */
export async function solvedCasesIn(db: Db, codes: readonly string[]): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ regionCode: string; cases: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", COUNT(*) AS "cases"
        FROM "SolvedCase" WHERE ${sqlWithin('gridCode', code)}`,
    ),
  );
  return new Map(rows.map((row) => [row.regionCode, count(row.cases)]));
}

/** A period of report instants: from (inclusive) and until (exclusive), either open. */
export interface ReportPeriod {
  readonly from: Date | null;
  readonly until: Date | null;
}

function inPeriod(period: ReportPeriod, column = '"reportedAt"'): Prisma.Sql {
  const reportedAt = Prisma.raw(column);
  const conditions = [
    ...(period.from ? [Prisma.sql`${reportedAt} >= ${period.from}`] : []),
    ...(period.until ? [Prisma.sql`${reportedAt} < ${period.until}`] : []),
  ];
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, ' AND ');
}

/**
 * The handled disputes with a level-skipping petition (越级上访) reported in the period, in each
 * region: COUNT(DISTINCT matter) over Petition's (gridCode, reportedAt) index, each petition's
 * matter checked by key. Petitions are a few dozen a county-year, so this reads that many rows, not
 * the matters; it counts what core's fengqiaoCountsOf counts as `petitioned`. The matter is an
 * EXISTS, not a join: with a join SQLite drove the plan from the matters' category index (every
 * dispute of the county, 0.6 s, most of the county overview's time on SQLite) instead of from the
 * petitions.
 */
export async function petitionedDisputes(
  db: Db,
  codes: readonly string[],
  period: ReportPeriod,
): Promise<Map<string, number>> {
  const rows = await db.$queryRaw<{ regionCode: string; matters: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", COUNT(DISTINCT "p"."matterId") AS "matters"
        FROM "Petition" AS "p"
        WHERE ${sqlWithin('p.gridCode', code)} AND ${inPeriod(period, '"p"."reportedAt"')}
          AND EXISTS (SELECT 1 FROM "Matter" AS "m" WHERE "m"."id" = "p"."matterId"
            AND "m"."category" IN (${Prisma.join([...FENGQIAO_CATEGORIES])}) AND "m"."clockStartedAt" IS NOT NULL)`,
    ),
  );
  return new Map(rows.map((row) => [row.regionCode, count(row.matters)]));
}

/**
 * The handled matters (dispatched at least once) reported in the period, by level and state, with
 * their summed resolution minutes, and the closed matters by band of resolution minutes, in each
 * region: one statement over the two period rollups, whose rows of a region and span are a few
 * hundred to a few thousand whatever the number of matters. A row is either a level-and-state group
 * (`band` null) or a band (`level` and `state` null).
 */
export async function handledMatters(db: Db, codes: readonly string[], runs: readonly PeriodRange[]) {
  const rows = await db.$queryRaw<
    {
      regionCode: string;
      level: string | null;
      state: string | null;
      band: unknown;
      matters: unknown;
      minutes: unknown;
    }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "level", "state", CAST(NULL AS INTEGER) AS "band",
          SUM("matters") AS "matters", CAST(SUM("minutes") AS BIGINT) AS "minutes"
        FROM "FengqiaoRollup" WHERE ${sqlInSpan(runs, sqlWithin('gridCode', code))}
        GROUP BY "level", "state"
        UNION ALL
        SELECT CAST(${code} AS TEXT), CAST(NULL AS TEXT), CAST(NULL AS TEXT), "band",
          SUM("matters"), CAST(0 AS BIGINT)
        FROM "ResolutionRollup" WHERE ${sqlInSpan(runs, sqlWithin('gridCode', code))}
        GROUP BY "band"`,
    ),
  );
  const groups = byRegion(
    codes,
    rows.flatMap((row) =>
      row.level === null || row.state === null
        ? []
        : [
            {
              regionCode: row.regionCode,
              level: row.level,
              state: row.state,
              matters: count(row.matters),
              minutes: count(row.minutes),
            },
          ],
    ),
  );
  const bands = byRegion(
    codes,
    rows
      .filter((row) => row.band !== null)
      .map((row) => ({ regionCode: row.regionCode, band: count(row.band), matters: count(row.matters) }))
      .sort((a, b) => a.band - b.band),
  );
  return { groups, bands };
}

/** Where a rank falls: the band of resolution minutes and how many of the band's matters come before. */
export interface RankInBand {
  readonly band: number;
  readonly before: number;
}

/**
 * The resolution minutes at a rank of each region's closed matters reported in the period, sorted
 * ascending, read inside the band the rank falls in (found from ResolutionRollup): each branch reads
 * only that band's matters through the (resolutionMinutes, gridCode, reportedAt) index, with ORDER BY
 * … OFFSET inside a subquery because a branch of a UNION may not order or limit itself.
 */
export async function resolutionMinutesAtRank(
  db: Db,
  ranks: ReadonlyMap<string, RankInBand>,
  period: ReportPeriod,
): Promise<Map<string, number>> {
  if (ranks.size === 0) return new Map();
  const rows = await db.$queryRaw<{ regionCode: string; minutes: unknown }[]>(
    perRegion([...ranks.keys()], (code) => {
      const { band, before } = ranks.get(code) ?? { band: 0, before: 0 };
      return Prisma.sql`
        SELECT * FROM (
          SELECT CAST(${code} AS TEXT) AS "regionCode", "resolutionMinutes" AS "minutes"
          FROM "Matter"
          WHERE "category" IN (${Prisma.join([...FENGQIAO_CATEGORIES])})
            AND "resolutionMinutes" >= ${band} AND "resolutionMinutes" < ${bandEnd(band)}
            AND ${sqlWithin('gridCode', code)} AND ${inPeriod(period)}
          ORDER BY "resolutionMinutes" ASC
          LIMIT 1 OFFSET ${before}
        ) AS "atRank"`;
    }),
  );
  return new Map(rows.map((row) => [row.regionCode, count(row.minutes)]));
}

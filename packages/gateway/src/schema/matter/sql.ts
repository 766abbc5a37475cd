// The region statistics of records and matters, for many regions in one statement each: every
// statement is a UNION ALL of one branch per region (perRegion), each branch counting over the range
// of grid codes inside its region, which the grid-code indexes serve.
import { type Db, Prisma } from '../../db/client.js';
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

/**
 * The rows of `table` by the values of `column` in each region: `value` and `count` per group. The
 * table and column come from the two callers below, never from a request.
 */
async function countsBy(
  db: Db,
  codes: readonly string[],
  table: 'PublicOpinionRecord' | 'Matter',
  column: 'category' | 'state',
) {
  const [from, by] = [Prisma.raw(`"${table}"`), Prisma.raw(`"${column}"`)];
  const rows = await db.$queryRaw<{ regionCode: string; value: string; count: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", ${by} AS "value", COUNT(*) AS "count"
        FROM ${from} WHERE ${sqlWithin('gridCode', code)}
        GROUP BY ${by}`,
    ),
  );
  return byRegion(
    codes,
    rows.map((row) => ({ regionCode: row.regionCode, value: row.value, count: count(row.count) })),
  );
}

/** Records by category in each region. */
export const recordsByCategory = (db: Db, codes: readonly string[]) =>
  countsBy(db, codes, 'PublicOpinionRecord', 'category');

/** Matters by state in each region. */
export const mattersByState = (db: Db, codes: readonly string[]) => countsBy(db, codes, 'Matter', 'state');

/** Matters by category in each region, with how many of them are open. */
export async function mattersByCategory(db: Db, codes: readonly string[]) {
  const rows = await db.$queryRaw<
    { regionCode: string; category: string; matters: unknown; openMatters: unknown }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "category", COUNT(*) AS "matters",
          SUM(CASE WHEN "open" THEN 1 ELSE 0 END) AS "openMatters"
        FROM "Matter" WHERE ${sqlWithin('gridCode', code)}
        GROUP BY "category"`,
    ),
  );
  return byRegion(
    codes,
    rows.map((row) => ({
      regionCode: row.regionCode,
      category: row.category,
      matters: count(row.matters),
      openMatters: count(row.openMatters),
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

function inPeriod(period: ReportPeriod): Prisma.Sql {
  const conditions = [
    ...(period.from ? [Prisma.sql`"reportedAt" >= ${period.from}`] : []),
    ...(period.until ? [Prisma.sql`"reportedAt" < ${period.until}`] : []),
  ];
  return conditions.length === 0 ? Prisma.sql`1 = 1` : Prisma.join(conditions, ' AND ');
}

/**
 * The handled matters (dispatched at least once: clockStartedAt set) reported in the period, by
 * level and state, in each region; the CLOSED groups are the resolved ones, with their summed
 * resolution minutes (every closed matter was dispatched first).
 */
export async function handledMatters(db: Db, codes: readonly string[], period: ReportPeriod) {
  const rows = await db.$queryRaw<
    { regionCode: string; level: string; state: string; matters: unknown; minutes: unknown }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "level", "state", COUNT(*) AS "matters",
          SUM("resolutionMinutes") AS "minutes"
        FROM "Matter"
        WHERE ${sqlWithin('gridCode', code)} AND "clockStartedAt" IS NOT NULL AND ${inPeriod(period)}
        GROUP BY "level", "state"`,
    ),
  );
  return byRegion(
    codes,
    rows.map((row) => ({
      regionCode: row.regionCode,
      level: row.level,
      state: row.state,
      matters: count(row.matters),
      minutes: count(row.minutes),
    })),
  );
}

/**
 * The resolution minutes at a rank of each region's closed matters reported in the period, sorted
 * ascending (rank 1 is the shortest); regions whose rank is 0 (nothing closed) are not asked. Each
 * branch reads its row with ORDER BY … OFFSET rank − 1, inside a subquery because a branch of a
 * UNION may not order or limit itself.
 */
export async function resolutionMinutesAtRank(
  db: Db,
  ranks: ReadonlyMap<string, number>,
  period: ReportPeriod,
): Promise<Map<string, number>> {
  const codes = [...ranks].filter(([, rank]) => rank > 0).map(([code]) => code);
  if (codes.length === 0) return new Map();
  const rows = await db.$queryRaw<{ regionCode: string; minutes: unknown }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT * FROM (
          SELECT CAST(${code} AS TEXT) AS "regionCode", "resolutionMinutes" AS "minutes"
          FROM "Matter"
          WHERE ${sqlWithin('gridCode', code)} AND "resolutionMinutes" IS NOT NULL AND ${inPeriod(period)}
          ORDER BY "resolutionMinutes" ASC
          LIMIT 1 OFFSET ${(ranks.get(code) ?? 1) - 1}
        ) AS "atRank"`,
    ),
  );
  return new Map(rows.map((row) => [row.regionCode, count(row.minutes)]));
}

// The contests' hand-written SQL: statistics of many regions in one statement (a UNION ALL branch
// per region, each on the regionCode indexes), which Prisma's aggregate API cannot say. Events,
// audience and entries read ContestRollup (one row per place and edition, src/rollups.ts): 那曲市's
// figures sum about 2,700 rows instead of joining 560,000 entries to their events.
import { type Db, Prisma } from '../../db/client.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

/** A region's programme statistics over some editions (heritage is a survey, not per edition). */
export interface ContestStats {
  readonly regionCode: string;
  readonly events: number;
  readonly entries: number;
  readonly audience: number;
  readonly talents: number;
  readonly trained: number;
  readonly employed: number;
  readonly businesses: number;
  readonly incomeFen: number;
  readonly culturalResources: number;
  readonly heritageBearers: number;
  readonly heritageProducts: number;
  readonly heritageRevenueFen: number;
  readonly heritageJobs: number;
}

/** The editions to count: the numbers given, or every closed edition when none are. */
function editionsIn(editions: readonly number[] | null): Prisma.Sql {
  if (editions === null) return Prisma.sql`SELECT "number" FROM "ContestEdition" WHERE "status" = 'CLOSED'`;
  return editions.length === 0 ? Prisma.sql`NULL` : Prisma.join([...editions]);
}

function outcomeSum(kind: string, code: string, editions: Prisma.Sql, column = 'people'): Prisma.Sql {
  return Prisma.sql`(SELECT COALESCE(SUM(o.${Prisma.raw(`"${column}"`)}), 0) FROM "ContestOutcome" AS o
    WHERE ${sqlWithin('o.regionCode', code)} AND o."editionNumber" IN (${editions}) AND o."kind" = ${kind})`;
}

/**
 * The statistics of some regions for one choice of editions, in one statement: every figure is a
 * scalar subquery over its table's region index (the rollup's primary key for events and entries).
 */
export async function contestStats(
  db: Db,
  regionCodes: readonly string[],
  editions: readonly number[] | null,
): Promise<ContestStats[]> {
  const inEditions = editionsIn(editions);
  const rows = await db.$queryRaw<Record<keyof ContestStats, unknown>[]>`${perRegion(
    regionCodes,
    (code) => Prisma.sql`SELECT CAST(${code} AS TEXT) AS "regionCode",
      (SELECT COALESCE(SUM(c."events"), 0) FROM "ContestRollup" AS c
        WHERE ${sqlWithin('c.regionCode', code)} AND c."editionNumber" IN (${inEditions})) AS "events",
      (SELECT COALESCE(SUM(c."audience"), 0) FROM "ContestRollup" AS c
        WHERE ${sqlWithin('c.regionCode', code)} AND c."editionNumber" IN (${inEditions})) AS "audience",
      (SELECT COALESCE(SUM(c."entries"), 0) FROM "ContestRollup" AS c
        WHERE ${sqlWithin('c.regionCode', code)} AND c."editionNumber" IN (${inEditions})) AS "entries",
      ${outcomeSum('TALENT_IDENTIFIED', code, inEditions)} AS "talents",
      ${outcomeSum('TRAINED', code, inEditions)} AS "trained",
      ${outcomeSum('EMPLOYED', code, inEditions)} AS "employed",
      ${outcomeSum('BUSINESS_STARTED', code, inEditions)} AS "businesses",
      ${outcomeSum('INCOME_RAISED', code, inEditions, 'incomeFen')} AS "incomeFen",
      (SELECT COUNT(*) FROM "CulturalResource" AS r WHERE ${sqlWithin('r.regionCode', code)}) AS "culturalResources",
      (SELECT COUNT(DISTINCT b."personId") FROM "HeritageBearer" AS b
        JOIN "CulturalResource" AS r ON r."id" = b."resourceId" WHERE ${sqlWithin('r.regionCode', code)}) AS "heritageBearers",
      (SELECT COUNT(*) FROM "HeritageProduct" AS p
        JOIN "CulturalResource" AS r ON r."id" = p."resourceId" WHERE ${sqlWithin('r.regionCode', code)}) AS "heritageProducts",
      (SELECT COALESCE(SUM(p."revenueFen"), 0) FROM "HeritageProduct" AS p
        JOIN "CulturalResource" AS r ON r."id" = p."resourceId" WHERE ${sqlWithin('r.regionCode', code)}) AS "heritageRevenueFen",
      (SELECT COALESCE(SUM(p."jobs"), 0) FROM "HeritageProduct" AS p
        JOIN "CulturalResource" AS r ON r."id" = p."resourceId" WHERE ${sqlWithin('r.regionCode', code)}) AS "heritageJobs"`,
  )}`;
  const byRegion = new Map(rows.map((row) => [String(row.regionCode), row]));
  return regionCodes.map((regionCode) => {
    const row = byRegion.get(regionCode);
    const n = (key: keyof ContestStats) => Number(row?.[key] ?? 0);
    return {
      regionCode,
      events: n('events'),
      entries: n('entries'),
      audience: n('audience'),
      talents: n('talents'),
      trained: n('trained'),
      employed: n('employed'),
      businesses: n('businesses'),
      incomeFen: n('incomeFen'),
      culturalResources: n('culturalResources'),
      heritageBearers: n('heritageBearers'),
      heritageProducts: n('heritageProducts'),
      heritageRevenueFen: n('heritageRevenueFen'),
      heritageJobs: n('heritageJobs'),
    };
  });
}

// The coverage of key sites, counted in SQL for every region of a batch at once: one statement per
// grouping, one UNION ALL branch per region (perRegion), each reading the KeySite (gridCode, …) index
// over the region's range of grid codes.
import type { CameraStatus, KeySiteCategory } from '@grassroots/core';
import { type Db, Prisma } from '../../db/client.js';
import { keySiteMapper } from '../../mappers/camera.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

/** Key sites and how many of them at least one working camera watches. */
export interface KeySiteCounts {
  readonly keySites: number;
  readonly covered: number;
}

/** The counts of one key-site category inside one region. */
export interface CategoryCounts extends KeySiteCounts {
  readonly regionCode: string;
  readonly category: KeySiteCategory;
}

/** The counts of one grid inside one region. */
export interface GridCounts extends KeySiteCounts {
  readonly regionCode: string;
  readonly gridCode: string;
}

// Only a working camera covers its site (core's isCameraWorking).
const WORKING: CameraStatus = 'WORKING';

// A site is covered when a working camera point watches it; the EXISTS reads the camera points
// through their siteId index. Counts are cast because PostgreSQL returns them as bigint.
const COUNTS = Prisma.sql`
  CAST(COUNT(*) AS INTEGER) AS "keySites",
  CAST(SUM(CASE WHEN EXISTS (
    SELECT 1 FROM "CameraPoint" AS c WHERE c."siteId" = s."id" AND c."status" = ${WORKING}
  ) THEN 1 ELSE 0 END) AS INTEGER) AS "covered"`;

type CountRow<Key extends string> = Record<Key | 'regionCode' | 'keySites' | 'covered', unknown>;

/** The key sites of each region by category, categories without sites left out. */
export async function countsByCategory(db: Db, regionCodes: readonly string[]): Promise<CategoryCounts[]> {
  const rows = await db.$queryRaw<CountRow<'category'>[]>(
    perRegion(
      regionCodes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", s."category" AS "category", ${COUNTS}
        FROM "KeySite" AS s WHERE ${sqlWithin('s.gridCode', code)}
        GROUP BY s."category"`,
    ),
  );
  return rows.map((row) => {
    const regionCode = String(row.regionCode);
    return {
      regionCode,
      category: keySiteMapper.categoryOf(String(row.category), {
        model: 'KeySite',
        id: `(the key sites inside ${regionCode})`,
      }),
      keySites: Number(row.keySites),
      covered: Number(row.covered),
    };
  });
}

/** The key sites of each region by grid, in grid-code order; grids without sites left out. */
export async function countsByGrid(db: Db, regionCodes: readonly string[]): Promise<GridCounts[]> {
  const rows = await db.$queryRaw<CountRow<'gridCode'>[]>`
    ${perRegion(
      regionCodes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", s."gridCode" AS "gridCode", ${COUNTS}
        FROM "KeySite" AS s WHERE ${sqlWithin('s.gridCode', code)}
        GROUP BY s."gridCode"`,
    )}
    ORDER BY "regionCode", "gridCode"`;
  return rows.map((row) => ({
    regionCode: String(row.regionCode),
    gridCode: String(row.gridCode),
    keySites: Number(row.keySites),
    covered: Number(row.covered),
  }));
}

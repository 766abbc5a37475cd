// (c) `region(code: county) { gridStats { grids compliantGrids households gridsByKind { kind grids }
//     staffByRole { role persons } } }`: one statement (the region, grids by kind and compliance and
//     households from the grids' rollup, people by role in force today, joined with UNION ALL).
import { GRID_KINDS, GRID_ROLES, shanghaiDateOf } from '@grassroots/core';
import { BENCH_COUNTY } from '../queries.js';
import type { SqlDriver } from './driver.js';
import { type BaselineRequest, num, sqlWithin } from './request.js';

interface Row {
  readonly part: string;
  readonly key: string | null;
  readonly flag: unknown;
  readonly n: unknown;
}

export interface GridStats {
  readonly grids: number;
  readonly compliantGrids: number;
  readonly households: number;
  readonly gridsByKind: readonly { readonly kind: string; readonly grids: number }[];
  readonly staffByRole: readonly { readonly role: string; readonly persons: number }[];
}

/** Whether the region exists and its grid statistics; shared with the county overview. */
export async function gridStatsOf(
  db: SqlDriver,
  regionCode: string,
  now: Date,
): Promise<{ readonly exists: boolean; readonly stats: GridStats }> {
  const params: unknown[] = [regionCode];
  const grids = sqlWithin('gridCode', regionCode, params);
  const staff = sqlWithin('gridCode', regionCode, params);
  params.push(shanghaiDateOf(now));
  const today = `$${params.length}`;
  // Grids and households from the grids' rollup rows, as the gateway (one row per grid).
  const rows = await db.query<Row>(
    `SELECT 'region' AS "part", NULL AS "key", NULL AS "flag", COUNT(*) AS "n" FROM "Region" WHERE "code" = $1
     UNION ALL
     SELECT 'grids', "kind", "compliant", COUNT(*) FROM "GridRollup" WHERE ${grids} GROUP BY "kind", "compliant"
     UNION ALL
     SELECT 'households', NULL, NULL, SUM("households") FROM "GridRollup" WHERE ${grids}
     UNION ALL
     SELECT 'staff', "role", NULL, COUNT(DISTINCT "personId") FROM "StaffAssignment"
      WHERE ${staff} AND "from" <= ${today} AND ("until" IS NULL OR "until" >= ${today})
      GROUP BY "role"`,
    params,
  );
  const of = (part: string) => rows.filter((row) => row.part === part);
  const gridRows = of('grids');
  const gridsByKind = GRID_KINDS.map((kind) => ({
    kind,
    grids: gridRows.filter((row) => row.key === kind).reduce((sum, row) => sum + num(row.n), 0),
    compliantGrids: gridRows
      .filter((row) => row.key === kind && (row.flag === true || row.flag === 1))
      .reduce((sum, row) => sum + num(row.n), 0),
  }));
  return {
    exists: num(of('region')[0]?.n) > 0,
    stats: {
      grids: gridsByKind.reduce((sum, count) => sum + count.grids, 0),
      compliantGrids: gridsByKind.reduce((sum, count) => sum + count.compliantGrids, 0),
      households: num(of('households')[0]?.n),
      gridsByKind: gridsByKind.map(({ kind, grids }) => ({ kind, grids })),
      staffByRole: GRID_ROLES.map((role) => ({
        role,
        persons: num(of('staff').find((row) => row.key === role)?.n),
      })),
    },
  };
}

export default async function gridStats({ db, now }: BaselineRequest): Promise<unknown> {
  const { exists, stats } = await gridStatsOf(db, BENCH_COUNTY, now);
  return { region: exists ? { gridStats: stats } : null };
}

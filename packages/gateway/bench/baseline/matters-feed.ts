// (b) `matters(filter: { gridCode: $grid, open: true }, first: 50) { totalCount pageInfo { endCursor }
//     edges { node { id state level reportedAt } } }`: a count and a page, from one index.
import { MATTER_READER_ROLES } from '@grassroots/core';
import { type BaselineRequest, globalId, num, prismaCursor, sqlWithin } from './request.js';

const PAGE = 50;

interface Row {
  readonly id: string;
  readonly state: string;
  readonly level: string;
  readonly reportedAt: Date | string;
}

export default async function mattersFeed({ db, actor, variables }: BaselineRequest): Promise<unknown> {
  const grid = String(variables.grid);
  // The caller's scope, as the gateway's `gridTimeWhere`: the regions of its matter-reading grants.
  const regions = actor.grants.filter((g) => MATTER_READER_ROLES.includes(g.role)).map((g) => g.regionCode);
  if (regions.length === 0) throw new Error('the bench caller must be able to read matters');
  const where = (params: unknown[]) => {
    const scope = regions.map((code) => sqlWithin('gridCode', code, params)).join(' OR ');
    params.push(grid, true);
    return `(${scope}) AND "gridCode" = $${params.length - 1} AND "open" = $${params.length}`;
  };
  const countParams: unknown[] = [];
  const countSql = `SELECT COUNT(*) AS "n" FROM "Matter" WHERE ${where(countParams)}`;
  const pageParams: unknown[] = [];
  const pageWhere = where(pageParams);
  pageParams.push(PAGE);
  const [count] = await db.query<{ n: unknown }>(countSql, countParams);
  const rows = await db.query<Row>(
    `SELECT "id", "state", "level", "reportedAt" FROM "Matter" WHERE ${pageWhere}
      ORDER BY "reportedAt" DESC, "id" DESC LIMIT $${pageParams.length}`,
    pageParams,
  );
  const last = rows[rows.length - 1];
  return {
    matters: {
      totalCount: num(count?.n),
      pageInfo: { endCursor: last === undefined ? null : prismaCursor(last.id) },
      edges: rows.map((row) => ({
        node: {
          id: globalId('Matter', row.id),
          state: row.state,
          level: row.level,
          reportedAt: new Date(row.reportedAt).toISOString(),
        },
      })),
    },
  };
}

// The grid area's conditions and hand-written SQL: "an assignment in force on a day", said once for
// Prisma and once for raw SQL, and the per-region figures of `Region.gridStats`, each answered for a
// whole batch of regions in one statement (see `perRegion`).
import { type CalendarDate, GRID_KINDS, GRID_ROLES, type GridKind, type GridRole } from '@grassroots/core';
import { type Db, Prisma } from '../../db/client.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

/** The Prisma condition "the assignment is in force on `day`" (its first and last days included). */
export function inForceOn(day: CalendarDate): Prisma.StaffAssignmentWhereInput {
  return { from: { lte: day }, OR: [{ until: null }, { until: { gte: day } }] };
}

/** {@link inForceOn} for raw SQL over "StaffAssignment". */
function sqlInForceOn(day: CalendarDate): Prisma.Sql {
  return Prisma.sql`"from" <= ${day} AND ("until" IS NULL OR "until" >= ${day})`;
}

/** A count as the databases return it: a number on SQLite, a bigint on PostgreSQL. */
type Count = number | bigint;

/** The grids of one kind in a region. */
export interface GridKindCount {
  readonly kind: GridKind;
  readonly grids: number;
  readonly compliantGrids: number;
}

/** The people holding one grid role in a region, each person once. */
export interface RoleCount {
  readonly role: GridRole;
  readonly persons: number;
}

/** The rows of a per-region statement, grouped by region in the order of `codes`. */
function byRegion<Row extends { readonly regionCode: string }>(
  codes: readonly string[],
  rows: readonly Row[],
): Row[][] {
  return codes.map((code) => rows.filter((row) => row.regionCode === code));
}

/** A region's figures from its grids' rollup rows (src/rollups.ts, GridRollup). */
export interface GridFigures {
  /** Every kind listed. */
  readonly kinds: readonly GridKindCount[];
  readonly householdJointUnits: number;
  readonly households: number;
}

/**
 * Grids by kind and by stored compliance, household-joint units and households in each region, from
 * GridRollup (one row per grid, not one per household): one statement for the batch.
 */
export async function gridFiguresIn(db: Db, codes: readonly string[]): Promise<GridFigures[]> {
  const rows = await db.$queryRaw<
    { regionCode: string; kind: string; grids: Count; compliant: Count; units: Count; households: Count }[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "kind", COUNT(*) AS "grids",
               SUM(CASE WHEN "compliant" THEN 1 ELSE 0 END) AS "compliant",
               SUM("householdJointUnits") AS "units", SUM("households") AS "households"
        FROM "GridRollup" WHERE ${sqlWithin('gridCode', code)}
        GROUP BY "kind"`,
    ),
  );
  return byRegion(codes, rows).map((own) => ({
    kinds: GRID_KINDS.map((kind) => {
      const row = own.find((candidate) => candidate.kind === kind);
      return { kind, grids: Number(row?.grids ?? 0), compliantGrids: Number(row?.compliant ?? 0) };
    }),
    householdJointUnits: own.reduce((sum, row) => sum + Number(row.units ?? 0), 0),
    households: own.reduce((sum, row) => sum + Number(row.households ?? 0), 0),
  }));
}

/**
 * People by grid role in force on `day` in each region, every role listed: a person holding two
 * roles counts in both, a person serving two grids in one role counts once. One statement.
 */
export async function staffByRoleIn(
  db: Db,
  codes: readonly string[],
  day: CalendarDate,
): Promise<RoleCount[][]> {
  const rows = await db.$queryRaw<{ regionCode: string; role: string; persons: Count }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", "role", COUNT(DISTINCT "personId") AS "persons"
        FROM "StaffAssignment"
        WHERE ${sqlWithin('gridCode', code)} AND ${sqlInForceOn(day)}
        GROUP BY "role"`,
    ),
  );
  return byRegion(codes, rows).map((own) =>
    GRID_ROLES.map((role) => ({
      role,
      persons: Number(own.find((row) => row.role === role)?.persons ?? 0),
    })),
  );
}

/** What one per-region count counts: the rows of `from` whose `column` lies inside the region. */
interface CountedRows {
  readonly from: Prisma.Sql;
  readonly column: string;
}

/** The training sessions the region (or a place inside it) ran. */
export const TRAINING_SESSIONS: CountedRows = { from: Prisma.sql`"TrainingSession"`, column: 'regionCode' };

/** Attendance at those sessions, one row per person-time. */
export const TRAINING_PERSON_TIMES: CountedRows = {
  from: Prisma.sql`"TrainingParticipation" AS "p" JOIN "TrainingSession" AS "s" ON "s"."id" = "p"."sessionId"`,
  column: 's.regionCode',
};

/** How many `counted` rows lie inside each region, in the order of `codes`: one statement. */
export async function countsIn(db: Db, codes: readonly string[], counted: CountedRows): Promise<number[]> {
  const rows = await db.$queryRaw<{ regionCode: string; count: Count }[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", COUNT(*) AS "count"
        FROM ${counted.from} WHERE ${sqlWithin(counted.column, code)}`,
    ),
  );
  return byRegion(codes, rows).map((own) => Number(own[0]?.count ?? 0));
}

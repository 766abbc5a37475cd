// Party statistics counted in SQL for every region of a batch at once: one statement per figure,
// one UNION ALL branch per region (perRegion), each reading its table's index on the region column.
import { BRANCH_KINDS, type CadreStatus, type OrganisationKind } from '@grassroots/core';
import { type Db, Prisma } from '../../db/client.js';
import { perRegion, sqlWithin } from '../shared/scope.js';

/** The party organisations inside a region, by kind. */
export interface PartyCounts {
  readonly regionCode: string;
  readonly committees: number;
  readonly generalBranches: number;
  readonly branches: number;
  readonly gridBranches: number;
  readonly temporaryBranches: number;
  readonly groups: number;
}

/** The stationed work teams and cadres inside a region. */
export interface StationingCounts {
  readonly regionCode: string;
  readonly workTeams: number;
  readonly ledgers: number;
  readonly chatGroups: number;
  readonly cadres: number;
  readonly stationed: number;
  readonly recalled: number;
  readonly crossStationed: number;
  readonly recallCandidates: number;
}

/** The co-building activities in a region's villages. */
export interface CoBuildingCounts {
  readonly regionCode: string;
  readonly activities: number;
  readonly participants: number;
  readonly totalValueFen: number;
}

const RECALLED: CadreStatus = 'RECALLED';
const STATIONED: CadreStatus = 'STATIONED';
const kindCount = (kinds: readonly OrganisationKind[]) =>
  Prisma.sql`CAST(SUM(CASE WHEN o."kind" IN (${Prisma.join(kinds)}) THEN 1 ELSE 0 END) AS INTEGER)`;

export async function partyCounts(db: Db, codes: readonly string[]): Promise<PartyCounts[]> {
  const rows = await db.$queryRaw<Record<keyof PartyCounts, unknown>[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode",
          ${kindCount(['PARTY_COMMITTEE'])} AS "committees",
          ${kindCount(['GENERAL_BRANCH'])} AS "generalBranches",
          ${kindCount(BRANCH_KINDS)} AS "branches",
          ${kindCount(['GRID_BRANCH'])} AS "gridBranches",
          ${kindCount(['TEMPORARY_BRANCH'])} AS "temporaryBranches",
          ${kindCount(['GROUP'])} AS "groups"
        FROM "PartyOrganisation" AS o WHERE ${sqlWithin('o.regionCode', code)}`,
    ),
  );
  const byCode = new Map(rows.map((row) => [String(row.regionCode), row]));
  return codes.map((regionCode) => {
    const row = byCode.get(regionCode);
    const n = (value: unknown) => Number(value ?? 0);
    return {
      regionCode,
      committees: n(row?.committees),
      generalBranches: n(row?.generalBranches),
      branches: n(row?.branches),
      gridBranches: n(row?.gridBranches),
      temporaryBranches: n(row?.temporaryBranches),
      groups: n(row?.groups),
    };
  });
}

export async function stationingCounts(db: Db, codes: readonly string[]): Promise<StationingCounts[]> {
  // Teams and cadres are counted apart (a join would multiply the teams' burdens by their cadres).
  const teams = await db.$queryRaw<Record<'regionCode' | 'workTeams' | 'ledgers' | 'chatGroups', unknown>[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", CAST(COUNT(*) AS INTEGER) AS "workTeams",
          CAST(COALESCE(SUM(w."ledgers"), 0) AS INTEGER) AS "ledgers",
          CAST(COALESCE(SUM(w."chatGroups"), 0) AS INTEGER) AS "chatGroups"
        FROM "WorkTeam" AS w WHERE ${sqlWithin('w.villageCode', code)}`,
    ),
  );
  // A candidate is a cadre with a month the county's rules flagged (stored with the month).
  const cadres = await db.$queryRaw<
    Record<
      'regionCode' | 'cadres' | 'stationed' | 'recalled' | 'crossStationed' | 'recallCandidates',
      unknown
    >[]
  >(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", CAST(COUNT(*) AS INTEGER) AS "cadres",
          CAST(SUM(CASE WHEN c."status" = ${STATIONED} THEN 1 ELSE 0 END) AS INTEGER) AS "stationed",
          CAST(SUM(CASE WHEN c."status" = ${RECALLED} THEN 1 ELSE 0 END) AS INTEGER) AS "recalled",
          CAST(SUM(CASE WHEN c."stationing" = 'CROSS_STATIONED' THEN 1 ELSE 0 END) AS INTEGER) AS "crossStationed",
          CAST(SUM(CASE WHEN EXISTS (
            SELECT 1 FROM "CadrePresence" AS p WHERE p."cadreId" = c."id" AND p."flagged" = ${true}
          ) THEN 1 ELSE 0 END) AS INTEGER) AS "recallCandidates"
        FROM "StationedCadre" AS c WHERE ${sqlWithin('c.villageCode', code)}`,
    ),
  );
  const teamOf = new Map(teams.map((row) => [String(row.regionCode), row]));
  const cadreOf = new Map(cadres.map((row) => [String(row.regionCode), row]));
  const n = (value: unknown) => Number(value ?? 0);
  return codes.map((regionCode) => {
    const t = teamOf.get(regionCode);
    const c = cadreOf.get(regionCode);
    return {
      regionCode,
      workTeams: n(t?.workTeams),
      ledgers: n(t?.ledgers),
      chatGroups: n(t?.chatGroups),
      cadres: n(c?.cadres),
      stationed: n(c?.stationed),
      recalled: n(c?.recalled),
      crossStationed: n(c?.crossStationed),
      recallCandidates: n(c?.recallCandidates),
    };
  });
}

export async function coBuildingCounts(db: Db, codes: readonly string[]): Promise<CoBuildingCounts[]> {
  const rows = await db.$queryRaw<Record<keyof CoBuildingCounts, unknown>[]>(
    perRegion(
      codes,
      (code) => Prisma.sql`
        SELECT CAST(${code} AS TEXT) AS "regionCode", CAST(COUNT(*) AS INTEGER) AS "activities",
          CAST(COALESCE(SUM(a."participants"), 0) AS INTEGER) AS "participants",
          CAST(COALESCE(SUM(a."totalValueFen"), 0) AS BIGINT) AS "totalValueFen"
        FROM "CoBuildingActivity" AS a WHERE ${sqlWithin('a.villageCode', code)}`,
    ),
  );
  const byCode = new Map(rows.map((row) => [String(row.regionCode), row]));
  return codes.map((regionCode) => {
    const row = byCode.get(regionCode);
    return {
      regionCode,
      activities: Number(row?.activities ?? 0),
      participants: Number(row?.participants ?? 0),
      totalValueFen: Number(row?.totalValueFen ?? 0),
    };
  });
}

// 家庭积分制: the family points of the herding villages. A village's rule catalogue (村规民约 as points)
// and points shop, each household's ledger of events, balances and rankings. A balance is the sum of
// the household's events and a rank is RANK() over the village's balances, both computed in SQL;
// every change is a new event (a correction never edits the event it corrects).
import { randomUUID } from 'node:crypto';
import {
  atField,
  authorisePointsRecording,
  correctPointEvent,
  type DomainError,
  type Labels,
  type Locale,
  labelFor,
  POINT_EVENT_KIND_LABELS,
  POINTS_ACCESS_ERRORS,
  POINTS_ERRORS,
  type PointEvent,
  type PointEventKind,
  type PointLedger,
  type PointLedgerChange,
  type PointsCatalogue,
  type Result,
  redeemPoints,
  scoreRuleItem,
} from '@grassroots/core';
import { parseCursorConnectionArgs, resolveCursorConnection } from '@pothos/plugin-relay';
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../builder.js';
import type { Context } from '../context.js';
import { type Db, Prisma } from '../db/client.js';
import type {
  Household as HouseholdRow,
  PointEvent as PointEventRow,
  PointRuleItem as PointRuleItemRow,
  PointsCatalogue as PointsCatalogueRow,
} from '../generated/sqlite/client.js';
import { RegionRef } from './region/region.js';
import { decodeCursor, encodeCursor } from './shared/cursor.js';
import { calendarDate, todayOf } from './shared/dates.js';
import { type GlobalId, lookupIdOf } from './shared/ids.js';
import { labelArgs, labelledEnum, labelOf, resolveLocale } from './shared/labels.js';
import { grantsReach } from './shared/scope.js';
import { inSerializableTransaction } from './shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from './shared/user-errors.js';

export const PointEventKindEnum = labelledEnum(
  'PointEventKind',
  'The kind of a points event: an award, a deduction, a redemption at the shop or a correction.',
  POINT_EVENT_KIND_LABELS,
);

/** A label stored as Chinese and English columns, in the requested language (Tibetan falls back). */
function storedLabel(row: { labelZh: string; labelEn: string }, locale: Locale): string {
  const labels: Labels = { zh: row.labelZh, en: row.labelEn };
  return labelFor(labels, locale);
}

// ---- standings: balances and ranks in SQL ------------------------------------------------------

/** A household's place in its village: the balance (sum of its events) and its competition rank. */
interface Standing {
  readonly householdId: string;
  readonly villageCode: string;
  readonly balance: number;
  readonly rank: number;
  /** How many households the village ranks. */
  readonly households: number;
}

// Every household of a village that keeps a points catalogue, with the sum of its events (zero when
// it has none): the input of both the ranking and a household's standing. The sum is a correlated
// subquery, so each household's events are read through the (householdId, …) index; as a join with
// GROUP BY, PostgreSQL chose to scan all 113,706 events.
function villageTotals(villages: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT h."id" AS "householdId", h."villageCode" AS "villageCode",
      (SELECT COALESCE(SUM(e."delta"), 0) FROM "PointEvent" AS e WHERE e."householdId" = h."id") AS "balance"
    FROM "Household" AS h
    WHERE h."villageCode" IN (${villages})
      AND EXISTS (SELECT 1 FROM "PointsCatalogue" AS c WHERE c."villageCode" = h."villageCode")`;
}

// Standard competition ranking (1, 2, 2, 4) is SQL's RANK(); the same in SQLite ≥ 3.25 and PostgreSQL.
const RANKED_COLUMNS = Prisma.sql`
  "householdId", "villageCode",
  CAST("balance" AS INTEGER) AS "balance",
  CAST(RANK() OVER (PARTITION BY "villageCode" ORDER BY "balance" DESC) AS INTEGER) AS "rank",
  CAST(COUNT(*) OVER (PARTITION BY "villageCode") AS INTEGER) AS "households"`;

function toStanding(row: Record<keyof Standing, unknown>): Standing {
  return {
    householdId: String(row.householdId),
    villageCode: String(row.villageCode),
    balance: Number(row.balance),
    rank: Number(row.rank),
    households: Number(row.households),
  };
}

/**
 * The standings of some households, in two statements: their villages, then the ranking of those
 * villages cut to the households asked for. Null for a household of a village without points.
 */
async function loadStandings(db: Db, householdIds: readonly string[]): Promise<(Standing | null)[]> {
  // The villages are looked up first and passed as values: given them as a subquery, PostgreSQL
  // planned for every household of the county and summed all their events.
  const villages = await db.household.findMany({
    where: { id: { in: [...householdIds] } },
    select: { villageCode: true },
    distinct: ['villageCode'],
  });
  if (villages.length === 0) return householdIds.map(() => null);
  const rows = await db.$queryRaw<Record<keyof Standing, unknown>[]>`
    WITH "totals" AS (${villageTotals(Prisma.join(villages.map((v) => v.villageCode)))}),
    "ranked" AS (SELECT ${RANKED_COLUMNS} FROM "totals")
    SELECT * FROM "ranked" WHERE "householdId" IN (${Prisma.join([...householdIds])})`;
  const byId = new Map(rows.map((row) => [String(row.householdId), toStanding(row)]));
  return householdIds.map((id) => byId.get(id) ?? null);
}

type RankingCursor = readonly [balance: number, householdId: string];

function isRankingCursor(value: unknown): value is RankingCursor {
  return (
    Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && typeof value[1] === 'string'
  );
}

/**
 * One page of a village's ranking, highest balance first, ties by household id; keyset pagination
 * on (balance, household), with the rank computed over the whole village before the page is cut.
 */
async function rankingPage(
  db: Db,
  villageCode: string,
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<Standing[]> {
  const after = decodeCursor(page.after, isRankingCursor);
  const before = decodeCursor(page.before, isRankingCursor);
  const conditions = [Prisma.sql`1 = 1`];
  if (after) {
    conditions.push(
      Prisma.sql`("balance" < ${after[0]} OR ("balance" = ${after[0]} AND "householdId" > ${after[1]}))`,
    );
  }
  if (before) {
    conditions.push(
      Prisma.sql`("balance" > ${before[0]} OR ("balance" = ${before[0]} AND "householdId" < ${before[1]}))`,
    );
  }
  const order = page.inverted
    ? Prisma.sql`"balance" ASC, "householdId" DESC`
    : Prisma.sql`"balance" DESC, "householdId" ASC`;
  const rows = await db.$queryRaw<Record<keyof Standing, unknown>[]>`
    WITH "totals" AS (${villageTotals(Prisma.sql`${villageCode}`)}),
    "ranked" AS (SELECT ${RANKED_COLUMNS} FROM "totals")
    SELECT * FROM "ranked" WHERE ${Prisma.join(conditions, ' AND ')}
    ORDER BY ${order} LIMIT ${page.limit}`;
  return rows.map(toStanding);
}

// ---- a household's events, a page per household in one statement ------------------------------

type EventCursor = string;

function isEventCursor(value: unknown): value is EventCursor {
  return typeof value === 'string';
}

interface EventPage {
  readonly householdId: string;
  readonly rows: readonly PointEventRow[];
  readonly total: number;
}

/**
 * The same page of events (newest first: by day, then recording time, then id) for several
 * households: ROW_NUMBER() per household picks each one's page in one statement, a second loads the
 * rows, a third counts each ledger. Keyset cursors, so a page costs the same wherever it starts.
 */
async function loadEventPages(
  db: Db,
  householdIds: readonly string[],
  page: { after?: string; before?: string; limit: number; inverted: boolean },
): Promise<EventPage[]> {
  const after = decodeCursor(page.after, isEventCursor);
  const before = decodeCursor(page.before, isEventCursor);
  const key = Prisma.sql`("occurredOn", "recordedAt", "id")`;
  const conditions = [Prisma.sql`"householdId" IN (${Prisma.join([...householdIds])})`];
  if (after) {
    conditions.push(
      Prisma.sql`${key} < (SELECT "occurredOn", "recordedAt", "id" FROM "PointEvent" WHERE "id" = ${after})`,
    );
  }
  if (before) {
    conditions.push(
      Prisma.sql`${key} > (SELECT "occurredOn", "recordedAt", "id" FROM "PointEvent" WHERE "id" = ${before})`,
    );
  }
  const direction = page.inverted ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const picked = await db.$queryRaw<{ id: string; n: unknown }[]>`
    SELECT "id", "n" FROM (
      SELECT "id", ROW_NUMBER() OVER (
        PARTITION BY "householdId"
        ORDER BY "occurredOn" ${direction}, "recordedAt" ${direction}, "id" ${direction}
      ) AS "n"
      FROM "PointEvent" WHERE ${Prisma.join(conditions, ' AND ')}
    ) AS "numbered" WHERE "n" <= ${page.limit}`;
  const order = new Map(picked.map((row) => [row.id, Number(row.n)]));
  const [rows, counts] = await Promise.all([
    order.size === 0 ? [] : db.pointEvent.findMany({ where: { id: { in: [...order.keys()] } } }),
    db.pointEvent.groupBy({
      by: ['householdId'],
      where: { householdId: { in: [...householdIds] } },
      _count: { _all: true },
    }),
  ]);
  const totals = new Map(counts.map((count) => [count.householdId, count._count._all]));
  return householdIds.map((householdId) => ({
    householdId,
    rows: rows
      .filter((row) => row.householdId === householdId)
      .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)),
    total: totals.get(householdId) ?? 0,
  }));
}

// ---- types -------------------------------------------------------------------------------------

builder.prismaObject('PointRuleItem', {
  description: 'One rule of a village’s points catalogue (积分细则) and the points it is worth.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The item’s code, stable across versions (COLLECTIVE_LABOUR).',
    }),
    label: t.string({
      description: 'What the rule rewards or penalises, in the requested language.',
      args: labelArgs,
      resolve: (item, args, context) => storedLabel(item, resolveLocale(args.locale, context.locale)),
    }),
    labelZh: t.exposeString('labelZh', { description: 'The rule in Chinese.' }),
    labelEn: t.exposeString('labelEn', { description: 'The rule in English.' }),
    points: t.exposeInt('points', { description: 'Points given (positive) or taken (negative) each time.' }),
  }),
});

const PointsCatalogueRef = builder.prismaNode('PointsCatalogue', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One version of a village’s points catalogue (家庭积分制 积分细则), in force from a day until the next ' +
    'version; events keep the version they were scored by.',
  fields: (t) => ({
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
    village: t.prismaField({
      type: 'Region',
      description: 'The village whose rules these are.',
      resolve: (query, catalogue, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: catalogue.villageCode } }),
    }),
    version: t.exposeInt('version', { description: 'The version, counting from 1.' }),
    effectiveFrom: t.field({
      type: 'Date',
      description: 'The first day the version is in force.',
      resolve: (catalogue) => catalogue.effectiveFrom,
    }),
    items: t.relation('items', {
      description: 'The rule items, awards first, largest first.',
      query: { orderBy: [{ points: 'desc' }, { code: 'asc' }] },
    }),
  }),
});

const PointsShopItemRef = builder.prismaNode('PointsShopItem', {
  id: { field: 'id' },
  nullable: true,
  description: 'Something a household can take from the village’s points shop (积分超市), priced in points.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The item’s code in the village’s shop.' }),
    label: t.string({
      description: 'The item in the requested language.',
      args: labelArgs,
      resolve: (item, args, context) => storedLabel(item, resolveLocale(args.locale, context.locale)),
    }),
    labelZh: t.exposeString('labelZh', { description: 'The item in Chinese.' }),
    labelEn: t.exposeString('labelEn', { description: 'The item in English.' }),
    price: t.exposeInt('price', { description: 'Points per unit.' }),
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
  }),
});

export const PointEventRef = builder.prismaNode('PointEvent', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One event of a household’s points ledger (积分台账). Never edited: a correction is a later event ' +
    'that refers to the one it corrects.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    household: t.prismaField({
      type: 'Household',
      description: 'The household whose ledger this is.',
      resolve: (query, event, _args, context) =>
        context.db.household.findUniqueOrThrow({ ...query, where: { id: event.householdId } }),
    }),
    kind: t.field({
      type: PointEventKindEnum,
      description: 'Award, deduction, redemption or correction.',
      resolve: (event) => event.kind as PointEventKind,
    }),
    kindLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (event, args, context) =>
        labelOf(POINT_EVENT_KIND_LABELS, event.kind as PointEventKind, args, context),
    }),
    delta: t.exposeInt('delta', { description: 'The change of the balance: positive adds, negative takes.' }),
    occurredOn: t.field({
      type: 'Date',
      description: 'The day the deed, the redemption or the correction happened.',
      resolve: (event) => event.occurredOn,
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When the event was recorded.' }),
    recordedBy: t.exposeString('recordedBy', {
      description: 'Who recorded it: the person id of the grid staff member, or the token subject.',
    }),
    itemCode: t.exposeString('itemCode', {
      nullable: true,
      description: 'The rule item scored (awards and deductions).',
    }),
    catalogueVersion: t.exposeInt('catalogueVersion', {
      nullable: true,
      description: 'The catalogue version the item was scored by (awards and deductions).',
    }),
    note: t.exposeString('note', { nullable: true, description: 'A note on the deed, if any.' }),
    shopItemCode: t.exposeString('shopItemCode', {
      nullable: true,
      description: 'The shop item taken (redemptions).',
    }),
    quantity: t.exposeInt('quantity', {
      nullable: true,
      description: 'How many units were taken (redemptions).',
    }),
    correctsEvent: t.prismaField({
      type: 'PointEvent',
      nullable: true,
      description: 'The event this one corrects (corrections).',
      resolve: (query, event, _args, context) =>
        event.correctsEventId === null
          ? null
          : context.db.pointEvent.findUnique({ ...query, where: { id: event.correctsEventId } }),
    }),
    reason: t.exposeString('reason', {
      nullable: true,
      description: 'Why the correction was made (corrections).',
    }),
  }),
});

const PointEventConnection = builder.connectionObject({
  type: PointEventRef,
  name: 'HouseholdPointEventConnection',
  description: 'A page of a household’s points events, newest first.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'How many events the household’s ledger holds, counted in the database.',
      resolve: (connection) => (connection as unknown as { totalCount: number }).totalCount,
    }),
  }),
});

const HouseholdPointsRef = builder.objectRef<Standing>('HouseholdPoints').implement({
  description: 'A household’s family points: its balance, its rank in the village, and its ledger.',
  fields: (t) => ({
    balance: t.exposeInt('balance', { description: 'The sum of every event of the ledger (SUM in SQL).' }),
    rank: t.exposeInt('rank', {
      description:
        'The place in the village, highest balance first; equal balances share a place (1, 2, 2, 4).',
    }),
    households: t.exposeInt('households', { description: 'How many households the village ranks.' }),
    villageCode: t.exposeString('villageCode', { description: 'The village the household is ranked in.' }),
    events: t.loadable({
      type: PointEventConnection,
      description: 'The ledger, newest first (by day, then recording time).',
      // One loader per place in the query, so every household of a list shares the page arguments
      // and their pages load together.
      byPath: true,
      args: { ...t.arg.connectionArgs() },
      load: async (householdIds: string[], context: Context, args) => {
        const options = { args, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE };
        const pages = await loadEventPages(context.db, householdIds, parseCursorConnectionArgs(options));
        return Promise.all(
          pages.map(async (page) => ({
            ...(await resolveCursorConnection<PointEventRow[]>(
              { ...options, toCursor: (row) => encodeCursor(row.id) },
              () => [...page.rows],
            )),
            totalCount: page.total,
          })),
        );
      },
      resolve: (standing) => standing.householdId,
    }),
  }),
});

const PointsStandingRef = builder.objectRef<Standing>('PointsStanding').implement({
  description: 'One household in its village’s points ranking.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'The place; equal balances share a place (1, 2, 2, 4).' }),
    balance: t.exposeInt('balance', { description: 'The household’s balance.' }),
    household: t.prismaField({
      type: 'Household',
      description: 'The household.',
      resolve: (query, standing, _args, context) =>
        context.db.household.findUniqueOrThrow({ ...query, where: { id: standing.householdId } }),
    }),
  }),
});

builder.prismaObjectFields('Household', (t) => ({
  points: t.loadable({
    type: HouseholdPointsRef,
    nullable: true,
    description:
      'The household’s family points (家庭积分制); null when its village keeps no points catalogue.',
    load: (householdIds: string[], context: Context) => loadStandings(context.db, householdIds),
    resolve: (household) => household.id,
  }),
}));

builder.objectFields(RegionRef, (t) => ({
  pointsRanking: t.connection(
    {
      type: PointsStandingRef,
      description:
        'The households of a village ranked by points balance (村内积分排名), computed in SQL with RANK(); ' +
        'empty for a region that is not a village keeping a points catalogue.',
      authScopes: { authenticated: true },
      resolve: async (region, args, context) => {
        const connection = await resolveCursorConnection<Promise<Standing[]>>(
          {
            args,
            defaultSize: DEFAULT_PAGE_SIZE,
            maxSize: MAX_PAGE_SIZE,
            toCursor: (s: Standing) => encodeCursor([s.balance, s.householdId]),
          },
          (page) => rankingPage(context.db, region.code, page),
        );
        return { ...connection, totalCount: () => rankedHouseholds(context.db, region.code) };
      },
    },
    {
      name: 'PointsRankingConnection',
      description: 'A page of a village’s points ranking.',
      fields: (connection) => ({
        totalCount: connection.int({
          description: 'How many households the village ranks, counted in the database.',
          resolve: (page) => (page as unknown as { totalCount: () => Promise<number> }).totalCount(),
        }),
      }),
    },
  ),
  // Loaded for all regions of a list at once, so a list of villages costs one statement.
  pointsCatalogues: t.loadableGroup({
    type: PointsCatalogueRef,
    description: 'The versions of the village’s points catalogue, oldest first; empty elsewhere.',
    load: (villageCodes: string[], context: Context) =>
      context.db.pointsCatalogue.findMany({
        where: { villageCode: { in: villageCodes } },
        orderBy: [{ villageCode: 'asc' }, { version: 'asc' }],
      }),
    group: (catalogue) => catalogue.villageCode,
    resolve: (region) => region.code,
  }),
  pointsShopItems: t.loadableGroup({
    type: PointsShopItemRef,
    description: 'What the village’s points shop offers, cheapest first; empty elsewhere.',
    load: (villageCodes: string[], context: Context) =>
      context.db.pointsShopItem.findMany({
        where: { villageCode: { in: villageCodes } },
        orderBy: [{ price: 'asc' }, { code: 'asc' }],
      }),
    group: (item) => item.villageCode,
    resolve: (region) => region.code,
  }),
}));

/** How many households a village ranks: all of them when it keeps a points catalogue, else none. */
async function rankedHouseholds(db: Db, villageCode: string): Promise<number> {
  const [row] = await db.$queryRaw<{ count: unknown }[]>`
    SELECT CAST(COUNT(*) AS INTEGER) AS "count" FROM "Household" AS h
    WHERE h."villageCode" = ${villageCode}
      AND EXISTS (SELECT 1 FROM "PointsCatalogue" AS c WHERE c."villageCode" = h."villageCode")`;
  return Number(row?.count ?? 0);
}

// ---- mutations ---------------------------------------------------------------------------------

function toPointEvent(row: PointEventRow): PointEvent {
  const base = {
    id: row.id,
    householdId: row.householdId,
    villageCode: row.villageCode,
    delta: row.delta,
    occurredOn: calendarDate(row.occurredOn),
    recordedAt: row.recordedAt,
    recordedBy: row.recordedBy,
  };
  switch (row.kind as PointEventKind) {
    case 'REDEMPTION':
      return {
        ...base,
        kind: 'REDEMPTION',
        shopItemCode: row.shopItemCode ?? '',
        quantity: row.quantity ?? 0,
      };
    case 'CORRECTION':
      return {
        ...base,
        kind: 'CORRECTION',
        correctsEventId: row.correctsEventId ?? '',
        reason: row.reason ?? '',
      };
    default:
      return {
        ...base,
        kind: row.kind as 'AWARD' | 'DEDUCTION',
        itemCode: row.itemCode ?? '',
        catalogueVersion: row.catalogueVersion ?? 0,
        note: row.note,
      };
  }
}

/** Core's event as the columns that store it. */
function eventColumns(event: PointEvent): Prisma.PointEventCreateInput {
  return {
    id: event.id,
    householdId: event.householdId,
    villageCode: event.villageCode,
    kind: event.kind,
    delta: event.delta,
    occurredOn: event.occurredOn,
    recordedAt: event.recordedAt,
    recordedBy: event.recordedBy,
    itemCode: 'itemCode' in event ? event.itemCode : null,
    catalogueVersion: 'catalogueVersion' in event ? event.catalogueVersion : null,
    note: 'note' in event ? event.note : null,
    shopItemCode: 'shopItemCode' in event ? event.shopItemCode : null,
    quantity: 'quantity' in event ? event.quantity : null,
    correctsEventId: 'correctsEventId' in event ? event.correctsEventId : null,
    reason: 'reason' in event ? event.reason : null,
  };
}

function toCatalogue(row: PointsCatalogueRow & { items: PointRuleItemRow[] }): PointsCatalogue {
  return {
    villageCode: row.villageCode,
    version: row.version,
    effectiveFrom: calendarDate(row.effectiveFrom),
    items: row.items.map((item) => ({
      code: item.code,
      label: { zh: item.labelZh, en: item.labelEn },
      points: item.points,
    })),
  };
}

/**
 * The catalogue versions keeping only the items that give points (for an award) or take them (for
 * a deduction): pointsAward cannot record a deduction by naming the wrong item, nor the reverse.
 */
function itemsOfKind(history: readonly PointsCatalogue[], kind: 'AWARD' | 'DEDUCTION'): PointsCatalogue[] {
  return history.map((catalogue) => ({
    ...catalogue,
    items: catalogue.items.filter((item) => (kind === 'AWARD' ? item.points > 0 : item.points < 0)),
  }));
}

async function catalogueHistory(tx: Db, villageCode: string): Promise<PointsCatalogue[]> {
  const rows = await tx.pointsCatalogue.findMany({
    where: { villageCode },
    include: { items: true },
    orderBy: { version: 'asc' },
  });
  return rows.map(toCatalogue);
}

/** What a rule decides from the household's whole ledger: the change to store, or why not. */
type Decision = (
  tx: Db,
  ledger: PointLedger,
  household: HouseholdRow,
) => Promise<Result<PointLedgerChange, DomainError>>;

/**
 * Loads the household's ledger, lets core's rule decide, and stores the one new event, all in one
 * serializable transaction: two redemptions from one balance at once cannot both pass.
 */
function recordPointEvent(
  context: Context,
  householdId: string,
  notFound: DomainError,
  decide: Decision,
): Promise<Payload<PointEventRow>> {
  return inSerializableTransaction(context.db, async (tx) => {
    const household = await tx.household.findUnique({ where: { id: householdId } });
    if (!household || !grantsReach(context.actor, household.gridCode)) return failed(notFound);
    const allowed = authorisePointsRecording(context.actor, household.gridCode);
    if (!allowed.ok) return failed(allowed.error);
    const rows = await tx.pointEvent.findMany({
      where: { householdId: household.id },
      orderBy: [{ occurredOn: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }],
    });
    const ledger = {
      householdId: household.id,
      villageCode: household.villageCode,
      events: rows.map(toPointEvent),
    };
    const change = await decide(tx, ledger, household);
    if (!change.ok) return failed(change.error);
    return succeeded(await tx.pointEvent.create({ data: eventColumns(change.value.event) }));
  });
}

/** Who records, when and with which new id. */
function recording(context: Context, occurredOn: string | null | undefined) {
  return {
    id: `PE-${randomUUID()}`,
    occurredOn: calendarDate(occurredOn ?? todayOf(context)),
    recordedAt: context.now,
    recordedBy: context.actor.personId ?? context.subject,
  };
}

function pointsMutationTypes(name: string, description: string, errors: readonly DomainError[]) {
  const UserError = userErrorType(`${name}UserError`, `Why ${description.toLowerCase()} was refused.`, [
    ...errors,
    POINTS_ACCESS_ERRORS.FORBIDDEN,
  ]);
  return payloadType(
    `${name}Payload`,
    `The result of ${description.toLowerCase()}.`,
    {
      field: 'event',
      type: PointEventRef,
      description: 'The new event as stored; null when refused (then nothing was written).',
    },
    { type: UserError, description: 'Why the action was refused; empty on success.' },
  );
}

const RECORDING_ERRORS = [POINTS_ERRORS.REQUIRED, POINTS_ERRORS.DUPLICATE_EVENT, POINTS_ERRORS.TIME];
const SCORING_ERRORS = [
  ...RECORDING_ERRORS,
  POINTS_ERRORS.OTHER_VILLAGE,
  POINTS_ERRORS.NO_CATALOGUE,
  POINTS_ERRORS.UNKNOWN_ITEM,
  POINTS_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND,
];

const PointsAwardPayload = pointsMutationTypes('PointsAward', 'An award', SCORING_ERRORS);
const PointsDeductPayload = pointsMutationTypes('PointsDeduct', 'A deduction', SCORING_ERRORS);
const PointsRedeemPayload = pointsMutationTypes('PointsRedeem', 'A redemption', [
  ...RECORDING_ERRORS,
  POINTS_ERRORS.QUANTITY,
  POINTS_ERRORS.INSUFFICIENT_BALANCE,
  POINTS_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND,
  POINTS_ACCESS_ERRORS.SHOP_ITEM_NOT_FOUND,
]);
const PointsCorrectPayload = pointsMutationTypes('PointsCorrect', 'A correction', [
  ...RECORDING_ERRORS,
  POINTS_ERRORS.EVENT_NOT_FOUND,
  POINTS_ERRORS.CORRECTION_OF_CORRECTION,
  POINTS_ERRORS.DELTA,
  POINTS_ERRORS.CORRECTION_OVERSHOOT,
  POINTS_ERRORS.INSUFFICIENT_BALANCE,
]);

const PointsScoreInput = (name: string, what: string) =>
  builder.inputType(name, {
    description: `${what} by an item of the village’s points catalogue in force on the day.`,
    fields: (t) => ({
      householdId: t.globalID({ required: true, description: 'The household.' }),
      itemCode: t.string({ required: true, description: 'The rule item, for example COLLECTIVE_LABOUR.' }),
      occurredOn: t.field({
        type: 'Date',
        required: false,
        description: 'The day of the deed; defaults to today. Not after today.',
      }),
      note: t.string({ required: false, description: 'A note on the deed.' }),
    }),
  });

/** What an award or a deduction names (see {@link PointsScoreInput}). */
interface ScoreInput {
  readonly householdId: GlobalId;
  readonly itemCode: string;
  readonly occurredOn?: string | null;
  readonly note?: string | null;
}

/**
 * Scores a deed by an item of the village's catalogue in force on the day: an award only by the
 * items that give points, a deduction only by those that take them.
 */
function scoreDeed(context: Context, input: ScoreInput, kind: 'AWARD' | 'DEDUCTION') {
  return recordPointEvent(
    context,
    lookupIdOf(input.householdId, 'Household'),
    POINTS_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND,
    async (tx, ledger) =>
      scoreRuleItem(ledger, itemsOfKind(await catalogueHistory(tx, ledger.villageCode), kind), {
        ...recording(context, input.occurredOn),
        itemCode: input.itemCode,
        note: input.note,
      }),
  );
}

const PointsAwardInput = PointsScoreInput('PointsAwardInput', 'Points given for a deed');
const PointsDeductInput = PointsScoreInput(
  'PointsDeductInput',
  'Points taken for a breach of the village rules',
);

const PointsRedeemInput = builder.inputType('PointsRedeemInput', {
  description: 'Goods taken from the village’s points shop, paid in points.',
  fields: (t) => ({
    householdId: t.globalID({ required: true, description: 'The household.' }),
    shopItemId: t.globalID({ required: true, description: 'The shop item, of the household’s village.' }),
    quantity: t.int({ required: false, defaultValue: 1, description: 'How many units; 1 by default.' }),
    occurredOn: t.field({ type: 'Date', required: false, description: 'The day; defaults to today.' }),
  }),
});

const PointsCorrectInput = builder.inputType('PointsCorrectInput', {
  description: 'A correction of an earlier event, recorded today as a new event.',
  fields: (t) => ({
    eventId: t.globalID({ required: true, description: 'The event to correct (not itself a correction).' }),
    delta: t.int({
      required: true,
      description: 'The change: -5 cancels an award of 5; the event’s net value never changes sign.',
    }),
    reason: t.string({ required: true, description: 'Why the correction is made.' }),
  }),
});

builder.mutationFields((t) => ({
  pointsAward: t.field({
    type: PointsAwardPayload,
    description: 'Gives a household points for a deed by its village’s rules (加分).',
    args: { input: t.arg({ type: PointsAwardInput, required: true, description: 'The award.' }) },
    resolve: (_root, { input }, context) => scoreDeed(context, input, 'AWARD'),
  }),
  pointsDeduct: t.field({
    type: PointsDeductPayload,
    description:
      'Takes points from a household for a breach of its village’s rules (扣分); a deduction may take the ' +
      'balance below zero.',
    args: { input: t.arg({ type: PointsDeductInput, required: true, description: 'The deduction.' }) },
    resolve: (_root, { input }, context) => scoreDeed(context, input, 'DEDUCTION'),
  }),
  pointsRedeem: t.field({
    type: PointsRedeemPayload,
    description:
      'Spends a household’s points at its village’s points shop (积分兑换). Never below zero: a redemption ' +
      'the balance cannot pay is refused with POINTS_INSUFFICIENT_BALANCE and nothing is written.',
    args: { input: t.arg({ type: PointsRedeemInput, required: true, description: 'The redemption.' }) },
    resolve: (_root, { input }, context) =>
      recordPointEvent(
        context,
        lookupIdOf(input.householdId, 'Household'),
        POINTS_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND,
        async (tx, ledger, household) => {
          const item = await tx.pointsShopItem.findFirst({
            where: { id: lookupIdOf(input.shopItemId, 'PointsShopItem'), villageCode: household.villageCode },
          });
          if (!item) return { ok: false, error: POINTS_ACCESS_ERRORS.SHOP_ITEM_NOT_FOUND };
          return redeemPoints(
            ledger,
            { code: item.code, label: { zh: item.labelZh, en: item.labelEn }, price: item.price },
            input.quantity ?? 1,
            recording(context, input.occurredOn),
          );
        },
      ),
  }),
  pointsCorrect: t.field({
    type: PointsCorrectPayload,
    description:
      'Corrects an earlier event by recording a new CORRECTION event that refers to it (更正); the earlier ' +
      'event is never changed.',
    args: { input: t.arg({ type: PointsCorrectInput, required: true, description: 'The correction.' }) },
    resolve: async (_root, { input }, context) => {
      const eventId = lookupIdOf(input.eventId, 'PointEvent');
      // Events never change, so the household an event belongs to can be read before the transaction.
      const target = await context.db.pointEvent.findUnique({
        where: { id: eventId },
        select: { householdId: true },
      });
      const notFound = atField(POINTS_ERRORS.EVENT_NOT_FOUND, ['eventId']);
      if (!target) return failed(notFound);
      return recordPointEvent(context, target.householdId, notFound, async (_tx, ledger) =>
        correctPointEvent(ledger, {
          id: `PE-${randomUUID()}`,
          correctsEventId: eventId,
          delta: input.delta,
          reason: input.reason,
          recordedAt: context.now,
          recordedBy: context.actor.personId ?? context.subject,
        }),
      );
    },
  }),
}));

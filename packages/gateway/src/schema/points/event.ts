// A household's points events (积分台账) and the business actions that record them: an award or a
// deduction by the village's catalogue, a redemption at its shop, a correction of an earlier event.
// Core's ledger rules decide from the whole ledger; the new event is stored in the same serializable
// transaction.
import { randomUUID } from 'node:crypto';
import {
  atField,
  authoriseDirectScoring,
  authorisePointsRecording,
  cataloguesOfKind,
  correctPointEvent,
  type DomainError,
  POINT_EVENT_KIND_LABELS,
  POINTS_ACCESS_ERRORS,
  POINTS_ERRORS,
  POINTS_PROCESS_ERRORS,
  type PointLedger,
  type PointLedgerChange,
  type PointsCatalogue,
  pointsPolicyFor,
  type Result,
  readScope,
  redeemInCycle,
  scoreRuleItem,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type {
  Household as HouseholdRow,
  PointEvent as PointEventRow,
} from '../../generated/sqlite/client.js';
import {
  pointEventMapper,
  pointLedgerMapper,
  pointsCatalogueMapper,
  pointsShopItemMapper,
} from '../../mappers/points.js';
import { personLoader } from '../matter/matter.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { grantsReach, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { PointEventKindEnum } from './enums.js';

// An event is kept by village (its index); a grid grant reaches the events of its own grid's
// households, whose references are H-<grid code>-<number>, so a range on the reference.
export const pointEventReadable = nodeScope(
  'PointEvent',
  'pointEvent',
  (context: Context): Prisma.PointEventWhereInput => {
    const scope = readScope(context.actor, 'POINTS_LEDGER');
    if (scope.everyone) return {};
    const reach: Prisma.PointEventWhereInput[] = [
      ...scope.regions.map((code) => within('villageCode', code)),
      ...scope.grids.map((grid) => ({ householdId: { gte: `H-${grid}-`, lt: `H-${grid}.` } })),
    ];
    return reach.length === 0 ? { id: { in: [] } } : { OR: reach };
  },
);

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
      resolve: (event) => pointEventMapper.toDomain(event).kind,
    }),
    kindLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (event, args, context) =>
        labelOf(POINT_EVENT_KIND_LABELS, pointEventMapper.toDomain(event).kind, args, context),
    }),
    delta: t.exposeInt('delta', { description: 'The change of the balance: positive adds, negative takes.' }),
    occurredOn: t.field({
      type: 'Date',
      description: 'The day the deed, the redemption or the correction happened.',
      resolve: (event) => event.occurredOn,
    }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When the event was recorded.' }),
    recordedBy: t.loadable(
      personLoader<PointEventRow>(
        'The grid staff member who recorded it, masked as the caller may see them; null when the token that ' +
          'recorded it named no person.',
        (event) => event.recordedBy,
      ),
    ),
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

async function catalogueHistory(tx: Db, villageCode: string): Promise<PointsCatalogue[]> {
  const rows = await tx.pointsCatalogue.findMany({
    where: { villageCode },
    include: { items: true },
    orderBy: { version: 'asc' },
  });
  return rows.map(pointsCatalogueMapper.toDomain);
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
    const change = await decide(tx, pointLedgerMapper.toDomain(household, rows), household);
    if (!change.ok) return failed(change.error);
    return succeeded(await tx.pointEvent.create({ data: pointEventMapper.toColumns(change.value.event) }));
  });
}

/** The id of an event recorded through the API. */
function newEventId(): string {
  return `PE-${randomUUID()}`;
}

/** Who records, when and with which new id. */
function recording(context: Context, occurredOn: string | null | undefined) {
  return {
    id: newEventId(),
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
  POINTS_PROCESS_ERRORS.PROCESS_REQUIRED,
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
  POINTS_PROCESS_ERRORS.REDEMPTION_CLOSED,
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

/** The input naming a deed to score: an award, a deduction, or a proposal of either. */
export const PointsScoreInput = (name: string, what: string) =>
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
    async (tx, ledger, household) => {
      const deed = recording(context, input.occurredOn);
      const direct = authoriseDirectScoring(
        context.actor,
        household.gridCode,
        pointsPolicyFor(household.villageCode),
        deed.occurredOn,
      );
      if (!direct.ok) return direct;
      return scoreRuleItem(ledger, cataloguesOfKind(await catalogueHistory(tx, ledger.villageCode), kind), {
        ...deed,
        itemCode: input.itemCode,
        note: input.note,
      });
    },
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
    deprecationReason:
      'Awards go through the points process (pointsProposalCreate → session → posting → close). Kept only for ' +
      'the county entering already-evaluated decisions dated before its policy’s adoption.',
    description:
      'Enters an already-evaluated award of a deed before the county adopted the points process (加分, ' +
      'historic ledgers), by a county administrator; from the adoption on it is refused with ' +
      'POINTS_PROCESS_REQUIRED, and grid staff are refused with POINTS_FORBIDDEN.',
    args: { input: t.arg({ type: PointsAwardInput, required: true, description: 'The award.' }) },
    resolve: (_root, { input }, context) => scoreDeed(context, input, 'AWARD'),
  }),
  pointsDeduct: t.field({
    type: PointsDeductPayload,
    deprecationReason:
      'Deductions go through the points process (pointsProposalCreate → session → posting → close). Kept only ' +
      'for the county entering already-evaluated decisions dated before its policy’s adoption.',
    description:
      'Enters an already-evaluated deduction (扣分) dated before the county adopted the points process, by a ' +
      'county administrator (see pointsAward); a deduction may take the balance below zero.',
    args: { input: t.arg({ type: PointsDeductInput, required: true, description: 'The deduction.' }) },
    resolve: (_root, { input }, context) => scoreDeed(context, input, 'DEDUCTION'),
  }),
  pointsRedeem: t.field({
    type: PointsRedeemPayload,
    description:
      'Spends a household’s points at its village’s points shop (积分兑换). Never below zero: a redemption ' +
      'the balance cannot pay is refused with POINTS_INSUFFICIENT_BALANCE and nothing is written. From the ' +
      'county’s adoption of the points process on, only on a day the shop is open by its cycle ' +
      '(改则县: days 15–25 of every month), else POINTS_REDEMPTION_CLOSED.',
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
          return redeemInCycle(
            pointsPolicyFor(household.villageCode),
            ledger,
            pointsShopItemMapper.toDomain(item),
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
          id: newEventId(),
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

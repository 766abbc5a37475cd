// The recall workflow (召回) of stationed cadres: cases through core's transition table, one mutation
// per action, each refusal a userError with core's code. Party organisers of the cadre's village
// (county, township or village grant) act; the decision day is the request's day in Asia/Shanghai.
import { randomUUID } from 'node:crypto';
import {
  authorisePartyChange,
  cadreAfterRecall,
  type DomainError,
  flagCadre,
  mayRead,
  PARTY_ERRORS,
  RECALL_ERRORS,
  RECALL_REASON_LABELS,
  RECALL_STATE_LABELS,
  type RecallAction,
  type RecallReason,
  stationingRulesFor,
  transitionRecall,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type { RecallCase as RecallCaseRow } from '../../generated/sqlite/client.js';
import { recallCaseMapper, stationedCadreMapper } from '../../mappers/party.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { cadreWhere } from './cadre.js';
import { RecallReasonEnum, RecallStateEnum } from './enums.js';

nodeScope('RecallCase', 'recallCase', (context: Context) =>
  readableWhere(context, 'STATIONED_CADRE', { code: 'villageCode' }),
);

const RecallCaseRef = builder.prismaNode('RecallCase', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A recall case (召回) of a stationed cadre: flagged, reviewed, then recalled (referred, talked, the ' +
    'sending unit notified, replaced) or cleared. For party organisers and the county and township officers ' +
    'of the village.',
  authScopes: (r, context) => mayRead(context.actor, 'STATIONED_CADRE', { regionCode: r.villageCode }),
  fields: (t) => ({
    reason: t.field({
      type: RecallReasonEnum,
      description: 'The reason.',
      resolve: (r) => recallCaseMapper.toDomain(r).reason,
    }),
    reasonLabel: t.string({
      description: 'The reason in the requested language.',
      args: labelArgs,
      resolve: (r, args, context) =>
        labelOf(RECALL_REASON_LABELS, recallCaseMapper.toDomain(r).reason, args, context),
    }),
    state: t.field({
      type: RecallStateEnum,
      description: 'Where the case stands.',
      resolve: (r) => recallCaseMapper.toDomain(r).state,
    }),
    stateLabel: t.string({
      description: 'The state in the requested language.',
      args: labelArgs,
      resolve: (r, args, context) =>
        labelOf(RECALL_STATE_LABELS, recallCaseMapper.toDomain(r).state, args, context),
    }),
    note: t.exposeString('note', {
      description: 'The latest note: why it was opened, reviewed, recalled or cleared.',
    }),
    openedOn: t.field({ type: 'Date', description: 'When the case was opened.', resolve: (r) => r.openedOn }),
    decidedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the last review or decision.',
      resolve: (r) => r.decidedOn,
    }),
    referredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was referred to the discipline inspection commission (移交纪委监委).',
      resolve: (r) => r.referredOn,
    }),
    talkOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the formal talk (约谈) was held.',
      resolve: (r) => r.talkOn,
    }),
    talkWith: t.exposeString('talkWith', {
      nullable: true,
      description: 'With whom: the temporary branch secretary, as recorded.',
    }),
    sendingUnitNotifiedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the sending unit was notified.',
      resolve: (r) => r.sendingUnitNotifiedOn,
    }),
    replacementDueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day by which the replacement must arrive; set on recall.',
      resolve: (r) => r.replacementDueOn,
    }),
    version: t.exposeInt('version', {
      description: 'Changes with every step; pass it back as expectedVersion.',
    }),
    cadre: t.relation('cadre', { description: 'The cadre.' }),
  }),
});

// ---- mutations ---------------------------------------------------------------------------------

const RECALL_USER_ERRORS: readonly DomainError[] = [...Object.values(RECALL_ERRORS), PARTY_ERRORS.FORBIDDEN];

/** The payload of every recall mutation: the case as stored, or why not. */
const payloadOf = (name: string, verb: string) =>
  payloadType(
    `${name}Payload`,
    `The result of ${verb}.`,
    { field: 'recallCase', type: RecallCaseRef, description: 'The case as stored; null when refused.' },
    {
      type: userErrorType(`${name}UserError`, `Why ${verb} was refused.`, RECALL_USER_ERRORS),
      description: 'Why it was refused; empty on success.',
    },
  );

/** The cadre named by a global id, if the caller may read it; with the organiser's refusal if any. */
async function cadreFor(tx: Db, context: Context, globalId: GlobalId) {
  return tx.stationedCadre.findFirst({
    where: { AND: [{ id: lookupIdOf(globalId, 'StationedCadre') }, cadreWhere(context)] },
  });
}

const RecallCaseOpenInput = builder.inputType('RecallCaseOpenInput', {
  description: 'A recall case to open for a cadre (标记待核查).',
  fields: (t) => ({
    cadreId: t.globalID({ required: true, description: 'The stationed cadre.' }),
    reason: t.field({ type: RecallReasonEnum, required: true, description: 'The reason found or reported.' }),
    note: t.string({ required: true, description: 'What was found, and by whom.' }),
  }),
});

builder.mutationField('recallCaseOpen', (t) =>
  t.field({
    type: payloadOf('RecallCaseOpen', 'opening a recall case'),
    description:
      'Opens a recall case (FLAGGED) for a stationed cadre. A party organiser of the cadre’s village; a cadre ' +
      'has at most one open case.',
    args: { input: t.arg({ type: RecallCaseOpenInput, required: true, description: 'The case.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<RecallCaseRow>> => {
        const cadre = await cadreFor(tx, context, input.cadreId);
        if (!cadre) return failed({ ...RECALL_ERRORS.CADRE_NOT_FOUND, field: ['cadreId'] });
        const allowed = authorisePartyChange(context.actor, cadre.villageCode);
        if (!allowed.ok) return failed(allowed.error);
        const open = await tx.recallCase.findFirst({
          where: { cadreId: cadre.id, state: { in: ['FLAGGED', 'REVIEWED', 'RECALLED'] } },
          select: { id: true },
        });
        if (open) return failed({ ...RECALL_ERRORS.OPEN_CASE_EXISTS, field: ['cadreId'] });
        const opened = flagCadre({
          id: `RC-${randomUUID()}`,
          cadreId: cadre.id,
          reason: input.reason as RecallReason,
          openedOn: todayOf(context),
          note: input.note,
        });
        if (!opened.ok) return failed(opened.error);
        return succeeded(
          await tx.recallCase.create({ data: recallCaseMapper.toColumns(opened.value, cadre.villageCode) }),
        );
      }),
  }),
);

/**
 * Applies one action to a case: loads it (inside the caller's reach), checks the organiser, lets core
 * decide, writes the case under its version (a concurrent step makes this one stale) and, for a
 * recall, ends the cadre's stationing as core says.
 */
async function applyRecallAction(
  context: Context,
  input: { readonly id: GlobalId; readonly expectedVersion?: number | null },
  action: (tx: Db) => Promise<RecallAction | DomainError>,
): Promise<Payload<RecallCaseRow>> {
  return inSerializableTransaction(context.db, async (tx) => {
    const row = await tx.recallCase.findFirst({
      where: { id: lookupIdOf(input.id, 'RecallCase'), cadre: cadreWhere(context) },
      include: { cadre: true },
    });
    if (!row) return failed({ ...RECALL_ERRORS.NOT_FOUND, field: ['id'] });
    const allowed = authorisePartyChange(context.actor, row.villageCode);
    if (!allowed.ok) return failed(allowed.error);
    const decided = await action(tx);
    if ('code' in decided) return failed(decided);
    const next = transitionRecall(recallCaseMapper.toDomain(row), decided, {
      on: todayOf(context),
      expectedVersion: input.expectedVersion ?? undefined,
      rules: stationingRulesFor(row.villageCode.slice(0, 6)),
    });
    if (!next.ok) return failed(next.error);
    const written = await tx.recallCase.updateMany({
      where: { id: row.id, version: row.version },
      data: recallCaseMapper.toColumns(next.value, row.villageCode),
    });
    if (written.count !== 1) return failed(RECALL_ERRORS.STALE_VERSION);
    const cadre = stationedCadreMapper.toDomain(row.cadre);
    const after = cadreAfterRecall(cadre, next.value);
    if (after !== cadre) {
      await tx.stationedCadre.update({
        where: { id: cadre.id },
        data: stationedCadreMapper.toColumns(after, { villageCode: row.cadre.villageCode }),
      });
    }
    return succeeded(await tx.recallCase.findUniqueOrThrow({ where: { id: row.id } }));
  });
}

const caseFields = (
  t: PothosSchemaTypes.InputFieldBuilder<
    typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never,
    'InputObject'
  >,
) => ({
  id: t.globalID({ required: true, description: 'The recall case.' }),
  expectedVersion: t.int({
    required: false,
    description: 'The version the caller decided on; refused with RECALL_STALE_VERSION if it has changed.',
  }),
});

/** The decisions that carry a note: review, recall, clear. */
const DECISIONS = [
  [
    'recallCaseReview',
    'RecallCaseReview',
    'REVIEW',
    'reviewing a flagged case (核查)',
    'Reviews a flagged case: FLAGGED → REVIEWED.',
  ],
  [
    'recallCaseRecall',
    'RecallCaseRecall',
    'RECALL',
    'recalling a cadre (召回)',
    'Recalls the cadre of a reviewed case: REVIEWED → RECALLED; the stationing ends today and the replacement falls due.',
  ],
  [
    'recallCaseClear',
    'RecallCaseClear',
    'CLEAR',
    'clearing a case (排除)',
    'Clears a flagged or reviewed case: → CLEARED.',
  ],
] as const;

for (const [field, name, type, verb, description] of DECISIONS) {
  const Input = builder.inputType(`${name}Input`, {
    description: `The case and the note for ${verb}.`,
    fields: (t) => ({
      ...caseFields(t),
      note: t.string({ required: true, description: 'The finding or the reason.' }),
    }),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: payloadOf(name, verb),
      description: `${description} A party organiser of the cadre’s village.`,
      args: { input: t.arg({ type: Input, required: true, description: 'The case and the note.' }) },
      resolve: (_root, { input }, context) =>
        applyRecallAction(context, input, async () => ({ type, note: input.note })),
    }),
  );
}

/** The follow-ups of a recall that carry nothing but the day. */
const FOLLOW_UPS = [
  [
    'recallCaseRefer',
    'RecallCaseRefer',
    'REFER',
    'referring a recall to the discipline inspection commission',
    'Records that a recall was referred to the discipline inspection commission (移交纪委监委), once.',
  ],
  [
    'recallCaseNotifySendingUnit',
    'RecallCaseNotifySendingUnit',
    'NOTIFY_SENDING_UNIT',
    'notifying the sending unit',
    'Records that the sending unit was notified of the recall, once.',
  ],
] as const;

for (const [field, name, type, verb, description] of FOLLOW_UPS) {
  const Input = builder.inputType(`${name}Input`, {
    description: `The case for ${verb}.`,
    fields: (t) => caseFields(t),
  });
  builder.mutationField(field, (t) =>
    t.field({
      type: payloadOf(name, verb),
      description: `${description} Only on a RECALLED case; a party organiser of the cadre’s village.`,
      args: { input: t.arg({ type: Input, required: true, description: 'The case.' }) },
      resolve: (_root, { input }, context) => applyRecallAction(context, input, async () => ({ type })),
    }),
  );
}

const RecallCaseRecordTalkInput = builder.inputType('RecallCaseRecordTalkInput', {
  description: 'The formal talk (约谈) held about a recall.',
  fields: (t) => ({
    ...caseFields(t),
    with: t.string({ required: true, description: 'With whom: the temporary branch secretary.' }),
  }),
});

builder.mutationField('recallCaseRecordTalk', (t) =>
  t.field({
    type: payloadOf('RecallCaseRecordTalk', 'recording the talk'),
    description:
      'Records the formal talk (约谈) with the temporary branch secretary about a recall, once. Only on a ' +
      'RECALLED case; a party organiser of the cadre’s village.',
    args: { input: t.arg({ type: RecallCaseRecordTalkInput, required: true, description: 'The talk.' }) },
    resolve: (_root, { input }, context) =>
      applyRecallAction(context, input, async () => ({ type: 'RECORD_TALK', with: input.with })),
  }),
);

const RecallCaseFillReplacementInput = builder.inputType('RecallCaseFillReplacementInput', {
  description: 'The cadre who replaced a recalled one.',
  fields: (t) => ({
    ...caseFields(t),
    replacementId: t.globalID({ required: true, description: 'The stationed cadre who arrived.' }),
  }),
});

builder.mutationField('recallCaseFillReplacement', (t) =>
  t.field({
    type: payloadOf('RecallCaseFillReplacement', 'recording the replacement'),
    description:
      'Records the replacement’s arrival: RECALLED → REPLACED, after the talk and the notice to the sending ' +
      'unit. A party organiser of the cadre’s village.',
    args: {
      input: t.arg({ type: RecallCaseFillReplacementInput, required: true, description: 'The replacement.' }),
    },
    resolve: (_root, { input }, context) =>
      applyRecallAction(context, input, async (tx) => {
        const replacement = await cadreFor(tx, context, input.replacementId);
        return replacement
          ? { type: 'FILL_REPLACEMENT', cadreId: replacement.id }
          : { ...RECALL_ERRORS.CADRE_NOT_FOUND, field: ['replacementId'] };
      }),
  }),
);

const RecallCaseFilter = builder.inputType('RecallCaseFilter', {
  description: 'Conditions a recall case must meet; all given conditions apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Of cadres stationed inside this region.',
    }),
    state: t.field({ type: RecallStateEnum, required: false, description: 'Only this state.' }),
  }),
});

function recallCaseWhere(
  context: Context,
  filter: { within?: string | null; state?: string | null } | null | undefined,
): Prisma.RecallCaseWhereInput {
  const and: Prisma.RecallCaseWhereInput[] = [{ cadre: cadreWhere(context) }];
  if (filter?.within) and.push(within('villageCode', filter.within));
  if (filter?.state) and.push({ state: filter.state });
  return { AND: and };
}

builder.queryField('recallCases', (t) =>
  t.prismaConnection(
    {
      type: 'RecallCase',
      cursor: 'id',
      description: 'Recall cases of the cadres the caller may read, by id.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: RecallCaseFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.recallCase.count({ where: recallCaseWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.recallCase.findMany({
          ...query,
          where: recallCaseWhere(context, args.filter),
          orderBy: { id: 'asc' },
        }),
    },
    connectionOf(RecallCaseRef, 'RecallCase'),
  ),
);

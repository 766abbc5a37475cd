// 社情民意: the public-opinion records grid staff collect ("人在网格中走"), each possibly raising a
// matter. Readable by grid staff and their managers inside their region; the reporter is masked by
// the person rules and null when the record was made anonymously.
import { randomUUID } from 'node:crypto';
import {
  atField,
  authoriseRecording,
  canReadMatters,
  createPublicOpinionRecord,
  isAnonymousRecord,
  MATTER_ERRORS,
  RECORD_ACCESS_ERRORS,
  RECORD_CATEGORY_LABELS,
  RECORD_CHANNEL_LABELS,
  RECORD_ERRORS,
  raiseMatter,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db, Prisma } from '../../db/client.js';
import type { Matter as MatterRow, PublicOpinionRecord as RecordRow } from '../../generated/sqlite/client.js';
import {
  matterEventMapper,
  matterMapper,
  publicOpinionRecordMapper,
  recordOf,
} from '../../mappers/matter.js';
import { rollupRecordCreated } from '../../rollups.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { failed, failedAt, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import {
  gridTimeWhere,
  MatterNatureEnum,
  MatterSubTypeEnum,
  MatterUrgencyEnum,
  RecordCategoryEnum,
  RecordChannelEnum,
  type TimeFilterInput,
  TimeOrder,
  timeOrder,
} from './enums.js';
import { departmentReaches, recordReadableWhere } from './reach.js';

export const recordReadable = nodeScope('PublicOpinionRecord', 'publicOpinionRecord', recordReadableWhere);

export const PublicOpinionRecordRef = builder.prismaNode('PublicOpinionRecord', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A public-opinion record (社情民意信息): what a resident raised, in which grid, through which channel and ' +
    'when. Visible to grid staff and their managers inside their region, and to a functional department’s ' +
    'officers for the matters routed to it.',
  authScopes: (record, context) =>
    canReadMatters(context.actor, record.gridCode) || departmentReaches(context.actor, record.gridCode),
  fields: (t) => ({
    category: t.field({
      type: RecordCategoryEnum,
      description: 'Opinion, dispute, hazard or livelihood request.',
      resolve: (record) => recordOf(record).category,
    }),
    categoryLabel: t.string({
      description: 'The category as a label in the requested language.',
      args: labelArgs,
      resolve: (record, args, context) =>
        labelOf(RECORD_CATEGORY_LABELS, recordOf(record).category, args, context),
    }),
    channel: t.field({
      type: RecordChannelEnum,
      description: 'How the record reached the grid.',
      resolve: (record) => recordOf(record).channel,
    }),
    channelLabel: t.string({
      description: 'The channel as a label in the requested language.',
      args: labelArgs,
      resolve: (record, args, context) =>
        labelOf(RECORD_CHANNEL_LABELS, recordOf(record).channel, args, context),
    }),
    gridCode: t.exposeString('gridCode', { description: 'The 15-digit code of the grid.' }),
    grid: t.relation('grid', { description: 'The grid the record belongs to.' }),
    reporter: t.relation('reporter', {
      nullable: true,
      description:
        'Who raised it, with personal fields masked as the caller may see them; null when the reporter stays ' +
        'anonymous (匿名反映).',
    }),
    anonymous: t.boolean({
      description: 'Whether the reporter stays anonymous.',
      resolve: (record) => isAnonymousRecord(recordOf(record)),
    }),
    text: t.exposeString('text', { description: 'What was raised, in the words recorded.' }),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', description: 'When it was raised.' }),
    matter: t.relation('matter', {
      nullable: true,
      description: 'The matter the record raised; null when it needed no handling.',
    }),
  }),
});

const RecordFilter = builder.inputType('PublicOpinionRecordFilter', {
  description:
    "Conditions a record must meet; all given conditions apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Only records of grids inside this region (county, township, village or grid code).',
    }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'Only this grid.' }),
    category: t.field({ type: RecordCategoryEnum, required: false, description: 'Only this category.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'Reported at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Reported before this instant.' }),
  }),
});

function recordWhere(
  context: Context,
  filter: TimeFilterInput | null | undefined,
): Prisma.PublicOpinionRecordWhereInput {
  return { AND: gridTimeWhere(context, 'RECORD', filter) };
}

builder.queryField('records', (t) =>
  t.prismaConnection(
    {
      type: 'PublicOpinionRecord',
      cursor: 'id',
      description: "Public-opinion records in the caller's region, newest first by default.",
      authScopes: { authenticated: true },
      args: {
        filter: t.arg({ type: RecordFilter, required: false, description: 'Conditions.' }),
        orderBy: t.arg({ type: TimeOrder, required: false, description: 'Defaults to newest first.' }),
      },
      totalCount: (_root, args, context) =>
        context.db.publicOpinionRecord.count({ where: recordWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.publicOpinionRecord.findMany({
          ...query,
          where: recordWhere(context, args.filter),
          orderBy: timeOrder(args.orderBy),
        }),
    },
    connectionOf(PublicOpinionRecordRef, 'PublicOpinionRecord'),
  ),
);

// ---- recording ---------------------------------------------------------------------------------

const RecordUserError = userErrorType('PublicOpinionRecordUserError', 'Why a record could not be made.', [
  ...Object.values(RECORD_ERRORS),
  MATTER_ERRORS.REQUIRED,
  MATTER_ERRORS.SUBTYPE,
  MATTER_ERRORS.COUNT,
  MATTER_ERRORS.PLACE_TOO_LONG,
  RECORD_ACCESS_ERRORS.FORBIDDEN,
  RECORD_ACCESS_ERRORS.GRID_NOT_FOUND,
  RECORD_ACCESS_ERRORS.REPORTER_NOT_FOUND,
]);

interface RecordCreated {
  readonly record: RecordRow;
  readonly matter: MatterRow | null;
}

const RecordCreatePayload = builder.objectRef<Payload<RecordCreated>>('RecordCreatePayload').implement({
  description: 'The result of recording 社情民意.',
  fields: (t) => ({
    record: t.field({
      type: PublicOpinionRecordRef,
      nullable: true,
      description: 'The record as stored; null when refused.',
      resolve: (payload) => payload.result?.record ?? null,
    }),
    matter: t.prismaField({
      type: 'Matter',
      nullable: true,
      description: 'The matter the record raised, in state REPORTED; null when none was asked for.',
      resolve: (_query, payload) => payload.result?.matter ?? null,
    }),
    userErrors: t.field({
      type: [RecordUserError],
      description: 'Why the record was refused; empty on success.',
      resolve: (payload) => [...payload.userErrors],
    }),
  }),
});

const MatterDetailsInput = builder.inputType('MatterDetailsInput', {
  description: 'What a matter is about beyond its record (事项要素).',
  fields: (t) => ({
    subType: t.field({
      type: MatterSubTypeEnum,
      required: false,
      description: 'The sub-type; must belong to the category (MATTER_SUBTYPE otherwise).',
    }),
    urgency: t.field({
      type: MatterUrgencyEnum,
      required: false,
      description: 'How urgent; ROUTINE if left out.',
    }),
    nature: t.field({
      type: MatterNatureEnum,
      required: false,
      description: 'Ordinary, collective or stability-related; ORDINARY if left out.',
    }),
    parties: t.int({
      required: false,
      description: 'The sides of a dispute, or the people or households concerned; 2 for a dispute, else 1.',
    }),
    headCount: t.int({
      required: false,
      description: 'How many people are involved; the parties if left out.',
    }),
    place: t.string({
      required: false,
      description: 'Where it happened, in words (at most 200 characters).',
    }),
  }),
});

const RecordCreateInput = builder.inputType('RecordCreateInput', {
  description: 'A public-opinion record a grid worker collected in their grid.',
  fields: (t) => ({
    gridId: t.globalID({ required: true, description: 'The grid.' }),
    category: t.field({ type: RecordCategoryEnum, required: true, description: 'The category.' }),
    channel: t.field({ type: RecordChannelEnum, required: true, description: 'How it reached the grid.' }),
    reporterId: t.globalID({
      required: false,
      description: 'The person who raised it; leave out when they stay anonymous.',
    }),
    text: t.string({ required: true, description: 'What was raised (at most 2000 characters).' }),
    reportedAt: t.field({
      type: 'DateTime',
      required: false,
      description:
        'When it was raised, if earlier than now (collected offline); defaults to now. A time more than 5 ' +
        'minutes ahead of the server clock is refused with RECORD_TIME.',
    }),
    raiseMatter: t.boolean({
      required: false,
      defaultValue: false,
      description: 'Also open a matter (事项) for it, to be registered and handled.',
    }),
    matter: t.field({
      type: MatterDetailsInput,
      required: false,
      description:
        'What the matter is about, when one is raised; left out, it is of sub-type OTHER, routine, ordinary. ' +
        'A collective or stability-related matter (or one of 5 or more people) is reported at once to the ' +
        'level that must know, by the caller, with the record’s text as the reason.',
    }),
  }),
});

builder.mutationField('recordCreate', (t) =>
  t.field({
    type: RecordCreatePayload,
    description:
      'Records 社情民意 in a grid the caller serves (grid staff, or the township and county above them), and ' +
      'opens a matter for it when asked.',
    args: { input: t.arg({ type: RecordCreateInput, required: true, description: 'The record.' }) },
    resolve: async (_root, { input }, context) => {
      // Core names the grid by its code; the input by its global ID.
      const fail = failedAt({ gridCode: 'gridId' });
      const gridCode = idOf(input.gridId, 'Grid');
      if (gridCode === null) return fail(RECORD_ACCESS_ERRORS.GRID_NOT_FOUND);
      const reporterPersonId = input.reporterId ? idOf(input.reporterId, 'Person') : null;
      if (input.reporterId && reporterPersonId === null)
        return failed(RECORD_ACCESS_ERRORS.REPORTER_NOT_FOUND);
      const record = createPublicOpinionRecord(
        {
          id: `R-${randomUUID()}`,
          category: input.category,
          channel: input.channel,
          gridCode,
          reporterPersonId,
          text: input.text,
          reportedAt: input.reportedAt ?? context.now,
        },
        context.now,
      );
      if (!record.ok) return fail(record.error);
      const allowed = authoriseRecording(context.actor, record.value.gridCode);
      if (!allowed.ok) return fail(allowed.error);
      const matter = input.raiseMatter
        ? raiseMatter(record.value, `M-${randomUUID()}`, input.matter ?? {}, context.actor.personId ?? '')
        : null;
      // Core names the detail; the input nests it under `matter`.
      if (matter && !matter.ok)
        return failed(atField(matter.error, ['matter', ...(matter.error.field ?? [])]));
      const [grid, reporter] = await Promise.all([
        context.db.grid.findUnique({ where: { code: record.value.gridCode }, select: { code: true } }),
        reporterPersonId === null
          ? null
          : context.db.person.findUnique({ where: { id: reporterPersonId }, select: { id: true } }),
      ]);
      if (!grid) return fail(RECORD_ACCESS_ERRORS.GRID_NOT_FOUND);
      if (reporterPersonId !== null && !reporter) return failed(RECORD_ACCESS_ERRORS.REPORTER_NOT_FOUND);
      const created = await context.db.$transaction(async (tx) => {
        const recordRow = await tx.publicOpinionRecord.create({
          data: publicOpinionRecordMapper.toColumns(record.value),
        });
        const matterRow = matter
          ? await tx.matter.create({ data: matterMapper.toColumns(matter.value.matter) })
          : null;
        // The report opens the matter's timeline; a matter reported upward at once has the move too.
        if (matter) {
          await tx.matterEvent.createMany({
            data: matter.value.events.map((event) => matterEventMapper.toColumns(event)),
          });
        }
        await rollupRecordCreated(tx as Db, recordRow, matterRow);
        return { record: recordRow, matter: matterRow };
      });
      return succeeded(created);
    },
  }),
);

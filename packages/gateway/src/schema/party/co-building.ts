// Co-building activities (党建共建): partner organisations visit a village on a date, with their
// participants and the goods given, valued in fen. Public: no personal data.
import { randomUUID } from 'node:crypto';
import {
  authorisePartyChange,
  COBUILDING_ERRORS,
  createCoBuildingActivity,
  type Fen,
  formatYuan,
  PARTNER_KIND_LABELS,
  PARTY_ERRORS,
  type PartnerKind,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { CoBuildingActivity as CoBuildingActivityRow } from '../../generated/sqlite/client.js';
import { coBuildingMapper } from '../../mappers/party.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { within } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { PartnerKindEnum } from './enums.js';

builder.prismaObject('CoBuildingPartner', {
  description: 'A partner organisation of a co-building activity.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The partner’s name.' }),
    kind: t.field({
      type: PartnerKindEnum,
      description: 'The kind of partner.',
      resolve: (p) => p.kind as PartnerKind,
    }),
    kindLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (p, args, context) => labelOf(PARTNER_KIND_LABELS, p.kind as PartnerKind, args, context),
    }),
  }),
});

builder.prismaObject('CoBuildingGoods', {
  description: 'Goods given in a co-building activity.',
  fields: (t) => ({
    description: t.exposeString('description', { description: 'What was given.' }),
    valueFen: t.field({
      type: 'SafeInt',
      description: 'Its value, in fen.',
      resolve: (g) => Number(g.valueFen),
    }),
  }),
});

// Co-building activities are public, as the organisation tree and its meetings are.
nodeScope('CoBuildingActivity', 'coBuildingActivity', () => ({}));

const CoBuildingActivityRef = builder.prismaNode('CoBuildingActivity', {
  id: { field: 'id' },
  nullable: true,
  description: 'A co-building activity (党建共建): partners visit a village and give goods.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'The title, in Chinese.' }),
    villageCode: t.exposeString('villageCode', { description: 'The village visited (12-digit code).' }),
    heldOn: t.field({ type: 'Date', description: 'The day of the visit.', resolve: (a) => a.heldOn }),
    participants: t.exposeInt('participants', { description: 'How many took part.' }),
    totalValueFen: t.field({
      type: 'SafeInt',
      description: 'The value of all goods given, in fen.',
      resolve: (a) => Number(a.totalValueFen),
    }),
    totalValue: t.string({
      description: 'The value of all goods given, in yuan, as written in reports: "¥50,000.00".',
      resolve: (a) => formatYuan(Number(a.totalValueFen) as Fen),
    }),
    partners: t.relation('partners', {
      description: 'The partners, in order.',
      query: { orderBy: { position: 'asc' } },
    }),
    goods: t.relation('goods', {
      description: 'The goods given, in order.',
      query: { orderBy: { position: 'asc' } },
    }),
  }),
});

const CoBuildingFilter = builder.inputType('CoBuildingActivityFilter', {
  description: 'Conditions a co-building activity must meet.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a village inside this region.',
    }),
  }),
});

builder.queryField('coBuildingActivities', (t) =>
  t.prismaConnection(
    {
      type: 'CoBuildingActivity',
      cursor: 'id',
      description: 'Co-building activities, latest first.',
      args: { filter: t.arg({ type: CoBuildingFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.coBuildingActivity.count({
          where: args.filter?.within ? within('villageCode', args.filter.within) : {},
        }),
      resolve: (query, _root, args, context) =>
        context.db.coBuildingActivity.findMany({
          ...query,
          where: args.filter?.within ? within('villageCode', args.filter.within) : {},
          orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(CoBuildingActivityRef, 'CoBuildingActivity'),
  ),
);

const PartnerInput = builder.inputType('CoBuildingPartnerInput', {
  description: 'A partner of the activity.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'The partner’s name.' }),
    kind: t.field({ type: PartnerKindEnum, required: true, description: 'The kind of partner.' }),
  }),
});

const GoodsInput = builder.inputType('CoBuildingGoodsInput', {
  description: 'Goods given.',
  fields: (t) => ({
    description: t.string({ required: true, description: 'What was given.' }),
    valueFen: t.field({ type: 'SafeInt', required: true, description: 'Its value, in fen.' }),
  }),
});

const CoBuildingActivityRecordInput = builder.inputType('CoBuildingActivityRecordInput', {
  description: 'A co-building activity to record.',
  fields: (t) => ({
    title: t.string({ required: true, description: 'The title.' }),
    villageId: t.globalID({
      required: true,
      description: 'The village visited (a Region of village level).',
    }),
    heldOn: t.field({ type: 'Date', required: true, description: 'The day of the visit.' }),
    participants: t.int({ required: true, description: 'How many took part.' }),
    partners: t.field({ type: [PartnerInput], required: true, description: 'The partners, at least one.' }),
    goods: t.field({ type: [GoodsInput], required: true, description: 'The goods given.' }),
  }),
});

const CoBuildingActivityRecordPayload = payloadType(
  'CoBuildingActivityRecordPayload',
  'The result of recording a co-building activity.',
  {
    field: 'activity',
    type: CoBuildingActivityRef,
    description: 'The activity as stored; null when refused.',
  },
  {
    type: userErrorType('CoBuildingActivityRecordUserError', 'Why a co-building activity was not recorded.', [
      ...Object.values(COBUILDING_ERRORS),
      PARTY_ERRORS.FORBIDDEN,
    ]),
    description: 'Why it was refused; empty on success.',
  },
);

builder.mutationField('coBuildingActivityRecord', (t) =>
  t.field({
    type: CoBuildingActivityRecordPayload,
    description:
      'Records a co-building activity in a village. A party organiser whose region holds the village.',
    args: {
      input: t.arg({ type: CoBuildingActivityRecordInput, required: true, description: 'The activity.' }),
    },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<CoBuildingActivityRow>> => {
        const activity = createCoBuildingActivity({
          id: `CB-${randomUUID()}`,
          title: input.title,
          villageCode: lookupIdOf(input.villageId, 'Region'),
          heldOn: calendarDate(input.heldOn),
          participants: input.participants,
          partners: input.partners.map((p) => ({ name: p.name, kind: p.kind as PartnerKind })),
          goods: input.goods.map((g) => ({ description: g.description, valueFen: g.valueFen as Fen })),
        });
        // The input names the village by its global ID; core names the code it was read from.
        if (!activity.ok) {
          const error = activity.error;
          return failed(error.field?.[0] === 'villageCode' ? { ...error, field: ['villageId'] } : error);
        }
        const allowed = authorisePartyChange(context.actor, activity.value.villageCode);
        if (!allowed.ok) return failed(allowed.error);
        const created = await tx.coBuildingActivity.create({
          data: coBuildingMapper.toColumns(activity.value),
        });
        await tx.coBuildingPartner.createMany({ data: coBuildingMapper.partnerColumns(activity.value) });
        await tx.coBuildingGoods.createMany({ data: coBuildingMapper.goodsColumns(activity.value) });
        return succeeded(created);
      }),
  }),
);

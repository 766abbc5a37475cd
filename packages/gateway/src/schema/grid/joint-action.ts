// 双联户: the household-joint unit as the first level of handling. A unit's size against its
// county's bounds, and the actions of its head (联户长履职), recorded by the head or the grid's staff.
import { randomUUID } from 'node:crypto';
import {
  checkUnitSize,
  HOUSEHOLD_JOINT_ACTION_KIND_LABELS,
  JOINT_ACTION_ERRORS,
  recordHouseholdJointAction,
  unitSizeBoundsFor,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { householdJointActionMapper } from '../../mappers/grid.js';
import { connectionOf } from '../shared/connection.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { failed, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { HouseholdJointActionKindEnum } from './enums.js';

nodeScope('HouseholdJointAction', 'householdJointAction', (context: Context) =>
  readableWhere(context, 'GRID', { code: 'gridCode' }),
);

const HouseholdJointActionRef = builder.prismaNode('HouseholdJointAction', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One action of a household-joint head (联户长履职): a small dispute settled, a notice relayed, a household visited…',
  authScopes: { authenticated: true },
  fields: (t) => ({
    unit: t.relation('unit', { description: 'The household-joint unit whose head acted.' }),
    kind: t.field({
      type: HouseholdJointActionKindEnum,
      description: 'What the head did.',
      resolve: (action) => householdJointActionMapper.toDomain(action).kind,
    }),
    kindLabel: t.string({
      description: 'What the head did, as a label in the requested language.',
      args: labelArgs,
      resolve: (action, args, context) =>
        labelOf(
          HOUSEHOLD_JOINT_ACTION_KIND_LABELS,
          householdJointActionMapper.toDomain(action).kind,
          args,
          context,
        ),
    }),
    note: t.exposeString('note', { description: 'What happened, in the recorder’s words.' }),
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When it happened.' }),
    recordedAt: t.expose('recordedAt', { type: 'DateTime', description: 'When it was written down.' }),
    recordedBy: t.relation('recordedBy', {
      nullable: true,
      description: 'Who wrote it down: the head, or a grid chief or grid worker of the grid.',
    }),
  }),
});

builder.prismaObjectFields('HouseholdJointUnit', (t) => ({
  withinBounds: t.boolean({
    description:
      'Whether the unit holds as many households as its county allows (改则县: 5 to 15, the 双联户 span).',
    select: { gridCode: true, _count: { select: { households: true } } },
    resolve: (unit) => checkUnitSize(unit._count.households, unitSizeBoundsFor(unit.gridCode)).ok,
  }),
  actions: t.relatedConnection(
    'actions',
    {
      description: 'What the unit’s head did, latest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }] },
    },
    connectionOf(HouseholdJointActionRef, 'HouseholdJointAction'),
  ),
}));

// ---- mutations ---------------------------------------------------------------------------------

const HouseholdJointActionRecordInput = builder.inputType('HouseholdJointActionRecordInput', {
  description: 'An action of a household-joint head to record.',
  fields: (t) => ({
    unitId: t.globalID({ required: true, description: 'The household-joint unit whose head acted.' }),
    kind: t.field({ type: HouseholdJointActionKindEnum, required: true, description: 'What the head did.' }),
    note: t.string({ required: true, description: 'What happened, at most 500 characters.' }),
    occurredAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'When it happened; not later than now (a few minutes’ clock skew allowed).',
    }),
  }),
});

const HouseholdJointActionRecordPayload = payloadType(
  'HouseholdJointActionRecordPayload',
  'The result of recording a household-joint head’s action.',
  { field: 'action', type: HouseholdJointActionRef, description: 'The action as stored; null when refused.' },
  {
    type: userErrorType(
      'HouseholdJointActionRecordUserError',
      'Why a household-joint head’s action was not recorded.',
      Object.values(JOINT_ACTION_ERRORS),
    ),
    description: 'Why it was refused; empty on success.',
  },
);

builder.mutationField('householdJointActionRecord', (t) =>
  t.field({
    type: HouseholdJointActionRecordPayload,
    description:
      'Records what a household-joint head did (联户长履职): the head of the unit, or the grid chief or a grid worker of its grid.',
    args: {
      input: t.arg({ type: HouseholdJointActionRecordInput, required: true, description: 'The action.' }),
    },
    resolve: async (_root, { input }, context) => {
      const unitId = idOf(input.unitId, 'HouseholdJointUnit');
      const unit = unitId
        ? await context.db.householdJointUnit.findUnique({
            where: { id: unitId },
            select: { id: true, headPersonId: true, gridCode: true },
          })
        : null;
      if (!unit) return failed({ ...JOINT_ACTION_ERRORS.UNIT_NOT_FOUND, field: ['unitId'] });
      const action = recordHouseholdJointAction(
        context.actor,
        unit,
        { kind: input.kind, note: input.note, occurredAt: input.occurredAt },
        `JA-${randomUUID()}`,
        context.now,
      );
      if (!action.ok) return failed(action.error);
      return succeeded(
        await context.db.householdJointAction.create({
          data: householdJointActionMapper.toColumns(action.value),
        }),
      );
    },
  }),
);

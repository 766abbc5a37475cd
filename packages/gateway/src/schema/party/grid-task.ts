// The grid party branch's work inside its grid (DOMAIN.md §1): information gathered → task
// assigned → result fed back, through core's table; a task may follow a matter. Party organisers
// whose region holds the grid act; the tasks of a branch are read with its members' access rule.
import { randomUUID } from 'node:crypto';
import {
  authorisePartyChange,
  canReadMatters,
  type DomainError,
  GRID_TASK_ERRORS,
  GRID_TASK_STATE_LABELS,
  type GridTaskAction,
  gatherGridInformation,
  mayRead,
  PARTY_ERRORS,
  transitionGridTask,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import type { PartyGridTask as PartyGridTaskRow } from '../../generated/sqlite/client.js';
import { gridTaskMapper, partyOrganisationMapper } from '../../mappers/party.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelledEnum, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { PartyOrganisationRef } from './organisation.js';

const GridTaskStateEnum = labelledEnum(
  'PartyGridTaskState',
  'Where a grid branch’s task stands: information gathered, task assigned, result fed back.',
  GRID_TASK_STATE_LABELS,
);

nodeScope('PartyGridTask', 'partyGridTask', (context: Context) =>
  readableWhere(context, 'PARTY_MEMBER', { code: 'gridCode' }),
);

const GridTaskRef = builder.prismaNode('PartyGridTask', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A piece of a grid party branch’s work inside its grid: the information gathered, the member it was ' +
    'assigned to, the result fed back. For party organisers, county and township officers of the grid.',
  authScopes: (task, context) => mayRead(context.actor, 'PARTY_MEMBER', { regionCode: task.gridCode }),
  fields: (t) => ({
    information: t.exposeString('information', { description: 'What was gathered (信息收集).' }),
    gatheredOn: t.field({
      type: 'Date',
      description: 'When it was gathered.',
      resolve: (task) => task.gatheredOn,
    }),
    state: t.field({
      type: GridTaskStateEnum,
      description: 'Where the task stands.',
      resolve: (task) => gridTaskMapper.toDomain(task).state,
    }),
    stateLabel: t.string({
      description: 'Where the task stands, in the requested language.',
      args: labelArgs,
      resolve: (task, args, context) =>
        labelOf(GRID_TASK_STATE_LABELS, gridTaskMapper.toDomain(task).state, args, context),
    }),
    assignee: t.relation('assignee', {
      nullable: true,
      description: 'The member it was assigned to (任务交办).',
    }),
    assignedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was assigned.',
      resolve: (task) => task.assignedOn,
    }),
    result: t.exposeString('result', { nullable: true, description: 'The result fed back (结果反馈).' }),
    fedBackOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the result came back.',
      resolve: (task) => task.fedBackOn,
    }),
    gridCode: t.exposeString('gridCode', { description: 'The grid the work is in.' }),
    branch: t.relation('branch', { description: 'The grid party branch.' }),
    matter: t.prismaField({
      type: 'Matter',
      nullable: true,
      description: 'The matter (事项) the task follows, when there is one and the caller may read it.',
      resolve: async (query, task, _args, context) => {
        // Spread before the branch: a task without a matter must not leave the selection unused.
        const lookup = { ...query, where: { id: task.matterId ?? '' } };
        if (task.matterId === null) return null;
        // Found by id alone so that the tasks' lookups batch into one statement; a matter outside
        // the caller's reach is then null, as if there were none.
        const matter = await context.db.matter.findUnique(lookup);
        return matter && canReadMatters(context.actor, matter.gridCode) ? matter : null;
      },
    }),
    version: t.exposeInt('version', { description: 'Changes with every step.' }),
  }),
});

builder.prismaObjectField(PartyOrganisationRef, 'gridTasks', (t) =>
  t.relatedConnection(
    'gridTasks',
    {
      description:
        'The work of a grid party branch inside its grid, latest first; for those who may read its members.',
      cursor: 'id',
      totalCount: true,
      query: (_args, context) => ({
        where: readableWhere<'gridCode'>(context, 'PARTY_MEMBER', { code: 'gridCode' }),
        orderBy: [{ gatheredOn: 'desc' }, { id: 'desc' }],
      }),
    },
    connectionOf(GridTaskRef, 'PartyGridTask'),
  ),
);

const TASK_ERRORS: readonly DomainError[] = [...Object.values(GRID_TASK_ERRORS), PARTY_ERRORS.FORBIDDEN];
const payloadOf = (name: string, verb: string) =>
  payloadType(
    `${name}Payload`,
    `The result of ${verb}.`,
    { field: 'task', type: GridTaskRef, description: 'The task as stored; null when refused.' },
    {
      type: userErrorType(`${name}UserError`, `Why ${verb} was refused.`, TASK_ERRORS),
      description: 'Why it was refused; empty on success.',
    },
  );

const GatherInput = builder.inputType('PartyGridTaskGatherInput', {
  description: 'Information a grid party branch gathered in its grid.',
  fields: (t) => ({
    branchId: t.globalID({ required: true, description: 'The grid party branch.' }),
    information: t.string({ required: true, description: 'What was gathered.' }),
    matterId: t.globalID({ required: false, description: 'The matter (事项) it follows, if any.' }),
  }),
});

builder.mutationField('partyGridTaskGather', (t) =>
  t.field({
    type: payloadOf('PartyGridTaskGather', 'recording gathered information'),
    description:
      'Records information a grid party branch gathered (信息收集). A party organiser whose region holds the grid.',
    args: { input: t.arg({ type: GatherInput, required: true, description: 'The information.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<PartyGridTaskRow>> => {
        const row = await tx.partyOrganisation.findUnique({
          where: { id: lookupIdOf(input.branchId, 'PartyOrganisation') },
        });
        if (!row) return failed({ ...GRID_TASK_ERRORS.NOT_FOUND, field: ['branchId'] });
        if (row.gridCode === null) return failed({ ...GRID_TASK_ERRORS.GRID_MISMATCH, field: ['branchId'] });
        const allowed = authorisePartyChange(context.actor, row.gridCode);
        if (!allowed.ok) return failed(allowed.error);
        const matterId = input.matterId ? lookupIdOf(input.matterId, 'Matter') : null;
        if (matterId !== null) {
          const matter = await tx.matter.findFirst({
            where: { id: matterId, gridCode: row.gridCode },
            select: { id: true },
          });
          if (!matter) return failed({ ...GRID_TASK_ERRORS.GRID_MISMATCH, field: ['matterId'] });
        }
        const task = gatherGridInformation(
          {
            id: `GT-${randomUUID()}`,
            gridCode: row.gridCode,
            information: input.information,
            gatheredOn: todayOf(context),
            matterId,
          },
          partyOrganisationMapper.toDomain(row),
        );
        if (!task.ok) return failed(task.error);
        return succeeded(await tx.partyGridTask.create({ data: gridTaskMapper.toColumns(task.value) }));
      }),
  }),
);

async function applyTaskAction(
  context: Context,
  input: { readonly id: GlobalId },
  decide: (task: PartyGridTaskRow, tx: Db) => Promise<GridTaskAction | DomainError>,
): Promise<Payload<PartyGridTaskRow>> {
  return inSerializableTransaction(context.db, async (tx) => {
    const row = await tx.partyGridTask.findUnique({ where: { id: lookupIdOf(input.id, 'PartyGridTask') } });
    if (!row || !mayRead(context.actor, 'PARTY_MEMBER', { regionCode: row.gridCode })) {
      return failed({ ...GRID_TASK_ERRORS.NOT_FOUND, field: ['id'] });
    }
    const allowed = authorisePartyChange(context.actor, row.gridCode);
    if (!allowed.ok) return failed(allowed.error);
    const action = await decide(row, tx);
    if ('code' in action) return failed(action);
    const next = transitionGridTask(gridTaskMapper.toDomain(row), action, todayOf(context));
    if (!next.ok) return failed(next.error);
    const written = await tx.partyGridTask.updateMany({
      where: { id: row.id, version: row.version },
      data: gridTaskMapper.toColumns(next.value),
    });
    if (written.count !== 1) return failed(GRID_TASK_ERRORS.STALE_VERSION);
    return succeeded(await tx.partyGridTask.findUniqueOrThrow({ where: { id: row.id } }));
  });
}

const AssignInput = builder.inputType('PartyGridTaskAssignInput', {
  description: 'The member a task goes to.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The task.' }),
    assigneeId: t.globalID({ required: true, description: 'A member of the same branch.' }),
  }),
});

builder.mutationField('partyGridTaskAssign', (t) =>
  t.field({
    type: payloadOf('PartyGridTaskAssign', 'assigning a task'),
    description:
      'Assigns a gathered task to a member of the branch (任务交办), or re-assigns it before any result.',
    args: { input: t.arg({ type: AssignInput, required: true, description: 'The task and the member.' }) },
    resolve: (_root, { input }, context) =>
      applyTaskAction(context, input, async (task, tx) => {
        const member = await tx.partyMember.findFirst({
          where: { id: lookupIdOf(input.assigneeId, 'PartyMember'), organisationId: task.branchId },
          select: { id: true },
        });
        return member
          ? { type: 'ASSIGN', assigneeId: member.id }
          : { ...GRID_TASK_ERRORS.NOT_FOUND, field: ['assigneeId'] };
      }),
  }),
);

const FeedBackInput = builder.inputType('PartyGridTaskFeedBackInput', {
  description: 'The result of an assigned task.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The task.' }),
    result: t.string({ required: true, description: 'What was done and how it ended.' }),
  }),
});

builder.mutationField('partyGridTaskFeedBack', (t) =>
  t.field({
    type: payloadOf('PartyGridTaskFeedBack', 'feeding back a result'),
    description: 'Records the result of an assigned task (结果反馈); a result is final.',
    args: { input: t.arg({ type: FeedBackInput, required: true, description: 'The task and its result.' }) },
    resolve: (_root, { input }, context) =>
      applyTaskAction(context, input, async () => ({ type: 'FEED_BACK', result: input.result })),
  }),
);

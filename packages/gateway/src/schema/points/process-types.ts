// The points process as read (积分申报 → 评议 → 公示 → 异议): proposals, the evaluation group's
// sessions, the monthly postings with their items and objections, and each village's group. Every
// list filters, orders and counts in SQL; nested lists are Prisma relations, so a page of postings
// with their items and objections costs the same statements for 2 postings as for 20.
import {
  OBJECTION_STATE_LABELS,
  type ObjectionState,
  PROPOSAL_STATE_LABELS,
  type ProposalState,
} from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { pointsObjectionMapper, pointsProposalMapper } from '../../mappers/points-process.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import {
  PointsEvaluationMemberKindEnum,
  PointsObjectionStateEnum,
  PointsProposalStateEnum,
} from './enums.js';
import { PointEventRef } from './event.js';

// A proposal is read where its household's ledger is (a grid grant reaches its own grid's); the
// village's sessions, postings and objections by village, as core's read model places them.
export const pointsProposalReadable = nodeScope('PointsProposal', 'pointsProposal', (context: Context) =>
  readableWhere(context, 'POINTS_LEDGER', { code: 'gridCode' }),
);
export const pointsSessionReadable = nodeScope(
  'PointsEvaluationSession',
  'pointsEvaluationSession',
  (context: Context) => readableWhere(context, 'POINTS_LEDGER', { code: 'villageCode' }),
);
export const pointsPostingReadable = nodeScope('PointsPosting', 'pointsPosting', (context: Context) =>
  readableWhere(context, 'POINTS_LEDGER', { code: 'villageCode' }),
);
export const pointsObjectionReadable = nodeScope('PointsObjection', 'pointsObjection', (context: Context) =>
  readableWhere(context, 'POINTS_LEDGER', { code: 'villageCode' }),
);

export const PointsProposalRef = builder.prismaNode('PointsProposal', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A proposal (积分申报) that a household be scored by an item of its village’s catalogue in force on the ' +
    'deed’s day. It changes no balance: the village’s evaluation group decides it, the approved list is ' +
    'posted, and only closing the posting turns it into a ledger event.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    household: t.relation('household', { description: 'The household the proposal is for.' }),
    state: t.field({
      type: PointsProposalStateEnum,
      description: 'Where the proposal stands.',
      resolve: (row) => pointsProposalMapper.toDomain(row).state,
    }),
    stateLabel: t.string({
      description: 'The state as a label in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(PROPOSAL_STATE_LABELS, row.state as ProposalState, args, context),
    }),
    itemCode: t.exposeString('itemCode', { description: 'The catalogue item proposed.' }),
    catalogueVersion: t.exposeInt('catalogueVersion', {
      description: 'The catalogue version in force on the deed’s day.',
    }),
    points: t.exposeInt('points', {
      description: 'The item’s points: positive an award, negative a deduction.',
    }),
    occurredOn: t.field({
      type: 'Date',
      description: 'The day of the deed.',
      resolve: (row) => row.occurredOn,
    }),
    note: t.exposeString('note', { nullable: true, description: 'A note on the deed, if any.' }),
    proposedAt: t.expose('proposedAt', { type: 'DateTime', description: 'When it was proposed.' }),
    votesFor: t.exposeInt('votesFor', {
      nullable: true,
      description: 'Votes for, once a session decided it.',
    }),
    votesAgainst: t.exposeInt('votesAgainst', {
      nullable: true,
      description: 'Votes against, once a session decided it.',
    }),
    session: t.relation('session', { nullable: true, description: 'The session that decided it.' }),
    posting: t.relation('posting', { nullable: true, description: 'The posting it was on.' }),
    event: t.prismaField({
      type: PointEventRef,
      nullable: true,
      description: 'The ledger event it became once scored.',
      resolve: (query, row, _args, context) =>
        row.eventId === null
          ? null
          : context.db.pointEvent.findUnique({ ...query, where: { id: row.eventId } }),
    }),
  }),
});

const PointsProposalConnection = connectionOf(PointsProposalRef, 'PointsProposal');

export const PointsEvaluationSessionRef = builder.prismaNode('PointsEvaluationSession', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One monthly session of a village’s points evaluation group (月度评议会): the members present, and the ' +
    'proposals it decided by a majority of them. A session below the quorum decides nothing and is not stored.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
    month: t.exposeString('month', { description: 'The month evaluated, YYYY-MM.' }),
    heldOn: t.field({ type: 'Date', description: 'The day it was held.', resolve: (row) => row.heldOn }),
    groupSize: t.exposeInt('groupSize', { description: 'How many members the group had that day.' }),
    presentCount: t.relationCount('attendance', { description: 'How many members were present.' }),
    proposals: t.relatedConnection(
      'proposals',
      {
        description: 'The proposals it decided.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: [{ id: 'asc' }] },
      },
      PointsProposalConnection,
    ),
  }),
});

export const PointsPostingRef = builder.prismaNode('PointsPosting', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A village’s public posting (公示) of a month’s approved proposals. Objections may be raised from the ' +
    'posting day to `objectionsUntil`; once that is past and no objection is open, closing it scores every ' +
    'item still on it.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
    month: t.exposeString('month', {
      description: 'The month whose approved proposals are posted, YYYY-MM.',
    }),
    postedOn: t.field({
      type: 'Date',
      description: 'The day it was posted.',
      resolve: (row) => row.postedOn,
    }),
    objectionsUntil: t.field({
      type: 'Date',
      description: 'The last day an objection may be raised.',
      resolve: (row) => row.objectionsUntil,
    }),
    closedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was closed and its items scored; null while open.',
      resolve: (row) => row.closedOn,
    }),
    objectionsOpen: t.boolean({
      description: 'Whether an objection may be raised today (the posting is open and inside its window).',
      resolve: (row, _args, context) => {
        const today = todayOf(context);
        return row.closedOn === null && row.postedOn <= today && today <= row.objectionsUntil;
      },
    }),
    items: t.relatedConnection(
      'items',
      {
        description: 'The proposals posted, whatever became of them since (dropped, scored).',
        cursor: 'id',
        totalCount: true,
        args: {
          state: t.arg({ type: PointsProposalStateEnum, required: false, description: 'Only this state.' }),
        },
        query: (args) => ({
          where: args.state ? { state: args.state } : {},
          orderBy: [{ householdId: 'asc' }, { id: 'asc' }],
        }),
      },
      PointsProposalConnection,
    ),
  }),
});

export const PointsObjectionRef = builder.prismaNode('PointsObjection', {
  id: { field: 'id' },
  nullable: true,
  description: 'An objection (异议) against one posted proposal, raised within the posting’s window.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    posting: t.relation('posting', { description: 'The posting it was raised on.' }),
    proposal: t.relation('proposal', { description: 'The proposal objected to.' }),
    raisedOn: t.field({
      type: 'Date',
      description: 'The day it was raised.',
      resolve: (row) => row.raisedOn,
    }),
    raisedBy: t.exposeString('raisedBy', { description: 'Who objects, as they gave their name.' }),
    reason: t.exposeString('reason', { description: 'Why.' }),
    state: t.field({
      type: PointsObjectionStateEnum,
      description: 'Open, upheld or dismissed.',
      resolve: (row) => pointsObjectionMapper.toDomain(row).state,
    }),
    stateLabel: t.string({
      description: 'The state as a label in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(OBJECTION_STATE_LABELS, row.state as ObjectionState, args, context),
    }),
    resolvedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was resolved.',
      resolve: (row) => row.resolvedOn,
    }),
    resolution: t.exposeString('resolution', { nullable: true, description: 'What was found, and why.' }),
  }),
});

const PointsObjectionConnection = connectionOf(PointsObjectionRef, 'PointsObjection');

builder.prismaObjectFields('PointsProposal', (t) => ({
  objections: t.relatedConnection(
    'objections',
    {
      description: 'Objections raised against it, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ raisedOn: 'asc' }, { id: 'asc' }] },
    },
    PointsObjectionConnection,
  ),
}));

builder.prismaObjectFields('PointsPosting', (t) => ({
  objections: t.relatedConnection(
    'objections',
    {
      description: 'Objections raised on the posting, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: [{ raisedOn: 'asc' }, { id: 'asc' }] },
    },
    PointsObjectionConnection,
  ),
}));

const PointsEvaluationMemberRef = builder.prismaObject('PointsEvaluationMember', {
  description: 'A named member of a village’s points evaluation group (积分评议小组).',
  fields: (t) => ({
    person: t.relation('person', { description: 'The member.' }),
    kind: t.field({
      type: PointsEvaluationMemberKindEnum,
      description: 'Village cadre, party member or household representative.',
      resolve: (row) => row.kind as never,
    }),
  }),
});

// ---- root lists ----------------------------------------------------------------------------------

/** A YYYY-MM month, as the process's sessions and postings name them. */
export const monthArg = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month is YYYY-MM / 月份格式应为YYYY-MM');

const PointsProposalFilter = builder.inputType('PointsProposalFilter', {
  description: 'Conditions on points proposals; all must hold.',
  fields: (t) => ({
    within: t.string({ required: false, validate: regionCodeArg, description: 'Inside this region (code).' }),
    state: t.field({ type: PointsProposalStateEnum, required: false, description: 'Only this state.' }),
    occurredFrom: t.field({ type: 'Date', required: false, description: 'Deeds on or after this day.' }),
    occurredTo: t.field({ type: 'Date', required: false, description: 'Deeds on or before this day.' }),
  }),
});

const PointsVillageFilter = (name: string, what: string) =>
  builder.inputType(name, {
    description: `Conditions on ${what}; all must hold.`,
    fields: (t) => ({
      within: t.string({
        required: false,
        validate: regionCodeArg,
        description: 'Inside this region (code).',
      }),
      month: t.string({
        required: false,
        validate: monthArg,
        description: 'Only this month, YYYY-MM.',
      }),
    }),
  });

const PointsSessionFilter = PointsVillageFilter('PointsEvaluationSessionFilter', 'evaluation sessions');
const PointsPostingFilter = PointsVillageFilter('PointsPostingFilter', 'postings');

type VillageFilter = { within?: string | null; month?: string | null } | null | undefined;

function proposalWhere(
  context: Context,
  filter:
    | {
        within?: string | null;
        state?: ProposalState | null;
        occurredFrom?: string | null;
        occurredTo?: string | null;
      }
    | null
    | undefined,
): Prisma.PointsProposalWhereInput {
  const and: Prisma.PointsProposalWhereInput[] = [pointsProposalReadable(context)];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.state) and.push({ state: filter.state });
  if (filter?.occurredFrom) and.push({ occurredOn: { gte: filter.occurredFrom } });
  if (filter?.occurredTo) and.push({ occurredOn: { lte: filter.occurredTo } });
  return { AND: and };
}

function villageWhere<W>(readable: W, filter: VillageFilter): { AND: object[] } {
  const and: object[] = [readable as object];
  if (filter?.within) and.push(within('villageCode', filter.within));
  if (filter?.month) and.push({ month: filter.month });
  return { AND: and };
}

builder.queryFields((t) => ({
  pointsProposals: t.prismaConnection(
    {
      type: 'PointsProposal',
      cursor: 'id',
      description: 'Points proposals (积分申报) in the caller’s region, latest deed first.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: PointsProposalFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.pointsProposal.count({ where: proposalWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.pointsProposal.findMany({
          ...query,
          where: proposalWhere(context, args.filter),
          orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }],
        }),
    },
    PointsProposalConnection,
  ),
  pointsEvaluationSessions: t.prismaConnection(
    {
      type: 'PointsEvaluationSession',
      cursor: 'id',
      description: 'Sessions of the villages’ evaluation groups in the caller’s region, latest month first.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: PointsSessionFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.pointsEvaluationSession.count({
          where: villageWhere(pointsSessionReadable(context), args.filter),
        }),
      resolve: (query, _root, args, context) =>
        context.db.pointsEvaluationSession.findMany({
          ...query,
          where: villageWhere(pointsSessionReadable(context), args.filter),
          orderBy: [{ month: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(PointsEvaluationSessionRef, 'PointsEvaluationSession'),
  ),
  pointsPostings: t.prismaConnection(
    {
      type: 'PointsPosting',
      cursor: 'id',
      description: 'The villages’ monthly postings (公示) in the caller’s region, latest first.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: PointsPostingFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.pointsPosting.count({ where: villageWhere(pointsPostingReadable(context), args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.pointsPosting.findMany({
          ...query,
          where: villageWhere(pointsPostingReadable(context), args.filter),
          orderBy: [{ postedOn: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(PointsPostingRef, 'PointsPosting'),
  ),
  pointsEvaluationGroup: t.prismaField({
    type: [PointsEvaluationMemberRef],
    description:
      'The named members of a village’s points evaluation group (积分评议小组); empty for callers who may ' +
      'not read the village’s points.',
    authScopes: { authenticated: true },
    args: {
      villageId: t.arg.globalID({ required: true, description: 'The village (a Region).' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.pointsEvaluationMember.findMany({
        ...query,
        where: {
          AND: [
            { villageCode: idOf(args.villageId, 'Region') ?? '' },
            readableWhere(context, 'POINTS_LEDGER', { code: 'villageCode' }),
          ],
        },
        orderBy: [{ kind: 'asc' }, { personId: 'asc' }],
      }),
  }),
}));

// Village-stationed work teams (驻村工作队) and their cadres (驻村干部): the team's temporary branch and
// burdens, each cadre's daily presence month by month with the reasons the county's rules find in
// it, and recall candidates, filtered in SQL on the reasons stored with each month. Cadres are for
// party organisers and the county and township officers of their villages.
import {
  CADRE_ROLE_LABELS,
  CADRE_STATUS_LABELS,
  type CadreStatus,
  mayRead,
  RECALL_REASON_LABELS,
  type RecallFinding,
  recallFindings,
  STATION_KIND_LABELS,
  stationingRulesFor,
  summarisePresence,
} from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { cadrePresenceMapper, stationedCadreMapper, workTeamMapper } from '../../mappers/party.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { personalValue } from '../shared/personal.js';
import { readableWhere, within } from '../shared/scope.js';
import {
  CadreRoleEnum,
  CadreStatusEnum,
  RecallReasonEnum,
  StationingKindEnum,
  StationKindEnum,
} from './enums.js';

/** Cadres the caller may read, in SQL. */
export function cadreWhere(context: Context): Prisma.StationedCadreWhereInput {
  return readableWhere<'villageCode'>(context, 'STATIONED_CADRE', { code: 'villageCode' });
}

/** A month argument, YYYY-MM. */
const monthArg = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份须为 YYYY-MM / A month is YYYY-MM');

const monthRange = builder.args((t) => ({
  fromMonth: t.string({
    required: false,
    validate: monthArg,
    description: 'From this month (YYYY-MM), inclusive.',
  }),
  untilMonth: t.string({
    required: false,
    validate: monthArg,
    description: 'Until this month (YYYY-MM), inclusive.',
  }),
}));

function monthWhere(args: { fromMonth?: string | null; untilMonth?: string | null }) {
  return { month: { gte: args.fromMonth ?? undefined, lte: args.untilMonth ?? undefined } };
}

builder.prismaObject('CadrePresence', {
  description:
    'A month of a cadre’s presence record: one mark a day (P in the village day and night, D by day only, ' +
    'T on official business, L on approved leave, A absent without leave, - not stationed), what it adds ' +
    'up to, and the recall reasons the county’s rules find in it.',
  fields: (t) => ({
    month: t.exposeString('month', { description: 'The month, YYYY-MM.' }),
    days: t.exposeString('days', { description: 'One mark per day of the month, from the 1st.' }),
    presentDays: t.exposeInt('presentDays', { description: 'Days in the village (P, D, T).' }),
    nightsAway: t.exposeInt('nightsAway', {
      description: 'Days in the village by day only (D): the sign of 走读.',
    }),
    leaveDays: t.exposeInt('leaveDays', { description: 'Days on approved leave.' }),
    absentDays: t.exposeInt('absentDays', { description: 'Days absent without leave.' }),
    absenceSpells: t.int({
      description: 'Unexcused absences found: spells of consecutive days away without leave.',
      resolve: (p) => summarisePresence(p.days).absenceSpells,
    }),
    reasons: t.field({
      type: [RecallReasonEnum],
      description: 'The recall reasons the county’s rules find in the month; empty when none.',
      resolve: (p) => [...cadrePresenceMapper.reasonsOf(p)],
    }),
  }),
});

const RecallFindingRef = builder.objectRef<RecallFinding>('RecallFinding').implement({
  description: 'A reason to recall a cadre found by the county’s rules, with the month it was found in.',
  fields: (t) => ({
    reason: t.field({ type: RecallReasonEnum, description: 'The reason code.', resolve: (f) => f.reason }),
    reasonLabel: t.string({
      description: 'The reason in the requested language.',
      args: labelArgs,
      resolve: (f, args, context) => labelOf(RECALL_REASON_LABELS, f.reason, args, context),
    }),
    month: t.exposeString('month', {
      nullable: true,
      description: 'The month (YYYY-MM) of a presence reason; null for discipline and ratings.',
    }),
  }),
});

nodeScope('StationedCadre', 'stationedCadre', (context: Context) =>
  readableWhere(context, 'STATIONED_CADRE', { code: 'villageCode' }),
);

export const StationedCadreRef = builder.prismaNode('StationedCadre', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A village-stationed cadre (驻村干部) of a work team. For party organisers and the county and township ' +
    'officers of the village.',
  authScopes: (c, context) => mayRead(context.actor, 'STATIONED_CADRE', { regionCode: c.villageCode }),
  fields: (t) => ({
    name: t.string({
      nullable: true,
      description: 'The name, masked unless the caller may see it (an unmasked read is audited).',
      resolve: (c, _args, context) =>
        personalValue(
          context,
          { type: 'StationedCadre', id: c.id, regionCode: c.villageCode },
          'NAME',
          c.name,
        ),
    }),
    sendingUnit: t.exposeString('sendingUnit', { description: 'The unit that sent the cadre (派出单位).' }),
    role: t.field({
      type: CadreRoleEnum,
      description: 'The role in the team.',
      resolve: (c) => stationedCadreMapper.toDomain(c).role,
    }),
    roleLabel: t.string({
      description: 'The role in the requested language.',
      args: labelArgs,
      resolve: (c, args, context) =>
        labelOf(CADRE_ROLE_LABELS, stationedCadreMapper.toDomain(c).role, args, context),
    }),
    stationing: t.field({
      type: StationingKindEnum,
      description: 'Sent by a unit, or cross-stationed from a township (交叉驻村).',
      resolve: (c) => stationedCadreMapper.toDomain(c).stationing,
    }),
    from: t.field({
      type: 'Date',
      description: 'The first day of the stationing.',
      resolve: (c) => c.fromDate,
    }),
    until: t.field({
      type: 'Date',
      description: 'The last day (the day of a recall).',
      resolve: (c) => c.untilDate,
    }),
    status: t.field({
      type: CadreStatusEnum,
      description: 'Stationed, recalled or finished.',
      resolve: (c) => stationedCadreMapper.toDomain(c).status,
    }),
    statusLabel: t.string({
      description: 'The status in the requested language.',
      args: labelArgs,
      resolve: (c, args, context) =>
        labelOf(CADRE_STATUS_LABELS, stationedCadreMapper.toDomain(c).status, args, context),
    }),
    villageCode: t.exposeString('villageCode', { description: 'The village the team is stationed in.' }),
    team: t.relation('team', { description: 'The work team.' }),
    presence: t.relation('presence', {
      description: 'The presence record month by month, oldest first, optionally within months.',
      args: monthRange,
      query: (args) => ({ where: monthWhere(args), orderBy: { month: 'asc' } }),
    }),
    recallCases: t.relation('recalls', {
      description: 'The cadre’s recall cases, oldest first.',
      query: { orderBy: [{ openedOn: 'asc' }, { id: 'asc' }] },
    }),
    leaves: t.relation('leaves', {
      description: 'The cadre’s leave requests (请假) and their decisions, by first day.',
      query: { orderBy: [{ fromDate: 'asc' }, { id: 'asc' }] },
    }),
    recallFindings: t.field({
      type: [RecallFindingRef],
      description:
        'Every reason to recall the cadre the county’s rules find: presence, commuting and touring month ' +
        'by month, discipline (a case opened for it), and 不称职 reached through unexcused absences.',
      args: monthRange,
      select: (args) => ({
        presence: { where: monthWhere(args), orderBy: { month: 'asc' } },
        recalls: { where: { reason: 'DISCIPLINE' }, select: { id: true } },
      }),
      resolve: (c, _args) => [
        ...recallFindings(
          {
            months: c.presence.map(cadrePresenceMapper.toDomain),
            disciplineViolation: c.recalls.length > 0,
            rating: null,
          },
          stationingRulesFor(c.villageCode.slice(0, 6)),
        ),
      ],
    }),
  }),
});

nodeScope('WorkTeam', 'workTeam', () => ({}));

const WorkTeamRef = builder.prismaNode('WorkTeam', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A work team stationed in a village or monastery (驻村工作队), with its temporary party branch and the ' +
    'burdens the county counts to reduce (ledgers, work chat groups).',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The team’s name.' }),
    villageCode: t.exposeString('villageCode', { description: 'The village it is stationed in.' }),
    stationKind: t.field({
      type: StationKindEnum,
      description: 'A village or a monastery.',
      resolve: (w) => workTeamMapper.toDomain(w).stationKind,
    }),
    stationKindLabel: t.string({
      description: 'Where it is stationed, in the requested language.',
      args: labelArgs,
      resolve: (w, args, context) =>
        labelOf(STATION_KIND_LABELS, workTeamMapper.toDomain(w).stationKind, args, context),
    }),
    ledgers: t.exposeInt('ledgers', { description: 'Ledgers (台账) the team keeps.' }),
    chatGroups: t.exposeInt('chatGroups', { description: 'Work chat groups the team is in.' }),
    branch: t.relation('branch', { description: 'The team’s temporary party branch.' }),
    cadreCount: t.relationCount('cadres', {
      description: 'How many cadres the team has had (public count).',
    }),
    cadres: t.relation('cadres', {
      description: 'The team’s cadres the caller may read, first secretary first.',
      query: (_args, context) => ({ where: cadreWhere(context), orderBy: { id: 'asc' } }),
    }),
  }),
});

const StationedCadreFilter = builder.inputType('StationedCadreFilter', {
  description: 'Conditions a stationed cadre must meet; all given conditions apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Stationed inside this region.',
    }),
    status: t.field({ type: CadreStatusEnum, required: false, description: 'Only this status.' }),
    recallCandidate: t.boolean({
      required: false,
      description:
        'Only cadres (true) or only not (false) with a month whose record the county’s rules flag, within ' +
        'fromMonth–untilMonth when given.',
    }),
    fromMonth: t.string({
      required: false,
      validate: monthArg,
      description: 'Flagged months from (YYYY-MM).',
    }),
    untilMonth: t.string({
      required: false,
      validate: monthArg,
      description: 'Flagged months until (YYYY-MM).',
    }),
  }),
});

function stationedCadreWhere(
  context: Context,
  filter:
    | {
        within?: string | null;
        status?: CadreStatus | null;
        recallCandidate?: boolean | null;
        fromMonth?: string | null;
        untilMonth?: string | null;
      }
    | null
    | undefined,
): Prisma.StationedCadreWhereInput {
  const and: Prisma.StationedCadreWhereInput[] = [cadreWhere(context)];
  if (filter?.within) and.push(within('villageCode', filter.within));
  if (filter?.status) and.push({ status: filter.status });
  if (typeof filter?.recallCandidate === 'boolean') {
    const flagged = { some: { flagged: true, ...monthWhere(filter) } };
    and.push(filter.recallCandidate ? { presence: flagged } : { NOT: { presence: flagged } });
  }
  return { AND: and };
}

const WorkTeamFilter = builder.inputType('WorkTeamFilter', {
  description: 'Conditions a work team must meet.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Stationed inside this region.',
    }),
  }),
});

builder.queryFields((t) => ({
  stationedCadres: t.prismaConnection(
    {
      type: 'StationedCadre',
      cursor: 'id',
      description:
        'Stationed cadres the caller may read, by id; with `recallCandidate: true`, the recall candidates the ' +
        'county’s rules find in their presence records.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: StationedCadreFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.stationedCadre.count({ where: stationedCadreWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.stationedCadre.findMany({
          ...query,
          where: stationedCadreWhere(context, args.filter),
          orderBy: { id: 'asc' },
        }),
    },
    connectionOf(StationedCadreRef, 'StationedCadre'),
  ),
  workTeams: t.prismaConnection(
    {
      type: 'WorkTeam',
      cursor: 'id',
      description: 'Village-stationed work teams, by id.',
      args: { filter: t.arg({ type: WorkTeamFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.workTeam.count({
          where: args.filter?.within ? within('villageCode', args.filter.within) : {},
        }),
      resolve: (query, _root, args, context) =>
        context.db.workTeam.findMany({
          ...query,
          where: args.filter?.within ? within('villageCode', args.filter.within) : {},
          orderBy: { id: 'asc' },
        }),
    },
    connectionOf(WorkTeamRef, 'WorkTeam'),
  ),
}));

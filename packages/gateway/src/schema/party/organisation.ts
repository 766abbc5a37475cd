// The party organisation tree (党组织): committees, general branches, branches (a grid party branch
// linked to its grid; the temporary branch of a work team) and party groups, with their members,
// their organisational life (三会一课) and the compliance and structure checks core makes of them.
// The tree and its meetings are public; members follow the access model (PARTY_MEMBER).
import {
  BRANCH_KINDS,
  checkStructure,
  type LifeCompliance,
  type LifeGap,
  MEETING_KIND_LABELS,
  mayRead,
  meetingCounts,
  ORGANISATION_KIND_LABELS,
  type OrganisationKind,
  organisationalLifeCompliance,
  STRUCTURE_VIOLATION_LABELS,
  type StructureViolation,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { partyMeetingMapper, partyMemberMapper, partyOrganisationMapper } from '../../mappers/party.js';
import { GridRef } from '../grid/grid.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { PartyMeetingKindEnum, PartyOrganisationKindEnum, StructureViolationEnum } from './enums.js';
import { PartyMemberConnection } from './member.js';

const LifeGapRef = builder.objectRef<LifeGap>('PartyLifeGap').implement({
  description:
    'A period in which fewer meetings of a kind that count (quorum reached) were held than required.',
  fields: (t) => ({
    kind: t.field({
      type: PartyMeetingKindEnum,
      description: 'The kind of meeting.',
      resolve: (g) => g.kind,
    }),
    kindLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (g, args, context) => labelOf(MEETING_KIND_LABELS, g.kind, args, context),
    }),
    periodStart: t.field({
      type: 'Date',
      description: 'The first day of the period.',
      resolve: (g) => g.periodStart,
    }),
    periodEnd: t.field({
      type: 'Date',
      description: 'The last day of the period.',
      resolve: (g) => g.periodEnd,
    }),
    required: t.exposeInt('required', { description: 'How many the rules require in the period.' }),
    held: t.exposeInt('held', { description: 'How many that count were held.' }),
    withoutQuorum: t.exposeInt('withoutQuorum', {
      description: 'How many were held below quorum, so do not count.',
    }),
  }),
});

const LifeComplianceRef = builder.objectRef<LifeCompliance>('PartyLifeCompliance').implement({
  description:
    'The compliance of an organisation’s organisational life over a period, by the frequencies and quorums of ' +
    'the branch rules (RULES.md 2.10), judged by core: every whole month, quarter and year inside the period.',
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day judged.', resolve: (c) => c.from }),
    until: t.field({ type: 'Date', description: 'The last day judged.', resolve: (c) => c.until }),
    counted: t.exposeInt('counted', { description: 'Meetings that count towards the rules in the period.' }),
    compliant: t.boolean({
      description: 'True when nothing is missing.',
      resolve: (c) => c.gaps.length === 0,
    }),
    gaps: t.field({
      type: [LifeGapRef],
      description: 'What is missing, by kind and period.',
      resolve: (c) => [...c.gaps],
    }),
  }),
});

const StructureViolationRef = builder.objectRef<StructureViolation>('PartyStructureFinding').implement({
  description: 'One threshold an organisation breaks on a day, with its figure and the limit.',
  fields: (t) => ({
    code: t.field({ type: StructureViolationEnum, description: 'What is wrong.', resolve: (v) => v.code }),
    label: t.string({
      description: 'What is wrong, in the requested language.',
      args: labelArgs,
      resolve: (v, args, context) => labelOf(STRUCTURE_VIOLATION_LABELS, v.code, args, context),
    }),
    actual: t.exposeInt('actual', { description: 'The organisation’s figure.' }),
    limit: t.exposeInt('limit', { description: 'The limit it breaks.' }),
  }),
});

/** Members the caller may read, in SQL: inside the caller's reach for PARTY_MEMBER, or their own. */
export function memberWhere(context: Context): Prisma.PartyMemberWhereInput {
  return readableWhere(context, 'PARTY_MEMBER', { code: 'regionCode', personId: 'personId' });
}

nodeScope('PartyOrganisation', 'partyOrganisation', () => ({}));

export const PartyOrganisationRef = builder.prismaNode('PartyOrganisation', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A party organisation (党组织): a committee, a general branch, a branch or a party group. Public: the ' +
    'tree, its counts and its meetings; its members follow the access model.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name, in Chinese.' }),
    kind: t.field({
      type: PartyOrganisationKindEnum,
      description: 'The kind of organisation.',
      resolve: (o) => partyOrganisationMapper.toDomain(o).kind,
    }),
    kindLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (o, args, context) =>
        labelOf(ORGANISATION_KIND_LABELS, partyOrganisationMapper.toDomain(o).kind, args, context),
    }),
    regionCode: t.exposeString('regionCode', {
      description: 'The region it sits in (county, township or village).',
    }),
    unitCount: t.exposeInt('unitCount', {
      description: 'How many units a joint branch covers; 1 otherwise.',
    }),
    committeeSize: t.exposeInt('committeeSize', {
      description: 'Members of its committee (支委会); 0 where a secretary alone leads.',
    }),
    termStartedOn: t.field({
      type: 'Date',
      description: 'When the current term began (换届).',
      resolve: (o) => o.termStartedOn,
    }),
    parent: t.relation('parent', { nullable: true, description: 'The organisation above; null at the top.' }),
    children: t.relation('children', {
      description: 'The organisations directly below (a branch’s party groups), by id.',
      query: { orderBy: { id: 'asc' } },
    }),
    grid: t.loadable({
      type: GridRef,
      nullable: true,
      description:
        'The grid of a grid party branch (and of its groups); null for other organisations, and for callers ' +
        'who may not read grids there.',
      // Every organisation of a list asks at once: one statement for all their grids.
      load: async (codes: string[], context: Context) => {
        const rows = await context.db.grid.findMany({ where: { code: { in: codes } } });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return codes.map((code) => byCode.get(code) ?? new Error(`no grid ${code}`));
      },
      resolve: (o, _args, context) =>
        o.gridCode !== null && mayRead(context.actor, 'GRID', { regionCode: o.gridCode }) ? o.gridCode : null,
    }),
    members: t.relatedConnection(
      'members',
      {
        description:
          'The members of a branch (applicants and activists included), by id: those the caller may read ' +
          '(party organisers, county and township officers of the region; a member their own record).',
        cursor: 'id',
        totalCount: true,
        query: (_args, context) => ({ where: memberWhere(context), orderBy: { id: 'asc' } }),
      },
      PartyMemberConnection,
    ),
    groupMembers: t.relation('groupMembers', {
      description: 'The members of a party group the caller may read, by id; empty for other organisations.',
      query: (_args, context) => ({ where: memberWhere(context), orderBy: { id: 'asc' } }),
    }),
    meetings: t.relatedConnection(
      'meetings',
      {
        description: 'The organisational life held, latest first, optionally within a period.',
        cursor: 'id',
        totalCount: true,
        args: {
          from: t.arg({ type: 'Date', required: false, description: 'Held on or after this day.' }),
          until: t.arg({ type: 'Date', required: false, description: 'Held on or before this day.' }),
        },
        query: (args) => ({
          where: { heldOn: { gte: args.from ?? undefined, lte: args.until ?? undefined } },
          orderBy: [{ heldOn: 'desc' }, { id: 'desc' }],
        }),
      },
      PartyMeetingConnection,
    ),
    lifeCompliance: t.field({
      type: LifeComplianceRef,
      nullable: true,
      description:
        'Whether the organisational life from `from` to `until` met the rules, with every gap; null for a ' +
        'committee or general branch, which the rules of 三会一课 do not bind.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'The first day judged.' }),
        until: t.arg({ type: 'Date', required: true, description: 'The last day judged.' }),
      },
      select: (args) => ({
        meetings: { where: { heldOn: { gte: args.from, lte: args.until } }, orderBy: { id: 'asc' } },
      }),
      resolve: (o, args) => {
        const organisation = partyOrganisationMapper.toDomain(o);
        if (!BRANCH_KINDS.includes(organisation.kind) && organisation.kind !== 'GROUP') return null;
        return organisationalLifeCompliance(
          organisation,
          o.meetings.map(partyMeetingMapper.toDomain),
          calendarDate(args.from),
          calendarDate(args.until),
        );
      },
    }),
    structureFindings: t.field({
      type: [StructureViolationRef],
      nullable: true,
      description:
        'Every threshold of the branch rules the branch breaks on `on` (today by default), counting its ' +
        'members as of that day; null for a committee, a general branch or a group.',
      args: {
        on: t.arg({ type: 'Date', required: false, description: 'The day checked; today by default.' }),
      },
      select: { members: true },
      resolve: (o, args, context) => {
        const organisation = partyOrganisationMapper.toDomain(o);
        if (!BRANCH_KINDS.includes(organisation.kind)) return null;
        const on = args.on ? calendarDate(args.on) : todayOf(context);
        return [...checkStructure(organisation, o.members.map(partyMemberMapper.toDomain), on)];
      },
    }),
  }),
});

nodeScope('PartyMeeting', 'partyMeeting', () => ({}));

const PartyMeetingRef = builder.prismaNode('PartyMeeting', {
  id: { field: 'id' },
  nullable: true,
  description: 'A meeting of organisational life (三会一课) with its attendance.',
  fields: (t) => ({
    kind: t.field({
      type: PartyMeetingKindEnum,
      description: 'The kind of meeting.',
      resolve: (m) => partyMeetingMapper.toDomain(m).kind,
    }),
    kindLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (m, args, context) =>
        labelOf(MEETING_KIND_LABELS, partyMeetingMapper.toDomain(m).kind, args, context),
    }),
    heldOn: t.field({ type: 'Date', description: 'The day it was held.', resolve: (m) => m.heldOn }),
    topic: t.exposeString('topic', { description: 'What it was about.' }),
    entitled: t.exposeInt('entitled', {
      description: 'Who should have attended (with a vote, for a member meeting).',
    }),
    present: t.exposeInt('present', { description: 'Who attended.' }),
    counts: t.boolean({
      description:
        'Whether it reached its quorum and so counts towards the rules (a meeting below quorum does not).',
      resolve: (m) => meetingCounts(partyMeetingMapper.toDomain(m)),
    }),
    organisation: t.relation('organisation', { description: 'The organisation that held it.' }),
  }),
});

const PartyMeetingConnection = connectionOf(PartyMeetingRef, 'PartyMeeting');
const PartyOrganisationConnection = connectionOf(PartyOrganisationRef, 'PartyOrganisation');

const PartyOrganisationFilter = builder.inputType('PartyOrganisationFilter', {
  description: 'Conditions a party organisation must meet; all given conditions apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Sitting inside this region.',
    }),
    kind: t.field({ type: PartyOrganisationKindEnum, required: false, description: 'Only this kind.' }),
  }),
});

function organisationWhere(
  filter: { within?: string | null; kind?: OrganisationKind | null } | null | undefined,
): Prisma.PartyOrganisationWhereInput {
  const and: Prisma.PartyOrganisationWhereInput[] = [];
  if (filter?.within) and.push(within('regionCode', filter.within));
  if (filter?.kind) and.push({ kind: filter.kind });
  return { AND: and };
}

builder.queryField('partyOrganisations', (t) =>
  t.prismaConnection(
    {
      type: 'PartyOrganisation',
      cursor: 'id',
      description: 'Party organisations, by id (so a parent comes before its groups).',
      args: { filter: t.arg({ type: PartyOrganisationFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.partyOrganisation.count({ where: organisationWhere(args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.partyOrganisation.findMany({
          ...query,
          where: organisationWhere(args.filter),
          orderBy: { id: 'asc' },
        }),
    },
    PartyOrganisationConnection,
  ),
);

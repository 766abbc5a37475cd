// 网格: grids, their household-joint units (联户), households and homeowners' committees, the live
// staffing assessment, and the grid list with its filters.
import {
  assessGridStaffing,
  COMMITTEE_SEAT_LABELS,
  GRID_KIND_LABELS,
  GRID_ROLE_LABELS,
  type GridKind,
  isRegionCode,
  labelFor,
  type RoleStaffing,
  STAFFING_GAP_KIND_LABELS,
  type StaffingAssessment,
  type StaffingGap,
  type StaffingModel,
  staffingModelOf,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { committeeMemberMapper, gridMapper, staffAssignmentMapper } from '../../mappers/grid.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { todayOf } from '../shared/dates.js';
import { LocaleEnum, labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { localName } from '../shared/names.js';
import { nodeScope } from '../shared/node-scope.js';
import { OrderDirection } from '../shared/order.js';
import { readableWhere, within } from '../shared/scope.js';
import { CommitteeSeatEnum, GridKindEnum, GridRoleEnum, StaffingGapKindEnum } from './enums.js';
import { inForceOn } from './sql.js';

const RoleStaffingRef = builder.objectRef<RoleStaffing>('RoleStaffing').implement({
  description: 'The staffing of one role in one grid, against what its model wants.',
  fields: (t) => ({
    role: t.field({ type: GridRoleEnum, description: 'The role.', resolve: (row) => row.role }),
    roleLabel: t.string({
      description: 'The role in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) => labelOf(GRID_ROLE_LABELS, row.role, args, context),
    }),
    required: t.exposeInt('required', { description: 'How many people the model wants at least.' }),
    maximum: t.exposeInt('maximum', {
      nullable: true,
      description: 'How many people the model allows at most; null when it sets no upper limit.',
    }),
    actual: t.exposeInt('actual', { description: 'How many people hold the role (each person once).' }),
    missing: t.exposeInt('missing', { description: 'How many are missing to reach the requirement.' }),
    surplus: t.exposeInt('surplus', { description: 'How many are above the maximum.' }),
  }),
});

const StaffingGapRef = builder.objectRef<StaffingGap>('StaffingGap').implement({
  description: 'One way a grid departs from its staffing model.',
  fields: (t) => ({
    kind: t.field({ type: StaffingGapKindEnum, description: 'What is wrong.', resolve: (gap) => gap.kind }),
    kindLabel: t.string({
      description: 'What is wrong, as a label.',
      args: labelArgs,
      resolve: (gap, args, context) => labelOf(STAFFING_GAP_KIND_LABELS, gap.kind, args, context),
    }),
    role: t.field({
      type: GridRoleEnum,
      nullable: true,
      description: 'The role missing or in surplus; null for a unit without its head assigned.',
      resolve: (gap) => ('role' in gap ? gap.role : null),
    }),
    count: t.int({
      nullable: true,
      description: 'How many people are missing or in surplus; null for a unit without its head assigned.',
      resolve: (gap) => ('count' in gap ? gap.count : null),
    }),
    unit: t.prismaField({
      type: 'HouseholdJointUnit',
      nullable: true,
      description: 'The household-joint unit whose head is not assigned as one; null for other gaps.',
      resolve: (query, gap, _args, context) =>
        'unitId' in gap
          ? context.db.householdJointUnit.findUnique({ ...query, where: { id: gap.unitId } })
          : null,
    }),
  }),
});

/** What the `staffing` field returns: core's assessment and the model it was made against. */
interface StaffingResult {
  readonly assessment: StaffingAssessment;
  readonly model: StaffingModel;
}

const StaffingAssessmentRef = builder.objectRef<StaffingResult>('StaffingAssessment').implement({
  description:
    "A grid's staff checked against its staffing model (人员配备模式): compliant exactly when there are no gaps.",
  fields: (t) => ({
    compliant: t.boolean({
      description: 'Whether the grid meets its model.',
      resolve: (result) => result.assessment.compliant,
    }),
    modelCode: t.string({
      description: 'The model, for example URBAN_1_3 ("1+3+联户长").',
      resolve: (result) => result.model.id,
    }),
    modelName: t.string({
      description: "The model's name in the requested language.",
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (result, args, context) =>
        labelFor(result.model.name, resolveLocale(args.locale, context.locale)),
    }),
    byRole: t.field({
      type: [RoleStaffingRef],
      description: 'Each role the model names, with required, actual, missing and surplus.',
      resolve: (result) => [...result.assessment.byRole],
    }),
    gaps: t.field({
      type: [StaffingGapRef],
      description: 'Every departure from the model; empty when the grid complies.',
      resolve: (result) => [...result.assessment.gaps],
    }),
  }),
});

export const gridReadable = nodeScope(
  'Grid',
  'grid',
  (context: Context) => readableWhere(context, 'GRID', { code: 'code' }),
  { idField: 'code' },
);

export const GridRef = builder.prismaNode('Grid', {
  id: { field: 'code' },
  nullable: true,
  description:
    'A grid (网格): the smallest unit of grassroots management, inside one village or community, with ' +
    'its staff, household-joint units and households.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The 15-digit grid code: the 12-digit village code and a 3-digit sequence.',
    }),
    sequence: t.exposeInt('sequence', { description: 'The number of the grid within its village.' }),
    kind: t.field({
      type: GridKindEnum,
      description: 'Urban or pastoral; decides the staffing model.',
      resolve: (grid) => gridMapper.toRef(grid).kind,
    }),
    kindLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (grid, args, context) => labelOf(GRID_KIND_LABELS, gridMapper.toRef(grid).kind, args, context),
    }),
    name: t.string({
      description: 'The name in the requested language.',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (grid, args, context) => localName(grid, resolveLocale(args.locale, context.locale)),
    }),
    nameZh: t.exposeString('nameZh', { description: 'The name in Chinese.' }),
    nameBo: t.exposeString('nameBo', { description: 'The name in Tibetan script.' }),
    nameEn: t.exposeString('nameEn', { description: 'The name in English.' }),
    village: t.relation('village', { description: 'The village or community the grid lies in.' }),
    compliant: t.exposeBoolean('compliant', {
      description:
        'Whether the staff met the staffing model when they last changed (stored, so lists filter on it); ' +
        '`staffing` assesses the staff in force today.',
    }),
    staff: t.relation('assignments', {
      description: 'The assignments of people to this grid, in force today unless ended ones are asked for.',
      args: {
        role: t.arg({ type: GridRoleEnum, required: false, description: 'Only this role.' }),
        includeEnded: t.arg.boolean({
          required: false,
          defaultValue: false,
          description: 'Also list assignments that have ended or not yet begun.',
        }),
      },
      query: (args, context) => ({
        where: {
          AND: [args.includeEnded ? {} : inForceOn(todayOf(context)), args.role ? { role: args.role } : {}],
        },
        orderBy: { id: 'asc' },
      }),
    }),
    staffing: t.field({
      type: StaffingAssessmentRef,
      description: "Today's staff checked against the grid's staffing model, by role, with the gaps.",
      select: (_args, context) => ({
        kind: true,
        units: { select: { id: true, headPersonId: true } },
        assignments: { where: inForceOn(todayOf(context)) },
      }),
      resolve: (grid, _args, context) => {
        const subject = { ...gridMapper.toRef(grid), units: grid.units };
        const assignments = grid.assignments.map(staffAssignmentMapper.toDomain);
        return {
          assessment: assessGridStaffing(subject, assignments, todayOf(context)),
          model: staffingModelOf(subject),
        };
      },
    }),
    units: t.relatedConnection(
      'units',
      {
        description: 'The household-joint units (联户) of the grid, in order.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      connectionOf(HouseholdJointUnitRef, 'HouseholdJointUnit'),
    ),
    households: t.relatedConnection(
      'households',
      {
        description: 'The households of the grid, in order.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      HouseholdConnection,
    ),
    committees: t.relation('committees', {
      description: "The homeowners' committees of an urban grid (网格+业主委员会); empty for a pastoral one.",
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

nodeScope('HouseholdJointUnit', 'householdJointUnit', (context: Context) =>
  readableWhere(context, 'GRID', { code: 'gridCode' }),
);

const HouseholdJointUnitRef = builder.prismaNode('HouseholdJointUnit', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A household-joint unit (联户): neighbouring households led by one household-joint head (联户长).',
  authScopes: { authenticated: true },
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'The number of the unit within its grid.' }),
    name: t.exposeString('name', { nullable: true, description: 'A local name such as 第3联户, if any.' }),
    grid: t.relation('grid', { description: 'The grid the unit belongs to.' }),
    head: t.relation('head', { description: 'The household-joint head who leads the unit.' }),
    householdCount: t.relationCount('households', { description: 'How many households the unit holds.' }),
    households: t.relatedConnection(
      'households',
      {
        description: 'The households of the unit, in order.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      HouseholdConnection,
    ),
  }),
});

export const householdReadable = nodeScope('Household', 'household', (context: Context) =>
  readableWhere(context, 'HOUSEHOLD', { code: 'gridCode' }),
);

const HouseholdRef = builder.prismaNode('Household', {
  id: { field: 'id' },
  nullable: true,
  description: 'A household (户), in exactly one household-joint unit.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    unit: t.relation('unit', { description: 'The household-joint unit the household belongs to.' }),
    grid: t.relation('grid', { description: 'The grid the household lies in.' }),
  }),
});

nodeScope('HomeownersCommittee', 'homeownersCommittee', (context: Context) =>
  readableWhere(context, 'GRID', { code: 'gridCode' }),
);
const HouseholdConnection = connectionOf(HouseholdRef, 'Household');

builder.prismaNode('HomeownersCommittee', {
  id: { field: 'id' },
  nullable: true,
  description:
    "A homeowners' committee (业主委员会) of an urban grid: the grid chief, household-joint heads and " +
    'building heads sit on it beside homeowners.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the committee.' }),
    grid: t.relation('grid', { description: 'The urban grid the committee belongs to.' }),
    members: t.relation('members', {
      description: 'The members with their seats.',
      query: { orderBy: [{ seat: 'asc' }, { personId: 'asc' }] },
    }),
  }),
});

builder.prismaObject('CommitteeMember', {
  description: "A member of a homeowners' committee and the capacity they sit in.",
  fields: (t) => ({
    person: t.relation('person', { description: 'The member.' }),
    seat: t.field({
      type: CommitteeSeatEnum,
      description: 'The capacity the member sits in.',
      resolve: (member) => committeeMemberMapper.toDomain(member).seat,
    }),
    seatLabel: t.string({
      description: 'The seat as a label in the requested language.',
      args: labelArgs,
      resolve: (member, args, context) =>
        labelOf(COMMITTEE_SEAT_LABELS, committeeMemberMapper.toDomain(member).seat, args, context),
    }),
  }),
});

// ---- the grid list --------------------------------------------------------------------------------

const GridOrderField = builder.enumType('GridOrderField', {
  description: 'What grids can be ordered by.',
  values: {
    CODE: { value: 'code', description: 'Grid code (village code, then sequence).' },
    KIND: { value: 'kind', description: 'Kind (pastoral before urban), then code.' },
  } as const,
});

const GridOrder = builder.inputType('GridOrder', {
  description: 'The order of a grid list; ties are broken by code.',
  fields: (t) => ({
    field: t.field({ type: GridOrderField, required: true, description: 'The field to order by.' }),
    direction: t.field({
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
      description: 'Ascending or descending.',
    }),
  }),
});

const GridFilter = builder.inputType('GridFilter', {
  description: 'Conditions a grid must meet; all given conditions apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Only grids inside this region (a county, township or village code).',
    }),
    kind: t.field({ type: GridKindEnum, required: false, description: 'Only grids of this kind.' }),
    compliant: t.boolean({
      required: false,
      description: 'Only grids that meet (true) or break (false) their staffing model.',
    }),
  }),
});

type GridFilterInput =
  | { within?: string | null; kind?: GridKind | null; compliant?: boolean | null }
  | null
  | undefined;

/** The SQL condition of a grid list: a prefix range on the code, the kind, the stored compliance. */
function gridWhere(filter: GridFilterInput): Prisma.GridWhereInput {
  const and: Prisma.GridWhereInput[] = [];
  if (filter?.within && isRegionCode(filter.within)) and.push(within('code', filter.within));
  if (filter?.kind) and.push({ kind: filter.kind });
  if (typeof filter?.compliant === 'boolean') and.push({ compliant: filter.compliant });
  return { AND: and };
}

function gridOrder(
  order: { field: 'code' | 'kind'; direction?: 'asc' | 'desc' | null } | null | undefined,
): Prisma.GridOrderByWithRelationInput[] {
  const direction = order?.direction ?? 'asc';
  if (order?.field === 'kind') return [{ kind: direction }, { code: direction }];
  return [{ code: direction }];
}

builder.queryFields((t) => ({
  grid: t.prismaField({
    type: 'Grid',
    nullable: true,
    description: 'One grid by its 15-digit code; null when there is none or the caller may not read it.',
    authScopes: { authenticated: true },
    args: { code: t.arg.string({ required: true, validate: regionCodeArg, description: 'The grid code.' }) },
    resolve: (query, _root, args, context) =>
      context.db.grid.findFirst({ ...query, where: { AND: [{ code: args.code }, gridReadable(context)] } }),
  }),
  grids: t.prismaConnection(
    {
      type: 'Grid',
      cursor: 'code',
      description:
        'The grids the caller may read that match a filter, in a stable order, counted in the database.',
      authScopes: { authenticated: true },
      args: {
        filter: t.arg({
          type: GridFilter,
          required: false,
          description: 'Conditions; none means every grid.',
        }),
        orderBy: t.arg({ type: GridOrder, required: false, description: 'Defaults to code ascending.' }),
      },
      totalCount: (_root, args, context) =>
        context.db.grid.count({ where: { AND: [gridReadable(context), gridWhere(args.filter)] } }),
      resolve: (query, _root, args, context) =>
        context.db.grid.findMany({
          ...query,
          where: { AND: [gridReadable(context), gridWhere(args.filter)] },
          orderBy: gridOrder(args.orderBy),
        }),
    },
    connectionOf(GridRef, 'Grid'),
  ),
}));

// 事项: matters raised by records and handled through the digital city-management cycle the Fengqiao
// way (事在网格中办): settled on the spot or handled level by level, timeouts raising warning, reminder
// and supervision, moved up only by a decision, closed by a callback and an evaluation. The Matter
// node and the matters list. The actions on a matter are in matter-actions.ts.
import {
  canReadMatter,
  ESCALATION_LEVEL_LABELS,
  FUNCTIONAL_DEPARTMENT_LABELS,
  type FunctionalDepartment,
  isPastDeadline,
  MATTER_STATE_LABELS,
  MATTER_SUBTYPE_LABELS,
  type MatterDeadline,
  type MatterState,
  matterActionsFor,
  matterDeadline,
  open311StatusOf,
  proposeDepartment,
  RECORD_CATEGORY_LABELS,
  SUPERVISION_STAGE_LABELS,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import type { Matter as MatterRow } from '../../generated/sqlite/client.js';
import { matterOf } from '../../mappers/matter.js';
import { PersonRef } from '../person/person.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import {
  EscalationLevelEnum,
  FunctionalDepartmentEnum,
  gridTimeWhere,
  MatterActionEnum,
  MatterNatureEnum,
  MatterStateEnum,
  MatterSubTypeEnum,
  MatterUrgencyEnum,
  RecordCategoryEnum,
  SatisfactionEnum,
  type SharedWhere,
  SupervisionStageEnum,
  type TimeFilterInput,
  TimeOrder,
  timeOrder,
} from './enums.js';
import { MatterEventConnection } from './matter-event.js';
import { matterReach, matterReadableWhere } from './reach.js';

/** A person field read through one batched query per request (assignee, handler, actor). */
export function personLoader<Parent>(description: string, keyOf: (parent: Parent) => string | null) {
  return {
    type: PersonRef,
    nullable: true as const,
    description,
    load: (ids: string[], context: Context) => context.db.person.findMany({ where: { id: { in: ids } } }),
    sort: (person: { id: string }) => person.id,
    resolve: keyOf,
  };
}

// Core needs the calendar of the matter's own region (Tibet's regional days count, and the official
// schedules loaded so far) and the request's now.
async function deadlineOf(row: MatterRow, context: Context): Promise<MatterDeadline | null> {
  const deadline = matterDeadline(matterOf(row), await context.calendars.calendarFor(row.gridCode));
  return deadline.ok ? deadline.value : null;
}

export const matterReadable = nodeScope('Matter', 'matter', matterReadableWhere);

export const MatterRef = builder.prismaNode('Matter', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A matter (事项) raised by a record and handled through the cycle 上报 → 立案 → 派遣 → 受理 → 反馈 → 核查结案 → ' +
    '回访 → 综合评价, or settled on the spot (即办). A timeout raises warning, reminder and supervision against ' +
    'the person holding it; it moves up grid → village → township → county only by a decision, and a ' +
    'collective or stability-related matter goes straight to the level that must know. From the township up ' +
    'it can be routed to a functional department (职能部门), whose officers there then handle it and read it.',
  authScopes: (matter, context) => canReadMatter(context.actor, matterOf(matter)),
  fields: (t) => ({
    state: t.field({
      type: MatterStateEnum,
      description: 'Where the matter is in the cycle.',
      resolve: (matter) => matterOf(matter).state,
    }),
    stateLabel: t.string({
      description: 'The state as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) => labelOf(MATTER_STATE_LABELS, matterOf(matter).state, args, context),
    }),
    open311Status: t.string({
      description: 'The Open311 GeoReport v2 status, "open" or "closed", for other civic tools.',
      resolve: (matter) => open311StatusOf(matterOf(matter).state),
    }),
    open: t.exposeBoolean('open', {
      description: 'Whether the matter is open (neither rejected nor closed).',
    }),
    allowedActions: t.field({
      type: [MatterActionEnum],
      description:
        'The actions the caller may take now: those the transition table allows from the current state, ' +
        'that the caller’s duties allow at the level handling the matter, and that the lifecycle lets this ' +
        'person take (only the assignee accepts, or a dispatcher on their behalf; only the handler reports ' +
        'back; the handler does not check their own work). Empty for a caller without a linked person. The ' +
        'mutations authorise with the same rule, so an action listed here is not refused as forbidden.',
      resolve: (matter, _args, context) => [...matterActionsFor(context.actor, matterOf(matter))],
    }),
    level: t.field({
      type: EscalationLevelEnum,
      description: 'The level handling it now; it only rises.',
      resolve: (matter) => matterOf(matter).level,
    }),
    levelLabel: t.string({
      description: 'The level as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(ESCALATION_LEVEL_LABELS, matterOf(matter).level, args, context),
    }),
    version: t.exposeInt('version', {
      description:
        'Grows by one with every change; pass it back as expectedVersion to detect concurrent edits.',
    }),
    category: t.field({
      type: RecordCategoryEnum,
      description: 'The category of the record that raised it.',
      resolve: (matter) => matterOf(matter).category,
    }),
    categoryLabel: t.string({
      description: 'The category as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(RECORD_CATEGORY_LABELS, matterOf(matter).category, args, context),
    }),
    gridCode: t.exposeString('gridCode', { description: 'The 15-digit code of the grid where it arose.' }),
    grid: t.relation('grid', { description: 'The grid where it arose.' }),
    record: t.relation('record', { description: 'The public-opinion record that raised it.' }),
    assignee: t.loadable(
      personLoader<MatterRow>(
        'Who it was last dispatched to, masked as the caller may see them; null before dispatch or when it ' +
          'went to a team or to a level as a whole.',
        (matter) => matter.assigneeId,
      ),
    ),
    handler: t.loadable(
      personLoader<MatterRow>(
        'The worker who accepted it and handles it; null until someone accepts.',
        (matter) => matter.handlerId,
      ),
    ),
    reportedAt: t.expose('reportedAt', { type: 'DateTime', description: 'When the record was made.' }),
    clockStartedAt: t.expose('clockStartedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was first dispatched (the clock starts); null before.',
    }),
    levelStartedAt: t.expose('levelStartedAt', {
      type: 'DateTime',
      nullable: true,
      description: "When the current level's time limit started: the first dispatch, then each escalation.",
    }),
    closedAt: t.expose('closedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was checked and closed; null while not closed.',
    }),
    resolutionMinutes: t.exposeInt('resolutionMinutes', {
      nullable: true,
      description: 'Whole minutes from report to closing; null while not closed.',
    }),
    updatedAt: t.expose('updatedAt', { type: 'DateTime', description: 'When it last changed.' }),
    dueAt: t.field({
      type: 'DateTime',
      nullable: true,
      description:
        "When the current level's time limit runs out: its limit in working days of the region's calendar " +
        '(public holidays, adjusted working days and Tibet’s regional days count), from the day the level ' +
        'started; null when no clock runs or the calendar does not cover the dates.',
      resolve: async (matter, _args, context) => (await deadlineOf(matter, context))?.dueAt ?? null,
    }),
    dueAtProvisional: t.boolean({
      nullable: true,
      description:
        'True when dueAt counts days of a year whose official holiday schedule is not loaded yet (the ' +
        'statutory holidays computed by rule, Tibet’s regional days estimated): it may move when the ' +
        'schedule is published and loaded. Null when dueAt is null.',
      resolve: async (matter, _args, context) => (await deadlineOf(matter, context))?.provisional ?? null,
    }),
    overdue: t.boolean({
      description:
        'Whether the level ran out of time at the time of the request: a reminder is due against the ' +
        'handler, and the matter may be moved up as OVERDUE if someone so decides. Time alone never moves it.',
      resolve: async (matter, _args, context) => {
        const calendar = await context.calendars.calendarFor(matter.gridCode);
        const due = isPastDeadline(matterOf(matter), context.now, calendar);
        return due.ok && due.value;
      },
    }),
    department: t.field({
      type: FunctionalDepartmentEnum,
      nullable: true,
      description:
        'The functional department it was routed to (分派职能部门), whose officers at the level handling it ' +
        'accept and handle it; null while it is handled territorially.',
      resolve: (matter) => matterOf(matter).department,
    }),
    departmentLabel: t.string({
      nullable: true,
      description: 'The department as a label in the requested language; null when not routed.',
      args: labelArgs,
      resolve: (matter, args, context) => {
        const department = matterOf(matter).department;
        return department === null ? null : labelOf(FUNCTIONAL_DEPARTMENT_LABELS, department, args, context);
      },
    }),
    suggestedDepartment: t.field({
      type: FunctionalDepartmentEnum,
      nullable: true,
      description:
        'The department the routing rules propose for it by its category, sub-type and nature (a proposal: ' +
        'the dispatcher decides, from the township up); null when no department has the work.',
      resolve: (matter) => proposeDepartment(matterOf(matter)),
    }),
    subType: t.field({
      type: MatterSubTypeEnum,
      description: 'What kind of matter it is within its category (事项小类).',
      resolve: (matter) => matterOf(matter).details.subType,
    }),
    subTypeLabel: t.string({
      description: 'The sub-type as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(MATTER_SUBTYPE_LABELS, matterOf(matter).details.subType, args, context),
    }),
    urgency: t.field({
      type: MatterUrgencyEnum,
      description: 'How urgent it is.',
      resolve: (matter) => matterOf(matter).details.urgency,
    }),
    nature: t.field({
      type: MatterNatureEnum,
      description: 'Ordinary, collective (群体性) or stability-related (涉稳).',
      resolve: (matter) => matterOf(matter).details.nature,
    }),
    parties: t.exposeInt('parties', {
      description: 'The sides of a dispute, or the people or households concerned.',
    }),
    headCount: t.exposeInt('headCount', { description: 'How many people are involved (涉及人数).' }),
    place: t.exposeString('place', {
      nullable: true,
      description: 'Where it happened, in words; null when not given.',
    }),
    supervision: t.field({
      type: SupervisionStageEnum,
      nullable: true,
      description:
        'The highest stage a timeout raised at the current level (预警 / 催办 / 督办); null before any. Each ' +
        'stage is also an event counted against the person then holding the matter.',
      resolve: (matter) => matterOf(matter).supervision,
    }),
    supervisionLabel: t.string({
      nullable: true,
      description: 'The supervision stage as a label; null before any.',
      args: labelArgs,
      resolve: (matter, args, context) => {
        const stage = matterOf(matter).supervision;
        return stage === null ? null : labelOf(SUPERVISION_STAGE_LABELS, stage, args, context);
      },
    }),
    extensionDays: t.exposeInt('extensionDays', {
      description: "Working days added to the current level's time limit by extensions (延期).",
    }),
    suspendedAt: t.expose('suspendedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When it was suspended (挂起; its clock stopped); null unless it is.',
    }),
    satisfaction: t.field({
      type: SatisfactionEnum,
      nullable: true,
      description: 'The resident’s rating at the callback (回访); null before it, and after a reopening.',
      resolve: (matter) => matterOf(matter).satisfaction,
    }),
    events: t.relatedConnection(
      'events',
      {
        description:
          'Every change of the matter, oldest first: the report that opened it, then each action and escalation.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { version: 'asc' } },
      },
      MatterEventConnection,
    ),
  }),
});

const MatterFilter = builder.inputType('MatterFilter', {
  description:
    "Conditions a matter must meet; all given conditions apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Only matters of grids inside this region (county, township, village or grid code).',
    }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'Only this grid.' }),
    category: t.field({ type: RecordCategoryEnum, required: false, description: 'Only this category.' }),
    state: t.field({ type: MatterStateEnum, required: false, description: 'Only this state.' }),
    open: t.boolean({
      required: false,
      description: 'Only open (true) or only closed and rejected (false).',
    }),
    department: t.field({
      type: FunctionalDepartmentEnum,
      required: false,
      description: 'Only matters routed to this functional department.',
    }),
    from: t.field({ type: 'DateTime', required: false, description: 'Reported at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Reported before this instant.' }),
  }),
});

function matterWhere(
  context: Context,
  filter:
    | (TimeFilterInput & {
        state?: MatterState | null;
        open?: boolean | null;
        department?: FunctionalDepartment | null;
      })
    | null
    | undefined,
): Prisma.MatterWhereInput {
  const reach = matterReach(context) as SharedWhere | null;
  const and: Prisma.MatterWhereInput[] = gridTimeWhere(context, 'MATTER', filter, reach);
  if (filter?.state) and.push({ state: filter.state });
  if (typeof filter?.open === 'boolean') and.push({ open: filter.open });
  if (filter?.department) and.push({ department: filter.department });
  return { AND: and };
}

builder.queryField('matters', (t) =>
  t.prismaConnection(
    {
      type: 'Matter',
      cursor: 'id',
      description:
        "Matters in the caller's region (for a department's officers, those routed to it), newest first by " +
        "default. A grid's open matters come from one index (grid, open, reported at, id), a department's " +
        'from another (department, grid, reported at, id).',
      authScopes: { authenticated: true },
      args: {
        filter: t.arg({ type: MatterFilter, required: false, description: 'Conditions.' }),
        orderBy: t.arg({ type: TimeOrder, required: false, description: 'Defaults to newest first.' }),
      },
      totalCount: (_root, args, context) =>
        context.db.matter.count({ where: matterWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.matter.findMany({
          ...query,
          where: matterWhere(context, args.filter),
          orderBy: timeOrder(args.orderBy),
        }),
    },
    connectionOf(MatterRef, 'Matter'),
  ),
);

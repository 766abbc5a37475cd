// 请销假: leave requests through core's lifecycle. Only the managing unit decides ("谁用人，谁管理");
// a decision is written only over the version it was made on, so two concurrent approvals leave one.
import { randomUUID } from 'node:crypto';
import {
  ASSIGNMENT_ERRORS,
  allowedLeaveActions,
  authoriseLeaveApplication,
  canSeeStaffRecords,
  createLeaveRequest,
  GRID_ACCESS_ERRORS,
  LEAVE_ERRORS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
  type LeaveAction,
  type LeaveDecision,
  leaveActorFor,
  leaveTransitionNotAllowed,
  requestedLeaveDays,
  transitionLeave,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { leaveRequestMapper, staffAssignmentMapper } from '../../mappers/grid.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate } from '../shared/dates.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { failed, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { LeaveActionEnum, LeaveKindEnum, LeaveStatusEnum } from './enums.js';

const LeaveDecisionRef = builder.objectRef<LeaveDecision>('LeaveDecision').implement({
  description: "The managing unit's decision on a submitted leave request.",
  fields: (t) => ({
    outcome: t.field({
      type: LeaveStatusEnum,
      description: 'APPROVED or REJECTED.',
      resolve: (decision) => decision.outcome,
    }),
    unit: t.prismaField({
      type: 'ManagingUnit',
      description: 'The managing unit that decided.',
      resolve: (query, decision, _args, context) =>
        context.db.managingUnit.findUniqueOrThrow({ ...query, where: { id: decision.byUnitId } }),
    }),
    decidedBy: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The officer who decided for the unit, when recorded.',
      resolve: (query, decision, _args, context) =>
        decision.byPersonId === null
          ? null
          : context.db.person.findUnique({ ...query, where: { id: decision.byPersonId } }),
    }),
    at: t.field({ type: 'DateTime', description: 'When the decision was made.', resolve: (d) => d.at }),
    note: t.string({
      nullable: true,
      description: 'The reason for a rejection, or a note on an approval.',
      resolve: (decision) => decision.note,
    }),
  }),
});

nodeScope('LeaveRequest', 'leaveRequest', (context: Context) => ({
  assignment: readableWhere(context, 'STAFF_RECORD', { code: 'gridCode', personId: 'personId' }),
}));

const LeaveRequestRef = builder.prismaNode('LeaveRequest', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A leave request (请假申请) of one person for whole days, through its lifecycle: draft → submitted → ' +
    'approved or rejected, and cancelled (销假 when approved leave ends early). Visible to the applicant ' +
    'and to the supervisors of the grid.',
  include: { assignment: true },
  authScopes: (request, context) =>
    canSeeStaffRecords(context.actor, { personId: request.personId, gridCode: request.assignment.gridCode }),
  fields: (t) => ({
    person: t.relation('person', { description: 'The applicant.' }),
    assignment: t.relation('assignment', {
      description: 'The assignment the leave is taken from; its managing unit decides.',
    }),
    kind: t.field({
      type: LeaveKindEnum,
      description: 'The kind of leave.',
      resolve: (request) => leaveRequestMapper.toDomain(request).kind,
    }),
    kindLabel: t.string({
      description: 'The kind of leave as a label in the requested language.',
      args: labelArgs,
      resolve: (request, args, context) =>
        labelOf(LEAVE_KIND_LABELS, leaveRequestMapper.toDomain(request).kind, args, context),
    }),
    startDate: t.expose('startDate', { type: 'Date', description: 'The first day of leave.' }),
    endDate: t.expose('endDate', { type: 'Date', description: 'The last day of leave.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why the leave is asked for.' }),
    status: t.field({
      type: LeaveStatusEnum,
      description: 'Where the request stands.',
      resolve: (request) => leaveRequestMapper.toDomain(request).status,
    }),
    statusLabel: t.string({
      description: 'The status as a label in the requested language.',
      args: labelArgs,
      resolve: (request, args, context) =>
        labelOf(LEAVE_STATUS_LABELS, leaveRequestMapper.toDomain(request).status, args, context),
    }),
    version: t.exposeInt('version', {
      description: 'Grows with every change; pass it back as expectedVersion to detect concurrent decisions.',
    }),
    allowedActions: t.field({
      type: [LeaveActionEnum],
      description: 'The actions the lifecycle allows from the current status (whoever may take them).',
      resolve: (request) => [...allowedLeaveActions(leaveRequestMapper.toDomain(request).status)],
    }),
    workingDays: t.int({
      nullable: true,
      description:
        "The working days the request asks for, in the grid's working calendar (Tibet's regional days " +
        'included); null outside the years the calendar covers.',
      resolve: async (request, _args, context) => {
        const days = requestedLeaveDays(
          await context.calendars.calendarFor(request.assignment.gridCode),
          leaveRequestMapper.toDomain(request),
        );
        return days.ok ? days.value : null;
      },
    }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the request was drafted.' }),
    submittedAt: t.expose('submittedAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the request was submitted.',
    }),
    decision: t.field({
      type: LeaveDecisionRef,
      nullable: true,
      description: "The managing unit's decision; null until decided.",
      resolve: (request) => leaveRequestMapper.toDomain(request).decision,
    }),
    cancelledAt: t.expose('cancelledAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the request was cancelled.',
    }),
    returnedOn: t.expose('returnedOn', {
      type: 'Date',
      nullable: true,
      description: 'For approved leave cancelled early (销假): the day the person came back.',
    }),
  }),
});

const LeaveRequestConnection = connectionOf(LeaveRequestRef, 'LeaveRequest');

builder.prismaObjectField('StaffAssignment', 'leaveRequests', (t) =>
  t.relatedConnection(
    'leaveRequests',
    {
      description:
        'The leave requests taken from this assignment, newest first. For the person and the grid’s supervisors; ' +
        'null for anyone else.',
      nullable: true,
      cursor: 'id',
      totalCount: true,
      authScopes: (assignment, _args, context) => canSeeStaffRecords(context.actor, assignment),
      // Staff records are not the caller's to see: null, so the rest of the grid's page stands.
      unauthorizedResolver: () => null,
      query: { orderBy: [{ startDate: 'desc' }, { id: 'desc' }] },
    },
    LeaveRequestConnection,
  ),
);

const LeaveRequestFilter = builder.inputType('LeaveRequestFilter', {
  description: 'Conditions a leave request must meet; all given conditions apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Only requests from assignments to grids inside this region.',
    }),
    status: t.field({ type: LeaveStatusEnum, required: false, description: 'Only requests in this status.' }),
    startingFrom: t.field({
      type: 'Date',
      required: false,
      description: 'Only leave that ends on or after this day.',
    }),
  }),
});

/**
 * The SQL condition of a leave list: the caller's own requests and those of the grids the caller
 * supervises, then the filter.
 */
function leaveWhere(
  context: Context,
  filter: { within?: string | null; status?: string | null; startingFrom?: string | null } | null | undefined,
): Prisma.LeaveRequestWhereInput {
  const and: Prisma.LeaveRequestWhereInput[] = [
    { assignment: readableWhere(context, 'STAFF_RECORD', { code: 'gridCode', personId: 'personId' }) },
  ];
  if (filter?.within) and.push({ assignment: within('gridCode', filter.within) });
  if (filter?.status) and.push({ status: filter.status });
  if (filter?.startingFrom) and.push({ endDate: { gte: filter.startingFrom } });
  return { AND: and };
}

builder.queryField('leaveRequests', (t) =>
  t.prismaConnection(
    {
      type: 'LeaveRequest',
      cursor: 'id',
      description:
        'Leave requests the caller may see: their own, and those of the grids they supervise (county ' +
        'administrators, township officers, grid chiefs), newest first.',
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: LeaveRequestFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.leaveRequest.count({ where: leaveWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.leaveRequest.findMany({
          ...query,
          where: leaveWhere(context, args.filter),
          orderBy: [{ startDate: 'desc' }, { id: 'desc' }],
        }),
    },
    LeaveRequestConnection,
  ),
);

// ---- mutations ---------------------------------------------------------------------------------

// Stands for every refusal by the transition table in the code enum; the real error names both states.
const TRANSITION_NOT_ALLOWED = {
  ...leaveTransitionNotAllowed('DRAFT', 'APPROVED'),
  message: {
    zh: '请假申请的当前状态不允许这一操作',
    en: 'The status of the leave request does not allow this action',
    bo: 'ཕྱིར་ཐོན་རེ་ཞུའི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  },
};

const LeaveRequestUserError = userErrorType(
  'LeaveRequestUserError',
  'Why a leave request could not be made or moved.',
  [
    ...Object.values(LEAVE_ERRORS),
    TRANSITION_NOT_ALLOWED,
    ASSIGNMENT_ERRORS.NOT_MANAGING_UNIT,
    GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND,
    GRID_ACCESS_ERRORS.LEAVE_NOT_FOUND,
    GRID_ACCESS_ERRORS.LEAVE_STALE,
  ],
);

function leavePayload(name: string, description: string) {
  return payloadType(
    name,
    description,
    {
      field: 'leaveRequest',
      type: LeaveRequestRef,
      description: 'The request as stored; null when refused.',
    },
    { type: LeaveRequestUserError, description: 'Why the action was refused; empty on success.' },
  );
}

const LeaveRequestCreateInput = builder.inputType('LeaveRequestCreateInput', {
  description: 'A leave request to draft, for whole days.',
  fields: (t) => ({
    staffAssignmentId: t.globalID({ required: true, description: 'The assignment the leave is taken from.' }),
    kind: t.field({ type: LeaveKindEnum, required: true, description: 'The kind of leave.' }),
    startDate: t.field({ type: 'Date', required: true, description: 'The first day of leave.' }),
    endDate: t.field({ type: 'Date', required: true, description: 'The last day of leave.' }),
    reason: t.string({ required: false, description: 'Why the leave is asked for.' }),
  }),
});

function transitionInput(name: string, description: string, withNote: boolean) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      leaveRequestId: t.globalID({ required: true, description: 'The leave request.' }),
      expectedVersion: t.int({
        required: false,
        description: "The request's version as the caller last saw it; a newer one is a CONFLICT.",
      }),
      ...(withNote
        ? { note: t.string({ required: false, description: 'The reason for a rejection, or a note.' }) }
        : {}),
    }),
  });
}

async function loadVisibleRequest(context: Context, globalId: GlobalId) {
  const id = idOf(globalId, 'LeaveRequest');
  const row = id
    ? await context.db.leaveRequest.findUnique({
        where: { id },
        include: { assignment: { include: { managingUnit: true } } },
      })
    : null;
  const visible =
    row !== null &&
    canSeeStaffRecords(context.actor, { personId: row.personId, gridCode: row.assignment.gridCode });
  return visible ? row : null;
}

/**
 * One transition of the lifecycle: load, run core's `transitionLeave` as the caller (speaking for the
 * managing unit when they manage its region), and write over the version the decision was made on.
 */
function transitionField(action: LeaveAction, mutation: string, description: string, withNote: boolean) {
  const input = transitionInput(
    `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Input`,
    `Which leave request to ${action.toLowerCase()}.`,
    withNote,
  );
  const payload = leavePayload(
    `${mutation[0]?.toUpperCase()}${mutation.slice(1)}Payload`,
    `The result of the ${action.toLowerCase()} action.`,
  );
  return builder.mutationField(mutation, (t) =>
    t.field({
      type: payload,
      description,
      args: { input: t.arg({ type: input, required: true, description: 'The request and its version.' }) },
      resolve: async (_root, args, context) => {
        // The input type is built per mutation (with a note or without); both have these fields.
        const { leaveRequestId, expectedVersion, note } = args.input as {
          leaveRequestId: GlobalId;
          expectedVersion?: number | null;
          note?: string | null;
        };
        const row = await loadVisibleRequest(context, leaveRequestId);
        if (!row) return failed(GRID_ACCESS_ERRORS.LEAVE_NOT_FOUND);
        const others = await context.db.leaveRequest.findMany({
          where: { personId: row.personId, id: { not: row.id }, status: { in: ['SUBMITTED', 'APPROVED'] } },
        });
        const moved = transitionLeave(leaveRequestMapper.toDomain(row), action, {
          at: context.now,
          actor: leaveActorFor(context.actor, row.assignment.managingUnit),
          assignment: staffAssignmentMapper.toDomain(row.assignment),
          otherRequests: others.map(leaveRequestMapper.toDomain),
          note: note ?? null,
        });
        if (!moved.ok) return failed(moved.error);
        const { count } = await context.db.leaveRequest.updateMany({
          where: { id: row.id, version: expectedVersion ?? row.version },
          data: { ...leaveRequestMapper.toColumns(moved.value), version: { increment: 1 } },
        });
        if (count === 0) return failed(GRID_ACCESS_ERRORS.LEAVE_STALE);
        return succeeded(
          await context.db.leaveRequest.findUniqueOrThrow({
            where: { id: row.id },
            include: { assignment: true },
          }),
        );
      },
    }),
  );
}

transitionField(
  'SUBMIT',
  'leaveRequestSubmit',
  'Submits a drafted leave request to the managing unit; refused when it overlaps leave submitted or approved.',
  false,
);
transitionField(
  'APPROVE',
  'leaveRequestApprove',
  'Approves a submitted leave request. Only for the managing unit of the assignment ("谁用人，谁管理").',
  true,
);
transitionField(
  'REJECT',
  'leaveRequestReject',
  'Rejects a submitted leave request, with a reason. Only for the managing unit of the assignment.',
  true,
);
transitionField(
  'CANCEL',
  'leaveRequestCancel',
  'Cancels a leave request; cancelling approved leave before its last day is 销假 (reporting back).',
  false,
);

builder.mutationField('leaveRequestCreate', (t) =>
  t.field({
    type: leavePayload('LeaveRequestCreatePayload', 'The result of drafting a leave request.'),
    description: 'Drafts a leave request, for the person assigned or for their managing unit.',
    args: { input: t.arg({ type: LeaveRequestCreateInput, required: true, description: 'The request.' }) },
    resolve: async (_root, { input }, context) => {
      const id = idOf(input.staffAssignmentId, 'StaffAssignment');
      const row = id
        ? await context.db.staffAssignment.findUnique({ where: { id }, include: { managingUnit: true } })
        : null;
      if (!row || !canSeeStaffRecords(context.actor, row))
        return failed(GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND);
      const allowed = authoriseLeaveApplication(leaveActorFor(context.actor, row.managingUnit), row);
      if (!allowed.ok) return failed(allowed.error);
      const created = createLeaveRequest({
        id: `LR-${randomUUID()}`,
        assignment: row,
        kind: input.kind,
        startDate: calendarDate(input.startDate),
        endDate: calendarDate(input.endDate),
        reason: input.reason,
        createdAt: context.now,
      });
      if (!created.ok) return failed(created.error);
      return succeeded(
        await context.db.leaveRequest.create({
          data: leaveRequestMapper.toColumns(created.value),
          include: { assignment: true },
        }),
      );
    },
  }),
);

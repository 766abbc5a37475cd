// 人员分配: who serves which grid in which role, managed by which unit ("谁用人，谁管理"), and the
// mutations that assign and end; each change re-assesses the grid's compliance in its transaction.
import { randomUUID } from 'node:crypto';
import {
  ASSIGNMENT_ERRORS,
  assessGridStaffing,
  authoriseStaffingChange,
  type CalendarDate,
  canSeeStaffRecords,
  createAssignment,
  endAssignment,
  GRID_ACCESS_ERRORS,
  GRID_ROLE_LABELS,
  isAssignmentActiveOn,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import type {
  Grid as GridRow,
  StaffAssignment as StaffAssignmentRow,
} from '../../generated/sqlite/client.js';
import { gridMapper, managingUnitMapper, staffAssignmentMapper } from '../../mappers/grid.js';
import { rollupGridCompliance } from '../../rollups.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { idOf } from '../shared/ids.js';
import { LocaleEnum, labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { localName } from '../shared/names.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { AttendanceReportRef, attendanceReport, attendanceSelection } from './attendance.js';
import { GridRoleEnum, ManagingUnitKindEnum } from './enums.js';
import { GridRef } from './grid.js';
import { inForceOn } from './sql.js';

nodeScope('ManagingUnit', 'managingUnit', (context: Context) =>
  readableWhere(context, 'GRID', { code: 'regionCode' }),
);

builder.prismaNode('ManagingUnit', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A unit that employs and manages grid staff ("谁用人，谁管理"): it alone approves their leave and ' +
    'assesses them. The officers who govern its region act for it.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    kind: t.field({
      type: ManagingUnitKindEnum,
      description: 'What kind of unit it is.',
      resolve: (unit) => managingUnitMapper.toDomain(unit).kind,
    }),
    name: t.string({
      description: 'The name in the requested language (Tibetan falls back to Chinese).',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (unit, args, context) => localName(unit, resolveLocale(args.locale, context.locale)),
    }),
    nameZh: t.exposeString('nameZh', { description: 'The name in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'The name in English.' }),
    region: t.relation('region', { description: 'The region the unit governs.' }),
  }),
});

nodeScope('StaffAssignment', 'staffAssignment', (context: Context) =>
  readableWhere(context, 'GRID_STAFF', { code: 'gridCode', personId: 'personId' }),
);

export const StaffAssignmentRef = builder.prismaNode('StaffAssignment', {
  id: { field: 'id' },
  nullable: true,
  description: "A person's assignment to a grid in a role, with the unit that manages them.",
  authScopes: { authenticated: true },
  fields: (t) => ({
    person: t.relation('person', { description: 'The person serving.' }),
    grid: t.relation('grid', { description: 'The grid served.' }),
    role: t.field({
      type: GridRoleEnum,
      description: 'The role held.',
      resolve: (assignment) => staffAssignmentMapper.toDomain(assignment).role,
    }),
    roleLabel: t.string({
      description: 'The role as a label in the requested language.',
      args: labelArgs,
      resolve: (assignment, args, context) =>
        labelOf(GRID_ROLE_LABELS, staffAssignmentMapper.toDomain(assignment).role, args, context),
    }),
    managingUnit: t.relation('managingUnit', {
      description: 'The unit that employs and manages the person in this role.',
    }),
    from: t.expose('from', { type: 'Date', description: 'The first day of the assignment.' }),
    until: t.expose('until', {
      type: 'Date',
      nullable: true,
      description: 'The last day of the assignment; null while it is open-ended.',
    }),
    attendance: t.field({
      type: AttendanceReportRef,
      nullable: true,
      description:
        "The person's attendance day by day over a period (at most a quarter), in the grid's working " +
        'calendar. For the person and the grid’s supervisors; null for anyone else.',
      args: {
        from: t.arg({ type: 'Date', required: true, description: 'The first day.' }),
        to: t.arg({ type: 'Date', required: true, description: 'The last day.' }),
      },
      authScopes: (assignment: StaffAssignmentRow, _args: unknown, context: Context) =>
        canSeeStaffRecords(context.actor, assignment),
      // Staff records are not the caller's to see: null, so the rest of the grid's page stands.
      unauthorizedResolver: () => null,
      select: (args) => ({ person: attendanceSelection(calendarDate(args.from), calendarDate(args.to)) }),
      resolve: (assignment, args, context) =>
        attendanceReport(
          context,
          staffAssignmentMapper.toDomain(assignment),
          assignment.person,
          calendarDate(args.from),
          calendarDate(args.to),
        ),
    }),
    active: t.boolean({
      description: 'Whether the assignment is in force today.',
      resolve: (assignment, _args, context) =>
        isAssignmentActiveOn(staffAssignmentMapper.toDomain(assignment), todayOf(context)),
    }),
  }),
});

builder.prismaObjectField('Person', 'gridAssignments', (t) =>
  t.relation('assignments', {
    description:
      'The grids the person serves and in which roles, in force today unless ended ones are asked for.',
    args: {
      includeEnded: t.arg.boolean({
        required: false,
        defaultValue: false,
        description: 'Also list assignments that have ended or not yet begun.',
      }),
    },
    query: (args, context) => ({
      where: args.includeEnded ? {} : inForceOn(todayOf(context)),
      orderBy: { id: 'asc' },
    }),
  }),
);

// ---- mutations ---------------------------------------------------------------------------------

const StaffAssignmentUserError = userErrorType(
  'StaffAssignmentUserError',
  "Why a change to a grid's staff was refused.",
  [
    ...Object.values(ASSIGNMENT_ERRORS),
    GRID_ACCESS_ERRORS.FORBIDDEN,
    GRID_ACCESS_ERRORS.GRID_NOT_FOUND,
    GRID_ACCESS_ERRORS.PERSON_NOT_FOUND,
    GRID_ACCESS_ERRORS.MANAGING_UNIT_NOT_FOUND,
    GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND,
  ],
);

interface StaffChange {
  readonly assignment: StaffAssignmentRow;
  readonly grid: GridRow;
}

function staffPayload(name: string, description: string) {
  return builder.objectRef<Payload<StaffChange>>(name).implement({
    description,
    fields: (t) => ({
      staffAssignment: t.field({
        type: StaffAssignmentRef,
        nullable: true,
        description: 'The assignment as stored; null when the change was refused.',
        resolve: (payload) => payload.result?.assignment ?? null,
      }),
      grid: t.field({
        type: GridRef,
        nullable: true,
        description: 'The grid with its compliance re-assessed; null when the change was refused.',
        resolve: (payload) => payload.result?.grid ?? null,
      }),
      userErrors: t.field({
        type: [StaffAssignmentUserError],
        description: 'Why the change was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });
}

const StaffAssignmentCreateInput = builder.inputType('StaffAssignmentCreateInput', {
  description: 'A person to assign to a grid in a role, managed by a unit.',
  fields: (t) => ({
    gridId: t.globalID({ required: true, description: 'The grid.' }),
    personId: t.globalID({ required: true, description: 'The person.' }),
    role: t.field({ type: GridRoleEnum, required: true, description: 'The role.' }),
    managingUnitId: t.globalID({
      required: true,
      description: 'The unit that employs and manages the person.',
    }),
    from: t.field({ type: 'Date', required: true, description: 'The first day.' }),
    until: t.field({ type: 'Date', required: false, description: 'The last day, if already known.' }),
  }),
});

const StaffAssignmentEndInput = builder.inputType('StaffAssignmentEndInput', {
  description: 'An assignment to end.',
  fields: (t) => ({
    staffAssignmentId: t.globalID({ required: true, description: 'The assignment.' }),
    lastDay: t.field({ type: 'Date', required: true, description: 'The last day the person serves.' }),
  }),
});

/**
 * Assesses a grid's staffing on `day` with core's rule and stores whether it complies, inside the
 * caller's transaction, so the stored flag never disagrees with the assignments it was read from.
 */
async function reassessGrid(tx: Db, gridCode: string, day: CalendarDate): Promise<boolean> {
  const grid = await tx.grid.findUniqueOrThrow({
    where: { code: gridCode },
    select: {
      code: true,
      kind: true,
      units: { select: { id: true, headPersonId: true } },
      assignments: { where: inForceOn(day) },
    },
  });
  const { compliant } = assessGridStaffing(
    { ...gridMapper.toRef(grid), units: grid.units },
    grid.assignments.map(staffAssignmentMapper.toDomain),
    day,
  );
  await tx.grid.update({ where: { code: gridCode }, data: { compliant } });
  await rollupGridCompliance(tx, gridCode, compliant);
  return compliant;
}

/** Stores an assignment change and re-assesses the grid, in one transaction. */
function commitStaffChange(
  context: Context,
  gridCode: string,
  write: (tx: Db) => Promise<StaffAssignmentRow>,
): Promise<StaffChange> {
  return context.db.$transaction(async (transaction) => {
    // The transaction's client is the client without $transaction and $connect, which neither step uses.
    const tx = transaction as Db;
    const assignment = await write(tx);
    await reassessGrid(tx, gridCode, todayOf(context));
    const grid = await tx.grid.findUniqueOrThrow({ where: { code: gridCode } });
    return { assignment, grid };
  });
}

builder.mutationFields((t) => ({
  staffAssignmentCreate: t.field({
    type: staffPayload('StaffAssignmentCreatePayload', 'The result of assigning a person to a grid.'),
    description:
      "Assigns a person to a grid in a role (人员分配) and re-assesses the grid's compliance. For county " +
      'administrators and township officers over the grid.',
    args: {
      input: t.arg({ type: StaffAssignmentCreateInput, required: true, description: 'The assignment.' }),
    },
    resolve: async (_root, { input }, context) => {
      const gridCode = idOf(input.gridId, 'Grid') ?? '';
      const allowed = authoriseStaffingChange(context.actor, gridCode);
      if (!allowed.ok) return failed(allowed.error);
      const [grid, person, unit] = await Promise.all([
        context.db.grid.findUnique({ where: { code: gridCode } }),
        context.db.person.findUnique({ where: { id: idOf(input.personId, 'Person') ?? '' } }),
        context.db.managingUnit.findUnique({
          where: { id: idOf(input.managingUnitId, 'ManagingUnit') ?? '' },
        }),
      ]);
      if (!grid) return failed(GRID_ACCESS_ERRORS.GRID_NOT_FOUND);
      if (!person) return failed(GRID_ACCESS_ERRORS.PERSON_NOT_FOUND);
      if (!unit) return failed(GRID_ACCESS_ERRORS.MANAGING_UNIT_NOT_FOUND);
      const assignment = createAssignment(gridMapper.toRef(grid), {
        id: `SA-${randomUUID()}`,
        personId: person.id,
        role: input.role,
        managingUnitId: unit.id,
        from: calendarDate(input.from),
        until: input.until ? calendarDate(input.until) : null,
      });
      if (!assignment.ok) return failed(assignment.error);
      return succeeded(
        await commitStaffChange(context, grid.code, (tx) =>
          tx.staffAssignment.create({ data: staffAssignmentMapper.toColumns(assignment.value) }),
        ),
      );
    },
  }),
  staffAssignmentEnd: t.field({
    type: staffPayload('StaffAssignmentEndPayload', 'The result of ending an assignment.'),
    description:
      "Ends an assignment on its last day and re-assesses the grid's compliance. For county administrators " +
      'and township officers over the grid.',
    args: {
      input: t.arg({ type: StaffAssignmentEndInput, required: true, description: 'The assignment to end.' }),
    },
    resolve: async (_root, { input }, context) => {
      const id = idOf(input.staffAssignmentId, 'StaffAssignment');
      const row = id ? await context.db.staffAssignment.findUnique({ where: { id } }) : null;
      if (!row) return failed(GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND);
      const allowed = authoriseStaffingChange(context.actor, row.gridCode);
      if (!allowed.ok) return failed(allowed.error);
      const ended = endAssignment(staffAssignmentMapper.toDomain(row), calendarDate(input.lastDay));
      if (!ended.ok) return failed(ended.error);
      return succeeded(
        await commitStaffChange(context, row.gridCode, (tx) =>
          tx.staffAssignment.update({
            where: { id: row.id },
            data: staffAssignmentMapper.toColumns(ended.value),
          }),
        ),
      );
    },
  }),
}));

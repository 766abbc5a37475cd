// 考核奖惩: the assessment of one assignment for a period, scored by core from the attendance the
// clock records show and, from the matters the person handled, the share finished without a reminder
// against them and the share of callbacks rated satisfied; only the managing unit assesses.
import { randomUUID } from 'node:crypto';
import {
  ASSESSMENT_ERRORS,
  ASSESSMENT_GRADE_LABELS,
  ASSIGNMENT_ERRORS,
  type AssessmentComponents,
  addDays,
  assessPerformance,
  attendanceOfPeriod,
  CALENDAR_ERRORS,
  type CalendarDate,
  CONSEQUENCE_KIND_LABELS,
  type Consequence,
  canSeeStaffRecords,
  GRID_ACCESS_ERRORS,
  HANDLING_ACTIONS,
  handlerRecordFromCounts,
  LATE_STAGES,
  leaveActorFor,
  RESOLVED_STATES,
  SATISFIED_RATINGS,
  startOfShanghaiDay,
  summariseAttendance,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';
import { assessmentMapper, staffAssignmentMapper } from '../../mappers/grid.js';
import { calendarDate } from '../shared/dates.js';
import { idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { failed, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { attendanceInputOf, attendanceSelection } from './attendance.js';
import { AssessmentGradeEnum, ConsequenceKindEnum } from './enums.js';

const AssessmentComponentsRef = builder.objectRef<AssessmentComponents>('AssessmentComponents').implement({
  description: 'The three measures of an assessment, each in hundredths of a point (0–10000).',
  fields: (t) => ({
    attendance: t.exposeInt('attendance', { description: 'Days attended out of days due.' }),
    tasksOnTime: t.exposeInt('tasksOnTime', {
      description: 'Tasks completed on time out of tasks assigned.',
    }),
    satisfaction: t.exposeInt('satisfaction', { description: 'Satisfied residents’ ratings out of all.' }),
  }),
});

const ConsequenceRef = builder.objectRef<Consequence>('Consequence').implement({
  description: 'What a grade brings (奖惩): a bonus or deduction, a warning, or review for dismissal.',
  fields: (t) => ({
    kind: t.field({ type: ConsequenceKindEnum, description: 'The kind.', resolve: (c) => c.kind }),
    kindLabel: t.string({
      description: 'The kind as a label.',
      args: labelArgs,
      resolve: (c, args, context) => labelOf(CONSEQUENCE_KIND_LABELS, c.kind, args, context),
    }),
    amountFen: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'The bonus or deduction in fen; null for a warning or a review.',
      resolve: (c) => ('amountFen' in c ? c.amountFen : null),
    }),
  }),
});

nodeScope('Assessment', 'assessment', (context: Context) => ({
  assignment: readableWhere(context, 'STAFF_RECORD', { code: 'gridCode', personId: 'personId' }),
}));

const AssessmentRef = builder.prismaNode('Assessment', {
  id: { field: 'id' },
  nullable: true,
  description:
    'The assessment (考核) of one assignment for a period: the score, the grade band (优秀 / 合格 / 基本合格 / ' +
    '不合格) and the rewards or penalties that follow. Visible to the person and the grid’s supervisors.',
  include: { assignment: true },
  authScopes: (assessment, context) => canSeeStaffRecords(context.actor, assessment.assignment),
  fields: (t) => ({
    assignment: t.relation('assignment', { description: 'The assignment assessed.' }),
    periodFrom: t.expose('periodFrom', { type: 'Date', description: 'The first day of the period.' }),
    periodTo: t.expose('periodTo', { type: 'Date', description: 'The last day of the period.' }),
    score: t.exposeInt('score', { description: 'The weighted score in hundredths of a point (0–10000).' }),
    grade: t.field({
      type: AssessmentGradeEnum,
      description: 'The grade.',
      resolve: (assessment) => assessmentMapper.toDomain(assessment).grade,
    }),
    gradeLabel: t.string({
      description: 'The grade as a label in the requested language.',
      args: labelArgs,
      resolve: (assessment, args, context) =>
        labelOf(ASSESSMENT_GRADE_LABELS, assessmentMapper.toDomain(assessment).grade, args, context),
    }),
    components: t.field({
      type: AssessmentComponentsRef,
      description: 'The three measures the score was computed from.',
      resolve: (assessment) => assessmentMapper.toDomain(assessment).components,
    }),
    consequences: t.field({
      type: [ConsequenceRef],
      description: 'The rewards or penalties the grade brings.',
      resolve: (assessment) => [...assessmentMapper.toDomain(assessment).consequences],
    }),
    assessedBy: t.prismaField({
      type: 'ManagingUnit',
      description: 'The managing unit that assessed.',
      resolve: (query, assessment, _args, context) =>
        context.db.managingUnit.findUniqueOrThrow({ ...query, where: { id: assessment.assessedByUnitId } }),
    }),
    assessedAt: t.expose('assessedAt', {
      type: 'DateTime',
      description: 'When the assessment was recorded.',
    }),
  }),
});

builder.prismaObjectField('StaffAssignment', 'assessments', (t) =>
  t.relation('assessments', {
    description:
      'The assessments of this assignment, latest period first. For the person and the supervisors; null ' +
      'for anyone else.',
    nullable: true,
    authScopes: (assignment, _args, context) => canSeeStaffRecords(context.actor, assignment),
    // Staff records are not the caller's to see: null, so the rest of the grid's page stands.
    unauthorizedResolver: () => null,
    query: { orderBy: [{ periodFrom: 'desc' }, { id: 'desc' }] },
  }),
);

// ---- mutations ---------------------------------------------------------------------------------

const AssessmentUserError = userErrorType('AssessmentUserError', 'Why an assessment was refused.', [
  ...Object.values(ASSESSMENT_ERRORS),
  ASSIGNMENT_ERRORS.NOT_MANAGING_UNIT,
  CALENDAR_ERRORS.OUT_OF_RANGE,
  GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND,
  GRID_ACCESS_ERRORS.ASSESSMENT_ALREADY_RECORDED,
]);

const AssessmentRecordPayload = payloadType(
  'AssessmentRecordPayload',
  'The result of recording an assessment.',
  { field: 'assessment', type: AssessmentRef, description: 'The assessment as stored; null when refused.' },
  { type: AssessmentUserError, description: 'Why the assessment was refused; empty on success.' },
);

const AssessmentRecordInput = builder.inputType('AssessmentRecordInput', {
  description:
    'An assessment for a period. Every measure is computed, none typed in: attendance from the clock ' +
    'records and the leave taken; tasks on time and satisfaction from the matters the person handled.',
  fields: (t) => ({
    staffAssignmentId: t.globalID({ required: true, description: 'The assignment assessed.' }),
    periodFrom: t.field({ type: 'Date', required: true, description: 'The first day of the period.' }),
    periodTo: t.field({ type: 'Date', required: true, description: 'The last day of the period.' }),
  }),
});

/**
 * What the person's matters say for the days `from`–`to` (Asia/Shanghai): core's handler record,
 * counted in four statements on the event and matter indexes by core's definitions.
 */
async function handlerRecordOfPeriod(
  context: Context,
  personId: string,
  from: CalendarDate,
  to: CalendarDate,
) {
  const at = { gte: startOfShanghaiDay(from), lt: startOfShanghaiDay(addDays(to, 1)) };
  const finished = { events: { some: { actorId: personId, action: { in: [...HANDLING_ACTIONS] }, at } } };
  const calledBack = {
    handlerId: personId,
    state: { in: [...RESOLVED_STATES] },
    events: { some: { action: 'CALL_BACK', at } },
  };
  const [handled, late, rated, satisfied] = await Promise.all([
    context.db.matter.count({ where: finished }),
    context.db.matter.count({
      where: {
        AND: [
          finished,
          { events: { some: { kind: 'SUPERVISION', subjectId: personId, stage: { in: [...LATE_STAGES] } } } },
        ],
      },
    }),
    context.db.matter.count({ where: { ...calledBack, satisfaction: { not: null } } }),
    context.db.matter.count({ where: { ...calledBack, satisfaction: { in: [...SATISFIED_RATINGS] } } }),
  ]);
  return handlerRecordFromCounts({ handled, late, calledBack: rated, satisfied });
}

builder.mutationField('assessmentRecord', (t) =>
  t.field({
    type: AssessmentRecordPayload,
    description:
      'Assesses an assignment for a period (考核) and records the grade and its consequences. Only the ' +
      'managing unit may ("谁用人，谁管理").',
    args: { input: t.arg({ type: AssessmentRecordInput, required: true, description: 'The assessment.' }) },
    resolve: async (_root, { input }, context) => {
      const from = calendarDate(input.periodFrom);
      const to = calendarDate(input.periodTo);
      const id = idOf(input.staffAssignmentId, 'StaffAssignment');
      const row = id
        ? await context.db.staffAssignment.findUnique({
            where: { id },
            include: { managingUnit: true, person: attendanceSelection(from, to) },
          })
        : null;
      if (!row || !canSeeStaffRecords(context.actor, row))
        return failed(GRID_ACCESS_ERRORS.ASSIGNMENT_NOT_FOUND);
      const assignment = staffAssignmentMapper.toDomain(row);
      const calendar = await context.calendars.calendarFor(assignment.gridCode);
      const days = attendanceOfPeriod(attendanceInputOf(assignment, row.person, calendar), from, to);
      if (!days.ok) return failed(days.error);
      const attendance = summariseAttendance(days.value);
      const matters = await handlerRecordOfPeriod(context, assignment.personId, from, to);
      const assessed = assessPerformance(
        {
          id: `AS-${randomUUID()}`,
          assignment,
          period: { from, to },
          attendance: { part: attendance.attendedDays, whole: attendance.dueDays },
          tasksOnTime: matters.onTime,
          satisfaction: matters.satisfaction,
        },
        { unitId: leaveActorFor(context.actor, row.managingUnit).unitId, at: context.now },
      );
      if (!assessed.ok) return failed(assessed.error);
      const assessment = assessed.value;
      try {
        return succeeded(
          await context.db.assessment.create({
            data: assessmentMapper.toColumns(assessment),
            include: { assignment: true },
          }),
        );
      } catch (error) {
        if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
          return failed(GRID_ACCESS_ERRORS.ASSESSMENT_ALREADY_RECORDED);
        }
        throw error;
      }
    },
  }),
);

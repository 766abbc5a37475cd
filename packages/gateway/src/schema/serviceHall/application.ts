// Applications (办件), visits (取号排队), ratings (好差评) and rectifications: readable by the county's
// clerks and administrators (core's SERVICE_APPLICATION rule), listed and filtered in SQL.
import {
  APPLICATION_CLOCK_RUNNING_STATES,
  APPLICATION_STATE_LABELS,
  addDays,
  allowedApplicationActions,
  exceedsTripLimit,
  isApplicationOverdue,
  mayRead,
  RATING_LEVEL_LABELS,
  startOfShanghaiDay,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import {
  applicationMapper,
  ratingMapper,
  rectificationMapper,
  serviceMatterMapper,
} from '../../mappers/serviceHall.js';
import { connectionOf } from '../shared/connection.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import {
  ApplicationActionEnum,
  ApplicationChannelEnum,
  ApplicationStateEnum,
  DeliveryMethodEnum,
  RatingLevelEnum,
  RectificationStateEnum,
  SuspensionReasonEnum,
} from './enums.js';
import { ServiceHallRef } from './hall.js';

const readable = (context: Context, row: { hallRegionCode: string; applicantPersonId?: string | null }) =>
  mayRead(context.actor, 'SERVICE_APPLICATION', {
    regionCode: row.hallRegionCode,
    personId: row.applicantPersonId ?? null,
  });

// A rectification is read through its rating's application (the applicant reads their own).
nodeScope('Rectification', 'rectification', (context: Context) => ({
  rating: {
    application: readableWhere(context, 'SERVICE_APPLICATION', {
      code: 'hallRegionCode',
      personId: 'applicantPersonId',
    }),
  },
}));

export const RectificationRef = builder.prismaNode('Rectification', {
  id: { field: 'id' },
  nullable: true,
  include: { rating: true },
  authScopes: (row, context) => readable(context, row.rating),
  description:
    'The disposal of a bad rating: callback within 1 working day, rectification, one follow-up rating, or an appeal.',
  fields: (t) => ({
    state: t.field({
      type: RectificationStateEnum,
      description: 'Where it stands.',
      resolve: (r) => rectificationMapper.toDomain(r).state,
    }),
    version: t.exposeInt('version', { description: 'Grows by one with every change.' }),
    callbackDueOn: t.field({
      type: 'Date',
      description: 'The day the rater must have been called back by.',
      resolve: (r) => rectificationMapper.toDomain(r).callbackDueOn,
    }),
    closeDueOn: t.field({
      type: 'Date',
      description: 'The day the rectification must be closed by.',
      resolve: (r) => rectificationMapper.toDomain(r).closeDueOn,
    }),
    calledBackOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the rater was called back.',
      resolve: (r) => rectificationMapper.toDomain(r).calledBackOn,
    }),
    rectifiedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When the rectification was done.',
      resolve: (r) => rectificationMapper.toDomain(r).rectifiedOn,
    }),
    followUpLevel: t.field({
      type: RatingLevelEnum,
      nullable: true,
      description: 'The follow-up rating, once given.',
      resolve: (r) => rectificationMapper.toDomain(r).followUpLevel,
    }),
  }),
});

// A rating is reached only through its application, whose read rule guards it.
builder.prismaObject('ServiceRating', {
  description: 'The one 好差评 rating of an application. The rater is never shown.',
  fields: (t) => ({
    level: t.field({
      type: RatingLevelEnum,
      description: 'The level.',
      resolve: (r) => ratingMapper.toDomain(r).level,
    }),
    levelLabel: t.string({
      description: 'The level in the requested language.',
      args: labelArgs,
      resolve: (r, args, context) =>
        labelOf(RATING_LEVEL_LABELS, ratingMapper.toDomain(r).level, args, context),
    }),
    bad: t.exposeBoolean('bad', { description: 'Whether it is a 差评 (不满意 or 非常不满意).' }),
    ratedAt: t.expose('ratedAt', { type: 'DateTime', description: 'When it was given.' }),
    rectification: t.relation('rectification', {
      nullable: true,
      description: 'Its rectification, for a 差评.',
    }),
  }),
});

nodeScope('ServiceApplication', 'serviceApplication', (context: Context) =>
  readableWhere(context, 'SERVICE_APPLICATION', { code: 'hallRegionCode', personId: 'applicantPersonId' }),
);

export const ServiceApplicationRef = builder.prismaNode('ServiceApplication', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An application (办件): received → accepted or refused → (awaiting supplements) → under review ⇄ suspended ' +
    '→ approved or denied → completed → delivered, or withdrawn. Visible to the county’s clerks and administrators.',
  authScopes: (row, context) => readable(context, row),
  fields: (t) => ({
    state: t.field({
      type: ApplicationStateEnum,
      description: 'Where it stands.',
      resolve: (row) => applicationMapper.toDomain(row).state,
    }),
    stateLabel: t.string({
      description: 'The state in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(APPLICATION_STATE_LABELS, applicationMapper.toDomain(row).state, args, context),
    }),
    allowedActions: t.field({
      type: [ApplicationActionEnum],
      description: 'The actions the lifecycle table allows from the current state.',
      resolve: (row) => [...allowedApplicationActions(applicationMapper.toDomain(row).state)],
    }),
    version: t.exposeInt('version', {
      description: 'Grows by one with every change; pass it back as expectedVersion.',
    }),
    matter: t.relation('matter', { description: 'The catalogue version whose rules it keeps.' }),
    applicantPerson: t.prismaField({
      type: 'Person',
      nullable: true,
      description:
        'The person applying, where the registry knows them; null for an organisation or an unknown applicant. ' +
        'Their personal fields are masked as the caller’s role and region allow, and every unmasked read is audited.',
      // Prisma batches the findUnique calls of one tick, so a page of applications costs one statement.
      resolve: (query, row, _args, context) =>
        row.applicantPersonId === null
          ? null
          : context.db.person.findUnique({ ...query, where: { id: row.applicantPersonId } }),
    }),
    applicantOrganisation: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description:
        'The business or other organisation applying (企业办事); null for a person, and for callers whose region ' +
        'does not reach the organisation in the registry.',
      resolve: async (query, row, _args, context) => {
        if (row.applicantOrganisationId === null) return null;
        const organisation = await context.db.organisation.findUnique({
          ...query,
          where: { id: row.applicantOrganisationId },
        });
        return organisation && mayRead(context.actor, 'REGISTRY', { regionCode: organisation.gridCode })
          ? organisation
          : null;
      },
    }),
    window: t.relation('window', {
      nullable: true,
      description: 'The window that received it; null online or door to door.',
    }),
    channel: t.field({
      type: ApplicationChannelEnum,
      description: 'How it arrived.',
      resolve: (row) => applicationMapper.toDomain(row).channel,
    }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it was handed in.' }),
    acceptedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day its time limit counts from (art. 32(4)).',
      resolve: (row) => applicationMapper.toDomain(row).acceptedOn,
    }),
    dueOn: t.field({
      type: 'Date',
      nullable: true,
      description:
        'The promised deadline, with extension and suspended days, on the county’s working-day calendar.',
      resolve: (row) => applicationMapper.toDomain(row).dueOn,
    }),
    dueProvisional: t.exposeBoolean('dueProvisional', {
      description: 'True when dueOn rests on a year whose official holiday schedule is not loaded.',
    }),
    overdue: t.boolean({
      description: 'Whether its clock runs and the due date has passed, at the time of the request.',
      resolve: (row, _args, context) =>
        isApplicationOverdue(applicationMapper.toDomain(row), todayOf(context)),
    }),
    missingDocuments: t.stringList({
      description: 'Codes of documents still to be supplied (容缺).',
      resolve: (row) => [...applicationMapper.toDomain(row).missingDocuments],
    }),
    supplyDueOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The last day to supply them.',
      resolve: (row) => applicationMapper.toDomain(row).supplyDueOn,
    }),
    commitmentDocuments: t.stringList({
      description: 'Codes of certificates replaced by a signed commitment (告知承诺制).',
      resolve: (row) => [...applicationMapper.toDomain(row).commitmentDocuments],
    }),
    suspensionReason: t.field({
      type: SuspensionReasonEnum,
      nullable: true,
      description: 'Why its clock stands still, while suspended.',
      resolve: (row) => applicationMapper.toDomain(row).suspensionReason,
    }),
    suspendedDays: t.exposeInt('suspendedDays', {
      description: 'Working days spent suspended; the deadline moved by them.',
    }),
    extensionDays: t.exposeInt('extensionDays', { description: '10 after an approved extension, else 0.' }),
    decidedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day of the decision.',
      resolve: (row) => applicationMapper.toDomain(row).decidedOn,
    }),
    completedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was completed (办结).',
      resolve: (row) => applicationMapper.toDomain(row).completedOn,
    }),
    deliveredOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day the result was delivered.',
      resolve: (row) => applicationMapper.toDomain(row).deliveredOn,
    }),
    deliveryMethod: t.field({
      type: DeliveryMethodEnum,
      nullable: true,
      description: 'How the result was delivered.',
      resolve: (row) => applicationMapper.toDomain(row).deliveryMethod,
    }),
    refusedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'The day it was refused (不予受理), at intake or when missing documents never came.',
      resolve: (row) => applicationMapper.toDomain(row).refusedOn,
    }),
    trips: t.exposeInt('trips', { description: 'In-person trips the applicant made.' }),
    tripLimitExceeded: t.boolean({
      description: 'Whether the applicant made more trips than the matter allows (最多跑一次 breached).',
      select: { matter: { include: { department: true } } },
      resolve: (row) =>
        exceedsTripLimit(
          applicationMapper.toDomain(row),
          serviceMatterMapper.toDomain(row.matter, row.matter.department.code),
        ),
    }),
    rating: t.relation('rating', { nullable: true, description: 'Its 好差评 rating, once given.' }),
  }),
});

nodeScope('HallVisit', 'hallVisit', (context: Context) =>
  readableWhere(context, 'SERVICE_APPLICATION', { code: 'hallRegionCode' }),
);

const HallVisitRef = builder.prismaNode('HallVisit', {
  id: { field: 'id' },
  nullable: true,
  description: 'A queue ticket at a window: when it was issued, called, served and finished.',
  authScopes: (row, context) => readable(context, row),
  fields: (t) => ({
    ticket: t.exposeString('ticket', { description: 'The ticket number.' }),
    window: t.relation('window', { description: 'The window.' }),
    issuedAt: t.expose('issuedAt', { type: 'DateTime', description: 'When the ticket was taken.' }),
    calledAt: t.expose('calledAt', { type: 'DateTime', description: 'When it was called.' }),
    startedAt: t.expose('startedAt', { type: 'DateTime', description: 'When service began.' }),
    endedAt: t.expose('endedAt', { type: 'DateTime', description: 'When service ended.' }),
    waitSeconds: t.exposeInt('waitSeconds', { description: 'Seconds from ticket to call.' }),
    application: t.relation('application', {
      nullable: true,
      description: 'The application it led to, if any.',
    }),
  }),
});

const ApplicationFilter = builder.inputType('ServiceApplicationFilter', {
  description: 'Conditions an application must meet; all given conditions apply.',
  fields: (t) => ({
    windowNumber: t.int({ required: false, description: 'Only those received at this window.' }),
    departmentCode: t.string({ required: false, description: 'Only matters of this department.' }),
    matterCode: t.string({ required: false, description: 'Only this matter (any version).' }),
    state: t.field({ type: ApplicationStateEnum, required: false, description: 'Only this state.' }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'Received on or after this day (Asia/Shanghai).',
    }),
    to: t.field({
      type: 'Date',
      required: false,
      description: 'Received on or before this day (Asia/Shanghai).',
    }),
    overdue: t.boolean({
      required: false,
      description: 'Only overdue (true) or only not overdue (false), today.',
    }),
  }),
});

const VisitFilter = builder.inputType('HallVisitFilter', {
  description: 'Conditions a visit must meet; all given conditions apply.',
  fields: (t) => ({
    windowNumber: t.int({ required: false, description: 'Only tickets of this window.' }),
    from: t.field({
      type: 'Date',
      required: false,
      description: 'Issued on or after this day (Asia/Shanghai).',
    }),
    to: t.field({
      type: 'Date',
      required: false,
      description: 'Issued on or before this day (Asia/Shanghai).',
    }),
  }),
});

interface PeriodInput {
  readonly from?: string | null;
  readonly to?: string | null;
}

function instants(filter: PeriodInput | null | undefined): { gte?: Date; lt?: Date } | undefined {
  if (!filter?.from && !filter?.to) return undefined;
  return {
    ...(filter.from ? { gte: startOfShanghaiDay(calendarDate(filter.from)) } : {}),
    ...(filter.to ? { lt: startOfShanghaiDay(addDays(calendarDate(filter.to), 1)) } : {}),
  };
}

type ApplicationFilterInput = PeriodInput & {
  readonly windowNumber?: number | null;
  readonly departmentCode?: string | null;
  readonly matterCode?: string | null;
  readonly state?: string | null;
  readonly overdue?: boolean | null;
};

function applicationWhere(
  context: Context,
  hallRegionCode: string,
  filter: ApplicationFilterInput | null | undefined,
): Prisma.ServiceApplicationWhereInput {
  const and: Prisma.ServiceApplicationWhereInput[] = [
    { hallRegionCode },
    readableWhere(context, 'SERVICE_APPLICATION', { code: 'hallRegionCode', personId: 'applicantPersonId' }),
  ];
  const received = instants(filter);
  if (received) and.push({ receivedAt: received });
  if (typeof filter?.windowNumber === 'number') and.push({ window: { number: filter.windowNumber } });
  if (filter?.departmentCode) and.push({ matter: { department: { code: filter.departmentCode } } });
  if (filter?.matterCode) and.push({ matter: { code: filter.matterCode } });
  if (filter?.state) and.push({ state: filter.state });
  if (typeof filter?.overdue === 'boolean') {
    // Core's isApplicationOverdue, said in SQL: the clock runs and the due day has passed.
    const overdue: Prisma.ServiceApplicationWhereInput = {
      state: { in: [...APPLICATION_CLOCK_RUNNING_STATES] },
      dueOn: { lt: todayOf(context) },
    };
    and.push(filter.overdue ? overdue : { NOT: overdue });
  }
  return { AND: and };
}

function visitWhere(
  context: Context,
  hallRegionCode: string,
  filter: (PeriodInput & { readonly windowNumber?: number | null }) | null | undefined,
): Prisma.HallVisitWhereInput {
  const and: Prisma.HallVisitWhereInput[] = [
    { hallRegionCode },
    readableWhere(context, 'SERVICE_APPLICATION', { code: 'hallRegionCode' }),
  ];
  const issued = instants(filter);
  if (issued) and.push({ issuedAt: issued });
  if (typeof filter?.windowNumber === 'number') and.push({ window: { number: filter.windowNumber } });
  return { AND: and };
}

const ServiceApplicationConnection = connectionOf(ServiceApplicationRef, 'ServiceApplication');
const HallVisitConnection = connectionOf(HallVisitRef, 'HallVisit');

builder.objectFields(ServiceHallRef, (t) => ({
  applications: t.prismaConnection(
    {
      type: 'ServiceApplication',
      cursor: 'id',
      description: 'The hall’s applications, newest first; empty for callers who may not read them.',
      args: { filter: t.arg({ type: ApplicationFilter, required: false, description: 'Conditions.' }) },
      totalCount: (hall, args, context) =>
        context.db.serviceApplication.count({
          where: applicationWhere(context, hall.regionCode, args.filter),
        }),
      resolve: (query, hall, args, context) =>
        context.db.serviceApplication.findMany({
          ...query,
          where: applicationWhere(context, hall.regionCode, args.filter),
          orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
        }),
    },
    ServiceApplicationConnection,
  ),
  visits: t.prismaConnection(
    {
      type: 'HallVisit',
      cursor: 'id',
      description: 'The hall’s queue tickets, newest first; empty for callers who may not read them.',
      args: { filter: t.arg({ type: VisitFilter, required: false, description: 'Conditions.' }) },
      totalCount: (hall, args, context) =>
        context.db.hallVisit.count({ where: visitWhere(context, hall.regionCode, args.filter) }),
      resolve: (query, hall, args, context) =>
        context.db.hallVisit.findMany({
          ...query,
          where: visitWhere(context, hall.regionCode, args.filter),
          orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }],
        }),
    },
    HallVisitConnection,
  ),
}));

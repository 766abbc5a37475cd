// The business actions on an application: receiving one, and every step of its lifecycle. Each
// mutation loads the application and its catalogue version, checks that the caller is one of the
// county's clerks, lets core's transitionApplication decide on the county's calendar, and writes the
// result over the version it was decided on. Two clerks acting at once: one write wins, the other is
// decided again on the fresh row and gets a typed conflict.
import { randomUUID } from 'node:crypto';
import {
  APPLICATION_ERRORS,
  type Application,
  type ApplicationAction,
  type ApplicationActionType,
  applicationTransitionRefused,
  authoriseHallAction,
  type DeliveryMethod,
  type DomainError,
  HALL_ACCESS_ERRORS,
  mayRead,
  type Result,
  receiveApplication,
  type SuspensionReason,
  shanghaiDateOf,
  transitionApplication,
  versionInForce,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { applicationMapper, serviceMatterMapper } from '../../mappers/serviceHall.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { ServiceApplicationRef } from './application.js';
import {
  ApplicationActionEnum,
  ApplicationChannelEnum,
  DeliveryMethodEnum,
  SuspensionReasonEnum,
} from './enums.js';

// Stands for every refusal by the lifecycle table in the code enum; the real error names the state.
const TRANSITION_REFUSED = {
  ...applicationTransitionRefused('RECEIVED', 'APPROVE'),
  message: {
    zh: '办件的当前状态不允许这一操作',
    en: 'The state of the application does not allow this action',
    bo: 'ཞུ་ཡིག་གི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  },
};

const ApplicationUserError = userErrorType(
  'ServiceApplicationUserError',
  'Why an action on an application was refused.',
  [...Object.values(APPLICATION_ERRORS), TRANSITION_REFUSED, ...Object.values(HALL_ACCESS_ERRORS)],
);

const ApplicationPayload = payloadType(
  'ServiceApplicationPayload',
  'The result of an action on an application.',
  {
    field: 'application',
    type: ServiceApplicationRef,
    description: 'The application after the action; null when refused.',
  },
  { type: ApplicationUserError, description: 'Why the action was refused; empty on success.' },
);

// Core names the fields of an action under `action`; the API's input holds them at its top level.
function atInput(error: DomainError): DomainError {
  if (error.field?.[0] !== 'action') return error;
  return { ...error, field: error.field.slice(1) };
}

const loadApplication = (context: Context, id: string) =>
  context.db.serviceApplication.findUnique({
    where: { id },
    include: { matter: { include: { department: true } } },
  });

const actorIdOf = (context: Context) => context.actor.personId ?? context.subject;

const TransitionInput = builder.inputType('ServiceApplicationTransitionInput', {
  description: 'One action on an application; the fields an action does not use are ignored.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The application.' }),
    action: t.field({ type: ApplicationActionEnum, required: true, description: 'What to do.' }),
    expectedVersion: t.int({
      required: false,
      description: 'The version the caller read; another one is a conflict.',
    }),
    documents: t.stringList({
      required: false,
      description: 'NOTIFY_SUPPLEMENTS: the documents to supplement.',
    }),
    missing: t.stringList({
      required: false,
      description: 'ACCEPT_WITH_TOLERANCE: the tolerable documents missing.',
    }),
    commitments: t.stringList({
      required: false,
      description: 'ACCEPT, ACCEPT_WITH_TOLERANCE: certificates replaced by a signed commitment.',
    }),
    reason: t.string({ required: false, description: 'REFUSE, DENY, WITHDRAW: the reason.' }),
    approvedBy: t.string({ required: false, description: 'EXTEND: who approved the extension.' }),
    inPerson: t.boolean({
      required: false,
      description: 'SUPPLY: whether the applicant came in person (a trip).',
    }),
    suspensionReason: t.field({
      type: SuspensionReasonEnum,
      required: false,
      description: 'SUSPEND: why the clock stops.',
    }),
    deliveryMethod: t.field({
      type: DeliveryMethodEnum,
      required: false,
      description: 'DELIVER: how the result goes out.',
    }),
  }),
});

interface TransitionArgs {
  readonly action: ApplicationActionType;
  readonly documents?: readonly string[] | null;
  readonly missing?: readonly string[] | null;
  readonly commitments?: readonly string[] | null;
  readonly reason?: string | null;
  readonly approvedBy?: string | null;
  readonly inPerson?: boolean | null;
  readonly suspensionReason?: SuspensionReason | null;
  readonly deliveryMethod?: DeliveryMethod | null;
}

/** The core action an input names; an input without a value the action needs is refused there. */
function actionOf(input: TransitionArgs): Result<ApplicationAction, DomainError> {
  const required = (field: string) => ({
    ok: false as const,
    error: { ...APPLICATION_ERRORS.REQUIRED, field: [field] },
  });
  switch (input.action) {
    case 'NOTIFY_SUPPLEMENTS':
      return { ok: true, value: { type: input.action, documents: input.documents ?? [] } };
    case 'ACCEPT':
      return { ok: true, value: { type: input.action, commitments: input.commitments ?? [] } };
    case 'ACCEPT_WITH_TOLERANCE':
      return {
        ok: true,
        value: { type: input.action, missing: input.missing ?? [], commitments: input.commitments ?? [] },
      };
    case 'REFUSE':
    case 'DENY':
    case 'WITHDRAW':
      return { ok: true, value: { type: input.action, reason: input.reason ?? '' } };
    case 'SUPPLY':
      return { ok: true, value: { type: input.action, inPerson: input.inPerson ?? false } };
    case 'SUSPEND':
      return input.suspensionReason
        ? { ok: true, value: { type: input.action, reason: input.suspensionReason } }
        : required('suspensionReason');
    case 'EXTEND':
      return { ok: true, value: { type: input.action, approvedBy: input.approvedBy ?? '' } };
    case 'DELIVER':
      return input.deliveryMethod
        ? { ok: true, value: { type: input.action, method: input.deliveryMethod } }
        : required('deliveryMethod');
    case 'LAPSE':
    case 'START_REVIEW':
    case 'RESUME':
    case 'APPROVE':
    case 'COMPLETE':
      return { ok: true, value: { type: input.action } };
  }
}

async function transitionOne(
  context: Context,
  input: TransitionArgs & { readonly id: GlobalId; readonly expectedVersion?: number | null },
): Promise<Payload<NonNullable<Awaited<ReturnType<typeof loadApplication>>>>> {
  const row = await loadApplication(context, lookupIdOf(input.id, 'ServiceApplication'));
  if (!row || !mayRead(context.actor, 'SERVICE_APPLICATION', { regionCode: row.hallRegionCode })) {
    return failed(HALL_ACCESS_ERRORS.NOT_FOUND);
  }
  const allowed = authoriseHallAction(context.actor, row.hallRegionCode);
  if (!allowed.ok) return failed(allowed.error);
  const action = actionOf(input);
  if (!action.ok) return failed(action.error);
  const calendar = await context.calendars.calendarFor(row.hallRegionCode);
  const matter = serviceMatterMapper.toDomain(row.matter, row.matter.department.code);
  const decide = (application: Application, expectedVersion: number | undefined) =>
    transitionApplication(application, action.value, {
      actorId: actorIdOf(context),
      at: context.now,
      calendar,
      matter,
      ...(expectedVersion === undefined ? {} : { expectedVersion }),
    });
  const next = decide(applicationMapper.toDomain(row), input.expectedVersion ?? undefined);
  if (!next.ok) return failed(atInput(next.error));
  const { count } = await context.db.serviceApplication.updateMany({
    where: { id: row.id, version: row.version },
    data: applicationMapper.toColumns(next.value),
  });
  const fresh = await loadApplication(context, row.id);
  if (!fresh) return failed(HALL_ACCESS_ERRORS.NOT_FOUND);
  if (count === 1) return succeeded(fresh);
  // Someone else wrote first: decide again on what they left, so the loser hears why.
  const again = decide(applicationMapper.toDomain(fresh), undefined);
  return failed(again.ok ? APPLICATION_ERRORS.STALE_VERSION : atInput(again.error));
}

builder.mutationField('serviceApplicationTransition', (t) =>
  t.field({
    type: ApplicationPayload,
    description:
      'Takes one step of an application’s lifecycle (受理, 容缺受理, 不予受理, 补正, 审查, 中止, 恢复, 延期, 准予, ' +
      '不予许可, 办结, 送达, 撤回) as one of the county’s service-hall clerks; the lifecycle table and the working-day ' +
      'rules decide, and a refusal comes back in userErrors.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({ type: TransitionInput, required: true, description: 'The application and the action.' }),
    },
    resolve: (_root, args, context) => transitionOne(context, args.input),
  }),
);

const ReceiveInput = builder.inputType('ServiceApplicationReceiveInput', {
  description: 'A new application at the hall.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: 'The catalogue version in force for the matter.' }),
    windowId: t.globalID({
      required: false,
      description: 'The window receiving it; none online or door to door.',
    }),
    channel: t.field({ type: ApplicationChannelEnum, required: true, description: 'How it arrives.' }),
    applicantPersonId: t.globalID({
      required: false,
      description: 'The person applying (a Person), where the registry knows them.',
    }),
    applicantOrganisationId: t.globalID({
      required: false,
      description: 'The business or other organisation applying (an Organisation), instead of a person.',
    }),
  }),
});

const MATTER_NOT_FOUND = { ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['matterId'] };

builder.mutationField('serviceApplicationReceive', (t) =>
  t.field({
    type: ApplicationPayload,
    description: 'Receives an application (收件) as one of the county’s service-hall clerks, now.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({ type: ReceiveInput, required: true, description: 'The matter, window and channel.' }),
    },
    resolve: async (_root, { input }, context) => {
      const named = await context.db.serviceMatter.findUnique({
        where: { id: lookupIdOf(input.matterId, 'ServiceMatter') },
        select: { hallRegionCode: true, code: true },
      });
      if (!named) return failed(MATTER_NOT_FOUND);
      // The caller names the matter; the version is the one in force today (core's versionInForce),
      // whichever version's ID a stale catalogue page handed the client. The application then keeps it.
      const versions = await context.db.serviceMatter.findMany({
        where: { hallRegionCode: named.hallRegionCode, code: named.code },
        include: { department: true },
      });
      const inForce = versionInForce(
        versions.map((row) => serviceMatterMapper.toDomain(row, row.department.code)),
        shanghaiDateOf(context.now),
      );
      const matterRow = versions.find((row) => row.version === inForce?.version);
      if (!matterRow) return failed(MATTER_NOT_FOUND);
      const allowed = authoriseHallAction(context.actor, matterRow.hallRegionCode);
      if (!allowed.ok) return failed(allowed.error);
      const windowId = input.windowId ? lookupIdOf(input.windowId, 'HallWindow') : null;
      const window = windowId
        ? await context.db.hallWindow.findFirst({
            where: { id: windowId, hallRegionCode: matterRow.hallRegionCode },
          })
        : null;
      if (windowId !== null && !window)
        return failed({ ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['windowId'] });
      const applicantPersonId = input.applicantPersonId
        ? lookupIdOf(input.applicantPersonId, 'Person')
        : null;
      if (
        applicantPersonId !== null &&
        !(await context.db.person.findUnique({ where: { id: applicantPersonId }, select: { id: true } }))
      )
        return failed({ ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['applicantPersonId'] });
      const applicantOrganisationId = input.applicantOrganisationId
        ? lookupIdOf(input.applicantOrganisationId, 'Organisation')
        : null;
      if (
        applicantOrganisationId !== null &&
        !(await context.db.organisation.findUnique({
          where: { id: applicantOrganisationId },
          select: { id: true },
        }))
      )
        return failed({ ...HALL_ACCESS_ERRORS.NOT_FOUND, field: ['applicantOrganisationId'] });
      const received = receiveApplication(
        {
          id: `SA-${randomUUID()}`,
          hallRegionCode: matterRow.hallRegionCode,
          windowId,
          channel: input.channel,
          applicantPersonId,
          applicantOrganisationId,
          receivedAt: context.now,
        },
        serviceMatterMapper.toDomain(matterRow, matterRow.department.code),
      );
      if (!received.ok) return failed(received.error);
      await context.db.serviceApplication.create({ data: applicationMapper.toColumns(received.value) });
      const row = await loadApplication(context, received.value.id);
      return row ? succeeded(row) : failed(HALL_ACCESS_ERRORS.NOT_FOUND);
    },
  }),
);

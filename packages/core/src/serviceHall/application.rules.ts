import { countWorkingDays, type WorkingCalendar, workingDayDeadline } from '../shared/calendar.js';
import { type CalendarDate, compareDates, shanghaiDateOf } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  APPLICATION_ERRORS,
  type ApplicationError,
  applicationTransitionRefused,
  at,
} from './serviceHall.errors.js';
import type {
  Application,
  ApplicationAction,
  ApplicationActionType,
  ApplicationChannel,
  ApplicationContext,
  ApplicationState,
  ApplicationTransitionRule,
  ServiceMatterVersion,
} from './serviceHall.js';

/**
 * The application lifecycle as data (行政许可法 arts. 32, 42, 45). Anything not listed is refused.
 * 收件 → 受理 / 不予受理 → (容缺待补) → 审查 ⇄ 中止 → 准予 / 不予许可 → 办结 → 送达; withdrawal until a
 * decision. A tolerance acceptance whose documents never arrive lapses into 不予受理.
 */
export const APPLICATION_TRANSITIONS: readonly ApplicationTransitionRule[] = [
  // A notice to supplement (补正告知) keeps the application at intake; only the 5-day rule changes.
  { from: 'RECEIVED', action: 'NOTIFY_SUPPLEMENTS', to: 'RECEIVED' },
  { from: 'RECEIVED', action: 'ACCEPT', to: 'ACCEPTED' },
  { from: 'RECEIVED', action: 'ACCEPT_WITH_TOLERANCE', to: 'AWAITING_SUPPLEMENTS' },
  { from: 'RECEIVED', action: 'REFUSE', to: 'REFUSED' },
  { from: 'AWAITING_SUPPLEMENTS', action: 'SUPPLY', to: 'UNDER_REVIEW' },
  { from: 'AWAITING_SUPPLEMENTS', action: 'LAPSE', to: 'REFUSED' },
  { from: 'ACCEPTED', action: 'START_REVIEW', to: 'UNDER_REVIEW' },
  { from: 'UNDER_REVIEW', action: 'SUSPEND', to: 'SUSPENDED' },
  { from: 'SUSPENDED', action: 'RESUME', to: 'UNDER_REVIEW' },
  { from: 'UNDER_REVIEW', action: 'EXTEND', to: 'UNDER_REVIEW' },
  { from: 'UNDER_REVIEW', action: 'APPROVE', to: 'APPROVED' },
  { from: 'UNDER_REVIEW', action: 'DENY', to: 'DENIED' },
  { from: 'APPROVED', action: 'COMPLETE', to: 'COMPLETED' },
  { from: 'DENIED', action: 'COMPLETE', to: 'COMPLETED' },
  { from: 'COMPLETED', action: 'DELIVER', to: 'DELIVERED' },
  { from: 'RECEIVED', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'ACCEPTED', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'AWAITING_SUPPLEMENTS', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'UNDER_REVIEW', action: 'WITHDRAW', to: 'WITHDRAWN' },
  { from: 'SUSPENDED', action: 'WITHDRAW', to: 'WITHDRAWN' },
];

/** Working days after receipt within which a notice to supplement may be given (art. 32(4)). */
export const SUPPLEMENT_NOTICE_DAYS = 5;
/** Working days an approved extension adds (art. 42). */
export const EXTENSION_DAYS = 10;
/** The longest text an action carries. */
export const MAX_APPLICATION_TEXT_LENGTH = 500;

/** States in which the clock runs and an application can be overdue. */
export const CLOCK_RUNNING_STATES: readonly ApplicationState[] = [
  'ACCEPTED',
  'AWAITING_SUPPLEMENTS',
  'UNDER_REVIEW',
];

/** The state `action` leads to from `from`, or `null` when the table does not allow it. */
export function nextApplicationState(
  from: ApplicationState,
  action: ApplicationActionType,
): ApplicationState | null {
  return APPLICATION_TRANSITIONS.find((rule) => rule.from === from && rule.action === action)?.to ?? null;
}

/** The actions the table allows from `state`, in table order. */
export function allowedApplicationActions(state: ApplicationState): readonly ApplicationActionType[] {
  return APPLICATION_TRANSITIONS.filter((rule) => rule.from === state).map((rule) => rule.action);
}

/** What a new application needs. */
export interface ApplicationInput {
  readonly id: string;
  readonly hallRegionCode: string;
  readonly windowId: string | null;
  readonly channel: ApplicationChannel;
  readonly applicantPersonId: string | null;
  readonly applicantOrganisationId: string | null;
  readonly receivedAt: Date;
}

/**
 * Receives an application (收件) under the matter version in force on the day of receipt. An online
 * application (一网通办) needs a matter handled online and costs no trip; one handed in at a window
 * is the applicant's first trip.
 */
export function receiveApplication(
  input: ApplicationInput,
  matter: ServiceMatterVersion,
): Result<Application, ApplicationError> {
  if (input.id.trim() === '') return err(at(APPLICATION_ERRORS.REQUIRED, 'id'));
  if (Number.isNaN(input.receivedAt.getTime())) return err(at(APPLICATION_ERRORS.TIME, 'receivedAt'));
  const receivedOn = shanghaiDateOf(input.receivedAt);
  if (compareDates(matter.validFrom, receivedOn) > 0) {
    return err(at(APPLICATION_ERRORS.MATTER_NOT_IN_FORCE, 'matterId'));
  }
  if (input.channel === 'ONLINE' && !matter.online) return err(at(APPLICATION_ERRORS.NOT_ONLINE, 'channel'));
  // One applicant answers for an application: a person, or the organisation a person applies for.
  if (input.applicantPersonId !== null && input.applicantOrganisationId !== null) {
    return err(at(APPLICATION_ERRORS.TWO_APPLICANTS, 'applicantOrganisationId'));
  }
  return ok({
    id: input.id,
    hallRegionCode: input.hallRegionCode,
    matterCode: matter.code,
    matterVersion: matter.version,
    windowId: input.windowId,
    channel: input.channel,
    applicantPersonId: input.applicantPersonId,
    applicantOrganisationId: input.applicantOrganisationId,
    state: 'RECEIVED',
    version: 1,
    receivedAt: input.receivedAt,
    receivedOn,
    supplementNoticeOn: null,
    acceptedOn: null,
    missingDocuments: [],
    supplyDueOn: null,
    commitmentDocuments: [],
    suspendedSince: null,
    suspensionReason: null,
    suspendedDays: 0,
    extensionDays: 0,
    promisedDays: matter.promisedDays,
    dueOn: null,
    dueProvisional: false,
    decidedOn: null,
    completedOn: null,
    deliveredOn: null,
    deliveryMethod: null,
    refusedOn: null,
    withdrawnOn: null,
    trips: input.channel === 'WINDOW' ? 1 : 0,
    note: null,
    updatedAt: input.receivedAt,
  });
}

/**
 * The due date of an accepted application: its promised working days, plus an extension, plus the
 * working days it spent suspended (art. 45: that time is not counted), from the day of acceptance
 * (the start day is not counted), on the region's calendar. `null` before acceptance.
 */
export function applicationDeadline(
  calendar: WorkingCalendar,
  application: Pick<Application, 'acceptedOn' | 'promisedDays' | 'extensionDays' | 'suspendedDays'>,
): Result<{ readonly date: CalendarDate; readonly provisional: boolean } | null, ApplicationError> {
  if (application.acceptedOn === null) return ok(null);
  const days = application.promisedDays + application.extensionDays + application.suspendedDays;
  const deadline = workingDayDeadline(calendar, application.acceptedOn, days);
  return deadline.ok ? ok(deadline.value) : err(APPLICATION_ERRORS.CALENDAR);
}

/**
 * The day an acceptance counts from (art. 32(4)): the day of acceptance, unless no notice to
 * supplement was given within 5 working days of receipt, in which case the day of receipt.
 */
export function acceptanceDay(
  calendar: WorkingCalendar,
  application: Pick<Application, 'receivedOn' | 'supplementNoticeOn'>,
  on: CalendarDate,
): Result<CalendarDate, ApplicationError> {
  if (application.supplementNoticeOn !== null) return ok(on);
  const waited = countWorkingDays(calendar, application.receivedOn, on);
  if (!waited.ok) return err(APPLICATION_ERRORS.CALENDAR);
  return ok(waited.value > SUPPLEMENT_NOTICE_DAYS ? application.receivedOn : on);
}

/**
 * Whether the application is overdue on `on`: its clock runs (accepted, awaiting supplements or
 * under review) and its due date has passed. A suspended application is never overdue: its clock
 * stands still.
 */
export function isOverdue(application: Pick<Application, 'state' | 'dueOn'>, on: CalendarDate): boolean {
  return (
    CLOCK_RUNNING_STATES.includes(application.state) &&
    application.dueOn !== null &&
    compareDates(application.dueOn, on) < 0
  );
}

/** Whether a completed application was completed on or before its due date. */
export function completedOnTime(application: Pick<Application, 'completedOn' | 'dueOn'>): boolean | null {
  if (application.completedOn === null || application.dueOn === null) return null;
  return compareDates(application.completedOn, application.dueOn) <= 0;
}

/** Whether the applicant made more in-person trips than the matter allows (最多跑一次 breached). */
export function exceedsTripLimit(
  application: Pick<Application, 'trips'>,
  matter: Pick<ServiceMatterVersion, 'maxTrips'>,
): boolean {
  return application.trips > matter.maxTrips;
}

function textOf(text: string, field: string): Result<string, ApplicationError> {
  const value = text.trim();
  if (value === '') return err(at(APPLICATION_ERRORS.REASON_REQUIRED, 'action', field));
  if (value.length > MAX_APPLICATION_TEXT_LENGTH)
    return err(at(APPLICATION_ERRORS.TEXT_TOO_LONG, 'action', field));
  return ok(value);
}

function checkDocuments(
  matter: ServiceMatterVersion,
  codes: readonly string[],
  field: string,
  allowed: (document: ServiceMatterVersion['documents'][number]) => boolean,
  refusal: ApplicationError,
): ApplicationError | null {
  for (const [index, code] of codes.entries()) {
    const document = matter.documents.find((candidate) => candidate.code === code);
    if (document === undefined) return at(APPLICATION_ERRORS.UNKNOWN_DOCUMENT, 'action', field, index);
    if (!allowed(document)) return at(refusal, 'action', field, index);
  }
  return null;
}

function withDeadline(calendar: WorkingCalendar, next: Application): Result<Application, ApplicationError> {
  const due = applicationDeadline(calendar, next);
  if (!due.ok) return due;
  return ok({ ...next, dueOn: due.value?.date ?? null, dueProvisional: due.value?.provisional ?? false });
}

function accept(
  application: Application,
  next: Application,
  context: ApplicationContext,
  on: CalendarDate,
  commitments: readonly string[],
  missing: readonly string[],
): Result<Application, ApplicationError> {
  const { matter, calendar } = context;
  const replaced = checkDocuments(
    matter,
    commitments,
    'commitments',
    (d) => d.commitmentReplaces,
    APPLICATION_ERRORS.NO_COMMITMENT,
  );
  if (replaced !== null) return err(replaced);
  const tolerated = checkDocuments(
    matter,
    missing,
    'missing',
    (d) => d.tolerable,
    APPLICATION_ERRORS.NOT_TOLERABLE,
  );
  if (tolerated !== null) return err(tolerated);
  const acceptedOn = acceptanceDay(calendar, application, on);
  if (!acceptedOn.ok) return acceptedOn;
  let supplyDueOn: CalendarDate | null = null;
  if (missing.length > 0) {
    const due = workingDayDeadline(calendar, on, matter.supplyDays);
    if (!due.ok) return err(APPLICATION_ERRORS.CALENDAR);
    supplyDueOn = due.value.date;
  }
  return withDeadline(calendar, {
    ...next,
    acceptedOn: acceptedOn.value,
    promisedDays: matter.promisedDays,
    commitmentDocuments: [...commitments],
    missingDocuments: [...missing],
    supplyDueOn,
  });
}

function applyAction(
  application: Application,
  action: ApplicationAction,
  next: Application,
  context: ApplicationContext,
  on: CalendarDate,
): Result<Application, ApplicationError> {
  const { calendar } = context;
  switch (action.type) {
    case 'NOTIFY_SUPPLEMENTS': {
      if (action.documents.length === 0) return err(at(APPLICATION_ERRORS.REQUIRED, 'action', 'documents'));
      const unknown = checkDocuments(
        context.matter,
        action.documents,
        'documents',
        () => true,
        APPLICATION_ERRORS.UNKNOWN_DOCUMENT,
      );
      if (unknown !== null) return err(unknown);
      const waited = countWorkingDays(calendar, application.receivedOn, on);
      if (!waited.ok) return err(APPLICATION_ERRORS.CALENDAR);
      if (waited.value > SUPPLEMENT_NOTICE_DAYS) return err(APPLICATION_ERRORS.SUPPLEMENT_NOTICE_LATE);
      return ok({ ...next, supplementNoticeOn: application.supplementNoticeOn ?? on });
    }
    case 'ACCEPT':
      return accept(application, next, context, on, action.commitments ?? [], []);
    case 'ACCEPT_WITH_TOLERANCE':
      if (action.missing.length === 0)
        return err(at(APPLICATION_ERRORS.NOTHING_MISSING, 'action', 'missing'));
      return accept(application, next, context, on, action.commitments ?? [], action.missing);
    case 'REFUSE': {
      const reason = textOf(action.reason, 'reason');
      return reason.ok ? ok({ ...next, refusedOn: on, note: reason.value }) : reason;
    }
    case 'SUPPLY':
      if (application.supplyDueOn !== null && compareDates(on, application.supplyDueOn) > 0) {
        return err(APPLICATION_ERRORS.SUPPLY_LATE);
      }
      return ok({ ...next, missingDocuments: [], trips: application.trips + (action.inPerson ? 1 : 0) });
    case 'LAPSE':
      if (application.supplyDueOn === null || compareDates(on, application.supplyDueOn) <= 0) {
        return err(APPLICATION_ERRORS.NOT_LAPSED);
      }
      return ok({ ...next, refusedOn: on, note: APPLICATION_ERRORS.SUPPLY_LATE.message.zh });
    case 'SUSPEND':
      return ok({ ...next, suspendedSince: on, suspensionReason: action.reason });
    case 'RESUME': {
      // The working days after the suspension began, up to and including the day work resumes.
      const since = application.suspendedSince ?? on;
      const stopped = countWorkingDays(calendar, since, on);
      if (!stopped.ok) return err(APPLICATION_ERRORS.CALENDAR);
      return withDeadline(calendar, {
        ...next,
        suspendedSince: null,
        suspensionReason: null,
        suspendedDays: application.suspendedDays + Math.max(0, stopped.value),
      });
    }
    case 'EXTEND': {
      if (application.extensionDays > 0) return err(APPLICATION_ERRORS.ALREADY_EXTENDED);
      const approver = textOf(action.approvedBy, 'approvedBy');
      if (!approver.ok) return err(at(APPLICATION_ERRORS.REQUIRED, 'action', 'approvedBy'));
      return withDeadline(calendar, { ...next, extensionDays: EXTENSION_DAYS, note: approver.value });
    }
    case 'APPROVE':
      return ok({ ...next, decidedOn: on });
    case 'DENY': {
      const reason = textOf(action.reason, 'reason');
      return reason.ok ? ok({ ...next, decidedOn: on, note: reason.value }) : reason;
    }
    case 'COMPLETE':
      return ok({ ...next, completedOn: on });
    case 'DELIVER':
      return ok({
        ...next,
        deliveredOn: on,
        deliveryMethod: action.method,
        trips: application.trips + (action.method === 'PICKUP' ? 1 : 0),
      });
    case 'WITHDRAW': {
      const reason = textOf(action.reason, 'reason');
      return reason.ok ? ok({ ...next, withdrawnOn: on, note: reason.value }) : reason;
    }
    case 'START_REVIEW':
      return ok(next);
  }
}

/**
 * Applies `action` to `application` as `context.actorId` at `context.at`, following
 * {@link APPLICATION_TRANSITIONS}, on the hall's calendar and under the catalogue version the
 * application was received under. Returns the next application (version + 1).
 *
 * Refusals, in the order they are checked: `SERVICE_HALL.REQUIRED` (no actor) and
 * `SERVICE_HALL.TIME` (before the last change); `SERVICE_HALL.STALE_VERSION` (conflict: someone
 * acted first); `SERVICE_HALL.MATTER_VERSION` (the context's catalogue version is not the
 * application's); `SERVICE_HALL.TRANSITION_REFUSED` (conflict: the table does not allow it); then the
 * action's own rules: the 5-day notice (`SUPPLEMENT_NOTICE_LATE`), documents that may be missing
 * (`NOT_TOLERABLE`) or replaced by a commitment (`NO_COMMITMENT`), supplies after the deadline
 * (`SUPPLY_LATE`), a lapse before it (`NOT_LAPSED`), a second extension (`ALREADY_EXTENDED`),
 * missing reasons, and dates the calendar cannot reckon (`CALENDAR`).
 */
export function transition(
  application: Application,
  action: ApplicationAction,
  context: ApplicationContext,
): Result<Application, ApplicationError> {
  if (context.actorId.trim() === '') return err(at(APPLICATION_ERRORS.REQUIRED, 'actorId'));
  if (Number.isNaN(context.at.getTime()) || context.at.getTime() < application.updatedAt.getTime()) {
    return err(at(APPLICATION_ERRORS.TIME, 'at'));
  }
  if (context.expectedVersion !== undefined && context.expectedVersion !== application.version) {
    return err(at(APPLICATION_ERRORS.STALE_VERSION, 'expectedVersion'));
  }
  if (
    context.matter.code !== application.matterCode ||
    context.matter.version !== application.matterVersion
  ) {
    return err(APPLICATION_ERRORS.MATTER_VERSION);
  }
  const to = nextApplicationState(application.state, action.type);
  if (to === null) return err(applicationTransitionRefused(application.state, action.type));
  const next: Application = {
    ...application,
    state: to,
    version: application.version + 1,
    updatedAt: context.at,
  };
  return applyAction(application, action, next, context, shanghaiDateOf(context.at));
}

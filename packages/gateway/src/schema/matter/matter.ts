// 事项: matters raised by records and handled through the digital city-management cycle, escalated
// grid → village → township → county when a level runs out of time or authority (事在网格中办). Each
// mutation is one business action: load, ask core's `transition` or `escalate`, write the matter over
// the version it was decided on together with the event, in one transaction.
import {
  allowedMatterActions,
  authoriseMatterAction,
  calendarForRegion,
  canReadMatters,
  type DomainError,
  dueAt,
  ESCALATION_LEVEL_LABELS,
  ESCALATION_REASON_LABELS,
  ESCALATION_REQUEST_ERRORS,
  type EscalationLevel,
  type EscalationReason,
  escalateOnRequest,
  MATTER_ACCESS_ERRORS,
  MATTER_ACTION_LABELS,
  MATTER_ERRORS,
  MATTER_STATE_LABELS,
  type Matter,
  type MatterAction,
  type MatterActionType,
  type MatterChange,
  type MatterState,
  matterTransitionRefused,
  open311StatusOf,
  RECORD_CATEGORY_LABELS,
  type RecordCategory,
  type Result,
  shouldEscalate,
  transition,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import type { MatterEvent as EventRow, Matter as MatterRow } from '../../generated/sqlite/client.js';
import { PersonRef } from '../person/person.js';
import { regionCodeArg } from '../region/region.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { gridTimeWhere, type TimeFilterInput, TimeOrder, timeOrder } from './record.js';
import {
  EscalationLevelEnum,
  EscalationReasonEnum,
  eventColumns,
  MatterActionEnum,
  MatterStateEnum,
  matterColumns,
  RecordCategoryEnum,
  toCoreMatter,
} from './shared.js';

/** A person field read through one batched query per request (assignee, handler, actor). */
function personLoader(description: string, keyOf: (row: { [key: string]: unknown }) => string | null) {
  return {
    type: PersonRef,
    nullable: true as const,
    description,
    load: (ids: string[], context: Context) => context.db.person.findMany({ where: { id: { in: ids } } }),
    sort: (person: { id: string }) => person.id,
    resolve: keyOf,
  };
}

const MatterEventKindEnum = builder.enumType('MatterEventKind', {
  description: 'What a matter event records.',
  values: {
    TRANSITION: { description: 'An action moved the matter from one state to another.' },
    ESCALATION: { description: 'The matter rose to the next level (上报上级); never silent.' },
  } as const,
});

export const MatterEventRef = builder.prismaObject('MatterEvent', {
  description: 'One recorded change of a matter, kept for ever: a transition or an escalation.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: "The matter's version after the change." }),
    kind: t.field({
      type: MatterEventKindEnum,
      description: 'Transition or escalation.',
      resolve: (event) => event.kind as 'TRANSITION' | 'ESCALATION',
    }),
    action: t.field({
      type: MatterActionEnum,
      nullable: true,
      description: 'The action of a transition; null for an escalation.',
      resolve: (event) => event.action as MatterActionType | null,
    }),
    actionLabel: t.string({
      nullable: true,
      description: 'The action as a label; null for an escalation.',
      args: labelArgs,
      resolve: (event, args, context) =>
        event.action ? labelOf(MATTER_ACTION_LABELS, event.action as MatterActionType, args, context) : null,
    }),
    fromState: t.field({
      type: MatterStateEnum,
      description: 'The state before.',
      resolve: (event) => event.fromState as MatterState,
    }),
    toState: t.field({
      type: MatterStateEnum,
      description: 'The state after.',
      resolve: (event) => event.toState as MatterState,
    }),
    fromLevel: t.field({
      type: EscalationLevelEnum,
      nullable: true,
      description: 'The level an escalation left; null for a transition.',
      resolve: (event) => event.fromLevel as EscalationLevel | null,
    }),
    toLevel: t.field({
      type: EscalationLevelEnum,
      nullable: true,
      description: 'The level an escalation reached; null for a transition.',
      resolve: (event) => event.toLevel as EscalationLevel | null,
    }),
    reason: t.field({
      type: EscalationReasonEnum,
      nullable: true,
      description: 'Why an escalation happened; null for a transition.',
      resolve: (event) => event.reason as EscalationReason | null,
    }),
    reasonLabel: t.string({
      nullable: true,
      description: 'The escalation reason as a label; null for a transition.',
      args: labelArgs,
      resolve: (event, args, context) =>
        event.reason
          ? labelOf(ESCALATION_REASON_LABELS, event.reason as EscalationReason, args, context)
          : null,
    }),
    actor: t.loadable(
      personLoader(
        'Who acted, masked as the caller may see them; null when the system escalated an overdue matter.',
        (event) => event.actorId as string | null,
      ),
    ),
    at: t.expose('at', { type: 'DateTime', description: 'When it happened.' }),
    detail: t.exposeString('detail', {
      nullable: true,
      description: 'The reason, feedback or assignee id the action carried.',
    }),
  }),
});

// Core needs the calendar of the matter's own region (Tibet's regional days count) and the request's now.
function dueOf(row: MatterRow): Date | null {
  const due = dueAt(toCoreMatter(row), calendarForRegion(row.gridCode));
  return due.ok ? due.value : null;
}

export const MatterRef = builder.prismaNode('Matter', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A matter (事项) raised by a record and handled through the cycle 上报 → 立案 → 派遣 → 受理 → 反馈 → 核查结案, ' +
    'escalated grid → village → township → county when a level runs out of time or authority.',
  authScopes: (matter, context) => canReadMatters(context.actor, matter.gridCode),
  fields: (t) => ({
    state: t.field({
      type: MatterStateEnum,
      description: 'Where the matter is in the cycle.',
      resolve: (matter) => matter.state as MatterState,
    }),
    stateLabel: t.string({
      description: 'The state as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(MATTER_STATE_LABELS, matter.state as MatterState, args, context),
    }),
    open311Status: t.string({
      description: 'The Open311 GeoReport v2 status, "open" or "closed", for other civic tools.',
      resolve: (matter) => open311StatusOf(matter.state as MatterState),
    }),
    open: t.exposeBoolean('open', {
      description: 'Whether the matter is open (neither rejected nor closed).',
    }),
    allowedActions: t.field({
      type: [MatterActionEnum],
      description: 'The actions the transition table allows from the current state.',
      resolve: (matter) => [...allowedMatterActions(matter.state as MatterState)],
    }),
    level: t.field({
      type: EscalationLevelEnum,
      description: 'The level handling it now; it only rises.',
      resolve: (matter) => matter.level as EscalationLevel,
    }),
    levelLabel: t.string({
      description: 'The level as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(ESCALATION_LEVEL_LABELS, matter.level as EscalationLevel, args, context),
    }),
    version: t.exposeInt('version', {
      description:
        'Grows by one with every change; pass it back as expectedVersion to detect concurrent edits.',
    }),
    category: t.field({
      type: RecordCategoryEnum,
      description: 'The category of the record that raised it.',
      resolve: (matter) => matter.category as RecordCategory,
    }),
    categoryLabel: t.string({
      description: 'The category as a label in the requested language.',
      args: labelArgs,
      resolve: (matter, args, context) =>
        labelOf(RECORD_CATEGORY_LABELS, matter.category as RecordCategory, args, context),
    }),
    gridCode: t.exposeString('gridCode', { description: 'The 15-digit code of the grid where it arose.' }),
    grid: t.relation('grid', { description: 'The grid where it arose.' }),
    record: t.relation('record', { description: 'The public-opinion record that raised it.' }),
    assignee: t.loadable(
      personLoader(
        'Who it was last dispatched to, masked as the caller may see them; null before dispatch or when it ' +
          'went to a team or to a level as a whole.',
        (matter) => matter.assigneeId as string | null,
      ),
    ),
    handler: t.loadable(
      personLoader(
        'The worker who accepted it and handles it; null until someone accepts.',
        (matter) => matter.handlerId as string | null,
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
      resolve: dueOf,
    }),
    overdue: t.boolean({
      description: 'Whether the level ran out of time at the time of the request, so the matter should rise.',
      resolve: (matter, _args, context) => {
        const due = shouldEscalate(toCoreMatter(matter), context.now, calendarForRegion(matter.gridCode));
        return due.ok && due.value;
      },
    }),
    events: t.relatedConnection('events', {
      description: 'Every change of the matter, oldest first.',
      cursor: 'id',
      totalCount: true,
      query: { orderBy: { version: 'asc' } },
    }),
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
    from: t.field({ type: 'DateTime', required: false, description: 'Reported at or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Reported before this instant.' }),
  }),
});

function matterWhere(
  context: Context,
  filter: (TimeFilterInput & { state?: MatterState | null; open?: boolean | null }) | null | undefined,
): Prisma.MatterWhereInput {
  const and: Prisma.MatterWhereInput[] = gridTimeWhere(context, filter);
  if (filter?.state) and.push({ state: filter.state });
  if (typeof filter?.open === 'boolean') and.push({ open: filter.open });
  return { AND: and };
}

builder.queryField('matters', (t) =>
  t.prismaConnection({
    type: 'Matter',
    cursor: 'id',
    description:
      "Matters in the caller's region, newest first by default. A grid's open matters come from one index " +
      '(grid, open, reported at, id).',
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
  }),
);

// ---- mutations ---------------------------------------------------------------------------------

// Stands for every refusal by the transition table in the code enum; the real error names the state
// and the action.
const TRANSITION_REFUSED = {
  ...matterTransitionRefused('REPORTED', 'ACCEPT'),
  message: {
    zh: '事项的当前状态不允许这一操作',
    en: 'The state of the matter does not allow this action',
  },
};

const MatterUserError = userErrorType('MatterUserError', 'Why an action on a matter was refused.', [
  ...Object.values(MATTER_ERRORS),
  TRANSITION_REFUSED,
  ...Object.values(MATTER_ACCESS_ERRORS),
  ...Object.values(ESCALATION_REQUEST_ERRORS),
]);

interface MatterChanged {
  readonly matter: MatterRow;
  readonly event: EventRow;
}

function matterPayload(name: string, description: string) {
  return builder.objectRef<Payload<MatterChanged>>(name).implement({
    description,
    fields: (t) => ({
      matter: t.field({
        type: MatterRef,
        nullable: true,
        description: 'The matter after the action; null when refused.',
        resolve: (payload) => payload.result?.matter ?? null,
      }),
      event: t.field({
        type: MatterEventRef,
        nullable: true,
        description: 'The event that records the action; null when refused.',
        resolve: (payload) => payload.result?.event ?? null,
      }),
      userErrors: t.field({
        type: [MatterUserError],
        description: 'Why the action was refused; empty on success.',
        resolve: (payload) => [...payload.userErrors],
      }),
    }),
  });
}

type Decide = (matter: Matter, expectedVersion: number | undefined) => Result<MatterChange, DomainError>;

/**
 * Writes the change over the version it was decided on, with its event, in one transaction; `null`
 * when someone else changed the matter first (no row had that version).
 */
function persist(context: Context, loadedVersion: number, change: MatterChange) {
  return context.db.$transaction(async (tx) => {
    const { count } = await tx.matter.updateMany({
      where: { id: change.matter.id, version: loadedVersion },
      data: matterColumns(change.matter),
    });
    if (count === 0) return null;
    const event = await tx.matterEvent.create({ data: eventColumns(change.event) });
    const matter = await tx.matter.findUniqueOrThrow({ where: { id: change.matter.id } });
    return { matter, event };
  });
}

/**
 * One action on a matter: find it (a matter the caller may not read is not found), check the caller's
 * duty at the level handling it, let core decide, write. A lost race is decided again on the fresh
 * matter, so the loser hears why (for example MATTER.ALREADY_ACCEPTED), or MATTER.STALE_VERSION.
 */
async function act(
  context: Context,
  matterId: GlobalId,
  duty: MatterActionType | 'ESCALATE',
  expectedVersion: number | null | undefined,
  decide: Decide,
): Promise<Payload<MatterChanged>> {
  const id = idOf(matterId, 'Matter');
  const row = id ? await context.db.matter.findUnique({ where: { id } }) : null;
  if (!row || !canReadMatters(context.actor, row.gridCode)) return failed(MATTER_ACCESS_ERRORS.NOT_FOUND);
  const allowed = authoriseMatterAction(context.actor, toCoreMatter(row), duty);
  if (!allowed.ok) return failed(allowed.error);
  const change = decide(toCoreMatter(row), expectedVersion ?? undefined);
  if (!change.ok) return failed(change.error);
  const written = await persist(context, row.version, change.value);
  if (written) return succeeded(written);
  const fresh = await context.db.matter.findUniqueOrThrow({ where: { id: row.id } });
  const again = decide(toCoreMatter(fresh), undefined);
  return failed(again.ok ? MATTER_ERRORS.STALE_VERSION : again.error);
}

function actorIdOf(context: Context): string {
  return context.actor.personId ?? '';
}

/** A transition as the caller, now. */
function transitionBy(context: Context, action: MatterAction): Decide {
  return (matter, expectedVersion) =>
    transition(matter, action, { actorId: actorIdOf(context), at: context.now, expectedVersion });
}

/** The person a global id names, or null when it names no person. */
async function personIdOf(context: Context, globalId: GlobalId) {
  const id = idOf(globalId, 'Person');
  const person = id ? await context.db.person.findUnique({ where: { id }, select: { id: true } }) : null;
  return person?.id ?? null;
}

const MATTER_ID_DESCRIPTION = 'The matter.';
const EXPECTED_VERSION_DESCRIPTION =
  "The matter's version as the caller last saw it; when it has moved on, the action is refused with " +
  'MATTER_STALE_VERSION.';

/** An input naming a matter and the version the caller saw, with a text when the action needs one. */
function matterInput(
  name: string,
  description: string,
  note?: { field: 'reason' | 'feedback'; description: string },
) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
      expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
      ...(note ? { [note.field]: t.string({ required: true, description: note.description }) } : {}),
    }),
  });
}

interface ActionInput {
  readonly matterId: GlobalId;
  readonly expectedVersion?: number | null;
  readonly reason?: string | null;
  readonly feedback?: string | null;
}

/** A mutation that applies one action of the transition table as the caller. */
function transitionMutation(options: {
  readonly mutation: string;
  readonly description: string;
  readonly action: Exclude<MatterActionType, 'ASSIGN'>;
  readonly note?: { field: 'reason' | 'feedback'; description: string };
}) {
  const typeName = `${options.mutation[0]?.toUpperCase()}${options.mutation.slice(1)}`;
  const input = matterInput(
    `${typeName}Input`,
    `Which matter to act on: ${options.description}`,
    options.note,
  );
  builder.mutationField(options.mutation, (t) =>
    t.field({
      type: matterPayload(`${typeName}Payload`, `The result of ${options.mutation}.`),
      description: options.description,
      args: { input: t.arg({ type: input, required: true, description: 'The matter and its version.' }) },
      resolve: (_root, args, context) => {
        const given = args.input as ActionInput;
        const action = actionOf(options.action, given);
        return act(
          context,
          given.matterId,
          options.action,
          given.expectedVersion,
          transitionBy(context, action),
        );
      },
    }),
  );
}

function actionOf(type: Exclude<MatterActionType, 'ASSIGN'>, input: ActionInput): MatterAction {
  switch (type) {
    case 'REJECT':
    case 'REOPEN':
      return { type, reason: input.reason ?? '' };
    case 'SUBMIT_FEEDBACK':
      return { type, feedback: input.feedback ?? '' };
    default:
      return { type };
  }
}

transitionMutation({
  mutation: 'matterRegister',
  action: 'REGISTER',
  description: 'Registers a reported matter as one to handle (立案). For whoever dispatches at its level.',
});
transitionMutation({
  mutation: 'matterReject',
  action: 'REJECT',
  description: 'Rejects a reported matter (注销: duplicate, out of scope, unfounded), with the reason.',
  note: { field: 'reason', description: 'Why the matter is rejected.' },
});
transitionMutation({
  mutation: 'matterAccept',
  action: 'ACCEPT',
  description:
    'Accepts a dispatched matter as its handler (受理). The first worker wins; a second gets ' +
    'MATTER_ALREADY_ACCEPTED, even when both acted at once.',
});
transitionMutation({
  mutation: 'matterResume',
  action: 'RESUME',
  description: 'The handler takes a reopened matter up again (继续处置).',
});
transitionMutation({
  mutation: 'matterFeedbackSubmit',
  action: 'SUBMIT_FEEDBACK',
  description: 'The handler reports what was done (处置反馈), for the check.',
  note: { field: 'feedback', description: 'What was done and with what result.' },
});
transitionMutation({
  mutation: 'matterClose',
  action: 'CLOSE',
  description: 'Checks the feedback and closes the matter (核查结案); never by its own handler.',
});
transitionMutation({
  mutation: 'matterReopen',
  action: 'REOPEN',
  description: 'Sends a matter back for handling (重新处置): the check failed or the resident objected.',
  note: { field: 'reason', description: 'Why the matter is reopened.' },
});

const MatterAssignInput = builder.inputType('MatterAssignInput', {
  description: 'Which matter to dispatch, and to whom.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    assigneeId: t.globalID({ required: true, description: 'The person to dispatch it to.' }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField('matterAssign', (t) =>
  t.field({
    type: matterPayload('MatterAssignPayload', 'The result of matterAssign.'),
    description:
      'Dispatches a registered or reopened matter to a person (派遣), or re-dispatches it before anyone ' +
      'accepted; the first dispatch starts the clock.',
    args: {
      input: t.arg({ type: MatterAssignInput, required: true, description: 'The matter and assignee.' }),
    },
    resolve: async (_root, { input }, context) => {
      const assigneeId = await personIdOf(context, input.assigneeId);
      if (assigneeId === null) return failed(MATTER_ACCESS_ERRORS.ASSIGNEE_NOT_FOUND);
      return act(
        context,
        input.matterId,
        'ASSIGN',
        input.expectedVersion,
        transitionBy(context, { type: 'ASSIGN', assigneeId }),
      );
    },
  }),
);

const MatterEscalateInput = builder.inputType('MatterEscalateInput', {
  description: 'Which matter to raise to the next level, and why.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    reason: t.field({
      type: EscalationReasonEnum,
      required: true,
      description: 'OVERDUE (only once the time limit ran out) or BEYOND_AUTHORITY.',
    }),
    assigneeId: t.globalID({
      required: false,
      description: 'The person of the next level to dispatch it to, when known.',
    }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

/** Escalation as the caller, now, by the working calendar of the matter's region. */
function escalationBy(context: Context, reason: EscalationReason, assigneeId: string | null): Decide {
  return (matter, expectedVersion) =>
    escalateOnRequest(matter, context.now, calendarForRegion(matter.gridCode), {
      reason,
      actorId: actorIdOf(context),
      assigneeId,
      expectedVersion,
    });
}

builder.mutationField('matterEscalate', (t) =>
  t.field({
    type: matterPayload('MatterEscalatePayload', 'The result of matterEscalate.'),
    description:
      'Raises a matter one level (上报上级: grid → village → township → county) and records the escalation; ' +
      "the new level's time limit starts now. For whoever dispatches or handles at the current level.",
    args: {
      input: t.arg({ type: MatterEscalateInput, required: true, description: 'The matter and reason.' }),
    },
    resolve: async (_root, { input }, context) => {
      const assigneeId = input.assigneeId ? await personIdOf(context, input.assigneeId) : null;
      if (input.assigneeId && assigneeId === null) return failed(MATTER_ACCESS_ERRORS.ASSIGNEE_NOT_FOUND);
      return act(
        context,
        input.matterId,
        'ESCALATE',
        input.expectedVersion,
        escalationBy(context, input.reason, assigneeId),
      );
    },
  }),
);

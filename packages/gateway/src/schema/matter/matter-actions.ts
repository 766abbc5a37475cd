// The business actions on a matter (事项处置): each mutation loads the matter, asks core's
// `transition` or `escalate`, and writes the matter over the version it was decided on together with
// the event, in one transaction.
import {
  authoriseMatterStep,
  calendarForRegion,
  canReadMatter,
  type DomainError,
  ESCALATION_REQUEST_ERRORS,
  type EscalationReason,
  err,
  escalateOnRequest,
  MATTER_ACCESS_ERRORS,
  MATTER_ERRORS,
  type Matter,
  type MatterAction,
  type MatterActionType,
  type MatterChange,
  matterTransitionRefused,
  ok,
  type Result,
  superviseIfDue,
  transition,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import type { MatterEvent as EventRow, Matter as MatterRow } from '../../generated/sqlite/client.js';
import { matterEventMapper, matterMapper, matterOf } from '../../mappers/matter.js';
import { rollupMatterChanged } from '../../rollups.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { EscalationReasonEnum, FunctionalDepartmentEnum, SatisfactionEnum } from './enums.js';
import { MatterRef } from './matter.js';
import { MatterEventRef } from './matter-event.js';

// Stands for every refusal by the transition table in the code enum; the real error names the state
// and the action.
const TRANSITION_REFUSED = {
  ...matterTransitionRefused('REPORTED', 'ACCEPT'),
  message: {
    zh: '事项的当前状态不允许这一操作',
    en: 'The state of the matter does not allow this action',
    bo: 'གནད་དོན་གྱི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
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
        description:
          'The matter after the action; null when refused, and when the action took it out of the caller’s ' +
          'reach (a department sending a routed matter back).',
        // A department's officer who returns a routed matter no longer reads it: null, not an error.
        resolve: (payload, _args, context) => {
          const matter = payload.result?.matter ?? null;
          return matter && canReadMatter(context.actor, matterOf(matter)) ? matter : null;
        },
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

type Decide = (
  matter: Matter,
  expectedVersion: number | undefined,
  onBehalfOf?: string | null,
) => Result<MatterChange, DomainError>;

/**
 * Writes the change over the version it was decided on, with its event and the rollups' counts, in
 * one transaction; `null` when someone else changed the matter first (no row had that version).
 */
function persist(context: Context, loaded: MatterRow, change: MatterChange) {
  return context.db.$transaction(async (tx) => {
    const columns = matterMapper.toColumns(change.matter);
    const { count } = await tx.matter.updateMany({
      where: { id: change.matter.id, version: loaded.version },
      data: columns,
    });
    if (count === 0) return null;
    await rollupMatterChanged(tx as Db, loaded, columns);
    const event = await tx.matterEvent.create({ data: matterEventMapper.toColumns(change.event) });
    const matter = await tx.matter.findUniqueOrThrow({ where: { id: change.matter.id } });
    return { matter, event };
  });
}

/**
 * One action on a matter: find it (a matter the caller may not read is not found), check the caller's
 * duty at the level handling it, let core decide, write. A lost race is decided again on the fresh
 * matter, so the loser hears why (for example MATTER.ALREADY_ACCEPTED), or MATTER.STALE_VERSION, a
 * conflict. Only the version decides who won: core dates a change whose clock is behind the stored
 * `updatedAt` (another instance's clock) at that time instead of refusing it.
 */
async function act(
  context: Context,
  matterId: GlobalId,
  duty: MatterActionType | 'ESCALATE',
  expectedVersion: number | null | undefined,
  decide: Decide,
): Promise<Payload<MatterChanged>> {
  const loaded = await loadForStep(context, matterId, duty);
  if (!loaded.ok) return failed(loaded.error);
  const { row, matter, onBehalfOf } = loaded.value;
  const change = decide(matter, expectedVersion ?? undefined, onBehalfOf);
  if (!change.ok) return failed(change.error);
  const written = await persist(context, row, change.value);
  if (written) return succeeded(written);
  const fresh = await context.db.matter.findUniqueOrThrow({ where: { id: row.id } });
  const again = decide(matterMapper.toDomain(fresh), undefined, onBehalfOf);
  return failed(again.ok ? MATTER_ERRORS.STALE_VERSION : again.error);
}

/**
 * The matter a step is about, if the caller may take it: found (a matter the caller may not read is
 * not found), the caller a person, with the duty at the level handling it.
 */
async function loadForStep(context: Context, matterId: GlobalId, duty: MatterActionType | 'ESCALATE') {
  const id = idOf(matterId, 'Matter');
  const row = id ? await context.db.matter.findUnique({ where: { id } }) : null;
  const matter = row ? matterMapper.toDomain(row) : null;
  if (!row || !matter || !canReadMatter(context.actor, matter)) return err(MATTER_ACCESS_ERRORS.NOT_FOUND);
  if (context.actor.personId === null) return err(MATTER_ACCESS_ERRORS.PERSON_REQUIRED);
  // The same rule as `Matter.allowedActions`: acceptance is the assignee's, or on their behalf by
  // someone who dispatches at that level.
  const allowed = authoriseMatterStep(context.actor, matter, duty);
  if (!allowed.ok) return allowed;
  return ok({ row, matter, onBehalfOf: allowed.value.onBehalfOf });
}

function actorIdOf(context: Context): string {
  return context.actor.personId ?? '';
}

/** A transition as the caller, now. */
function transitionBy(context: Context, action: MatterAction): Decide {
  return (matter, expectedVersion, onBehalfOf) =>
    transition(matter, action, { actorId: actorIdOf(context), at: context.now, expectedVersion, onBehalfOf });
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
function matterInput(name: string, description: string, note?: { field: NoteField; description: string }) {
  return builder.inputRef<ActionInput>(name).implement({
    description,
    fields: (t) => ({
      matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
      expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
      ...(note ? { [note.field]: t.string({ required: true, description: note.description }) } : {}),
    }),
  });
}

type NoteField = 'reason' | 'feedback' | 'note';

interface ActionInput {
  readonly matterId: GlobalId;
  readonly expectedVersion?: number | null;
  readonly reason?: string | null;
  readonly feedback?: string | null;
  readonly note?: string | null;
}

/** The actions whose input is the matter, its version and at most one text. */
type SimpleAction = Exclude<MatterActionType, 'ASSIGN' | 'ROUTE' | 'EXTEND' | 'CALL_BACK'>;

/** A mutation that applies one action of the transition table as the caller. */
function transitionMutation(options: {
  readonly mutation: string;
  readonly description: string;
  readonly action: SimpleAction;
  readonly note?: { field: NoteField; description: string };
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
        const given = args.input;
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

function actionOf(type: SimpleAction, input: ActionInput): MatterAction {
  switch (type) {
    case 'REJECT':
    case 'REOPEN':
    case 'RETURN':
    case 'SUSPEND':
      return { type, reason: input.reason ?? '' };
    case 'SUBMIT_FEEDBACK':
    case 'SETTLE_ON_THE_SPOT':
      return { type, feedback: input.feedback ?? '' };
    case 'EVALUATE':
      return { type, note: input.note ?? '' };
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
    'Accepts a dispatched matter (受理): by its assignee, who becomes the handler; or by someone who ' +
    'dispatches at the matter’s level, on the assignee’s behalf (the assignee still becomes the handler ' +
    'and the event’s detail names them). Anyone else gets MATTER_NOT_ASSIGNEE or MATTER_FORBIDDEN. The ' +
    'first acceptance wins; a second gets MATTER_ALREADY_ACCEPTED, even when both acted at once.',
});
transitionMutation({
  mutation: 'matterResume',
  action: 'RESUME',
  description:
    'The handler takes a reopened or suspended matter up again (继续处置); after a suspension the level’s ' +
    'time limit is moved on by the time suspended.',
});
transitionMutation({
  mutation: 'matterSettleOnTheSpot',
  action: 'SETTLE_ON_THE_SPOT',
  description:
    'Settles a reported matter on the spot (即办) in one step: it is closed, handled by the caller, at the ' +
    'level it is at. For whoever handles there (grid staff at the grid).',
  note: { field: 'feedback', description: 'What was done and with what result.' },
});
transitionMutation({
  mutation: 'matterReturn',
  action: 'RETURN',
  description:
    'The assignee sends a dispatch back (退回) as not theirs; the matter waits to be dispatched again.',
  note: { field: 'reason', description: 'Why the dispatch is returned.' },
});
transitionMutation({
  mutation: 'matterSuspend',
  action: 'SUSPEND',
  description:
    'The handler suspends a matter in progress (挂起) while handling waits on something outside their hands; ' +
    'its clock stops until matterResume.',
  note: { field: 'reason', description: 'What the handling waits on.' },
});
transitionMutation({
  mutation: 'matterEvaluate',
  action: 'EVALUATE',
  description:
    'Evaluates a called-back matter (综合评价), the last step of the cycle; never by its own handler. For ' +
    'whoever dispatches at its level.',
  note: { field: 'note', description: 'The evaluation of the handling.' },
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

const MatterRouteToDepartmentInput = builder.inputType('MatterRouteToDepartmentInput', {
  description: 'Which matter to route, to which functional department, and why.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    department: t.field({
      type: FunctionalDepartmentEnum,
      required: true,
      description: 'The department whose work it is (Matter.suggestedDepartment proposes one).',
    }),
    reason: t.string({ required: true, description: 'Why the matter goes to this department.' }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField('matterRouteToDepartment', (t) =>
  t.field({
    type: matterPayload('MatterRouteToDepartmentPayload', 'The result of matterRouteToDepartment.'),
    description:
      'Routes a registered or reopened matter to a functional department (分派职能部门), or re-routes one nobody ' +
      'accepted yet, with the reason; only at township or county level, where the departments sit ' +
      '(MATTER_ROUTE_LEVEL below). The department’s officers at that level, in a region covering the ' +
      'matter, then accept and handle it (and read it); the first routing starts the clock. For whoever ' +
      'dispatches at its level. A later matterAssign to a person makes it territorial again.',
    args: {
      input: t.arg({ type: MatterRouteToDepartmentInput, required: true, description: 'The routing.' }),
    },
    resolve: (_root, { input }, context) =>
      act(
        context,
        input.matterId,
        'ROUTE',
        input.expectedVersion,
        transitionBy(context, { type: 'ROUTE', department: input.department, reason: input.reason }),
      ),
  }),
);

const MatterExtendInput = builder.inputType('MatterExtendInput', {
  description: 'Which matter to give more time, how much, and why.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    days: t.int({ required: true, description: 'Working days to add to the current level (1 to 30).' }),
    reason: t.string({ required: true, description: 'Why the level needs more time.' }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField('matterExtend', (t) =>
  t.field({
    type: matterPayload('MatterExtendPayload', 'The result of matterExtend.'),
    description:
      'Grants the level handling a matter more working days (延期); the stages raised against the old ' +
      'deadline stay recorded, new ones count from the new deadline. For whoever dispatches at its level.',
    args: { input: t.arg({ type: MatterExtendInput, required: true, description: 'The extension.' }) },
    resolve: (_root, { input }, context) =>
      act(
        context,
        input.matterId,
        'EXTEND',
        input.expectedVersion,
        transitionBy(context, { type: 'EXTEND', days: input.days, reason: input.reason }),
      ),
  }),
);

const MatterCallBackInput = builder.inputType('MatterCallBackInput', {
  description: 'Which closed matter was called back, and how the resident rated it.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    satisfaction: t.field({ type: SatisfactionEnum, required: true, description: 'The resident’s rating.' }),
    note: t.string({ required: false, description: 'What the resident said, if anything.' }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

builder.mutationField('matterCallBack', (t) =>
  t.field({
    type: matterPayload('MatterCallBackPayload', 'The result of matterCallBack.'),
    description:
      'Records the callback of a closed matter (回访) with the resident’s rating; never by its own handler. ' +
      'The rating counts in the handler’s assessment. A dissatisfied resident’s matter can be reopened.',
    args: { input: t.arg({ type: MatterCallBackInput, required: true, description: 'The callback.' }) },
    resolve: (_root, { input }, context) =>
      act(
        context,
        input.matterId,
        'CALL_BACK',
        input.expectedVersion,
        transitionBy(context, {
          type: 'CALL_BACK',
          satisfaction: input.satisfaction,
          note: input.note ?? '',
        }),
      ),
  }),
);

const MatterSuperviseInput = builder.inputType('MatterSuperviseInput', {
  description: 'Which matter the scheduled timeout check looks at.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
  }),
});

builder.mutationField('matterSupervise', (t) =>
  t.field({
    type: matterPayload('MatterSupervisePayload', 'The result of matterSupervise.'),
    description:
      'The timeout check of one matter, as the county’s scheduler runs it: raises, in order, every stage ' +
      '(预警 / 催办 / 督办) due by now that the matter has not reached at its level, each an event counted ' +
      'against the person holding it. It never moves the matter up. `event` is the last stage raised; both ' +
      'are null with no userErrors when nothing was due. For whoever dispatches or handles at its level.',
    args: { input: t.arg({ type: MatterSuperviseInput, required: true, description: 'The matter.' }) },
    resolve: async (_root, { input }, context) => {
      const schedules = await context.calendars.schedules();
      let last: MatterChanged | null = null;
      // One stage per step, in order, each written over the version it was decided on.
      for (;;) {
        const loaded = await loadForStep(context, input.matterId, 'ESCALATE');
        if (!loaded.ok) return failed(loaded.error);
        const { row, matter } = loaded.value;
        const calendar = calendarForRegion(matter.gridCode, { schedules });
        const raised = superviseIfDue(matter, context.now, calendar);
        if (!raised.ok) return failed(ESCALATION_REQUEST_ERRORS.CALENDAR);
        if (raised.value === null) return { result: last, userErrors: [] };
        // A lost race re-reads the matter: whoever won raised the stage or changed the matter.
        last = (await persist(context, row, raised.value)) ?? last;
      }
    },
  }),
);

const MatterEscalateInput = builder.inputType('MatterEscalateInput', {
  description: 'Which matter to move up, why, and in whose words.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: MATTER_ID_DESCRIPTION }),
    reason: t.field({
      type: EscalationReasonEnum,
      required: true,
      description:
        'OVERDUE (only once the time limit ran out) or BEYOND_AUTHORITY: one level up; COLLECTIVE or ' +
        'STABILITY: straight to the level that must know (township, county), from any open state but the check.',
    }),
    note: t.string({ required: true, description: 'Why, in the decider’s words (上报理由).' }),
    assigneeId: t.globalID({
      required: false,
      description: 'The person of the next level to dispatch it to, when known.',
    }),
    expectedVersion: t.int({ required: false, description: EXPECTED_VERSION_DESCRIPTION }),
  }),
});

/** Escalation as the caller, now, by the working calendar of the matter's region. */
async function escalationBy(
  context: Context,
  reason: EscalationReason,
  note: string,
  assigneeId: string | null,
): Promise<Decide> {
  const schedules = await context.calendars.schedules();
  return (matter, expectedVersion) =>
    escalateOnRequest(matter, context.now, calendarForRegion(matter.gridCode, { schedules }), {
      reason,
      actorId: actorIdOf(context),
      note,
      assigneeId,
      expectedVersion,
    });
}

builder.mutationField('matterEscalate', (t) =>
  t.field({
    type: matterPayload('MatterEscalatePayload', 'The result of matterEscalate.'),
    description:
      'Moves a matter up by the caller’s decision (上报上级), with the reason and their words: one level ' +
      '(grid → village → township → county), or a collective or stability-related matter straight to the ' +
      "level that must know. The new level's time limit starts now. For whoever dispatches or handles at the " +
      'current level. A timeout alone never moves a matter: see matterSupervise.',
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
        await escalationBy(context, input.reason, input.note, assigneeId),
      );
    },
  }),
);

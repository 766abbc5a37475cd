// The business actions on a matter (事项处置): each mutation loads the matter, asks core's
// `transition` or `escalate`, and writes the matter over the version it was decided on together with
// the event, in one transaction.
import {
  authoriseMatterStep,
  calendarForRegion,
  canReadMatters,
  type DomainError,
  ESCALATION_REQUEST_ERRORS,
  type EscalationReason,
  escalateOnRequest,
  MATTER_ACCESS_ERRORS,
  MATTER_ERRORS,
  type Matter,
  type MatterAction,
  type MatterActionType,
  type MatterChange,
  matterTransitionRefused,
  type Result,
  transition,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import type { MatterEvent as EventRow, Matter as MatterRow } from '../../generated/sqlite/client.js';
import { matterEventMapper, matterMapper } from '../../mappers/matter.js';
import { rollupMatterChanged } from '../../rollups.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { EscalationReasonEnum } from './enums.js';
import { MatterRef } from './matter.js';
import { MatterEventRef } from './matter-event.js';

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
 * conflict (never MATTER.TIME, which would compare this request's clock with the winner's).
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
  if (context.actor.personId === null) return failed(MATTER_ACCESS_ERRORS.PERSON_REQUIRED);
  const matter = matterMapper.toDomain(row);
  // The same rule as `Matter.allowedActions`: acceptance is the assignee's, or on their behalf by
  // someone who dispatches at that level.
  const allowed = authoriseMatterStep(context.actor, matter, duty);
  if (!allowed.ok) return failed(allowed.error);
  const onBehalfOf = allowed.value.onBehalfOf;
  const change = decide(matter, expectedVersion ?? undefined, onBehalfOf);
  if (!change.ok) return failed(change.error);
  const written = await persist(context, row, change.value);
  if (written) return succeeded(written);
  const fresh = await context.db.matter.findUniqueOrThrow({ where: { id: row.id } });
  const again = decide(matterMapper.toDomain(fresh), undefined, onBehalfOf);
  // The winner's change may carry a later time than this request's (its clock, or just its later
  // start): MATTER.TIME would then blame the loser's input for a race, so the loser hears of the race.
  const raced = again.ok || again.error.code === MATTER_ERRORS.TIME.code;
  return failed(raced ? MATTER_ERRORS.STALE_VERSION : again.error);
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
function matterInput(
  name: string,
  description: string,
  note?: { field: 'reason' | 'feedback'; description: string },
) {
  return builder.inputRef<ActionInput>(name).implement({
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
    'Accepts a dispatched matter (受理): by its assignee, who becomes the handler; or by someone who ' +
    'dispatches at the matter’s level, on the assignee’s behalf (the assignee still becomes the handler ' +
    'and the event’s detail names them). Anyone else gets MATTER_NOT_ASSIGNEE or MATTER_FORBIDDEN. The ' +
    'first acceptance wins; a second gets MATTER_ALREADY_ACCEPTED, even when both acted at once.',
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
async function escalationBy(
  context: Context,
  reason: EscalationReason,
  assigneeId: string | null,
): Promise<Decide> {
  const schedules = await context.calendars.schedules();
  return (matter, expectedVersion) =>
    escalateOnRequest(matter, context.now, calendarForRegion(matter.gridCode, { schedules }), {
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
        await escalationBy(context, input.reason, assigneeId),
      );
    },
  }),
);

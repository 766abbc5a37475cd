// A matter event: one recorded change of a matter (its report, a transition, an escalation or a
// supervision stage), kept for ever.
import {
  ESCALATION_REASON_LABELS,
  MATTER_ACTION_LABELS,
  type MatterActionType,
  type MatterEvent,
  SUPERVISION_STAGE_LABELS,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { MatterEvent as EventRow } from '../../generated/sqlite/client.js';
import { matterEventOf } from '../../mappers/matter.js';
import { connectionOf } from '../shared/connection.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import {
  EscalationLevelEnum,
  EscalationReasonEnum,
  FunctionalDepartmentEnum,
  MatterActionEnum,
  MatterStateEnum,
  SupervisionStageEnum,
} from './enums.js';
import { personLoader } from './matter.js';
import { matterReadableWhere } from './reach.js';

/** The action of a transition; null for an escalation. */
function actionOf(event: MatterEvent): MatterActionType | null {
  return event.kind === 'TRANSITION' ? event.action : null;
}

/**
 * Whether the event's stored detail is a person's id (the assignee of an assignment, or the person
 * accepted for, 代为受理) rather than text; the API shows that person as `assignee`, never the id.
 */
function detailIsPerson(event: MatterEvent): boolean {
  return event.kind === 'TRANSITION' && (event.action === 'ASSIGN' || event.action === 'ACCEPT');
}

/** The event if it is a supervision stage; null otherwise. */
function supervisionOf(event: MatterEvent): Extract<MatterEvent, { kind: 'SUPERVISION' }> | null {
  return event.kind === 'SUPERVISION' ? event : null;
}

/** The event if it is an escalation, with its levels and reason; null for a transition. */
function escalationOf(event: MatterEvent): Extract<MatterEvent, { kind: 'ESCALATION' }> | null {
  return event.kind === 'ESCALATION' ? event : null;
}

const MatterEventKindEnum = builder.enumType('MatterEventKind', {
  description: 'What a matter event records.',
  values: {
    REPORT: { description: 'The report that opened the matter (上报); every timeline starts with it.' },
    TRANSITION: { description: 'An action moved the matter from one state to another.' },
    ESCALATION: {
      description:
        'Someone moved the matter up (上报上级), one level or straight to the level that must know.',
    },
    SUPERVISION: {
      description:
        'A timeout raised warning, reminder or supervision (预警 / 催办 / 督办) against its holder.',
    },
  } as const,
});

nodeScope('MatterEvent', 'matterEvent', (context: Context) => ({ matter: matterReadableWhere(context) }));

export const MatterEventRef = builder.prismaNode('MatterEvent', {
  id: { field: 'id' },
  // Fetched by its global ID only where the caller may read its matter; elsewhere it reads as null.
  findUnique: (id, context) => ({
    id,
    matter: matterReadableWhere(context),
  }),
  nullable: true,
  description:
    'One recorded change of a matter, kept for ever: the report that opened it (version 1, first on every ' +
    'timeline), a transition or an escalation. Its global ID is stable, so a client can key a timeline by it.',
  fields: (t) => ({
    version: t.exposeInt('version', { description: "The matter's version after the change." }),
    kind: t.field({
      type: MatterEventKindEnum,
      description: 'Report, transition or escalation.',
      resolve: (event) => matterEventOf(event).kind,
    }),
    action: t.field({
      type: MatterActionEnum,
      nullable: true,
      description: 'The action of a transition; null for the report and an escalation.',
      resolve: (event) => actionOf(matterEventOf(event)),
    }),
    actionLabel: t.string({
      nullable: true,
      description: 'The action as a label; null for the report and an escalation.',
      args: labelArgs,
      resolve: (event, args, context) => {
        const action = actionOf(matterEventOf(event));
        return action ? labelOf(MATTER_ACTION_LABELS, action, args, context) : null;
      },
    }),
    fromState: t.field({
      type: MatterStateEnum,
      nullable: true,
      description: 'The state before; null for the report, which opened the matter.',
      resolve: (event) => matterEventOf(event).from,
    }),
    toState: t.field({
      type: MatterStateEnum,
      description: 'The state after.',
      resolve: (event) => matterEventOf(event).to,
    }),
    fromLevel: t.field({
      type: EscalationLevelEnum,
      nullable: true,
      description: 'The level an escalation left; null for the report and a transition.',
      resolve: (event) => escalationOf(matterEventOf(event))?.fromLevel ?? null,
    }),
    toLevel: t.field({
      type: EscalationLevelEnum,
      nullable: true,
      description: 'The level an escalation reached; null for the report and a transition.',
      resolve: (event) => escalationOf(matterEventOf(event))?.toLevel ?? null,
    }),
    reason: t.field({
      type: EscalationReasonEnum,
      nullable: true,
      description: 'Why an escalation happened; null for the report and a transition.',
      resolve: (event) => escalationOf(matterEventOf(event))?.reason ?? null,
    }),
    reasonLabel: t.string({
      nullable: true,
      description: 'The escalation reason as a label; null for the report and a transition.',
      args: labelArgs,
      resolve: (event, args, context) => {
        const escalation = escalationOf(matterEventOf(event));
        return escalation ? labelOf(ESCALATION_REASON_LABELS, escalation.reason, args, context) : null;
      },
    }),
    stage: t.field({
      type: SupervisionStageEnum,
      nullable: true,
      description: 'The stage a timeout raised; null for other events.',
      resolve: (event) => supervisionOf(matterEventOf(event))?.stage ?? null,
    }),
    stageLabel: t.string({
      nullable: true,
      description: 'The stage as a label; null for other events.',
      args: labelArgs,
      resolve: (event, args, context) => {
        const supervision = supervisionOf(matterEventOf(event));
        return supervision ? labelOf(SUPERVISION_STAGE_LABELS, supervision.stage, args, context) : null;
      },
    }),
    subject: t.loadable(
      personLoader<EventRow>(
        'Whom a supervision stage counts against (the handler, or the assignee before acceptance), masked as ' +
          'the caller may see them; null for other events.',
        (event) => event.subjectId,
      ),
    ),
    actor: t.loadable(
      personLoader<EventRow>(
        'Who acted, masked as the caller may see them: for the report, the resident who raised it. Null when ' +
          'the report was anonymous, for a supervision stage (the clock raised it), and for escalations kept ' +
          'from before moving up became a decision.',
        (event) => event.actorId,
      ),
    ),
    department: t.field({
      type: FunctionalDepartmentEnum,
      nullable: true,
      description: 'The functional department a routing (ROUTE) sent the matter to; null for other events.',
      resolve: (event) => {
        const recorded = matterEventOf(event);
        return recorded.kind === 'TRANSITION' ? (recorded.department ?? null) : null;
      },
    }),
    at: t.expose('at', { type: 'DateTime', description: 'When it happened.' }),
    detail: t.string({
      nullable: true,
      description:
        'The words the action carried (a reason, the feedback, a callback’s or evaluation’s note, the reason ' +
        'for moving up or for routing to a department); null otherwise.',
      resolve: (event) => (detailIsPerson(matterEventOf(event)) ? null : event.detail),
    }),
    assignee: t.loadable(
      personLoader<EventRow>(
        'Whom an assignment dispatched the matter to, or whom an acceptance on the assignee’s behalf (代为受理) ' +
          'accepted for, masked as the caller may see them; null for other events.',
        (event) => (detailIsPerson(matterEventOf(event)) ? event.detail : null),
      ),
    ),
  }),
});

export const MatterEventConnection = connectionOf(MatterEventRef, 'MatterEvent');

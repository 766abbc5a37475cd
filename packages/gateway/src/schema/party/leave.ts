// Leave of stationed cadres (请假): requested by a party organiser of the cadre's village, decided by
// the level core's rule names (the township party committee up to 3 days, the county beyond), each
// refusal a userError with core's code. The decision day is the request's day in Asia/Shanghai.
import { randomUUID } from 'node:crypto';
import {
  authorisePartyChange,
  CADRE_LEAVE_ERRORS,
  CADRE_LEAVE_STATE_LABELS,
  type CadreLeaveDecision,
  type DomainError,
  decideCadreLeave,
  LEAVE_APPROVER_LABELS,
  leaveApproverLevels,
  mayRead,
  PARTY_ERRORS,
  requestCadreLeave,
  stationingRulesFor,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { CadreLeave as CadreLeaveRow } from '../../generated/sqlite/client.js';
import { cadreLeaveMapper, stationedCadreMapper } from '../../mappers/party.js';
import { todayOf } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, type Payload, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { cadreWhere } from './cadre.js';
import { CadreLeaveStateEnum, LeaveApproverEnum } from './enums.js';

nodeScope('CadreLeave', 'cadreLeave', (context: Context) =>
  readableWhere(context, 'STATIONED_CADRE', { code: 'villageCode' }),
);

const CadreLeaveRef = builder.prismaNode('CadreLeave', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A stationed cadre’s leave (请假), both end days included: requested, then approved or refused by the ' +
    'township party committee (up to 3 days) or the county organisation department (longer). For party ' +
    'organisers and the county and township officers of the village.',
  authScopes: (l, context) => mayRead(context.actor, 'STATIONED_CADRE', { regionCode: l.villageCode }),
  fields: (t) => ({
    from: t.field({ type: 'Date', description: 'The first day away.', resolve: (l) => l.fromDate }),
    until: t.field({ type: 'Date', description: 'The last day away.', resolve: (l) => l.untilDate }),
    days: t.exposeInt('days', { description: 'Calendar days away, both ends counted.' }),
    reason: t.exposeString('reason', { description: 'Why the cadre asked.' }),
    approver: t.field({
      type: LeaveApproverEnum,
      description: 'Who decides it, fixed by the county’s rules when it was requested.',
      resolve: (l) => cadreLeaveMapper.toDomain(l).approver,
    }),
    approverLabel: t.string({
      description: 'Who decides it, in the requested language.',
      args: labelArgs,
      resolve: (l, args, context) =>
        labelOf(LEAVE_APPROVER_LABELS, cadreLeaveMapper.toDomain(l).approver, args, context),
    }),
    state: t.field({
      type: CadreLeaveStateEnum,
      description: 'Where it stands.',
      resolve: (l) => cadreLeaveMapper.toDomain(l).state,
    }),
    stateLabel: t.string({
      description: 'The state in the requested language.',
      args: labelArgs,
      resolve: (l, args, context) =>
        labelOf(CADRE_LEAVE_STATE_LABELS, cadreLeaveMapper.toDomain(l).state, args, context),
    }),
    requestedOn: t.field({
      type: 'Date',
      description: 'When it was requested.',
      resolve: (l) => l.requestedOn,
    }),
    decidedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it was approved or refused; null while it waits.',
      resolve: (l) => l.decidedOn,
    }),
    decisionNote: t.exposeString('decisionNote', {
      nullable: true,
      description: 'Why it was refused, or a remark on the approval.',
    }),
    version: t.exposeInt('version', {
      description: 'Changes with every step; pass it back as expectedVersion.',
    }),
    cadre: t.relation('cadre', { description: 'The cadre.' }),
  }),
});

const LEAVE_USER_ERRORS: readonly DomainError[] = [
  ...Object.values(CADRE_LEAVE_ERRORS),
  PARTY_ERRORS.FORBIDDEN,
];

const payloadOf = (name: string, verb: string) =>
  payloadType(
    `${name}Payload`,
    `The result of ${verb}.`,
    { field: 'leave', type: CadreLeaveRef, description: 'The leave as stored; null when refused.' },
    {
      type: userErrorType(`${name}UserError`, `Why ${verb} was refused.`, LEAVE_USER_ERRORS),
      description: 'Why it was refused; empty on success.',
    },
  );

const CadreLeaveRequestInput = builder.inputType('CadreLeaveRequestInput', {
  description: 'Leave a stationed cadre asks for (请假), both end days included.',
  fields: (t) => ({
    cadreId: t.globalID({ required: true, description: 'The stationed cadre.' }),
    from: t.field({ type: 'Date', required: true, description: 'The first day away.' }),
    until: t.field({ type: 'Date', required: true, description: 'The last day away.' }),
    reason: t.string({ required: true, description: 'Why, in at most 500 characters.' }),
  }),
});

builder.mutationField('cadreLeaveRequest', (t) =>
  t.field({
    type: payloadOf('CadreLeaveRequest', 'requesting leave'),
    description:
      'Records a stationed cadre’s request for leave (REQUESTED), inside the stationing and overlapping none of ' +
      'their leave still standing; the county’s rules say who decides it. A party organiser of the cadre’s village.',
    args: { input: t.arg({ type: CadreLeaveRequestInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx): Promise<Payload<CadreLeaveRow>> => {
        const cadre = await tx.stationedCadre.findFirst({
          where: { AND: [{ id: lookupIdOf(input.cadreId, 'StationedCadre') }, cadreWhere(context)] },
        });
        if (!cadre) return failed({ ...CADRE_LEAVE_ERRORS.NOT_FOUND, field: ['cadreId'] });
        const allowed = authorisePartyChange(context.actor, cadre.villageCode);
        if (!allowed.ok) return failed(allowed.error);
        const standing = await tx.cadreLeave.findMany({
          where: { cadreId: cadre.id, state: { not: 'REFUSED' }, fromDate: { lte: input.until } },
          orderBy: { fromDate: 'asc' },
        });
        const requested = requestCadreLeave(
          {
            id: `CL-${randomUUID()}`,
            from: input.from,
            until: input.until,
            reason: input.reason,
            requestedOn: todayOf(context),
          },
          stationedCadreMapper.toDomain(cadre),
          standing.map(cadreLeaveMapper.toDomain),
          stationingRulesFor(cadre.villageCode.slice(0, 6)),
        );
        if (!requested.ok) return failed(requested.error);
        return succeeded(
          await tx.cadreLeave.create({
            data: cadreLeaveMapper.toColumns(requested.value, cadre.villageCode),
          }),
        );
      }),
  }),
);

/** Decides a leave: loads it inside the caller's reach, lets core check the level, writes under its version. */
function decide(
  context: Context,
  input: { readonly id: GlobalId; readonly expectedVersion?: number | null },
  decision: CadreLeaveDecision,
): Promise<Payload<CadreLeaveRow>> {
  return inSerializableTransaction(context.db, async (tx) => {
    const row = await tx.cadreLeave.findFirst({
      where: { id: lookupIdOf(input.id, 'CadreLeave'), cadre: cadreWhere(context) },
    });
    if (!row) return failed({ ...CADRE_LEAVE_ERRORS.NOT_FOUND, field: ['id'] });
    const next = decideCadreLeave(cadreLeaveMapper.toDomain(row), decision, {
      levels: leaveApproverLevels(context.actor, row.villageCode),
      on: todayOf(context),
      expectedVersion: input.expectedVersion ?? undefined,
    });
    if (!next.ok) return failed(next.error);
    const written = await tx.cadreLeave.updateMany({
      where: { id: row.id, version: row.version },
      data: cadreLeaveMapper.toColumns(next.value, row.villageCode),
    });
    if (written.count !== 1) return failed(CADRE_LEAVE_ERRORS.STALE_VERSION);
    return succeeded(await tx.cadreLeave.findUniqueOrThrow({ where: { id: row.id } }));
  });
}

const CadreLeaveApproveInput = builder.inputType('CadreLeaveApproveInput', {
  description: 'A leave request to approve.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The leave request.' }),
    expectedVersion: t.int({
      required: false,
      description:
        'The version the caller decided on; refused with CADRE_LEAVE_STALE_VERSION if it has changed.',
    }),
    note: t.string({ required: false, description: 'A remark on the approval, if any.' }),
  }),
});

const CadreLeaveRefuseInput = builder.inputType('CadreLeaveRefuseInput', {
  description: 'A leave request to refuse, and why.',
  fields: (t) => ({
    id: t.globalID({ required: true, description: 'The leave request.' }),
    expectedVersion: t.int({
      required: false,
      description:
        'The version the caller decided on; refused with CADRE_LEAVE_STALE_VERSION if it has changed.',
    }),
    note: t.string({ required: true, description: 'Why it is refused.' }),
  }),
});

builder.mutationField('cadreLeaveApprove', (t) =>
  t.field({
    type: payloadOf('CadreLeaveApprove', 'approving leave'),
    description:
      'Approves a leave request: REQUESTED → APPROVED. Only the level the rule names decides: a party organiser of ' +
      'the village’s township up to 3 days, of its county beyond.',
    args: { input: t.arg({ type: CadreLeaveApproveInput, required: true, description: 'The request.' }) },
    resolve: (_root, { input }, context) =>
      decide(context, input, { type: 'APPROVE', note: input.note ?? null }),
  }),
);

builder.mutationField('cadreLeaveRefuse', (t) =>
  t.field({
    type: payloadOf('CadreLeaveRefuse', 'refusing leave'),
    description:
      'Refuses a leave request: REQUESTED → REFUSED, with the reason. Only the level the rule names decides: a party ' +
      'organiser of the village’s township up to 3 days, of its county beyond.',
    args: {
      input: t.arg({ type: CadreLeaveRefuseInput, required: true, description: 'The request and why.' }),
    },
    resolve: (_root, { input }, context) => decide(context, input, { type: 'REFUSE', note: input.note }),
  }),
);

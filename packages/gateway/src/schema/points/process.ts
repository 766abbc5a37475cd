// The points process as business actions (积分申报 → 评议 → 公示 → 异议 → 记分): grid staff propose,
// the township or county officer keeping the village's record enters the group's session, publishes
// the month's list, records objections' resolutions and closes the posting, which scores the items
// in one transaction. Core decides every step; each mutation reads, lets core decide, and writes
// within one serializable transaction.
import { randomUUID } from 'node:crypto';
import {
  authorisePointsProcess,
  authorisePointsRecording,
  closePosting,
  type DomainError,
  holdEvaluationSession,
  POINTS_ACCESS_ERRORS,
  POINTS_ERRORS,
  POINTS_PROCESS_ERRORS,
  type PointsCatalogue,
  pointsPolicyFor,
  proposePoints,
  publishPosting,
  raiseObjection,
  resolveObjection,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { pointEventMapper, pointLedgerMapper, pointsCatalogueMapper } from '../../mappers/points.js';
import {
  pointsEvaluationGroupMapper,
  pointsObjectionMapper,
  pointsPostingMapper,
  pointsProposalMapper,
  pointsSessionMapper,
} from '../../mappers/points-process.js';
import { calendarDate, todayOf } from '../shared/dates.js';
import { idOf } from '../shared/ids.js';
import { grantsReach } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, failedAt, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { PointsScoreInput } from './event.js';
import {
  monthArg,
  PointsEvaluationSessionRef,
  PointsObjectionRef,
  PointsPostingRef,
  PointsProposalRef,
} from './process-types.js';

const P = POINTS_PROCESS_ERRORS;
const HOUSEHOLD_NOT_FOUND = POINTS_ACCESS_ERRORS.HOUSEHOLD_NOT_FOUND;
const VILLAGE_NOT_FOUND = { ...POINTS_ERRORS.VILLAGE_CODE, field: ['villageId'] } as const;
const PROPOSAL_NOT_FOUND = { ...P.PROPOSAL_NOT_POSTED, field: ['proposalId'] } as const;

/** Who records: the person the token names, else its subject. */
function recorder(context: Context): string {
  return context.actor.personId ?? context.subject;
}

async function catalogueHistory(tx: Db, villageCode: string): Promise<PointsCatalogue[]> {
  const rows = await tx.pointsCatalogue.findMany({
    where: { villageCode },
    include: { items: true },
    orderBy: { version: 'asc' },
  });
  return rows.map(pointsCatalogueMapper.toDomain);
}

/**
 * A village named by its Region global ID. Regions are public, so a village outside the caller's
 * reach is refused as forbidden by the process's access rule, not hidden.
 */
function villageCodeOf(villageId: Parameters<typeof idOf>[0]): string | null {
  const code = idOf(villageId, 'Region');
  return code !== null && code.length === 12 ? code : null;
}

function mutationPayload<T>(
  name: string,
  what: string,
  field: string,
  type: Parameters<typeof payloadType<T>>[2]['type'],
  errors: readonly DomainError[],
) {
  return payloadType<T>(
    `${name}Payload`,
    `The result of ${what}.`,
    { field, type, description: 'As stored; null when refused (then nothing was written).' },
    {
      type: userErrorType(`${name}UserError`, `Why ${what} was refused.`, [
        ...errors,
        POINTS_ACCESS_ERRORS.FORBIDDEN,
      ]),
      description: 'Why it was refused; empty on success.',
    },
  );
}

// ---- 申报 -------------------------------------------------------------------------------------------

const ProposalCreateInput = PointsScoreInput(
  'PointsProposalCreateInput',
  'A proposal that a household be scored',
);

const ProposalCreatePayload = mutationPayload(
  'PointsProposalCreate',
  'a points proposal',
  'proposal',
  PointsProposalRef,
  [
    POINTS_ERRORS.REQUIRED,
    POINTS_ERRORS.TIME,
    POINTS_ERRORS.NO_CATALOGUE,
    POINTS_ERRORS.UNKNOWN_ITEM,
    POINTS_ERRORS.OTHER_VILLAGE,
    P.BEFORE_ADOPTION,
    HOUSEHOLD_NOT_FOUND,
  ],
);

// ---- 评议 -------------------------------------------------------------------------------------------

const VoteInput = builder.inputType('PointsProposalVoteInput', {
  description: 'How the members present voted on one proposal.',
  fields: (t) => ({
    proposalId: t.globalID({ required: true, description: 'The proposal.' }),
    votesFor: t.int({ required: true, description: 'Members voting for.' }),
    votesAgainst: t.int({ required: true, description: 'Members voting against.' }),
  }),
});

const SessionRecordInput = builder.inputType('PointsEvaluationSessionRecordInput', {
  description: 'A monthly session of a village’s evaluation group, as its record keeper enters it.',
  fields: (t) => ({
    villageId: t.globalID({ required: true, description: 'The village (a Region).' }),
    month: t.string({ required: true, validate: monthArg, description: 'The month evaluated, YYYY-MM.' }),
    heldOn: t.field({
      type: 'Date',
      required: false,
      description: 'The day it was held; defaults to today.',
    }),
    presentMemberIds: t.globalIDList({
      required: true,
      description: 'The members present (People of the village’s evaluation group).',
    }),
    votes: t.field({ type: [VoteInput], required: true, description: 'One vote per proposal decided.' }),
  }),
});

const SessionRecordPayload = mutationPayload(
  'PointsEvaluationSessionRecord',
  'an evaluation session',
  'session',
  PointsEvaluationSessionRef,
  [
    POINTS_ERRORS.REQUIRED,
    POINTS_ERRORS.TIME,
    POINTS_ERRORS.VILLAGE_CODE,
    P.MONTH,
    P.BEFORE_ADOPTION,
    P.GROUP_TOO_SMALL,
    P.GROUP_COMPOSITION,
    P.NOT_A_MEMBER,
    P.BELOW_QUORUM,
    P.VOTES,
    P.PROPOSAL_NOT_PENDING,
  ],
);

// ---- 公示 -------------------------------------------------------------------------------------------

const PostingPublishInput = builder.inputType('PointsPostingPublishInput', {
  description: 'The public posting of a village’s approved proposals for a month.',
  fields: (t) => ({
    villageId: t.globalID({ required: true, description: 'The village (a Region).' }),
    month: t.string({ required: true, validate: monthArg, description: 'The month, YYYY-MM.' }),
    postedOn: t.field({ type: 'Date', required: false, description: 'The posting day; defaults to today.' }),
  }),
});

const PostingPublishPayload = mutationPayload(
  'PointsPostingPublish',
  'a posting',
  'posting',
  PointsPostingRef,
  [
    POINTS_ERRORS.REQUIRED,
    POINTS_ERRORS.TIME,
    POINTS_ERRORS.VILLAGE_CODE,
    P.MONTH,
    P.POSTING_EXISTS,
    P.NOTHING_TO_POST,
  ],
);

const PostingCloseInput = builder.inputType('PointsPostingCloseInput', {
  description: 'Closing a posting after its objection window: its items are scored into the ledgers.',
  fields: (t) => ({
    postingId: t.globalID({ required: true, description: 'The posting.' }),
  }),
});

const PostingClosePayload = mutationPayload(
  'PointsPostingClose',
  'closing a posting',
  'posting',
  PointsPostingRef,
  [
    POINTS_ERRORS.TIME,
    POINTS_ERRORS.NO_CATALOGUE,
    POINTS_ERRORS.UNKNOWN_ITEM,
    POINTS_ERRORS.DUPLICATE_EVENT,
    P.POSTING_WINDOW_OPEN,
    P.OPEN_OBJECTIONS,
    P.PROPOSAL_NOT_POSTED,
  ],
);

// ---- 异议 -------------------------------------------------------------------------------------------

const ObjectionRaiseInput = builder.inputType('PointsObjectionRaiseInput', {
  description: 'An objection against a posted proposal, raised within the posting’s window.',
  fields: (t) => ({
    proposalId: t.globalID({ required: true, description: 'The posted proposal.' }),
    raisedBy: t.string({ required: true, description: 'Who objects, as they give their name.' }),
    reason: t.string({ required: true, description: 'Why.' }),
  }),
});

const ObjectionRaisePayload = mutationPayload(
  'PointsObjectionRaise',
  'an objection',
  'objection',
  PointsObjectionRef,
  [POINTS_ERRORS.REQUIRED, POINTS_ERRORS.TIME, P.PROPOSAL_NOT_POSTED, P.OBJECTION_WINDOW_CLOSED],
);

const ObjectionResolveInput = builder.inputType('PointsObjectionResolveInput', {
  description: 'The resolution of an open objection.',
  fields: (t) => ({
    objectionId: t.globalID({ required: true, description: 'The objection.' }),
    upheld: t.boolean({
      required: true,
      description: 'True: the objection stands and the item is dropped; false: dismissed, the item stays.',
    }),
    resolution: t.string({ required: true, description: 'What was found, and why.' }),
  }),
});

const ObjectionResolvePayload = mutationPayload(
  'PointsObjectionResolve',
  'resolving an objection',
  'objection',
  PointsObjectionRef,
  [POINTS_ERRORS.REQUIRED, POINTS_ERRORS.TIME, P.OBJECTION_RESOLVED, P.PROPOSAL_NOT_POSTED],
);

const OBJECTION_NOT_FOUND = { ...P.OBJECTION_RESOLVED, field: ['objectionId'] } as const;
const POSTING_NOT_FOUND = { ...P.PROPOSAL_NOT_POSTED, field: ['postingId'] } as const;

builder.mutationFields((t) => ({
  pointsProposalCreate: t.field({
    type: ProposalCreatePayload,
    description:
      'Proposes that a household be scored (积分申报) by an item of its village’s catalogue in force on the ' +
      'deed’s day; the balance does not change until the posting that carries it is closed.',
    args: { input: t.arg({ type: ProposalCreateInput, required: true, description: 'The proposal.' }) },
    resolve: async (_root, { input }, context) => {
      const householdId = idOf(input.householdId, 'Household');
      const household = householdId
        ? await context.db.household.findUnique({ where: { id: householdId } })
        : null;
      if (!household || !grantsReach(context.actor, household.gridCode)) return failed(HOUSEHOLD_NOT_FOUND);
      const allowed = authorisePointsRecording(context.actor, household.gridCode);
      if (!allowed.ok) return failed(allowed.error);
      const proposal = proposePoints(
        pointsPolicyFor(household.villageCode),
        await catalogueHistory(context.db, household.villageCode),
        {
          id: `PP-${randomUUID()}`,
          householdId: household.id,
          villageCode: household.villageCode,
          gridCode: household.gridCode,
          itemCode: input.itemCode,
          occurredOn: calendarDate(input.occurredOn ?? todayOf(context)),
          note: input.note,
          proposedAt: context.now,
          proposedBy: recorder(context),
        },
      );
      if (!proposal.ok) return failed(proposal.error);
      return succeeded(
        await context.db.pointsProposal.create({ data: pointsProposalMapper.toColumns(proposal.value) }),
      );
    },
  }),

  pointsEvaluationSessionRecord: t.field({
    type: SessionRecordPayload,
    description:
      'Records a monthly session of a village’s points evaluation group (月度评议): the members present and ' +
      'a vote on each proposal decided. Below the quorum the session decides nothing (POINTS_BELOW_QUORUM).',
    args: { input: t.arg({ type: SessionRecordInput, required: true, description: 'The session.' }) },
    resolve: (_root, { input }, context) => {
      const villageCode = villageCodeOf(input.villageId);
      if (villageCode === null) return failed(VILLAGE_NOT_FOUND);
      const allowed = authorisePointsProcess(context.actor, villageCode);
      if (!allowed.ok) return failed(allowed.error);
      const votes = input.votes.map((vote) => ({
        proposalId: idOf(vote.proposalId, 'PointsProposal') ?? '',
        votesFor: vote.votesFor,
        votesAgainst: vote.votesAgainst,
      }));
      return inSerializableTransaction(context.db, async (tx) => {
        const [members, pending] = await Promise.all([
          tx.pointsEvaluationMember.findMany({ where: { villageCode }, orderBy: { personId: 'asc' } }),
          tx.pointsProposal.findMany({
            where: { id: { in: votes.map((v) => v.proposalId) }, villageCode, state: 'PROPOSED' },
          }),
        ]);
        const outcome = holdEvaluationSession(
          pointsPolicyFor(villageCode),
          pointsEvaluationGroupMapper.toDomain(villageCode, members),
          pending.map(pointsProposalMapper.toDomain),
          {
            id: `PES-${randomUUID()}`,
            villageCode,
            month: input.month,
            heldOn: calendarDate(input.heldOn ?? todayOf(context)),
            presentPersonIds: input.presentMemberIds.map((id) => idOf(id, 'Person') ?? ''),
            votes,
            recordedAt: context.now,
            recordedBy: recorder(context),
          },
        );
        if (!outcome.ok) return failedAt({ presentPersonIds: 'presentMemberIds' })(outcome.error);
        const { session, decided } = outcome.value;
        const row = await tx.pointsEvaluationSession.create({ data: pointsSessionMapper.toColumns(session) });
        await tx.pointsSessionAttendance.createMany({ data: pointsSessionMapper.attendanceColumns(session) });
        for (const proposal of decided) {
          await tx.pointsProposal.update({
            where: { id: proposal.id },
            data: pointsProposalMapper.toColumns(proposal),
          });
        }
        return succeeded(row);
      });
    },
  }),

  pointsPostingPublish: t.field({
    type: PostingPublishPayload,
    description:
      'Publishes a village’s approved proposals for a month (公示); objections may be raised for the county’s ' +
      'posting period (改则县: 7 days, the posting day included).',
    args: { input: t.arg({ type: PostingPublishInput, required: true, description: 'The posting.' }) },
    resolve: (_root, { input }, context) => {
      const villageCode = villageCodeOf(input.villageId);
      if (villageCode === null) return failed(VILLAGE_NOT_FOUND);
      const allowed = authorisePointsProcess(context.actor, villageCode);
      if (!allowed.ok) return failed(allowed.error);
      return inSerializableTransaction(context.db, async (tx) => {
        const [approved, existing] = await Promise.all([
          tx.pointsProposal.findMany({ where: { villageCode, state: 'APPROVED' }, orderBy: { id: 'asc' } }),
          tx.pointsPosting.findMany({ where: { villageCode, month: input.month } }),
        ]);
        const outcome = publishPosting(
          pointsPolicyFor(villageCode),
          approved.map(pointsProposalMapper.toDomain),
          {
            id: `PPO-${randomUUID()}`,
            villageCode,
            month: input.month,
            postedOn: calendarDate(input.postedOn ?? todayOf(context)),
            postedBy: recorder(context),
            recordedAt: context.now,
          },
          existing.map(pointsPostingMapper.toDomain),
        );
        if (!outcome.ok) return failed(outcome.error);
        const row = await tx.pointsPosting.create({
          data: pointsPostingMapper.toColumns(outcome.value.posting),
        });
        await tx.pointsProposal.updateMany({
          where: { id: { in: outcome.value.posted.map((p) => p.id) } },
          data: { state: 'POSTED', postingId: row.id },
        });
        return succeeded(row);
      });
    },
  }),

  pointsObjectionRaise: t.field({
    type: ObjectionRaisePayload,
    description:
      'Records an objection (异议) against a posted proposal; only within the posting’s window ' +
      '(POINTS_OBJECTION_WINDOW_CLOSED after it).',
    args: { input: t.arg({ type: ObjectionRaiseInput, required: true, description: 'The objection.' }) },
    resolve: (_root, { input }, context) => {
      const proposalId = idOf(input.proposalId, 'PointsProposal');
      return inSerializableTransaction(context.db, async (tx) => {
        const proposal = proposalId
          ? await tx.pointsProposal.findUnique({ where: { id: proposalId }, include: { posting: true } })
          : null;
        if (!proposal || !grantsReach(context.actor, proposal.gridCode)) return failed(PROPOSAL_NOT_FOUND);
        const allowed = authorisePointsRecording(context.actor, proposal.gridCode);
        if (!allowed.ok) return failed(allowed.error);
        if (proposal.posting === null) return failed(PROPOSAL_NOT_FOUND);
        const objection = raiseObjection(
          pointsPostingMapper.toDomain(proposal.posting),
          pointsProposalMapper.toDomain(proposal),
          {
            id: `PO-${randomUUID()}`,
            raisedOn: todayOf(context),
            raisedBy: input.raisedBy,
            reason: input.reason,
            recordedAt: context.now,
            recordedBy: recorder(context),
          },
        );
        if (!objection.ok) return failed(objection.error);
        return succeeded(
          await tx.pointsObjection.create({ data: pointsObjectionMapper.toColumns(objection.value) }),
        );
      });
    },
  }),

  pointsObjectionResolve: t.field({
    type: ObjectionResolvePayload,
    description:
      'Resolves an open objection: upheld, the item is dropped from the posting and never scored; dismissed, it ' +
      'stays.',
    args: { input: t.arg({ type: ObjectionResolveInput, required: true, description: 'The resolution.' }) },
    resolve: (_root, { input }, context) => {
      const objectionId = idOf(input.objectionId, 'PointsObjection');
      return inSerializableTransaction(context.db, async (tx) => {
        const objection = objectionId
          ? await tx.pointsObjection.findUnique({ where: { id: objectionId }, include: { proposal: true } })
          : null;
        if (!objection || !grantsReach(context.actor, objection.villageCode))
          return failed(OBJECTION_NOT_FOUND);
        const allowed = authorisePointsProcess(context.actor, objection.villageCode);
        if (!allowed.ok) return failed(allowed.error);
        const outcome = resolveObjection(
          pointsObjectionMapper.toDomain(objection),
          pointsProposalMapper.toDomain(objection.proposal),
          {
            upheld: input.upheld,
            resolution: input.resolution,
            resolvedOn: todayOf(context),
            resolvedBy: recorder(context),
          },
        );
        if (!outcome.ok) return failed(outcome.error);
        await tx.pointsProposal.update({
          where: { id: outcome.value.proposal.id },
          data: pointsProposalMapper.toColumns(outcome.value.proposal),
        });
        return succeeded(
          await tx.pointsObjection.update({
            where: { id: objection.id },
            data: pointsObjectionMapper.toColumns(outcome.value.objection),
          }),
        );
      });
    },
  }),

  pointsPostingClose: t.field({
    type: PostingClosePayload,
    description:
      'Closes a posting after its objection window with no objection open: every item still on it becomes an ' +
      'AWARD or DEDUCTION in its household’s ledger, all in one transaction. Closing a closed posting changes ' +
      'nothing.',
    args: { input: t.arg({ type: PostingCloseInput, required: true, description: 'The posting.' }) },
    resolve: (_root, { input }, context) => {
      const postingId = idOf(input.postingId, 'PointsPosting');
      return inSerializableTransaction(context.db, async (tx) => {
        const posting = postingId
          ? await tx.pointsPosting.findUnique({
              where: { id: postingId },
              include: { items: { orderBy: { id: 'asc' } }, objections: true },
            })
          : null;
        if (!posting || !grantsReach(context.actor, posting.villageCode)) return failed(POSTING_NOT_FOUND);
        const allowed = authorisePointsProcess(context.actor, posting.villageCode);
        if (!allowed.ok) return failed(allowed.error);
        const households = [...new Set(posting.items.map((p) => p.householdId))];
        const [events, history] = await Promise.all([
          tx.pointEvent.findMany({
            where: { householdId: { in: households } },
            orderBy: [{ householdId: 'asc' }, { occurredOn: 'asc' }, { recordedAt: 'asc' }, { id: 'asc' }],
          }),
          catalogueHistory(tx, posting.villageCode),
        ]);
        const ledgers = new Map(
          households.map((id) => [
            id,
            pointLedgerMapper.toDomain(
              { id, villageCode: posting.villageCode },
              events.filter((e) => e.householdId === id),
            ),
          ]),
        );
        const closure = closePosting(
          pointsPostingMapper.toDomain(posting),
          posting.items.map(pointsProposalMapper.toDomain),
          posting.objections.map(pointsObjectionMapper.toDomain),
          ledgers,
          history,
          { closedOn: todayOf(context), recordedAt: context.now, recordedBy: recorder(context) },
        );
        if (!closure.ok) return failed(closure.error);
        const { scored, events: created } = closure.value;
        if (scored.length === 0 && posting.closedOn !== null) return succeeded(posting);
        await tx.pointEvent.createMany({ data: created.map(pointEventMapper.toColumns) });
        for (const proposal of scored) {
          await tx.pointsProposal.update({
            where: { id: proposal.id },
            data: { state: proposal.state, eventId: proposal.eventId },
          });
        }
        return succeeded(
          await tx.pointsPosting.update({
            where: { id: posting.id },
            data: { closedOn: closure.value.posting.closedOn },
          }),
        );
      });
    },
  }),
}));

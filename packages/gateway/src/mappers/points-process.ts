// Points-process rows ⇄ core's evaluation groups, proposals, sessions, postings and objections: the
// one place that knows both shapes.
import {
  EVALUATION_MEMBER_KINDS,
  type EvaluationGroup,
  type EvaluationSession,
  OBJECTION_STATES,
  type PointsObjection,
  type PointsPosting,
  type PointsProposal,
  PROPOSAL_STATES,
  parseCalendarDate,
  parseRegionCode,
} from '@grassroots/core';
import type {
  PointsSessionAttendance as AttendanceRow,
  PointsEvaluationMember as MemberRow,
  PointsObjection as ObjectionRow,
  PointsPosting as PostingRow,
  PointsProposal as ProposalRow,
  PointsEvaluationSession as SessionRow,
} from '../generated/sqlite/client.js';
import { enumColumn, optionalParsedColumn, parsedColumn, type RowRef } from './columns.js';

export const pointsEvaluationGroupMapper = {
  /** A village's group from its member rows. */
  toDomain(villageCode: string, rows: readonly MemberRow[]): EvaluationGroup {
    return {
      villageCode,
      members: rows.map((row) => ({
        personId: row.personId,
        kind: enumColumn(
          EVALUATION_MEMBER_KINDS,
          row.kind,
          { model: 'PointsEvaluationMember', id: `${row.villageCode}/${row.personId}` },
          'kind',
        ),
      })),
    };
  },

  /** One row per member. */
  toColumns(group: EvaluationGroup): MemberRow[] {
    return group.members.map((m) => ({ villageCode: group.villageCode, personId: m.personId, kind: m.kind }));
  },
} as const;

export const pointsProposalMapper = {
  /** A stored proposal as core's entity. */
  toDomain(row: ProposalRow): PointsProposal {
    const ref: RowRef = { model: 'PointsProposal', id: row.id };
    return {
      id: row.id,
      householdId: row.householdId,
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      gridCode: row.gridCode,
      itemCode: row.itemCode,
      catalogueVersion: row.catalogueVersion,
      points: row.points,
      occurredOn: parsedColumn(parseCalendarDate, row.occurredOn, ref, 'occurredOn'),
      note: row.note,
      proposedAt: row.proposedAt,
      proposedBy: row.proposedBy,
      state: enumColumn(PROPOSAL_STATES, row.state, ref, 'state'),
      sessionId: row.sessionId,
      evaluatedMonth: row.evaluatedMonth,
      votesFor: row.votesFor,
      votesAgainst: row.votesAgainst,
      postingId: row.postingId,
      eventId: row.eventId,
    };
  },

  toColumns(p: PointsProposal): ProposalRow {
    return {
      id: p.id,
      householdId: p.householdId,
      villageCode: p.villageCode,
      gridCode: p.gridCode,
      itemCode: p.itemCode,
      catalogueVersion: p.catalogueVersion,
      points: p.points,
      occurredOn: p.occurredOn,
      note: p.note,
      proposedAt: p.proposedAt,
      proposedBy: p.proposedBy,
      state: p.state,
      sessionId: p.sessionId,
      evaluatedMonth: p.evaluatedMonth,
      votesFor: p.votesFor,
      votesAgainst: p.votesAgainst,
      postingId: p.postingId,
      eventId: p.eventId,
    };
  },
} as const;

export const pointsSessionMapper = {
  /** A stored session with its attendance as core's entity. */
  toDomain(row: SessionRow & { readonly attendance: readonly AttendanceRow[] }): EvaluationSession {
    const ref: RowRef = { model: 'PointsEvaluationSession', id: row.id };
    return {
      id: row.id,
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      month: row.month,
      heldOn: parsedColumn(parseCalendarDate, row.heldOn, ref, 'heldOn'),
      groupSize: row.groupSize,
      presentPersonIds: row.attendance.map((a) => a.personId),
      recordedAt: row.recordedAt,
      recordedBy: row.recordedBy,
    };
  },

  /** The session's row (its attendance: {@link pointsSessionMapper.attendanceColumns}). */
  toColumns(s: EvaluationSession): SessionRow {
    return {
      id: s.id,
      villageCode: s.villageCode,
      month: s.month,
      heldOn: s.heldOn,
      groupSize: s.groupSize,
      recordedAt: s.recordedAt,
      recordedBy: s.recordedBy,
    };
  },

  attendanceColumns(s: EvaluationSession): AttendanceRow[] {
    return s.presentPersonIds.map((personId) => ({ sessionId: s.id, personId }));
  },
} as const;

export const pointsPostingMapper = {
  toDomain(row: PostingRow): PointsPosting {
    const ref: RowRef = { model: 'PointsPosting', id: row.id };
    return {
      id: row.id,
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      month: row.month,
      postedOn: parsedColumn(parseCalendarDate, row.postedOn, ref, 'postedOn'),
      objectionsUntil: parsedColumn(parseCalendarDate, row.objectionsUntil, ref, 'objectionsUntil'),
      closedOn: optionalParsedColumn(parseCalendarDate, row.closedOn, ref, 'closedOn'),
      postedBy: row.postedBy,
    };
  },

  toColumns(p: PointsPosting): PostingRow {
    return {
      id: p.id,
      villageCode: p.villageCode,
      month: p.month,
      postedOn: p.postedOn,
      objectionsUntil: p.objectionsUntil,
      closedOn: p.closedOn,
      postedBy: p.postedBy,
    };
  },
} as const;

export const pointsObjectionMapper = {
  toDomain(row: ObjectionRow): PointsObjection {
    const ref: RowRef = { model: 'PointsObjection', id: row.id };
    return {
      id: row.id,
      postingId: row.postingId,
      proposalId: row.proposalId,
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      raisedOn: parsedColumn(parseCalendarDate, row.raisedOn, ref, 'raisedOn'),
      raisedBy: row.raisedBy,
      reason: row.reason,
      recordedAt: row.recordedAt,
      recordedBy: row.recordedBy,
      state: enumColumn(OBJECTION_STATES, row.state, ref, 'state'),
      resolvedOn: optionalParsedColumn(parseCalendarDate, row.resolvedOn, ref, 'resolvedOn'),
      resolution: row.resolution,
      resolvedBy: row.resolvedBy,
    };
  },

  toColumns(o: PointsObjection): ObjectionRow {
    return {
      id: o.id,
      postingId: o.postingId,
      proposalId: o.proposalId,
      villageCode: o.villageCode,
      raisedOn: o.raisedOn,
      raisedBy: o.raisedBy,
      reason: o.reason,
      recordedAt: o.recordedAt,
      recordedBy: o.recordedBy,
      state: o.state,
      resolvedOn: o.resolvedOn,
      resolution: o.resolution,
      resolvedBy: o.resolvedBy,
    };
  },
} as const;

// Party rows ⇄ core's organisations, members, meetings, work teams, stationed cadres, presence
// months, recall cases and co-building activities: the one place that knows both shapes.
import {
  CADRE_LEAVE_STATES,
  CADRE_ROLES,
  CADRE_STATUSES,
  type CadreLeave,
  type CoBuildingActivity,
  fenOf,
  GRID_TASK_STATES,
  type GridTask,
  LEAVE_APPROVERS,
  MEETING_KINDS,
  ORGANISATION_KINDS,
  PARTNER_KINDS,
  type PartyMeeting,
  type PartyMember,
  type PartyOrganisation,
  type PresenceMonth,
  parseCalendarDate,
  presenceReasons,
  RECALL_REASONS,
  RECALL_STATES,
  type RecallCase,
  type RecallReason,
  STATION_KINDS,
  STATIONING_KINDS,
  type StationedCadre,
  type StationingRules,
  summarisePresence,
  type WorkTeam,
} from '@grassroots/core';
import type {
  CadreLeave as CadreLeaveRow,
  CadrePresence as CadrePresenceRow,
  CoBuildingActivity as CoBuildingActivityRow,
  CoBuildingGoods as CoBuildingGoodsRow,
  CoBuildingPartner as CoBuildingPartnerRow,
  PartyGridTask as PartyGridTaskRow,
  PartyMeeting as PartyMeetingRow,
  PartyMember as PartyMemberRow,
  PartyOrganisation as PartyOrganisationRow,
  RecallCase as RecallCaseRow,
  StationedCadre as StationedCadreRow,
  WorkTeam as WorkTeamRow,
} from '../generated/sqlite/client.js';
import { enumColumn, optionalParsedColumn, parsedColumn, type RowRef, StoredValueError } from './columns.js';

const dateOf = (text: string) => parseCalendarDate(text);

export const partyOrganisationMapper = {
  /** A stored organisation as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: PartyOrganisationRow): PartyOrganisation {
    const ref: RowRef = { model: 'PartyOrganisation', id: row.id };
    return {
      id: row.id,
      kind: enumColumn(ORGANISATION_KINDS, row.kind, ref, 'kind'),
      name: row.name,
      parentId: row.parentId,
      regionCode: row.regionCode,
      gridCode: row.gridCode,
      unitCount: row.unitCount,
      committeeSize: row.committeeSize,
      termStartedOn: parsedColumn(dateOf, row.termStartedOn, ref, 'termStartedOn'),
    };
  },
  toColumns(organisation: PartyOrganisation): PartyOrganisationRow {
    return {
      id: organisation.id,
      kind: organisation.kind,
      name: organisation.name,
      parentId: organisation.parentId,
      regionCode: organisation.regionCode,
      gridCode: organisation.gridCode,
      unitCount: organisation.unitCount,
      committeeSize: organisation.committeeSize,
      termStartedOn: organisation.termStartedOn,
    };
  },
} as const;

export const partyMemberMapper = {
  /** A stored member with the dates its status is derived from. */
  toDomain(row: PartyMemberRow): PartyMember {
    const ref: RowRef = { model: 'PartyMember', id: row.id };
    const optional = (value: string | null, column: string) =>
      optionalParsedColumn(dateOf, value, ref, column);
    return {
      id: row.id,
      organisationId: row.organisationId,
      groupId: row.groupId,
      name: row.name,
      personId: row.personId,
      appliedOn: parsedColumn(dateOf, row.appliedOn, ref, 'appliedOn'),
      activistOn: optional(row.activistOn, 'activistOn'),
      targetOn: optional(row.targetOn, 'targetOn'),
      admittedOn: optional(row.admittedOn, 'admittedOn'),
      probationExtensionMonths: row.probationExtensionMonths,
      confirmedOn: optional(row.confirmedOn, 'confirmedOn'),
      leftOn: optional(row.leftOn, 'leftOn'),
    };
  },
  /** The columns of a member of `organisation` (whose region the member's row is held at). */
  toColumns(member: PartyMember, organisation: Pick<PartyOrganisation, 'regionCode'>): PartyMemberRow {
    return {
      id: member.id,
      organisationId: member.organisationId,
      groupId: member.groupId,
      name: member.name,
      personId: member.personId,
      regionCode: organisation.regionCode,
      appliedOn: member.appliedOn,
      activistOn: member.activistOn,
      targetOn: member.targetOn,
      admittedOn: member.admittedOn,
      probationExtensionMonths: member.probationExtensionMonths,
      confirmedOn: member.confirmedOn,
      leftOn: member.leftOn,
    };
  },
} as const;

export const partyMeetingMapper = {
  toDomain(row: PartyMeetingRow): PartyMeeting {
    const ref: RowRef = { model: 'PartyMeeting', id: row.id };
    return {
      id: row.id,
      organisationId: row.organisationId,
      kind: enumColumn(MEETING_KINDS, row.kind, ref, 'kind'),
      heldOn: parsedColumn(dateOf, row.heldOn, ref, 'heldOn'),
      entitled: row.entitled,
      present: row.present,
      topic: row.topic,
    };
  },
  toColumns(meeting: PartyMeeting): PartyMeetingRow {
    return { ...meeting };
  },
} as const;

export const workTeamMapper = {
  toDomain(row: WorkTeamRow): WorkTeam {
    const ref: RowRef = { model: 'WorkTeam', id: row.id };
    return { ...row, stationKind: enumColumn(STATION_KINDS, row.stationKind, ref, 'stationKind') };
  },
  toColumns(team: WorkTeam): WorkTeamRow {
    return { ...team };
  },
} as const;

export const stationedCadreMapper = {
  toDomain(row: StationedCadreRow): StationedCadre {
    const ref: RowRef = { model: 'StationedCadre', id: row.id };
    return {
      id: row.id,
      teamId: row.teamId,
      name: row.name,
      sendingUnit: row.sendingUnit,
      role: enumColumn(CADRE_ROLES, row.role, ref, 'role'),
      stationing: enumColumn(STATIONING_KINDS, row.stationing, ref, 'stationing'),
      from: parsedColumn(dateOf, row.fromDate, ref, 'fromDate'),
      until: parsedColumn(dateOf, row.untilDate, ref, 'untilDate'),
      status: enumColumn(CADRE_STATUSES, row.status, ref, 'status'),
    };
  },
  /** The columns of a cadre of `team` (whose village the row is held at). */
  toColumns(cadre: StationedCadre, team: Pick<WorkTeam, 'villageCode'>): StationedCadreRow {
    return {
      id: cadre.id,
      teamId: cadre.teamId,
      villageCode: team.villageCode,
      name: cadre.name,
      sendingUnit: cadre.sendingUnit,
      role: cadre.role,
      stationing: cadre.stationing,
      fromDate: cadre.from,
      untilDate: cadre.until,
      status: cadre.status,
    };
  },
} as const;

export const cadrePresenceMapper = {
  toDomain(row: CadrePresenceRow): PresenceMonth {
    return { cadreId: row.cadreId, month: row.month, days: row.days };
  },
  /** The reasons stored with a month, as core's values. */
  reasonsOf(row: Pick<CadrePresenceRow, 'cadreId' | 'month' | 'reasons'>): readonly RecallReason[] {
    const ref: RowRef = { model: 'CadrePresence', id: `${row.cadreId}/${row.month}` };
    return row.reasons === ''
      ? []
      : row.reasons.split(',').map((r) => enumColumn(RECALL_REASONS, r, ref, 'reasons'));
  },
  /**
   * The columns of a month, with its summary and the reasons `rules` (the county's set) find in it,
   * so that lists of candidates filter on an indexed column.
   */
  toColumns(month: PresenceMonth, villageCode: string, rules: StationingRules): CadrePresenceRow {
    const summary = summarisePresence(month.days);
    const reasons = presenceReasons(month, rules);
    return {
      cadreId: month.cadreId,
      month: month.month,
      villageCode,
      days: month.days,
      presentDays: summary.presentDays,
      nightsAway: summary.nightsAway,
      leaveDays: summary.leaveDays,
      absentDays: summary.absentDays,
      reasons: reasons.join(','),
      flagged: reasons.length > 0,
    };
  },
} as const;

export const recallCaseMapper = {
  toDomain(row: RecallCaseRow): RecallCase {
    const ref: RowRef = { model: 'RecallCase', id: row.id };
    const optional = (value: string | null, column: string) =>
      optionalParsedColumn(dateOf, value, ref, column);
    return {
      id: row.id,
      cadreId: row.cadreId,
      reason: enumColumn(RECALL_REASONS, row.reason, ref, 'reason'),
      state: enumColumn(RECALL_STATES, row.state, ref, 'state'),
      openedOn: parsedColumn(dateOf, row.openedOn, ref, 'openedOn'),
      note: row.note,
      decidedOn: optional(row.decidedOn, 'decidedOn'),
      referredOn: optional(row.referredOn, 'referredOn'),
      talkOn: optional(row.talkOn, 'talkOn'),
      talkWith: row.talkWith,
      sendingUnitNotifiedOn: optional(row.sendingUnitNotifiedOn, 'sendingUnitNotifiedOn'),
      replacementDueOn: optional(row.replacementDueOn, 'replacementDueOn'),
      replacementCadreId: row.replacementCadreId,
      version: row.version,
    };
  },
  /** The columns of a case of a cadre stationed in `villageCode`. */
  toColumns(recall: RecallCase, villageCode: string): RecallCaseRow {
    return { ...recall, villageCode };
  },
} as const;

export const cadreLeaveMapper = {
  toDomain(row: CadreLeaveRow): CadreLeave {
    const ref: RowRef = { model: 'CadreLeave', id: row.id };
    return {
      id: row.id,
      cadreId: row.cadreId,
      from: parsedColumn(dateOf, row.fromDate, ref, 'fromDate'),
      until: parsedColumn(dateOf, row.untilDate, ref, 'untilDate'),
      days: row.days,
      reason: row.reason,
      approver: enumColumn(LEAVE_APPROVERS, row.approver, ref, 'approver'),
      state: enumColumn(CADRE_LEAVE_STATES, row.state, ref, 'state'),
      requestedOn: parsedColumn(dateOf, row.requestedOn, ref, 'requestedOn'),
      decidedOn: optionalParsedColumn(dateOf, row.decidedOn, ref, 'decidedOn'),
      decisionNote: row.decisionNote,
      version: row.version,
    };
  },
  /** The columns of a leave of a cadre stationed in `villageCode`. */
  toColumns(leave: CadreLeave, villageCode: string): CadreLeaveRow {
    const { from, until, ...rest } = leave;
    return { ...rest, fromDate: from, untilDate: until, villageCode };
  },
} as const;

export const coBuildingMapper = {
  toDomain(
    row: CoBuildingActivityRow & {
      readonly partners: readonly CoBuildingPartnerRow[];
      readonly goods: readonly CoBuildingGoodsRow[];
    },
  ): CoBuildingActivity {
    const ref: RowRef = { model: 'CoBuildingActivity', id: row.id };
    const byPosition = <T extends { position: number }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.position - b.position);
    return {
      id: row.id,
      title: row.title,
      villageCode: row.villageCode,
      heldOn: parsedColumn(dateOf, row.heldOn, ref, 'heldOn'),
      participants: row.participants,
      partners: byPosition(row.partners).map((p) => ({
        name: p.name,
        kind: enumColumn(PARTNER_KINDS, p.kind, ref, 'partners.kind'),
      })),
      goods: byPosition(row.goods).map((g) => ({
        description: g.description,
        valueFen: fenColumn(g.valueFen, ref, 'goods.valueFen'),
      })),
      totalValueFen: fenColumn(row.totalValueFen, ref, 'totalValueFen'),
    };
  },
  toColumns(activity: CoBuildingActivity): CoBuildingActivityRow {
    return {
      id: activity.id,
      title: activity.title,
      villageCode: activity.villageCode,
      heldOn: activity.heldOn,
      participants: activity.participants,
      totalValueFen: BigInt(activity.totalValueFen),
    };
  },
  partnerColumns(activity: CoBuildingActivity): CoBuildingPartnerRow[] {
    return activity.partners.map((p, position) => ({
      activityId: activity.id,
      position,
      name: p.name,
      kind: p.kind,
    }));
  },
  goodsColumns(activity: CoBuildingActivity): CoBuildingGoodsRow[] {
    return activity.goods.map((g, position) => ({
      activityId: activity.id,
      position,
      description: g.description,
      valueFen: BigInt(g.valueFen),
    }));
  },
} as const;

export const gridTaskMapper = {
  toDomain(row: PartyGridTaskRow): GridTask {
    const ref: RowRef = { model: 'PartyGridTask', id: row.id };
    const optional = (value: string | null, column: string) =>
      optionalParsedColumn(dateOf, value, ref, column);
    return {
      id: row.id,
      branchId: row.branchId,
      gridCode: row.gridCode,
      information: row.information,
      gatheredOn: parsedColumn(dateOf, row.gatheredOn, ref, 'gatheredOn'),
      state: enumColumn(GRID_TASK_STATES, row.state, ref, 'state'),
      assigneeId: row.assigneeId,
      assignedOn: optional(row.assignedOn, 'assignedOn'),
      result: row.result,
      fedBackOn: optional(row.fedBackOn, 'fedBackOn'),
      matterId: row.matterId,
      version: row.version,
    };
  },
  toColumns(task: GridTask): PartyGridTaskRow {
    return { ...task };
  },
} as const;

/** Whole fen stored in a BigInt column, checked as core's `Fen`. */
function fenColumn(value: bigint, row: RowRef, column: string) {
  const fen = fenOf(Number(value));
  if (!fen.ok || BigInt(fen.value) !== value) throw new StoredValueError(row, column, value.toString());
  return fen.value;
}

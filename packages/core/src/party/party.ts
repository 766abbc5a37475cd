// The party organisations of a county (党组织), their members, organisational life (三会一课),
// village-stationed work teams and their cadres (驻村工作队), and co-building activities (党建共建).
import type { CalendarDate } from '../shared/date.js';
import type { Fen } from '../shared/money.js';

/**
 * The kinds of party organisation: a party committee (党委) above general branches (党总支) and
 * branches; a branch (党支部) of one unit, a joint branch (联合党支部) of several small units, the grid
 * party branch (网格党支部, one per grid) and the temporary branch of a stationed work team
 * (驻村工作队临时党支部); party groups (党小组) inside a branch.
 */
export type OrganisationKind =
  | 'PARTY_COMMITTEE'
  | 'GENERAL_BRANCH'
  | 'BRANCH'
  | 'JOINT_BRANCH'
  | 'GRID_BRANCH'
  | 'TEMPORARY_BRANCH'
  | 'GROUP';

export const ORGANISATION_KINDS: readonly OrganisationKind[] = [
  'PARTY_COMMITTEE',
  'GENERAL_BRANCH',
  'BRANCH',
  'JOINT_BRANCH',
  'GRID_BRANCH',
  'TEMPORARY_BRANCH',
  'GROUP',
];

/** The kinds that are branches (支部), whatever their setting. */
export const BRANCH_KINDS: readonly OrganisationKind[] = [
  'BRANCH',
  'JOINT_BRANCH',
  'GRID_BRANCH',
  'TEMPORARY_BRANCH',
];

/** One party organisation. `regionCode` is where it sits (a county, township or village). */
export interface PartyOrganisation {
  readonly id: string;
  readonly kind: OrganisationKind;
  readonly name: string;
  readonly parentId: string | null;
  readonly regionCode: string;
  /** The grid of a grid party branch (and of its groups); null otherwise. */
  readonly gridCode: string | null;
  /** How many units a joint branch covers (1 for any other organisation). */
  readonly unitCount: number;
  /** Members of its committee (支委会); 0 where a secretary alone leads. */
  readonly committeeSize: number;
  /** When its current term began (换届). */
  readonly termStartedOn: CalendarDate;
}

/** The stages of membership development, in order (发展党员). */
export type MemberStatus =
  | 'APPLICANT'
  | 'ACTIVIST'
  | 'DEVELOPMENT_TARGET'
  | 'PROBATIONARY'
  | 'PROBATION_OVERDUE'
  | 'FULL'
  | 'LEFT';

export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'APPLICANT',
  'ACTIVIST',
  'DEVELOPMENT_TARGET',
  'PROBATIONARY',
  'PROBATION_OVERDUE',
  'FULL',
  'LEFT',
];

/** The dated steps of one member's record; a status is derived from them for a given date. */
export interface MemberDates {
  /** 递交入党申请书 */
  readonly appliedOn: CalendarDate;
  /** 确定为入党积极分子 */
  readonly activistOn: CalendarDate | null;
  /** 确定为发展对象 */
  readonly targetOn: CalendarDate | null;
  /** 接收为预备党员 */
  readonly admittedOn: CalendarDate | null;
  /** Months the probation was extended by (延长预备期, 6–12), 0 when it was not. */
  readonly probationExtensionMonths: number;
  /** 转为正式党员 */
  readonly confirmedOn: CalendarDate | null;
  /** Left the organisation (transfer out, death, expulsion): no status after it. */
  readonly leftOn: CalendarDate | null;
}

/** A member (or someone on the way to membership) of one organisation. */
export interface PartyMember extends MemberDates {
  readonly id: string;
  /** The branch (or committee) the member belongs to. */
  readonly organisationId: string;
  /** The party group inside the branch, when the branch has groups. */
  readonly groupId: string | null;
  readonly name: string;
  /** The person record, when the member is registered as a person. */
  readonly personId: string | null;
}

/** The events a member status starts or ends at; PROBATION_DUE is admission + probation + extension. */
export type MemberEvent =
  | 'APPLIED'
  | 'ACTIVIST'
  | 'TARGET'
  | 'ADMITTED'
  | 'PROBATION_DUE'
  | 'CONFIRMED'
  | 'LEFT';

/**
 * One derived status in the style of RULES.md 2.11: it holds from `start` (an event, shifted by
 * months) until `end` when the end event has happened. Rules are tried in order; the first that
 * holds wins.
 */
export interface MemberStatusRule {
  readonly status: MemberStatus;
  readonly start: MemberEvent;
  readonly end: MemberEvent | null;
  /** Whether the status is a party member's (预备党员 and 正式党员), for counts and quorums. */
  readonly isMember: boolean;
  /** Whether the status has voting rights (表决权): full members only. */
  readonly votes: boolean;
}

/** 三会一课, the theme day and the yearly meeting: the kinds of organisational life. */
export type MeetingKind =
  | 'MEMBER_MEETING'
  | 'COMMITTEE_MEETING'
  | 'GROUP_MEETING'
  | 'PARTY_LECTURE'
  | 'THEME_DAY'
  | 'LIFE_MEETING';

export const MEETING_KINDS: readonly MeetingKind[] = [
  'MEMBER_MEETING',
  'COMMITTEE_MEETING',
  'GROUP_MEETING',
  'PARTY_LECTURE',
  'THEME_DAY',
  'LIFE_MEETING',
];

/** A meeting held, with its attendance: `entitled` who should attend, `present` who did. */
export interface PartyMeeting {
  readonly id: string;
  readonly organisationId: string;
  readonly kind: MeetingKind;
  readonly heldOn: CalendarDate;
  readonly entitled: number;
  readonly present: number;
  readonly topic: string;
}

export type LifePeriod = 'MONTH' | 'QUARTER' | 'YEAR';

/** Who holds a kind of meeting: every branch, branches with a committee, or groups. */
export type LifeHolder = 'BRANCH' | 'BRANCH_COMMITTEE' | 'GROUP';

/** A quorum: more than (strict) or at least `numerator/denominator` of those entitled. */
export interface Quorum {
  readonly numerator: number;
  readonly denominator: number;
  readonly strict: boolean;
}

/** How often a kind of meeting must be held, by whom, and the quorum it needs to count. */
export interface LifeRule {
  readonly kind: MeetingKind;
  readonly holder: LifeHolder;
  readonly period: LifePeriod;
  readonly minimum: number;
  readonly quorum: Quorum | null;
}

/** A gap in a compliance report: fewer counting meetings of a kind than required in one period. */
export interface LifeGap {
  readonly kind: MeetingKind;
  readonly periodStart: CalendarDate;
  readonly periodEnd: CalendarDate;
  readonly required: number;
  readonly held: number;
  /** Meetings of the kind in the period that missed their quorum, so do not count. */
  readonly withoutQuorum: number;
}

/** The compliance of one organisation's organisational life over a period. */
export interface LifeCompliance {
  readonly organisationId: string;
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  readonly counted: number;
  readonly gaps: readonly LifeGap[];
}

/** Thresholds of RULES.md 2.10 for a structure check, as data. */
export interface StructureThresholds {
  readonly branchMinFullMembers: number;
  readonly jointBranchMaxUnits: number;
  readonly branchMaxMembers: number;
  readonly committeeFromFullMembers: number;
  readonly committeeMin: number;
  readonly committeeMax: number;
  readonly generalBranchMinMembers: number;
  readonly generalBranchMaxMembers: number;
  readonly partyCommitteeMinMembers: number;
  /** Years of a term, by kind; a village branch serves longer. */
  readonly termYears: Readonly<Record<OrganisationKind, number>>;
  readonly villageBranchTermYears: number;
}

export type StructureViolationCode =
  | 'TOO_FEW_FULL_MEMBERS'
  | 'JOINT_BRANCH_TOO_MANY_UNITS'
  | 'TOO_MANY_MEMBERS'
  | 'COMMITTEE_REQUIRED'
  | 'COMMITTEE_SIZE'
  | 'GENERAL_BRANCH_SIZE'
  | 'PARTY_COMMITTEE_SIZE'
  | 'TERM_EXPIRED';

export const STRUCTURE_VIOLATION_CODES: readonly StructureViolationCode[] = [
  'TOO_FEW_FULL_MEMBERS',
  'JOINT_BRANCH_TOO_MANY_UNITS',
  'TOO_MANY_MEMBERS',
  'COMMITTEE_REQUIRED',
  'COMMITTEE_SIZE',
  'GENERAL_BRANCH_SIZE',
  'PARTY_COMMITTEE_SIZE',
  'TERM_EXPIRED',
];

/** One violation found by a structure check, with the figure and the limit it broke. */
export interface StructureViolation {
  readonly code: StructureViolationCode;
  readonly actual: number;
  readonly limit: number;
}

/** StationedCadre roles in a work team. */
export type CadreRole = 'FIRST_SECRETARY' | 'TEAM_LEADER' | 'MEMBER';
export const CADRE_ROLES: readonly CadreRole[] = ['FIRST_SECRETARY', 'TEAM_LEADER', 'MEMBER'];

/** How a cadre came to the team: sent by a unit, or a township cadre cross-stationed (交叉驻村). */
export type StationingKind = 'SENT' | 'CROSS_STATIONED';
export const STATIONING_KINDS: readonly StationingKind[] = ['SENT', 'CROSS_STATIONED'];

/** Where a team is stationed. */
export type StationKind = 'VILLAGE' | 'MONASTERY';
export const STATION_KINDS: readonly StationKind[] = ['VILLAGE', 'MONASTERY'];

/** A work team stationed in a village or monastery, with its temporary branch and its burdens. */
export interface WorkTeam {
  readonly id: string;
  readonly name: string;
  readonly villageCode: string;
  readonly stationKind: StationKind;
  /** The team's temporary party branch. */
  readonly branchId: string;
  /** Ledgers (台账) the team keeps: a burden the county counts to reduce. */
  readonly ledgers: number;
  /** Work chat groups the team is in: another burden counted. */
  readonly chatGroups: number;
}

export type CadreStatus = 'STATIONED' | 'RECALLED' | 'FINISHED';
export const CADRE_STATUSES: readonly CadreStatus[] = ['STATIONED', 'RECALLED', 'FINISHED'];

/** A stationed cadre (驻村干部). */
export interface StationedCadre {
  readonly id: string;
  readonly teamId: string;
  readonly name: string;
  readonly sendingUnit: string;
  readonly role: CadreRole;
  readonly stationing: StationingKind;
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  readonly status: CadreStatus;
}

/**
 * One day of a cadre's presence record: P in the village day and night, D in the village by day but
 * away at night (the sign of 走读), T away on official business (公差, counts as present), L on
 * approved leave, A absent without leave, - not stationed that day.
 */
export type PresenceMark = 'P' | 'D' | 'T' | 'L' | 'A' | '-';
export const PRESENCE_MARKS: readonly PresenceMark[] = ['P', 'D', 'T', 'L', 'A', '-'];

/** A month of presence: `days` has one mark per day of the month, from the 1st. */
export interface PresenceMonth {
  readonly cadreId: string;
  /** YYYY-MM */
  readonly month: string;
  readonly days: string;
}

/** What a month of presence adds up to. */
export interface PresenceSummary {
  /** Days in the village (P, D, T). */
  readonly presentDays: number;
  /** Days in the village by day only (D). */
  readonly nightsAway: number;
  readonly leaveDays: number;
  readonly absentDays: number;
  /** Spells of consecutive absence without leave: each is one unexcused absence found. */
  readonly absenceSpells: number;
  /** The longest such spell, in days. */
  readonly longestAbsence: number;
  /** Days the cadre was stationed (not '-'). */
  readonly stationedDays: number;
}

/** Who approves a cadre's leave (RULES.md 2.10): the township party committee, or the county. */
export type LeaveApprover = 'TOWNSHIP' | 'COUNTY';
export const LEAVE_APPROVERS: readonly LeaveApprover[] = ['TOWNSHIP', 'COUNTY'];

/** Where a leave request (请假) stands. */
export type CadreLeaveState = 'REQUESTED' | 'APPROVED' | 'REFUSED';
export const CADRE_LEAVE_STATES: readonly CadreLeaveState[] = ['REQUESTED', 'APPROVED', 'REFUSED'];

/** A stationed cadre's request for leave, both end days included. */
export interface CadreLeave {
  readonly id: string;
  readonly cadreId: string;
  readonly from: CalendarDate;
  readonly until: CalendarDate;
  /** Calendar days away, both ends included: what decides the approver. */
  readonly days: number;
  readonly reason: string;
  /** Fixed at request time by the county's rule set, so a later change of the rules leaves it be. */
  readonly approver: LeaveApprover;
  readonly state: CadreLeaveState;
  readonly requestedOn: CalendarDate;
  readonly decidedOn: CalendarDate | null;
  /** Why it was refused, or a remark on the approval. */
  readonly decisionNote: string | null;
  readonly version: number;
}

/** The reasons a cadre may be recalled (召回). */
export type RecallReason = 'PRESENCE' | 'COMMUTING' | 'TOURING' | 'DISCIPLINE' | 'INCOMPETENT';
export const RECALL_REASONS: readonly RecallReason[] = [
  'PRESENCE',
  'COMMUTING',
  'TOURING',
  'DISCIPLINE',
  'INCOMPETENT',
];

/** The yearly ratings of a cadre (年度考核). */
export type CadreRating = 'EXCELLENT' | 'COMPETENT' | 'BASICALLY_COMPETENT' | 'INCOMPETENT';
export const CADRE_RATINGS: readonly CadreRating[] = [
  'EXCELLENT',
  'COMPETENT',
  'BASICALLY_COMPETENT',
  'INCOMPETENT',
];

/** A county's rules for stationed cadres, as data (RULES.md 2.10: local rules, one set per county). */
export interface StationingRules {
  readonly countyCode: string | null;
  /** Days a month a cadre must spend in the village; months stationed only in part scale it down. */
  readonly minPresentDays: number;
  /** Nights away in a month, while present by day, that make the month a commuting one. */
  readonly commutingNights: number;
  /** A spell of absence without leave this long is touring (游玩), not a missed day. */
  readonly touringDays: number;
  /** Unexcused absences found → the best rating left, in ascending order of count. */
  readonly absenceCaps: readonly { readonly absences: number; readonly cap: CadreRating }[];
  /** Leave up to this many days is approved by the township; longer by the county. */
  readonly townshipLeaveDays: number;
  /** Days after a recall within which the replacement must arrive. */
  readonly replacementDays: number;
}

/** A reason found for a cadre, with the month it was found in (null for discipline and ratings). */
export interface RecallFinding {
  readonly reason: RecallReason;
  readonly month: string | null;
}

/** The recall workflow's states and actions. */
export type RecallState = 'FLAGGED' | 'REVIEWED' | 'RECALLED' | 'CLEARED' | 'REPLACED';
export const RECALL_STATES: readonly RecallState[] = [
  'FLAGGED',
  'REVIEWED',
  'RECALLED',
  'CLEARED',
  'REPLACED',
];
export type RecallActionType =
  | 'REVIEW'
  | 'RECALL'
  | 'CLEAR'
  | 'REFER'
  | 'RECORD_TALK'
  | 'NOTIFY_SENDING_UNIT'
  | 'FILL_REPLACEMENT';
export const RECALL_ACTIONS: readonly RecallActionType[] = [
  'REVIEW',
  'RECALL',
  'CLEAR',
  'REFER',
  'RECORD_TALK',
  'NOTIFY_SENDING_UNIT',
  'FILL_REPLACEMENT',
];

/** A recall case of one cadre: opened when a reason is found, closed recalled-and-replaced or cleared. */
export interface RecallCase {
  readonly id: string;
  readonly cadreId: string;
  readonly reason: RecallReason;
  readonly state: RecallState;
  readonly openedOn: CalendarDate;
  readonly note: string;
  readonly decidedOn: CalendarDate | null;
  /** Referred to the discipline inspection commission (移交纪委监委). */
  readonly referredOn: CalendarDate | null;
  /** The formal talk (约谈) with the temporary branch secretary. */
  readonly talkOn: CalendarDate | null;
  readonly talkWith: string | null;
  readonly sendingUnitNotifiedOn: CalendarDate | null;
  /** When the replacement must have arrived; set on recall. */
  readonly replacementDueOn: CalendarDate | null;
  readonly replacementCadreId: string | null;
  readonly version: number;
}

/** An action on a recall case. */
export type RecallAction =
  | { readonly type: 'REVIEW'; readonly note: string }
  | { readonly type: 'RECALL'; readonly note: string }
  | { readonly type: 'CLEAR'; readonly note: string }
  | { readonly type: 'REFER' }
  | { readonly type: 'RECORD_TALK'; readonly with: string }
  | { readonly type: 'NOTIFY_SENDING_UNIT' }
  | { readonly type: 'FILL_REPLACEMENT'; readonly cadreId: string };

/** One row of the recall table. */
export interface RecallTransitionRule {
  readonly from: RecallState;
  readonly action: RecallActionType;
  readonly to: RecallState;
}

/** Partners of a co-building activity. */
export type PartnerKind = 'GOVERNMENT_DEPARTMENT' | 'ENTERPRISE' | 'PARTY_ORGANISATION' | 'OTHER';
export const PARTNER_KINDS: readonly PartnerKind[] = [
  'GOVERNMENT_DEPARTMENT',
  'ENTERPRISE',
  'PARTY_ORGANISATION',
  'OTHER',
];

export interface CoBuildingPartner {
  readonly name: string;
  readonly kind: PartnerKind;
}

/** Goods given in a co-building activity, valued in fen. */
export interface GoodsGiven {
  readonly description: string;
  readonly valueFen: Fen;
}

/** A co-building activity (党建共建): partners visit a village on a date and give goods. */
export interface CoBuildingActivity {
  readonly id: string;
  readonly title: string;
  readonly villageCode: string;
  readonly heldOn: CalendarDate;
  readonly partners: readonly CoBuildingPartner[];
  readonly participants: number;
  readonly goods: readonly GoodsGiven[];
  readonly totalValueFen: Fen;
}

/** The branch's work inside its grid: information gathered → task assigned → result fed back. */
export type GridTaskState = 'GATHERED' | 'ASSIGNED' | 'FED_BACK';
export const GRID_TASK_STATES: readonly GridTaskState[] = ['GATHERED', 'ASSIGNED', 'FED_BACK'];
export type GridTaskActionType = 'ASSIGN' | 'FEED_BACK';
export const GRID_TASK_ACTIONS: readonly GridTaskActionType[] = ['ASSIGN', 'FEED_BACK'];

/** One piece of the grid party branch's work, optionally linked to a matter of the matters area. */
export interface GridTask {
  readonly id: string;
  readonly branchId: string;
  readonly gridCode: string;
  readonly information: string;
  readonly gatheredOn: CalendarDate;
  readonly state: GridTaskState;
  /** The member (or party group) the task went to. */
  readonly assigneeId: string | null;
  readonly assignedOn: CalendarDate | null;
  readonly result: string | null;
  readonly fedBackOn: CalendarDate | null;
  /** The matter (事项) the task follows, when it was raised as one. */
  readonly matterId: string | null;
  readonly version: number;
}

export type GridTaskAction =
  | { readonly type: 'ASSIGN'; readonly assigneeId: string }
  | { readonly type: 'FEED_BACK'; readonly result: string };

export interface GridTaskTransitionRule {
  readonly from: GridTaskState;
  readonly action: GridTaskActionType;
  readonly to: GridTaskState;
}

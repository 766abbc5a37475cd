import type { CalendarDate } from '../shared/date.js';

/**
 * Who sits on a village's points evaluation group (积分评议小组): village cadres (村“两委”干部),
 * party members and household representatives (群众代表 / 户代表).
 */
export type EvaluationMemberKind = 'VILLAGE_CADRE' | 'PARTY_MEMBER' | 'HOUSEHOLD_REPRESENTATIVE';

/** Every evaluation member kind. */
export const EVALUATION_MEMBER_KINDS: readonly EvaluationMemberKind[] = [
  'VILLAGE_CADRE',
  'PARTY_MEMBER',
  'HOUSEHOLD_REPRESENTATIVE',
];

/** One named member of a village's evaluation group. */
export interface EvaluationGroupMember {
  readonly personId: string;
  readonly kind: EvaluationMemberKind;
}

/** A village's points evaluation group (积分评议小组), its members named. */
export interface EvaluationGroup {
  readonly villageCode: string;
  readonly members: readonly EvaluationGroupMember[];
}

/**
 * A share of a group: `numerator / denominator` (two thirds is `{ numerator: 2, denominator: 3 }`).
 */
export interface Share {
  readonly numerator: number;
  readonly denominator: number;
}

/**
 * The days a village's points shop (积分超市) opens for redemptions: days `fromDay` to `toDay` (both
 * included) of each month listed in `months` (1–12): every month for a monthly cycle, 1, 4, 7 and 10
 * for a quarterly one.
 */
export interface RedemptionCycle {
  readonly months: readonly number[];
  readonly fromDay: number;
  readonly toDay: number;
}

/**
 * What a county decides for its family points process (家庭积分制 评议公示制度): from which day the
 * process binds, how its villages' evaluation groups are made up and decide, how long the approved
 * list is publicly posted (公示) for objections, and when the points shop opens.
 */
export interface PointsPolicy {
  /** The county (6 digits) the policy is for; `null` for the default. */
  readonly countyCode: string | null;
  /**
   * The day the process binds. Deeds before it were scored directly by the rules of their time and
   * may still be entered so by the county (historic ledgers); from it on, every award and deduction
   * goes through proposal → evaluation → posting, and redemptions keep to the shop's cycle.
   */
  readonly adoptedOn: CalendarDate;
  readonly group: {
    /** The fewest members a group may have. */
    readonly minSize: number;
    /** Kinds of member every group must include at least one of. */
    readonly requiredKinds: readonly EvaluationMemberKind[];
    /** The share of the members that must be present for a session to decide anything (到会). */
    readonly quorum: Share;
  };
  /** Calendar days the approved list stays posted for objections (公示期), the posting day included. */
  readonly postingDays: number;
  readonly redemption: RedemptionCycle;
}

/**
 * Where a points proposal (积分申报) stands:
 *
 * - `PROPOSED` 已申报: recorded by grid staff, waiting for the group's session
 * - `APPROVED` 评议通过 / `REJECTED` 评议未通过: decided by a majority of the members present
 * - `POSTED` 公示中: on the month's public posting, open to objections
 * - `DROPPED` 异议成立: an objection against it was upheld; it never reaches the ledger
 * - `SCORED` 已记分: the posting closed and the item became a ledger event
 */
export type ProposalState = 'PROPOSED' | 'APPROVED' | 'REJECTED' | 'POSTED' | 'DROPPED' | 'SCORED';

/** Every proposal state, in lifecycle order. */
export const PROPOSAL_STATES: readonly ProposalState[] = [
  'PROPOSED',
  'APPROVED',
  'REJECTED',
  'POSTED',
  'DROPPED',
  'SCORED',
];

/** What moves a proposal. */
export type ProposalAction = 'APPROVE' | 'REJECT' | 'POST' | 'DROP' | 'SCORE';

/** One row of the proposal lifecycle: `action` takes a proposal in `from` to `to`. */
export interface ProposalTransitionRule {
  readonly from: ProposalState;
  readonly action: ProposalAction;
  readonly to: ProposalState;
}

/**
 * A proposal (申报) that a household be scored by an item of its village's catalogue in force on
 * the deed's day. It changes no balance until its posting closes.
 */
export interface PointsProposal {
  readonly id: string;
  readonly householdId: string;
  readonly villageCode: string;
  /** The household's grid, where the proposing staff work. */
  readonly gridCode: string;
  readonly itemCode: string;
  readonly catalogueVersion: number;
  /** The item's points: positive for an award, negative for a deduction. */
  readonly points: number;
  readonly occurredOn: CalendarDate;
  readonly note: string | null;
  readonly proposedAt: Date;
  readonly proposedBy: string;
  readonly state: ProposalState;
  /** The session that decided it, with its month (YYYY-MM) and the votes cast. */
  readonly sessionId: string | null;
  readonly evaluatedMonth: string | null;
  readonly votesFor: number | null;
  readonly votesAgainst: number | null;
  readonly postingId: string | null;
  /** The ledger event it became (`SCORED`). */
  readonly eventId: string | null;
}

/** One monthly session of a village's evaluation group (月度评议会). */
export interface EvaluationSession {
  readonly id: string;
  readonly villageCode: string;
  /** The month evaluated, YYYY-MM. */
  readonly month: string;
  readonly heldOn: CalendarDate;
  /** The group's size on the day and the members present. */
  readonly groupSize: number;
  readonly presentPersonIds: readonly string[];
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/** One vote of a session on one proposal: how many of the members present voted for and against. */
export interface ProposalVote {
  readonly proposalId: string;
  readonly votesFor: number;
  readonly votesAgainst: number;
}

/** A village's public posting (公示) of a month's approved proposals. */
export interface PointsPosting {
  readonly id: string;
  readonly villageCode: string;
  /** YYYY-MM */
  readonly month: string;
  readonly postedOn: CalendarDate;
  /** The last day an objection may be raised. */
  readonly objectionsUntil: CalendarDate;
  /** The day it was closed and its items scored; `null` while open. */
  readonly closedOn: CalendarDate | null;
  readonly postedBy: string;
}

/** Where an objection stands: `OPEN` 待处理, `UPHELD` 异议成立, `DISMISSED` 异议不成立. */
export type ObjectionState = 'OPEN' | 'UPHELD' | 'DISMISSED';

/** Every objection state. */
export const OBJECTION_STATES: readonly ObjectionState[] = ['OPEN', 'UPHELD', 'DISMISSED'];

/** An objection (异议) against one posted proposal, raised within the posting's window. */
export interface PointsObjection {
  readonly id: string;
  readonly postingId: string;
  readonly proposalId: string;
  readonly villageCode: string;
  readonly raisedOn: CalendarDate;
  /** Who objects, as they gave their name (a villager need not be registered). */
  readonly raisedBy: string;
  readonly reason: string;
  readonly recordedAt: Date;
  readonly recordedBy: string;
  readonly state: ObjectionState;
  readonly resolvedOn: CalendarDate | null;
  readonly resolution: string | null;
  readonly resolvedBy: string | null;
}

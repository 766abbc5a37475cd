import type { Share } from '../shared/share.js';

/**
 * The category of a public-opinion record (社情民意信息的类别).
 *
 * - `OPINION` 社情民意 (views and reactions of residents)
 * - `DISPUTE` 矛盾纠纷 (a dispute between residents, families or with a unit)
 * - `HAZARD` 安全隐患 (a safety hazard)
 * - `REQUEST` 民生诉求 (a request about livelihood: water, roads, benefits)
 */
export type RecordCategory = 'OPINION' | 'DISPUTE' | 'HAZARD' | 'REQUEST';

/** Every record category, in display order. */
export const RECORD_CATEGORIES: readonly RecordCategory[] = ['OPINION', 'DISPUTE', 'HAZARD', 'REQUEST'];

/**
 * How a record reached the grid (信息来源渠道).
 *
 * - `GRID_VISIT` 网格员走访 (gathered by grid staff on their rounds)
 * - `HOUSEHOLD_JOINT_HEAD` 联户长上报 (passed on by a household-joint head)
 * - `WALK_IN` 群众来访 (a resident came to the office)
 * - `HOTLINE` 热线电话 (a call, for example to 12345)
 * - `ONLINE` 网络平台 (an app, a mini-program or a website)
 * - `OTHER` 其他
 */
export type RecordChannel =
  | 'GRID_VISIT'
  | 'HOUSEHOLD_JOINT_HEAD'
  | 'WALK_IN'
  | 'HOTLINE'
  | 'ONLINE'
  | 'OTHER';

/** Every record channel, in display order. */
export const RECORD_CHANNELS: readonly RecordChannel[] = [
  'GRID_VISIT',
  'HOUSEHOLD_JOINT_HEAD',
  'WALK_IN',
  'HOTLINE',
  'ONLINE',
  'OTHER',
];

/**
 * A public-opinion record (社情民意信息): what a resident raised, where and when.
 *
 * `reporterPersonId` is `null` when the reporter stays anonymous (匿名反映).
 */
export interface PublicOpinionRecord {
  readonly id: string;
  readonly category: RecordCategory;
  readonly channel: RecordChannel;
  /** The 15-digit code of the grid the record belongs to. */
  readonly gridCode: string;
  readonly reporterPersonId: string | null;
  readonly text: string;
  readonly reportedAt: Date;
}

/**
 * The state of a matter in the digital city-management cycle (数字化城市管理 案件处置流程).
 *
 * - `REPORTED` 上报 (received, not yet examined)
 * - `REGISTERED` 立案 (accepted as a matter to handle)
 * - `REJECTED` 注销 (not a matter for the grid: duplicate, out of scope, unfounded)
 * - `ASSIGNED` 派遣 (dispatched to a handler; the clock runs from the first dispatch)
 * - `IN_PROGRESS` 处置中 (a worker accepted it and is handling it)
 * - `FEEDBACK_SUBMITTED` 处置反馈 (the handler reported the result; waiting for the check)
 * - `CLOSED` 核查结案 (checked and closed)
 * - `REOPENED` 重新处置 (the check failed or the resident objected; handled again)
 */
export type MatterState =
  | 'REPORTED'
  | 'REGISTERED'
  | 'REJECTED'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'FEEDBACK_SUBMITTED'
  | 'CLOSED'
  | 'REOPENED';

/** Every matter state, in the order of the cycle. */
export const MATTER_STATES: readonly MatterState[] = [
  'REPORTED',
  'REGISTERED',
  'REJECTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'FEEDBACK_SUBMITTED',
  'CLOSED',
  'REOPENED',
];

/** The two request statuses of Open311 GeoReport v2, which other civic tools read. */
export type Open311Status = 'open' | 'closed';

/**
 * The levels a matter can be handled at, from the bottom up (网格 → 村 → 乡镇 → 县): small matters
 * stay in the village, larger ones go to the township, and only what cannot be solved there rises
 * to the county (枫桥经验).
 */
export type EscalationLevel = 'GRID' | 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';

/** Every escalation level, from the bottom of the ladder to the top. */
export const ESCALATION_LEVELS: readonly EscalationLevel[] = ['GRID', 'VILLAGE', 'TOWNSHIP', 'COUNTY'];

/**
 * A matter (事项, 案件) raised by a record and handled through the cycle.
 *
 * The matter is the current state only: every change is also returned as a {@link MatterEvent}, which
 * the caller stores, so nothing is lost. `version` grows by one with every change; a caller writes a
 * change only if the stored version is still the one it read (optimistic concurrency).
 */
export interface Matter {
  readonly id: string;
  readonly recordId: string;
  readonly category: RecordCategory;
  /** The 15-digit code of the grid where the matter arose; the higher levels are derived from it. */
  readonly gridCode: string;
  readonly state: MatterState;
  readonly version: number;
  /** The level handling the matter now; it only rises, so it is also the highest level reached. */
  readonly level: EscalationLevel;
  /**
   * The person or team the matter was last dispatched to (派遣对象); `null` before dispatch, and after
   * an escalation that dispatched it to the new level as a whole.
   */
  readonly assigneeId: string | null;
  /** The worker who accepted the matter and handles it, `null` until someone accepts. */
  readonly handlerId: string | null;
  readonly reportedAt: Date;
  /** When the matter was first dispatched: the clock of the grid level starts here. */
  readonly clockStartedAt: Date | null;
  /** When the current level's time limit started: the first dispatch, then each escalation. */
  readonly levelStartedAt: Date | null;
  /** When the matter was last closed, `null` while it is not closed. */
  readonly closedAt: Date | null;
  /** When the matter last changed. */
  readonly updatedAt: Date;
}

/**
 * What someone does to a matter. The transition table ({@link MATTER_TRANSITIONS}) says from which
 * states each action is allowed.
 *
 * - `REGISTER` 立案; `REJECT` 注销 (with the reason)
 * - `ASSIGN` 派遣 (to a person or team; also re-dispatch before acceptance, or after a reopening)
 * - `ACCEPT` 受理 (a worker takes the matter; the first one wins)
 * - `SUBMIT_FEEDBACK` 处置反馈 (the handler reports the result)
 * - `CLOSE` 核查结案 (a checker other than the handler confirms it)
 * - `REOPEN` 重新处置 (the check failed, or the resident objected after closing)
 * - `RESUME` 继续处置 (the handler takes a reopened matter up again)
 */
export type MatterAction =
  | { readonly type: 'REGISTER' }
  | { readonly type: 'REJECT'; readonly reason: string }
  | { readonly type: 'ASSIGN'; readonly assigneeId: string }
  | { readonly type: 'ACCEPT' }
  | { readonly type: 'SUBMIT_FEEDBACK'; readonly feedback: string }
  | { readonly type: 'CLOSE' }
  | { readonly type: 'REOPEN'; readonly reason: string }
  | { readonly type: 'RESUME' };

/** The kinds of matter action. */
export type MatterActionType = MatterAction['type'];

/** Every matter action type, in the order of the cycle. */
export const MATTER_ACTION_TYPES: readonly MatterActionType[] = [
  'REGISTER',
  'REJECT',
  'ASSIGN',
  'ACCEPT',
  'SUBMIT_FEEDBACK',
  'CLOSE',
  'REOPEN',
  'RESUME',
];

/** One row of the transition table: `action` takes a matter from `from` to `to`. */
export interface MatterTransitionRule {
  readonly from: MatterState;
  readonly action: MatterActionType;
  readonly to: MatterState;
}

/**
 * Who acts, when, and which version of the matter they saw.
 *
 * `expectedVersion` is the version the caller read; when given and no longer current, the change is
 * refused as a conflict, so two people acting on the same reading cannot both succeed.
 */
export interface MatterContext {
  readonly actorId: string;
  readonly at: Date;
  readonly expectedVersion?: number;
  /**
   * For `ACCEPT` only: the person the actor accepts for (代为受理), who becomes the handler; the
   * actor stays the event's actor and the event's detail names this person. See
   * `authoriseMatterAccept` for who may act on someone's behalf.
   */
  readonly onBehalfOf?: string | null;
}

/** Why a matter rose to the next level. */
export type EscalationReason = 'OVERDUE' | 'BEYOND_AUTHORITY';

/** Every escalation reason. */
export const ESCALATION_REASONS: readonly EscalationReason[] = ['OVERDUE', 'BEYOND_AUTHORITY'];

/**
 * A recorded change of a matter. `version` is the matter's version after the change.
 *
 * - `REPORT`: the record was reported as a matter (上报), which opened it at version 1 in `REPORTED`;
 *   every timeline starts with it. `actorId` is the reporter, `null` when they stay anonymous.
 * - `TRANSITION`: an action moved the matter from one state to another (`detail` holds the reason,
 *   feedback or assignee the action carried, when it carried one).
 * - `ESCALATION`: the matter rose from one level to the next (上报上级) and waits there, dispatched to
 *   the new level, for a worker to accept it; `actorId` is `null` when the time limit ran out and the
 *   system escalated it.
 */
export type MatterEvent =
  | {
      readonly kind: 'REPORT';
      readonly matterId: string;
      readonly version: 1;
      /** Nothing before: the report opens the matter. */
      readonly from: null;
      readonly to: 'REPORTED';
      readonly actorId: string | null;
      readonly at: Date;
    }
  | {
      readonly kind: 'TRANSITION';
      readonly matterId: string;
      readonly version: number;
      readonly action: MatterActionType;
      readonly from: MatterState;
      readonly to: MatterState;
      readonly actorId: string;
      readonly at: Date;
      readonly detail: string | null;
    }
  | {
      readonly kind: 'ESCALATION';
      readonly matterId: string;
      readonly version: number;
      readonly fromLevel: EscalationLevel;
      readonly toLevel: EscalationLevel;
      /** The state before; an escalated matter waits at the new level as `ASSIGNED`. */
      readonly from: MatterState;
      readonly to: MatterState;
      readonly reason: EscalationReason;
      readonly actorId: string | null;
      readonly at: Date;
    };

/** What a matter event records: the report, a transition or an escalation. */
export type MatterEventKind = MatterEvent['kind'];

/** Every kind of matter event. */
export const MATTER_EVENT_KINDS: readonly MatterEventKind[] = ['REPORT', 'TRANSITION', 'ESCALATION'];

/**
 * A cadre who takes the escalated matters of a village, township or county (村、乡镇、县的事项处置人员):
 * the person a matter is dispatched to when it rises to `level` in region `regionCode`.
 */
export interface MatterHandler {
  readonly personId: string;
  readonly level: Exclude<EscalationLevel, 'GRID'>;
  /** The village (12 digits), township (9) or county (6) the person acts for. */
  readonly regionCode: string;
}

/** The matter after a change, with the event that records the change. */
export interface MatterChange {
  readonly matter: Matter;
  readonly event: MatterEvent;
}

/**
 * The time limit of each level, in working days (工作日): how long a level may hold a matter before it
 * rises. Local policy, so it is data; {@link DEFAULT_ESCALATION_LIMITS} holds the usual values.
 */
export type EscalationLimits = Readonly<Record<EscalationLevel, number>>;

/**
 * The Fengqiao measures (枫桥经验) over the matters of a region and period.
 *
 * - `settledInVillage` 小事不出村: closed matters settled at grid or village level, of all closed
 * - `settledInTownship` 大事不出镇: closed matters settled at township level or below, of all closed
 * - `notPassedUp` 矛盾不上交: handled matters (dispatched at least once, open or closed) that never
 *   reached the county, of all handled
 * - resolution times from report to closing, in whole minutes: the mean (rounded half up) and the
 *   90th percentile (nearest rank); `null` when nothing was closed
 */
export interface FengqiaoMeasures {
  readonly resolved: number;
  readonly handled: number;
  readonly settledInVillage: Share;
  readonly settledInTownship: Share;
  readonly notPassedUp: Share;
  readonly meanResolutionMinutes: number | null;
  readonly p90ResolutionMinutes: number | null;
}

/**
 * The counts the Fengqiao measures are computed from, so that a database query and this library
 * agree: the gateway counts in SQL by the same definitions ({@link FENGQIAO_LEVELS}).
 *
 * - `resolvedByLevel`: closed matters by the level that closed them
 * - `handledByLevel`: handled matters (dispatched at least once, not rejected) by their current level
 * - `totalResolutionMinutes`: the sum of the closed matters' resolution minutes
 * - `p90ResolutionMinutes`: the resolution minutes at rank {@link nearestRank}(resolved, 90) of the
 *   closed matters sorted ascending, `null` when nothing was closed
 */
export interface FengqiaoCounts {
  readonly resolvedByLevel: Readonly<Record<EscalationLevel, number>>;
  readonly handledByLevel: Readonly<Record<EscalationLevel, number>>;
  readonly totalResolutionMinutes: number;
  readonly p90ResolutionMinutes: number | null;
}

import type { Role } from '../shared/actor.js';
import type { Labels } from '../shared/labels.js';
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
 * - `SUSPENDED` 挂起 (handling waits on something outside the handler's hands; the clock stops)
 * - `CLOSED` 核查结案 (checked and closed, or settled on the spot)
 * - `REOPENED` 重新处置 (the check failed or the resident objected; handled again)
 * - `CALLED_BACK` 已回访 (the resident was called back and rated the result)
 * - `EVALUATED` 综合评价 (the cycle's last step: the handling was evaluated, the matter is archived)
 */
export type MatterState =
  | 'REPORTED'
  | 'REGISTERED'
  | 'REJECTED'
  | 'ASSIGNED'
  | 'IN_PROGRESS'
  | 'SUSPENDED'
  | 'FEEDBACK_SUBMITTED'
  | 'CLOSED'
  | 'REOPENED'
  | 'CALLED_BACK'
  | 'EVALUATED';

/** Every matter state, in the order of the cycle. */
export const MATTER_STATES: readonly MatterState[] = [
  'REPORTED',
  'REGISTERED',
  'REJECTED',
  'ASSIGNED',
  'IN_PROGRESS',
  'SUSPENDED',
  'FEEDBACK_SUBMITTED',
  'CLOSED',
  'REOPENED',
  'CALLED_BACK',
  'EVALUATED',
];

/** The states of a settled matter: closed, and the callback and evaluation that follow closing. */
export const RESOLVED_STATES: readonly MatterState[] = ['CLOSED', 'CALLED_BACK', 'EVALUATED'];

/**
 * What kind of matter it is below its category (事项小类). Disputes as a county in 阿里 meets them:
 * - `GRASSLAND_BOUNDARY` 草场边界纠纷, `FAMILY` 婚姻家庭纠纷, `NEIGHBOUR` 邻里纠纷, `WAGES` 劳资纠纷（欠薪）,
 *   `WILDLIFE_DAMAGE` 野生动物肇事（损害补偿）, `DEBT` 债务纠纷, `LAND_AND_HOUSING` 宅基地与房屋纠纷
 * - hazards: `FIRE` 消防, `ROAD_TRAFFIC` 道路交通, `BUILDING` 房屋建筑, `NATURAL_DISASTER` 自然灾害
 *   (雪灾、地质灾害)
 * - requests: `WATER_AND_POWER` 水电, `ROADS` 道路, `SOCIAL_BENEFITS` 社会保障与救助,
 *   `HEALTH_AND_EDUCATION` 医疗与教育
 * - opinions: `POLICY` 政策意见, `PUBLIC_SERVICE` 公共服务
 * - `OTHER` 其他, in every category.
 */
export type MatterSubType =
  | 'GRASSLAND_BOUNDARY'
  | 'FAMILY'
  | 'NEIGHBOUR'
  | 'WAGES'
  | 'WILDLIFE_DAMAGE'
  | 'DEBT'
  | 'LAND_AND_HOUSING'
  | 'FIRE'
  | 'ROAD_TRAFFIC'
  | 'BUILDING'
  | 'NATURAL_DISASTER'
  | 'WATER_AND_POWER'
  | 'ROADS'
  | 'SOCIAL_BENEFITS'
  | 'HEALTH_AND_EDUCATION'
  | 'POLICY'
  | 'PUBLIC_SERVICE'
  | 'OTHER';

/** The sub-types each category allows, as data; `OTHER` is in every list. */
export const MATTER_SUBTYPES: Readonly<Record<RecordCategory, readonly MatterSubType[]>> = {
  DISPUTE: [
    'GRASSLAND_BOUNDARY',
    'FAMILY',
    'NEIGHBOUR',
    'WAGES',
    'WILDLIFE_DAMAGE',
    'DEBT',
    'LAND_AND_HOUSING',
    'OTHER',
  ],
  HAZARD: ['FIRE', 'ROAD_TRAFFIC', 'BUILDING', 'NATURAL_DISASTER', 'OTHER'],
  REQUEST: ['WATER_AND_POWER', 'ROADS', 'SOCIAL_BENEFITS', 'HEALTH_AND_EDUCATION', 'OTHER'],
  OPINION: ['POLICY', 'PUBLIC_SERVICE', 'OTHER'],
};

/** Every sub-type, in the order of {@link MATTER_SUBTYPES}. */
export const MATTER_SUBTYPE_VALUES: readonly MatterSubType[] = [
  ...new Set(Object.values(MATTER_SUBTYPES).flat()),
];

/** How urgent a matter is (紧急程度): `ROUTINE` 一般, `URGENT` 紧急, `CRITICAL` 特急. */
export type MatterUrgency = 'ROUTINE' | 'URGENT' | 'CRITICAL';

/** Every urgency, least urgent first. */
export const MATTER_URGENCIES: readonly MatterUrgency[] = ['ROUTINE', 'URGENT', 'CRITICAL'];

/**
 * Whether the matter touches more than the people in it (事项性质):
 * - `ORDINARY` 一般事项
 * - `COLLECTIVE` 群体性 (many people act together: a joint petition, a crowd at an office)
 * - `STABILITY` 涉稳 (it bears on social stability)
 *
 * A collective or stability-related matter is reported at once to the level that must know
 * ({@link MUST_KNOW_LEVEL}), skipping the levels between.
 */
export type MatterNature = 'ORDINARY' | 'COLLECTIVE' | 'STABILITY';

/** Every nature, the ordinary first. */
export const MATTER_NATURES: readonly MatterNature[] = ['ORDINARY', 'COLLECTIVE', 'STABILITY'];

/** What a matter is about beyond its record: who, how many, how urgent, where (事项要素). */
export interface MatterDetails {
  readonly subType: MatterSubType;
  readonly urgency: MatterUrgency;
  readonly nature: MatterNature;
  /** The sides of a dispute (当事方), or the people or households a matter concerns: at least 1. */
  readonly parties: number;
  /** How many people are involved (涉及人数): at least 1. */
  readonly headCount: number;
  /** Where it happened (发生地点), in words: a pasture, a yard, a road; `null` when not given. */
  readonly place: string | null;
}

/**
 * The stages a timeout raises against the handler (超时督办), each later than the last:
 * `WARNING` 预警 (the time is nearly up), `REMINDER` 催办 (the time ran out), `SUPERVISION` 督办
 * (still not done well after). None of them moves the matter up: that is a decision.
 */
export type SupervisionStage = 'WARNING' | 'REMINDER' | 'SUPERVISION';

/** Every supervision stage, in the order they are raised. */
export const SUPERVISION_STAGES: readonly SupervisionStage[] = ['WARNING', 'REMINDER', 'SUPERVISION'];

/**
 * When each stage is raised, in working days relative to the end of the current level's time limit:
 * `-1` is when one working day is left, `0` when the time runs out, `2` two working days later.
 */
export type SupervisionSchedule = Readonly<Record<SupervisionStage, number>>;

/** The resident's rating at the callback (回访满意度). */
export type Satisfaction = 'SATISFIED' | 'BASICALLY_SATISFIED' | 'DISSATISFIED';

/** Every rating, best first. */
export const SATISFACTION_RATINGS: readonly Satisfaction[] = [
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
];

/** The two request statuses of Open311 GeoReport v2, which other civic tools read. */
export type Open311Status = 'open' | 'closed';

/**
 * The levels a matter can be handled at, from the bottom up (网格 → 村 → 乡镇 → 县): small matters
 * stay in the village, larger ones go to the township, and only what cannot be solved there rises
 * to the county (枫桥经验).
 */
export type EscalationLevel = 'GRID' | 'VILLAGE' | 'TOWNSHIP' | 'COUNTY';

/**
 * The level that must know at once of a collective or a stability-related matter (群体性事件报乡镇,
 * 涉稳事项报县): the matter goes straight there, whatever level it is at.
 */
export const MUST_KNOW_LEVEL: Readonly<Record<Exclude<MatterNature, 'ORDINARY'>, EscalationLevel>> = {
  COLLECTIVE: 'TOWNSHIP',
  STABILITY: 'COUNTY',
};

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
  readonly details: MatterDetails;
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
  /**
   * The functional department the matter was routed to (职能部门, `ROUTE`), whose officers at the
   * level handling it accept and handle it; `null` while it is handled territorially.
   */
  readonly department: FunctionalDepartment | null;
  readonly reportedAt: Date;
  /** When the matter was first dispatched: the clock of the grid level starts here. */
  readonly clockStartedAt: Date | null;
  /** When the current level's time limit started: the first dispatch, then each escalation. */
  readonly levelStartedAt: Date | null;
  /** When the matter was last closed, `null` while it is not closed. */
  readonly closedAt: Date | null;
  /** The highest supervision stage raised at the current level; `null` before any, and anew at each level. */
  readonly supervision: SupervisionStage | null;
  /** Working days added to the current level's time limit by extensions (延期). */
  readonly extensionDays: number;
  /** When the matter was suspended (挂起), `null` unless it is. */
  readonly suspendedAt: Date | null;
  /** The resident's rating at the callback (回访), `null` before it. */
  readonly satisfaction: Satisfaction | null;
  /** When the matter last changed. */
  readonly updatedAt: Date;
}

/**
 * What someone does to a matter. The transition table ({@link MATTER_TRANSITIONS}) says from which
 * states each action is allowed.
 *
 * - `REGISTER` 立案; `REJECT` 注销 (with the reason)
 * - `ASSIGN` 派遣 (to a person or team; also re-dispatch before acceptance, or after a reopening)
 * - `ROUTE` 分派职能部门 (at township or county level, to a functional department by the matter's
 *   nature, with the reason: its officers there accept it; also re-routing before acceptance)
 * - `ACCEPT` 受理 (a worker takes the matter; the first one wins)
 * - `SUBMIT_FEEDBACK` 处置反馈 (the handler reports the result)
 * - `CLOSE` 核查结案 (a checker other than the handler confirms it)
 * - `REOPEN` 重新处置 (the check failed, or the resident objected after closing)
 * - `RESUME` 继续处置 (the handler takes a reopened or suspended matter up again)
 * - `SETTLE_ON_THE_SPOT` 即办 (grid staff settled it where it arose: reported, handled and closed in
 *   one step, with what was done)
 * - `RETURN` 退回 (the assignee sends a dispatch back as not theirs, with the reason)
 * - `EXTEND` 延期 (the dispatcher grants the current level more working days, with the reason)
 * - `SUSPEND` 挂起 (the handler stops the clock while handling waits on something, with the reason)
 * - `CALL_BACK` 回访 (the resident is asked about the result and rates it)
 * - `EVALUATE` 综合评价 (the cycle's last step: the handling is evaluated and the matter archived)
 */
export type MatterAction =
  | { readonly type: 'REGISTER' }
  | { readonly type: 'REJECT'; readonly reason: string }
  | { readonly type: 'ASSIGN'; readonly assigneeId: string }
  | { readonly type: 'ROUTE'; readonly department: FunctionalDepartment; readonly reason: string }
  | { readonly type: 'ACCEPT' }
  | { readonly type: 'SUBMIT_FEEDBACK'; readonly feedback: string }
  | { readonly type: 'CLOSE' }
  | { readonly type: 'REOPEN'; readonly reason: string }
  | { readonly type: 'RESUME' }
  | { readonly type: 'SETTLE_ON_THE_SPOT'; readonly feedback: string }
  | { readonly type: 'RETURN'; readonly reason: string }
  | { readonly type: 'EXTEND'; readonly days: number; readonly reason: string }
  | { readonly type: 'SUSPEND'; readonly reason: string }
  | { readonly type: 'CALL_BACK'; readonly satisfaction: Satisfaction; readonly note: string }
  | { readonly type: 'EVALUATE'; readonly note: string };

/** The kinds of matter action. */
export type MatterActionType = MatterAction['type'];

/** Every matter action type, in the order of the cycle. */
export const MATTER_ACTION_TYPES: readonly MatterActionType[] = [
  'REGISTER',
  'REJECT',
  'ASSIGN',
  'ROUTE',
  'ACCEPT',
  'SUBMIT_FEEDBACK',
  'CLOSE',
  'REOPEN',
  'RESUME',
  'SETTLE_ON_THE_SPOT',
  'RETURN',
  'EXTEND',
  'SUSPEND',
  'CALL_BACK',
  'EVALUATE',
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

/**
 * Why a matter was moved up, always by someone's decision: `OVERDUE` (the level's time ran out and
 * it cannot finish), `BEYOND_AUTHORITY` (beyond what the level may decide), `COLLECTIVE` and
 * `STABILITY` (reported at once to the level that must know, {@link MUST_KNOW_LEVEL}).
 */
export type EscalationReason = 'OVERDUE' | 'BEYOND_AUTHORITY' | 'COLLECTIVE' | 'STABILITY';

/** Every escalation reason. */
export const ESCALATION_REASONS: readonly EscalationReason[] = [
  'OVERDUE',
  'BEYOND_AUTHORITY',
  'COLLECTIVE',
  'STABILITY',
];

/**
 * A recorded change of a matter. `version` is the matter's version after the change.
 *
 * - `REPORT`: the record was reported as a matter (上报), which opened it at version 1 in `REPORTED`;
 *   every timeline starts with it. `actorId` is the reporter, `null` when they stay anonymous.
 * - `TRANSITION`: an action moved the matter from one state to another (`detail` holds the reason,
 *   feedback or assignee the action carried, when it carried one).
 * - `ESCALATION`: someone moved the matter up (上报上级), one level, or straight to the level that
 *   must know; `note` says why in their words.
 * - `SUPERVISION`: a timeout raised a stage (预警 / 催办 / 督办) against `subjectId`, the person then
 *   holding the matter; the state and level do not change. `actorId` is `null`: the clock raised it.
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
      /** The department a `ROUTE` sent the matter to; absent for every other action. */
      readonly department?: FunctionalDepartment;
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
      /**
       * The decider. `null` only in histories kept from before moving up became a decision, when the
       * system escalated an overdue matter by itself.
       */
      readonly actorId: string | null;
      readonly at: Date;
      /** Why, in the decider's words; `null` only in those older histories. */
      readonly note: string | null;
    }
  | {
      readonly kind: 'SUPERVISION';
      readonly matterId: string;
      readonly version: number;
      readonly stage: SupervisionStage;
      readonly level: EscalationLevel;
      /** The state, unchanged. */
      readonly from: MatterState;
      readonly to: MatterState;
      /** Whom the timeout counts against: the handler, or the assignee before acceptance. */
      readonly subjectId: string | null;
      readonly actorId: null;
      readonly at: Date;
    };

/** What a matter event records: the report, a transition or an escalation. */
export type MatterEventKind = MatterEvent['kind'];

/** Every kind of matter event. */
export const MATTER_EVENT_KINDS: readonly MatterEventKind[] = [
  'REPORT',
  'TRANSITION',
  'ESCALATION',
  'SUPERVISION',
];

/**
 * A cadre who takes the escalated matters of a village, township or county (村、乡镇、县的事项处置人员):
 * the person a matter is dispatched to when it rises to `level` in region `regionCode`, or, for a
 * department officer, when it is routed to their department there.
 */
export interface MatterHandler {
  readonly personId: string;
  readonly level: Exclude<EscalationLevel, 'GRID'>;
  /** The village (12 digits), township (9) or county (6) the person acts for. */
  readonly regionCode: string;
  /**
   * The functional department the person is an officer of there (holding its role over the
   * township or county), who takes the matters routed to it; `null` for a territorial cadre.
   */
  readonly department: FunctionalDepartment | null;
}

/**
 * A functional department (职能部门) a township or county routes a matter to by its nature, beside the
 * territorial ladder; each sits at township level (its 所 or 办) and at county level (its 局):
 * - `JUSTICE` 司法所 / 司法局 (people's mediation of family, neighbour, grassland-boundary, debt and
 *   housing disputes)
 * - `PUBLIC_SECURITY` 派出所 / 公安局 (public order, road traffic, stability)
 * - `CIVIL_AFFAIRS` 民政办 / 民政局 (subsistence allowances, relief, care of the elderly)
 * - `HEALTH` 卫生院 / 卫健委 (health)
 */
export type FunctionalDepartment = 'JUSTICE' | 'PUBLIC_SECURITY' | 'CIVIL_AFFAIRS' | 'HEALTH';

/** A functional department as data: its name, the role its officers hold, the levels it sits at. */
export interface FunctionalDepartmentRule {
  readonly label: Labels;
  /** The role whose holders act for the department (granted over a township or a county). */
  readonly role: Role;
  /** The levels of the ladder where the department sits, so where a matter can be routed to it. */
  readonly levels: readonly EscalationLevel[];
}

/**
 * One routing rule (分流规则): the department a matter is proposed for when it matches. `nature`
 * matches a matter of that nature whatever it is about; otherwise `category` and one of `subTypes`.
 */
export type MatterRoutingRule =
  | { readonly nature: MatterNature; readonly department: FunctionalDepartment; readonly basis: string }
  | {
      readonly category: RecordCategory;
      readonly subTypes: readonly MatterSubType[];
      readonly department: FunctionalDepartment;
      /** The law or regulation that gives the department the matter. */
      readonly basis: string;
    };

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
 * The level a petition (信访) went to, on the ladder that continues above the county: the township's and
 * county's petition offices (乡镇信访办, 县信访局), the prefecture's (地区信访局, 阿里地区), the autonomous
 * region's (自治区信访局) and the national bureau (国家信访局).
 */
export type PetitionLevel = 'TOWNSHIP' | 'COUNTY' | 'PREFECTURE' | 'REGION' | 'NATIONAL';

/** Every petition level, from the bottom up. */
export const PETITION_LEVELS: readonly PetitionLevel[] = [
  'TOWNSHIP',
  'COUNTY',
  'PREFECTURE',
  'REGION',
  'NATIONAL',
];

/**
 * A level-skipping petition (越级上访) about a matter: someone took the matter to a level above the one
 * handling it. A matter taken to the level already handling it is that level's own work, not a
 * petition; so every petition recorded is level-skipping, and 矛盾不上交 counts the disputes without one.
 */
export interface Petition {
  readonly id: string;
  readonly matterId: string;
  /** The level handling the matter when the petition was made. */
  readonly handlingLevel: EscalationLevel;
  /** The level petitioned: always above `handlingLevel`. */
  readonly level: PetitionLevel;
  readonly petitionedAt: Date;
}

/**
 * The Fengqiao measures (枫桥经验) over the disputes (矛盾纠纷, {@link RecordCategory} `DISPUTE`) of a
 * region and period: the slogan is about disputes, so opinions, hazards and requests do not count.
 *
 * - `settledInVillage` 小事不出村: closed disputes settled at grid or village level, of all closed
 * - `settledInTownship` 大事不出镇: closed disputes settled at township level or below, of all closed
 * - `notPassedUp` 矛盾不上交: handled disputes (dispatched at least once, open or closed) with no
 *   level-skipping petition ({@link Petition}), of all handled
 * - `petitioned`: the handled disputes with at least one level-skipping petition
 * - resolution times from report to closing, in whole minutes: the mean (rounded half up) and the
 *   90th percentile (nearest rank); `null` when nothing was closed
 */
export interface FengqiaoMeasures {
  readonly resolved: number;
  readonly handled: number;
  readonly petitioned: number;
  readonly settledInVillage: Share;
  readonly settledInTownship: Share;
  readonly notPassedUp: Share;
  readonly meanResolutionMinutes: number | null;
  readonly p90ResolutionMinutes: number | null;
}

/**
 * The counts the Fengqiao measures are computed from, so that a database query and this library
 * agree: the gateway counts in SQL by the same definitions ({@link FENGQIAO_CATEGORIES},
 * {@link FENGQIAO_LEVELS}), over disputes only.
 *
 * - `resolvedByLevel`: closed disputes by the level that closed them
 * - `handledByLevel`: handled disputes (dispatched at least once, not rejected) by their current level
 * - `petitioned`: handled disputes with at least one level-skipping petition (at most all handled)
 * - `totalResolutionMinutes`: the sum of the closed disputes' resolution minutes
 * - `p90ResolutionMinutes`: the resolution minutes at rank {@link nearestRank}(resolved, 90) of the
 *   closed disputes sorted ascending, `null` when nothing was closed
 */
export interface FengqiaoCounts {
  readonly resolvedByLevel: Readonly<Record<EscalationLevel, number>>;
  readonly handledByLevel: Readonly<Record<EscalationLevel, number>>;
  readonly petitioned: number;
  readonly totalResolutionMinutes: number;
  readonly p90ResolutionMinutes: number | null;
}

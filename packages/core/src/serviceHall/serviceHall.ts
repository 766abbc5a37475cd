import type { WorkingCalendar } from '../shared/calendar.js';
import type { CalendarDate } from '../shared/date.js';
import type { Labels } from '../shared/labels.js';

// The county government service hall (县政务服务中心): the departments stationed there, their
// windows, the catalogue of service matters (政务服务事项) and the applications (办件), visits, ratings
// (好差评) and rectifications that flow through it. All plain readonly data; the rules are in the
// `*.rules.ts` files beside this one.

/** The kinds of window (窗口) a hall opens. */
export const WINDOW_KINDS = [
  'COMPREHENSIVE',
  'DEPARTMENT',
  'CROSS_PROVINCE',
  'ASSISTED',
  'ENTERPRISE',
  'GREEN_CHANNEL',
  'ELDERLY',
  'SELF_SERVICE_24H',
] as const;
/**
 * A window's kind: 综合受理 (accepts matters of many departments), a single department's window,
 * 跨省通办, 帮代办, 企业服务, 绿色通道, 老年人 (敬老) window, 24-hour self-service point.
 */
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** Where assisted or proxy handling (帮代办) is offered. */
export const ASSIST_LEVELS = ['COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
/** The level of an assisted-handling point. */
export type AssistLevel = (typeof ASSIST_LEVELS)[number];

/** A department stationed in the hall (进驻部门), from the day it joined. */
export interface StationedDepartment {
  readonly code: string;
  readonly name: Labels;
  readonly joinedOn: CalendarDate;
}

/** A numbered window, its kind and whom it serves. */
export interface ServiceWindow {
  readonly id: string;
  readonly number: number;
  readonly kind: WindowKind;
  readonly name: Labels;
  /** The departments whose matters the window takes in (all of them for a comprehensive window). */
  readonly departmentCodes: readonly string[];
  /** The matters it serves; empty means every matter of its departments. */
  readonly matterCodes: readonly string[];
}

/** A place below the hall where staff help residents apply or apply for them (帮代办点). */
export interface AssistPoint {
  readonly id: string;
  readonly level: AssistLevel;
  /** The county, township or village code of the place. */
  readonly regionCode: string;
  readonly name: Labels;
}

/** A county's service hall. */
export interface ServiceHall {
  readonly id: string;
  /** The county the hall serves (GB/T 2260). */
  readonly regionCode: string;
  readonly name: Labels;
  readonly departments: readonly StationedDepartment[];
  readonly windows: readonly ServiceWindow[];
  readonly assistPoints: readonly AssistPoint[];
}

/** How the result of a matter reaches the applicant. */
export const DELIVERY_METHODS = ['ON_THE_SPOT', 'PICKUP', 'POST', 'ONLINE'] as const;
/** 当场办结领取 (no further trip), 窗口领取 (another trip), 免费邮寄, 网上送达. */
export type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

/** A document a matter asks for (申请材料, CPSV-AP "input"). */
export interface RequiredDocument {
  readonly code: string;
  readonly name: Labels;
  /** Whether it may be missing at acceptance and supplied later (容缺受理). */
  readonly tolerable: boolean;
  /** Whether a signed commitment may replace it (告知承诺制). */
  readonly commitmentReplaces: boolean;
}

/**
 * One version of a service matter in the catalogue, shaped like a CPSV-AP public service: what it
 * is (code, name), who is competent (the department), its inputs (documents), its output, its legal
 * basis and the handling rules. An application keeps the version it was accepted under.
 */
export interface ServiceMatterVersion {
  readonly code: string;
  readonly version: number;
  /** The first day this version applies to new applications. */
  readonly validFrom: CalendarDate;
  readonly name: Labels;
  readonly departmentCode: string;
  readonly legalBasis: string;
  readonly output: Labels;
  /** 法定时限, working days. */
  readonly legalDays: number;
  /** 承诺时限, working days, never more than the legal limit. */
  readonly promisedDays: number;
  /** Maximum in-person trips: 最多跑一次 = 1, 零跑动 = 0. */
  readonly maxTrips: number;
  /** 一网通办: may be applied for online. */
  readonly online: boolean;
  readonly documents: readonly RequiredDocument[];
  /** Working days after a tolerance acceptance within which the missing documents must arrive. */
  readonly supplyDays: number;
  /** Where assisted handling is offered for it. */
  readonly assistLevels: readonly AssistLevel[];
  /** 上门办: staff come to the applicant. */
  readonly doorToDoor: boolean;
  /** Free extras (免费刻制首套印章, 证照免费邮寄). */
  readonly freeSeals: boolean;
  readonly freePostage: boolean;
  /** True where the source is silent and the values were made up for the fixtures. */
  readonly synthetic: boolean;
}

/** The states of an application (办件). */
export const APPLICATION_STATES = [
  'RECEIVED',
  'ACCEPTED',
  'REFUSED',
  'AWAITING_SUPPLEMENTS',
  'UNDER_REVIEW',
  'SUSPENDED',
  'APPROVED',
  'DENIED',
  'COMPLETED',
  'DELIVERED',
  'WITHDRAWN',
] as const;
/** 收件, 受理, 不予受理, 容缺待补, 审查中, 中止 (clock stopped), 准予, 不予许可, 办结, 已送达, 撤回. */
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** The actions of the application lifecycle. */
export const APPLICATION_ACTIONS = [
  'NOTIFY_SUPPLEMENTS',
  'ACCEPT',
  'ACCEPT_WITH_TOLERANCE',
  'REFUSE',
  'SUPPLY',
  'LAPSE',
  'START_REVIEW',
  'SUSPEND',
  'RESUME',
  'EXTEND',
  'APPROVE',
  'DENY',
  'COMPLETE',
  'DELIVER',
  'WITHDRAW',
] as const;
/** What a clerk (or the rule, for `LAPSE`) does to an application. */
export type ApplicationActionType = (typeof APPLICATION_ACTIONS)[number];

/** Why the clock stops (行政许可法 art. 45). */
export const SUSPENSION_REASONS = ['HEARING', 'INSPECTION', 'TESTING', 'EXPERT_REVIEW', 'TENDER'] as const;
/** 听证, 现场核查/检验, 检测, 专家评审, 招标拍卖. */
export type SuspensionReason = (typeof SUSPENSION_REASONS)[number];

/** How an application arrived. */
export const APPLICATION_CHANNELS = ['WINDOW', 'ONLINE', 'ASSISTED', 'DOOR_TO_DOOR'] as const;
/** 窗口, 一网通办, 帮代办, 上门办. */
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number];

/** One application (办件) and where it stands. Dates are civil days in the hall's region. */
export interface Application {
  readonly id: string;
  readonly hallRegionCode: string;
  readonly matterCode: string;
  /** The catalogue version whose rules the application keeps. */
  readonly matterVersion: number;
  readonly windowId: string | null;
  readonly channel: ApplicationChannel;
  /** The applicant, where the registry knows them. */
  readonly applicantPersonId: string | null;
  /** For a business or other organisation applying (企业办事), the organisation in the registry instead. */
  readonly applicantOrganisationId: string | null;
  readonly state: ApplicationState;
  readonly version: number;
  readonly receivedAt: Date;
  readonly receivedOn: CalendarDate;
  readonly supplementNoticeOn: CalendarDate | null;
  /** The day the period starts (art. 32(4): the day of receipt when no notice came within 5 days). */
  readonly acceptedOn: CalendarDate | null;
  readonly missingDocuments: readonly string[];
  readonly supplyDueOn: CalendarDate | null;
  readonly commitmentDocuments: readonly string[];
  readonly suspendedSince: CalendarDate | null;
  readonly suspensionReason: SuspensionReason | null;
  /** Working days spent suspended so far; the deadline moves by them. */
  readonly suspendedDays: number;
  /** 0, or 10 after an approved extension (art. 42). */
  readonly extensionDays: number;
  /** The promised limit of the version, copied at acceptance so the deadline never changes under it. */
  readonly promisedDays: number;
  readonly dueOn: CalendarDate | null;
  /** The due date rests on a year whose official schedule is not loaded. */
  readonly dueProvisional: boolean;
  readonly decidedOn: CalendarDate | null;
  readonly completedOn: CalendarDate | null;
  readonly deliveredOn: CalendarDate | null;
  readonly deliveryMethod: DeliveryMethod | null;
  readonly refusedOn: CalendarDate | null;
  readonly withdrawnOn: CalendarDate | null;
  /** In-person trips the applicant made (receipt at a window, supplying in person, pickup). */
  readonly trips: number;
  readonly note: string | null;
  readonly updatedAt: Date;
}

/** An action with what it carries. */
export type ApplicationAction =
  | { readonly type: 'NOTIFY_SUPPLEMENTS'; readonly documents: readonly string[] }
  | { readonly type: 'ACCEPT'; readonly commitments?: readonly string[] }
  | {
      readonly type: 'ACCEPT_WITH_TOLERANCE';
      readonly missing: readonly string[];
      readonly commitments?: readonly string[];
    }
  | { readonly type: 'REFUSE'; readonly reason: string }
  | { readonly type: 'SUPPLY'; readonly inPerson: boolean }
  | { readonly type: 'LAPSE' }
  | { readonly type: 'START_REVIEW' }
  | { readonly type: 'SUSPEND'; readonly reason: SuspensionReason }
  | { readonly type: 'RESUME' }
  | { readonly type: 'EXTEND'; readonly approvedBy: string }
  | { readonly type: 'APPROVE' }
  | { readonly type: 'DENY'; readonly reason: string }
  | { readonly type: 'COMPLETE' }
  | { readonly type: 'DELIVER'; readonly method: DeliveryMethod }
  | { readonly type: 'WITHDRAW'; readonly reason: string };

/** One row of the lifecycle table. */
export interface ApplicationTransitionRule {
  readonly from: ApplicationState;
  readonly action: ApplicationActionType;
  readonly to: ApplicationState;
}

/** Who acts, when, on which calendar, under which catalogue version. */
export interface ApplicationContext {
  readonly actorId: string;
  readonly at: Date;
  readonly calendar: WorkingCalendar;
  readonly matter: ServiceMatterVersion;
  /** The version the caller read; a different one is a lost race (`SERVICE_HALL.STALE_VERSION`). */
  readonly expectedVersion?: number;
}

/** A queue ticket (取号) at a window, from issue to the end of service. */
export interface Visit {
  readonly id: string;
  readonly hallRegionCode: string;
  readonly windowId: string;
  readonly ticket: string;
  readonly issuedAt: Date;
  readonly calledAt: Date;
  readonly startedAt: Date;
  readonly endedAt: Date;
  readonly applicationId: string | null;
}

/** The five levels of 好差评 (RULES.md 2.12), five stars to one. */
export const RATING_LEVELS = [
  'VERY_SATISFIED',
  'SATISFIED',
  'BASICALLY_SATISFIED',
  'DISSATISFIED',
  'VERY_DISSATISFIED',
] as const;
/** 非常满意, 满意, 基本满意, 不满意, 非常不满意. */
export type RatingLevel = (typeof RATING_LEVELS)[number];

/** One rating of one application (一事一评). */
export interface Rating {
  readonly id: string;
  readonly applicationId: string;
  readonly level: RatingLevel;
  readonly ratedAt: Date;
  readonly comment: string | null;
}

/** The states of a rectification (差评整改). */
export const RECTIFICATION_STATES = [
  'OPEN',
  'CALLED_BACK',
  'RECTIFIED',
  'FOLLOWED_UP',
  'APPEALED',
  'APPEAL_UPHELD',
] as const;
/**
 * 待回访, 已回访, 已整改, 已复评, 申诉中, 申诉成立 (the bad rating is set aside). A rejected appeal
 * returns the rectification to 已回访, so the work goes on.
 */
export type RectificationState = (typeof RECTIFICATION_STATES)[number];

/** The actions on a rectification. */
export const RECTIFICATION_ACTIONS = [
  'CALL_BACK',
  'RECTIFY',
  'FOLLOW_UP',
  'APPEAL',
  'UPHOLD',
  'REJECT',
] as const;
/** What the hall does with a bad rating. */
export type RectificationActionType = (typeof RECTIFICATION_ACTIONS)[number];

/** The disposal of one bad rating. */
export interface Rectification {
  readonly id: string;
  readonly ratingId: string;
  readonly state: RectificationState;
  readonly version: number;
  readonly openedOn: CalendarDate;
  /** 1 working day after the rating. */
  readonly callbackDueOn: CalendarDate;
  /** The configured number of working days (default 15) after the rating. */
  readonly closeDueOn: CalendarDate;
  readonly calledBackOn: CalendarDate | null;
  readonly rectifiedOn: CalendarDate | null;
  readonly followUpLevel: RatingLevel | null;
  readonly note: string | null;
  readonly updatedAt: Date;
}

/** What a rectification action carries. */
export type RectificationAction =
  | { readonly type: 'CALL_BACK'; readonly note: string }
  | { readonly type: 'RECTIFY'; readonly note: string }
  | { readonly type: 'FOLLOW_UP'; readonly level: RatingLevel }
  | { readonly type: 'APPEAL'; readonly note: string }
  | { readonly type: 'UPHOLD' }
  | { readonly type: 'REJECT' };

/** The counts a hall's statistics are computed from (gathered in SQL by the gateway). */
export interface HallCounts {
  readonly visits: number;
  readonly accepted: number;
  readonly completed: number;
  readonly completedOnTime: number;
  readonly refused: number;
  readonly trips: number;
  readonly waitSecondsTotal: number;
  /** The 90th-percentile wait (nearest rank), or null without visits. */
  readonly waitSecondsP90: number | null;
  readonly ratings: number;
  readonly badRatings: number;
}

/** The measures of a hall over a period. Rates are null when their denominator is 0. */
export interface HallStatistics extends HallCounts {
  /** completed / accepted. */
  readonly completionRate: number | null;
  /** completed on or before the due date / completed. */
  readonly onTimeRate: number | null;
  /** in-person trips / accepted. */
  readonly averageTrips: number | null;
  readonly meanWaitSeconds: number | null;
  /** ratings that are not 差评 / ratings. */
  readonly satisfactionRate: number | null;
}

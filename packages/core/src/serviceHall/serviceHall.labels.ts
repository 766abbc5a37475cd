import type { Labels } from '../shared/labels.js';
import type {
  ApplicationActionType,
  ApplicationChannel,
  ApplicationState,
  AssistLevel,
  DeliveryMethod,
  RatingLevel,
  RectificationActionType,
  RectificationState,
  SuspensionReason,
  WindowKind,
} from './serviceHall.js';

/** Display names of window kinds. */
export const WINDOW_KIND_LABELS: Readonly<Record<WindowKind, Labels>> = {
  COMPREHENSIVE: { zh: '综合受理窗口', en: 'Comprehensive window' },
  DEPARTMENT: { zh: '部门窗口', en: 'Department window' },
  CROSS_PROVINCE: { zh: '跨省通办窗口', en: 'Cross-province window' },
  ASSISTED: { zh: '帮办代办窗口', en: 'Assisted and proxy handling' },
  ENTERPRISE: { zh: '企业服务窗口', en: 'Enterprise services' },
  GREEN_CHANNEL: { zh: '绿色通道', en: 'Green channel' },
  ELDERLY: { zh: '老年人服务窗口', en: 'Window for the elderly' },
  SELF_SERVICE_24H: { zh: '24小时自助服务区', en: '24-hour self-service point' },
};

/** Display names of assisted-handling levels. */
export const ASSIST_LEVEL_LABELS: Readonly<Record<AssistLevel, Labels>> = {
  COUNTY: { zh: '县级', en: 'County', bo: 'རྫོང་།' },
  TOWNSHIP: { zh: '乡镇级', en: 'Township', bo: 'ཤང་།' },
  VILLAGE: { zh: '村级', en: 'Village', bo: 'གྲོང་ཚོ།' },
};

/** Display names of application states. */
export const APPLICATION_STATE_LABELS: Readonly<Record<ApplicationState, Labels>> = {
  RECEIVED: { zh: '已收件', en: 'Received' },
  ACCEPTED: { zh: '已受理', en: 'Accepted' },
  REFUSED: { zh: '不予受理', en: 'Refused' },
  AWAITING_SUPPLEMENTS: { zh: '容缺待补', en: 'Awaiting supplements' },
  UNDER_REVIEW: { zh: '审查中', en: 'Under review' },
  SUSPENDED: { zh: '中止（不计时）', en: 'Suspended (clock stopped)' },
  APPROVED: { zh: '准予许可', en: 'Approved' },
  DENIED: { zh: '不予许可', en: 'Denied' },
  COMPLETED: { zh: '已办结', en: 'Completed' },
  DELIVERED: { zh: '已送达', en: 'Delivered' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

/** Display names of application actions. */
export const APPLICATION_ACTION_LABELS: Readonly<Record<ApplicationActionType, Labels>> = {
  NOTIFY_SUPPLEMENTS: { zh: '一次性告知补正', en: 'Notify supplements' },
  ACCEPT: { zh: '受理', en: 'Accept' },
  ACCEPT_WITH_TOLERANCE: { zh: '容缺受理', en: 'Accept with tolerance' },
  REFUSE: { zh: '不予受理', en: 'Refuse' },
  SUPPLY: { zh: '补齐材料', en: 'Supply documents' },
  LAPSE: { zh: '逾期未补齐', en: 'Lapse' },
  START_REVIEW: { zh: '开始审查', en: 'Start review' },
  SUSPEND: { zh: '中止计时', en: 'Suspend' },
  RESUME: { zh: '恢复计时', en: 'Resume' },
  EXTEND: { zh: '延长时限', en: 'Extend' },
  APPROVE: { zh: '准予许可', en: 'Approve' },
  DENY: { zh: '不予许可', en: 'Deny' },
  COMPLETE: { zh: '办结', en: 'Complete' },
  DELIVER: { zh: '送达', en: 'Deliver' },
  WITHDRAW: { zh: '撤回', en: 'Withdraw' },
};

/** Display names of suspension reasons. */
export const SUSPENSION_REASON_LABELS: Readonly<Record<SuspensionReason, Labels>> = {
  HEARING: { zh: '听证', en: 'Hearing' },
  INSPECTION: { zh: '现场核查', en: 'Inspection' },
  TESTING: { zh: '检验检测', en: 'Testing' },
  EXPERT_REVIEW: { zh: '专家评审', en: 'Expert review' },
  TENDER: { zh: '招标拍卖', en: 'Tender or auction' },
};

/** Display names of delivery methods. */
export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, Labels>> = {
  ON_THE_SPOT: { zh: '当场领取', en: 'Handed over on the spot' },
  PICKUP: { zh: '窗口领取', en: 'Pickup at the window' },
  POST: { zh: '免费邮寄', en: 'Free postal delivery' },
  ONLINE: { zh: '网上送达', en: 'Online delivery' },
};

/** Display names of application channels. */
export const APPLICATION_CHANNEL_LABELS: Readonly<Record<ApplicationChannel, Labels>> = {
  WINDOW: { zh: '窗口办理', en: 'At a window' },
  ONLINE: { zh: '一网通办', en: 'Online' },
  ASSISTED: { zh: '帮办代办', en: 'Assisted or proxy' },
  DOOR_TO_DOOR: { zh: '上门办', en: 'At the door' },
};

/** Display names of the 好差评 levels. */
export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, Labels>> = {
  VERY_SATISFIED: { zh: '非常满意', en: 'Very satisfied' },
  SATISFIED: { zh: '满意', en: 'Satisfied' },
  BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied' },
  DISSATISFIED: { zh: '不满意', en: 'Dissatisfied' },
  VERY_DISSATISFIED: { zh: '非常不满意', en: 'Very dissatisfied' },
};

/** Display names of rectification states. */
export const RECTIFICATION_STATE_LABELS: Readonly<Record<RectificationState, Labels>> = {
  OPEN: { zh: '待回访', en: 'Open' },
  CALLED_BACK: { zh: '已回访', en: 'Called back' },
  RECTIFIED: { zh: '已整改', en: 'Rectified' },
  FOLLOWED_UP: { zh: '已复评', en: 'Followed up' },
  APPEALED: { zh: '申诉中', en: 'Appealed' },
  APPEAL_UPHELD: { zh: '申诉成立', en: 'Appeal upheld' },
};

/** Display names of rectification actions. */
export const RECTIFICATION_ACTION_LABELS: Readonly<Record<RectificationActionType, Labels>> = {
  CALL_BACK: { zh: '回访', en: 'Call back' },
  RECTIFY: { zh: '整改', en: 'Rectify' },
  FOLLOW_UP: { zh: '复评', en: 'Follow-up rating' },
  APPEAL: { zh: '申诉', en: 'Appeal' },
  UPHOLD: { zh: '申诉成立', en: 'Uphold the appeal' },
  REJECT: { zh: '驳回申诉', en: 'Reject the appeal' },
};

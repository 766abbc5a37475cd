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
  COMPREHENSIVE: { zh: '综合受理窗口', en: 'Comprehensive window', bo: 'སྤྱི་ཁྱབ་ལེན་སྒྲུབ་སྒེའུ་ཁུང་།' },
  DEPARTMENT: { zh: '部门窗口', en: 'Department window', bo: 'སྡེ་ཚན་སྒེའུ་ཁུང་།' },
  CROSS_PROVINCE: { zh: '跨省通办窗口', en: 'Cross-province window', bo: 'ཞིང་ཆེན་བརྒལ་ཐུན་མོང་སྒྲུབ་པའི་སྒེའུ་ཁུང་།' },
  ASSISTED: { zh: '帮办代办窗口', en: 'Assisted and proxy handling', bo: 'རོགས་སྒྲུབ་ཚབ་སྒྲུབ་སྒེའུ་ཁུང་།' },
  ENTERPRISE: { zh: '企业服务窗口', en: 'Enterprise services', bo: 'ཁེ་ལས་ཞབས་ཞུའི་སྒེའུ་ཁུང་།' },
  GREEN_CHANNEL: { zh: '绿色通道', en: 'Green channel', bo: 'ལྗང་མདོག་ལམ་ཕྲན།' },
  ELDERLY: { zh: '老年人服务窗口', en: 'Window for the elderly', bo: 'རྒན་འཁོགས་ཞབས་ཞུའི་སྒེའུ་ཁུང་།' },
  SELF_SERVICE_24H: {
    zh: '24小时自助服务区',
    en: '24-hour self-service point',
    bo: 'ཆུ་ཚོད་24རང་སྒྲུབ་ཞབས་ཞུའི་ས་ཁོངས།',
  },
};

/** Display names of assisted-handling levels. */
export const ASSIST_LEVEL_LABELS: Readonly<Record<AssistLevel, Labels>> = {
  COUNTY: { zh: '县级', en: 'County', bo: 'རྫོང་།' },
  TOWNSHIP: { zh: '乡镇级', en: 'Township', bo: 'ཤང་།' },
  VILLAGE: { zh: '村级', en: 'Village', bo: 'གྲོང་ཚོ།' },
};

/** Display names of application states. */
export const APPLICATION_STATE_LABELS: Readonly<Record<ApplicationState, Labels>> = {
  RECEIVED: { zh: '已收件', en: 'Received', bo: 'ཡིག་ཆ་ལེན་ཟིན།' },
  ACCEPTED: { zh: '已受理', en: 'Accepted', bo: 'ལེན་ཟིན།' },
  REFUSED: { zh: '不予受理', en: 'Refused', bo: 'ལེན་རྒྱུ་མེད།' },
  AWAITING_SUPPLEMENTS: { zh: '容缺待补', en: 'Awaiting supplements', bo: 'ཡིག་ཆ་ཁ་སྐོང་སྒུག་བཞིན་པ།' },
  UNDER_REVIEW: { zh: '审查中', en: 'Under review', bo: 'ཞིབ་བཤེར་བྱེད་བཞིན་པ།' },
  SUSPENDED: { zh: '中止（不计时）', en: 'Suspended (clock stopped)', bo: 'མཚམས་འཇོག （དུས་ཚོད་མི་རྩི།）' },
  APPROVED: { zh: '准予许可', en: 'Approved', bo: 'ཆོག་མཆན་སྤྲད་ཟིན།' },
  DENIED: { zh: '不予许可', en: 'Denied', bo: 'ཆོག་མཆན་མ་སྤྲད།' },
  COMPLETED: { zh: '已办结', en: 'Completed', bo: 'སྒྲུབ་ཚར།' },
  DELIVERED: { zh: '已送达', en: 'Delivered', bo: 'སྤྲད་ཟིན།' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn', bo: 'ཕྱིར་བསྡུས་ཟིན།' },
};

/** Display names of application actions. */
export const APPLICATION_ACTION_LABELS: Readonly<Record<ApplicationActionType, Labels>> = {
  NOTIFY_SUPPLEMENTS: { zh: '一次性告知补正', en: 'Notify supplements', bo: 'ཁ་སྐོང་དགོས་པ་ཐེངས་གཅིག་ལ་བརྡ་ཁྱབ།' },
  ACCEPT: { zh: '受理', en: 'Accept', bo: 'ལེན་པ།' },
  ACCEPT_WITH_TOLERANCE: { zh: '容缺受理', en: 'Accept with tolerance', bo: 'ཆད་པ་བཟོད་ཐོག་ལེན་པ།' },
  REFUSE: { zh: '不予受理', en: 'Refuse', bo: 'ལེན་རྒྱུ་མེད།' },
  SUPPLY: { zh: '补齐材料', en: 'Supply documents', bo: 'ཡིག་ཆ་ཁ་སྐོང་།' },
  LAPSE: { zh: '逾期未补齐', en: 'Lapse', bo: 'དུས་ཚོད་ལས་བརྒལ་ཡང་ཁ་སྐོང་མ་བྱས།' },
  START_REVIEW: { zh: '开始审查', en: 'Start review', bo: 'ཞིབ་བཤེར་འགོ་འཛུགས།' },
  SUSPEND: { zh: '中止计时', en: 'Suspend', bo: 'དུས་རྩིས་མཚམས་འཇོག' },
  RESUME: { zh: '恢复计时', en: 'Resume', bo: 'དུས་རྩིས་སླར་གསོ།' },
  EXTEND: { zh: '延长时限', en: 'Extend', bo: 'དུས་ཚད་རྒྱ་བསྐྱེད།' },
  APPROVE: { zh: '准予许可', en: 'Approve', bo: 'ཆོག་མཆན་སྤྲོད་པ།' },
  DENY: { zh: '不予许可', en: 'Deny', bo: 'ཆོག་མཆན་མི་སྤྲོད་པ།' },
  COMPLETE: { zh: '办结', en: 'Complete', bo: 'སྒྲུབ་ཚར་བ།' },
  DELIVER: { zh: '送达', en: 'Deliver', bo: 'སྤྲོད་པ།' },
  WITHDRAW: { zh: '撤回', en: 'Withdraw', bo: 'ཕྱིར་བསྡུ་བ།' },
};

/** Display names of suspension reasons. */
export const SUSPENSION_REASON_LABELS: Readonly<Record<SuspensionReason, Labels>> = {
  HEARING: { zh: '听证', en: 'Hearing', bo: 'གསན་ཞིབ་ཚོགས་འདུ།' },
  INSPECTION: { zh: '现场核查', en: 'Inspection', bo: 'ས་ཐོག་ཞིབ་བཤེར།' },
  TESTING: { zh: '检验检测', en: 'Testing', bo: 'ཞིབ་དཔྱད་ཚད་ལེན།' },
  EXPERT_REVIEW: { zh: '专家评审', en: 'Expert review', bo: 'ཆེད་མཁས་པས་བསྡུར་ཞིབ།' },
  TENDER: { zh: '招标拍卖', en: 'Tender or auction', bo: 'གདན་འདྲེན་འགྲན་འདེབས་དང་རིན་འཐེན།' },
};

/** Display names of delivery methods. */
export const DELIVERY_METHOD_LABELS: Readonly<Record<DeliveryMethod, Labels>> = {
  ON_THE_SPOT: { zh: '当场领取', en: 'Handed over on the spot', bo: 'ས་ཐོག་ཏུ་ལེན་པ།' },
  PICKUP: { zh: '窗口领取', en: 'Pickup at the window', bo: 'སྒེའུ་ཁུང་དུ་ལེན་པ།' },
  POST: { zh: '免费邮寄', en: 'Free postal delivery', bo: 'རིན་མེད་སྦྲག་སྐུར།' },
  ONLINE: { zh: '网上送达', en: 'Online delivery', bo: 'དྲ་ཐོག་ནས་སྤྲོད་པ།' },
};

/** Display names of application channels. */
export const APPLICATION_CHANNEL_LABELS: Readonly<Record<ApplicationChannel, Labels>> = {
  WINDOW: { zh: '窗口办理', en: 'At a window', bo: 'སྒེའུ་ཁུང་དུ་སྒྲུབ་པ།' },
  ONLINE: { zh: '一网通办', en: 'Online', bo: 'དྲ་རྒྱ་གཅིག་གིས་ཡོངས་སྒྲུབ།' },
  ASSISTED: { zh: '帮办代办', en: 'Assisted or proxy', bo: 'རོགས་སྒྲུབ་ཚབ་སྒྲུབ།' },
  DOOR_TO_DOOR: { zh: '上门办', en: 'At the door', bo: 'ཁྱིམ་དུ་འབྱོར་ནས་སྒྲུབ་པ།' },
};

/** Display names of the 好差评 levels. */
export const RATING_LEVEL_LABELS: Readonly<Record<RatingLevel, Labels>> = {
  VERY_SATISFIED: { zh: '非常满意', en: 'Very satisfied', bo: 'ཧ་ཅང་ཡིད་ཚིམ།' },
  SATISFIED: { zh: '满意', en: 'Satisfied', bo: 'ཡིད་ཚིམ།' },
  BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied', bo: 'གཞི་ནས་ཡིད་ཚིམ།' },
  DISSATISFIED: { zh: '不满意', en: 'Dissatisfied', bo: 'ཡིད་མ་ཚིམ།' },
  VERY_DISSATISFIED: { zh: '非常不满意', en: 'Very dissatisfied', bo: 'ཧ་ཅང་ཡིད་མ་ཚིམ།' },
};

/** Display names of rectification states. */
export const RECTIFICATION_STATE_LABELS: Readonly<Record<RectificationState, Labels>> = {
  OPEN: { zh: '待回访', en: 'Open', bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད་སྒུག་བཞིན་པ།' },
  CALLED_BACK: { zh: '已回访', en: 'Called back', bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད་བྱས་ཟིན།' },
  RECTIFIED: { zh: '已整改', en: 'Rectified', bo: 'ཞུ་དག་བྱས་ཟིན།' },
  FOLLOWED_UP: { zh: '已复评', en: 'Followed up', bo: 'བསྐྱར་དུ་དཔྱད་བརྗོད་བྱས་ཟིན།' },
  APPEALED: { zh: '申诉中', en: 'Appealed', bo: 'གདོང་ལེན་ཞུ་བཞིན་པ།' },
  APPEAL_UPHELD: { zh: '申诉成立', en: 'Appeal upheld', bo: 'གདོང་ལེན་འཐད་པ།' },
};

/** Display names of rectification actions. */
export const RECTIFICATION_ACTION_LABELS: Readonly<Record<RectificationActionType, Labels>> = {
  CALL_BACK: { zh: '回访', en: 'Call back', bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད།' },
  RECTIFY: { zh: '整改', en: 'Rectify', bo: 'ཞུ་དག' },
  FOLLOW_UP: { zh: '复评', en: 'Follow-up rating', bo: 'བསྐྱར་དུ་དཔྱད་བརྗོད།' },
  APPEAL: { zh: '申诉', en: 'Appeal', bo: 'གདོང་ལེན།' },
  UPHOLD: { zh: '申诉成立', en: 'Uphold the appeal', bo: 'གདོང་ལེན་འཐད་པར་ངོས་འཛིན།' },
  REJECT: { zh: '驳回申诉', en: 'Reject the appeal', bo: 'གདོང་ལེན་ཕྱིར་སློག' },
};

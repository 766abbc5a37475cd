import type { Labels } from '../shared/labels.js';
import type { AttachmentKind } from './attachment.rules.js';
import type {
  EscalationLevel,
  EscalationReason,
  MatterActionType,
  MatterNature,
  MatterState,
  MatterSubType,
  MatterUrgency,
  PetitionLevel,
  RecordCategory,
  RecordChannel,
  Satisfaction,
  SupervisionStage,
} from './matter.js';

// Tibetan follows the usage of the Tibet Autonomous Region's Tibetan-language administration where a
// fixed term exists (གྲོང་ཚོ། village, ཤང་། township, རྫོང་། county, དྲ་མིག grid, རྩོད་གཞི། dispute);
// the workflow steps of digital city management have no fixed Tibetan terms, so they are descriptive
// renderings (ས་གནས་དེར་ཐག་གཅོད། "settled there on the spot" for 即办) for a Tibetan editor to review.
// None is a transliteration.

/** Display names of record categories. */
export const RECORD_CATEGORY_LABELS: Readonly<Record<RecordCategory, Labels>> = {
  OPINION: { zh: '社情民意', en: 'Public opinion', bo: 'སྤྱི་ཚོགས་གནས་སྟངས་དང་མང་ཚོགས་ཀྱི་བསམ་ཚུལ།' },
  DISPUTE: { zh: '矛盾纠纷', en: 'Dispute', bo: 'འགལ་ཟླ་དང་རྩོད་གཞི།' },
  HAZARD: { zh: '安全隐患', en: 'Safety hazard', bo: 'བདེ་འཇགས་ཀྱི་ཉེན་ཁ།' },
  REQUEST: { zh: '民生诉求', en: 'Livelihood request', bo: 'དམངས་འཚོའི་རེ་འདུན།' },
};

/** Display names of record channels. */
export const RECORD_CHANNEL_LABELS: Readonly<Record<RecordChannel, Labels>> = {
  GRID_VISIT: { zh: '网格员走访', en: 'Grid worker’s round', bo: 'དྲ་མིག་ལས་བྱེད་པས་ཐུག་འཕྲད་བྱས་པ།' },
  HOUSEHOLD_JOINT_HEAD: { zh: '联户长上报', en: 'Household-joint head', bo: 'ཁྱིམ་སྦྲེལ་འགོ་པས་སྙན་སེང་ཞུས་པ།' },
  WALK_IN: { zh: '群众来访', en: 'Walk-in visit', bo: 'མང་ཚོགས་ཐུག་འཕྲད་ལ་ཡོང་བ།' },
  HOTLINE: { zh: '热线电话', en: 'Hotline', bo: 'ཁ་པར་དམིགས་བསལ་ཐིག' },
  ONLINE: { zh: '网络平台', en: 'Online', bo: 'དྲ་རྒྱའི་སྟེགས་བུ།' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of matter states. */
export const MATTER_STATE_LABELS: Readonly<Record<MatterState, Labels>> = {
  REPORTED: { zh: '已上报', en: 'Reported', bo: 'སྙན་སེང་ཞུས་ཟིན།' },
  REGISTERED: { zh: '已立案', en: 'Registered', bo: 'ཐོ་འགོད་བྱས་ཟིན།' },
  REJECTED: { zh: '已注销', en: 'Rejected', bo: 'མེད་པར་བཟོས་ཟིན།' },
  ASSIGNED: { zh: '已派遣', en: 'Assigned', bo: 'བསྐོ་གཏོང་བྱས་ཟིན།' },
  IN_PROGRESS: { zh: '处置中', en: 'In progress', bo: 'ཐག་གཅོད་བྱེད་བཞིན་པ།' },
  SUSPENDED: { zh: '已挂起', en: 'Suspended', bo: 'གནས་སྐབས་མཚམས་འཇོག' },
  FEEDBACK_SUBMITTED: { zh: '已反馈', en: 'Feedback submitted', bo: 'ལན་འདེབས་བྱས་ཟིན།' },
  CLOSED: { zh: '已结案', en: 'Closed', bo: 'གནད་དོན་མཇུག་བསྒྲིལ།' },
  REOPENED: { zh: '重新处置', en: 'Reopened', bo: 'བསྐྱར་དུ་ཐག་གཅོད།' },
  CALLED_BACK: { zh: '已回访', en: 'Called back', bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད་བྱས་ཟིན།' },
  EVALUATED: { zh: '已评价', en: 'Evaluated', bo: 'ཡོངས་ཁྱབ་དཔྱད་བརྗོད་བྱས་ཟིན།' },
};

/** Display names of matter actions. */
export const MATTER_ACTION_LABELS: Readonly<Record<MatterActionType, Labels>> = {
  REGISTER: { zh: '立案', en: 'Register', bo: 'ཐོ་འགོད།' },
  REJECT: { zh: '注销', en: 'Reject', bo: 'མེད་པར་བཟོ་བ།' },
  ASSIGN: { zh: '派遣', en: 'Assign', bo: 'བསྐོ་གཏོང་།' },
  ROUTE: { zh: '分派职能部门', en: 'Route to a department', bo: 'ལས་འགན་སྡེ་ཚན་ལ་བགོ་གཏོང་།' },
  ACCEPT: { zh: '受理', en: 'Accept', bo: 'ལེན་པ།' },
  SUBMIT_FEEDBACK: { zh: '处置反馈', en: 'Submit feedback', bo: 'ཐག་གཅོད་ལན་འདེབས།' },
  CLOSE: { zh: '核查结案', en: 'Check and close', bo: 'ཞིབ་བཤེར་བྱས་ནས་མཇུག་བསྒྲིལ།' },
  REOPEN: { zh: '重新处置', en: 'Reopen', bo: 'བསྐྱར་དུ་ཐག་གཅོད།' },
  RESUME: { zh: '继续处置', en: 'Resume', bo: 'མུ་མཐུད་ཐག་གཅོད།' },
  SETTLE_ON_THE_SPOT: { zh: '即办', en: 'Settle on the spot', bo: 'ས་གནས་དེར་ཐག་གཅོད།' },
  RETURN: { zh: '退回', en: 'Return', bo: 'ཕྱིར་སློག' },
  EXTEND: { zh: '延期', en: 'Extend', bo: 'དུས་འགྱངས།' },
  SUSPEND: { zh: '挂起', en: 'Suspend', bo: 'གནས་སྐབས་མཚམས་འཇོག' },
  CALL_BACK: { zh: '回访', en: 'Call back', bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད།' },
  EVALUATE: { zh: '综合评价', en: 'Evaluate', bo: 'ཡོངས་ཁྱབ་དཔྱད་བརྗོད།' },
};

/** Display names of escalation levels. */
export const ESCALATION_LEVEL_LABELS: Readonly<Record<EscalationLevel, Labels>> = {
  GRID: { zh: '网格', en: 'Grid', bo: 'དྲ་མིག' },
  VILLAGE: { zh: '村（社区）', en: 'Village or community', bo: 'གྲོང་ཚོ།' },
  TOWNSHIP: { zh: '乡镇', en: 'Township', bo: 'ཤང་།' },
  COUNTY: { zh: '县', en: 'County', bo: 'རྫོང་།' },
};

/** Display names of escalation reasons. */
export const ESCALATION_REASON_LABELS: Readonly<Record<EscalationReason, Labels>> = {
  OVERDUE: { zh: '超期未办结', en: 'Time limit exceeded', bo: 'དུས་ཚོད་ལས་བརྒལ།' },
  BEYOND_AUTHORITY: {
    zh: '超出本级处置权限',
    en: 'Beyond this level’s authority',
    bo: 'རིམ་པ་འདིའི་དབང་ཚད་ལས་བརྒལ།',
  },
  COLLECTIVE: { zh: '群体性事项即报', en: 'Collective matter, reported at once', bo: 'མང་ཚོགས་ཀྱི་གནད་དོན།' },
  STABILITY: {
    zh: '涉稳事项即报',
    en: 'Stability-related, reported at once',
    bo: 'བརྟན་ལྷིང་དང་འབྲེལ་བའི་གནད་དོན།',
  },
};

/** Display names of matter sub-types. */
export const MATTER_SUBTYPE_LABELS: Readonly<Record<MatterSubType, Labels>> = {
  GRASSLAND_BOUNDARY: { zh: '草场边界纠纷', en: 'Grassland boundary', bo: 'རྩྭ་ཐང་གི་ས་མཚམས་རྩོད་གཞི།' },
  FAMILY: { zh: '婚姻家庭纠纷', en: 'Marriage and family', bo: 'གཉེན་སྒྲིག་དང་ཁྱིམ་ཚང་གི་རྩོད་གཞི།' },
  NEIGHBOUR: { zh: '邻里纠纷', en: 'Neighbours', bo: 'ཁྱིམ་མཚེས་བར་གྱི་རྩོད་གཞི།' },
  WAGES: { zh: '劳资纠纷', en: 'Wages', bo: 'གླ་ཕོགས་ཀྱི་རྩོད་གཞི།' },
  WILDLIFE_DAMAGE: { zh: '野生动物肇事', en: 'Wildlife damage', bo: 'རི་དྭགས་ཀྱིས་གནོད་སྐྱོན་བཏང་བ།' },
  DEBT: { zh: '债务纠纷', en: 'Debt', bo: 'བུ་ལོན་གྱི་རྩོད་གཞི།' },
  LAND_AND_HOUSING: { zh: '宅基地与房屋纠纷', en: 'Land and housing', bo: 'ཁང་ས་དང་ཁང་པའི་རྩོད་གཞི།' },
  FIRE: { zh: '消防', en: 'Fire', bo: 'མེ་སྔོན་འགོག' },
  ROAD_TRAFFIC: { zh: '道路交通', en: 'Road traffic', bo: 'ལམ་འགྲུལ།' },
  BUILDING: { zh: '房屋建筑', en: 'Buildings', bo: 'ཁང་བཟོ།' },
  NATURAL_DISASTER: { zh: '自然灾害', en: 'Natural disaster', bo: 'རང་བྱུང་གནོད་འཚེ།' },
  WATER_AND_POWER: { zh: '水电', en: 'Water and power', bo: 'ཆུ་དང་གློག' },
  ROADS: { zh: '道路', en: 'Roads', bo: 'ལམ།' },
  SOCIAL_BENEFITS: { zh: '社会保障与救助', en: 'Social benefits', bo: 'སྤྱི་ཚོགས་འགན་ལེན་དང་སྐྱབས་སྐྱོར།' },
  HEALTH_AND_EDUCATION: { zh: '医疗与教育', en: 'Health and education', bo: 'འཕྲོད་བསྟེན་དང་སློབ་གསོ།' },
  POLICY: { zh: '政策意见', en: 'Policy', bo: 'སྲིད་ཇུས་ཀྱི་བསམ་འཆར།' },
  PUBLIC_SERVICE: { zh: '公共服务', en: 'Public service', bo: 'སྤྱི་པའི་ཞབས་ཞུ།' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/** Display names of urgencies. */
export const MATTER_URGENCY_LABELS: Readonly<Record<MatterUrgency, Labels>> = {
  ROUTINE: { zh: '一般', en: 'Routine', bo: 'སྤྱིར་བཏང་།' },
  URGENT: { zh: '紧急', en: 'Urgent', bo: 'ཛ་དྲག' },
  CRITICAL: { zh: '特急', en: 'Critical', bo: 'ཧ་ཅང་ཛ་དྲག' },
};

/** Display names of a matter's nature. */
export const MATTER_NATURE_LABELS: Readonly<Record<MatterNature, Labels>> = {
  ORDINARY: { zh: '一般事项', en: 'Ordinary', bo: 'སྤྱིར་བཏང་གི་གནད་དོན།' },
  COLLECTIVE: { zh: '群体性', en: 'Collective', bo: 'མང་ཚོགས་ཀྱི་གནད་དོན།' },
  STABILITY: { zh: '涉稳', en: 'Stability-related', bo: 'བརྟན་ལྷིང་དང་འབྲེལ་བ།' },
};

/** Display names of supervision stages. */
export const SUPERVISION_STAGE_LABELS: Readonly<Record<SupervisionStage, Labels>> = {
  WARNING: { zh: '预警', en: 'Warning', bo: 'སྔོན་བརྡ།' },
  REMINDER: { zh: '催办', en: 'Reminder', bo: 'སྐུལ་ལྕག' },
  SUPERVISION: { zh: '督办', en: 'Supervision', bo: 'ལྟ་སྐུལ།' },
};

/** Display names of callback ratings. */
export const SATISFACTION_LABELS: Readonly<Record<Satisfaction, Labels>> = {
  SATISFIED: { zh: '满意', en: 'Satisfied', bo: 'ཡིད་ཚིམ།' },
  BASICALLY_SATISFIED: { zh: '基本满意', en: 'Basically satisfied', bo: 'གཞི་ནས་ཡིད་ཚིམ།' },
  DISSATISFIED: { zh: '不满意', en: 'Dissatisfied', bo: 'ཡིད་མ་ཚིམ།' },
};

/** Display names of the levels a petition goes to (信访层级). */
export const PETITION_LEVEL_LABELS: Readonly<Record<PetitionLevel, Labels>> = {
  TOWNSHIP: { zh: '乡镇', en: 'Township', bo: 'ཤང་།' },
  COUNTY: { zh: '县', en: 'County', bo: 'རྫོང་།' },
  PREFECTURE: { zh: '地区', en: 'Prefecture', bo: 'ས་ཁུལ།' },
  REGION: { zh: '自治区', en: 'Autonomous region', bo: 'རང་སྐྱོང་ལྗོངས།' },
  NATIONAL: { zh: '国家', en: 'National', bo: 'རྒྱལ་ཁབ།' },
};

/** Display names of attachment kinds (附件类型). */
export const ATTACHMENT_KIND_LABELS: Readonly<Record<AttachmentKind, Labels>> = {
  PHOTO: { zh: '照片', en: 'Photo', bo: 'པར།' },
  VIDEO: { zh: '视频', en: 'Video', bo: 'བརྙན་ཟློས།' },
  AUDIO: { zh: '录音', en: 'Audio recording', bo: 'སྒྲ་ཕབ།' },
  DOCUMENT: { zh: '文件', en: 'Document', bo: 'ཡིག་ཆ།' },
};

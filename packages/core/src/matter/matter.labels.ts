import type { Labels } from '../shared/labels.js';
import type {
  EscalationLevel,
  EscalationReason,
  MatterActionType,
  MatterState,
  RecordCategory,
  RecordChannel,
} from './matter.js';

/** Display names of record categories. */
export const RECORD_CATEGORY_LABELS: Readonly<Record<RecordCategory, Labels>> = {
  OPINION: { zh: '社情民意', en: 'Public opinion' },
  DISPUTE: { zh: '矛盾纠纷', en: 'Dispute' },
  HAZARD: { zh: '安全隐患', en: 'Safety hazard' },
  REQUEST: { zh: '民生诉求', en: 'Livelihood request' },
};

/** Display names of record channels. */
export const RECORD_CHANNEL_LABELS: Readonly<Record<RecordChannel, Labels>> = {
  GRID_VISIT: { zh: '网格员走访', en: 'Grid worker’s round' },
  HOUSEHOLD_JOINT_HEAD: { zh: '联户长上报', en: 'Household-joint head' },
  WALK_IN: { zh: '群众来访', en: 'Walk-in visit' },
  HOTLINE: { zh: '热线电话', en: 'Hotline' },
  ONLINE: { zh: '网络平台', en: 'Online' },
  OTHER: { zh: '其他', en: 'Other' },
};

/** Display names of matter states. */
export const MATTER_STATE_LABELS: Readonly<Record<MatterState, Labels>> = {
  REPORTED: { zh: '已上报', en: 'Reported' },
  REGISTERED: { zh: '已立案', en: 'Registered' },
  REJECTED: { zh: '已注销', en: 'Rejected' },
  ASSIGNED: { zh: '已派遣', en: 'Assigned' },
  IN_PROGRESS: { zh: '处置中', en: 'In progress' },
  FEEDBACK_SUBMITTED: { zh: '已反馈', en: 'Feedback submitted' },
  CLOSED: { zh: '已结案', en: 'Closed' },
  REOPENED: { zh: '重新处置', en: 'Reopened' },
};

/** Display names of matter actions. */
export const MATTER_ACTION_LABELS: Readonly<Record<MatterActionType, Labels>> = {
  REGISTER: { zh: '立案', en: 'Register' },
  REJECT: { zh: '注销', en: 'Reject' },
  ASSIGN: { zh: '派遣', en: 'Assign' },
  ACCEPT: { zh: '受理', en: 'Accept' },
  SUBMIT_FEEDBACK: { zh: '处置反馈', en: 'Submit feedback' },
  CLOSE: { zh: '核查结案', en: 'Check and close' },
  REOPEN: { zh: '重新处置', en: 'Reopen' },
  RESUME: { zh: '继续处置', en: 'Resume' },
};

/** Display names of escalation levels. */
export const ESCALATION_LEVEL_LABELS: Readonly<Record<EscalationLevel, Labels>> = {
  GRID: { zh: '网格', en: 'Grid' },
  VILLAGE: { zh: '村（社区）', en: 'Village or community', bo: 'གྲོང་ཚོ།' },
  TOWNSHIP: { zh: '乡镇', en: 'Township', bo: 'ཤང་།' },
  COUNTY: { zh: '县', en: 'County', bo: 'རྫོང་།' },
};

/** Display names of escalation reasons. */
export const ESCALATION_REASON_LABELS: Readonly<Record<EscalationReason, Labels>> = {
  OVERDUE: { zh: '超期未办结', en: 'Time limit exceeded' },
  BEYOND_AUTHORITY: { zh: '超出本级处置权限', en: 'Beyond this level’s authority' },
};

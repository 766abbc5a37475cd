import type { Labels } from '../shared/labels.js';
import type {
  CadreLeaveState,
  CadreRating,
  CadreRole,
  CadreStatus,
  GridTaskActionType,
  GridTaskState,
  LeaveApprover,
  MeetingKind,
  MemberStatus,
  OrganisationKind,
  PartnerKind,
  RecallActionType,
  RecallReason,
  RecallState,
  StationingKind,
  StationKind,
  StructureViolationCode,
} from './party.js';

/** Display names of organisation kinds. */
export const ORGANISATION_KIND_LABELS: Readonly<Record<OrganisationKind, Labels>> = {
  PARTY_COMMITTEE: { zh: '党委', en: 'Party committee', bo: 'ཏང་ཨུ།' },
  GENERAL_BRANCH: { zh: '党总支', en: 'General party branch', bo: 'ཏང་སྤྱི་ཡན་ལག' },
  BRANCH: { zh: '党支部', en: 'Party branch', bo: 'ཏང་ཡན་ལག' },
  JOINT_BRANCH: { zh: '联合党支部', en: 'Joint party branch', bo: 'མཉམ་སྦྲེལ་ཏང་ཡན་ལག' },
  GRID_BRANCH: { zh: '网格党支部', en: 'Grid party branch', bo: 'དྲ་མིག་ཏང་ཡན་ལག' },
  TEMPORARY_BRANCH: {
    zh: '驻村工作队临时党支部',
    en: 'Temporary branch of a work team',
    bo: 'གྲོང་སྡོད་ལས་དོན་རུ་ཁག་གི་གནས་སྐབས་ཏང་ཡན་ལག',
  },
  GROUP: { zh: '党小组', en: 'Party group', bo: 'ཏང་ཚན་ཆུང་།' },
};

/** Display names of member statuses. */
export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, Labels>> = {
  APPLICANT: { zh: '入党申请人', en: 'Applicant', bo: 'ཏང་ཞུགས་རེ་ཞུ་འབུལ་མཁན།' },
  ACTIVIST: { zh: '入党积极分子', en: 'Activist', bo: 'ཏང་ཞུགས་ལ་བརྩོན་པ་ཅན།' },
  DEVELOPMENT_TARGET: { zh: '发展对象', en: 'Development target', bo: 'འཕེལ་རྒྱས་ཡུལ།' },
  PROBATIONARY: { zh: '预备党员', en: 'Probationary member', bo: 'ཚོད་ལྟའི་ཏང་མི།' },
  PROBATION_OVERDUE: {
    zh: '预备期满待转正',
    en: 'Probation ended, awaiting confirmation',
    bo: 'ཚོད་ལྟའི་དུས་ཡུན་ཚང་ནས་དངོས་འཁེལ་སྒུག་བཞིན་པ།',
  },
  FULL: { zh: '正式党员', en: 'Full member', bo: 'དངོས་འཁེལ་ཏང་མི།' },
  LEFT: { zh: '已离开', en: 'Left', bo: 'ཕྱིར་ཐོན་ཟིན།' },
};

/** Display names of the kinds of organisational life. */
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, Labels>> = {
  MEMBER_MEETING: { zh: '支部党员大会', en: 'Branch member meeting', bo: 'ཡན་ལག་ཏང་མིའི་ཚོགས་ཆེན།' },
  COMMITTEE_MEETING: { zh: '支部委员会', en: 'Branch committee meeting', bo: 'ཡན་ལག་ཨུ་ཡོན་ལྷན་ཚོགས།' },
  GROUP_MEETING: { zh: '党小组会', en: 'Party group meeting', bo: 'ཏང་ཚན་ཆུང་གི་ཚོགས་འདུ།' },
  PARTY_LECTURE: { zh: '党课', en: 'Party lecture', bo: 'ཏང་གི་སློབ་ཁྲིད།' },
  THEME_DAY: { zh: '主题党日', en: 'Party theme day', bo: 'བརྗོད་གཞིའི་ཏང་ཉིན།' },
  LIFE_MEETING: { zh: '组织生活会', en: 'Organisational-life meeting', bo: 'རྩ་འཛུགས་འཚོ་བའི་ཚོགས་འདུ།' },
};

export const CADRE_ROLE_LABELS: Readonly<Record<CadreRole, Labels>> = {
  FIRST_SECRETARY: { zh: '第一书记', en: 'First secretary', bo: 'ཤོག་བྱང་དང་པོ།' },
  TEAM_LEADER: { zh: '工作队队长', en: 'Team leader', bo: 'ལས་དོན་རུ་ཁག་གི་རུ་དཔོན།' },
  MEMBER: { zh: '工作队队员', en: 'Team member', bo: 'ལས་དོན་རུ་ཁག་གི་ཚོགས་མི།' },
};

export const STATIONING_KIND_LABELS: Readonly<Record<StationingKind, Labels>> = {
  SENT: { zh: '派驻', en: 'Sent by a unit', bo: 'ལས་ཁུངས་ནས་མངགས་པ།' },
  CROSS_STATIONED: {
    zh: '乡镇干部交叉驻村',
    en: 'Township cadre cross-stationed',
    bo: 'ཤང་གི་ལས་བྱེད་པ་བརྗེ་རེས་ཐོག་གྲོང་སྡོད།',
  },
};

export const STATION_KIND_LABELS: Readonly<Record<StationKind, Labels>> = {
  VILLAGE: { zh: '驻村', en: 'Village', bo: 'གྲོང་སྡོད།' },
  MONASTERY: { zh: '驻寺', en: 'Monastery', bo: 'དགོན་སྡོད།' },
};

export const CADRE_STATUS_LABELS: Readonly<Record<CadreStatus, Labels>> = {
  STATIONED: { zh: '在岗', en: 'Stationed', bo: 'ལས་གནས་སུ་ཡོད།' },
  RECALLED: { zh: '已召回', en: 'Recalled', bo: 'ཕྱིར་བསྡུས་ཟིན།' },
  FINISHED: { zh: '期满轮换', en: 'Term finished', bo: 'དུས་ཚོད་ཚང་ནས་བརྗེ་པོ།' },
};

export const CADRE_RATING_LABELS: Readonly<Record<CadreRating, Labels>> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent', bo: 'ཁྱད་དུ་འཕགས་པ།' },
  COMPETENT: { zh: '称职', en: 'Competent', bo: 'ལས་ཀར་འོས་པ།' },
  BASICALLY_COMPETENT: { zh: '基本称职', en: 'Basically competent', bo: 'གཞི་ནས་ལས་ཀར་འོས་པ།' },
  INCOMPETENT: { zh: '不称职', en: 'Incompetent', bo: 'ལས་ཀར་མི་འོས་པ།' },
};

export const RECALL_REASON_LABELS: Readonly<Record<RecallReason, Labels>> = {
  PRESENCE: { zh: '在岗天数不足', en: 'Too few days in the village', bo: 'ལས་གནས་སུ་བསྡད་པའི་ཉིན་གྲངས་མི་འདང་བ།' },
  COMMUTING: {
    zh: '走读驻村',
    en: 'Commuting instead of living in the village',
    bo: 'འགྲོ་འོང་བྱེད་ཀྱིན་གྲོང་དུ་མི་སྡོད་པ།',
  },
  TOURING: { zh: '游玩驻村', en: 'Touring instead of working', bo: 'ལས་ཀ་མི་བྱེད་པར་འཆམ་འཆམ་ལ་འགྲོ་བ།' },
  DISCIPLINE: { zh: '违反纪律', en: 'Breach of discipline', bo: 'སྒྲིག་ཁྲིམས་ལ་འགལ་བ།' },
  INCOMPETENT: { zh: '考核不称职', en: 'Assessed incompetent', bo: 'ལས་རྒྱུགས་སུ་ལས་ཀར་མི་འོས་པ།' },
};

export const RECALL_STATE_LABELS: Readonly<Record<RecallState, Labels>> = {
  FLAGGED: { zh: '待核查', en: 'Flagged', bo: 'ཞིབ་བཤེར་སྒུག་བཞིན་པ།' },
  REVIEWED: { zh: '已核查', en: 'Reviewed', bo: 'ཞིབ་བཤེར་བྱས་ཟིན།' },
  RECALLED: { zh: '已召回', en: 'Recalled', bo: 'ཕྱིར་བསྡུས་ཟིན།' },
  CLEARED: { zh: '已排除', en: 'Cleared', bo: 'བསལ་ཟིན།' },
  REPLACED: { zh: '已补派', en: 'Replaced', bo: 'ཚབ་མངགས་ཟིན།' },
};

export const RECALL_ACTION_LABELS: Readonly<Record<RecallActionType, Labels>> = {
  REVIEW: { zh: '核查', en: 'Review', bo: 'ཞིབ་བཤེར།' },
  RECALL: { zh: '召回', en: 'Recall', bo: 'ཕྱིར་བསྡུ་བ།' },
  CLEAR: { zh: '排除', en: 'Clear', bo: 'བསལ་བ།' },
  REFER: {
    zh: '移交纪委监委',
    en: 'Refer to the discipline inspection commission',
    bo: 'སྒྲིག་ཁྲིམས་ཞིབ་བཤེར་ཨུ་ཡོན་ལྷན་ཁང་དང་ལྟ་ཞིབ་ཨུ་ཡོན་ལྷན་ཁང་ལ་རྩིས་སྤྲོད།',
  },
  RECORD_TALK: {
    zh: '约谈临时党支部书记',
    en: 'Record the talk with the temporary branch secretary',
    bo: 'གནས་སྐབས་ཏང་ཡན་ལག་གི་ཤོག་བྱང་དང་གླེང་མོལ།',
  },
  NOTIFY_SENDING_UNIT: { zh: '通报派出单位', en: 'Notify the sending unit', bo: 'མངགས་མཁན་ལས་ཁུངས་ལ་བརྡ་ཁྱབ།' },
  FILL_REPLACEMENT: { zh: '补派到岗', en: 'Replacement arrived', bo: 'ཚབ་མི་ལས་གནས་སུ་འབྱོར་བ།' },
};

export const PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, Labels>> = {
  GOVERNMENT_DEPARTMENT: { zh: '机关单位', en: 'Government department', bo: 'ལས་ཁུངས་ལས་ཁང་།' },
  ENTERPRISE: { zh: '企业', en: 'Company', bo: 'ཁེ་ལས།' },
  PARTY_ORGANISATION: { zh: '党组织', en: 'Party organisation', bo: 'ཏང་གི་རྩ་འཛུགས།' },
  OTHER: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

export const STRUCTURE_VIOLATION_LABELS: Readonly<Record<StructureViolationCode, Labels>> = {
  TOO_FEW_FULL_MEMBERS: {
    zh: '正式党员不足3人',
    en: 'Fewer full members than a branch needs',
    bo: 'དངོས་འཁེལ་ཏང་མི་3ལས་ཉུང་བ།',
  },
  JOINT_BRANCH_TOO_MANY_UNITS: {
    zh: '联合党支部覆盖单位过多',
    en: 'A joint branch covers too many units',
    bo: 'མཉམ་སྦྲེལ་ཏང་ཡན་ལག་གིས་ཁྱབ་པའི་ལས་ཁུངས་མང་དྲགས་པ།',
  },
  TOO_MANY_MEMBERS: {
    zh: '党员人数超过上限',
    en: 'More members than a branch should have',
    bo: 'ཏང་མིའི་གྲངས་ཚད་མཐོ་ཤོས་ལས་བརྒལ་བ།',
  },
  COMMITTEE_REQUIRED: {
    zh: '正式党员7人以上应设支部委员会',
    en: 'Seven or more full members need a committee',
    bo: 'དངོས་འཁེལ་ཏང་མི་7ཡན་ཡོད་ན་ཡན་ལག་ཨུ་ཡོན་ལྷན་ཚོགས་འཛུགས་དགོས།',
  },
  COMMITTEE_SIZE: {
    zh: '支部委员会人数不符合规定',
    en: 'The committee is not of the required size',
    bo: 'ཡན་ལག་ཨུ་ཡོན་ལྷན་ཚོགས་ཀྱི་མི་གྲངས་སྒྲིག་གཞི་དང་མི་མཐུན་པ།',
  },
  GENERAL_BRANCH_SIZE: {
    zh: '党总支党员人数不符合规定',
    en: 'A general branch is not of the required size',
    bo: 'ཏང་སྤྱི་ཡན་ལག་གི་ཏང་མིའི་གྲངས་སྒྲིག་གཞི་དང་མི་མཐུན་པ།',
  },
  PARTY_COMMITTEE_SIZE: {
    zh: '党委党员人数不足',
    en: 'A party committee has too few members',
    bo: 'ཏང་ཨུའི་ཏང་མིའི་གྲངས་མི་འདང་བ།',
  },
  TERM_EXPIRED: {
    zh: '任期届满未换届',
    en: 'The term has run out without an election',
    bo: 'ལས་ཡུན་ཚང་ཡང་བརྗེ་སྒྱུར་འདེམས་བསྐོ་བྱས་མེད།',
  },
};

export const GRID_TASK_STATE_LABELS: Readonly<Record<GridTaskState, Labels>> = {
  GATHERED: { zh: '信息已收集', en: 'Information gathered', bo: 'ཆ་འཕྲིན་བསྡུ་ལེན་བྱས་ཟིན།' },
  ASSIGNED: { zh: '任务已交办', en: 'Task assigned', bo: 'ལས་འགན་སྤྲད་ཟིན།' },
  FED_BACK: { zh: '结果已反馈', en: 'Result fed back', bo: 'གྲུབ་འབྲས་ལན་འདེབས་བྱས་ཟིན།' },
};

export const GRID_TASK_ACTION_LABELS: Readonly<Record<GridTaskActionType, Labels>> = {
  ASSIGN: { zh: '交办', en: 'Assign', bo: 'ལས་འགན་སྤྲོད་པ།' },
  FEED_BACK: { zh: '反馈', en: 'Feed back', bo: 'ལན་འདེབས།' },
};

export const CADRE_LEAVE_STATE_LABELS: Readonly<Record<CadreLeaveState, Labels>> = {
  REQUESTED: { zh: '待审批', en: 'Requested', bo: 'ཆོག་མཆན་སྒུག་བཞིན་པ།' },
  APPROVED: { zh: '已批准', en: 'Approved', bo: 'ཆོག་མཆན་ཐོབ་ཟིན།' },
  REFUSED: { zh: '未批准', en: 'Refused', bo: 'ཆོག་མཆན་མ་ཐོབ།' },
};

export const LEAVE_APPROVER_LABELS: Readonly<Record<LeaveApprover, Labels>> = {
  TOWNSHIP: { zh: '乡镇党委', en: 'Township party committee', bo: 'ཤང་ཏང་ཨུ།' },
  COUNTY: { zh: '县委组织部', en: 'County organisation department', bo: 'རྫོང་ཏང་ཨུའི་རྩ་འཛུགས་པུའུ།' },
};

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
  PARTY_COMMITTEE: { zh: '党委', en: 'Party committee' },
  GENERAL_BRANCH: { zh: '党总支', en: 'General party branch' },
  BRANCH: { zh: '党支部', en: 'Party branch' },
  JOINT_BRANCH: { zh: '联合党支部', en: 'Joint party branch' },
  GRID_BRANCH: { zh: '网格党支部', en: 'Grid party branch' },
  TEMPORARY_BRANCH: { zh: '驻村工作队临时党支部', en: 'Temporary branch of a work team' },
  GROUP: { zh: '党小组', en: 'Party group' },
};

/** Display names of member statuses. */
export const MEMBER_STATUS_LABELS: Readonly<Record<MemberStatus, Labels>> = {
  APPLICANT: { zh: '入党申请人', en: 'Applicant' },
  ACTIVIST: { zh: '入党积极分子', en: 'Activist' },
  DEVELOPMENT_TARGET: { zh: '发展对象', en: 'Development target' },
  PROBATIONARY: { zh: '预备党员', en: 'Probationary member' },
  PROBATION_OVERDUE: { zh: '预备期满待转正', en: 'Probation ended, awaiting confirmation' },
  FULL: { zh: '正式党员', en: 'Full member' },
  LEFT: { zh: '已离开', en: 'Left' },
};

/** Display names of the kinds of organisational life. */
export const MEETING_KIND_LABELS: Readonly<Record<MeetingKind, Labels>> = {
  MEMBER_MEETING: { zh: '支部党员大会', en: 'Branch member meeting' },
  COMMITTEE_MEETING: { zh: '支部委员会', en: 'Branch committee meeting' },
  GROUP_MEETING: { zh: '党小组会', en: 'Party group meeting' },
  PARTY_LECTURE: { zh: '党课', en: 'Party lecture' },
  THEME_DAY: { zh: '主题党日', en: 'Party theme day' },
  LIFE_MEETING: { zh: '组织生活会', en: 'Organisational-life meeting' },
};

export const CADRE_ROLE_LABELS: Readonly<Record<CadreRole, Labels>> = {
  FIRST_SECRETARY: { zh: '第一书记', en: 'First secretary' },
  TEAM_LEADER: { zh: '工作队队长', en: 'Team leader' },
  MEMBER: { zh: '工作队队员', en: 'Team member' },
};

export const STATIONING_KIND_LABELS: Readonly<Record<StationingKind, Labels>> = {
  SENT: { zh: '派驻', en: 'Sent by a unit' },
  CROSS_STATIONED: { zh: '乡镇干部交叉驻村', en: 'Township cadre cross-stationed' },
};

export const STATION_KIND_LABELS: Readonly<Record<StationKind, Labels>> = {
  VILLAGE: { zh: '驻村', en: 'Village' },
  MONASTERY: { zh: '驻寺', en: 'Monastery' },
};

export const CADRE_STATUS_LABELS: Readonly<Record<CadreStatus, Labels>> = {
  STATIONED: { zh: '在岗', en: 'Stationed' },
  RECALLED: { zh: '已召回', en: 'Recalled' },
  FINISHED: { zh: '期满轮换', en: 'Term finished' },
};

export const CADRE_RATING_LABELS: Readonly<Record<CadreRating, Labels>> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent' },
  COMPETENT: { zh: '称职', en: 'Competent' },
  BASICALLY_COMPETENT: { zh: '基本称职', en: 'Basically competent' },
  INCOMPETENT: { zh: '不称职', en: 'Incompetent' },
};

export const RECALL_REASON_LABELS: Readonly<Record<RecallReason, Labels>> = {
  PRESENCE: { zh: '在岗天数不足', en: 'Too few days in the village' },
  COMMUTING: { zh: '走读驻村', en: 'Commuting instead of living in the village' },
  TOURING: { zh: '游玩驻村', en: 'Touring instead of working' },
  DISCIPLINE: { zh: '违反纪律', en: 'Breach of discipline' },
  INCOMPETENT: { zh: '考核不称职', en: 'Assessed incompetent' },
};

export const RECALL_STATE_LABELS: Readonly<Record<RecallState, Labels>> = {
  FLAGGED: { zh: '待核查', en: 'Flagged' },
  REVIEWED: { zh: '已核查', en: 'Reviewed' },
  RECALLED: { zh: '已召回', en: 'Recalled' },
  CLEARED: { zh: '已排除', en: 'Cleared' },
  REPLACED: { zh: '已补派', en: 'Replaced' },
};

export const RECALL_ACTION_LABELS: Readonly<Record<RecallActionType, Labels>> = {
  REVIEW: { zh: '核查', en: 'Review' },
  RECALL: { zh: '召回', en: 'Recall' },
  CLEAR: { zh: '排除', en: 'Clear' },
  REFER: { zh: '移交纪委监委', en: 'Refer to the discipline inspection commission' },
  RECORD_TALK: { zh: '约谈临时党支部书记', en: 'Record the talk with the temporary branch secretary' },
  NOTIFY_SENDING_UNIT: { zh: '通报派出单位', en: 'Notify the sending unit' },
  FILL_REPLACEMENT: { zh: '补派到岗', en: 'Replacement arrived' },
};

export const PARTNER_KIND_LABELS: Readonly<Record<PartnerKind, Labels>> = {
  GOVERNMENT_DEPARTMENT: { zh: '机关单位', en: 'Government department' },
  ENTERPRISE: { zh: '企业', en: 'Company' },
  PARTY_ORGANISATION: { zh: '党组织', en: 'Party organisation' },
  OTHER: { zh: '其他', en: 'Other' },
};

export const STRUCTURE_VIOLATION_LABELS: Readonly<Record<StructureViolationCode, Labels>> = {
  TOO_FEW_FULL_MEMBERS: { zh: '正式党员不足3人', en: 'Fewer full members than a branch needs' },
  JOINT_BRANCH_TOO_MANY_UNITS: { zh: '联合党支部覆盖单位过多', en: 'A joint branch covers too many units' },
  TOO_MANY_MEMBERS: { zh: '党员人数超过上限', en: 'More members than a branch should have' },
  COMMITTEE_REQUIRED: {
    zh: '正式党员7人以上应设支部委员会',
    en: 'Seven or more full members need a committee',
  },
  COMMITTEE_SIZE: { zh: '支部委员会人数不符合规定', en: 'The committee is not of the required size' },
  GENERAL_BRANCH_SIZE: { zh: '党总支党员人数不符合规定', en: 'A general branch is not of the required size' },
  PARTY_COMMITTEE_SIZE: { zh: '党委党员人数不足', en: 'A party committee has too few members' },
  TERM_EXPIRED: { zh: '任期届满未换届', en: 'The term has run out without an election' },
};

export const GRID_TASK_STATE_LABELS: Readonly<Record<GridTaskState, Labels>> = {
  GATHERED: { zh: '信息已收集', en: 'Information gathered' },
  ASSIGNED: { zh: '任务已交办', en: 'Task assigned' },
  FED_BACK: { zh: '结果已反馈', en: 'Result fed back' },
};

export const GRID_TASK_ACTION_LABELS: Readonly<Record<GridTaskActionType, Labels>> = {
  ASSIGN: { zh: '交办', en: 'Assign' },
  FEED_BACK: { zh: '反馈', en: 'Feed back' },
};

export const CADRE_LEAVE_STATE_LABELS: Readonly<Record<CadreLeaveState, Labels>> = {
  REQUESTED: { zh: '待审批', en: 'Requested' },
  APPROVED: { zh: '已批准', en: 'Approved' },
  REFUSED: { zh: '未批准', en: 'Refused' },
};

export const LEAVE_APPROVER_LABELS: Readonly<Record<LeaveApprover, Labels>> = {
  TOWNSHIP: { zh: '乡镇党委', en: 'Township party committee' },
  COUNTY: { zh: '县委组织部', en: 'County organisation department' },
};

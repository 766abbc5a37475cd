import type { Labels } from '../shared/labels.js';
import type { AssessmentGrade, ConsequenceKind } from './assessment.js';
import type { AttendanceStatus, ClockDirection } from './attendance.js';
import type { CommitteeSeat } from './committee.js';
import type { GridKind, GridRole } from './grid.js';
import type { HouseholdJointActionKind } from './joint-action.js';
import type { LeaveAction, LeaveKind, LeaveStatus } from './leave.js';
import type { ManagingUnitKind } from './managing-unit.js';
import type { FundingSource, SelectionStop } from './recruitment.js';
import type { HeadcountBasis, StaffingGap } from './staffing.js';
import type { TrainingTopic } from './training.js';

// Display names of every enum of the grid area. Tibetan is given only where we are sure of the
// term; elsewhere labelFor falls back to Chinese.

/** Grid kinds. */
export const GRID_KIND_LABELS: Readonly<Record<GridKind, Labels>> = {
  URBAN: { zh: '城区网格', en: 'Urban grid', bo: 'གྲོང་ཁྱེར་ཁུལ།' },
  PASTORAL: { zh: '牧区网格', en: 'Pastoral grid', bo: 'འབྲོག་ཁུལ།' },
};

/** Grid roles. */
export const GRID_ROLE_LABELS: Readonly<Record<GridRole, Labels>> = {
  GRID_CHIEF: { zh: '网格长', en: 'Grid chief', bo: 'དྲ་མིག་འགོ་པ།' },
  GRID_WORKER: { zh: '专职网格员', en: 'Full-time grid worker', bo: 'ཆེད་ལས་དྲ་མིག་ལས་བྱེད་པ།' },
  GRID_POLICE: { zh: '网格警员', en: 'Grid police officer', bo: 'དྲ་མིག་ཉེན་རྟོག་པ།' },
  HOUSEHOLD_JOINT_HEAD: { zh: '联户长', en: 'Household-joint head', bo: 'ཁྱིམ་སྦྲེལ་འགོ་པ།' },
  BUILDING_HEAD: { zh: '楼栋长', en: 'Building head', bo: 'ཐོག་ཁང་འགོ་པ།' },
};

/** What a staffing requirement counts against. */
export const HEADCOUNT_BASIS_LABELS: Readonly<Record<HeadcountBasis, Labels>> = {
  PER_GRID: { zh: '每个网格', en: 'Per grid', bo: 'དྲ་མིག་རེ་རེར།' },
  PER_UNIT: { zh: '每个联户', en: 'Per household-joint unit', bo: 'ཁྱིམ་སྦྲེལ་རེ་རེར།' },
};

/** Kinds of staffing gap. */
export const STAFFING_GAP_KIND_LABELS: Readonly<Record<StaffingGap['kind'], Labels>> = {
  MISSING: { zh: '缺员', en: 'Missing', bo: 'མི་གྲངས་ཆད་པ།' },
  SURPLUS: { zh: '超编', en: 'Surplus', bo: 'མི་གྲངས་ལྷག་པ།' },
  UNIT_HEAD_NOT_ASSIGNED: {
    zh: '联户长未配备',
    en: 'Unit head not assigned',
    bo: 'ཁྱིམ་སྦྲེལ་འགོ་པ་བསྐོ་འཛུགས་བྱས་མེད།',
  },
};

/** Funding sources of recruitment. */
export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSource, Labels>> = {
  PURCHASE_OF_SERVICES: {
    zh: '政府购买服务',
    en: 'Government purchase of services',
    bo: 'སྲིད་གཞུང་གིས་ཞབས་ཞུ་ཉོ་སྒྲུབ།',
  },
};

/** Why a selection stopped. */
export const SELECTION_STOP_LABELS: Readonly<Record<SelectionStop, Labels>> = {
  QUOTA: { zh: '名额已满', en: 'Quota filled', bo: 'མི་གྲངས་ཚད་ཁེངས་ཟིན།' },
  BUDGET: { zh: '预算不足', en: 'Budget reached', bo: 'འཆར་རྩིས་མི་འདང་བ།' },
  CANDIDATES_EXHAUSTED: { zh: '候选人已无', en: 'No candidates left', bo: 'འོས་མི་ལྷག་མེད།' },
};

/** Clock directions. */
export const CLOCK_DIRECTION_LABELS: Readonly<Record<ClockDirection, Labels>> = {
  IN: { zh: '上班打卡', en: 'Clock-in', bo: 'ལས་ཀར་འཛུལ་ཐོ།' },
  OUT: { zh: '下班打卡', en: 'Clock-out', bo: 'ལས་གྲོལ་ཐོ།' },
};

/** Attendance statuses. */
export const ATTENDANCE_STATUS_LABELS: Readonly<Record<AttendanceStatus, Labels>> = {
  PRESENT: { zh: '出勤', en: 'Present', bo: 'ལས་ལ་ཡོད།' },
  LATE: { zh: '迟到', en: 'Late', bo: 'འབྱོར་འགྱངས།' },
  EARLY_LEAVE: { zh: '早退', en: 'Left early', bo: 'སྔ་ཐོན།' },
  LATE_AND_EARLY_LEAVE: { zh: '迟到且早退', en: 'Late and left early', bo: 'འབྱོར་འགྱངས་དང་སྔ་ཐོན།' },
  ABSENT: { zh: '缺勤', en: 'Absent', bo: 'ལས་ལ་མ་ཡོང་བ།' },
  ON_LEAVE: { zh: '请假', en: 'On leave', bo: 'ཕྱིར་ཐོན་ཞུས་པ།' },
  REST_DAY: { zh: '休息日', en: 'Rest day', bo: 'ངལ་གསོ་ཉིན།' },
};

/** Kinds of leave. */
export const LEAVE_KIND_LABELS: Readonly<Record<LeaveKind, Labels>> = {
  ANNUAL: { zh: '年休假', en: 'Annual leave', bo: 'ལོ་ལྟར་ངལ་གསོ།' },
  SICK: { zh: '病假', en: 'Sick leave', bo: 'ན་ཚའི་ཕྱིར་ཐོན།' },
  PERSONAL: { zh: '事假', en: 'Personal leave', bo: 'སྒེར་དོན་ཕྱིར་ཐོན།' },
  MARRIAGE: { zh: '婚假', en: 'Marriage leave', bo: 'གཉེན་སྒྲིག་ངལ་གསོ།' },
  MATERNITY: { zh: '产假', en: 'Maternity leave', bo: 'བུ་བཙའ་ངལ་གསོ།' },
  PATERNITY: { zh: '陪产假', en: 'Paternity leave', bo: 'ཕ་ལ་བུ་བཙའ་ངལ་གསོ།' },
  BEREAVEMENT: { zh: '丧假', en: 'Bereavement leave', bo: 'གཤིན་པོའི་དོན་ཕྱིར་ཐོན།' },
  HOME_VISIT: { zh: '探亲假', en: 'Home-visit leave', bo: 'ཉེ་འབྲེལ་ཐུག་པའི་ངལ་གསོ།' },
};

/** Leave statuses. */
export const LEAVE_STATUS_LABELS: Readonly<Record<LeaveStatus, Labels>> = {
  DRAFT: { zh: '草稿', en: 'Draft', bo: 'ཟིན་བྲིས།' },
  SUBMITTED: { zh: '已提交', en: 'Submitted', bo: 'ཕུལ་ཟིན།' },
  APPROVED: { zh: '已批准', en: 'Approved', bo: 'ཆོག་མཆན་ཐོབ་ཟིན།' },
  REJECTED: { zh: '未批准', en: 'Rejected', bo: 'ཆོག་མཆན་མ་ཐོབ།' },
  CANCELLED: { zh: '已撤销', en: 'Cancelled', bo: 'མེད་པར་བཟོས་ཟིན།' },
};

/** Leave actions. */
export const LEAVE_ACTION_LABELS: Readonly<Record<LeaveAction, Labels>> = {
  SUBMIT: { zh: '提交', en: 'Submit', bo: 'འབུལ་བ།' },
  APPROVE: { zh: '批准', en: 'Approve', bo: 'ཆོག་མཆན་སྤྲོད་པ།' },
  REJECT: { zh: '不批准', en: 'Reject', bo: 'ཆོག་མཆན་མི་སྤྲོད་པ།' },
  CANCEL: { zh: '撤销（销假）', en: 'Cancel (report back)', bo: 'མེད་པར་བཟོ་བ། （ལས་སུ་ལོག་འབྱོར།）' },
};

/** Assessment grades. */
export const ASSESSMENT_GRADE_LABELS: Readonly<Record<AssessmentGrade, Labels>> = {
  EXCELLENT: { zh: '优秀', en: 'Excellent', bo: 'ཁྱད་དུ་འཕགས་པ།' },
  COMPETENT: { zh: '合格', en: 'Competent', bo: 'ཚད་ལོངས་པ།' },
  BASICALLY_COMPETENT: { zh: '基本合格', en: 'Basically competent', bo: 'གཞི་ནས་ཚད་ལོངས་པ།' },
  INCOMPETENT: { zh: '不合格', en: 'Incompetent', bo: 'ཚད་མ་ལོངས་པ།' },
};

/** Kinds of assessment consequence. */
export const CONSEQUENCE_KIND_LABELS: Readonly<Record<ConsequenceKind, Labels>> = {
  BONUS: { zh: '奖励', en: 'Bonus', bo: 'བྱ་དགའ།' },
  DEDUCTION: { zh: '扣减绩效', en: 'Deduction', bo: 'ལས་རྒྱུགས་ཕོགས་ཕབ་པ།' },
  WARNING: { zh: '诫勉谈话', en: 'Warning', bo: 'ཉེས་འཆོས་སྐུལ་མའི་གླེང་མོལ།' },
  DISMISSAL_REVIEW: { zh: '考虑解聘', en: 'Review for dismissal', bo: 'ལས་ཕྲོལ་དཔྱད་ཞིབ།' },
};

/** Training topics. */
export const TRAINING_TOPIC_LABELS: Readonly<Record<TrainingTopic, Labels>> = {
  COMMUNITY_MANAGEMENT: { zh: '社区管理', en: 'Community management', bo: 'སྡོད་ཁུལ་དོ་དམ།' },
  PUBLIC_RELATIONS: { zh: '公共关系处理', en: 'Public relations', bo: 'སྤྱི་འབྲེལ་ཐག་གཅོད།' },
  INFORMATION_COLLECTION: {
    zh: '信息采集与整理',
    en: 'Information collection and collation',
    bo: 'ཆ་འཕྲིན་བསྡུ་ལེན་དང་གོ་སྒྲིག',
  },
};

/** Homeowners' committee seats. */
export const COMMITTEE_SEAT_LABELS: Readonly<Record<CommitteeSeat, Labels>> = {
  GRID_CHIEF: { zh: '网格长', en: 'Grid chief', bo: 'དྲ་མིག་འགོ་པ།' },
  HOUSEHOLD_JOINT_HEAD: { zh: '联户长', en: 'Household-joint head', bo: 'ཁྱིམ་སྦྲེལ་འགོ་པ།' },
  BUILDING_HEAD: { zh: '楼栋长', en: 'Building head', bo: 'ཐོག་ཁང་འགོ་པ།' },
  HOMEOWNER: { zh: '业主代表', en: 'Homeowner', bo: 'ཁང་བདག་ངོ་ཚབ།' },
};

/** Kinds of unit that manage grid staff. */
export const MANAGING_UNIT_KIND_LABELS: Readonly<Record<ManagingUnitKind, Labels>> = {
  TOWNSHIP_GOVERNMENT: { zh: '乡镇人民政府', en: 'Township government', bo: 'ཤང་མི་དམངས་སྲིད་གཞུང་།' },
  PUBLIC_SECURITY_BUREAU: { zh: '县公安局', en: 'County public security bureau', bo: 'རྫོང་སྤྱི་བདེ་ལས་ཁུངས།' },
  RESIDENTS_COMMITTEE: { zh: '居民委员会', en: 'Residents’ committee', bo: 'སྡོད་དམངས་ཨུ་ཡོན་ལྷན་ཁང་།' },
  VILLAGERS_COMMITTEE: { zh: '村民委员会', en: 'Villagers’ committee', bo: 'གྲོང་མི་ཨུ་ཡོན་ལྷན་ཁང་།' },
};

// ཁྱིམ་སྦྲེལ། "household link" is the Tibetan of 联户 in the matter channels; the action names are
// descriptive renderings for a Tibetan editor to review. None is a transliteration.

/** What a household-joint head did (联户长履职). */
export const HOUSEHOLD_JOINT_ACTION_KIND_LABELS: Readonly<Record<HouseholdJointActionKind, Labels>> = {
  DISPUTE_SETTLED: {
    zh: '调解小纠纷',
    en: 'Settled a small dispute',
    bo: 'རྩོད་གཞི་ཆུང་ངུ་ཞི་འདུམ་བྱས་པ།',
  },
  NOTICE_RELAYED: { zh: '传达通知', en: 'Relayed a notice', bo: 'བརྡ་ཐོ་བརྒྱུད་བསྒྲགས་བྱས་པ།' },
  HOUSEHOLD_VISITED: { zh: '走访入户', en: 'Visited a household', bo: 'ཁྱིམ་ཚང་ལ་ཐུག་འཕྲད་བྱས་པ།' },
  HAZARD_CHECKED: { zh: '排查隐患', en: 'Checked for hazards', bo: 'བདེ་འཇགས་ཀྱི་ཉེན་ཁ་ཞིབ་བཤེར་བྱས་པ།' },
  HELP_GIVEN: {
    zh: '帮扶困难户',
    en: 'Helped a household in difficulty',
    bo: 'དཀའ་ངལ་ཅན་གྱི་ཁྱིམ་ཚང་ལ་རོགས་རམ་བྱས་པ།',
  },
  REPORTED_TO_GRID: { zh: '上报网格', en: 'Reported to the grid', bo: 'དྲ་མིག་ལ་སྙན་སེང་ཞུས་པ།' },
};

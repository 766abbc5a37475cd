import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of the grid area: grids, staffing, recruitment, assignments, attendance,
// leave, assessment, training and homeowners' committees. Codes are a public contract: clients
// branch on them, so they never change once released.

/** Failures of {@link createGrid} and the household-joint unit rules (网格、联户). */
export const GRID_ERRORS = {
  REQUIRED: domainError('GRID.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  CODE: domainError('GRID.CODE', 'VALIDATION', {
    zh: '网格编码应为15位：12位村（社区）级区划代码加3位网格顺序号（001–999）',
    en: 'A grid code has 15 digits: a 12-digit village or community code and a 3-digit sequence (001–999)',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་གྲངས་ཀ་15ཡིན་དགོས། གྲོང་ཚོ（སྡོད་ཁུལ）རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་12དང་དྲ་མིག་གོ་རིམ་ཨང་གྲངས་ཀ་3（001–999）',
  }),
  KIND: domainError('GRID.KIND', 'VALIDATION', {
    zh: '网格类别只能是城区或牧区',
    en: 'A grid kind is either URBAN or PASTORAL',
    bo: 'དྲ་མིག་གི་རིགས་ནི་གྲོང་ཁྱེར་ཁུལ་ལམ་འབྲོག་ཁུལ་ཁོ་ན་ཡིན་ཆོག',
  }),
  NAME_ZH: domainError('GRID.NAME_ZH', 'VALIDATION', {
    zh: '网格须有中文名称',
    en: 'A grid needs a Chinese name',
    bo: 'དྲ་མིག་ལ་རྒྱ་ཡིག་གི་མིང་དགོས།',
  }),
  NAME_BO: domainError('GRID.NAME_BO', 'VALIDATION', {
    zh: '网格须有藏文名称（藏文字符）',
    en: 'A grid needs a name in Tibetan script',
    bo: 'དྲ་མིག་ལ་བོད་ཡིག་གི་མིང་（བོད་ཡིག་གི་ཡི་གེ）དགོས།',
  }),
  BOUNDARY_EMPTY: domainError('GRID.BOUNDARY_EMPTY', 'VALIDATION', {
    zh: '网格边界须为至少含一个环的多边形',
    en: 'A grid boundary is a polygon with at least one ring',
    bo: 'དྲ་མིག་གི་ས་མཚམས་ནི་སྒོར་ཐིག་གཅིག་ཡན་ཡོད་པའི་ཟུར་མང་དབྱིབས་ཡིན་དགོས།',
  }),
  BOUNDARY_POSITION: domainError('GRID.BOUNDARY_POSITION', 'VALIDATION', {
    zh: '边界坐标应为[经度, 纬度]，经度在−180至180之间，纬度在−90至90之间',
    en: 'A boundary position is [longitude, latitude] with longitude in −180…180 and latitude in −90…90',
    bo: 'ས་མཚམས་ཀྱི་ས་ཚིགས་ནི་[འཕྲེད་ཐིག, རྒྱུད་ཐིག]ཡིན་དགོས། འཕྲེད་ཐིག་−180ནས་180བར་དང་རྒྱུད་ཐིག་−90ནས་90བར།',
  }),
  BOUNDARY_RING_TOO_SHORT: domainError('GRID.BOUNDARY_RING_TOO_SHORT', 'VALIDATION', {
    zh: '边界环至少需要4个坐标点且至少3个互不相同',
    en: 'A boundary ring needs at least 4 positions, at least 3 of them distinct',
    bo: 'ས་མཚམས་སྒོར་ཐིག་ལ་ས་ཚིགས་ཉུང་མཐར་4དང་དེའི་ནང་མི་འདྲ་བ་ཉུང་མཐར་3དགོས།',
  }),
  BOUNDARY_RING_NOT_CLOSED: domainError('GRID.BOUNDARY_RING_NOT_CLOSED', 'VALIDATION', {
    zh: '边界环未闭合：最后一个坐标点须与第一个相同',
    en: 'The boundary ring is not closed: its last position must equal its first',
    bo: 'ས་མཚམས་སྒོར་ཐིག་ཁ་མ་སྒྲིལ། ས་ཚིགས་མཐའ་མ་དང་དང་པོ་གཅིག་མཚུངས་ཡིན་དགོས།',
  }),
  UNIT_DUPLICATE: domainError('GRID.UNIT_DUPLICATE', 'CONFLICT', {
    zh: '同一网格内联户编号重复',
    en: 'Two household-joint units of the grid have the same id',
    bo: 'དྲ་མིག་གཅིག་གི་ནང་ཁྱིམ་སྦྲེལ་ཨང་རྟགས་བསྐྱར་ཟློས་བྱུང་འདུག',
  }),
  UNIT_NOT_FOUND: domainError('GRID.UNIT_NOT_FOUND', 'NOT_FOUND', {
    zh: '该网格内没有这个联户',
    en: 'The grid has no such household-joint unit',
    bo: 'དྲ་མིག་འདིའི་ནང་ཁྱིམ་སྦྲེལ་དེ་མེད།',
  }),
  HOUSEHOLD_LISTED_TWICE: domainError('GRID.HOUSEHOLD_LISTED_TWICE', 'VALIDATION', {
    zh: '同一联户内户重复登记',
    en: 'A household is listed twice in the same household-joint unit',
    bo: 'ཁྱིམ་སྦྲེལ་གཅིག་གི་ནང་ཁྱིམ་ཚང་ཐེངས་གཉིས་ཐོ་འགོད་བྱས་འདུག',
  }),
  HOUSEHOLD_IN_SEVERAL_UNITS: domainError('GRID.HOUSEHOLD_IN_SEVERAL_UNITS', 'CONFLICT', {
    zh: '一户只能属于一个联户',
    en: 'A household belongs to exactly one household-joint unit',
    bo: 'ཁྱིམ་ཚང་གཅིག་ཁྱིམ་སྦྲེལ་གཅིག་ཁོ་ནར་གཏོགས་ཆོག',
  }),
} as const;

/** Failures of {@link checkUnitSize}: a household-joint unit outside its county's size bounds. */
export const UNIT_SIZE_ERRORS = {
  TOO_SMALL: domainError('UNIT.TOO_SMALL', 'VALIDATION', {
    zh: '联户户数少于本县规定的下限',
    en: 'The household-joint unit holds fewer households than its county allows',
    bo: 'ཁྱིམ་སྦྲེལ་གྱི་ཁྱིམ་གྲངས་རྫོང་འདིས་གཏན་འཁེལ་བྱས་པའི་ཉུང་མཐའ་ལས་ཉུང་།',
  }),
  TOO_LARGE: domainError('UNIT.TOO_LARGE', 'VALIDATION', {
    zh: '联户户数多于本县规定的上限',
    en: 'The household-joint unit holds more households than its county allows',
    bo: 'ཁྱིམ་སྦྲེལ་གྱི་ཁྱིམ་གྲངས་རྫོང་འདིས་གཏན་འཁེལ་བྱས་པའི་མང་མཐའ་ལས་མང་།',
  }),
} as const;

/** Failures of {@link recordHouseholdJointAction} (联户长履职记录). */
export const JOINT_ACTION_ERRORS = {
  FORBIDDEN: domainError('JOINT_ACTION.FORBIDDEN', 'FORBIDDEN', {
    zh: '只有该联户的联户长或本网格的网格长、网格员可以记录',
    en: 'Only the head of the household-joint unit or the staff of its grid may record its actions',
    bo: 'ཁྱིམ་སྦྲེལ་དེའི་འགོ་པའམ་དྲ་མིག་འདིའི་དྲ་མིག་འགོ་པ་དང་དྲ་མིག་ལས་བྱེད་པས་ཁོ་ན་ཟིན་འགོད་བྱེད་ཆོག',
  }),
  UNIT_NOT_FOUND: domainError('JOINT_ACTION.UNIT_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个联户',
    en: 'There is no such household-joint unit',
    bo: 'ཁྱིམ་སྦྲེལ་དེ་མེད།',
  }),
  KIND: domainError('JOINT_ACTION.KIND', 'VALIDATION', {
    zh: '未知的联户长履职类别',
    en: 'Unknown kind of household-joint head action',
    bo: 'ཁྱིམ་སྦྲེལ་འགོ་པའི་འགན་སྒྲུབ་རིགས་ངོ་མི་ཤེས།',
  }),
  NOTE_REQUIRED: domainError('JOINT_ACTION.NOTE_REQUIRED', 'VALIDATION', {
    zh: '请写明做了什么',
    en: 'Say what was done',
    bo: 'ཅི་ཞིག་བྱས་པ་གསལ་པོར་འབྲི་རོགས།',
  }),
  NOTE_TOO_LONG: domainError('JOINT_ACTION.NOTE_TOO_LONG', 'VALIDATION', {
    zh: '说明不能超过500字',
    en: 'The note is at most 500 characters',
    bo: 'གསལ་བཤད་ཡི་གེ་500ལས་བརྒལ་མི་ཆོག',
  }),
  OCCURRED_AT: domainError('JOINT_ACTION.OCCURRED_AT', 'VALIDATION', {
    zh: '发生时间无效或晚于当前时间',
    en: 'The time it happened is invalid or later than now',
    bo: 'བྱུང་བའི་དུས་ཚོད་ནུས་མེད་ཡིན་པའམ་ད་ལྟའི་དུས་ཚོད་ལས་ཕྱི་བ་རེད།',
  }),
} as const;

/** Failures of {@link createStaffingModel} (人员配备模式). */
export const STAFFING_ERRORS = {
  REQUIRED: domainError('STAFFING.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  ROLE: domainError('STAFFING.ROLE', 'VALIDATION', {
    zh: '未知的网格岗位',
    en: 'Unknown grid role',
    bo: 'དྲ་མིག་གི་ལས་གནས་ངོ་མི་ཤེས།',
  }),
  ROLE_REPEATED: domainError('STAFFING.ROLE_REPEATED', 'VALIDATION', {
    zh: '配备模式中同一岗位只能出现一次',
    en: 'A staffing model lists each role once',
    bo: 'སྒྲིག་བཀོད་རྣམ་པའི་ནང་ལས་གནས་གཅིག་ཐེངས་གཅིག་ཁོ་ན་འཁོད་ཆོག',
  }),
  HEADCOUNT: domainError('STAFFING.HEADCOUNT', 'VALIDATION', {
    zh: '配备人数须为非负整数，且下限不大于上限',
    en: 'Head counts are non-negative integers and a minimum is not above its maximum',
    bo: 'སྒྲིག་བཀོད་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས་ལ། ཉུང་མཐའ་མང་མཐའ་ལས་ཆེ་མི་ཆོག',
  }),
} as const;

/** Failures of assignments and of the managing-unit rule (人员分配，谁用人谁管理). */
export const ASSIGNMENT_ERRORS = {
  REQUIRED: domainError('ASSIGNMENT.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  ROLE: domainError('ASSIGNMENT.ROLE', 'VALIDATION', {
    zh: '未知的网格岗位',
    en: 'Unknown grid role',
    bo: 'དྲ་མིག་གི་ལས་གནས་ངོ་མི་ཤེས།',
  }),
  PERIOD: domainError('ASSIGNMENT.PERIOD', 'VALIDATION', {
    zh: '分配的结束日期不能早于开始日期',
    en: 'An assignment cannot end before it starts',
    bo: 'བགོ་སྤྲོད་ཀྱི་མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག',
  }),
  BUILDING_HEAD_URBAN_ONLY: domainError('ASSIGNMENT.BUILDING_HEAD_URBAN_ONLY', 'VALIDATION', {
    zh: '楼栋长只设在城区网格',
    en: 'Building heads exist in urban grids only',
    bo: 'ཐོག་ཁང་འགོ་པ་ནི་གྲོང་ཁྱེར་ཁུལ་གྱི་དྲ་མིག་ཁོ་ནར་འཛུགས།',
  }),
  NOT_MANAGING_UNIT: domainError('ASSIGNMENT.NOT_MANAGING_UNIT', 'FORBIDDEN', {
    zh: '按照“谁用人，谁管理”，只有用人单位可以审批该人员的请假和考核',
    en: 'Whoever uses the staff manages them: only the managing unit approves their leave and assessments',
    bo: '"སུས་བེད་སྤྱོད་ན་དེས་དོ་དམ"ཞེས་པ་ལྟར། བེད་སྤྱོད་ལས་ཁུངས་ཁོ་ནས་མི་དེའི་ཕྱིར་ཐོན་དང་ལས་རྒྱུགས་ལ་ཆོག་མཆན་སྤྲོད་ཆོག',
  }),
} as const;

/** Failures of the recruitment rules (政府购买服务招聘网格员). */
export const RECRUITMENT_ERRORS = {
  REQUIRED: domainError('RECRUITMENT.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  BUDGET: domainError('RECRUITMENT.BUDGET', 'VALIDATION', {
    zh: '招聘预算须为正的整数分',
    en: 'A recruitment budget is a positive whole number of fen',
    bo: 'ལས་མི་འདེམས་སྒྲུག་གི་འཆར་རྩིས་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཀྱི་ཧྥེན་ཡིན་དགོས།',
  }),
  QUOTA: domainError('RECRUITMENT.QUOTA', 'VALIDATION', {
    zh: '招聘名额须为正整数',
    en: 'A recruitment quota is a positive integer',
    bo: 'ལས་མི་འདེམས་སྒྲུག་གི་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  ROLE: domainError('RECRUITMENT.ROLE', 'VALIDATION', {
    zh: '未知的网格岗位',
    en: 'Unknown grid role',
    bo: 'དྲ་མིག་གི་ལས་གནས་ངོ་མི་ཤེས།',
  }),
  GRID_KIND: domainError('RECRUITMENT.GRID_KIND', 'VALIDATION', {
    zh: '网格类别只能是城区或牧区',
    en: 'A grid kind is either URBAN or PASTORAL',
    bo: 'དྲ་མིག་གི་རིགས་ནི་གྲོང་ཁྱེར་ཁུལ་ལམ་འབྲོག་ཁུལ་ཁོ་ན་ཡིན་ཆོག',
  }),
  FUNDING: domainError('RECRUITMENT.FUNDING', 'VALIDATION', {
    zh: '未知的经费来源',
    en: 'Unknown funding source',
    bo: 'མ་དངུལ་གྱི་འབྱུང་ཁུངས་ངོ་མི་ཤེས།',
  }),
  PASS_MARK: domainError('RECRUITMENT.PASS_MARK', 'VALIDATION', {
    zh: '合格分数线须为0至100分（以百分之一分计，0–10000）',
    en: 'A pass mark is 0 to 100 points, in hundredths (0–10000)',
    bo: 'ཚད་ལོངས་སྐར་ཐིག་ནི་སྐར་མ་0ནས་100བར་ཡིན་དགོས། （བརྒྱ་ཆའི་སྐར་མས་རྩིས་ན་0–10000）',
  }),
  OPENINGS: domainError('RECRUITMENT.OPENINGS', 'VALIDATION', {
    zh: '岗位招聘人数须为正整数',
    en: 'A posting has a positive whole number of openings',
    bo: 'ལས་གནས་ཀྱི་ལས་མི་འདེམས་གྲངས་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  COST: domainError('RECRUITMENT.COST', 'VALIDATION', {
    zh: '岗位年度费用须为正的整数分',
    en: 'The annual cost of a posting is a positive whole number of fen',
    bo: 'ལས་གནས་ཀྱི་ལོ་འཁོར་འགྲོ་སོང་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཀྱི་ཧྥེན་ཡིན་དགོས།',
  }),
  SCORE: domainError('RECRUITMENT.SCORE', 'VALIDATION', {
    zh: '面试分数须为0至100分，以百分之一分计（0–10000的整数）',
    en: 'An interview score is 0 to 100 points in hundredths (an integer 0–10000)',
    bo: 'ངོ་འཕྲད་རྒྱུགས་ཀྱི་སྐར་མ་ནི་0ནས་100བར་ཡིན་དགོས། བརྒྱ་ཆའི་སྐར་མས་རྩིས་ན་0–10000བར་གྱི་ཧྲིལ་གྲངས།',
  }),
  WEIGHTS: domainError('RECRUITMENT.WEIGHTS', 'VALIDATION', {
    zh: '评分权重须为非负整数且总和大于0',
    en: 'Score weights are non-negative integers with a positive sum',
    bo: 'སྐར་མའི་ལྗིད་ཚད་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས་ལ། བསྡོམས་འབོར་0ལས་ཆེ་དགོས།',
  }),
  POSTING_NOT_IN_PLAN: domainError('RECRUITMENT.POSTING_NOT_IN_PLAN', 'VALIDATION', {
    zh: '岗位不属于该招聘方案',
    en: 'The posting does not belong to the recruitment plan',
    bo: 'ལས་གནས་དེ་ལས་མི་འདེམས་སྒྲུག་འཆར་གཞི་འདིར་མི་གཏོགས།',
  }),
  POSTING_NOT_FOUND: domainError('RECRUITMENT.POSTING_NOT_FOUND', 'NOT_FOUND', {
    zh: '候选人报考的岗位不在该招聘方案中',
    en: 'The candidate applied for a posting that is not in the plan',
    bo: 'འོས་མིས་རྒྱུགས་ཞུགས་བྱས་པའི་ལས་གནས་ལས་མི་འདེམས་སྒྲུག་འཆར་གཞི་འདིའི་ནང་མེད།',
  }),
  CANDIDATE_DUPLICATE: domainError('RECRUITMENT.CANDIDATE_DUPLICATE', 'CONFLICT', {
    zh: '候选人编号重复',
    en: 'Two candidates have the same id',
    bo: 'འོས་མིའི་ཨང་རྟགས་བསྐྱར་ཟློས་བྱུང་འདུག',
  }),
} as const;

/** Failures of the attendance rules (考勤). */
export const ATTENDANCE_ERRORS = {
  SCHEDULE: domainError('ATTENDANCE.SCHEDULE', 'VALIDATION', {
    zh: '作息时间无效：上下班时间应为当天0–1440分钟内且下班晚于上班，宽限分钟不能为负且不能超过工作时长的一半',
    en: 'Invalid schedule: start and end are minutes 0–1440 of the day with end after start; grace is non-negative and at most half the working time',
    bo: 'ལས་ཀའི་དུས་ཚོད་ནུས་མེད། ལས་འཛུལ་དང་ལས་གྲོལ་དུས་ཚོད་ནི་ཉིན་དེའི་སྐར་མ་0–1440ནང་ཡིན་དགོས་ལ་ལས་གྲོལ་ལས་འཛུལ་ལས་ཕྱི་བ་དགོས། ཁྱད་ཟུར་སྐར་མ་ཕྱིར་མིན་པ་དང་ལས་ཀའི་དུས་ཚོད་ཀྱི་ཕྱེད་ལས་བརྒལ་མི་ཆོག',
  }),
} as const;

/** Failures of the leave rules (请销假); transition refusals come from {@link leaveTransitionNotAllowed}. */
export const LEAVE_ERRORS = {
  REQUIRED: domainError('LEAVE.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  KIND: domainError('LEAVE.KIND', 'VALIDATION', {
    zh: '未知的假别',
    en: 'Unknown kind of leave',
    bo: 'ཕྱིར་ཐོན་གྱི་རིགས་ངོ་མི་ཤེས།',
  }),
  PERIOD: domainError('LEAVE.PERIOD', 'VALIDATION', {
    zh: '请假结束日期不能早于开始日期',
    en: 'Leave cannot end before it starts',
    bo: 'ཕྱིར་ཐོན་གྱི་མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག',
  }),
  OVERLAP: domainError('LEAVE.OVERLAP', 'CONFLICT', {
    zh: '与本人已提交或已批准的请假时间重叠',
    en: 'The leave overlaps leave of the same person that is submitted or approved',
    bo: 'རང་ཉིད་ཀྱིས་ཕུལ་ཟིན་པའམ་ཆོག་མཆན་ཐོབ་ཟིན་པའི་ཕྱིར་ཐོན་དང་དུས་ཚོད་ཟུང་འབྲེལ་བྱུང་འདུག',
  }),
  NOT_APPLICANT: domainError('LEAVE.NOT_APPLICANT', 'FORBIDDEN', {
    zh: '只有请假人本人或其用人单位可以提交或撤销请假',
    en: 'Only the applicant or their managing unit may submit or cancel the leave',
    bo: 'ཕྱིར་ཐོན་ཞུ་མཁན་རང་ཉིད་དམ་དེའི་བེད་སྤྱོད་ལས་ཁུངས་ཁོ་ནས་ཕྱིར་ཐོན་འབུལ་བའམ་མེད་པར་བཟོ་ཆོག',
  }),
  WRONG_ASSIGNMENT: domainError('LEAVE.WRONG_ASSIGNMENT', 'VALIDATION', {
    zh: '所给的人员分配不是请假人的',
    en: 'The assignment given is not the applicant’s',
    bo: 'སྤྲད་པའི་མི་སྣའི་བགོ་སྤྲོད་ནི་ཕྱིར་ཐོན་ཞུ་མཁན་གྱི་མིན།',
  }),
  REJECTION_REASON_REQUIRED: domainError('LEAVE.REJECTION_REASON_REQUIRED', 'VALIDATION', {
    zh: '不批准请假须说明理由',
    en: 'Rejecting leave needs a reason',
    bo: 'ཕྱིར་ཐོན་ལ་ཆོག་མཆན་མི་སྤྲོད་ན་རྒྱུ་མཚན་གསལ་བཤད་བྱེད་དགོས།',
  }),
  ALREADY_ENDED: domainError('LEAVE.ALREADY_ENDED', 'CONFLICT', {
    zh: '假期已结束，不能再销假',
    en: 'The leave has already ended and can no longer be cancelled',
    bo: 'ཕྱིར་ཐོན་གྱི་དུས་ཡུན་རྫོགས་ཟིན་པས་ཡང་བསྐྱར་མེད་པར་བཟོ་མི་ཆོག',
  }),
} as const;

/** Failures of the assessment rules (考核奖惩). */
export const ASSESSMENT_ERRORS = {
  REQUIRED: domainError('ASSESSMENT.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  PERIOD: domainError('ASSESSMENT.PERIOD', 'VALIDATION', {
    zh: '考核期的结束日期不能早于开始日期',
    en: 'An assessment period cannot end before it starts',
    bo: 'ལས་རྒྱུགས་དུས་ཡུན་གྱི་མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་མི་ཆོག',
  }),
  RATIO: domainError('ASSESSMENT.RATIO', 'VALIDATION', {
    zh: '比率的分子、分母须为非负整数，且分子不大于分母',
    en: 'A ratio has a non-negative integer part not above its non-negative integer whole',
    bo: 'བསྡུར་ཚད་ཀྱི་བགོ་གྲངས་དང་བགོ་བྱ་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས་ལ། བགོ་གྲངས་བགོ་བྱ་ལས་ཆེ་མི་ཆོག',
  }),
  WEIGHTS: domainError('ASSESSMENT.WEIGHTS', 'VALIDATION', {
    zh: '考核权重须为非负整数且总和大于0',
    en: 'Assessment weights are non-negative integers with a positive sum',
    bo: 'ལས་རྒྱུགས་ཀྱི་ལྗིད་ཚད་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས་ལ། བསྡོམས་འབོར་0ལས་ཆེ་དགོས།',
  }),
  BANDS: domainError('ASSESSMENT.BANDS', 'VALIDATION', {
    zh: '等次分数线须从高到低排列，每个等次出现一次，最低一档从0分起',
    en: 'Grade bands run from the highest threshold down, each grade once, the last starting at 0',
    bo: 'རིམ་པའི་སྐར་ཐིག་ནི་མཐོ་ནས་དམའ་བའི་གོ་རིམ་ལྟར་བཀོད་དགོས། རིམ་པ་རེ་རེ་ཐེངས་གཅིག་དང་། རིམ་པ་དམའ་ཤོས་སྐར་མ་0ནས་འགོ་འཛུགས་དགོས།',
  }),
  ABSENCE_CAP: domainError('ASSESSMENT.ABSENCE_CAP', 'VALIDATION', {
    zh: '缺勤封顶规则须为非负整数天数和已知等次',
    en: 'An absence cap is a non-negative whole number of days and a known grade',
    bo: 'ལས་ལ་མ་ཡོང་བའི་ཚད་བཀག་སྒྲིག་གཞི་ནི་ཉིན་གྲངས་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་དང་ངོ་ཤེས་པའི་རིམ་པ་ཡིན་དགོས།',
  }),
  AMOUNT: domainError('ASSESSMENT.AMOUNT', 'VALIDATION', {
    zh: '奖惩金额须为正的整数分',
    en: 'A bonus or deduction is a positive whole number of fen',
    bo: 'བྱ་དགའ་དང་ཆད་པའི་དངུལ་འབོར་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཀྱི་ཧྥེན་ཡིན་དགོས།',
  }),
} as const;

/** Failures of the training rules (业务培训). */
export const TRAINING_ERRORS = {
  REQUIRED: domainError('TRAINING.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  TOPICS: domainError('TRAINING.TOPICS', 'VALIDATION', {
    zh: '培训须有至少一个已知主题，且不重复',
    en: 'A training session has at least one known topic, none repeated',
    bo: 'སྦྱོང་བརྡར་ལ་ངོ་ཤེས་པའི་བརྗོད་གཞི་གཅིག་ཡན་དགོས་ལ། བསྐྱར་ཟློས་མི་ཆོག',
  }),
  TARGET_ROLES: domainError('TRAINING.TARGET_ROLES', 'VALIDATION', {
    zh: '培训须面向至少一个已知岗位，且不重复',
    en: 'A training session targets at least one known role, none repeated',
    bo: 'སྦྱོང་བརྡར་གྱིས་ངོ་ཤེས་པའི་ལས་གནས་གཅིག་ཡན་ལ་དམིགས་དགོས་ལ། བསྐྱར་ཟློས་མི་ཆོག',
  }),
  ALREADY_PARTICIPATING: domainError('TRAINING.ALREADY_PARTICIPATING', 'CONFLICT', {
    zh: '此人已登记参加本场培训',
    en: 'The person is already recorded as attending this session',
    bo: 'མི་འདི་སྦྱོང་བརྡར་ཐེངས་འདིར་ཞུགས་པའི་ཐོ་འགོད་བྱས་ཟིན།',
  }),
  NOT_TARGET_ROLE: domainError('TRAINING.NOT_TARGET_ROLE', 'VALIDATION', {
    zh: '此人不担任本场培训面向的岗位',
    en: 'The person holds none of the roles this session is for',
    bo: 'མི་འདིས་སྦྱོང་བརྡར་ཐེངས་འདིས་དམིགས་པའི་ལས་གནས་གང་ཡང་འཁུར་མེད།',
  }),
} as const;

/** Failures of the homeowners' committee rules (网格+业主委员会). */
export const COMMITTEE_ERRORS = {
  REQUIRED: domainError('COMMITTEE.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  URBAN_GRID_ONLY: domainError('COMMITTEE.URBAN_GRID_ONLY', 'VALIDATION', {
    zh: '“网格+业主委员会”模式只在城区网格推行',
    en: 'The grid-plus-homeowners’-committee model applies to urban grids only',
    bo: '"དྲ་མིག+ཁང་བདག་ཨུ་ཡོན་ལྷན་ཁང་"གི་རྣམ་པ་ནི་གྲོང་ཁྱེར་ཁུལ་གྱི་དྲ་མིག་ཁོ་ནར་ལག་བསྟར་བྱེད།',
  }),
  GRID_CHIEF_MISSING: domainError('COMMITTEE.GRID_CHIEF_MISSING', 'VALIDATION', {
    zh: '网格长须进入业主委员会',
    en: 'The grid chief must sit on the homeowners’ committee',
    bo: 'དྲ་མིག་འགོ་པ་ཁང་བདག་ཨུ་ཡོན་ལྷན་ཁང་དུ་ཞུགས་དགོས།',
  }),
  HOUSEHOLD_JOINT_HEAD_MISSING: domainError('COMMITTEE.HOUSEHOLD_JOINT_HEAD_MISSING', 'VALIDATION', {
    zh: '业主委员会中须至少有一名本网格的联户长',
    en: 'At least one household-joint head of the grid must sit on the homeowners’ committee',
    bo: 'ཁང་བདག་ཨུ་ཡོན་ལྷན་ཁང་ནང་དྲ་མིག་འདིའི་ཁྱིམ་སྦྲེལ་འགོ་པ་ཉུང་མཐར་གཅིག་ཡོད་དགོས།',
  }),
  SEAT_NOT_HELD: domainError('COMMITTEE.SEAT_NOT_HELD', 'VALIDATION', {
    zh: '该成员并未在本网格担任其所列身份的岗位',
    en: 'The member does not hold, in this grid, the role their seat claims',
    bo: 'ཚོགས་མི་དེས་དྲ་མིག་འདིའི་ནང་དེས་བཀོད་པའི་ངོ་བོའི་ལས་གནས་འཁུར་མེད།',
  }),
  MEMBER_DUPLICATE: domainError('COMMITTEE.MEMBER_DUPLICATE', 'CONFLICT', {
    zh: '同一人在业主委员会中只能占一个席位',
    en: 'A person holds one seat on the committee',
    bo: 'མི་གཅིག་གིས་ཁང་བདག་ཨུ་ཡོན་ལྷན་ཁང་ནང་གདན་ས་གཅིག་ཁོ་ན་བཟུང་ཆོག',
  }),
  SEAT: domainError('COMMITTEE.SEAT', 'VALIDATION', {
    zh: '未知的委员会席位类别',
    en: 'Unknown kind of committee seat',
    bo: 'ཨུ་ཡོན་ལྷན་ཁང་གི་གདན་སའི་རིགས་ངོ་མི་ཤེས།',
  }),
} as const;

/**
 * A leave action that the transition table does not allow from the request's status
 * (`LEAVE.TRANSITION_NOT_ALLOWED`); the message names both states.
 */
export function leaveTransitionNotAllowed(
  from: string,
  to: string,
): DomainError<'LEAVE.TRANSITION_NOT_ALLOWED'> {
  return domainError('LEAVE.TRANSITION_NOT_ALLOWED', 'CONFLICT', {
    zh: `请假状态不能从 ${from} 变为 ${to}`,
    en: `Leave cannot go from ${from} to ${to}`,
    bo: `ཕྱིར་ཐོན་གྱི་གནས་སྟངས་${from}ནས་${to}ལ་འགྱུར་མི་ཆོག`,
  });
}

/**
 * Failures of the access rules of the grid area, and of looking up what an input names. A record
 * the caller may not see is reported as not found, so ids cannot be probed.
 */
export const GRID_ACCESS_ERRORS = {
  FORBIDDEN: domainError('GRID.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能管理该网格的人员',
    en: 'Your roles or region do not allow managing the staff of this grid',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་དྲ་མིག་འདིའི་མི་སྣ་དོ་དམ་བྱེད་མི་ཆོག',
  }),
  GRID_NOT_FOUND: domainError('GRID.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个网格',
    en: 'There is no such grid',
    bo: 'དྲ་མིག་འདི་མེད།',
  }),
  PERSON_NOT_FOUND: domainError('GRID.PERSON_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个人员',
    en: 'There is no such person',
    bo: 'མི་སྣ་འདི་མེད།',
  }),
  MANAGING_UNIT_NOT_FOUND: domainError('ASSIGNMENT.MANAGING_UNIT_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个用人单位',
    en: 'There is no such managing unit',
    bo: 'བེད་སྤྱོད་ལས་ཁུངས་འདི་མེད།',
  }),
  ASSIGNMENT_NOT_FOUND: domainError('ASSIGNMENT.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这项人员分配，或您无权查看',
    en: 'There is no such assignment, or you may not see it',
    bo: 'མི་སྣའི་བགོ་སྤྲོད་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
  }),
  LEAVE_NOT_FOUND: domainError('LEAVE.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这份请假申请，或您无权查看',
    en: 'There is no such leave request, or you may not see it',
    bo: 'ཕྱིར་ཐོན་རེ་ཞུ་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
  }),
  LEAVE_STALE: domainError('LEAVE.STALE', 'CONFLICT', {
    zh: '该请假申请已被他人处理，请刷新后重试',
    en: 'Someone else acted on this leave request meanwhile; reload and decide again',
    bo: 'ཕྱིར་ཐོན་རེ་ཞུ་འདི་མི་གཞན་གྱིས་ཐག་གཅོད་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  CLOCK_FORBIDDEN: domainError('ATTENDANCE.CLOCK_FORBIDDEN', 'FORBIDDEN', {
    zh: '只有在岗的本人或其网格的管理人员可以打卡',
    en: 'Only the person themself, while serving a grid, or a manager of their grid may clock in or out',
    bo: 'ལས་གནས་སུ་ཡོད་པའི་རང་ཉིད་དམ་དེའི་དྲ་མིག་གི་དོ་དམ་པ་ཁོ་ནས་ཐོ་འགོད་བྱེད་ཆོག',
  }),
  ASSESSMENT_ALREADY_RECORDED: domainError('ASSESSMENT.ALREADY_RECORDED', 'CONFLICT', {
    zh: '该人员分配在这一考核期已有考核结果',
    en: 'The assignment already has an assessment for this period',
    bo: 'མི་སྣའི་བགོ་སྤྲོད་འདི་ལ་ལས་རྒྱུགས་དུས་ཡུན་འདིའི་ལས་རྒྱུགས་གྲུབ་འབྲས་ཡོད་ཟིན།',
  }),
  RECRUITMENT_FORBIDDEN: domainError('RECRUITMENT.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能管理这次招聘',
    en: 'Your roles or region do not allow managing this recruitment',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་ལས་མི་འདེམས་སྒྲུག་འདི་དོ་དམ་བྱེད་མི་ཆོག',
  }),
  RECRUITMENT_PLAN_NOT_FOUND: domainError('RECRUITMENT.PLAN_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个招聘方案',
    en: 'There is no such recruitment plan',
    bo: 'ལས་མི་འདེམས་སྒྲུག་འཆར་གཞི་འདི་མེད།',
  }),
  CANDIDATE_NOT_FOUND: domainError('RECRUITMENT.CANDIDATE_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个候选人',
    en: 'There is no such candidate',
    bo: 'འོས་མི་འདི་མེད།',
  }),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of the grid rules. */
export type GridError = ErrorOf<typeof GRID_ERRORS>;
/** Any failure of the staffing-model rules. */
export type StaffingError = ErrorOf<typeof STAFFING_ERRORS>;
/** Any failure of the assignment rules. */
export type AssignmentError = ErrorOf<typeof ASSIGNMENT_ERRORS>;
/** Any failure of the recruitment rules. */
export type RecruitmentError = ErrorOf<typeof RECRUITMENT_ERRORS>;
/** Any failure of the attendance rules. */
export type AttendanceError = ErrorOf<typeof ATTENDANCE_ERRORS>;
/** Any failure of the leave rules, transitions included. */
export type LeaveError = ErrorOf<typeof LEAVE_ERRORS> | ReturnType<typeof leaveTransitionNotAllowed>;
/** Any failure of the assessment rules. */
export type AssessmentError = ErrorOf<typeof ASSESSMENT_ERRORS>;
/** Any failure of the training rules. */
export type TrainingError = ErrorOf<typeof TRAINING_ERRORS>;
/** Any failure of the homeowners' committee rules. */
export type CommitteeError = ErrorOf<typeof COMMITTEE_ERRORS>;

/** A household-joint unit outside its county's size bounds. */
export type UnitSizeError = ErrorOf<typeof UNIT_SIZE_ERRORS>;
/** Any failure of recording a household-joint head's action. */
export type JointActionError = ErrorOf<typeof JOINT_ACTION_ERRORS>;

/** Any failure of the grid access rules. */
export type GridAccessError = ErrorOf<typeof GRID_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path (`['units', '2', 'householdIds', '0']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of the party area. Codes are a public contract: clients branch on them, so
// they never change once released.

/** Failures of building organisations, members, meetings and presence records. */
export const PARTY_ERRORS = {
  REQUIRED: domainError('PARTY.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  PARENT_KIND: domainError('PARTY.PARENT_KIND', 'VALIDATION', {
    zh: '上级党组织的类型不符合组织层级',
    en: 'The parent organisation is of a kind that cannot hold this one',
    bo: 'གོང་རིམ་ཏང་གི་རྩ་འཛུགས་ཀྱི་རིགས་རྩ་འཛུགས་རིམ་པ་དང་མི་མཐུན།',
  }),
  GRID_REQUIRED: domainError('PARTY.GRID_REQUIRED', 'VALIDATION', {
    zh: '网格党支部须关联一个网格',
    en: 'A grid party branch is linked to one grid',
    bo: 'དྲ་མིག་ཏང་ཡན་ལག་ལ་དྲ་མིག་གཅིག་འབྲེལ་མཐུད་བྱེད་དགོས།',
  }),
  UNIT_COUNT: domainError('PARTY.UNIT_COUNT', 'VALIDATION', {
    zh: '覆盖单位数须为正整数，只有联合党支部可覆盖多个单位',
    en: 'A unit count is a positive integer, above 1 only for a joint branch',
    bo: 'ཁྱབ་ཁོངས་ལས་ཁུངས་ཀྱི་གྲངས་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས། མཉམ་སྦྲེལ་ཏང་ཡན་ལག་ཁོ་ནས་ལས་ཁུངས་མང་པོ་ཁྱབ་ཆོག',
  }),
  DATE_ORDER: domainError('PARTY.DATE_ORDER', 'VALIDATION', {
    zh: '发展党员各阶段的日期须依次排列',
    en: 'The dates of membership development must follow one another in order',
    bo: 'ཏང་མི་འཕེལ་རྒྱས་ཀྱི་རིམ་པ་སོ་སོའི་ཚེས་གྲངས་གོ་རིམ་ལྟར་ཡིན་དགོས།',
  }),
  PROBATION_EXTENSION: domainError('PARTY.PROBATION_EXTENSION', 'VALIDATION', {
    zh: '预备期延长不少于6个月、不超过1年',
    en: 'A probation is extended by 6 to 12 months, or not at all',
    bo: 'ཚོད་ལྟའི་དུས་ཡུན་རྒྱ་བསྐྱེད་ན་ཟླ་བ་6ལས་མི་ཉུང་བ་དང་ལོ་1ལས་མི་བརྒལ་བ་དགོས།',
  }),
  ATTENDANCE: domainError('PARTY.ATTENDANCE', 'VALIDATION', {
    zh: '实到人数须在0与应到人数之间，应到人数须为正',
    en: 'Those present are between 0 and those entitled, who are at least one',
    bo: 'དངོས་སུ་ཞུགས་མི་གྲངས་ནི་0དང་ཞུགས་དགོས་མི་གྲངས་བར་ཡིན་དགོས་ལ། ཞུགས་དགོས་མི་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  PRESENCE_MARKS: domainError('PARTY.PRESENCE_MARKS', 'VALIDATION', {
    zh: '驻村记录须为该月每天一个标记（P、D、T、L、A、-）',
    en: 'A presence month has one mark (P, D, T, L, A, -) for every day of the month',
    bo: 'གྲོང་སྡོད་ཟིན་ཐོ་ནི་ཟླ་བ་དེའི་ཉིན་རེར་རྟགས་གཅིག（P、D、T、L、A、-）ཡིན་དགོས།',
  }),
  FORBIDDEN: domainError('PARTY.FORBIDDEN', 'FORBIDDEN', {
    zh: '只有该地区的党建组织员可以办理',
    en: 'Only a party organiser of the region may do this',
    bo: 'ས་ཁུལ་འདིའི་ཏང་དོན་ལས་བྱེད་པ་ཁོ་ནས་སྒྲུབ་ཆོག',
  }),
} as const;

/** Failures of the recall workflow ({@link transitionRecall}). */
export const RECALL_ERRORS = {
  TRANSITION_NOT_ALLOWED: domainError('RECALL.TRANSITION_NOT_ALLOWED', 'CONFLICT', {
    zh: '召回流程的当前状态不允许此操作',
    en: 'The recall case is not in a state that allows this action',
    bo: 'ཕྱིར་བསྡུའི་བརྒྱུད་རིམ་གྱི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  }),
  ALREADY_DONE: domainError('RECALL.ALREADY_DONE', 'CONFLICT', {
    zh: '此步骤已经办理过',
    en: 'This step has already been recorded',
    bo: 'གོམ་རིམ་འདི་སྒྲུབ་ཟིན།',
  }),
  NOTE_REQUIRED: domainError('RECALL.NOTE_REQUIRED', 'VALIDATION', {
    zh: '须填写审核意见或理由',
    en: 'A note (the review or the reason) is required',
    bo: 'ཞིབ་བཤེར་བསམ་འཆར་རམ་རྒྱུ་མཚན་འབྲི་དགོས།',
  }),
  TALK_WITH_REQUIRED: domainError('RECALL.TALK_WITH_REQUIRED', 'VALIDATION', {
    zh: '须填写约谈对象',
    en: 'Whom the talk was held with is required',
    bo: 'གླེང་མོལ་བྱ་ཡུལ་འབྲི་དགོས།',
  }),
  STEPS_OUTSTANDING: domainError('RECALL.STEPS_OUTSTANDING', 'CONFLICT', {
    zh: '须先完成约谈并通知派出单位，才能补派人员',
    en: 'The talk and the notice to the sending unit come before the replacement',
    bo: 'གླེང་མོལ་དང་མངགས་མཁན་ལས་ཁུངས་ལ་བརྡ་ཁྱབ་ཚར་རྗེས་ཚབ་མི་མངགས་ཆོག',
  }),
  REPLACEMENT_SELF: domainError('RECALL.REPLACEMENT_SELF', 'VALIDATION', {
    zh: '补派人员不能是被召回的干部本人',
    en: 'The replacement cannot be the recalled cadre',
    bo: 'ཚབ་མི་ནི་ཕྱིར་བསྡུས་པའི་ལས་བྱེད་པ་རང་ཉིད་ཡིན་མི་ཆོག',
  }),
  DATE: domainError('RECALL.DATE', 'VALIDATION', {
    zh: '日期不能早于召回流程的上一步',
    en: 'The date cannot be before the previous step of the case',
    bo: 'ཚེས་གྲངས་ཕྱིར་བསྡུའི་བརྒྱུད་རིམ་གྱི་གོམ་རིམ་སྔ་མ་ལས་སྔ་མི་ཆོག',
  }),
  STALE_VERSION: domainError('RECALL.STALE_VERSION', 'CONFLICT', {
    zh: '该召回记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this recall case; reload it and try again',
    bo: 'ཕྱིར་བསྡུའི་ཟིན་ཐོ་འདི་མི་གཞན་གྱིས་བཟོ་བཅོས་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  NOT_FOUND: domainError('RECALL.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这条召回记录',
    en: 'There is no such recall case',
    bo: 'ཕྱིར་བསྡུའི་ཟིན་ཐོ་འདི་མེད།',
  }),
  CADRE_NOT_FOUND: domainError('RECALL.CADRE_NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这名驻村干部',
    en: 'There is no such stationed cadre',
    bo: 'གྲོང་སྡོད་ལས་བྱེད་པ་འདི་མེད།',
  }),
  OPEN_CASE_EXISTS: domainError('RECALL.OPEN_CASE_EXISTS', 'CONFLICT', {
    zh: '该干部已有未办结的召回记录',
    en: 'The cadre already has an open recall case',
    bo: 'ལས་བྱེད་པ་འདི་ལ་མཇུག་མ་སྒྲིལ་བའི་ཕྱིར་བསྡུའི་ཟིན་ཐོ་ཡོད་ཟིན།',
  }),
} as const;

/** Failures of leave requests ({@link requestCadreLeave}, {@link decideCadreLeave}). */
export const CADRE_LEAVE_ERRORS = {
  REASON_REQUIRED: domainError('CADRE_LEAVE.REASON_REQUIRED', 'VALIDATION', {
    zh: '须填写请假事由（拒绝时须填写理由），不超过500个字符',
    en: 'A reason is required (and a refusal says why), in at most 500 characters',
    bo: 'ཕྱིར་ཐོན་གྱི་རྒྱུ་མཚན་འབྲི་དགོས། （ཆོག་མཆན་མི་སྤྲོད་ན་རྒྱུ་མཚན་འབྲི་དགོས།） ཡི་གེ་500ལས་བརྒལ་མི་ཆོག',
  }),
  DATES: domainError('CADRE_LEAVE.DATES', 'VALIDATION', {
    zh: '请假起止日期无效，或结束日期早于开始日期',
    en: 'The leave dates are not valid days, or it ends before it starts',
    bo: 'ཕྱིར་ཐོན་གྱི་འགོ་མཇུག་ཚེས་གྲངས་ནུས་མེད་ཡིན་པའམ། མཇུག་སྒྲིལ་ཚེས་གྲངས་འགོ་འཛུགས་ཚེས་གྲངས་ལས་སྔ་བ་རེད།',
  }),
  NOT_STATIONED: domainError('CADRE_LEAVE.NOT_STATIONED', 'CONFLICT', {
    zh: '该干部已不在驻村期内（已召回或期满），不能请假',
    en: 'The cadre is no longer stationed (recalled or finished) and cannot take leave',
    bo: 'ལས་བྱེད་པ་འདི་གྲོང་སྡོད་དུས་ཡུན་ནང་མེད་པས（ཕྱིར་བསྡུས་ཟིན་པའམ་དུས་ཚོད་ཚང་ཟིན）ཕྱིར་ཐོན་ཞུ་མི་ཆོག',
  }),
  OUTSIDE_STATIONING: domainError('CADRE_LEAVE.OUTSIDE_STATIONING', 'VALIDATION', {
    zh: '请假日期须在驻村期内',
    en: 'Leave falls within the stationing period',
    bo: 'ཕྱིར་ཐོན་གྱི་ཚེས་གྲངས་གྲོང་སྡོད་དུས་ཡུན་ནང་ཡིན་དགོས།',
  }),
  OVERLAP: domainError('CADRE_LEAVE.OVERLAP', 'CONFLICT', {
    zh: '与该干部已有的请假重叠',
    en: 'It overlaps leave the cadre has already requested or been granted',
    bo: 'ལས་བྱེད་པ་འདིའི་ཕྱིར་ཐོན་སྔ་མ་དང་དུས་ཚོད་ཟུང་འབྲེལ་བྱུང་འདུག',
  }),
  TOWNSHIP_APPROVES: domainError('CADRE_LEAVE.TOWNSHIP_APPROVES', 'FORBIDDEN', {
    zh: '3天以内（含）的请假由乡镇党委审批',
    en: 'Leave of up to 3 days is decided by the township party committee',
    bo: 'ཉིན་3（ཉིན་3ཚུད）ཡན་ཆད་ཀྱི་ཕྱིར་ཐོན་ལ་ཤང་ཏང་ཨུས་ཆོག་མཆན་སྤྲོད།',
  }),
  COUNTY_APPROVES: domainError('CADRE_LEAVE.COUNTY_APPROVES', 'FORBIDDEN', {
    zh: '3天以上的请假由县委组织部审批',
    en: 'Leave of more than 3 days is decided by the county organisation department',
    bo: 'ཉིན་3ལས་བརྒལ་བའི་ཕྱིར་ཐོན་ལ་རྫོང་ཏང་ཨུའི་རྩ་འཛུགས་པུའུ་ཡིས་ཆོག་མཆན་སྤྲོད།',
  }),
  ALREADY_DECIDED: domainError('CADRE_LEAVE.ALREADY_DECIDED', 'CONFLICT', {
    zh: '该请假已审批',
    en: 'The request has already been decided',
    bo: 'ཕྱིར་ཐོན་འདིར་ཆོག་མཆན་གྱི་ཐག་གཅོད་བྱས་ཟིན།',
  }),
  STALE_VERSION: domainError('CADRE_LEAVE.STALE_VERSION', 'CONFLICT', {
    zh: '该请假记录已被他人处理，请刷新后重试',
    en: 'Someone else acted on this request; reload it and try again',
    bo: 'ཕྱིར་ཐོན་ཟིན་ཐོ་འདི་མི་གཞན་གྱིས་ཐག་གཅོད་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  NOT_FOUND: domainError('CADRE_LEAVE.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这条请假记录或这名驻村干部',
    en: 'There is no such leave request or stationed cadre',
    bo: 'ཕྱིར་ཐོན་ཟིན་ཐོ་འདི་འམ་གྲོང་སྡོད་ལས་བྱེད་པ་འདི་མེད།',
  }),
} as const;

/** Failures of recording a co-building activity. */
export const COBUILDING_ERRORS = {
  REQUIRED: domainError('COBUILDING.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  VILLAGE_CODE: domainError('COBUILDING.VILLAGE_CODE', 'VALIDATION', {
    zh: '村编码应为12位村级统计区划代码',
    en: 'A village code is a 12-digit village-level statistical code',
    bo: 'གྲོང་ཚོའི་ཨང་རྟགས་ནི་གྲོང་ཚོ་རིམ་པའི་སྡོམ་རྩིས་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་12ཡིན་དགོས།',
  }),
  VALUE: domainError('COBUILDING.VALUE', 'VALIDATION', {
    zh: '物资价值须为非负整数（单位：分）',
    en: 'A value of goods is a non-negative whole number of fen',
    bo: 'དངོས་རྫས་ཀྱི་རིན་ཐང་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས། （ཚད་གཞི། ཧྥེན།）',
  }),
  PARTICIPANTS: domainError('COBUILDING.PARTICIPANTS', 'VALIDATION', {
    zh: '参加人数须为非负整数',
    en: 'The participants are a non-negative whole number',
    bo: 'ཞུགས་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས།',
  }),
} as const;

/** Failures of the branch's work inside its grid ({@link transitionGridTask}). */
export const GRID_TASK_ERRORS = {
  TRANSITION_NOT_ALLOWED: domainError('GRID_TASK.TRANSITION_NOT_ALLOWED', 'CONFLICT', {
    zh: '任务的当前状态不允许此操作',
    en: 'The task is not in a state that allows this action',
    bo: 'ལས་འགན་གྱི་མིག་སྔའི་གནས་སྟངས་ཀྱིས་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  }),
  REQUIRED: domainError('GRID_TASK.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  GRID_MISMATCH: domainError('GRID_TASK.GRID_MISMATCH', 'VALIDATION', {
    zh: '任务须属于该党支部所在的网格',
    en: 'A task belongs to the grid of its branch',
    bo: 'ལས་འགན་ནི་ཏང་ཡན་ལག་དེ་ཡོད་སའི་དྲ་མིག་ལ་གཏོགས་དགོས།',
  }),
  NOT_FOUND: domainError('GRID_TASK.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这项任务、党支部或党员',
    en: 'There is no such task, branch or member',
    bo: 'ལས་འགན་འདི་དང་། ཏང་ཡན་ལག་འདི། ཏང་མི་འདི་མེད།',
  }),
  STALE_VERSION: domainError('GRID_TASK.STALE_VERSION', 'CONFLICT', {
    zh: '该任务已被他人修改，请刷新后重试',
    en: 'Someone else changed this task; reload it and try again',
    bo: 'ལས་འགན་འདི་མི་གཞན་གྱིས་བཟོ་བཅོས་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  DATE: domainError('GRID_TASK.DATE', 'VALIDATION', {
    zh: '日期不能早于任务的上一步',
    en: 'The date cannot be before the previous step of the task',
    bo: 'ཚེས་གྲངས་ལས་འགན་གྱི་གོམ་རིམ་སྔ་མ་ལས་སྔ་མི་ཆོག',
  }),
} as const;

type ErrorOf<T> = T[keyof T];
/** Any failure of the branch's work inside its grid. */
export type GridTaskError = ErrorOf<typeof GRID_TASK_ERRORS>;
/** Any failure of building the party area's entities. */
export type PartyError = ErrorOf<typeof PARTY_ERRORS>;
/** Any failure of the recall workflow. */
export type RecallError = ErrorOf<typeof RECALL_ERRORS>;
/** Any failure of a leave request. */
export type CadreLeaveError = ErrorOf<typeof CADRE_LEAVE_ERRORS>;
/** Any failure of recording a co-building activity. */
export type CoBuildingError = ErrorOf<typeof COBUILDING_ERRORS>;

/** Names the input that was wrong, as a path (`['partners', '0', 'name']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

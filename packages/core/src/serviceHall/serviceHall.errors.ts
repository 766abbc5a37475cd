import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of the service hall. Codes are a public contract: clients branch on them.

/** Failures of building the hall, its windows and its catalogue. */
export const HALL_ERRORS = {
  REQUIRED: domainError('SERVICE_HALL.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  WINDOW_NUMBER: domainError('SERVICE_HALL.WINDOW_NUMBER', 'VALIDATION', {
    zh: '窗口编号须为不重复的正整数',
    en: 'Window numbers are distinct positive whole numbers',
    bo: 'སྒེའུ་ཁུང་གི་ཨང་རྟགས་ནི་བསྐྱར་ཟློས་མེད་པའི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  DEPARTMENT_NOT_STATIONED: domainError('SERVICE_HALL.DEPARTMENT_NOT_STATIONED', 'VALIDATION', {
    zh: '窗口所服务的部门未进驻大厅',
    en: 'A window serves a department that is not stationed in the hall',
    bo: 'སྒེའུ་ཁུང་གིས་ཞབས་ཞུ་ཞུ་བའི་སྡེ་ཚན་ཁང་ཆེན་དུ་ཞུགས་མེད།',
  }),
  DUPLICATE_CODE: domainError('SERVICE_HALL.DUPLICATE_CODE', 'VALIDATION', {
    zh: '编码重复',
    en: 'A code appears twice',
    bo: 'ཨང་རྟགས་བསྐྱར་ཟློས་བྱུང་འདུག',
  }),
  TIME_LIMIT: domainError('SERVICE_HALL.TIME_LIMIT', 'VALIDATION', {
    zh: '时限须为1至365个工作日，且承诺时限不得超过法定时限',
    en: 'Time limits are 1 to 365 working days, and the promised limit is never above the legal one',
    bo: 'དུས་ཚད་ནི་ལས་ཉིན་1ནས་365བར་ཡིན་དགོས་ལ། ཁས་ལེན་དུས་ཚད་ཁྲིམས་ལྡན་དུས་ཚད་ལས་བརྒལ་མི་ཆོག',
  }),
  TRIPS: domainError('SERVICE_HALL.TRIPS', 'VALIDATION', {
    zh: '最多跑动次数须为0至5的整数',
    en: 'The maximum number of trips is a whole number from 0 to 5',
    bo: 'འགྲོ་འོང་ཐེངས་གྲངས་མང་ཤོས་ནི་0ནས་5བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  SUPPLY_DAYS: domainError('SERVICE_HALL.SUPPLY_DAYS', 'VALIDATION', {
    zh: '有容缺材料的事项须规定1至30个工作日的补齐期限',
    en: 'A matter with tolerable documents sets 1 to 30 working days to supply them',
    bo: 'ཆད་པ་བཟོད་པའི་ཡིག་ཆ་ཡོད་པའི་དོན་དག་ལ་ཁ་སྐོང་དུས་ཚད་ལས་ཉིན་1ནས་30བར་གཏན་འཁེལ་བྱེད་དགོས།',
  }),
  ZERO_TRIPS_OFFLINE: domainError('SERVICE_HALL.ZERO_TRIPS_OFFLINE', 'VALIDATION', {
    zh: '零跑动事项须可网上办理或上门办理',
    en: 'A zero-trip matter is handled online or at the applicant’s door',
    bo: 'འགྲོ་འོང་མི་དགོས་པའི་དོན་དག་ནི་དྲ་ཐོག་ནས་སམ་ཁྱིམ་དུ་འབྱོར་ནས་སྒྲུབ་ཐུབ་པ་ཞིག་དགོས།',
  }),
  VERSION: domainError('SERVICE_HALL.VERSION', 'VALIDATION', {
    zh: '事项版本须从1起连续编号，且生效日期递增',
    en: 'Matter versions count up from 1 with increasing start dates',
    bo: 'དོན་དག་གི་པར་གཞི་1ནས་འགོ་བཙུགས་ཏེ་རིམ་བཞིན་ཨང་རྟགས་སྒྲིག་དགོས་ལ། ནུས་ལྡན་ཚེས་གྲངས་རིམ་བཞིན་ཕྱི་བ་དགོས།',
  }),
} as const;

/** Failures of the application lifecycle ({@link transition}) and of receiving one. */
export const APPLICATION_ERRORS = {
  STALE_VERSION: domainError('SERVICE_HALL.STALE_VERSION', 'CONFLICT', {
    zh: '该办件已被他人处理，请刷新后重试',
    en: 'Someone else acted on this application; reload it and try again',
    bo: 'ཞུ་ཡིག་འདི་མི་གཞན་གྱིས་ཐག་གཅོད་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  TIME: domainError('SERVICE_HALL.TIME', 'VALIDATION', {
    zh: '时间无效：不能早于办件的上一次变更',
    en: 'Invalid time: it cannot be before the last change of the application',
    bo: 'དུས་ཚོད་ནུས་མེད། ཞུ་ཡིག་གི་འགྱུར་ལྡོག་སྔ་མ་ལས་སྔ་མི་ཆོག',
  }),
  REQUIRED: domainError('SERVICE_HALL.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  MATTER_VERSION: domainError('SERVICE_HALL.MATTER_VERSION', 'VALIDATION', {
    zh: '办件须按其受理时的事项版本办理',
    en: 'An application is handled under the matter version it was received under',
    bo: 'ཞུ་ཡིག་དེ་ལེན་སྐབས་ཀྱི་དོན་དག་པར་གཞི་ལྟར་སྒྲུབ་དགོས།',
  }),
  MATTER_NOT_IN_FORCE: domainError('SERVICE_HALL.MATTER_NOT_IN_FORCE', 'VALIDATION', {
    zh: '该事项版本在收件日尚未生效',
    en: 'That matter version was not yet in force on the day of receipt',
    bo: 'དོན་དག་གི་པར་གཞི་དེ་ཡིག་ཆ་ལེན་པའི་ཉིན་ད་དུང་ནུས་ལྡན་མ་བྱུང་།',
  }),
  NOT_ONLINE: domainError('SERVICE_HALL.NOT_ONLINE', 'VALIDATION', {
    zh: '该事项不能网上办理',
    en: 'This matter cannot be applied for online',
    bo: 'དོན་དག་འདི་དྲ་ཐོག་ནས་སྒྲུབ་མི་ཐུབ།',
  }),
  TWO_APPLICANTS: domainError('SERVICE_HALL.TWO_APPLICANTS', 'VALIDATION', {
    zh: '办件的申请人为个人或单位之一，不能同时为两者',
    en: 'An application has one applicant: a person or an organisation, not both',
    bo: 'ཞུ་ཡིག་གི་ཞུ་མཁན་ནི་སྒེར་གྱི་མི་འམ་ལས་ཁུངས་གཉིས་ལས་གཅིག་ཡིན་དགོས་ལ། གཉིས་ཀ་ཡིན་མི་ཆོག',
  }),
  UNKNOWN_DOCUMENT: domainError('SERVICE_HALL.UNKNOWN_DOCUMENT', 'VALIDATION', {
    zh: '该事项没有这项申请材料',
    en: 'The matter asks for no such document',
    bo: 'དོན་དག་འདིར་རེ་ཞུའི་ཡིག་ཆ་དེ་མི་དགོས།',
  }),
  NOT_TOLERABLE: domainError('SERVICE_HALL.NOT_TOLERABLE', 'VALIDATION', {
    zh: '该材料不属于容缺受理材料，缺少时不能受理',
    en: 'That document may not be missing at acceptance',
    bo: 'ཡིག་ཆ་དེ་ཆད་པ་བཟོད་ཐོག་ལེན་པའི་ཡིག་ཆ་མིན་པས། ཆད་ན་ལེན་མི་ཆོག',
  }),
  NO_COMMITMENT: domainError('SERVICE_HALL.NO_COMMITMENT', 'VALIDATION', {
    zh: '该材料不能以告知承诺代替',
    en: 'A signed commitment cannot replace that document',
    bo: 'ཡིག་ཆ་དེའི་ཚབ་ཏུ་བརྡ་ཁྱབ་ཁས་ལེན་ཡིག་ཆ་བེད་སྤྱོད་མི་ཆོག',
  }),
  NOTHING_MISSING: domainError('SERVICE_HALL.NOTHING_MISSING', 'VALIDATION', {
    zh: '容缺受理须列明所缺材料',
    en: 'A tolerance acceptance names the missing documents',
    bo: 'ཆད་པ་བཟོད་ཐོག་ལེན་ན་ཆད་པའི་ཡིག་ཆ་གསལ་བཀོད་བྱེད་དགོས།',
  }),
  SUPPLEMENT_NOTICE_LATE: domainError('SERVICE_HALL.SUPPLEMENT_NOTICE_LATE', 'CONFLICT', {
    zh: '补正通知须当场或在收件后5个工作日内作出；逾期视为自收件之日起受理',
    en: 'A notice to supplement is given on the spot or within 5 working days of receipt; after that the application counts as accepted on the day of receipt',
    bo: 'ཁ་སྐོང་བརྡ་ཐོ་ནི་ས་ཐོག་ཏུའམ་ཡིག་ཆ་ལེན་རྗེས་ལས་ཉིན་5ནང་སྤྲོད་དགོས། དུས་ལས་བརྒལ་ན་ཡིག་ཆ་ལེན་པའི་ཉིན་ནས་ལེན་ཟིན་པར་བརྩི།',
  }),
  SUPPLY_LATE: domainError('SERVICE_HALL.SUPPLY_LATE', 'CONFLICT', {
    zh: '容缺材料补齐期限已过，办件按规定不予受理',
    en: 'The time to supply the missing documents has passed; the application is refused by the rule',
    bo: 'ཆད་པའི་ཡིག་ཆ་ཁ་སྐོང་གི་དུས་ཚད་ལས་བརྒལ་ཟིན་པས། སྒྲིག་གཞི་ལྟར་ཞུ་ཡིག་ལེན་རྒྱུ་མེད།',
  }),
  NOT_LAPSED: domainError('SERVICE_HALL.NOT_LAPSED', 'CONFLICT', {
    zh: '容缺材料补齐期限未过，不能按逾期不予受理',
    en: 'The time to supply the missing documents has not passed yet',
    bo: 'ཆད་པའི་ཡིག་ཆ་ཁ་སྐོང་གི་དུས་ཚད་ད་དུང་མ་བརྒལ་བས། དུས་བརྒལ་གྱི་རྒྱུ་མཚན་གྱིས་ལེན་རྒྱུ་མེད་མི་ཆོག',
  }),
  ALREADY_EXTENDED: domainError('SERVICE_HALL.ALREADY_EXTENDED', 'CONFLICT', {
    zh: '办理时限只能延长一次（10个工作日）',
    en: 'The time limit can be extended once (10 working days)',
    bo: 'སྒྲུབ་པའི་དུས་ཚད་ཐེངས་གཅིག་ཁོ་ན་རྒྱ་བསྐྱེད་ཆོག （ལས་ཉིན་10）',
  }),
  REASON_REQUIRED: domainError('SERVICE_HALL.REASON_REQUIRED', 'VALIDATION', {
    zh: '须填写理由',
    en: 'A reason is required',
    bo: 'རྒྱུ་མཚན་འབྲི་དགོས།',
  }),
  TEXT_TOO_LONG: domainError('SERVICE_HALL.TEXT_TOO_LONG', 'VALIDATION', {
    zh: '文字不能超过500个字符',
    en: 'The text has at most 500 characters',
    bo: 'ཡི་གེ་500ལས་བརྒལ་མི་ཆོག',
  }),
  CALENDAR: domainError('SERVICE_HALL.CALENDAR', 'CONFLICT', {
    zh: '工作日历未覆盖该日期，无法计算办理时限',
    en: 'The working calendar does not cover the dates, so the time limit cannot be computed',
    bo: 'ལས་ཉིན་ལོ་ཐོས་ཚེས་གྲངས་དེ་ཁྱབ་མེད་པས་སྒྲུབ་པའི་དུས་ཚད་རྩིས་མི་ཐུབ།',
  }),
} as const;

/**
 * An action that the lifecycle table does not allow from the application's state
 * (`SERVICE_HALL.TRANSITION_REFUSED`).
 */
export function applicationTransitionRefused(
  from: string,
  action: string,
): DomainError<'SERVICE_HALL.TRANSITION_REFUSED'> {
  return domainError('SERVICE_HALL.TRANSITION_REFUSED', 'CONFLICT', {
    zh: `办件处于 ${from} 状态时不能执行 ${action}`,
    en: `An application in state ${from} does not allow ${action}`,
    bo: `ཞུ་ཡིག་${from}ཡི་གནས་སྟངས་སུ་ཡོད་སྐབས་${action}བྱེད་མི་ཆོག`,
  });
}

/** Failures of visits, ratings and rectifications. */
export const SATISFACTION_ERRORS = {
  VISIT_TIMES: domainError('SERVICE_HALL.VISIT_TIMES', 'VALIDATION', {
    zh: '取号、叫号、开始办理、结束办理的时间须依次不早于前者',
    en: 'A ticket is issued, called, served and finished in that order',
    bo: 'ཨང་ལེན། ཨང་འབོད། སྒྲུབ་འགོ་འཛུགས། སྒྲུབ་མཇུག་སྒྲིལ་བཅས་ཀྱི་དུས་ཚོད་གོ་རིམ་ལྟར་སྔ་མ་ལས་སྔ་མི་ཆོག',
  }),
  NOT_RATABLE: domainError('SERVICE_HALL.NOT_RATABLE', 'CONFLICT', {
    zh: '办件办结后才能评价',
    en: 'An application is rated once it is completed',
    bo: 'ཞུ་ཡིག་སྒྲུབ་ཚར་རྗེས་ཁོ་ན་དཔྱད་བརྗོད་བྱེད་ཆོག',
  }),
  ALREADY_RATED: domainError('SERVICE_HALL.ALREADY_RATED', 'CONFLICT', {
    zh: '每个办件只能评价一次',
    en: 'An application is rated once',
    bo: 'ཞུ་ཡིག་རེ་རེར་དཔྱད་བརྗོད་ཐེངས་གཅིག་ཁོ་ན་བྱེད་ཆོག',
  }),
  NOT_BAD: domainError('SERVICE_HALL.NOT_BAD', 'CONFLICT', {
    zh: '只有差评（不满意、非常不满意）才需整改',
    en: 'Only a bad rating (dissatisfied or very dissatisfied) is rectified',
    bo: 'དཔྱད་བརྗོད་ངན་པ（ཡིད་མ་ཚིམ་པ་དང་ཧ་ཅང་ཡིད་མ་ཚིམ་པ）ཁོ་ན་ཞུ་དག་བྱེད་དགོས།',
  }),
  CLOSE_DAYS: domainError('SERVICE_HALL.CLOSE_DAYS', 'VALIDATION', {
    zh: '整改期限须为1至60个工作日',
    en: 'The rectification period is 1 to 60 working days',
    bo: 'ཞུ་དག་གི་དུས་ཚད་ནི་ལས་ཉིན་1ནས་60བར་ཡིན་དགོས།',
  }),
  NOTE_REQUIRED: domainError('SERVICE_HALL.NOTE_REQUIRED', 'VALIDATION', {
    zh: '须填写回访或整改情况',
    en: 'The callback or rectification note is required',
    bo: 'བསྐྱར་ཞིབ་ཐུག་འཕྲད་དམ་ཞུ་དག་གི་གནས་ཚུལ་འབྲི་དགོས།',
  }),
  STALE_VERSION: domainError('SERVICE_HALL.RECTIFICATION_STALE', 'CONFLICT', {
    zh: '该整改已被他人处理，请刷新后重试',
    en: 'Someone else acted on this rectification; reload it and try again',
    bo: 'ཞུ་དག་འདི་མི་གཞན་གྱིས་ཐག་གཅོད་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
} as const;

/** A rectification action the table does not allow (`SERVICE_HALL.RECTIFICATION_REFUSED`). */
export function rectificationTransitionRefused(
  from: string,
  action: string,
): DomainError<'SERVICE_HALL.RECTIFICATION_REFUSED'> {
  return domainError('SERVICE_HALL.RECTIFICATION_REFUSED', 'CONFLICT', {
    zh: `整改处于 ${from} 状态时不能执行 ${action}`,
    en: `A rectification in state ${from} does not allow ${action}`,
    bo: `ཞུ་དག་${from}ཡི་གནས་སྟངས་སུ་ཡོད་སྐབས་${action}བྱེད་མི་ཆོག`,
  });
}

/** Refusals of the hall's access rules. */
export const HALL_ACCESS_ERRORS = {
  NOT_FOUND: domainError('SERVICE_HALL.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个办件，或您无权查看',
    en: 'There is no such application, or you may not see it',
    bo: 'ཞུ་ཡིག་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
  }),
  FORBIDDEN: domainError('SERVICE_HALL.FORBIDDEN', 'FORBIDDEN', {
    zh: '只有本县政务服务窗口人员才能办理',
    en: 'Only the county’s service hall clerks may do this',
    bo: 'རྫོང་འདིའི་སྲིད་དོན་ཞབས་ཞུའི་སྒེའུ་ཁུང་ལས་བྱེད་པ་ཁོ་ནས་སྒྲུབ་ཆོག',
  }),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of building the hall or its catalogue. */
export type HallError = ErrorOf<typeof HALL_ERRORS>;
/** Any failure of the application lifecycle. */
export type ApplicationError =
  | ErrorOf<typeof APPLICATION_ERRORS>
  | ReturnType<typeof applicationTransitionRefused>;
/** Any failure of visits, ratings and rectifications. */
export type SatisfactionError =
  | ErrorOf<typeof SATISFACTION_ERRORS>
  | ReturnType<typeof rectificationTransitionRefused>;
/** Any refusal of the hall's access rules. */
export type HallAccessError = ErrorOf<typeof HALL_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path. */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of records, matters, escalation, the Fengqiao measures and the access rules
// of records and matters. Codes are a public contract: clients branch on them, so they never change
// once released.

/** Failures of {@link createPublicOpinionRecord} (社情民意信息). */
export const RECORD_ERRORS = {
  REQUIRED: domainError('RECORD.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  CATEGORY: domainError('RECORD.CATEGORY', 'VALIDATION', {
    zh: '信息类别只能是社情民意、矛盾纠纷、安全隐患或民生诉求',
    en: 'A record category is OPINION, DISPUTE, HAZARD or REQUEST',
    bo: 'ཆ་འཕྲིན་གྱི་རིགས་ནི་སྤྱི་ཚོགས་གནས་སྟངས་དང་མང་ཚོགས་ཀྱི་བསམ་ཚུལ། འགལ་ཟླ་དང་རྩོད་གཞི། བདེ་འཇགས་ཀྱི་ཉེན་ཁ། དམངས་འཚོའི་རེ་འདུན་བཅས་ཁོ་ན་ཡིན་ཆོག',
  }),
  CHANNEL: domainError('RECORD.CHANNEL', 'VALIDATION', {
    zh: '未知的信息来源渠道',
    en: 'Unknown record channel',
    bo: 'ཆ་འཕྲིན་གྱི་འབྱུང་ཁུངས་ལམ་ཀ་ངོ་མི་ཤེས།',
  }),
  GRID_CODE: domainError('RECORD.GRID_CODE', 'VALIDATION', {
    zh: '网格编码应为15位网格级区划代码',
    en: 'A grid code is a 15-digit grid-level region code',
    bo: 'དྲ་མིག་ཨང་རྟགས་ནི་དྲ་མིག་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་15ཡིན་དགོས།',
  }),
  TEXT_TOO_LONG: domainError('RECORD.TEXT_TOO_LONG', 'VALIDATION', {
    zh: '信息内容不能超过2000个字符',
    en: 'The text of a record has at most 2000 characters',
    bo: 'ཆ་འཕྲིན་གྱི་ནང་དོན་ཡི་གེ་2000ལས་བརྒལ་མི་ཆོག',
  }),
  TIME: domainError('RECORD.TIME', 'VALIDATION', {
    zh: '时间无效：须为有效时间，且不能晚于当前时间（允许5分钟误差）',
    en: 'Invalid time: it must be a real time, and not in the future (5 minutes of clock skew allowed)',
    bo: 'དུས་ཚོད་ནུས་མེད། ནུས་ལྡན་དུས་ཚོད་ཡིན་དགོས་ལ་ད་ལྟའི་དུས་ཚོད་ལས་ཕྱི་མི་ཆོག （སྐར་མ་5ཡི་ནོར་འཁྲུལ་ཆོག）',
  }),
} as const;

/** Failures of the matter lifecycle ({@link transition}, {@link createMatter}). */
export const MATTER_ERRORS = {
  ALREADY_ACCEPTED: domainError('MATTER.ALREADY_ACCEPTED', 'CONFLICT', {
    zh: '该事项已被其他网格员受理',
    en: 'Another worker has already accepted this matter',
    bo: 'གནད་དོན་འདི་དྲ་མིག་ལས་བྱེད་པ་གཞན་ཞིག་གིས་ལེན་ཟིན།',
  }),
  STALE_VERSION: domainError('MATTER.STALE_VERSION', 'CONFLICT', {
    zh: '该事项已被他人修改，请刷新后重试',
    en: 'Someone else changed this matter; reload it and try again',
    bo: 'གནད་དོན་འདི་མི་གཞན་གྱིས་བཟོ་བཅོས་བྱས་ཟིན། གསར་བཟོ་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།',
  }),
  NOT_HANDLER: domainError('MATTER.NOT_HANDLER', 'FORBIDDEN', {
    zh: '只有受理该事项的网格员才能执行此操作',
    en: 'Only the worker who accepted the matter may do this',
    bo: 'གནད་དོན་འདི་ལེན་མཁན་དྲ་མིག་ལས་བྱེད་པ་ཁོ་ནས་བྱ་བ་འདི་བྱེད་ཆོག',
  }),
  NOT_ASSIGNEE: domainError('MATTER.NOT_ASSIGNEE', 'FORBIDDEN', {
    zh: '只有被派遣的人才能受理该事项（或由有派遣职责的人代为受理）',
    en: 'Only the person the matter was dispatched to may accept it (or someone who dispatches, on their behalf)',
    bo: 'བསྐོ་གཏོང་བྱས་པའི་མི་ཁོ་ནས་གནད་དོན་འདི་ལེན་ཆོག （ཡང་ན་བསྐོ་གཏོང་འགན་འཁུར་ཡོད་པའི་མིས་ཚབ་ལེན་བྱེད།）',
  }),
  SELF_CHECK: domainError('MATTER.SELF_CHECK', 'FORBIDDEN', {
    zh: '处置人不能核查自己处置的事项',
    en: 'The handler cannot check their own work',
    bo: 'ཐག་གཅོད་བྱེད་མཁན་གྱིས་རང་ཉིད་ཀྱིས་ཐག་གཅོད་བྱས་པའི་གནད་དོན་ཞིབ་བཤེར་བྱེད་མི་ཆོག',
  }),
  REASON_REQUIRED: domainError('MATTER.REASON_REQUIRED', 'VALIDATION', {
    zh: '须填写理由',
    en: 'A reason is required',
    bo: 'རྒྱུ་མཚན་འབྲི་དགོས།',
  }),
  FEEDBACK_REQUIRED: domainError('MATTER.FEEDBACK_REQUIRED', 'VALIDATION', {
    zh: '须填写处置结果',
    en: 'The feedback is required',
    bo: 'ཐག་གཅོད་གྲུབ་འབྲས་འབྲི་དགོས།',
  }),
  TEXT_TOO_LONG: domainError('MATTER.TEXT_TOO_LONG', 'VALIDATION', {
    zh: '文字不能超过2000个字符',
    en: 'The text has at most 2000 characters',
    bo: 'ཡི་གེ་2000ལས་བརྒལ་མི་ཆོག',
  }),
  REQUIRED: domainError('MATTER.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  TIME: domainError('MATTER.TIME', 'VALIDATION', {
    zh: '时间无效：不能早于事项的上一次变更',
    en: 'Invalid time: it cannot be before the last change of the matter',
    bo: 'དུས་ཚོད་ནུས་མེད། གནད་དོན་གྱི་འགྱུར་ལྡོག་སྔ་མ་ལས་སྔ་མི་ཆོག',
  }),
  NOT_ESCALATABLE: domainError('MATTER.NOT_ESCALATABLE', 'CONFLICT', {
    zh: '只有已派遣且未办结的事项才能上报上级',
    en: 'Only a dispatched matter that is not finished can be escalated',
    bo: 'བསྐོ་གཏོང་བྱས་ཟིན་པ་དང་ད་དུང་སྒྲུབ་མ་ཚར་བའི་གནད་དོན་ཁོ་ན་གོང་རིམ་ལ་སྙན་སེང་ཞུ་ཆོག',
  }),
  TOP_LEVEL: domainError('MATTER.TOP_LEVEL', 'CONFLICT', {
    zh: '事项已在县级处置，无法再上报',
    en: 'The matter is already handled at county level and cannot rise further',
    bo: 'གནད་དོན་འདི་རྫོང་རིམ་པར་ཐག་གཅོད་བྱེད་བཞིན་ཡོད་པས་ཡང་གོང་དུ་སྙན་སེང་ཞུ་མི་ཐུབ།',
  }),
  ALREADY_KNOWN: domainError('MATTER.ALREADY_KNOWN', 'CONFLICT', {
    zh: '事项已在须知晓的层级或更高层级处置，无须再报',
    en: 'The matter is already at the level that must know of it, or above',
    bo: 'གནད་དོན་འདི་ཤེས་དགོས་པའི་རིམ་པའམ་དེ་ལས་མཐོ་བའི་རིམ་པར་ཐག་གཅོད་བྱེད་བཞིན་ཡོད་པས་ཡང་བསྐྱར་སྙན་སེང་ཞུ་མི་དགོས།',
  }),
  EXTENSION_DAYS: domainError('MATTER.EXTENSION_DAYS', 'VALIDATION', {
    zh: '延期天数须为1至30之间的整数个工作日',
    en: 'An extension is a whole number of working days from 1 to 30',
    bo: 'དུས་འགྱངས་ཉིན་གྲངས་ནི་ལས་ཉིན་1ནས་30བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  SATISFACTION: domainError('MATTER.SATISFACTION', 'VALIDATION', {
    zh: '满意度只能是满意、基本满意或不满意',
    en: 'A rating is SATISFIED, BASICALLY_SATISFIED or DISSATISFIED',
    bo: 'ཡིད་ཚིམ་ཚད་ནི་ཡིད་ཚིམ། གཞི་ནས་ཡིད་ཚིམ། ཡིད་མ་ཚིམ་བཅས་ཁོ་ན་ཡིན་ཆོག',
  }),
  SUBTYPE: domainError('MATTER.SUBTYPE', 'VALIDATION', {
    zh: '事项小类不属于该信息类别',
    en: 'The sub-type does not belong to the category',
    bo: 'གནད་དོན་གྱི་རིགས་ཕྲན་དེ་ཆ་འཕྲིན་གྱི་རིགས་འདིར་མི་གཏོགས།',
  }),
  COUNT: domainError('MATTER.COUNT', 'VALIDATION', {
    zh: '当事方数和涉及人数须为1至100000之间的整数',
    en: 'Parties and head count are whole numbers from 1 to 100000',
    bo: 'འབྲེལ་ཡོད་ཕྱོགས་གྲངས་དང་འབྲེལ་ཡོད་མི་གྲངས་ནི་1ནས་100000བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  DEPARTMENT: domainError('MATTER.DEPARTMENT', 'VALIDATION', {
    zh: '未知的职能部门',
    en: 'Unknown functional department',
    bo: 'ལས་འགན་སྡེ་ཚན་ངོ་མི་ཤེས།',
  }),
  ROUTE_LEVEL: domainError('MATTER.ROUTE_LEVEL', 'CONFLICT', {
    zh: '只有在乡镇或县级处置的事项才能分派到职能部门，且该部门须设在这一层级',
    en: 'Only a matter handled at township or county level can be routed to a functional department, and only to one that sits at that level',
    bo: 'ཤང་ངམ་རྫོང་རིམ་པར་ཐག་གཅོད་བྱེད་བཞིན་པའི་གནད་དོན་ཁོ་ན་ལས་འགན་སྡེ་ཚན་ལ་བགོ་གཏོང་བྱེད་ཆོག་ལ། སྡེ་ཚན་དེ་ཡང་རིམ་པ་དེར་ཡོད་དགོས།',
  }),
  PLACE_TOO_LONG: domainError('MATTER.PLACE_TOO_LONG', 'VALIDATION', {
    zh: '发生地点不能超过200个字符',
    en: 'The place has at most 200 characters',
    bo: 'བྱུང་སའི་ས་གནས་ཡི་གེ་200ལས་བརྒལ་མི་ཆོག',
  }),
} as const;

/**
 * An action that the transition table does not allow from the matter's state
 * (`MATTER.TRANSITION_REFUSED`); the message names the state and the action.
 */
export function matterTransitionRefused(
  from: string,
  action: string,
): DomainError<'MATTER.TRANSITION_REFUSED'> {
  return domainError('MATTER.TRANSITION_REFUSED', 'CONFLICT', {
    zh: `事项处于 ${from} 状态时不能执行 ${action}`,
    en: `A matter in state ${from} does not allow ${action}`,
    bo: `གནད་དོན་${from}ཡི་གནས་སྟངས་སུ་ཡོད་སྐབས་${action}བྱེད་མི་ཆོག`,
  });
}

/** Failures of {@link createEscalationLimits} (分级处置时限). */
export const ESCALATION_ERRORS = {
  LIMIT: domainError('ESCALATION.LIMIT', 'VALIDATION', {
    zh: '各级处置时限须为1至365之间的整数个工作日',
    en: 'Each level’s time limit is a whole number of working days from 1 to 365',
    bo: 'རིམ་པ་སོ་སོའི་ཐག་གཅོད་དུས་ཚད་ནི་ལས་ཉིན་1ནས་365བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
} as const;

/** Failures of {@link fengqiaoMeasures} and the percentile helpers. */
export const FENGQIAO_ERRORS = {
  COUNT: domainError('FENGQIAO.COUNT', 'VALIDATION', {
    zh: '计数须为非负安全整数',
    en: 'Counts are non-negative safe integers',
    bo: 'གྲངས་ཀ་ནི་ཕྱིར་མིན་པའི་བདེ་འཇགས་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  PERCENTILE: domainError('FENGQIAO.PERCENTILE', 'VALIDATION', {
    zh: '百分位须为1至100之间的整数',
    en: 'A percentile is an integer from 1 to 100',
    bo: 'བརྒྱ་ཆའི་གནས་ནི་1ནས་100བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  P90_MISSING: domainError('FENGQIAO.P90_MISSING', 'VALIDATION', {
    zh: '有办结事项时须给出第90百分位办结时长，无办结事项时不能给出',
    en: 'The 90th-percentile time is given exactly when some matter was closed',
    bo: 'སྒྲུབ་ཚར་བའི་གནད་དོན་ཡོད་ན་བརྒྱ་ཆའི་གནས་90པའི་སྒྲུབ་ཚར་དུས་ཡུན་སྟོན་དགོས་ལ། སྒྲུབ་ཚར་བའི་གནད་དོན་མེད་ན་སྟོན་མི་ཆོག',
  }),
  PETITIONED_ABOVE_HANDLED: domainError('FENGQIAO.PETITIONED_ABOVE_HANDLED', 'VALIDATION', {
    zh: '有越级上访的纠纷数不能多于已处置的纠纷数',
    en: 'More disputes with a level-skipping petition than disputes handled',
    bo: 'རིམ་པ་བརྒལ་ནས་ཞུ་གཏུག་བྱས་པའི་རྩོད་གཞིའི་གྲངས་ཐག་གཅོད་བྱས་ཟིན་པའི་རྩོད་གཞིའི་གྲངས་ལས་མང་བ་མི་ཆོག',
  }),
} as const;

/** Failures of {@link recordAttachment} (a matter's photos and files, metadata only). */
export const ATTACHMENT_ERRORS = {
  REQUIRED: domainError('ATTACHMENT.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  FILE_NAME: domainError('ATTACHMENT.FILE_NAME', 'VALIDATION', {
    zh: '文件名不能含路径或控制字符，且不超过200个字符',
    en: 'A file name has no path or control characters and at most 200 characters',
    bo: 'ཡིག་ཆའི་མིང་ལ་ལམ་ཐིག་དང་ཚོད་འཛིན་ཡིག་རྟགས་མི་ཆོག་ལ། ཡིག་རྟགས་200ལས་བརྒལ་མི་ཆོག',
  }),
  MEDIA_TYPE: domainError('ATTACHMENT.MEDIA_TYPE', 'VALIDATION', {
    zh: '只接受照片（JPEG、PNG、WebP、HEIC）、MP4视频、MP3/M4A录音和PDF文件',
    en: 'Only photos (JPEG, PNG, WebP, HEIC), MP4 video, MP3/M4A audio and PDF are accepted',
    bo: 'པར་རིས་（JPEG、PNG、WebP、HEIC）དང་MP4བརྙན་ཟློས། MP3/M4Aསྒྲ་ཕབ། PDFཡིག་ཆ་བཅས་ཁོ་ན་དང་ལེན་བྱེད།',
  }),
  SIZE: domainError('ATTACHMENT.SIZE', 'VALIDATION', {
    zh: '文件大小须在1字节至20 MiB之间',
    en: 'A file is from 1 byte to 20 MiB',
    bo: 'ཡིག་ཆའི་ཆེ་ཆུང་ཡིག་ཚིགས་1ནས་20 MiBབར་ཡིན་དགོས།',
  }),
  SHA256: domainError('ATTACHMENT.SHA256', 'VALIDATION', {
    zh: 'SHA-256摘要应为64位小写十六进制字符',
    en: 'A SHA-256 digest is 64 lowercase hexadecimal digits',
    bo: 'SHA-256ཕྱོགས་བསྡུས་ནི་བཅུ་དྲུག་གོང་འཕེལ་གྱི་ཡིག་འབྲུ་ཆུང་བ་64ཡིན་དགོས།',
  }),
  TAKEN_AT: domainError('ATTACHMENT.TAKEN_AT', 'VALIDATION', {
    zh: '拍摄时间无效：须为有效时间，且不能晚于当前时间',
    en: 'Invalid time taken: it must be a real time, not in the future',
    bo: 'པར་བླངས་པའི་དུས་ཚོད་ནུས་མེད། དུས་ཚོད་ཁུངས་ལྡན་ཡིན་དགོས་ལ་ད་ལྟའི་དུས་ཚོད་ལས་ཕྱི་བ་མི་ཆོག',
  }),
  PLACE: domainError('ATTACHMENT.PLACE', 'VALIDATION', {
    zh: '拍摄地点不能超过200个字符',
    en: 'The place has at most 200 characters',
    bo: 'པར་བླངས་པའི་ས་གནས་ཡིག་རྟགས་200ལས་བརྒལ་མི་ཆོག',
  }),
  EVENT: domainError('ATTACHMENT.EVENT', 'VALIDATION', {
    zh: '该事项没有这一处置环节',
    en: 'The matter has no event of that version',
    bo: 'གནད་དོན་འདིར་སྒྲུབ་རིམ་དེ་མེད།',
  }),
} as const;

/** Failures of {@link recordPetition} (越级上访 about a matter). */
export const PETITION_ERRORS = {
  REQUIRED: domainError('PETITION.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  LEVEL: domainError('PETITION.LEVEL', 'VALIDATION', {
    zh: '信访层级只能是乡镇、县、地区、自治区或国家',
    en: 'A petition level is TOWNSHIP, COUNTY, PREFECTURE, REGION or NATIONAL',
    bo: 'ཞུ་གཏུག་གི་རིམ་པ་ནི་ཤང་དང་རྫོང་། ས་ཁུལ། རང་སྐྱོང་ལྗོངས། རྒྱལ་ཁབ་བཅས་ཁོ་ན་ཡིན།',
  }),
  NOT_ABOVE: domainError('PETITION.NOT_ABOVE', 'VALIDATION', {
    zh: '越级上访须向高于事项当前处置层级的机关提出；向处置层级本身反映的，按事项本身办理',
    en: 'A level-skipping petition goes above the level handling the matter; the handling level deals with anything brought to it as the matter itself',
    bo: 'རིམ་པ་བརྒལ་བའི་ཞུ་གཏུག་ནི་གནད་དོན་སྒྲུབ་བཞིན་པའི་རིམ་པ་ལས་མཐོ་བའི་ལས་ཁུངས་ལ་ཕུལ་དགོས། སྒྲུབ་མཁན་རིམ་པ་རང་ལ་ཞུས་པ་ནི་གནད་དོན་རང་ལྟར་སྒྲུབ།',
  }),
  TIME: domainError('PETITION.TIME', 'VALIDATION', {
    zh: '信访时间无效：须在事项上报之后，且不能晚于当前时间',
    en: 'Invalid petition time: it must be after the matter was reported and not in the future',
    bo: 'ཞུ་གཏུག་གི་དུས་ཚོད་ནུས་མེད། གནད་དོན་སྙན་སེང་བྱས་རྗེས་ཡིན་དགོས་ལ་ད་ལྟའི་དུས་ཚོད་ལས་ཕྱི་བ་མི་ཆོག',
  }),
} as const;

/**
 * Refusals of the access rules of records and matters (who may record, read and act), and of looking
 * up what an input names. A matter the caller may not read is reported as not found, so ids cannot be
 * probed.
 */
export const MATTER_ACCESS_ERRORS = {
  NOT_FOUND: domainError('MATTER.NOT_FOUND', 'NOT_FOUND', {
    zh: '没有这个事项，或您无权查看',
    en: 'There is no such matter, or you may not see it',
    bo: 'གནད་དོན་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
  }),
  FORBIDDEN: domainError('MATTER.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能在事项当前所在层级执行此操作',
    en: 'Your roles or region do not allow this action at the level now handling the matter',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་གནད་དོན་འདི་ད་ལྟ་ཡོད་པའི་རིམ་པར་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  }),
  // Every event names the person who acted; a token that names no person cannot act on a matter.
  PERSON_REQUIRED: domainError('MATTER.PERSON_REQUIRED', 'FORBIDDEN', {
    zh: '办理事项须以登记在册的人员身份进行，当前令牌未关联人员',
    en: 'Acting on a matter is recorded under a person, and this token names none',
    bo: 'གནད་དོན་ཐག་གཅོད་ནི་ཐོ་འགོད་བྱས་པའི་མི་སྣའི་ངོ་བོས་བྱེད་དགོས། ད་ལྟའི་ལག་འཁྱེར་ཨང་རྟགས་（token）ལ་མི་སྣ་འབྲེལ་མཐུད་བྱས་མེད།',
  }),
  ASSIGNEE_NOT_FOUND: domainError(
    'MATTER.ASSIGNEE_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个派遣对象', en: 'There is no such assignee', bo: 'བསྐོ་གཏོང་བྱ་ཡུལ་དེ་མེད།' },
    ['assigneeId'],
  ),
} as const;

/** Refusals of an escalation a person asks for ({@link escalateOnRequest}). */
export const ESCALATION_REQUEST_ERRORS = {
  NOT_OVERDUE: domainError('MATTER.NOT_OVERDUE', 'CONFLICT', {
    zh: '事项尚未超过本级处置时限，不能以超期为由上报',
    en: 'The matter is within its level’s time limit; it cannot be escalated as overdue',
    bo: 'གནད་དོན་འདི་རིམ་པ་འདིའི་ཐག་གཅོད་དུས་ཚད་ལས་བརྒལ་མེད་པས་དུས་བརྒལ་གྱི་རྒྱུ་མཚན་གྱིས་སྙན་སེང་ཞུ་མི་ཆོག',
  }),
  CALENDAR: domainError('MATTER.CALENDAR', 'CONFLICT', {
    zh: '工作日历未覆盖该日期，无法计算处置时限',
    en: 'The working calendar does not cover the dates, so the time limit cannot be computed',
    bo: 'ལས་ཉིན་ལོ་ཐོས་ཚེས་གྲངས་དེ་ཁྱབ་མེད་པས་ཐག་གཅོད་དུས་ཚད་རྩིས་མི་ཐུབ།',
  }),
} as const;

/**
 * Refusals of recording 社情民意 ({@link authoriseRecording}), and of looking up what a record input
 * names.
 */
export const RECORD_ACCESS_ERRORS = {
  FORBIDDEN: domainError(
    'RECORD.FORBIDDEN',
    'FORBIDDEN',
    {
      zh: '您只能在自己负责的网格内采集社情民意',
      en: 'You may record only in the grids you serve',
      bo: 'ཁྱེད་ཀྱིས་རང་ཉིད་འགན་འཁུར་བའི་དྲ་མིག་ནང་ཁོ་ནར་སྤྱི་ཚོགས་གནས་སྟངས་དང་མང་ཚོགས་ཀྱི་བསམ་ཚུལ་བསྡུ་ལེན་བྱེད་ཆོག',
    },
    ['gridCode'],
  ),
  GRID_NOT_FOUND: domainError(
    'RECORD.GRID_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个网格', en: 'There is no such grid', bo: 'དྲ་མིག་འདི་མེད།' },
    ['gridCode'],
  ),
  REPORTER_NOT_FOUND: domainError(
    'RECORD.REPORTER_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个反映人', en: 'There is no such reporter', bo: 'སྙན་སེང་ཞུ་མཁན་དེ་མེད།' },
    ['reporterId'],
  ),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of the record rules. */
export type RecordError = ErrorOf<typeof RECORD_ERRORS>;
/** Any failure of the matter lifecycle. */
export type MatterError = ErrorOf<typeof MATTER_ERRORS> | ReturnType<typeof matterTransitionRefused>;
/** Any failure of the escalation rules. */
export type EscalationError = ErrorOf<typeof ESCALATION_ERRORS>;
/** Any failure of the Fengqiao measures. */
export type FengqiaoError = ErrorOf<typeof FENGQIAO_ERRORS>;
/** Any failure of {@link recordAttachment}. */
export type AttachmentError = ErrorOf<typeof ATTACHMENT_ERRORS>;
/** Any failure of {@link recordPetition}. */
export type PetitionError = ErrorOf<typeof PETITION_ERRORS>;
/** Any refusal of the access rules of matters. */
export type MatterAccessError = ErrorOf<typeof MATTER_ACCESS_ERRORS>;
/** Any refusal of an escalation a person asks for. */
export type EscalationRequestError = ErrorOf<typeof ESCALATION_REQUEST_ERRORS>;
/** Any refusal of the access rules of records. */
export type RecordAccessError = ErrorOf<typeof RECORD_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path (`['answers', 'age']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

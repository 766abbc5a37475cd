import { domainError } from '../shared/errors.js';

// The expected failures of the contests (竞赛). Codes are a public contract: clients branch on them,
// so they never change once released.

/** Failures of scoring, ranking, awards and the event lifecycle. */
export const CONTEST_ERRORS = {
  NO_MARKS: domainError('CONTEST.NO_MARKS', 'VALIDATION', {
    zh: '没有评分，无法计算成绩',
    en: 'There are no marks to score',
    bo: 'སྐར་མ་མེད་པས་གྲུབ་འབྲས་རྩིས་མི་ཐུབ།',
  }),
  MARK_RANGE: domainError(
    'CONTEST.MARK_RANGE',
    'VALIDATION',
    {
      zh: '评分须为0至100.00之间的整数百分之一分（评价类方面为0至3分）',
      en: 'A mark is a whole number of hundredths from 0 to 100.00 (0 to 3 for a judgement aspect)',
      bo: 'སྐར་མ་ནི་0ནས་100.00བར་གྱི་བརྒྱ་ཆའི་སྐར་མ་ཆ་ཚང་ཡིན་དགོས། （དཔྱད་བརྗོད་རིགས་ཀྱི་ཕྱོགས་ལ་0ནས་3བར།）',
    },
    ['value'],
  ),
  UNKNOWN_ASPECT: domainError(
    'CONTEST.UNKNOWN_ASPECT',
    'VALIDATION',
    {
      zh: '评分方案中没有该评分方面',
      en: 'The marking scheme has no such aspect',
      bo: 'སྐར་མ་སྤྲོད་ཐབས་ནང་དཔྱད་ཕྱོགས་དེ་མེད།',
    },
    ['aspectCode'],
  ),
  MEASUREMENT_MISSING: domainError('CONTEST.MEASUREMENT_MISSING', 'VALIDATION', {
    zh: '测量类项目须有测量成绩',
    en: 'A measured item needs a measured result',
    bo: 'ཚད་འཇལ་རིགས་ཀྱི་རྣམ་གྲངས་ལ་ཚད་འཇལ་གྲུབ་འབྲས་དགོས།',
  }),
  SCHEME_WEIGHTS: domainError('CONTEST.SCHEME_WEIGHTS', 'VALIDATION', {
    zh: '评分方案各部分权重之和须为100，每部分各方面分值之和须等于其权重',
    en: 'The sections of a marking scheme weigh 100 together, and each section’s aspects add up to its weight',
    bo: 'སྐར་མ་སྤྲོད་ཐབས་ཀྱི་ཆ་ཤས་ཁག་གི་ལྗིད་ཚད་བསྡོམས་པས་100ཡིན་དགོས་ལ། ཆ་ཤས་རེ་རེའི་ཕྱོགས་ཁག་གི་སྐར་མ་བསྡོམས་པས་དེའི་ལྗིད་ཚད་དང་མཚུངས་དགོས།',
  }),
  TRIM_JUDGES: domainError('CONTEST.TRIM_JUDGES', 'VALIDATION', {
    zh: '去掉最高分和最低分至少需要3名评委',
    en: 'Dropping the highest and lowest mark needs at least 3 judges',
    bo: 'སྐར་མ་མཐོ་ཤོས་དང་དམའ་ཤོས་བསུབ་ན་དཔྱད་བརྗོད་པ་ཉུང་མཐར་3དགོས།',
  }),
  AWARD_POLICY: domainError('CONTEST.AWARD_POLICY', 'VALIDATION', {
    zh: '奖项比例或名额须为非负整数，比例之和不超过100%',
    en: 'Prize shares and places are non-negative whole numbers, shares at most 100 % together',
    bo: 'བྱ་དགའི་བསྡུར་ཚད་དང་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས་ལ། བསྡུར་ཚད་བསྡོམས་པས་100%ལས་མི་བརྒལ་བ་དགོས།',
  }),
  ADVANCE_COUNT: domainError('CONTEST.ADVANCE_COUNT', 'VALIDATION', {
    zh: '晋级名额须为正整数',
    en: 'The number advancing is a positive whole number',
    bo: 'རིམ་སྤར་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས།',
  }),
  TOP_LEVEL: domainError('CONTEST.TOP_LEVEL', 'CONFLICT', {
    zh: '市级决赛之后没有更高一级的比赛',
    en: 'Nothing comes after the city final',
    bo: 'གྲོང་ཁྱེར་རིམ་པའི་མཐའ་མའི་འགྲན་བསྡུར་གྱི་རྗེས་སུ་དེ་ལས་མཐོ་བའི་འགྲན་བསྡུར་མེད།',
  }),
  DRAW: domainError('CONTEST.DRAW', 'VALIDATION', {
    zh: '抽签结果须是对全部参赛者的一个排列',
    en: 'A draw is a permutation of all the entries',
    bo: 'སྒྲིལ་རིལ་གྱི་གྲུབ་འབྲས་ནི་འགྲན་ཞུགས་པ་ཡོངས་ཀྱི་གོ་རིམ་གཅིག་ཡིན་དགོས།',
  }),
  LEVEL_REGION: domainError(
    'CONTEST.LEVEL_REGION',
    'VALIDATION',
    {
      zh: '比赛地点须与比赛级别相符（村级在村，乡级在乡镇，县级在县，市级在市）',
      en: 'An event is held in a region of its level (a village, township, county, the city)',
      bo: 'འགྲན་བསྡུར་གྱི་ས་གནས་ནི་འགྲན་བསྡུར་གྱི་རིམ་པ་དང་མཐུན་དགོས། （གྲོང་ཚོ་རིམ་པ་གྲོང་ཚོར། ཤང་རིམ་པ་ཤང་དུ། རྫོང་རིམ་པ་རྫོང་དུ། གྲོང་ཁྱེར་རིམ་པ་གྲོང་ཁྱེར་དུ།）',
    },
    ['regionCode'],
  ),
  NEXT_EVENT: domainError(
    'CONTEST.NEXT_EVENT',
    'VALIDATION',
    {
      zh: '晋级的比赛须是同届同项目的上一级比赛，且在本场比赛所在地区之上',
      en: 'Winners advance to the same item and edition, one level up, in a region containing this one',
      bo: 'རིམ་སྤར་གྱི་འགྲན་བསྡུར་ནི་ཐེངས་གཅིག་དང་རྣམ་གྲངས་གཅིག་གི་རིམ་པ་གོང་མ་ཡིན་དགོས་ལ། འགྲན་བསྡུར་འདིའི་ས་ཁོངས་ཀྱི་གོང་དུ་ཡོད་དགོས།',
    },
    ['toEventId'],
  ),
  AUDIENCE: domainError(
    'CONTEST.AUDIENCE',
    'VALIDATION',
    {
      zh: '观众人数须为非负整数',
      en: 'The audience is a non-negative whole number',
      bo: 'ལྟད་མོ་བ་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས།',
    },
    ['audience'],
  ),
  REPORTED_ENTRANTS: domainError(
    'CONTEST.REPORTED_ENTRANTS',
    'VALIDATION',
    {
      zh: '上报参赛人数须为非负整数',
      en: 'Reported entrants are a non-negative whole number',
      bo: 'སྙན་སེང་ཞུས་པའི་འགྲན་ཞུགས་མི་གྲངས་ནི་ཧྲིལ་གྲངས་ཕྱིར་མིན་པ་ཡིན་དགོས།',
    },
    ['reportedEntrants'],
  ),
  TRANSITION: domainError('CONTEST.TRANSITION', 'CONFLICT', {
    zh: '比赛当前状态下不能进行该操作',
    en: 'The event cannot do that in its current state',
    bo: 'འགྲན་བསྡུར་གྱི་མིག་སྔའི་གནས་སྟངས་འོག་བྱ་བ་འདི་བྱེད་མི་ཆོག',
  }),
  NOT_ASSIGNED: domainError('CONTEST.NOT_ASSIGNED', 'FORBIDDEN', {
    zh: '您不是该场比赛的评委',
    en: 'You are not a judge of this event',
    bo: 'ཁྱེད་ནི་འགྲན་བསྡུར་འདིའི་དཔྱད་བརྗོད་པ་མིན།',
  }),
  RESULTS_CHECKED: domainError('CONTEST.RESULTS_CHECKED', 'CONFLICT', {
    zh: '成绩已核定，不能再评分',
    en: 'The results are checked; no more marks',
    bo: 'གྲུབ་འབྲས་གཏན་འཁེལ་ཟིན་པས་ཡང་བསྐྱར་སྐར་མ་སྤྲོད་མི་ཆོག',
  }),
  NOT_JUDGING: domainError('CONTEST.NOT_JUDGING', 'CONFLICT', {
    zh: '比赛尚未进入评分阶段',
    en: 'The event is not being judged',
    bo: 'འགྲན་བསྡུར་ད་དུང་སྐར་མ་སྤྲོད་པའི་རིམ་པར་འབྱོར་མེད།',
  }),
  ENTRIES_CLOSED: domainError('CONTEST.ENTRIES_CLOSED', 'CONFLICT', {
    zh: '比赛已停止报名',
    en: 'The event takes no more entries',
    bo: 'འགྲན་བསྡུར་གྱི་མིང་འགོད་མཚམས་བཞག་ཟིན།',
  }),
  EDITION_CLOSED: domainError(
    'CONTEST.EDITION_CLOSED',
    'CONFLICT',
    {
      zh: '该届比赛未开放，不能新增比赛',
      en: 'The edition is not open for new events',
      bo: 'ཐེངས་འདིའི་འགྲན་བསྡུར་སྒོ་ཕྱེ་མེད་པས་འགྲན་བསྡུར་གསར་སྣོན་བྱེད་མི་ཆོག',
    },
    ['editionNumber'],
  ),
  HELD_OUTSIDE_EDITION: domainError(
    'CONTEST.HELD_OUTSIDE_EDITION',
    'VALIDATION',
    {
      zh: '比赛日期须在该届比赛的年度内',
      en: 'An event is held in its edition’s year',
      bo: 'འགྲན་བསྡུར་གྱི་ཚེས་གྲངས་ནི་ཐེངས་དེའི་ལོ་ནང་ཡིན་དགོས།',
    },
    ['heldOn'],
  ),
  ALREADY_ENTERED: domainError(
    'CONTEST.ALREADY_ENTERED',
    'CONFLICT',
    {
      zh: '参赛者已报名本场比赛，不能重复报名',
      en: 'An entrant is already entered in this event',
      bo: 'འགྲན་ཞུགས་པ་འགྲན་བསྡུར་འདིར་མིང་འགོད་བྱས་ཟིན་པས་ཡང་བསྐྱར་མིང་འགོད་བྱེད་མི་ཆོག',
    },
    ['personIds'],
  ),
  ENTRANTS: domainError(
    'CONTEST.ENTRANTS',
    'VALIDATION',
    {
      zh: '个人项目须有1名参赛者，团体项目须有2名及以上参赛者和队名',
      en: 'An individual item has one entrant; a team item has two or more and a team name',
      bo: 'སྒེར་གྱི་རྣམ་གྲངས་ལ་འགྲན་ཞུགས་པ་1དང་། ཚོགས་པའི་རྣམ་གྲངས་ལ་འགྲན་ཞུགས་པ་2ཡན་དང་རུ་ཁག་གི་མིང་དགོས།',
    },
    ['personIds'],
  ),
} as const;

/**
 * Refusals of the caller's right to organise or judge, and of looking up what an input names. An
 * event outside the caller's region is reported as not found, so ids cannot be probed.
 */
export const CONTEST_ACCESS_ERRORS = {
  FORBIDDEN: domainError('CONTEST.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能组织该场比赛',
    en: 'Your roles or region do not allow organising this event',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་འགྲན་བསྡུར་འདི་གོ་སྒྲིག་བྱེད་མི་ཆོག',
  }),
  EVENT_NOT_FOUND: domainError(
    'CONTEST.EVENT_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这场比赛', en: 'There is no such event', bo: 'འགྲན་བསྡུར་འདི་མེད།' },
    ['eventId'],
  ),
  ENTRY_NOT_FOUND: domainError(
    'CONTEST.ENTRY_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '该场比赛没有这份作品或参赛者',
      en: 'The event has no such entry',
      bo: 'འགྲན་བསྡུར་འདིར་བརྩམས་ཆོས་སམ་འགྲན་ཞུགས་པ་དེ་མེད།',
    },
    ['entryId'],
  ),
  ITEM_NOT_FOUND: domainError(
    'CONTEST.ITEM_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '比赛目录中没有该项目',
      en: 'The catalogue has no such item',
      bo: 'འགྲན་བསྡུར་དཀར་ཆག་ནང་རྣམ་གྲངས་དེ་མེད།',
    },
    ['itemId'],
  ),
  EDITION_NOT_FOUND: domainError(
    'CONTEST.EDITION_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这一届比赛', en: 'There is no such edition', bo: 'ཐེངས་འདིའི་འགྲན་བསྡུར་མེད།' },
    ['editionId'],
  ),
  REGION_NOT_FOUND: domainError(
    'CONTEST.REGION_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有该行政区划', en: 'There is no such region', bo: 'སྲིད་འཛིན་ས་ཁོངས་དེ་མེད།' },
    ['regionId'],
  ),
  PERSON_NOT_FOUND: domainError(
    'CONTEST.PERSON_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有该参赛人员', en: 'There is no such entrant', bo: 'འགྲན་ཞུགས་པ་དེ་མེད།' },
    ['personIds'],
  ),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of the contest rules. */
export type ContestError = ErrorOf<typeof CONTEST_ERRORS>;
/** Any refusal of the contest access rules or lookups. */
export type ContestAccessError = ErrorOf<typeof CONTEST_ACCESS_ERRORS>;

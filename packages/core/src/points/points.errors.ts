import { type DomainError, domainError } from '../shared/errors.js';

// The expected failures of the family points system (家庭积分制). Codes are a public contract: clients
// branch on them, so they never change once released.

/** Failures of the points catalogue, the shop and the ledger. */
export const POINTS_ERRORS = {
  REQUIRED: domainError('POINTS.REQUIRED', 'VALIDATION', {
    zh: '必填项为空',
    en: 'A required value is empty',
    bo: 'ངེས་པར་འབྲི་དགོས་པའི་རྣམ་གྲངས་སྟོང་པ་རེད།',
  }),
  VILLAGE_CODE: domainError('POINTS.VILLAGE_CODE', 'VALIDATION', {
    zh: '村（社区）代码应为12位村级区划代码',
    en: 'A village code is a 12-digit village-level region code',
    bo: 'གྲོང་ཚོ（སྡོད་ཁུལ）གྱི་ཨང་རྟགས་ནི་གྲོང་ཚོ་རིམ་པའི་ས་ཁོངས་ཨང་རྟགས་གྲངས་ཀ་12ཡིན་དགོས།',
  }),
  VERSION: domainError('POINTS.VERSION', 'VALIDATION', {
    zh: '版本号须为正整数，新版本号须比上一版本大1',
    en: 'A version is a positive whole number, one more than the version before',
    bo: 'པར་གཞིའི་ཨང་ནི་ཧྲིལ་གྲངས་ཡང་གྲངས་ཡིན་དགོས་ལ། པར་གཞི་གསར་པའི་ཨང་པར་གཞི་སྔ་མ་ལས་1མང་བ་དགོས།',
  }),
  EFFECTIVE_DATE: domainError('POINTS.EFFECTIVE_DATE', 'VALIDATION', {
    zh: '新版本的生效日期须晚于上一版本',
    en: 'A new version takes effect after the version before',
    bo: 'པར་གཞི་གསར་པའི་ནུས་ལྡན་ཚེས་གྲངས་པར་གཞི་སྔ་མ་ལས་ཕྱི་བ་དགོས།',
  }),
  OTHER_VILLAGE: domainError('POINTS.OTHER_VILLAGE', 'VALIDATION', {
    zh: '积分细则或台账属于其他村',
    en: 'The catalogue or ledger belongs to another village',
    bo: 'སྐར་མའི་ཞིབ་ཕྲའི་སྒྲིག་གཞི་འམ་ཐོ་དེབ་དེ་གྲོང་ཚོ་གཞན་ཞིག་ལ་གཏོགས།',
  }),
  NO_ITEMS: domainError('POINTS.NO_ITEMS', 'VALIDATION', {
    zh: '积分细则至少须有一项',
    en: 'A catalogue has at least one item',
    bo: 'སྐར་མའི་ཞིབ་ཕྲའི་སྒྲིག་གཞི་ལ་རྣམ་གྲངས་ཉུང་མཐར་གཅིག་དགོས།',
  }),
  ITEM_CODE_DUPLICATE: domainError('POINTS.ITEM_CODE_DUPLICATE', 'VALIDATION', {
    zh: '积分项目编码重复',
    en: 'Two items have the same code',
    bo: 'སྐར་མའི་རྣམ་གྲངས་ཀྱི་ཨང་རྟགས་བསྐྱར་ཟློས་བྱུང་འདུག',
  }),
  ITEM_POINTS: domainError('POINTS.ITEM_POINTS', 'VALIDATION', {
    zh: '每项分值须为非零整数，绝对值不超过1000',
    en: 'An item is worth a non-zero whole number of points, at most 1000 either way',
    bo: 'རྣམ་གྲངས་རེ་རེའི་སྐར་མ་ནི་0མིན་པའི་ཧྲིལ་གྲངས་ཡིན་དགོས་ལ། དེའི་ཐད་ཀའི་གྲངས་ཐང་1000ལས་བརྒལ་མི་ཆོག',
  }),
  PRICE: domainError('POINTS.PRICE', 'VALIDATION', {
    zh: '兑换所需积分须为1至100000之间的整数',
    en: 'A price is a whole number of points from 1 to 100000',
    bo: 'བརྗེ་ལེན་ལ་དགོས་པའི་སྐར་མ་ནི་1ནས་100000བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  QUANTITY: domainError('POINTS.QUANTITY', 'VALIDATION', {
    zh: '兑换数量须为1至1000之间的整数',
    en: 'A quantity is a whole number from 1 to 1000',
    bo: 'བརྗེ་ལེན་གྲངས་འབོར་ནི་1ནས་1000བར་གྱི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  DELTA: domainError('POINTS.DELTA', 'VALIDATION', {
    zh: '更正分值须为非零整数',
    en: 'A correction changes the balance by a non-zero whole number',
    bo: 'བཅོས་སྒྲིག་གི་སྐར་མ་ནི་0མིན་པའི་ཧྲིལ་གྲངས་ཡིན་དགོས།',
  }),
  TIME: domainError('POINTS.TIME', 'VALIDATION', {
    zh: '发生日期不能晚于登记时间',
    en: 'An event cannot happen after it was recorded',
    bo: 'བྱུང་བའི་ཚེས་གྲངས་ཐོ་འགོད་བྱས་པའི་དུས་ཚོད་ལས་ཕྱི་མི་ཆོག',
  }),
  NO_CATALOGUE: domainError('POINTS.NO_CATALOGUE', 'NOT_FOUND', {
    zh: '该日期没有生效的积分细则',
    en: 'No catalogue was in force on that day',
    bo: 'ཚེས་གྲངས་དེར་ནུས་ལྡན་གྱི་སྐར་མའི་ཞིབ་ཕྲའི་སྒྲིག་གཞི་མེད།',
  }),
  UNKNOWN_ITEM: domainError('POINTS.UNKNOWN_ITEM', 'NOT_FOUND', {
    zh: '生效的积分细则中没有该项目',
    en: 'The catalogue in force has no such item',
    bo: 'ནུས་ལྡན་གྱི་སྐར་མའི་ཞིབ་ཕྲའི་སྒྲིག་གཞིའི་ནང་རྣམ་གྲངས་དེ་མེད།',
  }),
  EVENT_NOT_FOUND: domainError('POINTS.EVENT_NOT_FOUND', 'NOT_FOUND', {
    zh: '该户台账中没有要更正的记录',
    en: 'The household’s ledger has no such event to correct',
    bo: 'ཁྱིམ་ཚང་འདིའི་ཐོ་དེབ་ནང་བཅོས་སྒྲིག་བྱ་རྒྱུའི་ཟིན་ཐོ་མེད།',
  }),
  DUPLICATE_EVENT: domainError('POINTS.DUPLICATE_EVENT', 'CONFLICT', {
    zh: '台账中已有相同编号的记录',
    en: 'The ledger already has an event with this id',
    bo: 'ཐོ་དེབ་ནང་ཨང་རྟགས་གཅིག་པའི་ཟིན་ཐོ་ཡོད་ཟིན།',
  }),
  CORRECTION_OF_CORRECTION: domainError('POINTS.CORRECTION_OF_CORRECTION', 'VALIDATION', {
    zh: '更正记录不能再被更正，请更正原始记录',
    en: 'A correction cannot be corrected; correct the original event',
    bo: 'བཅོས་སྒྲིག་ཟིན་ཐོ་ལ་ཡང་བསྐྱར་བཅོས་སྒྲིག་བྱེད་མི་ཆོག ཐོག་མའི་ཟིན་ཐོ་ལ་བཅོས་སྒྲིག་བྱེད་རོགས།',
  }),
  CORRECTION_OVERSHOOT: domainError('POINTS.CORRECTION_OVERSHOOT', 'VALIDATION', {
    zh: '更正后原记录的分值不能变号（最多冲销为零）',
    en: 'A correction cannot turn an event into its opposite; at most it cancels it',
    bo: 'བཅོས་སྒྲིག་བྱས་རྗེས་ཐོག་མའི་ཟིན་ཐོའི་སྐར་མའི་ཡང་ཕྱིར་འགྱུར་མི་ཆོག （མང་མཐར་0བར་ཁ་གསབ།）',
  }),
  INSUFFICIENT_BALANCE: domainError('POINTS.INSUFFICIENT_BALANCE', 'CONFLICT', {
    zh: '积分余额不足，兑换后余额不能为负',
    en: 'Not enough points: a redemption cannot take the balance below zero',
    bo: 'སྐར་མ་ལྷག་མ་མི་འདང་། བརྗེ་ལེན་རྗེས་ཀྱི་ལྷག་མ་ཕྱིར་གྲངས་ཡིན་མི་ཆོག',
  }),
} as const;

/**
 * Refusals of the caller's right to keep a household's ledger ({@link authorisePointsRecording}), and
 * of looking up what a points input names. A household outside the caller's region is reported as not
 * found, so ids cannot be probed.
 */
export const POINTS_ACCESS_ERRORS = {
  FORBIDDEN: domainError('POINTS.FORBIDDEN', 'FORBIDDEN', {
    zh: '您的角色或辖区不能记录该户的积分',
    en: 'Your roles or region do not allow keeping this household’s points',
    bo: 'ཁྱེད་ཀྱི་ལས་འགན་ནམ་དོ་དམ་ས་ཁོངས་ཀྱིས་ཁྱིམ་ཚང་འདིའི་སྐར་མ་ཟིན་འགོད་བྱེད་མི་ཆོག',
  }),
  HOUSEHOLD_NOT_FOUND: domainError(
    'POINTS.HOUSEHOLD_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这一户，或您无权查看',
      en: 'There is no such household, or you may not see it',
      bo: 'ཁྱིམ་ཚང་འདི་མེད་པའམ། ཁྱེད་ལ་ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།',
    },
    ['householdId'],
  ),
  SHOP_ITEM_NOT_FOUND: domainError(
    'POINTS.SHOP_ITEM_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '该户所在村的积分超市没有这件商品',
      en: 'The household’s village shop has no such item',
      bo: 'ཁྱིམ་ཚང་འདིའི་གྲོང་ཚོའི་སྐར་མའི་ཚོང་ཁང་དུ་ཚོང་ཟོག་དེ་མེད།',
    },
    ['shopItemId'],
  ),
} as const;

type ErrorOf<T> = T[keyof T];

/** Any failure of the family points rules. */
export type PointsError = ErrorOf<typeof POINTS_ERRORS>;
/** Any refusal of the points access rules or lookups. */
export type PointsAccessError = ErrorOf<typeof POINTS_ACCESS_ERRORS>;

/** Names the input that was wrong, as a path (`['items', '2', 'points']`). */
export function at<C extends string>(
  error: DomainError<C>,
  ...field: readonly (string | number)[]
): DomainError<C> {
  return { ...error, field: field.map(String) };
}

/**
 * Failures of the points process (申报 → 评议 → 公示 → 异议 → 记分) and of the shop's cycle.
 */
export const POINTS_PROCESS_ERRORS = {
  GROUP_TOO_SMALL: domainError('POINTS.GROUP_TOO_SMALL', 'CONFLICT', {
    zh: '积分评议小组人数少于县里规定的最少人数',
    en: 'The evaluation group has fewer members than the county requires',
    bo: 'སྐར་གྲངས་གྲོས་བསྡུར་ཚོ་ཆུང་གི་མི་གྲངས་རྫོང་གིས་གཏན་འཁེལ་བྱས་པའི་ཉུང་མཐའ་ལས་ཉུང་།',
  }),
  GROUP_COMPOSITION: domainError('POINTS.GROUP_COMPOSITION', 'CONFLICT', {
    zh: '积分评议小组须包括村干部、党员和群众代表',
    en: 'The evaluation group must include village cadres, party members and household representatives',
    bo: 'སྐར་གྲངས་གྲོས་བསྡུར་ཚོ་ཆུང་ནང་གྲོང་ཚོའི་ལས་བྱེད་པ་དང་། ཏང་ཡོན། མང་ཚོགས་འཐུས་མི་བཅས་ཚུད་དགོས།',
  }),
  NOT_A_MEMBER: domainError('POINTS.NOT_A_MEMBER', 'VALIDATION', {
    zh: '到会人员不是该村积分评议小组成员，或重复登记',
    en: 'A person present is not a member of the village’s evaluation group, or is listed twice',
    bo: 'ཚོགས་འདུར་ཞུགས་མཁན་ནི་གྲོང་ཚོའི་སྐར་གྲངས་གྲོས་བསྡུར་ཚོ་ཆུང་གི་ཚོགས་མི་མིན་པའམ། ཐེངས་གཉིས་ཐོ་འགོད་བྱས་འདུག',
  }),
  BELOW_QUORUM: domainError('POINTS.BELOW_QUORUM', 'CONFLICT', {
    zh: '到会人数不足法定人数，评议无效',
    en: 'Too few members are present: the session decides nothing',
    bo: 'ཚོགས་འདུར་ཞུགས་མཁན་གྱི་མི་གྲངས་ཁྲིམས་ལྡན་གྲངས་ཚད་ལ་མ་སླེབས་པས་གྲོས་བསྡུར་ནུས་མེད།',
  }),
  VOTES: domainError('POINTS.VOTES', 'VALIDATION', {
    zh: '赞成票与反对票须为非负整数，合计不超过到会人数',
    en: 'Votes for and against are whole numbers, together at most the members present',
    bo: 'མོས་མཐུན་དང་མི་མཐུན་གྱི་འོས་ཤོག་ནི་ཧྲིལ་གྲངས་ཡིན་དགོས་ལ། བསྡོམས་གྲངས་ཚོགས་འདུར་ཞུགས་མཁན་ལས་མང་བ་མི་ཆོག',
  }),
  PROPOSAL_NOT_PENDING: domainError('POINTS.PROPOSAL_NOT_PENDING', 'CONFLICT', {
    zh: '该申报不在本村本月待评议之列',
    en: 'The proposal is not waiting for this village’s session of this month',
    bo: 'ཞུ་ཡིག་འདི་གྲོང་ཚོ་འདིའི་ཟླ་བ་འདིའི་གྲོས་བསྡུར་སྒུག་བཞིན་པའི་ཁོངས་སུ་མི་གཏོགས།',
  }),
  MONTH: domainError('POINTS.MONTH', 'VALIDATION', {
    zh: '月份格式应为YYYY-MM，且评议、公示不能早于该月',
    en: 'A month is YYYY-MM, and a session or posting cannot precede it',
    bo: 'ཟླ་བའི་རྣམ་པ་YYYY-MMཡིན་དགོས་ལ། གྲོས་བསྡུར་དང་ཁྱབ་བསྒྲགས་ཟླ་བ་དེའི་སྔོན་དུ་བྱེད་མི་ཆོག',
  }),
  BEFORE_ADOPTION: domainError('POINTS.BEFORE_ADOPTION', 'VALIDATION', {
    zh: '该日期早于本县积分评议公示制度施行日期',
    en: 'The day is before the county adopted the evaluated points process',
    bo: 'ཚེས་གྲངས་འདི་རྫོང་འདིའི་སྐར་གྲངས་གྲོས་བསྡུར་ཁྱབ་བསྒྲགས་ལམ་ལུགས་ལག་བསྟར་བྱེད་པའི་ཚེས་གྲངས་ལས་སྔ།',
  }),
  PROCESS_REQUIRED: domainError('POINTS.PROCESS_REQUIRED', 'FORBIDDEN', {
    zh: '加分、扣分须经申报、评议和公示，不能直接记入台账',
    en: 'Awards and deductions go through proposal, evaluation and public posting, not straight into the ledger',
    bo: 'སྐར་གྲངས་སྣོན་འཐེན་ནི་ཞུ་ཡིག་དང་གྲོས་བསྡུར། ཁྱབ་བསྒྲགས་བཅས་བརྒྱུད་དགོས་པས་ཐད་ཀར་ཐོ་འགོད་བྱེད་མི་ཆོག',
  }),
  POSTING_EXISTS: domainError('POINTS.POSTING_EXISTS', 'CONFLICT', {
    zh: '本村该月已公示过',
    en: 'The village has already posted this month’s list',
    bo: 'གྲོང་ཚོ་འདིས་ཟླ་བ་འདིའི་ཁྱབ་བསྒྲགས་བྱས་ཟིན།',
  }),
  NOTHING_TO_POST: domainError('POINTS.NOTHING_TO_POST', 'CONFLICT', {
    zh: '本村本月没有评议通过、待公示的申报',
    en: 'The village has no approved proposal of the month waiting to be posted',
    bo: 'གྲོང་ཚོ་འདིར་ཟླ་བ་འདིར་གྲོས་བསྡུར་ཐོག་ཆོག་མཆན་ཐོབ་ནས་ཁྱབ་བསྒྲགས་སྒུག་བཞིན་པའི་ཞུ་ཡིག་མེད།',
  }),
  PROPOSAL_NOT_POSTED: domainError('POINTS.PROPOSAL_NOT_POSTED', 'CONFLICT', {
    zh: '该申报不在此次公示中',
    en: 'The proposal is not on this posting',
    bo: 'ཞུ་ཡིག་འདི་ཁྱབ་བསྒྲགས་ཐེངས་འདིའི་ནང་དུ་མེད།',
  }),
  OBJECTION_WINDOW_CLOSED: domainError('POINTS.OBJECTION_WINDOW_CLOSED', 'CONFLICT', {
    zh: '已过公示期（或尚未公示），不能再提出异议',
    en: 'The posting period is over (or has not begun): no objection can be raised',
    bo: 'ཁྱབ་བསྒྲགས་དུས་ཚོད་ཡོལ་ཟིན་པའམ་ད་དུང་འགོ་མ་ཚུགས་པས་དོགས་གཞི་འདོན་མི་ཆོག',
  }),
  OBJECTION_RESOLVED: domainError('POINTS.OBJECTION_RESOLVED', 'CONFLICT', {
    zh: '该异议已处理',
    en: 'The objection has already been resolved',
    bo: 'དོགས་གཞི་འདི་ཐག་གཅོད་བྱས་ཟིན།',
  }),
  POSTING_WINDOW_OPEN: domainError('POINTS.POSTING_WINDOW_OPEN', 'CONFLICT', {
    zh: '公示期未满，不能结束公示',
    en: 'The posting period is not over: the posting cannot be closed yet',
    bo: 'ཁྱབ་བསྒྲགས་དུས་ཚོད་མ་ཚང་བས་ཁྱབ་བསྒྲགས་མཇུག་སྒྲིལ་མི་ཆོག',
  }),
  OPEN_OBJECTIONS: domainError('POINTS.OPEN_OBJECTIONS', 'CONFLICT', {
    zh: '尚有未处理的异议，不能结束公示',
    en: 'Objections are still open: the posting cannot be closed',
    bo: 'ད་དུང་ཐག་མ་ཆོད་པའི་དོགས་གཞི་ཡོད་པས་ཁྱབ་བསྒྲགས་མཇུག་སྒྲིལ་མི་ཆོག',
  }),
  REDEMPTION_CLOSED: domainError('POINTS.REDEMPTION_CLOSED', 'CONFLICT', {
    zh: '积分超市当日不开放兑换',
    en: 'The points shop is not open for redemptions on that day',
    bo: 'སྐར་གྲངས་ཚོང་ཁང་ཉིན་དེར་བརྗེ་ལེན་བྱེད་སྒོ་མི་འབྱེད།',
  }),
  PROPOSAL_TRANSITION: domainError('POINTS.PROPOSAL_TRANSITION', 'CONFLICT', {
    zh: '申报当前状态不允许该操作',
    en: 'The proposal’s state does not allow this step',
    bo: 'ཞུ་ཡིག་གི་ད་ལྟའི་གནས་བབས་ཀྱིས་བྱ་བ་འདི་བྱེད་དུ་མི་འཇུག',
  }),
} as const;

/** Any failure of the points process. */
export type PointsProcessError = ErrorOf<typeof POINTS_PROCESS_ERRORS>;

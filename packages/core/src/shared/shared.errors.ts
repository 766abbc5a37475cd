import { type DomainError, domainError } from './errors.js';

// The expected failures of the shared value objects (identity numbers, codes, phones, money, actors).
// Codes are a public contract: clients branch on them, so they never change once released.

/** Failures of {@link parseCitizenId} and {@link upgradeFifteenDigitId} (公民身份号码, GB 11643). */
export const CITIZEN_ID_ERRORS = {
  LENGTH: domainError('CITIZEN_ID.LENGTH', 'VALIDATION', {
    zh: '公民身份号码应为18位（15位的一代身份证号码须先升位）',
    en: 'A citizen identity number has 18 characters (upgrade a 15-digit first-generation number first)',
  }),
  FORMAT: domainError('CITIZEN_ID.FORMAT', 'VALIDATION', {
    zh: '公民身份号码前17位应为数字，第18位为数字或大写字母X',
    en: 'The first 17 characters of a citizen identity number are digits; the 18th is a digit or an uppercase X',
  }),
  REGION: domainError('CITIZEN_ID.REGION', 'VALIDATION', {
    zh: '公民身份号码的地址码（前6位）不是有效的行政区划代码',
    en: 'The address code (first 6 digits) of the citizen identity number is not a division code',
  }),
  BIRTH_DATE: domainError('CITIZEN_ID.BIRTH_DATE', 'VALIDATION', {
    zh: '公民身份号码中的出生日期不是真实存在的日期',
    en: 'The birth date in the citizen identity number is not a real date',
  }),
  BIRTH_DATE_IN_FUTURE: domainError('CITIZEN_ID.BIRTH_DATE_IN_FUTURE', 'VALIDATION', {
    zh: '公民身份号码中的出生日期晚于今天',
    en: 'The birth date in the citizen identity number is after today',
  }),
  CHECK_CHARACTER: domainError('CITIZEN_ID.CHECK_CHARACTER', 'VALIDATION', {
    zh: '公民身份号码校验码错误，请核对每一位',
    en: 'The check character of the citizen identity number is wrong; check every character',
  }),
} as const;

/** Failures of {@link parseCreditCode} (统一社会信用代码, GB 32100). */
export const CREDIT_CODE_ERRORS = {
  LENGTH: domainError('CREDIT_CODE.LENGTH', 'VALIDATION', {
    zh: '统一社会信用代码应为18位',
    en: 'A unified social credit code has 18 characters',
  }),
  FORMAT: domainError('CREDIT_CODE.FORMAT', 'VALIDATION', {
    zh: '统一社会信用代码只能由数字和大写字母组成（不使用I、O、Z、S、V）',
    en: 'A unified social credit code uses only digits and uppercase letters other than I, O, Z, S and V',
  }),
  DEPARTMENT: domainError('CREDIT_CODE.DEPARTMENT', 'VALIDATION', {
    zh: '统一社会信用代码第1位不是有效的登记管理部门代码',
    en: 'The first character of the credit code is not a registration department code',
  }),
  CATEGORY: domainError('CREDIT_CODE.CATEGORY', 'VALIDATION', {
    zh: '统一社会信用代码第2位不是该登记管理部门的机构类别代码',
    en: 'The second character of the credit code is not an organisation category of its department',
  }),
  REGION: domainError('CREDIT_CODE.REGION', 'VALIDATION', {
    zh: '统一社会信用代码第3–8位不是有效的登记管理机关行政区划码',
    en: 'Characters 3–8 of the credit code are not the division code of a registration authority',
  }),
  ORGANISATION_CODE: domainError('CREDIT_CODE.ORGANISATION_CODE', 'VALIDATION', {
    zh: '统一社会信用代码第9–17位的组织机构代码校验码错误',
    en: 'The organisation code in characters 9–17 of the credit code has a wrong check character',
  }),
  CHECK_CHARACTER: domainError('CREDIT_CODE.CHECK_CHARACTER', 'VALIDATION', {
    zh: '统一社会信用代码校验码错误，请核对每一位',
    en: 'The check character of the credit code is wrong; check every character',
  }),
} as const;

/** Failures of {@link parseRegionCode} and {@link gridCode} (行政区划代码, 统计用区划代码, 网格编码). */
export const REGION_CODE_ERRORS = {
  FORMAT: domainError('REGION_CODE.FORMAT', 'VALIDATION', {
    zh: '区划代码应为6、9、12或15位数字',
    en: 'A region code has 6, 9, 12 or 15 digits',
  }),
  PROVINCE: domainError('REGION_CODE.PROVINCE', 'VALIDATION', {
    zh: '区划代码前2位不是省级行政区代码',
    en: 'The first two digits of the region code are not a province code',
  }),
  STRUCTURE: domainError('REGION_CODE.STRUCTURE', 'VALIDATION', {
    zh: '区划代码的层级结构无效（上级代码段为0时下级代码段也必须为0，乡级、村级和网格段不能为000）',
    en: 'The region code is not well formed: a level under a zero level must be zero, and township, village and grid parts cannot be 000',
  }),
  NOT_VILLAGE: domainError('REGION_CODE.NOT_VILLAGE', 'VALIDATION', {
    zh: '网格编码须由12位村级（社区）区划代码生成',
    en: 'A grid code is derived from a 12-digit village or community code',
  }),
  GRID_SEQUENCE: domainError('REGION_CODE.GRID_SEQUENCE', 'VALIDATION', {
    zh: '网格顺序号应为1至999的整数',
    en: 'A grid sequence number is an integer from 1 to 999',
  }),
} as const;

/** Failures of {@link parseMobileNumber} (手机号码). */
export const PHONE_ERRORS = {
  FORMAT: domainError('PHONE.FORMAT', 'VALIDATION', {
    zh: '手机号码只能包含数字、空格、连字符和+86前缀',
    en: 'A mobile number contains only digits, spaces, dashes and an optional +86 prefix',
  }),
  LENGTH: domainError('PHONE.LENGTH', 'VALIDATION', {
    zh: '手机号码应为11位数字',
    en: 'A mobile number has 11 digits',
  }),
  PREFIX: domainError('PHONE.PREFIX', 'VALIDATION', {
    zh: '中国大陆手机号码以13至19开头',
    en: 'A mainland China mobile number starts with 13 to 19',
  }),
} as const;

/** Failures of the money operations (金额，以分计). */
export const MONEY_ERRORS = {
  FORMAT: domainError('MONEY.FORMAT', 'VALIDATION', {
    zh: '金额格式无效，例如 3524000、3,524,000.00、0.1 或 352.4万元',
    en: 'Invalid amount; examples: 3524000, 3,524,000.00, 0.1 or 352.4万元',
  }),
  PRECISION: domainError('MONEY.PRECISION', 'VALIDATION', {
    zh: '金额最多精确到分（小数点后2位；以万元计时6位）',
    en: 'An amount is exact to the fen: at most 2 decimals (6 when written in 万元)',
  }),
  UNSAFE_INTEGER: domainError('MONEY.UNSAFE_INTEGER', 'VALIDATION', {
    zh: '金额超出可精确表示的范围，或不是整数分',
    en: 'The amount is not a whole number of fen within the exactly representable range',
  }),
  ALLOCATION: domainError('MONEY.ALLOCATION', 'VALIDATION', {
    zh: '分配比例须为非负整数且总和大于0',
    en: 'Allocation ratios are non-negative integers with a positive sum',
  }),
} as const;

/** Failures of {@link createActor} (操作人及其角色授权). */
export const ACTOR_ERRORS = {
  ROLE: domainError('ACTOR.ROLE', 'VALIDATION', {
    zh: '未知的角色',
    en: 'Unknown role',
  }),
  SCOPE: domainError('ACTOR.SCOPE', 'VALIDATION', {
    zh: '角色授权的区划代码无效',
    en: 'The region code of a role grant is not valid',
  }),
} as const;

/** Any failure of the citizen-ID rules. */
export type CitizenIdError = (typeof CITIZEN_ID_ERRORS)[keyof typeof CITIZEN_ID_ERRORS];
/** Any failure of the credit-code rules. */
export type CreditCodeError = (typeof CREDIT_CODE_ERRORS)[keyof typeof CREDIT_CODE_ERRORS];
/** Any failure of the region-code rules. */
export type RegionCodeError = (typeof REGION_CODE_ERRORS)[keyof typeof REGION_CODE_ERRORS];
/** Any failure of the mobile-number rules. */
export type PhoneError = (typeof PHONE_ERRORS)[keyof typeof PHONE_ERRORS];
/** Any failure of the money rules. */
export type MoneyError = (typeof MONEY_ERRORS)[keyof typeof MONEY_ERRORS];
/** Any failure of the actor rules. */
export type ActorError = (typeof ACTOR_ERRORS)[keyof typeof ACTOR_ERRORS];

/** Names the input that was wrong, for a caller that knows the path (`['applicant', 'citizenId']`). */
export function atField<C extends string>(error: DomainError<C>, field: readonly string[]): DomainError<C> {
  return { ...error, field };
}

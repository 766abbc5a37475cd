import { looksLikeDivisionCode } from './division-code.js';
import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';
import { CREDIT_CODE_ERRORS, type CreditCodeError } from './shared.errors.js';

/**
 * A unified social credit code (统一社会信用代码, GB 32100-2015) of a legal person or other
 * organisation: 18 characters with both check characters right. Built only by
 * {@link parseCreditCode} and {@link composeCreditCode}.
 */
export type CreditCode = string & { readonly __brand: 'CreditCode' };

/** The 31 symbols of a credit code; a symbol's value is its index (no I, O, Z, S or V). */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** The weights of positions 1–17 in the check-character sum: `3^(i−1) mod 31`. */
export const CREDIT_CODE_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** The weights of the 8 body characters of an organisation code (GB 11714). */
export const ORGANISATION_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** Position 1: the registration department (登记管理部门) that issued the code. */
export type RegistrationDepartment = '1' | '2' | '3' | '4' | '5' | '6' | '7' | '8' | '9' | 'A' | 'N' | 'Y';

/** Display names of the registration departments (GB 32100-2015 table 1). */
export const REGISTRATION_DEPARTMENT_LABELS: Readonly<Record<RegistrationDepartment, Labels>> = {
  '1': { zh: '机构编制', en: 'Institutional establishment', bo: 'ལས་ཁུངས་དང་ལས་བྱེད་གྲངས་འཛིན།' },
  '2': { zh: '外交', en: 'Foreign affairs', bo: 'ཕྱི་འབྲེལ།' },
  '3': { zh: '司法行政', en: 'Judicial administration', bo: 'ཁྲིམས་བདག་སྲིད་འཛིན།' },
  '4': { zh: '文化', en: 'Culture', bo: 'རིག་གནས།' },
  '5': { zh: '民政', en: 'Civil affairs', bo: 'དམངས་སྲིད།' },
  '6': { zh: '旅游', en: 'Tourism', bo: 'ཡུལ་སྐོར་སྐྱོད་ཕེབས།' },
  '7': { zh: '宗教', en: 'Religious affairs', bo: 'ཆོས་ལུགས།' },
  '8': { zh: '工会', en: 'Trade unions', bo: 'ངལ་རྩོལ་མཉམ་འབྲེལ།' },
  '9': { zh: '工商', en: 'Market regulation (industry and commerce)', bo: 'ཚོང་ལས་དང་ཁྲོམ་ར་ལྟ་སྐྱོང་།' },
  A: {
    zh: '中央军委改革和编制办公室',
    en: 'CMC Office for Reform and Organizational Structure',
    bo: 'ཀྲུང་དབྱང་དམག་ཨུ་ཡོན་ལྷན་ཁང་གི་བཅོས་སྒྱུར་དང་གྲངས་འཛིན་གཞུང་ལས་ཁང་།',
  },
  N: { zh: '农业', en: 'Agriculture', bo: 'ཞིང་ལས།' },
  Y: { zh: '其他', en: 'Other', bo: 'གཞན།' },
};

/**
 * Position 2: the organisation categories (机构类别) each registration department may issue, with
 * their display names (GB 32100-2015 table 1).
 */
export const ORGANISATION_CATEGORY_LABELS: Readonly<
  Record<RegistrationDepartment, Readonly<Record<string, Labels>>>
> = {
  '1': {
    '1': { zh: '机关', en: 'Government organ', bo: 'གཞུང་ལས་ཁུངས།' },
    '2': { zh: '事业单位', en: 'Public institution', bo: 'ལས་དོན་ལས་ཁུངས།' },
    '3': {
      zh: '中央编办直接管理机构编制的群众团体',
      en: 'Mass organisation whose establishment is managed by the central establishment office',
      bo: 'ཀྲུང་དབྱང་གྲངས་འཛིན་གཞུང་ལས་ཁང་གིས་ཐད་ཀར་དོ་དམ་བྱེད་པའི་མང་ཚོགས་ཚོགས་པ།',
    },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '2': {
    '1': { zh: '外国常住新闻机构', en: 'Resident foreign news agency', bo: 'ཕྱི་རྒྱལ་གྱི་རྒྱུན་སྡོད་གསར་འགྱུར་ལས་ཁུངས།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '3': {
    '1': { zh: '律师执业机构', en: 'Law firm', bo: 'རྩོད་འགྲེལ་པའི་ལས་ཁུངས།' },
    '2': { zh: '公证处', en: 'Notary office', bo: 'ར་སྤྲོད་ཁང་།' },
    '3': { zh: '基层法律服务所', en: 'Grassroots legal service office', bo: 'གཞི་རིམ་ཁྲིམས་ལུགས་ཞབས་ཞུ་ཁང་།' },
    '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution', bo: 'ཁྲིམས་ཞིབ་ངོས་འཛིན་ལས་ཁུངས།' },
    '5': { zh: '仲裁委员会', en: 'Arbitration commission', bo: 'བར་འདུམ་ཨུ་ཡོན་ལྷན་ཁང་།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '4': {
    '1': {
      zh: '外国在华文化中心',
      en: 'Foreign cultural centre in China',
      bo: 'ཕྱི་རྒྱལ་གྱིས་ཀྲུང་གོར་བཙུགས་པའི་རིག་གནས་ལྟེ་གནས།',
    },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '5': {
    '1': { zh: '社会团体', en: 'Social organisation', bo: 'སྤྱི་ཚོགས་ཚོགས་པ།' },
    '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit', bo: 'དམངས་གཉེར་ཁེ་ལས་མ་ཡིན་པའི་ལས་ཁུངས།' },
    '3': { zh: '基金会', en: 'Foundation', bo: 'མ་རྩ་ཚོགས་པ།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '6': {
    '1': {
      zh: '外国旅游部门常驻代表机构',
      en: 'Resident office of a foreign tourism authority',
      bo: 'ཕྱི་རྒྱལ་ཡུལ་སྐོར་ལས་ཁུངས་ཀྱི་རྒྱུན་སྡོད་ངོ་ཚབ་ལས་ཁུངས།',
    },
    '2': {
      zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
      en: 'Resident office of a Hong Kong, Macao or Taiwan tourism authority',
      bo: 'ཞང་ཀང་དང་ཨོ་མོན། ཐའེ་ཝན་གྱི་ཡུལ་སྐོར་ལས་ཁུངས་ཀྱིས་ནང་ས་རུ་བཙུགས་པའི་རྒྱུན་སྡོད་ངོ་ཚབ་ལས་ཁུངས།',
    },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '7': {
    '1': { zh: '宗教活动场所', en: 'Venue for religious activities', bo: 'ཆོས་ལུགས་བྱེད་སྒོའི་ས་ཚིགས།' },
    '2': { zh: '宗教院校', en: 'Religious school', bo: 'ཆོས་ལུགས་སློབ་གྲྭ།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '8': {
    '1': { zh: '基层工会', en: 'Grassroots trade union', bo: 'གཞི་རིམ་ངལ་རྩོལ་མཉམ་འབྲེལ།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  '9': {
    '1': { zh: '企业', en: 'Enterprise', bo: 'ཁེ་ལས།' },
    '2': { zh: '个体工商户', en: 'Individual business', bo: 'སྒེར་ཚོང་པ།' },
    '3': { zh: '农民专业合作社', en: "Farmers' specialised cooperative", bo: 'ཞིང་པའི་ཆེད་ལས་མཉམ་ལས་ཁང་།' },
  },
  A: {
    '1': { zh: '军队事业单位', en: 'Military public institution', bo: 'དམག་དཔུང་གི་ལས་དོན་ལས་ཁུངས།' },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  N: {
    '1': {
      zh: '组级集体经济组织',
      en: 'Group-level collective economic organisation',
      bo: 'ཚོ་ཆུང་རིམ་པའི་མཉམ་ཚོགས་དཔལ་འབྱོར་རྩ་འཛུགས།',
    },
    '2': {
      zh: '村级集体经济组织',
      en: 'Village collective economic organisation',
      bo: 'གྲོང་ཚོ་རིམ་པའི་མཉམ་ཚོགས་དཔལ་འབྱོར་རྩ་འཛུགས།',
    },
    '3': {
      zh: '乡镇级集体经济组织',
      en: 'Township collective economic organisation',
      bo: 'ཤང་རིམ་པའི་མཉམ་ཚོགས་དཔལ་འབྱོར་རྩ་འཛུགས།',
    },
    '9': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
  Y: {
    '1': { zh: '其他', en: 'Other', bo: 'གཞན།' },
  },
};

/** What a unified social credit code says about its holder. */
export interface CreditCodeInfo {
  readonly code: CreditCode;
  readonly department: RegistrationDepartment;
  /** The organisation category within the department (position 2). */
  readonly category: string;
  /** The GB/T 2260 code of the registering authority (positions 3–8; `100000` for national level). */
  readonly authorityRegionCode: string;
  /** The 9-character organisation code (组织机构代码, GB 11714) with its own check character. */
  readonly organisationCode: string;
}

/** The parts a credit code is composed of, before the check characters. */
export interface CreditCodeParts {
  readonly department: RegistrationDepartment;
  readonly category: string;
  readonly authorityRegionCode: string;
  /** The 8 body characters of the organisation code, from the credit-code charset. */
  readonly organisationBody: string;
}

// Registrations by national authorities use 100000 in place of a province code.
const NATIONAL_AUTHORITY_CODE = '100000';

/** Whether `text` is one of the registration department codes. */
export function isRegistrationDepartment(text: string): text is RegistrationDepartment {
  return Object.hasOwn(REGISTRATION_DEPARTMENT_LABELS, text);
}

/** The display names of an organisation category, or `null` when the department has no such category. */
export function organisationCategoryLabels(
  department: RegistrationDepartment,
  category: string,
): Labels | null {
  const categories = ORGANISATION_CATEGORY_LABELS[department];
  return Object.hasOwn(categories, category) ? (categories[category] ?? null) : null;
}

function charsetValue(character: string): number {
  return CREDIT_CODE_CHARSET.indexOf(character);
}

/**
 * The 18th character of a credit code for its first 17 characters: `C18 = 31 − (Σ Cᵢ·Wᵢ mod 31)`,
 * where 31 becomes 0 (so valid codes may end in `0`).
 *
 * @throws RangeError when `body17` is not 17 characters of the credit-code charset (a caller bug).
 */
export function creditCodeCheckCharacter(body17: string): string {
  if (body17.length !== 17) throw new RangeError('a credit code body is 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i += 1) {
    const value = charsetValue(body17[i] ?? '');
    if (value < 0) throw new RangeError(`not a credit-code character: ${body17[i]}`);
    sum += value * (CREDIT_CODE_WEIGHTS[i] ?? 0);
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31] ?? '';
}

// GB 11714 values: digits are themselves, letters A=10 … Z=35 (not their credit-code index).
function organisationValue(character: string): number {
  return Number.parseInt(character, 36);
}

/**
 * The check character of an organisation code (GB 11714) for its 8 body characters:
 * `C9 = 11 − (Σ Cᵢ·Wᵢ mod 11)`, where 10 is `X` and 11 is `0`.
 *
 * @throws RangeError when `body8` is not 8 digits or uppercase letters (a caller bug).
 */
export function organisationCodeCheckCharacter(body8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body8)) throw new RangeError('an organisation code body is 8 digits or letters');
  let sum = 0;
  for (let i = 0; i < 8; i += 1)
    sum += organisationValue(body8[i] ?? '') * (ORGANISATION_CODE_WEIGHTS[i] ?? 0);
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  return check === 11 ? '0' : String(check);
}

function isAuthorityRegionCode(text: string): boolean {
  return text === NATIONAL_AUTHORITY_CODE || looksLikeDivisionCode(text);
}

/**
 * Reads and validates a unified social credit code.
 *
 * Surrounding white space is ignored; letters must be uppercase. Checks, in order: length, charset,
 * registration department, organisation category of that department, registering authority's
 * division code (shape only), the 18th check character, then the check character of the embedded
 * organisation code.
 */
export function parseCreditCode(text: string): Result<CreditCodeInfo, CreditCodeError> {
  const code = text.trim();
  if (code.length !== 18) return err(CREDIT_CODE_ERRORS.LENGTH);
  for (const character of code) {
    if (charsetValue(character) < 0) return err(CREDIT_CODE_ERRORS.FORMAT);
  }
  const department = code.slice(0, 1);
  if (!isRegistrationDepartment(department)) return err(CREDIT_CODE_ERRORS.DEPARTMENT);
  const category = code.slice(1, 2);
  if (organisationCategoryLabels(department, category) === null) return err(CREDIT_CODE_ERRORS.CATEGORY);
  const authorityRegionCode = code.slice(2, 8);
  if (!isAuthorityRegionCode(authorityRegionCode)) return err(CREDIT_CODE_ERRORS.REGION);
  if (creditCodeCheckCharacter(code.slice(0, 17)) !== code[17])
    return err(CREDIT_CODE_ERRORS.CHECK_CHARACTER);
  const organisationCode = code.slice(8, 17);
  if (organisationCodeCheckCharacter(organisationCode.slice(0, 8)) !== organisationCode[8]) {
    return err(CREDIT_CODE_ERRORS.ORGANISATION_CODE);
  }
  return ok({ code: code as CreditCode, department, category, authorityRegionCode, organisationCode });
}

/**
 * Builds the credit code of the given parts with both check characters; for fixtures.
 *
 * @throws RangeError when a part is not valid (unknown department or category, an authority code
 *   that is not a division code, an organisation body that is not 8 charset characters).
 */
export function composeCreditCode(parts: CreditCodeParts): CreditCode {
  const { department, category, authorityRegionCode, organisationBody } = parts;
  if (organisationCategoryLabels(department, category) === null) {
    throw new RangeError(`no category ${category} in department ${department}`);
  }
  if (!isAuthorityRegionCode(authorityRegionCode)) {
    throw new RangeError(`not a registration authority code: ${authorityRegionCode}`);
  }
  if (organisationBody.length !== 8 || [...organisationBody].some((c) => charsetValue(c) < 0)) {
    throw new RangeError(`an organisation body is 8 credit-code characters: ${organisationBody}`);
  }
  const body = `${department}${category}${authorityRegionCode}${organisationBody}${organisationCodeCheckCharacter(organisationBody)}`;
  return `${body}${creditCodeCheckCharacter(body)}` as CreditCode;
}

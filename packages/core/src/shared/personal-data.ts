import { type Actor, describeGrant, grantReaches, type Role, type RoleGrant } from './actor.js';
import type { Labels } from './labels.js';
import { parseMobileNumber } from './phone.js';

/** The personal-information fields whose display depends on who is asking (个人信息). */
export type PersonalField =
  | 'NAME'
  | 'CITIZEN_ID'
  | 'PHONE'
  | 'ADDRESS'
  | 'ETHNICITY'
  | 'BIRTH_DATE'
  | 'KEY_PERSON_CATEGORY';

/** Every personal field. */
export const PERSONAL_FIELDS: readonly PersonalField[] = [
  'NAME',
  'CITIZEN_ID',
  'PHONE',
  'ADDRESS',
  'ETHNICITY',
  'BIRTH_DATE',
  'KEY_PERSON_CATEGORY',
];

/** Display names of the personal fields. */
export const PERSONAL_FIELD_LABELS: Readonly<Record<PersonalField, Labels>> = {
  NAME: { zh: '姓名', en: 'Name', bo: 'མིང་།' },
  CITIZEN_ID: { zh: '公民身份号码', en: 'Citizen identity number', bo: 'སྤྱི་དམངས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།' },
  PHONE: { zh: '手机号码', en: 'Mobile number', bo: 'ལག་ཁྱེར་ཁ་པར་ཨང་།' },
  ADDRESS: { zh: '住址', en: 'Address', bo: 'སྡོད་གནས།' },
  ETHNICITY: { zh: '民族', en: 'Ethnicity', bo: 'མི་རིགས།' },
  BIRTH_DATE: { zh: '出生日期', en: 'Birth date', bo: 'སྐྱེས་ཚེས།' },
  KEY_PERSON_CATEGORY: {
    zh: '重点人员类别（敏感个人信息）',
    en: 'Key-person category (sensitive)',
    bo: 'གཙོ་གནད་མི་སྣའི་རིགས། （ཚོར་སྐྱེན་སྒེར་གྱི་ཆ་འཕྲིན།）',
  },
};

/** How much of a field a caller may see: all of it, a part, or only a mask. */
export type VisibilityLevel = 'FULL' | 'PARTIAL' | 'MASKED';

/** Whose record a personal field belongs to: where the record is held (home region or grid code). */
export interface DataSubject {
  /** Where the person is registered (their village or community). */
  readonly regionCode: string;
  /**
   * The grids the person lives in or serves. A grid grant reaches only these (RULES.md 2.9: grid
   * staff know their own grid's people, not the whole village's); without them, it reaches the
   * people registered at its grid's village.
   */
  readonly gridCodes?: readonly string[];
}

/**
 * The outcome of {@link canSee}. A full view names the grant that allowed it and a reason for the
 * audit log, because every read of unmasked personal data is logged.
 */
export type Visibility =
  | { readonly level: 'FULL'; readonly grant: RoleGrant; readonly reason: string }
  | { readonly level: 'PARTIAL' }
  | { readonly level: 'MASKED' };

/** For each role, how much of each personal field it sees within the region of its grant. */
export type VisibilityPolicy = Readonly<Record<Role, Readonly<Record<PersonalField, VisibilityLevel>>>>;

// Why a person is a key person (社区矫正、严重精神障碍、社区戒毒…) is sensitive personal information
// (PIPL art. 28): no role sees it by its grant alone. The key-persons register shows it to the
// department its category names, for that category's purpose (core's keyPersonReadScope).
const NEVER_BY_ROLE = { KEY_PERSON_CATEGORY: 'MASKED' } as const;

const ALL_FULL: Readonly<Record<PersonalField, VisibilityLevel>> = {
  NAME: 'FULL',
  CITIZEN_ID: 'FULL',
  PHONE: 'FULL',
  ADDRESS: 'FULL',
  ETHNICITY: 'FULL',
  BIRTH_DATE: 'FULL',
  ...NEVER_BY_ROLE,
};

const ALL_MASKED: Readonly<Record<PersonalField, VisibilityLevel>> = {
  NAME: 'MASKED',
  CITIZEN_ID: 'MASKED',
  PHONE: 'MASKED',
  ADDRESS: 'MASKED',
  ETHNICITY: 'MASKED',
  BIRTH_DATE: 'MASKED',
  ...NEVER_BY_ROLE,
};

// Grid staff visit households and must reach them, but need only enough of the ID to tell people apart.
const GRID_STAFF: Readonly<Record<PersonalField, VisibilityLevel>> = {
  NAME: 'FULL',
  CITIZEN_ID: 'PARTIAL',
  PHONE: 'FULL',
  ADDRESS: 'FULL',
  ETHNICITY: 'FULL',
  BIRTH_DATE: 'PARTIAL',
  ...NEVER_BY_ROLE,
};

/**
 * The recommended policy (RULES §2.9; PIPL art. 28 treats identity and whereabouts as sensitive):
 * county and township staff and service-hall clerks (who handle applications) see everything in
 * their region; grid staff see names, phones, addresses and ethnicity, and only part of IDs and
 * birth dates; party organisers see names and phones; contest organisers names and part of phones;
 * judges score blind and auditors read the audit log, not people, so both see masks only. Anyone
 * outside a grant's region sees masks.
 */
export const DEFAULT_VISIBILITY_POLICY: VisibilityPolicy = {
  COUNTY_ADMIN: ALL_FULL,
  TOWNSHIP_OFFICER: ALL_FULL,
  GRID_CHIEF: GRID_STAFF,
  GRID_WORKER: GRID_STAFF,
  SERVICE_HALL_CLERK: ALL_FULL,
  PARTY_ORGANISER: { ...ALL_MASKED, NAME: 'FULL', PHONE: 'FULL' },
  CONTEST_ORGANISER: { ...ALL_MASKED, NAME: 'FULL', PHONE: 'PARTIAL' },
  JUDGE: ALL_MASKED,
  AUDITOR: ALL_MASKED,
  // The key-persons register's departments read its entries, not the population register.
  JUSTICE_OFFICER: ALL_MASKED,
  HEALTH_OFFICER: ALL_MASKED,
  POLICE_OFFICER: ALL_MASKED,
  CIVIL_AFFAIRS_OFFICER: ALL_MASKED,
  // Heads are residents who record their own actions; they read no one's data through the API.
  HOUSEHOLD_JOINT_HEAD: ALL_MASKED,
};

const PERMISSIVENESS: Readonly<Record<VisibilityLevel, number>> = { MASKED: 0, PARTIAL: 1, FULL: 2 };

/**
 * How much of `field` of `subject` the actor may see: the most permissive level among the actor's
 * grants whose region contains the subject's region (the first such grant on a tie). Anonymous
 * callers, and callers with no grant covering the subject, see masks.
 */
export function canSee(
  actor: Actor,
  field: PersonalField,
  subject: DataSubject,
  policy: VisibilityPolicy = DEFAULT_VISIBILITY_POLICY,
): Visibility {
  let best: { readonly grant: RoleGrant; readonly level: VisibilityLevel } | null = null;
  for (const grant of actor.grants) {
    if (!grantReaches(grant, subject.regionCode, subject.gridCodes)) continue;
    const level = policy[grant.role][field];
    if (best === null || PERMISSIVENESS[level] > PERMISSIVENESS[best.level]) best = { grant, level };
  }
  if (best === null || best.level === 'MASKED') return { level: 'MASKED' };
  if (best.level === 'PARTIAL') return { level: 'PARTIAL' };
  return { level: 'FULL', grant: best.grant, reason: describeGrant(best.grant) };
}

function stars(count: number): string {
  return '*'.repeat(Math.max(0, count));
}

/**
 * Masks a citizen identity number: `MASKED` keeps the first and last character
 * (`5****************3`), `PARTIAL` the first 6 and last 4 (`540102********1233`), which hides the
 * birth date and sequence. Values too short to keep those parts hidden are masked entirely.
 */
export function maskCitizenId(id: string, level: 'PARTIAL' | 'MASKED'): string {
  const characters = Array.from(id.trim());
  const length = characters.length;
  if (level === 'PARTIAL' && length >= 14) {
    return `${characters.slice(0, 6).join('')}${stars(length - 10)}${characters.slice(-4).join('')}`;
  }
  if (length <= 4) return stars(length);
  return `${characters[0]}${stars(length - 2)}${characters[length - 1]}`;
}

/**
 * Masks a mobile number to its first 3 and last 4 digits: `138****5678`. Numbers written with a
 * country code or separators are normalised first; other values keep at most 3 + 4 characters and
 * only when at least 4 stay hidden.
 */
export function maskPhone(phone: string): string {
  const parsed = parseMobileNumber(phone);
  const characters = Array.from(parsed.ok ? parsed.value : phone.trim());
  const length = characters.length;
  if (length < 11) return stars(length);
  return `${characters.slice(0, 3).join('')}${stars(length - 7)}${characters.slice(-4).join('')}`;
}

const TIBETAN_SCRIPT = /[\u0F00-\u0FFF]/u;
const TSHEG = '\u0F0B';

/**
 * Masks a name (RULES §2.9). A Chinese name keeps its first character and one `*` per remaining
 * character: 张三 → 张*, 扎西次仁 → 扎***; Tibetan names have no surname, so the first character is
 * kept, never a "surname". A name in Tibetan script keeps its first syllable and a fixed `***`
 * (བཀྲ་ཤིས་ཚེ་རིང་ → བཀྲ་***): a syllable is several characters, so one `*` each would give away the
 * length, and a lone first letter says nothing to a reader of Tibetan. A name of one character or
 * one syllable is masked entirely.
 */
export function maskName(name: string): string {
  const text = name.trim();
  if (TIBETAN_SCRIPT.test(text)) {
    const end = text.indexOf(TSHEG);
    const rest =
      end < 0
        ? ''
        : text
            .slice(end + 1)
            .replaceAll(TSHEG, '')
            .trim();
    return rest === '' ? '***' : `${text.slice(0, end + 1)}***`;
  }
  const characters = Array.from(text);
  if (characters.length <= 1) return stars(characters.length);
  return `${characters[0]}${stars(characters.length - 1)}`;
}

const COUNTY_MARKER = /[县区市旗]/u;
const TOWNSHIP_MARKER = /街道|镇|乡|苏木/gu;

/**
 * Masks an address after its region part: everything up to the township (街道, 镇, 乡, 苏木 after a
 * county-level name) is kept and the rest replaced by `****`
 * (`西藏自治区阿里地区改则县改则镇幸福路12号` → `西藏自治区阿里地区改则县改则镇****`). Without a
 * township the first 6 characters are kept (at most half of a short address).
 */
export function maskAddress(address: string): string {
  const text = address.trim();
  if (text === '') return '';
  for (const match of text.matchAll(TOWNSHIP_MARKER)) {
    // A 镇 or 乡 before any county-level name belongs to a city or county name (镇江市, 乡城县).
    if (COUNTY_MARKER.test(text.slice(0, match.index))) {
      return `${text.slice(0, match.index + match[0].length)}****`;
    }
  }
  const characters = Array.from(text);
  return `${characters.slice(0, Math.min(6, Math.floor(characters.length / 2))).join('')}****`;
}

/** Masks a `YYYY-MM-DD` birth date: `PARTIAL` keeps the year (`1990-**-**`), `MASKED` keeps nothing. */
export function maskBirthDate(date: string, level: 'PARTIAL' | 'MASKED'): string {
  const text = date.trim();
  if (level === 'PARTIAL' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text.slice(0, 4)}-**-**`;
  return '****-**-**';
}

/** Masks an ethnicity completely; a fixed mask does not give away the length of the value. */
export function maskEthnicity(_ethnicity: string): string {
  return '***';
}

/**
 * The text to show for a personal field under a visibility: the value itself when `FULL`, else its
 * mask. Names, phones and addresses have one mask for `PARTIAL` and `MASKED`; IDs and birth dates
 * show more when `PARTIAL`.
 */
export function showPersonalField(field: PersonalField, value: string, visibility: Visibility): string {
  if (visibility.level === 'FULL') return value;
  switch (field) {
    case 'CITIZEN_ID':
      return maskCitizenId(value, visibility.level);
    case 'BIRTH_DATE':
      return maskBirthDate(value, visibility.level);
    case 'NAME':
      return maskName(value);
    case 'PHONE':
      return maskPhone(value);
    case 'ADDRESS':
      return maskAddress(value);
    case 'ETHNICITY':
      return maskEthnicity(value);
    case 'KEY_PERSON_CATEGORY':
      return '***';
  }
}

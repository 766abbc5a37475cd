import { type Actor, grantReaches, type RoleGrant } from '../shared/actor.js';
import { grantFits } from '../shared/authorisation.js';
import { addDays, type CalendarDate, compareDates } from '../shared/date.js';
import { type DomainError, domainError } from '../shared/errors.js';
import type { ReadPurpose } from '../shared/purpose.js';
import { err, ok, type Result } from '../shared/result.js';
import type {
  KeyPerson,
  KeyPersonCategory,
  KeyPersonCategoryRule,
  KeyPersonVisitTask,
} from './key-person.js';

/**
 * The categories of the key-persons register, as data. Each is kept by one department, read only by
 * it and only for its purpose:
 * - community corrections by the justice office (社区矫正法 art. 9: 司法所 carries out the daily work);
 * - severe mental illness by health (精神卫生法 art. 24, 严重精神障碍管理治疗工作规范: follow-up at
 *   least every three months);
 * - drug rehabilitation by public security (禁毒法 art. 33–34);
 * - the elderly living alone and minimum-living-allowance recipients by civil affairs
 *   (社会救助暂行办法, 老年人权益保障法).
 * Visit intervals are the county's practice, monthly for supervision and weekly for the elderly alone.
 */
export const KEY_PERSON_CATEGORIES: Readonly<Record<KeyPersonCategory, KeyPersonCategoryRule>> = {
  COMMUNITY_CORRECTION: {
    label: { zh: '社区矫正对象', en: 'Under community correction', bo: 'སྡོད་ཁུལ་དུ་ཉེས་བཅོས་བྱེད་བཞིན་པའི་མི་སྣ།' },
    readers: ['JUSTICE_OFFICER'],
    purpose: 'COMMUNITY_CORRECTION',
    visitEveryDays: 30,
    basis: '社区矫正法 第9条',
  },
  SEVERE_MENTAL_ILLNESS: {
    label: { zh: '严重精神障碍患者', en: 'Severe mental illness', bo: 'སེམས་ནད་ཚབས་ཆེན་ནད་པ།' },
    readers: ['HEALTH_OFFICER'],
    purpose: 'MENTAL_HEALTH_CARE',
    visitEveryDays: 90,
    basis: '精神卫生法 第24条',
  },
  DRUG_REHABILITATION: {
    label: {
      zh: '社区戒毒社区康复人员',
      en: 'In community drug rehabilitation',
      bo: 'སྡོད་ཁུལ་དུ་སྨན་ཟུག་འཆོས་པ་དང་སླར་གསོ་བྱེད་བཞིན་པའི་མི་སྣ།',
    },
    readers: ['POLICE_OFFICER'],
    purpose: 'DRUG_REHABILITATION',
    visitEveryDays: 30,
    basis: '禁毒法 第33、34条',
  },
  ELDERLY_LIVING_ALONE: {
    label: { zh: '独居老人', en: 'Elderly person living alone', bo: 'གཅིག་པུར་སྡོད་པའི་རྒན་འཁོགས།' },
    readers: ['CIVIL_AFFAIRS_OFFICER'],
    purpose: 'SOCIAL_ASSISTANCE',
    visitEveryDays: 7,
    basis: '老年人权益保障法 第18条',
  },
  MINIMUM_LIVING_ALLOWANCE: {
    label: {
      zh: '低保对象',
      en: 'Minimum living allowance recipient',
      bo: 'འཚོ་བའི་ཚད་གཞི་དམའ་ཤོས་ཀྱི་འགན་ལེན་ཐོབ་མཁན།',
    },
    readers: ['CIVIL_AFFAIRS_OFFICER'],
    purpose: 'SOCIAL_ASSISTANCE',
    visitEveryDays: 90,
    basis: '社会救助暂行办法 第13条',
  },
};

/** Every category, in the order of {@link KEY_PERSON_CATEGORIES}. */
export const KEY_PERSON_CATEGORY_LIST = Object.keys(KEY_PERSON_CATEGORIES) as readonly KeyPersonCategory[];

/** Refusals of the key-persons register. */
export const KEY_PERSON_ERRORS = {
  FORBIDDEN: domainError('KEY_PERSON.FORBIDDEN', 'FORBIDDEN', {
    zh: '只有该类别的主管部门可以登记其重点人员',
    en: 'Only the department that keeps the category registers its key persons',
    bo: 'རིགས་དེའི་འགན་འཛིན་སྡེ་ཚན་ཁོ་ནས་དེའི་གཙོ་གནད་མི་སྣ་ཐོ་འགོད་བྱེད་ཆོག',
  }),
  PERSON_NOT_FOUND: domainError(
    'KEY_PERSON.PERSON_NOT_FOUND',
    'NOT_FOUND',
    { zh: '没有这个人员', en: 'There is no such person', bo: 'མི་སྣ་འདི་མེད།' },
    ['personId'],
  ),
  GRID_NOT_FOUND: domainError(
    'KEY_PERSON.GRID_NOT_FOUND',
    'NOT_FOUND',
    {
      zh: '没有这个网格，或不在您的辖区',
      en: 'There is no such grid, or it is outside your region',
      bo: 'དྲ་མིག་འདི་མེད་པའམ། ཁྱེད་ཀྱི་དོ་དམ་ས་ཁོངས་སུ་མེད།',
    },
    ['gridId'],
  ),
  DUPLICATE: domainError('KEY_PERSON.DUPLICATE', 'CONFLICT', {
    zh: '该人员已在此类别登记',
    en: 'The person is already registered in this category',
    bo: 'མི་སྣ་འདི་རིགས་འདིའི་ནང་ཐོ་འགོད་བྱས་ཟིན།',
  }),
  SINCE_IN_FUTURE: domainError(
    'KEY_PERSON.SINCE_IN_FUTURE',
    'VALIDATION',
    {
      zh: '登记日期不能晚于今天',
      en: 'The start day cannot be after today',
      bo: 'ཐོ་འགོད་ཚེས་གྲངས་དེ་རིང་ལས་ཕྱི་མི་ཆོག',
    },
    ['since'],
  ),
} as const;

/** Any refusal of {@link KEY_PERSON_ERRORS}. */
export type KeyPersonError = (typeof KEY_PERSON_ERRORS)[keyof typeof KEY_PERSON_ERRORS];

/** The grant of `actor` that keeps `category` and reaches `gridCode`, or null. */
function keepingGrant(actor: Actor, category: KeyPersonCategory, gridCode: string): RoleGrant | null {
  const { readers } = KEY_PERSON_CATEGORIES[category];
  return (
    actor.grants.find(
      (grant) => readers.includes(grant.role) && grantFits(grant) && grantReaches(grant, gridCode),
    ) ?? null
  );
}

/**
 * Whether the actor may read an entry of `category` held in `gridCode` in full, stating `purpose`:
 * a grant of the category's department reaching the grid, and the category's own purpose. Returns
 * the grant, for the audit; null when the entry stays invisible.
 */
export function keyPersonReader(
  actor: Actor,
  category: KeyPersonCategory,
  gridCode: string,
  purpose: ReadPurpose,
): RoleGrant | null {
  if (KEY_PERSON_CATEGORIES[category].purpose !== purpose) return null;
  return keepingGrant(actor, category, gridCode);
}

/**
 * Where the actor reads the register when stating `purpose`, ready for SQL: for each category whose
 * department the actor works in and whose purpose is the one stated, the regions of those grants.
 * Empty when the actor reads none (every grid worker, and a department reading for another purpose).
 */
export function keyPersonReadScope(
  actor: Actor,
  purpose: ReadPurpose,
): readonly { readonly category: KeyPersonCategory; readonly regions: readonly string[] }[] {
  return KEY_PERSON_CATEGORY_LIST.flatMap((category) => {
    const rule = KEY_PERSON_CATEGORIES[category];
    if (rule.purpose !== purpose) return [];
    const regions = actor.grants
      .filter((grant) => rule.readers.includes(grant.role) && grantFits(grant))
      .map((grant) => grant.regionCode);
    return regions.length === 0 ? [] : [{ category, regions: [...new Set(regions)] }];
  });
}

/** What registering an entry takes. */
export interface KeyPersonInput {
  readonly id: string;
  readonly personId: string;
  readonly category: KeyPersonCategory;
  readonly gridCode: string;
  readonly since: CalendarDate;
}

/**
 * Registers a person in a category (重点人员登记), by the category's department with a grant reaching
 * the grid, from a day not after `today`. `existing` are the person's entries: one per category.
 */
export function registerKeyPerson(
  actor: Actor,
  input: KeyPersonInput,
  existing: readonly KeyPerson[],
  today: CalendarDate,
): Result<KeyPerson, DomainError> {
  if (keepingGrant(actor, input.category, input.gridCode) === null) return err(KEY_PERSON_ERRORS.FORBIDDEN);
  if (compareDates(input.since, today) > 0) return err(KEY_PERSON_ERRORS.SINCE_IN_FUTURE);
  if (existing.some((entry) => entry.personId === input.personId && entry.category === input.category)) {
    return err(KEY_PERSON_ERRORS.DUPLICATE);
  }
  return ok({ ...input, lastVisitedOn: null });
}

/** The day the next visit is due: the category's interval after the last visit, or after `since`. */
export function visitDueOn(entry: Pick<KeyPerson, 'category' | 'since' | 'lastVisitedOn'>): CalendarDate {
  return addDays(entry.lastVisitedOn ?? entry.since, KEY_PERSON_CATEGORIES[entry.category].visitEveryDays);
}

/** The masked task grid staff see for an entry on `today`: whom, where, by when; never the category. */
export function visitTaskOf(entry: KeyPerson, today: CalendarDate): KeyPersonVisitTask {
  const dueOn = visitDueOn(entry);
  return {
    personId: entry.personId,
    gridCode: entry.gridCode,
    dueOn,
    overdue: compareDates(dueOn, today) < 0,
  };
}

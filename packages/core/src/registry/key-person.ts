import type { Role } from '../shared/actor.js';
import type { CalendarDate } from '../shared/date.js';
import type { Labels } from '../shared/labels.js';
import type { ReadPurpose } from '../shared/purpose.js';

/**
 * Why a person is on the key-persons register (重点人员): `COMMUNITY_CORRECTION` 社区矫正对象,
 * `SEVERE_MENTAL_ILLNESS` 严重精神障碍患者, `DRUG_REHABILITATION` 社区戒毒社区康复人员,
 * `ELDERLY_LIVING_ALONE` 独居老人, `MINIMUM_LIVING_ALLOWANCE` 低保对象.
 */
export type KeyPersonCategory =
  | 'COMMUNITY_CORRECTION'
  | 'SEVERE_MENTAL_ILLNESS'
  | 'DRUG_REHABILITATION'
  | 'ELDERLY_LIVING_ALONE'
  | 'MINIMUM_LIVING_ALLOWANCE';

/**
 * A category as data: its labels, the department that keeps it (the only roles that read its
 * entries), the purpose such a read must state, how often grid staff visit, and the law behind it.
 */
export interface KeyPersonCategoryRule {
  readonly label: Labels;
  readonly readers: readonly Role[];
  readonly purpose: ReadPurpose;
  /** Days between visits by grid staff. */
  readonly visitEveryDays: number;
  readonly basis: string;
}

/** A person on the register, in one category, followed in one grid since `since`. */
export interface KeyPerson {
  readonly id: string;
  readonly personId: string;
  readonly category: KeyPersonCategory;
  readonly gridCode: string;
  readonly since: CalendarDate;
  /** The last visit by grid staff; null before the first. */
  readonly lastVisitedOn: CalendarDate | null;
}

/**
 * What grid staff see of an entry: whom to visit and by when, never why (the category is sensitive
 * personal information, PIPL art. 28).
 */
export interface KeyPersonVisitTask {
  readonly personId: string;
  readonly gridCode: string;
  readonly dueOn: CalendarDate;
  readonly overdue: boolean;
}

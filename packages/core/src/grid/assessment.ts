// Assessment (考核奖惩): grades, policies, measures and results. The rules and the default policy are
// in assessment.rules.ts.
import type { CalendarDate } from '../shared/date.js';
import type { Fen } from '../shared/money.js';
import type { StaffAssignment } from './grid.js';

/** Assessment grades (考核等次), best first. */
export type AssessmentGrade = 'EXCELLENT' | 'COMPETENT' | 'BASICALLY_COMPETENT' | 'INCOMPETENT';

/** Every grade, best first. */
export const ASSESSMENT_GRADES: readonly AssessmentGrade[] = [
  'EXCELLENT',
  'COMPETENT',
  'BASICALLY_COMPETENT',
  'INCOMPETENT',
];

/** A count out of a total (`part` of `whole`), e.g. tasks done on time out of tasks assigned. */
export interface Ratio {
  readonly part: number;
  readonly whole: number;
}

/** How much each measure weighs in the score: non-negative integers with a positive sum. */
export interface AssessmentWeights {
  readonly attendance: number;
  readonly tasksOnTime: number;
  readonly satisfaction: number;
}

/** A grade and the lowest score (hundredths of a point, 0–10000) that reaches it. */
export interface GradeBand {
  readonly grade: AssessmentGrade;
  readonly minScore: number;
}

/** What a grade brings (奖惩): a bonus or a deduction in fen, a warning, or review for dismissal. */
export type Consequence =
  | { readonly kind: 'BONUS'; readonly amountFen: Fen }
  | { readonly kind: 'DEDUCTION'; readonly amountFen: Fen }
  | { readonly kind: 'WARNING' }
  | { readonly kind: 'DISMISSAL_REVIEW' };

/** The kinds of consequence. */
export type ConsequenceKind = Consequence['kind'];

/** Every kind of consequence. */
export const CONSEQUENCE_KINDS: readonly ConsequenceKind[] = [
  'BONUS',
  'DEDUCTION',
  'WARNING',
  'DISMISSAL_REVIEW',
];

/**
 * The highest grade a person can get after `minAbsentDays` or more unexcused absences (the pattern
 * of the stationed-cadre rules of RULES.md §2.10: once ⇒ not excellent, twice ⇒ at best basically
 * competent, three times ⇒ incompetent).
 */
export interface AbsenceCap {
  readonly minAbsentDays: number;
  readonly highestGrade: AssessmentGrade;
}

/** A county's assessment rules as data. */
export interface AssessmentPolicy {
  readonly weights: AssessmentWeights;
  /** Highest threshold first; the last band starts at 0. */
  readonly bands: readonly GradeBand[];
  readonly consequences: Readonly<Record<AssessmentGrade, readonly Consequence[]>>;
  readonly absenceCaps: readonly AbsenceCap[];
}

/** The three measures, each in hundredths of a point (0–10000). */
export interface AssessmentComponents {
  readonly attendance: number;
  readonly tasksOnTime: number;
  readonly satisfaction: number;
}

/** A completed assessment (考核结果) of one person for one period. */
export interface Assessment {
  readonly id: string;
  readonly personId: string;
  readonly assignmentId: string;
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  readonly components: AssessmentComponents;
  /** Hundredths of a point, 0–10000. */
  readonly score: number;
  /** The grade the score reached, before any absence cap. */
  readonly scoreGrade: AssessmentGrade;
  readonly grade: AssessmentGrade;
  readonly consequences: readonly Consequence[];
  readonly assessedByUnitId: string;
  readonly assessedAt: Date;
}

/** What `assessPerformance` measures. */
export interface AssessmentInput {
  readonly id: string;
  readonly assignment: StaffAssignment;
  readonly period: { readonly from: CalendarDate; readonly to: CalendarDate };
  /** Days attended out of days due (see `summariseAttendance`); due − attended are unexcused absences. */
  readonly attendance: Ratio;
  /** Tasks completed on time out of tasks assigned. */
  readonly tasksOnTime: Ratio;
  /** Satisfied residents' ratings out of all ratings (群众满意度). */
  readonly satisfaction: Ratio;
}

/** Who assesses, and when. Only the managing unit may ("谁用人，谁管理"). */
export interface AssessmentContext {
  readonly unitId: string | null;
  readonly at: Date;
}

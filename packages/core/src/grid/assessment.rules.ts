import { compareDates } from '../shared/date.js';
import { type Fen, isFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import {
  type AbsenceCap,
  ASSESSMENT_GRADES,
  type Assessment,
  type AssessmentComponents,
  type AssessmentContext,
  type AssessmentGrade,
  type AssessmentInput,
  type AssessmentPolicy,
  type AssessmentWeights,
  type GradeBand,
  type Ratio,
} from './assessment.js';
import { canManage } from './assignment.rules.js';
import { ASSESSMENT_ERRORS, type AssessmentError, type AssignmentError, at } from './grid.errors.js';

/** The default grade bands: 优秀 ≥ 90, 合格 ≥ 75, 基本合格 ≥ 60, 不合格 below 60 (scores in hundredths). */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'EXCELLENT', minScore: 9000 },
  { grade: 'COMPETENT', minScore: 7500 },
  { grade: 'BASICALLY_COMPETENT', minScore: 6000 },
  { grade: 'INCOMPETENT', minScore: 0 },
];

/**
 * A starting policy: attendance 30, tasks on time 40, satisfaction 30; the default bands; a bonus of
 * 2,000 yuan for excellent, a warning for basically competent, a deduction of 1,000 yuan and review
 * for dismissal for incompetent; no absence caps. The article gives no weights or amounts: these are
 * placeholders for a county to replace with its own rules.
 */
export const DEFAULT_ASSESSMENT_POLICY: AssessmentPolicy = {
  weights: { attendance: 30, tasksOnTime: 40, satisfaction: 30 },
  bands: DEFAULT_GRADE_BANDS,
  consequences: {
    EXCELLENT: [{ kind: 'BONUS', amountFen: 200_000 as Fen }],
    COMPETENT: [],
    BASICALLY_COMPETENT: [{ kind: 'WARNING' }],
    INCOMPETENT: [{ kind: 'DEDUCTION', amountFen: 100_000 as Fen }, { kind: 'DISMISSAL_REVIEW' }],
  },
  absenceCaps: [],
};

const FULL_MARKS = 10_000;

// Rounds numerator / denominator half up, in integers (both non-negative, denominator positive).
function divideHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

function isCount(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** Checks a ratio: non-negative integers with the part not above the whole. */
export function checkRatio(ratio: Ratio): Result<Ratio, AssessmentError> {
  return isCount(ratio.part) && isCount(ratio.whole) && ratio.part <= ratio.whole
    ? ok(ratio)
    : err(ASSESSMENT_ERRORS.RATIO);
}

/**
 * A ratio as hundredths of a point out of 100 (0–10000), rounded half up. An empty ratio (nothing
 * due, no task, no rating) is full marks: nothing was missed, late or complained about.
 */
export function ratioToScore(ratio: Ratio): number {
  return ratio.whole === 0 ? FULL_MARKS : divideHalfUp(ratio.part * FULL_MARKS, ratio.whole);
}

/** The weighted score of the three measures, in hundredths (0–10000), rounded half up once. */
export function scoreAssessment(components: AssessmentComponents, weights: AssessmentWeights): number {
  const total = weights.attendance + weights.tasksOnTime + weights.satisfaction;
  return divideHalfUp(
    components.attendance * weights.attendance +
      components.tasksOnTime * weights.tasksOnTime +
      components.satisfaction * weights.satisfaction,
    total,
  );
}

/** The grade of the first band (highest threshold first) whose minimum `score` reaches. */
export function gradeFor(score: number, bands: readonly GradeBand[] = DEFAULT_GRADE_BANDS): AssessmentGrade {
  return bands.find((band) => score >= band.minScore)?.grade ?? 'INCOMPETENT';
}

function gradeRank(grade: AssessmentGrade): number {
  return ASSESSMENT_GRADES.indexOf(grade);
}

/** Applies the absence caps: the grade is lowered to the strictest cap the absences reach. */
export function capGrade(
  grade: AssessmentGrade,
  absentDays: number,
  caps: readonly AbsenceCap[],
): AssessmentGrade {
  let capped = grade;
  for (const cap of caps) {
    if (absentDays >= cap.minAbsentDays && gradeRank(cap.highestGrade) > gradeRank(capped))
      capped = cap.highestGrade;
  }
  return capped;
}

/**
 * Checks an assessment policy: weights are non-negative integers with a positive sum; bands list
 * each grade once with thresholds strictly falling from at most 10000 to a last band at 0; amounts
 * are positive whole fen; caps count non-negative whole days.
 */
export function createAssessmentPolicy(input: AssessmentPolicy): Result<AssessmentPolicy, AssessmentError> {
  const weights = [input.weights.attendance, input.weights.tasksOnTime, input.weights.satisfaction];
  if (!weights.every(isCount) || weights.reduce((sum, value) => sum + value, 0) === 0) {
    return err(at(ASSESSMENT_ERRORS.WEIGHTS, 'weights'));
  }
  const grades = new Set(input.bands.map((band) => band.grade));
  const falling = input.bands.every(
    (band, index) =>
      isCount(band.minScore) &&
      band.minScore <= FULL_MARKS &&
      (index === 0 || band.minScore < (input.bands[index - 1]?.minScore ?? 0)),
  );
  const last = input.bands[input.bands.length - 1];
  if (
    grades.size !== input.bands.length ||
    !input.bands.every((band) => ASSESSMENT_GRADES.includes(band.grade)) ||
    !falling ||
    last === undefined ||
    last.minScore !== 0
  ) {
    return err(at(ASSESSMENT_ERRORS.BANDS, 'bands'));
  }
  for (const grade of ASSESSMENT_GRADES) {
    for (const [index, consequence] of (input.consequences[grade] ?? []).entries()) {
      if (
        (consequence.kind === 'BONUS' || consequence.kind === 'DEDUCTION') &&
        !(isFen(consequence.amountFen) && consequence.amountFen > 0)
      ) {
        return err(at(ASSESSMENT_ERRORS.AMOUNT, 'consequences', grade, index, 'amountFen'));
      }
    }
  }
  if (
    !input.absenceCaps.every(
      (cap) => isCount(cap.minAbsentDays) && ASSESSMENT_GRADES.includes(cap.highestGrade),
    )
  ) {
    return err(at(ASSESSMENT_ERRORS.ABSENCE_CAP, 'absenceCaps'));
  }
  return ok(input);
}

/**
 * Assesses a person for a period (考核): each measure becomes hundredths of a point, the weighted
 * score a grade by the policy's bands (lowered by any absence cap), and the grade its consequences.
 * Only the managing unit may assess (`ASSIGNMENT.NOT_MANAGING_UNIT` otherwise). All arithmetic is
 * in integers: one rounding per measure and one for the score, half up.
 */
export function assessPerformance(
  input: AssessmentInput,
  context: AssessmentContext,
  policy: AssessmentPolicy = DEFAULT_ASSESSMENT_POLICY,
): Result<Assessment, AssessmentError | AssignmentError> {
  const managed = canManage(context.unitId, input.assignment);
  if (!managed.ok) return managed;
  if (input.id.trim() === '') return err(at(ASSESSMENT_ERRORS.REQUIRED, 'id'));
  if (compareDates(input.period.to, input.period.from) < 0)
    return err(at(ASSESSMENT_ERRORS.PERIOD, 'period'));
  for (const key of ['attendance', 'tasksOnTime', 'satisfaction'] as const) {
    const checked = checkRatio(input[key]);
    if (!checked.ok) return err(at(checked.error, key));
  }
  const components: AssessmentComponents = {
    attendance: ratioToScore(input.attendance),
    tasksOnTime: ratioToScore(input.tasksOnTime),
    satisfaction: ratioToScore(input.satisfaction),
  };
  const score = scoreAssessment(components, policy.weights);
  const scoreGrade = gradeFor(score, policy.bands);
  const grade = capGrade(scoreGrade, input.attendance.whole - input.attendance.part, policy.absenceCaps);
  return ok({
    id: input.id,
    personId: input.assignment.personId,
    assignmentId: input.assignment.id,
    period: { from: input.period.from, to: input.period.to },
    components,
    score,
    scoreGrade,
    grade,
    consequences: policy.consequences[grade],
    assessedByUnitId: input.assignment.managingUnitId,
    assessedAt: context.at,
  });
}

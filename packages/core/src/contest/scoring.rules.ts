import { err, ok, type Result } from '../shared/result.js';
import { CONTEST_ERRORS, type ContestError } from './contest.errors.js';
import type { MarkingSection, ScoringMethod } from './contest.js';

/** The highest judged mark, 100.00, in hundredths. */
export const MAX_MARK = 10_000;

/** The highest score a judge gives a judgement aspect (WorldSkills: 0, 1, 2 or 3). */
export const MAX_JUDGEMENT_SCORE = 3;

/**
 * `numerator / denominator` rounded half-up to a whole number, in integers only: the one rounding a
 * score gets (RULES.md 2.8). Both arguments are whole numbers, the denominator positive.
 */
export function divideHalfUp(numerator: number, denominator: number): number {
  const quotient = Math.floor(numerator / denominator);
  const remainder = numerator - quotient * denominator;
  return 2 * remainder >= denominator ? quotient + 1 : quotient;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function checkMarks(marks: readonly number[], max: number): Result<readonly number[], ContestError> {
  if (marks.length === 0) return err(CONTEST_ERRORS.NO_MARKS);
  if (marks.some((mark) => !Number.isSafeInteger(mark) || mark < 0 || mark > max)) {
    return err(CONTEST_ERRORS.MARK_RANGE);
  }
  return ok(marks);
}

/** The mean of the marks (hundredths), rounded half-up once. */
export function plainMean(marks: readonly number[]): Result<number, ContestError> {
  const checked = checkMarks(marks, MAX_MARK);
  if (!checked.ok) return checked;
  return ok(divideHalfUp(sum(marks), marks.length));
}

/**
 * 去掉一个最高分和一个最低分，取其余平均: drops exactly one highest and one lowest mark, whichever judges
 * gave them and even if others gave the same, and averages the rest, rounded half-up once (ISU IJS).
 * 9.50 9.50 9.00 9.00 8.50 → (950 + 900 + 900) / 3 → 917.
 */
export function trimmedMean(marks: readonly number[]): Result<number, ContestError> {
  const checked = checkMarks(marks, MAX_MARK);
  if (!checked.ok) return checked;
  if (marks.length < 3) return err(CONTEST_ERRORS.TRIM_JUDGES);
  const sorted = [...marks].sort((a, b) => a - b);
  return ok(divideHalfUp(sum(sorted.slice(1, -1)), sorted.length - 2));
}

/** The middle mark; for an even count the mean of the two middle marks, rounded half-up. */
export function medianMark(marks: readonly number[]): Result<number, ContestError> {
  const checked = checkMarks(marks, MAX_MARK);
  if (!checked.ok) return checked;
  const sorted = [...marks].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return ok(sorted.length % 2 === 1 ? upper : divideHalfUp((sorted[middle - 1] ?? 0) + upper, 2));
}

/**
 * Turns the 0–3 scores of a judgement aspect's judges into marks (hundredths) out of `maxMarks`.
 * WorldSkills does not publish its conversion (RULES.md 2.8), so it is a parameter.
 */
export type JudgementConversion = (scores: readonly number[], maxMarks: number) => number;

/** The default conversion: the judges' mean score as a share of 3, of the aspect's marks. */
export const meanShareOfThree: JudgementConversion = (scores, maxMarks) =>
  divideHalfUp(sum(scores) * maxMarks, scores.length * MAX_JUDGEMENT_SCORE);

/** Whether a marking scheme's sections weigh 100 and each section's aspects add up to its weight. */
export function checkMarkingScheme(
  sections: readonly MarkingSection[],
): Result<readonly MarkingSection[], ContestError> {
  const weighs100 = sum(sections.map((section) => section.weight)) === 100;
  const aspectsFit = sections.every(
    (section) =>
      section.aspects.length > 0 &&
      sum(section.aspects.map((aspect) => aspect.maxMarks)) === section.weight * 100,
  );
  return weighs100 && aspectsFit ? ok(sections) : err(CONTEST_ERRORS.SCHEME_WEIGHTS);
}

/**
 * The total of a WorldSkills-style marking scheme (hundredths, out of 100.00): each measurement
 * aspect's mark (the mean of the marks given, never above the aspect's marks) plus each judgement
 * aspect's marks converted from its judges' 0–3 scores.
 */
export function markingSchemeTotal(
  sections: readonly MarkingSection[],
  marks: readonly { readonly aspectCode: string | null; readonly value: number }[],
  convert: JudgementConversion = meanShareOfThree,
): Result<number, ContestError> {
  const scheme = checkMarkingScheme(sections);
  if (!scheme.ok) return scheme;
  const aspects = new Map(
    sections.flatMap((section) => section.aspects).map((aspect) => [aspect.code, aspect]),
  );
  const byAspect = new Map<string, number[]>();
  for (const mark of marks) {
    const aspect = mark.aspectCode === null ? undefined : aspects.get(mark.aspectCode);
    if (aspect === undefined) return err(CONTEST_ERRORS.UNKNOWN_ASPECT);
    const max = aspect.kind === 'JUDGEMENT' ? MAX_JUDGEMENT_SCORE : aspect.maxMarks;
    if (!Number.isSafeInteger(mark.value) || mark.value < 0 || mark.value > max) {
      return err(CONTEST_ERRORS.MARK_RANGE);
    }
    byAspect.set(aspect.code, [...(byAspect.get(aspect.code) ?? []), mark.value]);
  }
  if (byAspect.size === 0) return err(CONTEST_ERRORS.NO_MARKS);
  let total = 0;
  for (const aspect of aspects.values()) {
    const given = byAspect.get(aspect.code);
    if (given === undefined) continue;
    total +=
      aspect.kind === 'JUDGEMENT'
        ? Math.min(aspect.maxMarks, convert(given, aspect.maxMarks))
        : divideHalfUp(sum(given), given.length);
  }
  return ok(total);
}

/**
 * An entry's score by its item's method: judged marks for the means and the median, the marks of
 * each aspect for a marking scheme, the measured result for a measured item.
 */
export function scoreEntry(
  method: ScoringMethod,
  input: {
    readonly marks: readonly { readonly aspectCode: string | null; readonly value: number }[];
    readonly measured: number | null;
  },
  convert: JudgementConversion = meanShareOfThree,
): Result<number, ContestError> {
  const values = input.marks.map((mark) => mark.value);
  switch (method.kind) {
    case 'PLAIN_MEAN':
      return plainMean(values);
    case 'TRIMMED_MEAN':
      return values.length >= Math.max(3, method.minimumJudges) ? trimmedMean(values) : plainMean(values);
    case 'MEDIAN':
      return medianMark(values);
    case 'MEASURED':
      return input.measured !== null && Number.isSafeInteger(input.measured) && input.measured >= 0
        ? ok(input.measured)
        : err(CONTEST_ERRORS.MEASUREMENT_MISSING);
    case 'MARKING_SCHEME':
      return markingSchemeTotal(method.sections, input.marks, convert);
  }
}

/** Whether a higher score is better under the method (false only for a lower-wins measurement). */
export function higherWins(method: ScoringMethod): boolean {
  return method.kind !== 'MEASURED' || method.better === 'HIGHER';
}

/** Checks one mark a judge gives under the method, before it is stored. */
export function checkMark(
  method: ScoringMethod,
  mark: { readonly aspectCode: string | null; readonly value: number },
): Result<typeof mark, ContestError> {
  if (method.kind === 'MARKING_SCHEME') {
    const aspect = method.sections.flatMap((s) => s.aspects).find((a) => a.code === mark.aspectCode);
    if (aspect === undefined) return err(CONTEST_ERRORS.UNKNOWN_ASPECT);
    const max = aspect.kind === 'JUDGEMENT' ? MAX_JUDGEMENT_SCORE : aspect.maxMarks;
    return Number.isSafeInteger(mark.value) && mark.value >= 0 && mark.value <= max
      ? ok(mark)
      : err(CONTEST_ERRORS.MARK_RANGE);
  }
  if (mark.aspectCode !== null) return err(CONTEST_ERRORS.UNKNOWN_ASPECT);
  return Number.isSafeInteger(mark.value) && mark.value >= 0 && mark.value <= MAX_MARK
    ? ok(mark)
    : err(CONTEST_ERRORS.MARK_RANGE);
}

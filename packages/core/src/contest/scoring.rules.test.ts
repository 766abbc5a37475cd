import { describe, expect, it } from 'vitest';
import { DAIRY_MARKING } from './catalogue.js';
import { CONTEST_ERRORS } from './contest.errors.js';
import {
  checkMark,
  divideHalfUp,
  markingSchemeTotal,
  medianMark,
  plainMean,
  scoreEntry,
  trimmedMean,
} from './scoring.rules.js';

const judged = (values: readonly number[]) => ({
  marks: values.map((value) => ({ aspectCode: null, value })),
  measured: null,
});

describe('trimmedMean (去掉一个最高分和一个最低分，取其余平均)', () => {
  it('drops one 9.50 and the 8.50 of 9.50 9.50 9.00 9.00 8.50 and gives 9.17 (RULES.md 2.8)', () => {
    expect(trimmedMean([950, 950, 900, 900, 850])).toEqual({ ok: true, value: 917 });
  });

  it('gives 9.71 for the ISU example with nine judges: one 10.00 and one 9.50 dropped, 68.00 / 7', () => {
    expect(trimmedMean([950, 1000, 975, 975, 950, 975, 1000, 950, 975])).toEqual({ ok: true, value: 971 });
  });

  it('drops exactly one mark at each end even when several judges gave it', () => {
    expect(trimmedMean([900, 900, 900, 800, 800])).toEqual({ ok: true, value: divideHalfUp(2600, 3) });
  });

  it('rounds once, half-up, in hundredths: 8.335 becomes 8.34', () => {
    expect(trimmedMean([0, 833, 834, 10_000])).toEqual({ ok: true, value: 834 });
  });

  it('needs three judges and marks from 0 to 100.00', () => {
    expect(trimmedMean([900, 800])).toEqual({ ok: false, error: CONTEST_ERRORS.TRIM_JUDGES });
    expect(trimmedMean([900, 800, 10_001])).toEqual({ ok: false, error: CONTEST_ERRORS.MARK_RANGE });
    expect(trimmedMean([900, 800, 85.5])).toEqual({ ok: false, error: CONTEST_ERRORS.MARK_RANGE });
    expect(trimmedMean([])).toEqual({ ok: false, error: CONTEST_ERRORS.NO_MARKS });
  });
});

describe('scoreEntry by the item’s method', () => {
  const trimmed = { kind: 'TRIMMED_MEAN', minimumJudges: 5 } as const;

  it('trims the marks of five judges or more', () => {
    expect(scoreEntry(trimmed, judged([950, 950, 900, 900, 850]))).toEqual({ ok: true, value: 917 });
  });

  it('takes the plain mean below five judges: nothing is dropped from four marks', () => {
    expect(scoreEntry(trimmed, judged([950, 950, 900, 850]))).toEqual({ ok: true, value: 913 });
    expect(plainMean([950, 950, 900, 850])).toEqual({ ok: true, value: 913 });
  });

  it('takes the median as the alternative that a minority cannot swing', () => {
    expect(scoreEntry({ kind: 'MEDIAN' }, judged([100, 900, 950, 960, 10_000]))).toEqual({
      ok: true,
      value: 950,
    });
    expect(medianMark([900, 951])).toEqual({ ok: true, value: 926 });
  });

  it('takes the measured result of a measured item, and refuses one without it', () => {
    const race = { kind: 'MEASURED', better: 'LOWER', unit: 'SECONDS' } as const;
    expect(scoreEntry(race, { marks: [], measured: 412 })).toEqual({ ok: true, value: 412 });
    expect(scoreEntry(race, { marks: [], measured: null })).toEqual({
      ok: false,
      error: CONTEST_ERRORS.MEASUREMENT_MISSING,
    });
  });
});

describe('markingSchemeTotal (WorldSkills-style measurement and judgement)', () => {
  const marks = [
    { aspectCode: 'HYGIENE_TOOLS', value: 1000 },
    { aspectCode: 'HYGIENE_PROCESS', value: 800 },
    // three judges score each judgement aspect 0–3
    ...[3, 2, 3].map((value) => ({ aspectCode: 'PRODUCT_TASTE', value })),
    ...[2, 2, 2].map((value) => ({ aspectCode: 'PRODUCT_TEXTURE', value })),
    ...[1, 2, 3].map((value) => ({ aspectCode: 'PRODUCT_APPEARANCE', value })),
    { aspectCode: 'YIELD_RATIO', value: 2400 },
  ];

  it('sums measurement marks and judgement scores converted as a share of 3 (out of 100.00)', () => {
    // 1000 + 800 + 2000·8/9 + 1500·6/9 + 1500·6/9 + 2400 = 1000 + 800 + 1778 + 1000 + 1000 + 2400
    expect(markingSchemeTotal(DAIRY_MARKING, marks)).toEqual({ ok: true, value: 7978 });
  });

  it('takes the conversion as a parameter', () => {
    const strict = (scores: readonly number[], max: number) => (scores.every((s) => s === 3) ? max : 0);
    expect(markingSchemeTotal(DAIRY_MARKING, marks, strict)).toEqual({ ok: true, value: 1000 + 800 + 2400 });
  });

  it('refuses a judgement score above 3, an unknown aspect, and sections that do not weigh 100', () => {
    expect(
      checkMark(
        { kind: 'MARKING_SCHEME', sections: DAIRY_MARKING },
        { aspectCode: 'PRODUCT_TASTE', value: 4 },
      ),
    ).toEqual({
      ok: false,
      error: CONTEST_ERRORS.MARK_RANGE,
    });
    expect(markingSchemeTotal(DAIRY_MARKING, [{ aspectCode: 'NOPE', value: 1 }])).toEqual({
      ok: false,
      error: CONTEST_ERRORS.UNKNOWN_ASPECT,
    });
    const light = DAIRY_MARKING.slice(1);
    expect(markingSchemeTotal(light, marks)).toEqual({ ok: false, error: CONTEST_ERRORS.SCHEME_WEIGHTS });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { DomainError } from '../shared/errors.js';
import type { Fen } from '../shared/money.js';
import type { Result } from '../shared/result.js';
import type { AssessmentGrade, AssessmentInput, AssessmentPolicy, Consequence } from './assessment.js';
import {
  assessPerformance,
  capGrade,
  createAssessmentPolicy,
  DEFAULT_ASSESSMENT_POLICY,
  DEFAULT_GRADE_BANDS,
  gradeFor,
  ratioToScore,
  scoreAssessment,
} from './assessment.rules.js';
import type { StaffAssignment } from './grid.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const day = (text: string) => text as CalendarDate;
const ASSIGNMENT: StaffAssignment = {
  id: 'assignment-1',
  personId: 'worker-1',
  gridCode: '542526100001001' as RegionCode,
  role: 'GRID_WORKER',
  managingUnitId: 'gerze-town-office',
  from: day('2024-01-01'),
  until: null,
};
const MANAGER = { unitId: 'gerze-town-office', at: new Date('2025-07-01T02:00:00Z') };
const Q2 = { from: day('2025-04-01'), to: day('2025-06-30') };

function inputOf(
  attendance: [number, number],
  tasks: [number, number],
  satisfaction: [number, number],
): AssessmentInput {
  return {
    id: 'assessment-1',
    assignment: ASSIGNMENT,
    period: Q2,
    attendance: { part: attendance[0], whole: attendance[1] },
    tasksOnTime: { part: tasks[0], whole: tasks[1] },
    satisfaction: { part: satisfaction[0], whole: satisfaction[1] },
  };
}

describe('ratioToScore', () => {
  it.each([
    [19, 20, 9500],
    [2, 3, 6667],
    [1, 3, 3333],
    [1, 16, 625],
    [1, 20_000, 1], // 0.5 hundredths, half up
    [1, 20_001, 0],
    [0, 5, 0],
    [5, 5, 10_000],
  ])('turns %i of %i into %i hundredths', (part, whole, score) => {
    expect(ratioToScore({ part, whole })).toBe(score);
  });

  it('gives full marks when nothing was due', () => {
    expect(ratioToScore({ part: 0, whole: 0 })).toBe(10_000);
  });
});

describe('scoreAssessment', () => {
  it('weighs attendance, tasks on time and satisfaction, rounding once, half up', () => {
    const weights = DEFAULT_ASSESSMENT_POLICY.weights;
    // (9091×30 + 9000×40 + 9000×30) / 100 = 9027.3
    expect(scoreAssessment({ attendance: 9091, tasksOnTime: 9000, satisfaction: 9000 }, weights)).toBe(9027);
    // (8995×30 + 9000×40 + 9000×30) / 100 = 8998.5
    expect(scoreAssessment({ attendance: 8995, tasksOnTime: 9000, satisfaction: 9000 }, weights)).toBe(8999);
  });

  it('equals the exact weighted mean rounded half up, with no floating-point drift', () => {
    const score = fc.integer({ min: 0, max: 10_000 });
    const weight = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(score, score, score, weight, weight, weight, (a, t, s, wa, wt, ws) => {
        fc.pre(wa + wt + ws > 0);
        const sum = BigInt(a * wa + t * wt + s * ws);
        const total = BigInt(wa + wt + ws);
        const exact = (2n * sum + total) / (2n * total);
        const result = scoreAssessment(
          { attendance: a, tasksOnTime: t, satisfaction: s },
          { attendance: wa, tasksOnTime: wt, satisfaction: ws },
        );
        expect(BigInt(result)).toBe(exact);
        expect(Number.isInteger(result)).toBe(true);
      }),
    );
  });
});

describe('gradeFor', () => {
  it.each([
    [10_000, 'EXCELLENT'],
    [9000, 'EXCELLENT'],
    [8999, 'COMPETENT'],
    [7500, 'COMPETENT'],
    [7499, 'BASICALLY_COMPETENT'],
    [6000, 'BASICALLY_COMPETENT'],
    [5999, 'INCOMPETENT'],
    [0, 'INCOMPETENT'],
  ])('grades %i hundredths as %s (优秀 ≥ 90, 合格 ≥ 75, 基本合格 ≥ 60)', (score, grade) => {
    expect(gradeFor(score, DEFAULT_GRADE_BANDS)).toBe(grade);
  });

  it('never grades a higher score lower', () => {
    const order: readonly AssessmentGrade[] = [
      'INCOMPETENT',
      'BASICALLY_COMPETENT',
      'COMPETENT',
      'EXCELLENT',
    ];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(order.indexOf(gradeFor(low))).toBeLessThanOrEqual(order.indexOf(gradeFor(high)));
      }),
    );
  });
});

describe('assessPerformance', () => {
  it('grades a good quarter excellent and awards the bonus', () => {
    // 20 of 22 days, 18 of 20 tasks on time, 45 of 50 residents satisfied.
    const assessment = unwrap(assessPerformance(inputOf([20, 22], [18, 20], [45, 50]), MANAGER));
    expect(assessment).toMatchObject({
      personId: 'worker-1',
      components: { attendance: 9091, tasksOnTime: 9000, satisfaction: 9000 },
      score: 9027,
      grade: 'EXCELLENT',
      consequences: [{ kind: 'BONUS', amountFen: 200_000 }],
      assessedByUnitId: 'gerze-town-office',
      assessedAt: MANAGER.at,
    });
  });

  it('grades a poor quarter incompetent, with a deduction and review for dismissal', () => {
    const assessment = unwrap(assessPerformance(inputOf([12, 22], [10, 20], [25, 50]), MANAGER));
    expect(assessment.grade).toBe('INCOMPETENT');
    expect(assessment.consequences).toEqual([
      { kind: 'DEDUCTION', amountFen: 100_000 },
      { kind: 'DISMISSAL_REVIEW' },
    ]);
  });

  it('warns a basically competent worker', () => {
    const assessment = unwrap(assessPerformance(inputOf([15, 22], [14, 20], [35, 50]), MANAGER));
    expect(assessment.grade).toBe('BASICALLY_COMPETENT');
    expect(assessment.consequences).toEqual([{ kind: 'WARNING' }]);
  });

  it('may only be made by the managing unit', () => {
    expect(
      assessPerformance(inputOf([20, 22], [18, 20], [45, 50]), {
        ...MANAGER,
        unitId: 'county-police-bureau',
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.NOT_MANAGING_UNIT', kind: 'FORBIDDEN' },
    });
  });

  it('refuses a ratio whose part exceeds its whole, naming the measure, and a period that ends before it starts', () => {
    expect(assessPerformance(inputOf([23, 22], [18, 20], [45, 50]), MANAGER)).toMatchObject({
      ok: false,
      error: { code: 'ASSESSMENT.RATIO', field: ['attendance'] },
    });
    expect(assessPerformance(inputOf([20, 22], [18, 20], [-1, 50]), MANAGER)).toMatchObject({
      error: { field: ['satisfaction'] },
    });
    expect(
      assessPerformance(
        { ...inputOf([20, 22], [18, 20], [45, 50]), period: { from: Q2.to, to: Q2.from } },
        MANAGER,
      ),
    ).toMatchObject({ error: { code: 'ASSESSMENT.PERIOD' } });
  });

  it('lowers the grade by the policy’s absence caps, and the consequences follow the lowered grade', () => {
    const policy: AssessmentPolicy = {
      ...DEFAULT_ASSESSMENT_POLICY,
      absenceCaps: [
        { minAbsentDays: 1, highestGrade: 'COMPETENT' },
        { minAbsentDays: 2, highestGrade: 'BASICALLY_COMPETENT' },
        { minAbsentDays: 3, highestGrade: 'INCOMPETENT' },
      ],
    };
    const oneAbsence = unwrap(assessPerformance(inputOf([21, 22], [20, 20], [50, 50]), MANAGER, policy));
    expect([oneAbsence.scoreGrade, oneAbsence.grade, oneAbsence.consequences]).toEqual([
      'EXCELLENT',
      'COMPETENT',
      [],
    ]);
    const threeAbsences = unwrap(assessPerformance(inputOf([19, 22], [20, 20], [50, 50]), MANAGER, policy));
    expect(threeAbsences.grade).toBe('INCOMPETENT');
    expect(capGrade('BASICALLY_COMPETENT', 1, policy.absenceCaps)).toBe('BASICALLY_COMPETENT');
  });
});

describe('createAssessmentPolicy', () => {
  it('takes bonuses and deductions in fen, never as bare numbers', () => {
    // @ts-expect-error a bare number is not an amount in fen (use the money module's fenOf or parseYuan)
    const bonus: Consequence = { kind: 'BONUS', amountFen: 200_000 };
    expect(
      createAssessmentPolicy({
        ...DEFAULT_ASSESSMENT_POLICY,
        consequences: { ...DEFAULT_ASSESSMENT_POLICY.consequences, EXCELLENT: [bonus] },
      }).ok,
    ).toBe(true);
  });

  it('accepts the default policy', () => {
    expect(unwrap(createAssessmentPolicy(DEFAULT_ASSESSMENT_POLICY))).toBe(DEFAULT_ASSESSMENT_POLICY);
  });

  it.each([
    [
      'weights that sum to zero',
      { weights: { attendance: 0, tasksOnTime: 0, satisfaction: 0 } },
      'ASSESSMENT.WEIGHTS',
    ],
    [
      'a fractional weight',
      { weights: { attendance: 0.5, tasksOnTime: 1, satisfaction: 1 } },
      'ASSESSMENT.WEIGHTS',
    ],
    [
      'bands that do not fall',
      {
        bands: [
          { grade: 'COMPETENT', minScore: 7500 },
          { grade: 'EXCELLENT', minScore: 9000 },
          { grade: 'INCOMPETENT', minScore: 0 },
        ],
      },
      'ASSESSMENT.BANDS',
    ],
    [
      'a last band above zero',
      {
        bands: [
          { grade: 'EXCELLENT', minScore: 9000 },
          { grade: 'COMPETENT', minScore: 1 },
        ],
      },
      'ASSESSMENT.BANDS',
    ],
    [
      'a grade twice',
      {
        bands: [
          { grade: 'EXCELLENT', minScore: 9000 },
          { grade: 'EXCELLENT', minScore: 0 },
        ],
      },
      'ASSESSMENT.BANDS',
    ],
    [
      'a bonus of fractional fen',
      {
        consequences: {
          ...DEFAULT_ASSESSMENT_POLICY.consequences,
          EXCELLENT: [{ kind: 'BONUS', amountFen: 0.5 as Fen }],
        },
      },
      'ASSESSMENT.AMOUNT',
    ],
    [
      'a negative absence count',
      { absenceCaps: [{ minAbsentDays: -1, highestGrade: 'COMPETENT' }] },
      'ASSESSMENT.ABSENCE_CAP',
    ],
  ])('refuses %s', (_, change, code) => {
    const policy = { ...DEFAULT_ASSESSMENT_POLICY, ...change } as AssessmentPolicy;
    expect(createAssessmentPolicy(policy)).toMatchObject({ ok: false, error: { code } });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DomainError } from '../shared/errors.js';
import { parseYuan } from '../shared/money.js';
import type { Result } from '../shared/result.js';
import type { Candidate, InterviewScores, Posting } from './recruitment.js';
import {
  candidateStandings,
  createCandidate,
  createPosting,
  createRecruitmentPlan,
  rankCandidates,
  recordInterview,
  selectCandidates,
  weightedScore,
} from './recruitment.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const OPENED = Date.UTC(2023, 2, 1, 2, 0);
const EQUAL = { professionalSkill: 1, personalCharacter: 1, communication: 1 };

function planOf(budgetFen: number, quota: number, passMark = 0) {
  return unwrap(
    createRecruitmentPlan({
      id: 'plan',
      name: '专职网格员招聘',
      budgetFen,
      quota,
      funding: 'PURCHASE_OF_SERVICES',
      passMark,
    }),
  );
}

function postingOf(id: string, openings: number, annualCostFen: number): Posting {
  return unwrap(
    createPosting(
      { id: 'plan' },
      { id, title: `专职网格员 ${id}`, role: 'GRID_WORKER', openings, annualCostFen },
    ),
  );
}

function candidateOf(
  id: string,
  scores: InterviewScores | null,
  options: { postingId?: string; appliedMinutes?: number; personId?: string } = {},
): Candidate {
  return unwrap(
    createCandidate({
      id,
      personId: options.personId ?? `person-${id}`,
      postingId: options.postingId ?? 'p',
      appliedAt: new Date(OPENED + (options.appliedMinutes ?? 0) * 60_000),
      scores,
    }),
  );
}

function scores(
  professionalSkill: number,
  personalCharacter: number,
  communication: number,
): InterviewScores {
  return { professionalSkill, personalCharacter, communication };
}

describe('createRecruitmentPlan', () => {
  it('holds a budget in whole fen, a quota and purchase-of-services funding', () => {
    const budget = unwrap(parseYuan('352.4万元'));
    expect(planOf(budget, 72)).toEqual({
      id: 'plan',
      name: '专职网格员招聘',
      budgetFen: 352_400_000,
      quota: 72,
      funding: 'PURCHASE_OF_SERVICES',
      passMark: 0,
    });
  });

  it.each([
    ['a fractional budget', { budgetFen: 100.5 }, 'RECRUITMENT.BUDGET'],
    ['a zero budget', { budgetFen: 0 }, 'RECRUITMENT.BUDGET'],
    ['an unsafe budget', { budgetFen: 2 ** 53 }, 'RECRUITMENT.BUDGET'],
    ['a zero quota', { quota: 0 }, 'RECRUITMENT.QUOTA'],
    ['a pass mark above 100 points', { passMark: 10_001 }, 'RECRUITMENT.PASS_MARK'],
    ['another funding source', { funding: 'DONATION' }, 'RECRUITMENT.FUNDING'],
  ])('refuses %s', (_, change, code) => {
    const input = {
      id: 'plan',
      name: '招聘',
      budgetFen: 1000,
      quota: 1,
      funding: 'PURCHASE_OF_SERVICES',
      ...change,
    };
    expect(createRecruitmentPlan(input as Parameters<typeof createRecruitmentPlan>[0])).toMatchObject({
      ok: false,
      error: { code },
    });
  });
});

describe('createPosting and createCandidate', () => {
  it('refuses postings without openings or without a positive whole-fen cost', () => {
    const base = {
      id: 'p',
      title: '专职网格员',
      role: 'GRID_WORKER' as const,
      openings: 1,
      annualCostFen: 100,
    };
    expect(createPosting({ id: 'plan' }, { ...base, openings: 0 })).toMatchObject({
      error: { code: 'RECRUITMENT.OPENINGS' },
    });
    expect(createPosting({ id: 'plan' }, { ...base, annualCostFen: 0.5 })).toMatchObject({
      error: { code: 'RECRUITMENT.COST' },
    });
    expect(unwrap(createPosting({ id: 'plan' }, { ...base, gridKind: 'PASTORAL' })).gridKind).toBe(
      'PASTORAL',
    );
  });

  it.each([
    ['above 100 points', scores(10_001, 0, 0), 'professionalSkill'],
    ['negative', scores(0, -1, 0), 'personalCharacter'],
    ['fractional hundredths', scores(0, 0, 50.5), 'communication'],
  ])('refuses an interview score %s, naming it', (_, given, field) => {
    expect(
      createCandidate({ id: 'c', personId: 'x', postingId: 'p', appliedAt: new Date(OPENED), scores: given }),
    ).toMatchObject({
      ok: false,
      error: { code: 'RECRUITMENT.SCORE', field: ['scores', field] },
    });
  });

  it('records the interview of a candidate who applied without scores', () => {
    const candidate = candidateOf('c', null);
    expect(unwrap(recordInterview(candidate, scores(8000, 7000, 9000))).scores).toEqual(
      scores(8000, 7000, 9000),
    );
    expect(recordInterview(candidate, scores(8000, 7000, 90_000)).ok).toBe(false);
  });
});

describe('weightedScore', () => {
  it('weighs professional skill, character and communication by the given weights, in hundredths', () => {
    const weights = { professionalSkill: 40, personalCharacter: 30, communication: 30 };
    expect(weightedScore(scores(8000, 7000, 9000), weights)).toBe(8000);
    expect(weightedScore(scores(8550, 7025, 9110), weights)).toBe(8261); // 8260.5 → half up
  });

  it('rounds once, half up', () => {
    expect(weightedScore(scores(1, 0, 0), EQUAL)).toBe(0); // 0.33
    expect(weightedScore(scores(2, 0, 0), EQUAL)).toBe(1); // 0.67
    expect(
      weightedScore(scores(1, 0, 0), { professionalSkill: 1, personalCharacter: 1, communication: 0 }),
    ).toBe(1); // 0.5
  });
});

describe('rankCandidates', () => {
  it('ranks by weighted score first', () => {
    const ranked = rankCandidates(
      [candidateOf('low', scores(6000, 6000, 6000)), candidateOf('high', scores(9000, 9000, 9000))],
      EQUAL,
    );
    expect(ranked.map((r) => [r.candidate.id, r.rank, r.weightedScore])).toEqual([
      ['high', 1, 9000],
      ['low', 2, 6000],
    ]);
  });

  it('breaks a tie on weighted score by higher professional skill', () => {
    const a = candidateOf('a', scores(8000, 9000, 7000));
    const b = candidateOf('b', scores(9000, 8000, 7000));
    expect(rankCandidates([a, b], EQUAL).map((r) => r.candidate.id)).toEqual(['b', 'a']);
  });

  it('then by higher personal character', () => {
    const a = candidateOf('a', scores(8000, 7000, 9000));
    const b = candidateOf('b', scores(8000, 9000, 7000));
    expect(rankCandidates([a, b], EQUAL).map((r) => r.candidate.id)).toEqual(['b', 'a']);
  });

  it('then by the earlier application', () => {
    const a = candidateOf('a', scores(8000, 8000, 8000), { appliedMinutes: 5 });
    const b = candidateOf('b', scores(8000, 8000, 8000), { appliedMinutes: 1 });
    expect(rankCandidates([a, b], EQUAL).map((r) => r.candidate.id)).toEqual(['b', 'a']);
  });

  it('then by candidate id', () => {
    const b = candidateOf('b', scores(8000, 8000, 8000));
    const a = candidateOf('a', scores(8000, 8000, 8000));
    expect(rankCandidates([b, a], EQUAL).map((r) => r.candidate.id)).toEqual(['a', 'b']);
  });

  it('leaves out candidates who were not interviewed', () => {
    expect(rankCandidates([candidateOf('a', null)], EQUAL)).toEqual([]);
  });

  it('gives the same ranking whatever order the candidates come in', () => {
    const score = fc.integer({ min: 0, max: 10_000 });
    const candidate = fc.record({
      scores: fc.record({ professionalSkill: score, personalCharacter: score, communication: score }),
      minutes: fc.integer({ min: 0, max: 3 }),
    });
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 30 }), fc.integer(), (list, seed) => {
        const candidates = list.map((c, index) =>
          candidateOf(`c${index}`, c.scores, { appliedMinutes: c.minutes }),
        );
        const shuffled = [...candidates].sort(
          (x, y) => ((x.id.length * seed) % 7) - ((y.id.length * seed) % 7) || (y.id < x.id ? -1 : 1),
        );
        const ids = (ranked: ReturnType<typeof rankCandidates>) => ranked.map((r) => r.candidate.id);
        expect(ids(rankCandidates(shuffled, EQUAL))).toEqual(ids(rankCandidates(candidates, EQUAL)));
        expect(rankCandidates(candidates, EQUAL).map((r) => r.rank)).toEqual(candidates.map((_, i) => i + 1));
      }),
    );
  });
});

describe('selectCandidates (择优招聘)', () => {
  // 352.4万元 for 72 workers: 4,894,400 fen (48,944 yuan) a year each, 3,200 fen under the budget.
  const COST = 4_894_400;

  function field(count: number, postingId: (index: number) => string): Candidate[] {
    return Array.from({ length: count }, (_, index) =>
      candidateOf(`c${String(index).padStart(3, '0')}`, scores(9900 - index * 30, 8000, 8000), {
        postingId: postingId(index),
        appliedMinutes: index,
      }),
    );
  }

  it('reproduces 改则县: 72 grid workers hired within 3,524,000 yuan', () => {
    const plan = planOf(352_400_000, 72, 6000);
    const postings = [postingOf('urban', 24, COST), postingOf('pastoral', 48, COST)];
    const candidates = field(120, (index) => (index % 3 === 0 ? 'urban' : 'pastoral'));
    const selection = unwrap(selectCandidates(plan, postings, candidates));
    expect(selection.hired).toHaveLength(72);
    expect(selection.stoppedBy).toBe('QUOTA');
    expect(selection.totalCostFen).toBe(352_396_800);
    expect(selection.totalCostFen).toBeLessThanOrEqual(plan.budgetFen);
    expect(selection.remainingBudgetFen).toBe(3_200);
    expect(selection.hired.filter((h) => h.posting.id === 'urban')).toHaveLength(24);
    expect(selection.hired.filter((h) => h.posting.id === 'pastoral')).toHaveLength(48);
  });

  it('stops at the budget before the quota: the same money buys 72 hires even when 80 are wanted', () => {
    const plan = planOf(352_400_000, 80);
    const selection = unwrap(
      selectCandidates(
        plan,
        [postingOf('p', 80, COST)],
        field(100, () => 'p'),
      ),
    );
    expect(selection.hired).toHaveLength(72);
    expect(selection.stoppedBy).toBe('BUDGET');
  });

  it('does not skip a better candidate for a cheaper one once the next hire would pass the budget', () => {
    const plan = planOf(250, 3);
    const postings = [postingOf('dear', 5, 200), postingOf('cheap', 5, 50)];
    const candidates = [
      candidateOf('best', scores(9000, 9000, 9000), { postingId: 'cheap' }),
      candidateOf('second', scores(8000, 8000, 8000), { postingId: 'dear' }),
      candidateOf('third', scores(7000, 7000, 7000), { postingId: 'dear' }),
      candidateOf('fourth', scores(6000, 6000, 6000), { postingId: 'cheap' }),
    ];
    const selection = unwrap(selectCandidates(plan, postings, candidates));
    expect(selection.hired.map((h) => h.candidate.id)).toEqual(['best', 'second']);
    expect(selection.stoppedBy).toBe('BUDGET');
    expect(selection.totalCostFen).toBe(250);
  });

  it('passes over candidates below the pass mark, a full posting, and a person already hired', () => {
    const plan = planOf(10_000, 5, 7000);
    const postings = [postingOf('a', 1, 100), postingOf('b', 5, 100)];
    const candidates = [
      candidateOf('first', scores(9000, 9000, 9000), { postingId: 'a', personId: 'dorje' }),
      candidateOf('same-person', scores(8900, 8900, 8900), { postingId: 'b', personId: 'dorje' }),
      candidateOf('posting-full', scores(8800, 8800, 8800), { postingId: 'a' }),
      candidateOf('second', scores(8000, 8000, 8000), { postingId: 'b' }),
      candidateOf('just-passes', scores(7000, 7000, 7000), { postingId: 'b' }),
      candidateOf('below', scores(6999, 7000, 7000), { postingId: 'b' }),
      candidateOf('absent', null, { postingId: 'b' }),
    ];
    const selection = unwrap(selectCandidates(plan, postings, candidates, EQUAL));
    expect(selection.hired.map((h) => [h.candidate.id, h.rank])).toEqual([
      ['first', 1],
      ['second', 4],
      ['just-passes', 5],
    ]);
    expect(selection.stoppedBy).toBe('CANDIDATES_EXHAUSTED');
    expect(selection.notInterviewedIds).toEqual(['absent']);
  });

  it('refuses a posting of another plan, a candidate for an unknown posting, and repeated candidate ids', () => {
    const plan = planOf(1000, 1);
    const foreign = { ...postingOf('x', 1, 100), planId: 'other-plan' };
    expect(selectCandidates(plan, [foreign], [])).toMatchObject({
      error: { code: 'RECRUITMENT.POSTING_NOT_IN_PLAN' },
    });
    expect(
      selectCandidates(plan, [postingOf('p', 1, 100)], [candidateOf('c', null, { postingId: 'q' })]),
    ).toMatchObject({
      error: { code: 'RECRUITMENT.POSTING_NOT_FOUND', kind: 'NOT_FOUND' },
    });
    const twice = [candidateOf('c', null), candidateOf('c', null)];
    expect(selectCandidates(plan, [postingOf('p', 1, 100)], twice)).toMatchObject({
      error: { code: 'RECRUITMENT.CANDIDATE_DUPLICATE' },
    });
    expect(
      selectCandidates(plan, [], [], { professionalSkill: 0, personalCharacter: 0, communication: 0 }),
    ).toMatchObject({
      error: { code: 'RECRUITMENT.WEIGHTS' },
    });
  });

  it('never passes the quota, the budget or a posting’s openings, and hires each person once, in rank order', () => {
    const score = fc.integer({ min: 0, max: 10_000 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2_000 }),
        fc.integer({ min: 1, max: 10 }),
        fc.array(
          fc.record({ openings: fc.integer({ min: 1, max: 4 }), cost: fc.integer({ min: 1, max: 500 }) }),
          {
            minLength: 1,
            maxLength: 3,
          },
        ),
        fc.array(
          fc.record({
            posting: fc.nat(),
            person: fc.integer({ min: 0, max: 8 }),
            s: fc.tuple(score, score, score),
          }),
          { maxLength: 25 },
        ),
        (budget, quota, postingSpecs, candidateSpecs) => {
          const postings = postingSpecs.map((spec, index) =>
            postingOf(`p${index}`, spec.openings, spec.cost),
          );
          const candidates = candidateSpecs.map((spec, index) =>
            candidateOf(`c${index}`, scores(...spec.s), {
              postingId: `p${spec.posting % postings.length}`,
              personId: `person-${spec.person}`,
            }),
          );
          const selection = unwrap(selectCandidates(planOf(budget, quota), postings, candidates));
          expect(selection.hired.length).toBeLessThanOrEqual(quota);
          expect(selection.totalCostFen).toBe(selection.hired.reduce((sum, h) => sum + h.costFen, 0));
          expect(selection.totalCostFen).toBeLessThanOrEqual(budget);
          expect(selection.totalCostFen + selection.remainingBudgetFen).toBe(budget);
          const persons = selection.hired.map((h) => h.candidate.personId);
          expect(new Set(persons).size).toBe(persons.length);
          for (const posting of postings) {
            expect(selection.hired.filter((h) => h.posting.id === posting.id).length).toBeLessThanOrEqual(
              posting.openings,
            );
          }
          const ranks = selection.hired.map((h) => h.rank);
          expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
        },
      ),
    );
  });
});

describe('candidateStandings', () => {
  it('gives every candidate, in their order, the rank of the ranking and whether the selection hired them', () => {
    const plan = planOf(10_000, 1, 7000);
    const candidates = [
      candidateOf('second', scores(8000, 8000, 8000)),
      candidateOf('absent', null),
      candidateOf('first', scores(9000, 9000, 9000)),
      candidateOf('below', scores(6000, 6000, 6000)),
    ];
    const selection = unwrap(selectCandidates(plan, [postingOf('p', 5, 100)], candidates, EQUAL));
    expect(
      candidateStandings(candidates, selection, EQUAL).map(({ candidate, rank, hired }) => [
        candidate.id,
        rank,
        hired,
      ]),
    ).toEqual([
      ['second', 2, false],
      ['absent', null, false],
      ['first', 1, true],
      ['below', 3, false],
    ]);
  });
});

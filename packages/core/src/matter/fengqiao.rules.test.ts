import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percent, perMille } from '../shared/share.js';
import {
  countsForFengqiao,
  FENGQIAO_CATEGORIES,
  FENGQIAO_LEVELS,
  fengqiaoCountsOf,
  fengqiaoMeasures,
  fengqiaoMeasuresOf,
  isHandled,
  isResolved,
  nearestRank,
  percentileNearestRank,
  resolutionMinutes,
} from './fengqiao.rules.js';
import {
  ESCALATION_LEVELS,
  type EscalationLevel,
  type FengqiaoCounts,
  type Matter,
  type MatterState,
  type Petition,
  type RecordCategory,
} from './matter.js';

/** A level-skipping petition about `subject` to the prefecture. */
function petitionAbout(subject: Matter): Petition {
  return {
    id: `p-${subject.id}`,
    matterId: subject.id,
    handlingLevel: subject.level,
    level: 'PREFECTURE',
    petitionedAt: REPORTED_AT,
  };
}

const REPORTED_AT = new Date('2025-03-10T02:00:00Z');
let sequence = 0;

/** A matter at `level` in `state`; closed ones took `minutes` from report to closing. */
function matter(
  level: EscalationLevel,
  state: MatterState = 'CLOSED',
  minutes = 60,
  category: RecordCategory = 'DISPUTE',
): Matter {
  sequence += 1;
  const dispatched = state !== 'REPORTED' && state !== 'REGISTERED' && state !== 'REJECTED';
  const closedAt = state === 'CLOSED' ? new Date(REPORTED_AT.getTime() + minutes * 60_000) : null;
  return {
    id: `m${sequence}`,
    recordId: `r${sequence}`,
    category,
    details: {
      subType: 'OTHER',
      urgency: 'ROUTINE',
      nature: 'ORDINARY',
      parties: 2,
      headCount: 2,
      place: null,
    },
    gridCode: '542526100201001',
    state,
    version: 6,
    level,
    assigneeId: dispatched ? 'team' : null,
    handlerId: dispatched ? 'worker' : null,
    department: null,
    reportedAt: REPORTED_AT,
    clockStartedAt: dispatched ? REPORTED_AT : null,
    levelStartedAt: dispatched ? REPORTED_AT : null,
    closedAt,
    supervision: null,
    extensionDays: 0,
    suspendedAt: null,
    satisfaction: null,
    updatedAt: closedAt ?? REPORTED_AT,
  };
}

function repeat(count: number, make: () => Matter): Matter[] {
  return Array.from({ length: count }, make);
}

describe('which levels count for each measure', () => {
  it('keeps small matters in the village (小事不出村): grid and village', () => {
    expect(FENGQIAO_LEVELS.SETTLED_IN_VILLAGE).toEqual(['GRID', 'VILLAGE']);
  });

  it('keeps larger matters in the township (大事不出镇): grid, village and township', () => {
    expect(FENGQIAO_LEVELS.SETTLED_IN_TOWNSHIP).toEqual(['GRID', 'VILLAGE', 'TOWNSHIP']);
  });

  it('count disputes only (矛盾纠纷), the slogan’s subject', () => {
    expect(FENGQIAO_CATEGORIES).toEqual(['DISPUTE']);
    expect(countsForFengqiao({ category: 'OPINION' })).toBe(false);
  });
});

describe('the Fengqiao measures', () => {
  const matters = [
    ...repeat(5, () => matter('GRID')),
    ...repeat(2, () => matter('VILLAGE')),
    ...repeat(2, () => matter('TOWNSHIP')),
    matter('COUNTY'),
    matter('COUNTY', 'IN_PROGRESS'),
    matter('GRID', 'ASSIGNED'),
    matter('GRID', 'REJECTED'),
    matter('GRID', 'REPORTED'),
  ];
  const countyDispute = matters[9] as Matter;
  const openCountyDispute = matters[10] as Matter;
  const petitions = [
    petitionAbout(countyDispute),
    petitionAbout(countyDispute),
    petitionAbout(openCountyDispute),
  ];
  const measures = fengqiaoMeasuresOf(matters, petitions);

  it('give the share of closed matters settled at grid or village level', () => {
    expect(measures.settledInVillage).toEqual({ numerator: 7, denominator: 10 });
    expect(perMille(measures.settledInVillage)).toBe(700);
  });

  it('give the share of closed matters settled at township level or below', () => {
    expect(measures.settledInTownship).toEqual({ numerator: 9, denominator: 10 });
  });

  it('give the share of handled disputes without a level-skipping petition (矛盾不上交), open ones included', () => {
    // Two disputes were petitioned (one of them twice): each counts once.
    expect(measures.petitioned).toBe(2);
    expect(measures.notPassedUp).toEqual({ numerator: 10, denominator: 12 });
    expect(percent(measures.notPassedUp)).toBe(83);
  });

  it('do not count a dispute at the county as passed up when nobody petitioned above it', () => {
    expect(fengqiaoMeasuresOf(matters, []).notPassedUp).toEqual({ numerator: 12, denominator: 12 });
  });

  it('ignore opinions, hazards and requests, however they were settled', () => {
    const others = (['OPINION', 'HAZARD', 'REQUEST'] as const).flatMap((category) =>
      repeat(4, () => matter('GRID', 'CLOSED', 5, category)),
    );
    expect(fengqiaoMeasuresOf([...matters, ...others], petitions)).toEqual(measures);
  });

  it('ignore petitions about matters not counted', () => {
    const opinion = matter('GRID', 'CLOSED', 5, 'OPINION');
    expect(fengqiaoMeasuresOf([...matters, opinion], [...petitions, petitionAbout(opinion)])).toEqual(
      measures,
    );
  });

  it('leave rejected and undispatched matters out', () => {
    expect(measures.resolved).toBe(10);
    expect(measures.handled).toBe(12);
    expect(isHandled(matter('GRID', 'REJECTED'))).toBe(false);
    expect(isResolved(matter('GRID', 'FEEDBACK_SUBMITTED'))).toBe(false);
  });

  it('have no value over no matters', () => {
    const none = fengqiaoMeasuresOf([], []);
    expect(perMille(none.settledInVillage)).toBeNull();
    expect(none.meanResolutionMinutes).toBeNull();
    expect(none.p90ResolutionMinutes).toBeNull();
  });

  it('keep every share between 0 and 1 with village ≤ township for any matters', () => {
    const anyMatter = fc
      .tuple(
        fc.constantFrom(...ESCALATION_LEVELS),
        fc.constantFrom<MatterState>('CLOSED', 'IN_PROGRESS', 'ASSIGNED', 'REJECTED', 'REOPENED'),
        fc.integer({ min: 0, max: 100_000 }),
      )
      .map(([level, state, minutes]) => matter(level, state, minutes));
    fc.assert(
      fc.property(fc.array(anyMatter, { maxLength: 60 }), (list) => {
        const m = fengqiaoMeasuresOf(list, list.slice(0, 3).map(petitionAbout));
        for (const share of [m.settledInVillage, m.settledInTownship, m.notPassedUp]) {
          expect(share.numerator).toBeGreaterThanOrEqual(0);
          expect(share.numerator).toBeLessThanOrEqual(share.denominator);
        }
        expect(m.settledInVillage.numerator).toBeLessThanOrEqual(m.settledInTownship.numerator);
        expect(m.resolved).toBe(list.filter((x) => x.state === 'CLOSED').length);
      }),
    );
  });
});

describe('counts from SQL', () => {
  const counts: FengqiaoCounts = {
    resolvedByLevel: { GRID: 600, VILLAGE: 250, TOWNSHIP: 120, COUNTY: 30 },
    handledByLevel: { GRID: 640, VILLAGE: 260, TOWNSHIP: 125, COUNTY: 35 },
    petitioned: 7,
    totalResolutionMinutes: 2_500_001,
    p90ResolutionMinutes: 7_200,
  };

  it('give the same measures as the list they were counted from', () => {
    const list = [
      ...repeat(3, () => matter('GRID', 'CLOSED', 30)),
      matter('VILLAGE', 'CLOSED', 3000),
      matter('COUNTY', 'REOPENED'),
    ];
    const petitions = [petitionAbout(list[4] as Matter)];
    expect(fengqiaoMeasures(fengqiaoCountsOf(list, petitions))).toEqual({
      ok: true,
      value: fengqiaoMeasuresOf(list, petitions),
    });
  });

  it('turn into the measures with exact fractions', () => {
    const result = fengqiaoMeasures(counts);
    expect(result.ok && result.value).toEqual({
      resolved: 1000,
      handled: 1060,
      petitioned: 7,
      settledInVillage: { numerator: 850, denominator: 1000 },
      settledInTownship: { numerator: 970, denominator: 1000 },
      notPassedUp: { numerator: 1053, denominator: 1060 },
      meanResolutionMinutes: 2500,
      p90ResolutionMinutes: 7200,
    });
  });

  it('refuse negative or fractional counts, naming the count', () => {
    const result = fengqiaoMeasures({
      ...counts,
      resolvedByLevel: { ...counts.resolvedByLevel, VILLAGE: -1 },
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'FENGQIAO.COUNT',
      field: ['resolvedByLevel', 'VILLAGE'],
    });
    const half = fengqiaoMeasures({ ...counts, totalResolutionMinutes: 0.5 });
    expect(!half.ok && half.error.code).toBe('FENGQIAO.COUNT');
  });

  it('refuse more petitioned disputes than handled ones', () => {
    const result = fengqiaoMeasures({ ...counts, petitioned: 1061 });
    expect(!result.ok && result.error).toMatchObject({
      code: 'FENGQIAO.PETITIONED_ABOVE_HANDLED',
      field: ['petitioned'],
    });
  });

  it('need a 90th percentile exactly when something was closed', () => {
    const missing = fengqiaoMeasures({ ...counts, p90ResolutionMinutes: null });
    expect(!missing.ok && missing.error.code).toBe('FENGQIAO.P90_MISSING');
    const zero = { GRID: 0, VILLAGE: 0, TOWNSHIP: 0, COUNTY: 0 };
    const extra = fengqiaoMeasures({ ...counts, resolvedByLevel: zero, p90ResolutionMinutes: 5 });
    expect(!extra.ok && extra.error.code).toBe('FENGQIAO.P90_MISSING');
  });
});

describe('time to resolve', () => {
  it('is counted in whole minutes from report to closing', () => {
    expect(resolutionMinutes(matter('GRID', 'CLOSED', 95))).toBe(95);
    expect(resolutionMinutes(matter('GRID', 'IN_PROGRESS'))).toBeNull();
  });

  it('has its mean rounded half up in integers', () => {
    expect(
      fengqiaoMeasuresOf([matter('GRID', 'CLOSED', 1), matter('GRID', 'CLOSED', 2)], [])
        .meanResolutionMinutes,
    ).toBe(2);
    const thirds = [matter('GRID', 'CLOSED', 1), matter('GRID', 'CLOSED', 1), matter('GRID', 'CLOSED', 2)];
    expect(fengqiaoMeasuresOf(thirds, []).meanResolutionMinutes).toBe(1);
  });

  it('has its 90th percentile by nearest rank', () => {
    const list = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((m) => matter('GRID', 'CLOSED', m));
    expect(fengqiaoMeasuresOf(list, []).p90ResolutionMinutes).toBe(90);
    expect(fengqiaoMeasuresOf([...list, matter('VILLAGE', 'CLOSED', 110)], []).p90ResolutionMinutes).toBe(
      100,
    );
  });
});

describe('nearest-rank percentiles', () => {
  it('rank ⌈p·n/100⌉', () => {
    expect(nearestRank(10, 90)).toBe(9);
    expect(nearestRank(11, 90)).toBe(10);
    expect(nearestRank(1, 90)).toBe(1);
    expect(nearestRank(20, 90)).toBe(18);
    expect(nearestRank(0, 90)).toBe(0);
  });

  it.each([
    [5, 15],
    [30, 20],
    [40, 20],
    [50, 35],
    [100, 50],
  ])('give the textbook %sth percentile of 15, 20, 35, 40, 50: %s', (p, expected) => {
    expect(percentileNearestRank([50, 15, 40, 20, 35], p)).toEqual({ ok: true, value: expected });
  });

  it('pick a value with at least p % at or below it and fewer below it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 200 }),
        fc.integer({ min: 1, max: 100 }),
        (values, p) => {
          const result = percentileNearestRank(values, p);
          if (!result.ok || result.value === null) throw new Error('expected a value');
          const v = result.value;
          expect(values).toContain(v);
          expect(100 * values.filter((x) => x <= v).length).toBeGreaterThanOrEqual(p * values.length);
          expect(100 * values.filter((x) => x < v).length).toBeLessThan(p * values.length);
        },
      ),
    );
  });

  it('refuse a percentile outside 1–100', () => {
    const result = percentileNearestRank([1], 0);
    expect(!result.ok && result.error.code).toBe('FENGQIAO.PERCENTILE');
  });
});

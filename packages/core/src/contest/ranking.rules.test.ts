import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NAGQU_CITY_AWARDS } from './catalogue.js';
import { CONTEST_ERRORS } from './contest.errors.js';
import { DEFAULT_TIE_BREAKS, type Scored } from './contest.js';
import {
  advancing,
  awardPrizes,
  compareScored,
  nextLevel,
  type RankingRule,
  rankEntries,
  repeatChampions,
  teamResult,
} from './ranking.rules.js';

const JUDGED: RankingRule = { higherWins: true, tieBreaks: DEFAULT_TIE_BREAKS };

function scored(entryId: string, score: number, extra: Partial<Scored> = {}): Scored {
  return { entryId, score, completionSeconds: null, practicalScore: null, theoryScore: null, ...extra };
}

describe('rankEntries', () => {
  it('ranks equal totals by shorter time, then higher practical score, then higher theory score', () => {
    const ranks = rankEntries(JUDGED, [
      scored('A', 900, { completionSeconds: 3600, practicalScore: 600, theoryScore: 300 }),
      scored('B', 900, { completionSeconds: 3500, practicalScore: 500, theoryScore: 400 }),
      scored('C', 900, { completionSeconds: 3600, practicalScore: 650, theoryScore: 250 }),
      scored('D', 900, { completionSeconds: 3600, practicalScore: 650, theoryScore: 260 }),
      scored('E', 950),
    ]);
    expect(ranks.map((r) => [r.rank, r.entryId])).toEqual([
      [1, 'E'],
      [2, 'B'],
      [3, 'D'],
      [4, 'C'],
      [5, 'A'],
    ]);
  });

  it('shares a rank where the chain cannot separate, and skips the next (1, 2, 2, 4)', () => {
    const same = { completionSeconds: 3000, practicalScore: 500, theoryScore: 400 };
    const ranks = rankEntries(JUDGED, [
      scored('Z', 880, same),
      scored('Y', 880, same),
      scored('X', 990),
      scored('W', 700),
    ]);
    expect(ranks.map((r) => [r.rank, r.entryId])).toEqual([
      [1, 'X'],
      [2, 'Y'],
      [2, 'Z'],
      [4, 'W'],
    ]);
  });

  it('puts the lower result first where lower wins (a horse race’s seconds)', () => {
    const race: RankingRule = { higherWins: false, tieBreaks: [] };
    expect(rankEntries(race, [scored('slow', 420), scored('fast', 398)]).map((r) => r.entryId)).toEqual([
      'fast',
      'slow',
    ]);
  });

  it('ranks a team by the sum of its members, ties by their total time', () => {
    const a = teamResult('team-a', [
      scored('', 450, { completionSeconds: 100 }),
      scored('', 450, { completionSeconds: 120 }),
    ]);
    const b = teamResult('team-b', [
      scored('', 500, { completionSeconds: 100 }),
      scored('', 400, { completionSeconds: 110 }),
    ]);
    expect(a).toMatchObject({ score: 900, completionSeconds: 220 });
    expect(rankEntries(JUDGED, [a, b]).map((r) => [r.rank, r.entryId])).toEqual([
      [1, 'team-b'],
      [2, 'team-a'],
    ]);
  });

  it('does not depend on the order of the entries, and rank = 1 + entries strictly ahead', () => {
    const entry = fc.record({
      score: fc.integer({ min: 0, max: 5 }),
      completionSeconds: fc.option(fc.integer({ min: 0, max: 3 })),
      practicalScore: fc.option(fc.integer({ min: 0, max: 3 })),
      theoryScore: fc.option(fc.integer({ min: 0, max: 3 })),
    });
    const entries = fc
      .array(entry, { maxLength: 30 })
      .map((list) => list.map((e, i) => ({ ...e, entryId: `E${String(i).padStart(2, '0')}` })));
    fc.assert(
      fc.property(entries, fc.func(fc.integer()), (list, key) => {
        const shuffled = [...list].sort((a, b) => key(a.entryId) - key(b.entryId));
        const ranks = rankEntries(JUDGED, list);
        expect(rankEntries(JUDGED, shuffled)).toEqual(ranks);
        for (const r of ranks) {
          expect(r.rank).toBe(1 + list.filter((o) => compareScored(JUDGED, o, r) < 0).length);
        }
      }),
    );
  });
});

describe('advancement and awards', () => {
  const standings = rankEntries(
    JUDGED,
    ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J'].map((id, i) => scored(id, 1000 - i * 10)),
  );

  it('advances the top K places, all of a tie at the cut', () => {
    const tied = rankEntries(JUDGED, [
      scored('A', 990),
      scored('B', 980),
      scored('C', 970),
      scored('D', 970),
      scored('E', 960),
    ]);
    expect(advancing(tied, 3)).toMatchObject({
      ok: true,
      value: [{ entryId: 'A' }, { entryId: 'B' }, { entryId: 'C' }, { entryId: 'D' }],
    });
    expect(advancing(tied, 0)).toEqual({ ok: false, error: CONTEST_ERRORS.ADVANCE_COUNT });
    expect(nextLevel('COUNTY')).toEqual({ ok: true, value: 'CITY' });
    expect(nextLevel('CITY')).toEqual({ ok: false, error: CONTEST_ERRORS.TOP_LEVEL });
  });

  it('gives 10 / 20 / 30 % of the entrants first, second and third prizes with their money', () => {
    const awards = awardPrizes(NAGQU_CITY_AWARDS, standings);
    expect(awards.ok && awards.value.map((a) => [a.entryId, a.prize, a.prizeFen])).toEqual([
      ['A', 'FIRST', 300_000],
      ['B', 'SECOND', 200_000],
      ['C', 'SECOND', 200_000],
      ['D', 'THIRD', 100_000],
      ['E', 'THIRD', 100_000],
      ['F', 'THIRD', 100_000],
    ]);
  });

  it('gives fixed places when the policy says so, and one prize to entries sharing a rank', () => {
    const tied = rankEntries(JUDGED, [scored('A', 990), scored('B', 990), scored('C', 970)]);
    const policy = { kind: 'PLACES', places: [1, 1, 1], prizeFen: [3, 2, 1] } as const;
    const awards = awardPrizes(policy as never, tied);
    expect(awards.ok && awards.value.map((a) => [a.entryId, a.prize])).toEqual([
      ['A', 'FIRST'],
      ['B', 'FIRST'],
      ['C', 'THIRD'],
    ]);
  });
});

describe('repeatChampions (蝉联)', () => {
  it('finds the same people first in the same item in consecutive editions, not otherwise', () => {
    expect(
      repeatChampions([
        { itemCode: 'WEAVING', editionNumber: 1, personIds: ['P-1'] },
        { itemCode: 'WEAVING', editionNumber: 2, personIds: ['P-1'] },
        { itemCode: 'DAIRY_PROCESSING', editionNumber: 1, personIds: ['P-2'] },
        { itemCode: 'DAIRY_PROCESSING', editionNumber: 3, personIds: ['P-2'] },
        { itemCode: 'COOKING', editionNumber: 2, personIds: ['P-3'] },
      ]),
    ).toEqual([{ itemCode: 'WEAVING', personIds: ['P-1'], editions: [1, 2] }]);
  });
});

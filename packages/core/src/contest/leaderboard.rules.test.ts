import { describe, expect, it } from 'vitest';
import { catalogueItem, NAGQU_CONTEST_CATALOGUE } from './catalogue.js';
import type { ContestItem } from './contest.js';
import { eventLeaderboard } from './leaderboard.rules.js';

const item = (code: string) => catalogueItem(NAGQU_CONTEST_CATALOGUE, code) as ContestItem;
const entry = (id: string, extra: { measured?: number; completionSeconds?: number } = {}) => ({
  id,
  completionSeconds: extra.completionSeconds ?? null,
  practicalScore: null,
  theoryScore: null,
  measured: extra.measured ?? null,
});
const marks = (entryId: string, values: readonly number[]) =>
  values.map((value) => ({ entryId, aspectCode: null, value }));

describe('eventLeaderboard', () => {
  it('scores weaving by the trimmed mean of five judges and ranks by it, ties by time', () => {
    const board = eventLeaderboard(
      item('WEAVING'),
      [entry('A', { completionSeconds: 3000 }), entry('B', { completionSeconds: 2900 }), entry('C')],
      [
        ...marks('A', [950, 950, 900, 900, 850]),
        ...marks('B', [900, 950, 950, 900, 850]),
        ...marks('C', [800, 800, 800, 800]),
      ],
    );
    expect(board.standings.map((s) => [s.rank, s.entryId, s.score])).toEqual([
      [1, 'B', 917],
      [2, 'A', 917],
      [3, 'C', 800],
    ]);
    expect(board.unscored).toEqual([]);
  });

  it('ranks a horse race by the lower time and lists entries without a result as unscored', () => {
    const board = eventLeaderboard(
      item('HORSE_RACE'),
      [entry('A', { measured: 410 }), entry('B', { measured: 399 }), entry('C')],
      [],
    );
    expect(board.standings.map((s) => s.entryId)).toEqual(['B', 'A']);
    expect(board.unscored).toEqual(['C']);
  });
});

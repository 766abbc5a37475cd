import type { ContestEntry, ContestItem, ContestMark, Standing } from './contest.js';
import { type RankingRule, rankEntries } from './ranking.rules.js';
import { higherWins, type JudgementConversion, meanShareOfThree, scoreEntry } from './scoring.rules.js';

/** An event's leaderboard: the ranked entries, and those that cannot be scored yet (no marks). */
export interface Leaderboard {
  readonly standings: readonly Standing[];
  readonly unscored: readonly string[];
}

/** How the item ranks: its scoring direction and its tie-break chain. */
export function rankingRuleOf(item: ContestItem): RankingRule {
  return { higherWins: higherWins(item.scoring), tieBreaks: item.tieBreaks };
}

/**
 * The leaderboard of one event: every entry scored by the item's method from its judges' marks (or
 * its measured result), then ranked by the item's rule. An entry that cannot be scored yet (no marks,
 * no measurement) is listed as unscored rather than ranked last.
 */
export function eventLeaderboard(
  item: ContestItem,
  entries: readonly Pick<
    ContestEntry,
    'id' | 'completionSeconds' | 'practicalScore' | 'theoryScore' | 'measured'
  >[],
  marks: readonly Pick<ContestMark, 'entryId' | 'aspectCode' | 'value'>[],
  convert: JudgementConversion = meanShareOfThree,
): Leaderboard {
  const byEntry = new Map<string, Pick<ContestMark, 'aspectCode' | 'value'>[]>();
  for (const mark of marks) {
    const list = byEntry.get(mark.entryId);
    if (list === undefined) byEntry.set(mark.entryId, [mark]);
    else list.push(mark);
  }
  const scored = [];
  const unscored: string[] = [];
  for (const entry of entries) {
    const score = scoreEntry(
      item.scoring,
      { marks: byEntry.get(entry.id) ?? [], measured: entry.measured },
      convert,
    );
    if (!score.ok) {
      unscored.push(entry.id);
      continue;
    }
    scored.push({
      entryId: entry.id,
      score: score.value,
      completionSeconds: entry.completionSeconds,
      practicalScore: entry.practicalScore,
      theoryScore: entry.theoryScore,
    });
  }
  return { standings: rankEntries(rankingRuleOf(item), scored), unscored: unscored.sort() };
}

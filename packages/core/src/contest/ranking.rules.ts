import type { Fen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { CONTEST_ERRORS, type ContestError } from './contest.errors.js';
import {
  type Award,
  type AwardPolicy,
  CONTEST_LEVELS,
  type ContestLevel,
  PRIZES,
  type Prize,
  type Scored,
  type Standing,
  type TieBreak,
} from './contest.js';

/** How an event ranks: which way scores go and the chain that separates equal scores. */
export interface RankingRule {
  readonly higherWins: boolean;
  readonly tieBreaks: readonly TieBreak[];
}

// A missing value never beats a present one: an entrant without a recorded time is not "faster".
function compareOptional(a: number | null, b: number | null, lowerFirst: boolean): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return lowerFirst ? a - b : b - a;
}

/** Negative when `a` ranks ahead of `b`, positive when behind, 0 when the chain cannot separate them. */
export function compareScored(rule: RankingRule, a: Scored, b: Scored): number {
  if (a.score !== b.score) return rule.higherWins ? b.score - a.score : a.score - b.score;
  for (const tieBreak of rule.tieBreaks) {
    const order =
      tieBreak === 'SHORTER_TIME'
        ? compareOptional(a.completionSeconds, b.completionSeconds, true)
        : tieBreak === 'HIGHER_PRACTICAL'
          ? compareOptional(a.practicalScore, b.practicalScore, false)
          : compareOptional(a.theoryScore, b.theoryScore, false);
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * Ranks scored entries: by score, then by the tie-break chain; entries the chain cannot separate share
 * a rank and the next rank skips (standard competition ranking, 1, 2, 2, 4). Entries sharing a rank
 * are listed by entry id in code-point order, so the result does not depend on the input's order.
 */
export function rankEntries(rule: RankingRule, entries: readonly Scored[]): readonly Standing[] {
  const sorted = [...entries].sort(
    (a, b) => compareScored(rule, a, b) || (a.entryId < b.entryId ? -1 : a.entryId > b.entryId ? 1 : 0),
  );
  const standings: Standing[] = [];
  for (const [index, entry] of sorted.entries()) {
    const previous = standings[index - 1];
    const rank =
      previous !== undefined && compareScored(rule, previous, entry) === 0 ? previous.rank : index + 1;
    standings.push({ ...entry, rank });
  }
  return standings;
}

/**
 * A team's result (RULES.md 2.8): the sum of its members' scores, and the sum of their completion
 * times for the tie-break (null when a member has none). Practical and theory scores are summed alike.
 */
export function teamResult(entryId: string, members: readonly Omit<Scored, 'entryId'>[]): Scored {
  const total = (values: readonly (number | null)[]) =>
    values.some((value) => value === null) ? null : values.reduce<number>((s, v) => s + (v ?? 0), 0);
  return {
    entryId,
    score: members.reduce((s, m) => s + m.score, 0),
    completionSeconds: total(members.map((m) => m.completionSeconds)),
    practicalScore: total(members.map((m) => m.practicalScore)),
    theoryScore: total(members.map((m) => m.theoryScore)),
  };
}

/** The level an event's winners advance to, or CONTEST.TOP_LEVEL after the city final. */
export function nextLevel(level: ContestLevel): Result<ContestLevel, ContestError> {
  const next = CONTEST_LEVELS[CONTEST_LEVELS.indexOf(level) + 1];
  return next === undefined ? err(CONTEST_ERRORS.TOP_LEVEL) : ok(next);
}

/**
 * The entries that advance to the next level: the top `count` places. Entries the tie-break chain
 * cannot separate at the cut share the place, so all of them advance.
 */
export function advancing(
  standings: readonly Standing[],
  count: number,
): Result<readonly Standing[], ContestError> {
  if (!Number.isSafeInteger(count) || count < 1) return err(CONTEST_ERRORS.ADVANCE_COUNT);
  return ok(standings.filter((standing) => standing.rank <= count));
}

/** The 10 / 20 / 30 % shares of the national skills contest notice (RULES.md 2.8). */
export const NATIONAL_AWARD_SHARES: readonly [number, number, number] = [10, 20, 30];

function checkPolicy(policy: AwardPolicy): boolean {
  const counts = policy.kind === 'SHARES' ? policy.percent : policy.places;
  const whole = counts.every((n) => Number.isSafeInteger(n) && n >= 0);
  const fen = policy.prizeFen.every((n) => Number.isSafeInteger(n) && n >= 0);
  const shares = policy.kind !== 'SHARES' || counts.reduce((s, n) => s + n, 0) <= 100;
  return whole && fen && shares;
}

/**
 * The prizes of an event. The number of each prize is its share of the entrants, rounded down, at
 * least one first prize when anyone entered (`SHARES`), or a fixed number (`PLACES`). Prizes go down
 * the ranks: an entry wins the first prize whose cumulative places its rank falls within, so entries
 * sharing a rank win the same prize, and a tie at a cut goes up.
 */
export function awardPrizes(
  policy: AwardPolicy,
  standings: readonly Standing[],
): Result<readonly Award[], ContestError> {
  if (!checkPolicy(policy)) return err(CONTEST_ERRORS.AWARD_POLICY);
  const entrants = standings.length;
  const counts =
    policy.kind === 'PLACES'
      ? policy.places
      : policy.percent.map((percent, index) => {
          const places = Math.floor((entrants * percent) / 100);
          return index === 0 && entrants > 0 && percent > 0 ? Math.max(1, places) : places;
        });
  const cuts: number[] = [];
  let cumulative = 0;
  for (const count of counts) {
    cumulative += count;
    cuts.push(cumulative);
  }
  const awards: Award[] = [];
  for (const standing of standings) {
    const index = cuts.findIndex((cut, i) => (counts[i] ?? 0) > 0 && standing.rank <= cut);
    const prize: Prize | undefined = PRIZES[index];
    if (index < 0 || prize === undefined) continue;
    awards.push({
      entryId: standing.entryId,
      rank: standing.rank,
      prize,
      prizeFen: policy.prizeFen[index] as Fen,
    });
  }
  return ok(awards);
}

/** A city-level first place: who won which item in which edition. */
export interface Championship {
  readonly itemCode: string;
  readonly editionNumber: number;
  /** The people of the winning entry, in any order; a team is the same team when its people are. */
  readonly personIds: readonly string[];
}

/** The same person or team first in the same item at city level in consecutive editions (蝉联). */
export interface RepeatChampion {
  readonly itemCode: string;
  readonly personIds: readonly string[];
  /** The consecutive editions won, oldest first (at least two). */
  readonly editions: readonly number[];
}

/**
 * Finds the repeat champions (蝉联冠军) among city-level first places: runs of consecutive editions
 * in which the same people won the same item. Listed by item, then by first edition.
 */
export function repeatChampions(championships: readonly Championship[]): readonly RepeatChampion[] {
  const keyOf = (c: Championship) => `${c.itemCode}|${[...c.personIds].sort().join(',')}`;
  const groups = new Map<string, Championship[]>();
  for (const c of championships) groups.set(keyOf(c), [...(groups.get(keyOf(c)) ?? []), c]);
  const repeats: RepeatChampion[] = [];
  for (const group of groups.values()) {
    const editions = [...new Set(group.map((c) => c.editionNumber))].sort((a, b) => a - b);
    let run: number[] = [];
    const close = () => {
      const first = group[0];
      if (run.length >= 2 && first !== undefined) {
        repeats.push({ itemCode: first.itemCode, personIds: [...first.personIds].sort(), editions: run });
      }
    };
    for (const edition of editions) {
      if (run.length > 0 && edition !== (run[run.length - 1] ?? 0) + 1) {
        close();
        run = [];
      }
      run.push(edition);
    }
    close();
  }
  return repeats.sort(
    (a, b) =>
      (a.itemCode < b.itemCode ? -1 : a.itemCode > b.itemCode ? 1 : 0) ||
      (a.editions[0] ?? 0) - (b.editions[0] ?? 0),
  );
}

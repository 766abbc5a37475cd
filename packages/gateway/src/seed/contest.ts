import { buildNagquOpenContest, DEFAULT_SEED, nagquContest } from '@grassroots/fixtures';
import {
  contestEditionMapper,
  contestEntryMapper,
  contestEventMapper,
  contestMarkMapper,
  contestOutcomeMapper,
  culturalResourceMapper,
  heritageBearerMapper,
  heritageProductMapper,
} from '../mappers/contest.js';
import { personMapper } from '../mappers/person.js';
import { type FixtureSet, insertTables } from './load.js';

/**
 * 那曲市's contest programme (乡村振兴 那曲奋进): its editions, 34,000 events of editions 1 and 2 and
 * edition 3's first, the recorded entries with their blind numbers and judges' marks, the outcomes,
 * the heritage survey, and the synthetic people of 那曲's counties they name. Leaderboards are not
 * stored: they are computed from the marks by core's rules. Needs the regions.
 */
export function contestFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'contest',
    version: 'nagqu-1',
    seed,
    load: (tx, progress) => {
      const contest = nagquContest(seed);
      const eventOf = new Map(contest.entries.map((entry) => [entry.id, entry.eventId]));
      // A raw insert bypasses Prisma's @updatedAt, so both timestamps are set here.
      const now = new Date();
      return insertTables(
        tx,
        [
          [
            'Person',
            contest.people.map((person) => ({
              ...personMapper.toColumns(person, { synthetic: true }),
              createdAt: now,
              updatedAt: now,
            })),
          ],
          ['ContestEdition', contest.editions.map(contestEditionMapper.toColumns)],
          ['ContestEvent', contest.events.map(contestEventMapper.toColumns)],
          ['ContestJudge', contest.events.flatMap(contestEventMapper.judgeColumns)],
          ['ContestEntry', contest.entries.map(contestEntryMapper.toColumns)],
          ['ContestEntrant', contest.entries.flatMap(contestEntryMapper.entrantColumns)],
          [
            'ContestMark',
            contest.marks.map((mark) => contestMarkMapper.toColumns(mark, eventOf.get(mark.entryId) ?? '')),
          ],
          ['ContestOutcome', contest.outcomes.map(contestOutcomeMapper.toColumns)],
          ['CulturalResource', contest.resources.map(culturalResourceMapper.toColumns)],
          ['HeritageBearer', contest.bearers.map(heritageBearerMapper.toColumns)],
          ['HeritageProduct', contest.products.map(heritageProductMapper.toColumns)],
        ],
        progress,
      );
    },
  };
}

/**
 * An open city contest of edition 2 beside the programme, in `itemCode`: `entries` entries marked by
 * `judges` judges, results checked. Not part of the article's data: `pnpm bench` loads one of 1,000
 * entries and 7 judges to time a leaderboard of that size. Needs the contest set.
 */
export function openContestFixtures(options: {
  readonly seed?: number;
  readonly itemCode: string;
  readonly entries: number;
  readonly judges: number;
}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const { itemCode, entries, judges } = options;
  return {
    name: 'contest-open',
    version: `nagqu-open-${itemCode}-${entries}x${judges}`,
    seed,
    load: (tx, progress) => {
      const open = buildNagquOpenContest(seed, { itemCode, entries, judges });
      return insertTables(
        tx,
        [
          ['ContestEvent', [contestEventMapper.toColumns(open.event)]],
          ['ContestJudge', contestEventMapper.judgeColumns(open.event)],
          ['ContestEntry', open.entries.map(contestEntryMapper.toColumns)],
          ['ContestEntrant', open.entries.flatMap(contestEntryMapper.entrantColumns)],
          ['ContestMark', open.marks.map((mark) => contestMarkMapper.toColumns(mark, open.event.id))],
        ],
        progress,
      );
    },
  };
}

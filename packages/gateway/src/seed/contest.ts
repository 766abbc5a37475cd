import {
  buildNagquOpenContest,
  DEFAULT_SEED,
  nagquContest,
  nagquLocalEntryChunks,
} from '@grassroots/fixtures';
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
import { rebuildContestRollup } from '../rollups.js';
import { type FixtureSet, insertRows, insertTables, withIndexesBuiltAfter } from './load.js';

/**
 * 那曲市's contest programme (乡村振兴 那曲奋进): its editions, 34,000 events of editions 1 and 2 and
 * edition 3's first, the entries of the county and city events with their blind numbers and judges'
 * marks, the outcomes, the heritage survey, and the synthetic people of 那曲's counties they name.
 * Leaderboards are not stored: they are computed from the marks by core's rules. The village and
 * township entries are {@link contestLocalFixtures}. Needs the regions.
 */
export function contestFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'contest',
    version: 'nagqu-2',
    seed,
    load: async (tx, progress) => {
      const contest = nagquContest(seed);
      const eventOf = new Map(contest.entries.map((entry) => [entry.id, entry.eventId]));
      // A raw insert bypasses Prisma's @updatedAt, so both timestamps are set here.
      const now = new Date();
      const rows = await insertTables(
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
      await rebuildContestRollup(tx);
      return rows;
    },
  };
}

/**
 * The 550,000 entries of 那曲's village and township contests of editions 1 and 2, each with its
 * entrants (a villager, or a team of four), and the 72,000 villagers who entered them: with
 * {@link contestFixtures}, the article's 560,000 entries. Generated and written county by county
 * (about 50,000 entries at a time), then the rollup of Region.contestStats is recounted. Needs the
 * contest set.
 */
export function contestLocalFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'contest-local',
    version: 'nagqu-local-1',
    seed,
    load: async (tx, progress, provider) => {
      const total = [...nagquContest(seed).localEntryCounts.values()].reduce((sum, n) => sum + n, 0);
      const quiet = () => undefined;
      const now = new Date();
      let done = 0;
      let rows = 0;
      await withIndexesBuiltAfter(tx, provider, ['Person', 'ContestEntry', 'ContestEntrant'], async () => {
        for (const chunk of nagquLocalEntryChunks(seed)) {
          rows += await insertRows(
            tx,
            'Person',
            chunk.people.map((person) => ({
              ...personMapper.toColumns(person, { synthetic: true }),
              createdAt: now,
              updatedAt: now,
            })),
            quiet,
          );
          const before = done;
          rows += await insertRows(tx, 'ContestEntry', chunk.entries.map(contestEntryMapper.toColumns), (n) =>
            progress(before + n, total),
          );
          rows += await insertRows(
            tx,
            'ContestEntrant',
            chunk.entries.flatMap(contestEntryMapper.entrantColumns),
            quiet,
          );
          done += chunk.entries.length;
        }
      });
      await rebuildContestRollup(tx);
      progress(total, total);
      return rows;
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

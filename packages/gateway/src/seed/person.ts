import { DEFAULT_SEED, gerzePeople } from '@grassroots/fixtures';
import { personMapper } from '../mappers/person.js';
import { type FixtureSet, insertRows } from './load.js';

/**
 * The synthetic people of 改则县: the one pool that grid staff and residents are drawn from.
 * `limit` loads only the first people of the pool (tests that need a few hundred, not 20,000).
 */
export function personFixtures(
  options: { readonly seed?: number; readonly limit?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'people',
    version: 'gerze-1',
    seed,
    load: (tx, progress) => {
      const people = gerzePeople(seed).slice(0, options.limit);
      // A raw insert bypasses Prisma's @updatedAt, so both timestamps are set here.
      const now = new Date();
      return insertRows(
        tx,
        'Person',
        people.map((person) => ({
          ...personMapper.toColumns(person, { synthetic: true }),
          createdAt: now,
          updatedAt: now,
        })),
        progress,
      );
    },
  };
}

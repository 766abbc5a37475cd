import { atScale, checkFixtureScale, DEFAULT_SEED, gerzePeople } from '@grassroots/fixtures';
import { personMapper } from '../mappers/person.js';
import { type FixtureSet, insertRows } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * The synthetic people of 改则县: the one pool that grid staff and residents are drawn from.
 * `limit` loads only the first people of the pool (tests that need a few hundred, not 20,000). At
 * `scale` k, the pools of the k − 1 copies of 改则县 too.
 */
export function personFixtures(
  options: { readonly seed?: number; readonly limit?: number; readonly scale?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'people',
    version: scaledVersion('gerze-1', scale),
    seed,
    load: (tx, progress) => {
      const people = atScale(gerzePeople(seed).slice(0, options.limit), scale, seed).flat();
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

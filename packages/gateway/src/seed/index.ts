import type { Db } from '../db/client.js';
import type { Provider } from '../db/config.js';
import { cameraFixtures } from './camera.js';
import { contestFixtures, contestLocalFixtures } from './contest.js';
import { gridFixtures } from './grid.js';
import { loadFixtureSets } from './load.js';
import { recordFixtures } from './matter.js';
import { partyFixtures } from './party.js';
import { personFixtures } from './person.js';
import { pointsFixtures } from './points.js';
import { regionFixturesAt } from './region.js';
import { registryFixtures } from './registry.js';
import { serviceHallFixtures } from './serviceHall.js';

/**
 * The article's data at `scale` times its size, in dependency order: at k, 改则县's sets also hold
 * the k − 1 synthetic copies of the county (fixtures' `countyRelocations`); the service hall, 波密县's
 * cadres and the contests are the article's at every scale.
 */
export function articleFixtureSetsAt(scale: number) {
  return [
    regionFixturesAt(scale),
    personFixtures({ scale }),
    gridFixtures({ scale }),
    registryFixtures({ scale }),
    pointsFixtures({ scale }),
    cameraFixtures({ scale }),
    recordFixtures({ scale }),
    serviceHallFixtures(),
    partyFixtures({ scale }),
    contestFixtures(),
    contestLocalFixtures(),
  ];
}

/** The article's data, in dependency order. */
export const articleFixtureSets = articleFixtureSetsAt(1);

/** Loads the article's fixtures that this database does not have yet; returns the names loaded. */
export function loadArticleFixtures(
  db: Db,
  options: { readonly provider: Provider; readonly progress?: boolean },
): Promise<string[]> {
  return loadFixtureSets(db, articleFixtureSets, options);
}

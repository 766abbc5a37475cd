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
import { regionFixtures } from './region.js';
import { registryFixtures } from './registry.js';
import { serviceHallFixtures } from './serviceHall.js';

/** The article's data, in dependency order. */
export const articleFixtureSets = [
  regionFixtures,
  personFixtures(),
  gridFixtures(),
  registryFixtures(),
  pointsFixtures(),
  cameraFixtures(),
  recordFixtures(),
  serviceHallFixtures(),
  partyFixtures(),
  contestFixtures(),
  contestLocalFixtures(),
];

/** Loads the article's fixtures that this database does not have yet; returns the names loaded. */
export function loadArticleFixtures(
  db: Db,
  options: { readonly provider: Provider; readonly progress?: boolean },
): Promise<string[]> {
  return loadFixtureSets(db, articleFixtureSets, options);
}

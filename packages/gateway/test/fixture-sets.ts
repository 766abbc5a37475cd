// The fixture sets tests load, each with the key its seeded template is known by (see templates.ts).
// A `FixtureSet` says its name, version and seed but not the options it was made with, and
// `personFixtures({ limit: 1500 })` holds other rows than `personFixtures()` under the same three:
// the key adds every option that changes the rows, so two different databases never share a template.
import { cameraFixtures as cameras } from '../src/seed/camera.js';
import {
  contestFixtures as contests,
  contestLocalFixtures as localContests,
  openContestFixtures as openContests,
} from '../src/seed/contest.js';
import { gridFixtures as grids } from '../src/seed/grid.js';
import type { FixtureSet } from '../src/seed/load.js';
import { recordFixtures as records } from '../src/seed/matter.js';
import { partyFixtures as party } from '../src/seed/party.js';
import { personFixtures as people } from '../src/seed/person.js';
import { pointsFixtures as points } from '../src/seed/points.js';
import { regionFixtures as regions, regionFixturesAt as regionsAt } from '../src/seed/region.js';
import { registryFixtures as registry } from '../src/seed/registry.js';
import { serviceHallFixtures as serviceHall } from '../src/seed/serviceHall.js';

/** A fixture set and the key that names its rows: name, version, seed and the options given. */
export interface TestFixtureSet extends FixtureSet {
  readonly key: string;
  /** The name and the options, for messages. */
  readonly label: string;
}

/**
 * Adds the key to a set made with `options`. For a set of a new area, wrap its factory here the
 * same way; `startGateway` accepts only keyed sets, so an unkeyed one does not compile.
 */
export function keyed(set: FixtureSet, options: Readonly<Record<string, unknown>> = {}): TestFixtureSet {
  const variant = Object.entries(options)
    .filter(([name, value]) => name !== 'seed' && value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ` ${name}=${JSON.stringify(value)}`)
    .join('');
  return { ...set, key: `${set.name}@${set.version}#${set.seed}${variant}`, label: `${set.name}${variant}` };
}

type Options<F extends (...args: never[]) => FixtureSet> = NonNullable<Parameters<F>[0]>;

export const regionFixtures = keyed(regions);
/** The regions with the synthetic copies of 改则县 that data at `scale` needs. */
export const scaledRegionFixtures = (scale: number) => keyed(regionsAt(scale), { scale });
export const personFixtures = (options: Options<typeof people> = {}) => keyed(people(options), options);
export const gridFixtures = (options: Options<typeof grids> = {}) => keyed(grids(options), options);
export const registryFixtures = (options: Options<typeof registry> = {}) => keyed(registry(options), options);
export const pointsFixtures = (options: Options<typeof points> = {}) => keyed(points(options), options);
export const cameraFixtures = (options: Options<typeof cameras> = {}) => keyed(cameras(options), options);
export const recordFixtures = (options: Options<typeof records> = {}) => keyed(records(options), options);
export const serviceHallFixtures = (options: Options<typeof serviceHall> = {}) =>
  keyed(serviceHall(options), options);
export const partyFixtures = (options: Options<typeof party> = {}) => keyed(party(options), options);
export const contestFixtures = (options: Options<typeof contests> = {}) => keyed(contests(options), options);
export const contestLocalFixtures = (options: Options<typeof localContests> = {}) =>
  keyed(localContests(options), options);
export const openContestFixtures = (options: Options<typeof openContests>) =>
  keyed(openContests(options), options);

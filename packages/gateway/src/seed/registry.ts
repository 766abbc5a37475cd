import { DEFAULT_SEED, gerzeRegistry } from '@grassroots/fixtures';
import { type FixtureSet, insertTables } from './load.js';

/**
 * 改则县's basic-information registry (一标三实): a standard address and a house for every household,
 * its residents, the county's organisations and the rentals of let houses with their tenants. Needs
 * the regions, every person of the pool (residents are drawn from all of it) and the grids.
 */
export function registryFixtures(options: { readonly seed?: number } = {}): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  return {
    name: 'registry',
    version: 'gerze-1',
    seed,
    load: (tx, progress) => {
      const rows = gerzeRegistry(seed);
      // The citizen ID and name stay on Person: a resident row points at the person.
      const residents = rows.residents.map(({ citizenId: _id, name: _name, ...resident }) => resident);
      return insertTables(
        tx,
        [
          ['StandardAddress', rows.addresses],
          ['Housing', rows.housing],
          ['Resident', residents],
          ['Organisation', rows.organisations],
          ['Rental', rows.rentals],
          ['RentalTenant', rows.rentalTenants],
        ],
        progress,
      );
    },
  };
}

import { DEFAULT_SEED, gerzeRegistry } from '@grassroots/fixtures';
import {
  addressMapper,
  housingMapper,
  organisationMapper,
  rentalMapper,
  residentMapper,
} from '../mappers/registry.js';
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
      const registry = gerzeRegistry(seed);
      return insertTables(
        tx,
        [
          ['StandardAddress', registry.addresses.map(addressMapper.toColumns)],
          ['Housing', registry.housing.map(housingMapper.toColumns)],
          ['Resident', registry.residents.map(residentMapper.toColumns)],
          ['Organisation', registry.organisations.map(organisationMapper.toColumns)],
          ['Rental', registry.rentals.map(rentalMapper.toColumns)],
          ['RentalTenant', registry.rentals.flatMap(rentalMapper.tenantColumns)],
        ],
        progress,
      );
    },
  };
}

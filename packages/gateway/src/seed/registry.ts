import { atScale, checkFixtureScale, DEFAULT_SEED, gerzeRegistry } from '@grassroots/fixtures';
import {
  addressMapper,
  housingMapper,
  organisationMapper,
  rentalMapper,
  residentMapper,
  seasonalPastureMapper,
} from '../mappers/registry.js';
import { type FixtureSet, insertTables } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * 改则县's basic-information registry (一标三实): a standard address and a house for every household,
 * its residents, the county's organisations, the rentals of let houses with their tenants and the
 * herding households' seasonal pastures. Needs
 * the regions, every person of the pool (residents are drawn from all of it) and the grids. At
 * `scale` k, the same for each of the k − 1 copies of 改则县.
 */
export function registryFixtures(
  options: { readonly seed?: number; readonly scale?: number } = {},
): FixtureSet {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = checkFixtureScale(options.scale ?? 1);
  return {
    name: 'registry',
    version: scaledVersion('gerze-2', scale),
    seed,
    load: (tx, progress) => {
      const registries = atScale(gerzeRegistry(seed), scale, seed);
      const all = <T>(rows: (registry: (typeof registries)[number]) => readonly T[]): T[] =>
        registries.flatMap(rows);
      return insertTables(
        tx,
        [
          ['StandardAddress', all((r) => r.addresses.map(addressMapper.toColumns))],
          ['Housing', all((r) => r.housing.map(housingMapper.toColumns))],
          ['Resident', all((r) => r.residents.map(residentMapper.toColumns))],
          ['Organisation', all((r) => r.organisations.map(organisationMapper.toColumns))],
          ['Rental', all(rentalRows)],
          ['RentalTenant', all((r) => r.rentals.flatMap(rentalMapper.tenantColumns))],
          ['SeasonalPasture', all((r) => r.pastures.map(seasonalPastureMapper.toColumns))],
        ],
        progress,
      );
    },
  };
}

/** A registry's rentals as rows, each with the grid of its house, whose county's days the 3-day check counts. */
function rentalRows(registry: ReturnType<typeof gerzeRegistry>) {
  const gridOf = new Map(registry.housing.map((house) => [house.id, house.gridCode]));
  return registry.rentals.map((rental) => {
    const gridCode = gridOf.get(rental.housingId);
    if (gridCode === undefined) throw new Error(`registry fixture: rental ${rental.id} of no house`);
    return rentalMapper.toColumns(rental, gridCode);
  });
}

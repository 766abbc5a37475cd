import { err, ok, type Result } from '../shared/result.js';
import { createStandardAddress, isGridInVillage, type StandardAddressInput } from './address.rules.js';
import { type AddressError, at, HOUSING_ERRORS, type HousingError, under } from './registry.errors.js';
import {
  HOUSING_TYPES,
  HOUSING_USES,
  type Housing,
  type HousingOwner,
  type HousingType,
  type HousingUse,
} from './registry.js';

function checkOwner(owner: HousingOwner): HousingError | null {
  switch (owner.kind) {
    case 'PERSON':
      return owner.personId.trim() === '' ? at(HOUSING_ERRORS.OWNER, 'owner', 'personId') : null;
    case 'ORGANISATION':
      return owner.organisationId.trim() === '' ? at(HOUSING_ERRORS.OWNER, 'owner', 'organisationId') : null;
    case 'COLLECTIVE':
    case 'STATE':
      return null;
    default:
      return at(HOUSING_ERRORS.OWNER, 'owner', 'kind');
  }
}

/** What a caller supplies for a house. */
export interface HousingInput {
  readonly id: string;
  readonly address: StandardAddressInput;
  readonly type: HousingType;
  readonly owner: HousingOwner;
  readonly use: HousingUse;
  readonly rental: boolean;
  readonly gridCode: string;
}

/**
 * Builds a house (实有房屋): a standard address, a type, an owner, a use, whether it is let, and the
 * grid it lies in, which must be a grid of the address's village. Address failures keep their
 * `ADDRESS.*` codes under the `address` field.
 */
export function createHousing(input: HousingInput): Result<Housing, HousingError | AddressError> {
  const id = input.id.trim();
  if (id === '') return err(at(HOUSING_ERRORS.REQUIRED, 'id'));
  const address = createStandardAddress(input.address);
  if (!address.ok) return err(under(address.error, 'address'));
  if (!HOUSING_TYPES.includes(input.type)) return err(at(HOUSING_ERRORS.TYPE, 'type'));
  if (!HOUSING_USES.includes(input.use)) return err(at(HOUSING_ERRORS.USE, 'use'));
  const owner = checkOwner(input.owner);
  if (owner !== null) return err(owner);
  if (!isGridInVillage(input.gridCode, address.value.regionCode))
    return err(at(HOUSING_ERRORS.GRID_CODE, 'gridCode'));
  return ok({
    id,
    address: address.value,
    type: input.type,
    owner: input.owner,
    use: input.use,
    rental: input.rental,
    gridCode: input.gridCode,
  });
}

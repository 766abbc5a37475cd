import { type CreditCodeInfo, parseCreditCode } from '../shared/credit-code.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { createStandardAddress, isGridInVillage, type StandardAddressInput } from './address.rules.js';
import {
  type AddressError,
  at,
  ORGANISATION_ERRORS,
  type OrganisationError,
  under,
} from './registry.errors.js';
import type { Organisation, OrganisationType } from './registry.js';

/** The longest organisation name, in characters. */
export const MAX_ORGANISATION_NAME_LENGTH = 100;

// GB 32100 positions 1–2 (registration department, organisation category) to our kinds.
const TYPE_BY_CODE_PREFIX: Readonly<Record<string, OrganisationType>> = {
  '11': 'GOVERNMENT_AGENCY',
  '12': 'PUBLIC_INSTITUTION',
  '13': 'SOCIAL_ORGANISATION',
  '51': 'SOCIAL_ORGANISATION',
  '52': 'SOCIAL_ORGANISATION',
  '53': 'SOCIAL_ORGANISATION',
  '71': 'RELIGIOUS_ORGANISATION',
  '72': 'RELIGIOUS_ORGANISATION',
  '81': 'SOCIAL_ORGANISATION',
  '91': 'ENTERPRISE',
  '92': 'INDIVIDUAL_BUSINESS',
  '93': 'FARMERS_COOPERATIVE',
  A1: 'PUBLIC_INSTITUTION',
  N1: 'COLLECTIVE_ECONOMIC_ORGANISATION',
  N2: 'COLLECTIVE_ECONOMIC_ORGANISATION',
  N3: 'COLLECTIVE_ECONOMIC_ORGANISATION',
};

/**
 * The kind of organisation a credit code names, from its registration department and category
 * (GB 32100 table 1): `91` enterprise, `92` individual business, `93` farmers' cooperative, `N1`–`N3`
 * collective economic organisation, `11` government organ, `12` public institution, … ; `OTHER` for
 * the "other" categories and for departments outside county life (foreign affairs, tourism …).
 */
export function organisationTypeOf(info: Pick<CreditCodeInfo, 'department' | 'category'>): OrganisationType {
  return TYPE_BY_CODE_PREFIX[`${info.department}${info.category}`] ?? 'OTHER';
}

/** What a caller supplies for an organisation; its type is read from the credit code. */
export interface OrganisationInput {
  readonly id: string;
  readonly name: string;
  readonly creditCode: string;
  readonly address: StandardAddressInput;
  readonly gridCode: string;
}

/**
 * Builds an organisation (实有单位): a name, a valid unified social credit code (GB 32100, its
 * failures keep their `CREDIT_CODE.*` codes), the type that code names, a standard address and the
 * grid it lies in, which must be a grid of the address's village.
 */
export function createOrganisation(
  input: OrganisationInput,
): Result<Organisation, OrganisationError | AddressError | DomainError> {
  const id = input.id.trim();
  if (id === '') return err(at(ORGANISATION_ERRORS.REQUIRED, 'id'));
  const name = input.name.trim();
  if (name === '') return err(at(ORGANISATION_ERRORS.REQUIRED, 'name'));
  if ([...name].length > MAX_ORGANISATION_NAME_LENGTH) return err(at(ORGANISATION_ERRORS.NAME, 'name'));
  const creditCode = parseCreditCode(input.creditCode);
  if (!creditCode.ok) return err({ ...creditCode.error, field: ['creditCode'] });
  const address = createStandardAddress(input.address);
  if (!address.ok) return err(under(address.error, 'address'));
  if (!isGridInVillage(input.gridCode, address.value.regionCode)) {
    return err(at(ORGANISATION_ERRORS.GRID_CODE, 'gridCode'));
  }
  return ok({
    id,
    name,
    creditCode: creditCode.value.code,
    type: organisationTypeOf(creditCode.value),
    address: address.value,
    gridCode: input.gridCode,
  });
}

import { type CalendarDate, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, RENTAL_ERRORS, type RentalError } from './registry.errors.js';
import type { Housing, RegistryParty, Rental } from './registry.js';

/** Whether two rentals share at least one day (both ends are days of the rental). */
export function rentalsOverlap(
  a: Pick<Rental, 'startDate' | 'endDate'>,
  b: Pick<Rental, 'startDate' | 'endDate'>,
): boolean {
  return compareDates(a.startDate, b.endDate) <= 0 && compareDates(b.startDate, a.endDate) <= 0;
}

function partyId(party: RegistryParty): string {
  return party.kind === 'PERSON' ? party.personId : party.organisationId;
}

/**
 * Registers a rental (出租房屋登记) of `housing`, which must be the rental's house and be registered
 * as let. It needs a landlord, at least one tenant (each once, none the landlord) and an end after its
 * start; it may not share a day with another rental of the same house among `existing`
 * (`RENTAL.OVERLAP`, a conflict). A rental with the same id in `existing` is the one being replaced.
 */
export function createRental(
  input: Rental,
  housing: Housing,
  existing: readonly Rental[],
): Result<Rental, RentalError> {
  const id = input.id.trim();
  if (id === '') return err(at(RENTAL_ERRORS.REQUIRED, 'id'));
  if (input.housingId !== housing.id) return err(at(RENTAL_ERRORS.HOUSING_MISMATCH, 'housingId'));
  if (!housing.rental) return err(at(RENTAL_ERRORS.NOT_FOR_RENT, 'housingId'));
  const landlord = partyId(input.landlord).trim();
  if (landlord === '') return err(at(RENTAL_ERRORS.REQUIRED, 'landlord'));
  if (input.tenantIds.length === 0) return err(at(RENTAL_ERRORS.NO_TENANTS, 'tenantIds'));
  const tenants: string[] = [];
  for (const [index, raw] of input.tenantIds.entries()) {
    const tenant = raw.trim();
    if (tenant === '') return err(at(RENTAL_ERRORS.REQUIRED, 'tenantIds', index));
    if (tenants.includes(tenant)) return err(at(RENTAL_ERRORS.TENANT_DUPLICATE, 'tenantIds', index));
    if (input.landlord.kind === 'PERSON' && tenant === landlord) {
      return err(at(RENTAL_ERRORS.LANDLORD_IS_TENANT, 'tenantIds', index));
    }
    tenants.push(tenant);
  }
  if (compareDates(input.endDate, input.startDate) <= 0) return err(at(RENTAL_ERRORS.DATES, 'endDate'));
  const clash = existing.find(
    (other) => other.id !== id && other.housingId === housing.id && rentalsOverlap(other, input),
  );
  if (clash !== undefined) return err(at(RENTAL_ERRORS.OVERLAP, 'startDate'));
  return ok({ ...input, id, tenantIds: tenants });
}

/**
 * Ends a rental early (提前退租): its last day becomes `lastDay`, which must be after the start and
 * not after the agreed end.
 */
export function endRentalEarly(rental: Rental, lastDay: CalendarDate): Result<Rental, RentalError> {
  if (compareDates(lastDay, rental.startDate) <= 0 || compareDates(lastDay, rental.endDate) > 0) {
    return err(at(RENTAL_ERRORS.DATES, 'endDate'));
  }
  return ok({ ...rental, endDate: lastDay });
}

/** The rental of the house on `date`, or `null` when it was not let that day. */
export function rentalOn(rentals: readonly Rental[], housingId: string, date: CalendarDate): Rental | null {
  return (
    rentals.find(
      (r) =>
        r.housingId === housingId &&
        compareDates(r.startDate, date) <= 0 &&
        compareDates(date, r.endDate) <= 0,
    ) ?? null
  );
}

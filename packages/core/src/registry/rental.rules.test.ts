import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../shared/date.js';
import { createHousing } from './housing.rules.js';
import type { Housing, Rental } from './registry.js';
import { createRental, endRentalEarly, rentalOn, rentalsOverlap } from './rental.rules.js';

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

const HOUSE: Housing = must(
  createHousing({
    id: 'house-1',
    address: { regionCode: '542526100201', place: '北街', number: '12', room: '2' },
    type: 'BUNGALOW',
    owner: { kind: 'PERSON', personId: 'landlord' },
    use: 'RESIDENTIAL',
    rental: true,
    gridCode: '542526100201001',
  }),
);

const d = (text: string) => text as CalendarDate;

const RENTAL: Rental = {
  id: 'rent-1',
  housingId: 'house-1',
  landlord: { kind: 'PERSON', personId: 'landlord' },
  tenantIds: ['tenant-a', 'tenant-b'],
  startDate: d('2025-03-01'),
  endDate: d('2025-08-31'),
  reportedOn: d('2025-03-02'),
};

describe('a rental', () => {
  it('links a let house, its landlord and tenants, with dates', () => {
    expect(must(createRental(RENTAL, HOUSE, []))).toEqual(RENTAL);
  });

  it('ends after it starts', () => {
    for (const endDate of [d('2025-03-01'), d('2025-02-28')]) {
      const result = createRental({ ...RENTAL, endDate }, HOUSE, []);
      expect(!result.ok && result.error).toMatchObject({ code: 'RENTAL.DATES', field: ['endDate'] });
    }
  });

  it('never overlaps another rental of the same house', () => {
    const next = { ...RENTAL, id: 'rent-2', startDate: d('2025-08-31'), endDate: d('2026-02-28') };
    const result = createRental(next, HOUSE, [RENTAL]);
    expect(!result.ok && result.error).toMatchObject({ code: 'RENTAL.OVERLAP', kind: 'CONFLICT' });
    expect(createRental({ ...next, startDate: d('2025-09-01') }, HOUSE, [RENTAL]).ok).toBe(true);
  });

  it('may overlap rentals of other houses, and replaces itself', () => {
    const elsewhere = { ...RENTAL, id: 'rent-9', housingId: 'house-2' };
    expect(createRental(RENTAL, HOUSE, [elsewhere]).ok).toBe(true);
    expect(createRental({ ...RENTAL, endDate: d('2025-12-31') }, HOUSE, [RENTAL]).ok).toBe(true);
  });

  it('needs the house it names, registered as let', () => {
    const mismatch = createRental({ ...RENTAL, housingId: 'house-2' }, HOUSE, []);
    expect(!mismatch.ok && mismatch.error.code).toBe('RENTAL.HOUSING_MISMATCH');
    const notLet = createRental(RENTAL, { ...HOUSE, rental: false }, []);
    expect(!notLet.ok && notLet.error.code).toBe('RENTAL.NOT_FOR_RENT');
  });

  it('needs tenants, each once, none the landlord', () => {
    const none = createRental({ ...RENTAL, tenantIds: [] }, HOUSE, []);
    expect(!none.ok && none.error.code).toBe('RENTAL.NO_TENANTS');
    const twice = createRental({ ...RENTAL, tenantIds: ['tenant-a', ' tenant-a'] }, HOUSE, []);
    expect(!twice.ok && twice.error).toMatchObject({
      code: 'RENTAL.TENANT_DUPLICATE',
      field: ['tenantIds', '1'],
    });
    const landlord = createRental({ ...RENTAL, tenantIds: ['landlord'] }, HOUSE, []);
    expect(!landlord.ok && landlord.error.code).toBe('RENTAL.LANDLORD_IS_TENANT');
  });

  it('may be let by an organisation', () => {
    const result = createRental(
      { ...RENTAL, landlord: { kind: 'ORGANISATION', organisationId: 'org-1' } },
      HOUSE,
      [],
    );
    expect(result.ok).toBe(true);
  });

  it('can end early, but not before it starts nor after its agreed end', () => {
    expect(must(endRentalEarly(RENTAL, d('2025-05-31'))).endDate).toBe('2025-05-31');
    expect(endRentalEarly(RENTAL, d('2025-03-01')).ok).toBe(false);
    expect(endRentalEarly(RENTAL, d('2025-09-01')).ok).toBe(false);
  });

  it('tells which rental held a house on a day', () => {
    expect(rentalOn([RENTAL], 'house-1', d('2025-03-01'))?.id).toBe('rent-1');
    expect(rentalOn([RENTAL], 'house-1', d('2025-08-31'))?.id).toBe('rent-1');
    expect(rentalOn([RENTAL], 'house-1', d('2025-09-01'))).toBeNull();
  });
});

describe('overlap', () => {
  it('is symmetric and means sharing at least one day', () => {
    const base = d('2025-01-01');
    const period = fc
      .tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 30 }))
      .map(([start, length]) => ({
        startDate: addDays(base, start),
        endDate: addDays(base, start + length),
      }));
    fc.assert(
      fc.property(period, period, (a, b) => {
        const sharedDay = Array.from({ length: 100 }, (_, i) => addDays(base, i)).some(
          (day) => a.startDate <= day && day <= a.endDate && b.startDate <= day && day <= b.endDate,
        );
        expect(rentalsOverlap(a, b)).toBe(sharedDay);
        expect(rentalsOverlap(b, a)).toBe(sharedDay);
      }),
    );
  });
});

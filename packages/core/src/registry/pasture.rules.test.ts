import { describe, expect, it } from 'vitest';
import type { SeasonalPasture } from './pasture.js';
import { checkHouseholdPastures, createSeasonalPasture, isPastureInUse } from './pasture.rules.js';

const SUMMER: SeasonalPasture = {
  id: 'P-1',
  householdId: 'H-1',
  season: 'SUMMER',
  place: ' 玛尔琼夏季牧场 ',
  latitude: 32.61,
  longitude: 84.12,
  fromMonth: 6,
  toMonth: 9,
};

function failure(result: ReturnType<typeof createSeasonalPasture>) {
  if (result.ok) throw new Error('expected a refusal');
  return { code: result.error.code, field: result.error.field };
}

describe('createSeasonalPasture', () => {
  it('keeps a place, its coordinates where surveyed and the months of use', () => {
    expect(createSeasonalPasture(SUMMER)).toEqual({
      ok: true,
      value: { ...SUMMER, place: '玛尔琼夏季牧场' },
    });
    const unsurveyed = { ...SUMMER, latitude: null, longitude: null };
    expect(createSeasonalPasture(unsurveyed).ok).toBe(true);
  });

  it('refuses an empty or long place name, half a coordinate or one off the globe, and months outside 1–12', () => {
    expect(failure(createSeasonalPasture({ ...SUMMER, place: ' ' }))).toEqual({
      code: 'PASTURE.PLACE',
      field: ['place'],
    });
    expect(failure(createSeasonalPasture({ ...SUMMER, place: '草'.repeat(61) })).code).toBe('PASTURE.PLACE');
    expect(failure(createSeasonalPasture({ ...SUMMER, longitude: null }))).toEqual({
      code: 'PASTURE.COORDINATES',
      field: ['longitude'],
    });
    expect(failure(createSeasonalPasture({ ...SUMMER, latitude: 91 }))).toEqual({
      code: 'PASTURE.COORDINATES',
      field: ['latitude'],
    });
    expect(failure(createSeasonalPasture({ ...SUMMER, toMonth: 13 }))).toEqual({
      code: 'PASTURE.MONTHS',
      field: ['toMonth'],
    });
    expect(failure(createSeasonalPasture({ ...SUMMER, fromMonth: 0 })).field).toEqual(['fromMonth']);
    expect(failure(createSeasonalPasture({ ...SUMMER, season: 'AUTUMN' as 'SUMMER' })).code).toBe(
      'PASTURE.SEASON',
    );
  });
});

describe('checkHouseholdPastures', () => {
  it('allows one pasture per season and household', () => {
    const winter = { ...SUMMER, id: 'P-2', season: 'WINTER' } as const;
    expect(checkHouseholdPastures([SUMMER, winter]).ok).toBe(true);
    const second = checkHouseholdPastures([SUMMER, winter, { ...SUMMER, id: 'P-3' }]);
    expect(!second.ok && second.error).toMatchObject({
      code: 'PASTURE.SEASON_DUPLICATE',
      field: ['2', 'season'],
    });
  });
});

describe('isPastureInUse', () => {
  it('reads the months as a range, across the new year for a winter pasture', () => {
    expect([5, 6, 9, 10].map((m) => isPastureInUse(SUMMER, m))).toEqual([false, true, true, false]);
    const winter = { fromMonth: 11, toMonth: 4 };
    expect([10, 11, 1, 4, 5].map((m) => isPastureInUse(winter, m))).toEqual([false, true, true, true, false]);
  });
});

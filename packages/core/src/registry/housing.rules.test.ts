import { describe, expect, it } from 'vitest';
import { createHousing, type HousingInput } from './housing.rules.js';
import type { HousingOwner, HousingType, HousingUse } from './registry.js';

const INPUT: HousingInput = {
  id: 'house-1',
  address: { regionCode: '542526100201', place: '北街', number: '12' },
  type: 'SELF_BUILT',
  owner: { kind: 'PERSON', personId: 'p1' },
  use: 'MIXED',
  rental: true,
  gridCode: '542526100201002',
};

describe('a house', () => {
  it('has a standard address, a type, an owner, a use, a rental flag and its grid', () => {
    const result = createHousing(INPUT);
    expect(result.ok && result.value).toEqual({
      ...INPUT,
      address: {
        regionCode: '542526100201',
        place: '北街',
        number: '12',
        building: null,
        unit: null,
        room: null,
      },
    });
  });

  it('lies in a grid of its address’s village', () => {
    const result = createHousing({ ...INPUT, gridCode: '542526100202001' });
    expect(!result.ok && result.error).toMatchObject({ code: 'HOUSING.GRID_CODE', field: ['gridCode'] });
  });

  it('reports address failures under the address field', () => {
    const result = createHousing({ ...INPUT, address: { ...INPUT.address, unit: '2' } });
    expect(!result.ok && result.error).toMatchObject({
      code: 'ADDRESS.UNIT_WITHOUT_BUILDING',
      field: ['address', 'unit'],
    });
  });

  it('may belong to the village collective or the state', () => {
    for (const owner of [{ kind: 'COLLECTIVE' }, { kind: 'STATE' }] as const) {
      expect(createHousing({ ...INPUT, owner }).ok).toBe(true);
    }
  });

  it('names its person or organisation owner', () => {
    const person = createHousing({ ...INPUT, owner: { kind: 'PERSON', personId: '' } });
    expect(!person.ok && person.error).toMatchObject({ code: 'HOUSING.OWNER', field: ['owner', 'personId'] });
    const unknown = createHousing({ ...INPUT, owner: { kind: 'TEMPLE' } as unknown as HousingOwner });
    expect(!unknown.ok && unknown.error.code).toBe('HOUSING.OWNER');
  });

  it('refuses an unknown type or use', () => {
    const type = createHousing({ ...INPUT, type: 'CASTLE' as HousingType });
    expect(!type.ok && type.error.code).toBe('HOUSING.TYPE');
    const use = createHousing({ ...INPUT, use: 'PARTY' as HousingUse });
    expect(!use.ok && use.error.code).toBe('HOUSING.USE');
  });
});

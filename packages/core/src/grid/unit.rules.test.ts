import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_UNIT_SIZE_BOUNDS, GERZE_GRID_POLICY } from './policy.js';
import { checkUnitSize, unitSizeBoundsFor, unitsOutsideBounds } from './unit.rules.js';

const GERZE_GRID = '542526100001001';

function unitOf(id: string, households: number) {
  return { id, householdIds: Array.from({ length: households }, (_, i) => `${id}-H${i}`) };
}

describe('unitSizeBoundsFor', () => {
  it('gives 改则县 units of 5 to 15 households, the 双联户 span', () => {
    expect(unitSizeBoundsFor(GERZE_GRID)).toEqual({ min: 5, max: 15 });
    expect(GERZE_GRID_POLICY.unitSize).toBe(DEFAULT_UNIT_SIZE_BOUNDS);
  });

  it('holds a county without a policy of its own to the default', () => {
    expect(unitSizeBoundsFor('540102')).toBe(DEFAULT_UNIT_SIZE_BOUNDS);
  });
});

describe('checkUnitSize', () => {
  it('accepts both ends of the bounds', () => {
    expect(checkUnitSize(5, DEFAULT_UNIT_SIZE_BOUNDS)).toEqual({ ok: true, value: 5 });
    expect(checkUnitSize(15, DEFAULT_UNIT_SIZE_BOUNDS)).toEqual({ ok: true, value: 15 });
  });

  it('refuses a unit too small to be worth a head and one too large for a head to know', () => {
    expect(checkUnitSize(4, DEFAULT_UNIT_SIZE_BOUNDS)).toMatchObject({
      ok: false,
      error: { code: 'UNIT.TOO_SMALL' },
    });
    expect(checkUnitSize(16, DEFAULT_UNIT_SIZE_BOUNDS)).toMatchObject({
      ok: false,
      error: { code: 'UNIT.TOO_LARGE' },
    });
  });

  it('follows the bounds it is given, so a county with other sizes is checked by its own', () => {
    const bounds = { min: 3, max: 30 };
    expect(checkUnitSize(3, bounds).ok).toBe(true);
    expect(checkUnitSize(30, bounds).ok).toBe(true);
    expect(checkUnitSize(2, bounds).ok).toBe(false);
  });

  it('accepts exactly the counts between the bounds', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(20), fc.nat(20), (count, min, span) => {
        const bounds = { min, max: min + span };
        expect(checkUnitSize(count, bounds).ok).toBe(count >= bounds.min && count <= bounds.max);
      }),
    );
  });
});

describe('unitsOutsideBounds', () => {
  it('lists the units of a grid outside its county’s bounds, in unit order, with why', () => {
    const grid = {
      code: GERZE_GRID,
      units: [unitOf('U1', 3), unitOf('U2', 10), unitOf('U3', 16), unitOf('U4', 5)],
    };
    expect(unitsOutsideBounds(grid)).toEqual([
      {
        unitId: 'U1',
        householdCount: 3,
        bounds: DEFAULT_UNIT_SIZE_BOUNDS,
        error: expect.objectContaining({ code: 'UNIT.TOO_SMALL' }),
      },
      {
        unitId: 'U3',
        householdCount: 16,
        bounds: DEFAULT_UNIT_SIZE_BOUNDS,
        error: expect.objectContaining({ code: 'UNIT.TOO_LARGE' }),
      },
    ]);
  });

  it('is empty for a grid whose every unit is within the bounds, and for one without units', () => {
    expect(unitsOutsideBounds({ code: GERZE_GRID, units: [unitOf('U1', 5), unitOf('U2', 15)] })).toEqual([]);
    expect(unitsOutsideBounds({ code: GERZE_GRID, units: [] })).toEqual([]);
  });
});

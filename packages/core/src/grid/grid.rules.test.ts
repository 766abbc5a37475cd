import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gridCode } from '../shared/division-code.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import type { GridBoundary, LinearRing, Position } from './grid.js';
import {
  addHouseholdToUnit,
  createGrid,
  createHouseholdJointUnit,
  findHouseholdsInSeveralUnits,
  parseGridCode,
  removeHouseholdFromUnits,
  unitOfHousehold,
  validateBoundary,
} from './grid.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

function failure<T>(result: Result<T, DomainError>): DomainError {
  if (result.ok) throw new Error('expected a failure');
  return result.error;
}

// A synthetic community of 改则县 (542526): township 100, community 001.
const VILLAGE = '542526100001';
const NAME = { zh: '改则镇第一网格', bo: 'སྒེར་རྩེ་གྲོང་རྡལ་དྲ་མིག་དང་པོ།' };

const SQUARE: LinearRing = [
  [84.06, 32.3],
  [84.07, 32.3],
  [84.07, 32.31],
  [84.06, 32.31],
  [84.06, 32.3],
];

describe('createGrid', () => {
  it('builds an urban grid and reads its village code and sequence from the 15-digit code', () => {
    const grid = unwrap(createGrid({ code: `${VILLAGE}007`, name: NAME, kind: 'URBAN' }));
    expect(grid).toEqual({
      code: '542526100001007',
      villageCode: VILLAGE,
      sequence: 7,
      name: NAME,
      kind: 'URBAN',
      boundary: null,
      units: [],
    });
  });

  it('keeps both names trimmed', () => {
    const grid = unwrap(
      createGrid({ code: `${VILLAGE}001`, name: { zh: '  牧区网格 ', bo: ' འབྲོག་ཁུལ། ' }, kind: 'PASTORAL' }),
    );
    expect(grid.name).toEqual({ zh: '牧区网格', bo: 'འབྲོག་ཁུལ།' });
  });

  it.each([
    ['a village code (12 digits)', VILLAGE],
    ['a county code', '542526'],
    ['sequence 000', `${VILLAGE}000`],
    ['an unknown province 99', '992526100001001'],
    ['letters', '54252610000100A'],
    ['16 digits', `${VILLAGE}0011`],
  ])('refuses %s as a grid code', (_, code) => {
    expect(failure(createGrid({ code, name: NAME, kind: 'URBAN' }))).toMatchObject({
      code: 'GRID.CODE',
      kind: 'VALIDATION',
      field: ['code'],
    });
  });

  it('accepts every grid code built from a village code and a sequence 1–999, and gives both back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 599 }), (sequence, village) => {
        const villageCode = `542526100${String(village).padStart(3, '0')}`;
        const code = unwrap(gridCode(villageCode, sequence));
        const grid = unwrap(createGrid({ code, name: NAME, kind: 'PASTORAL' }));
        expect(grid.villageCode).toBe(villageCode);
        expect(grid.sequence).toBe(sequence);
        expect(unwrap(parseGridCode(code))).toBe(code);
      }),
    );
  });

  it('refuses a kind other than URBAN or PASTORAL, even from data that bypassed the types', () => {
    // @ts-expect-error a grid is URBAN or PASTORAL
    const result = createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'RURAL' });
    expect(failure(result)).toMatchObject({ code: 'GRID.KIND', field: ['kind'] });
  });

  it('needs a Chinese name', () => {
    expect(
      failure(createGrid({ code: `${VILLAGE}001`, name: { zh: ' ', bo: NAME.bo }, kind: 'URBAN' })),
    ).toMatchObject({ code: 'GRID.NAME_ZH', field: ['name', 'zh'] });
  });

  it.each([
    ['empty', ''],
    ['in Latin letters', 'Gerze grid 1'],
    ['in Chinese', '改则镇第一网格'],
  ])('needs a name in Tibetan script, not one %s', (_, bo) => {
    expect(
      failure(createGrid({ code: `${VILLAGE}001`, name: { zh: NAME.zh, bo }, kind: 'URBAN' })),
    ).toMatchObject({
      code: 'GRID.NAME_BO',
      field: ['name', 'bo'],
    });
  });

  it('keeps a valid boundary and refuses an invalid one', () => {
    const boundary: GridBoundary = { type: 'Polygon', coordinates: [SQUARE] };
    expect(
      unwrap(createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'URBAN', boundary })).boundary,
    ).toEqual(boundary);
    const open: GridBoundary = { type: 'Polygon', coordinates: [SQUARE.slice(0, 4)] };
    expect(
      failure(createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'URBAN', boundary: open })).code,
    ).toBe('GRID.BOUNDARY_RING_NOT_CLOSED');
  });
});

describe('validateBoundary', () => {
  it('accepts a closed ring, and an outline with a hole', () => {
    const hole: LinearRing = [
      [84.062, 32.302],
      [84.064, 32.302],
      [84.064, 32.304],
      [84.062, 32.302],
    ];
    expect(validateBoundary({ type: 'Polygon', coordinates: [SQUARE] }).ok).toBe(true);
    expect(validateBoundary({ type: 'Polygon', coordinates: [SQUARE, hole] }).ok).toBe(true);
  });

  it('refuses a polygon without rings', () => {
    expect(failure(validateBoundary({ type: 'Polygon', coordinates: [] }))).toMatchObject({
      code: 'GRID.BOUNDARY_EMPTY',
      field: ['boundary'],
    });
  });

  it('refuses a ring whose last position is not its first, naming the ring', () => {
    const open: LinearRing = [...SQUARE.slice(0, 4), [84.06, 32.30001]];
    expect(failure(validateBoundary({ type: 'Polygon', coordinates: [SQUARE, open] }))).toMatchObject({
      code: 'GRID.BOUNDARY_RING_NOT_CLOSED',
      field: ['boundary', 'coordinates', '1'],
    });
  });

  it('refuses rings with fewer than four positions or fewer than three distinct ones', () => {
    const triangleWithoutClosing: LinearRing = [
      [84, 32],
      [85, 32],
      [84, 32],
    ];
    const line: LinearRing = [
      [84, 32],
      [85, 32],
      [85, 32],
      [84, 32],
    ];
    for (const ring of [triangleWithoutClosing, line]) {
      expect(failure(validateBoundary({ type: 'Polygon', coordinates: [ring] })).code).toBe(
        'GRID.BOUNDARY_RING_TOO_SHORT',
      );
    }
  });

  it.each([
    ['latitude above 90', [84, 91]],
    ['longitude below −180', [-181, 32]],
    ['a coordinate that is not a number', [Number.NaN, 32]],
    ['an infinite coordinate', [84, Number.POSITIVE_INFINITY]],
    ['a position with three numbers', [84, 32, 4500]],
  ])('refuses %s, naming the position', (_, position) => {
    const ring = [...SQUARE.slice(0, 2), position as unknown as Position, ...SQUARE.slice(3)];
    expect(failure(validateBoundary({ type: 'Polygon', coordinates: [ring] }))).toMatchObject({
      code: 'GRID.BOUNDARY_POSITION',
      field: ['boundary', 'coordinates', '0', '2'],
    });
  });

  it('accepts any ring of three or more distinct positions once it is closed, and refuses it open', () => {
    const position = fc.tuple(
      fc.integer({ min: -1_800_000, max: 1_800_000 }).map((n) => n / 10_000),
      fc.integer({ min: -900_000, max: 900_000 }).map((n) => n / 10_000),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(position, { minLength: 3, maxLength: 12, selector: ([lng, lat]) => `${lng},${lat}` }),
        (positions) => {
          const first = positions[0] as Position;
          expect(validateBoundary({ type: 'Polygon', coordinates: [[...positions, first]] }).ok).toBe(true);
          expect(validateBoundary({ type: 'Polygon', coordinates: [positions] }).ok).toBe(false);
        },
      ),
    );
  });
});

describe('household-joint units', () => {
  it('are led by a head and hold households', () => {
    expect(
      unwrap(
        createHouseholdJointUnit({
          id: 'u1',
          name: '第1联户',
          headPersonId: 'p1',
          householdIds: ['h1', 'h2'],
        }),
      ),
    ).toEqual({ id: 'u1', name: '第1联户', headPersonId: 'p1', householdIds: ['h1', 'h2'] });
  });

  it('need a head', () => {
    expect(failure(createHouseholdJointUnit({ id: 'u1', headPersonId: '' }))).toMatchObject({
      code: 'GRID.REQUIRED',
      field: ['headPersonId'],
    });
  });

  it('list each household once', () => {
    expect(
      failure(createHouseholdJointUnit({ id: 'u1', headPersonId: 'p1', householdIds: ['h1', 'h2', 'h1'] })),
    ).toMatchObject({ code: 'GRID.HOUSEHOLD_LISTED_TWICE', field: ['householdIds', '2'] });
  });

  it('in one grid have distinct ids', () => {
    const units = [
      { id: 'u1', headPersonId: 'p1' },
      { id: 'u1', headPersonId: 'p2' },
    ];
    expect(failure(createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'URBAN', units }))).toMatchObject({
      code: 'GRID.UNIT_DUPLICATE',
      field: ['units', '1', 'id'],
    });
  });

  it('a household belongs to exactly one unit: a grid listing it in two units is refused', () => {
    const units = [
      { id: 'u1', headPersonId: 'p1', householdIds: ['h1', 'h2'] },
      { id: 'u2', headPersonId: 'p2', householdIds: ['h3', 'h2'] },
    ];
    expect(failure(createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'URBAN', units }))).toMatchObject({
      code: 'GRID.HOUSEHOLD_IN_SEVERAL_UNITS',
      kind: 'CONFLICT',
      field: ['units', '1', 'householdIds', '1'],
    });
  });

  it('passes on the field path of a unit’s own failure', () => {
    const units = [{ id: 'u1', headPersonId: ' ' }];
    expect(failure(createGrid({ code: `${VILLAGE}001`, name: NAME, kind: 'URBAN', units })).field).toEqual([
      'units',
      '0',
      'headPersonId',
    ]);
  });
});

describe('findHouseholdsInSeveralUnits', () => {
  it('finds a household listed by units of two different grids, with every unit that lists it', () => {
    const units = [
      { id: 'g1-u1', householdIds: ['h1', 'h2'] },
      { id: 'g2-u1', householdIds: ['h9', 'h1'] },
      { id: 'g2-u2', householdIds: ['h1', 'h3'] },
    ];
    expect(findHouseholdsInSeveralUnits(units)).toEqual([
      { householdId: 'h1', unitIds: ['g1-u1', 'g2-u1', 'g2-u2'] },
    ]);
  });

  it('finds nothing when the households are split among the units, and exactly the one moved into a second unit', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 40 }),
        fc.integer({ min: 1, max: 8 }),
        fc.nat(),
        (households, unitCount, pick) => {
          const units = Array.from({ length: unitCount }, (_, index) => ({
            id: `u${index}`,
            householdIds: households.filter((_, h) => h % unitCount === index),
          }));
          expect(findHouseholdsInSeveralUnits(units)).toEqual([]);
          const duplicated = households[pick % households.length] as string;
          const owner = units.find((unit) => unit.householdIds.includes(duplicated));
          const extra = { id: 'extra', householdIds: [duplicated] };
          expect(findHouseholdsInSeveralUnits([...units, extra])).toEqual([
            { householdId: duplicated, unitIds: [owner?.id, 'extra'] },
          ]);
        },
      ),
    );
  });
});

describe('addHouseholdToUnit', () => {
  const grid = unwrap(
    createGrid({
      code: `${VILLAGE}001`,
      name: NAME,
      kind: 'PASTORAL',
      units: [
        { id: 'u1', headPersonId: 'p1', householdIds: ['h1'] },
        { id: 'u2', headPersonId: 'p2', householdIds: ['h2'] },
      ],
    }),
  );

  it('adds a household that belongs to no unit', () => {
    const updated = unwrap(addHouseholdToUnit(grid, 'u2', 'h3'));
    expect(unitOfHousehold(updated, 'h3')?.id).toBe('u2');
    expect(grid.units[1]?.householdIds).toEqual(['h2']);
  });

  it('refuses a household of another unit until it has left that unit', () => {
    expect(failure(addHouseholdToUnit(grid, 'u2', 'h1')).code).toBe('GRID.HOUSEHOLD_IN_SEVERAL_UNITS');
    const moved = unwrap(addHouseholdToUnit(removeHouseholdFromUnits(grid, 'h1'), 'u2', 'h1'));
    expect(moved.units.map((unit) => unit.householdIds)).toEqual([[], ['h2', 'h1']]);
  });

  it('refuses a household already in the same unit, and an unknown unit', () => {
    expect(failure(addHouseholdToUnit(grid, 'u1', 'h1')).code).toBe('GRID.HOUSEHOLD_LISTED_TWICE');
    expect(failure(addHouseholdToUnit(grid, 'u9', 'h3'))).toMatchObject({
      code: 'GRID.UNIT_NOT_FOUND',
      kind: 'NOT_FOUND',
    });
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import {
  activeAssignmentsOn,
  canManage,
  createAssignment,
  endAssignment,
  isAssignmentActiveOn,
} from './assignment.rules.js';
import type { GridRole, StaffAssignment } from './grid.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const URBAN = { code: '542526100001001' as RegionCode, kind: 'URBAN' as const };
const PASTORAL = { code: '542526201201001' as RegionCode, kind: 'PASTORAL' as const };
const TOWNSHIP_OFFICE = 'gerze-town-office';
const day = (text: string) => text as CalendarDate;

const input = {
  id: 'a1',
  personId: 'worker-1',
  role: 'GRID_WORKER' as GridRole,
  managingUnitId: TOWNSHIP_OFFICE,
  from: day('2024-03-01'),
};

describe('createAssignment', () => {
  it('assigns a person to a grid in a role, managed by the unit that uses them', () => {
    expect(unwrap(createAssignment(URBAN, input))).toEqual({
      id: 'a1',
      personId: 'worker-1',
      gridCode: URBAN.code,
      role: 'GRID_WORKER',
      managingUnitId: TOWNSHIP_OFFICE,
      from: '2024-03-01',
      until: null,
    });
  });

  it('places building heads in urban grids only', () => {
    expect(createAssignment(URBAN, { ...input, role: 'BUILDING_HEAD' }).ok).toBe(true);
    expect(createAssignment(PASTORAL, { ...input, role: 'BUILDING_HEAD' })).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.BUILDING_HEAD_URBAN_ONLY', field: ['role'] },
    });
  });

  it('refuses an assignment that ends before it starts, and accepts a one-day one', () => {
    expect(createAssignment(URBAN, { ...input, until: day('2024-02-29') })).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.PERIOD', field: ['until'] },
    });
    expect(unwrap(createAssignment(URBAN, { ...input, until: day('2024-03-01') })).until).toBe('2024-03-01');
  });

  it.each(['id', 'personId', 'managingUnitId'] as const)('needs a %s', (field) => {
    expect(createAssignment(URBAN, { ...input, [field]: ' ' })).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.REQUIRED', field: [field] },
    });
  });

  it('refuses an unknown role', () => {
    expect(createAssignment(URBAN, { ...input, role: 'VILLAGE_HEAD' as GridRole })).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.ROLE' },
    });
  });
});

describe('isAssignmentActiveOn', () => {
  const closed = unwrap(createAssignment(URBAN, { ...input, until: day('2024-12-31') }));

  it('counts the first and last days, and no day outside them', () => {
    expect(isAssignmentActiveOn(closed, day('2024-02-29'))).toBe(false);
    expect(isAssignmentActiveOn(closed, day('2024-03-01'))).toBe(true);
    expect(isAssignmentActiveOn(closed, day('2024-12-31'))).toBe(true);
    expect(isAssignmentActiveOn(closed, day('2025-01-01'))).toBe(false);
  });

  it('keeps an open-ended assignment in force on every later day', () => {
    const open = unwrap(createAssignment(URBAN, input));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), (n) => {
        expect(isAssignmentActiveOn(open, addDays(open.from, n))).toBe(true);
      }),
    );
  });

  it('filters the assignments in force on a day', () => {
    const ended = unwrap(endAssignment(closed, day('2024-06-30')));
    expect(activeAssignmentsOn([closed, ended], day('2024-07-01'))).toEqual([closed]);
  });

  it('cannot end an assignment before it started', () => {
    expect(endAssignment(closed, day('2024-02-01'))).toMatchObject({
      ok: false,
      error: { code: 'ASSIGNMENT.PERIOD' },
    });
  });
});

describe('canManage (谁用人，谁管理)', () => {
  const assignment: StaffAssignment = unwrap(createAssignment(URBAN, input));

  it('lets the managing unit manage its staff', () => {
    expect(canManage(TOWNSHIP_OFFICE, assignment)).toEqual({ ok: true, value: assignment });
  });

  it('forbids any other unit, or no unit at all', () => {
    for (const unitId of ['county-police-bureau', null]) {
      expect(canManage(unitId, assignment)).toMatchObject({
        ok: false,
        error: { code: 'ASSIGNMENT.NOT_MANAGING_UNIT', kind: 'FORBIDDEN' },
      });
    }
  });
});

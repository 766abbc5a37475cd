import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import { createAssignment } from './assignment.rules.js';
import { createWorkSchedule } from './attendance.rules.js';
import type { GridKind, GridRole, StaffAssignment } from './grid.js';
import { createGrid } from './grid.rules.js';
import {
  DEFAULT_GRID_POLICY,
  DEFAULT_UNIT_SIZE_BOUNDS,
  GERZE_GRID_POLICY,
  GERZE_STAFFING_POLICY,
  GERZE_WORK_SCHEDULE,
  GRID_POLICIES,
  PASTORAL_STAFFING_MODEL,
  URBAN_STAFFING_MODEL,
} from './policy.js';
import { assessGridStaffing, gridPolicyFor, staffingModelOf } from './policy.rules.js';
import { assessStaffing } from './staffing.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

describe('改则县’s grid policy is data core can check', () => {
  it('keeps office hours 09:30–18:30 with 10 minutes’ grace, a schedule createWorkSchedule accepts', () => {
    expect(GERZE_WORK_SCHEDULE).toEqual({ startMinute: 570, endMinute: 1110, graceMinutes: 10 });
    expect(unwrap(createWorkSchedule(GERZE_WORK_SCHEDULE))).toEqual(GERZE_WORK_SCHEDULE);
  });

  it('puts the county’s staffing models and working hours together, under its code', () => {
    expect(GERZE_GRID_POLICY).toEqual({
      countyCode: '542526',
      staffing: { URBAN: URBAN_STAFFING_MODEL, PASTORAL: PASTORAL_STAFFING_MODEL },
      workSchedule: GERZE_WORK_SCHEDULE,
      unitSize: DEFAULT_UNIT_SIZE_BOUNDS,
    });
    expect(GERZE_GRID_POLICY.staffing).toBe(GERZE_STAFFING_POLICY);
  });

  it('lists each county once', () => {
    const counties = GRID_POLICIES.map((policy) => policy.countyCode);
    expect(new Set(counties).size).toBe(counties.length);
    expect(counties).not.toContain(null);
  });
});

describe('gridPolicyFor', () => {
  it('gives 改则县’s policy for the county and every township, village and grid inside it', () => {
    for (const code of ['542526', '542526100', '542526100001', '542526100001001', '542526204201002']) {
      expect(gridPolicyFor(code), code).toBe(GERZE_GRID_POLICY);
    }
  });

  it('gives the default outside 改则县, above county level, and for text that is no region code', () => {
    for (const code of ['540424', '540424100201', '542527', '5425', '54', '', 'grid', '5425261']) {
      expect(gridPolicyFor(code), code).toBe(DEFAULT_GRID_POLICY);
    }
  });

  it('defaults to the article’s (改则县’s) models and hours, so every grid is assessed as before', () => {
    expect(DEFAULT_GRID_POLICY.countyCode).toBeNull();
    expect(DEFAULT_GRID_POLICY.staffing).toBe(GERZE_STAFFING_POLICY);
    expect(DEFAULT_GRID_POLICY.workSchedule).toBe(GERZE_WORK_SCHEDULE);
  });
});

describe('staffingModelOf', () => {
  it('gives a grid the model its county’s policy names for its kind', () => {
    expect(staffingModelOf({ code: '542526100001001' as never, kind: 'URBAN' })).toBe(URBAN_STAFFING_MODEL);
    expect(staffingModelOf({ code: '542526204201001' as never, kind: 'PASTORAL' })).toBe(
      PASTORAL_STAFFING_MODEL,
    );
  });
});

describe('assessGridStaffing', () => {
  const FROM = '2024-01-01' as CalendarDate;
  const grid = unwrap(
    createGrid({
      code: '542526204201001',
      name: { zh: '第1网格', bo: 'དྲ་མིག' },
      kind: 'PASTORAL' satisfies GridKind,
      units: [{ id: 'u1', headPersonId: 'head', householdIds: ['h1'] }],
    }),
  );
  const assign = (id: string, personId: string, role: GridRole, until: string | null = null) =>
    unwrap(
      createAssignment(grid, {
        id,
        personId,
        role,
        managingUnitId: 'U',
        from: FROM,
        until: until as CalendarDate | null,
      }),
    );
  const staff: StaffAssignment[] = [
    assign('a1', 'chief', 'GRID_CHIEF'),
    assign('a2', 'worker', 'GRID_WORKER', '2024-06-30'),
    assign('a3', 'police', 'GRID_POLICE'),
    assign('a4', 'head', 'HOUSEHOLD_JOINT_HEAD'),
  ];

  it('assesses the staff in force on the day against the grid’s model', () => {
    const before = assessGridStaffing(grid, staff, '2024-06-30' as CalendarDate);
    expect(before).toEqual(assessStaffing(grid, PASTORAL_STAFFING_MODEL, staff));
    expect(before.compliant).toBe(true);
    const after = assessGridStaffing(grid, staff, '2024-07-01' as CalendarDate);
    expect(after.compliant).toBe(false);
    expect(after.gaps).toEqual([{ kind: 'MISSING', role: 'GRID_WORKER', count: 1 }]);
  });

  it('does not count an assignment that has not begun', () => {
    expect(assessGridStaffing(grid, staff, '2023-12-31' as CalendarDate).compliant).toBe(false);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { DomainError } from '../shared/errors.js';
import type { Result } from '../shared/result.js';
import { createAssignment } from './assignment.rules.js';
import type { Grid, GridKind, GridRole, StaffAssignment } from './grid.js';
import { createGrid } from './grid.rules.js';
import { GERZE_STAFFING_POLICY, PASTORAL_STAFFING_MODEL, URBAN_STAFFING_MODEL } from './policy.js';
import type { StaffingModel } from './staffing.js';
import {
  assessStaffing,
  countStaffByRole,
  createStaffingModel,
  staffingModelFor,
  summariseStaffing,
} from './staffing.rules.js';

function unwrap<T>(result: Result<T, DomainError>): T {
  if (!result.ok) throw new Error(`${result.error.code} at ${result.error.field?.join('.') ?? '-'}`);
  return result.value;
}

const FROM = '2024-01-01' as CalendarDate;

function gridOf(sequence: number, kind: GridKind, unitCount: number): Grid {
  const code = `542526100201${String(sequence).padStart(3, '0')}`;
  return unwrap(
    createGrid({
      code,
      name: { zh: `第${sequence}网格`, bo: 'དྲ་མིག' },
      kind,
      units: Array.from({ length: unitCount }, (_, index) => ({
        id: `${code}-u${index + 1}`,
        headPersonId: `${code}-head-${index + 1}`,
        householdIds: [`${code}-u${index + 1}-h1`, `${code}-u${index + 1}-h2`],
      })),
    }),
  );
}

function assign(grid: Grid, personId: string, role: GridRole): StaffAssignment {
  return unwrap(
    createAssignment(grid, {
      id: `${grid.code}:${personId}:${role}`,
      personId,
      role,
      managingUnitId: 'gerze-county-politics-and-law-committee',
      from: FROM,
    }),
  );
}

/** The staff a grid needs under 改则县's model, each role held by its own person. */
function fullStaff(grid: Grid): StaffAssignment[] {
  const workers = grid.kind === 'URBAN' ? 2 : 1;
  return [
    assign(grid, `${grid.code}-chief`, 'GRID_CHIEF'),
    ...Array.from({ length: workers }, (_, index) =>
      assign(grid, `${grid.code}-worker-${index + 1}`, 'GRID_WORKER'),
    ),
    assign(grid, `${grid.code}-police`, 'GRID_POLICE'),
    ...grid.units.map((unit) => assign(grid, unit.headPersonId, 'HOUSEHOLD_JOINT_HEAD')),
  ];
}

function roleCounts(model: StaffingModel): Record<string, [number, number | null]> {
  return Object.fromEntries(model.requirements.map((r) => [`${r.role}/${r.basis}`, [r.min, r.max]]));
}

describe('staffing models are data', () => {
  it('urban "1+3+联户长" is one chief, two full-time workers, one police officer and a head per unit', () => {
    expect(roleCounts(URBAN_STAFFING_MODEL)).toEqual({
      'GRID_CHIEF/PER_GRID': [1, 1],
      'GRID_WORKER/PER_GRID': [2, 2],
      'GRID_POLICE/PER_GRID': [1, 1],
      'HOUSEHOLD_JOINT_HEAD/PER_UNIT': [1, 1],
    });
  });

  it('pastoral "1+2+联户长" is one chief, one full-time worker, one police officer and a head per unit', () => {
    expect(roleCounts(PASTORAL_STAFFING_MODEL)).toEqual({
      'GRID_CHIEF/PER_GRID': [1, 1],
      'GRID_WORKER/PER_GRID': [1, 1],
      'GRID_POLICE/PER_GRID': [1, 1],
      'HOUSEHOLD_JOINT_HEAD/PER_UNIT': [1, 1],
    });
  });

  it('改则县 gives urban grids the urban model and pastoral grids the pastoral one', () => {
    expect(staffingModelFor(GERZE_STAFFING_POLICY, 'URBAN')).toBe(URBAN_STAFFING_MODEL);
    expect(staffingModelFor(GERZE_STAFFING_POLICY, 'PASTORAL')).toBe(PASTORAL_STAFFING_MODEL);
  });

  it('both of 改则县’s models pass the model checks', () => {
    expect(unwrap(createStaffingModel(URBAN_STAFFING_MODEL))).toEqual(URBAN_STAFFING_MODEL);
    expect(unwrap(createStaffingModel(PASTORAL_STAFFING_MODEL))).toEqual(PASTORAL_STAFFING_MODEL);
  });
});

describe('createStaffingModel', () => {
  const base = {
    id: 'OTHER',
    name: { zh: '其他县模式', en: 'Another county’s model', bo: 'རྫོང་གཞན་གྱི་རྣམ་པ།' },
  };

  it('lets another county define "1+4": two to three workers and a police officer optional', () => {
    const model = unwrap(
      createStaffingModel({
        ...base,
        requirements: [
          { role: 'GRID_CHIEF', basis: 'PER_GRID', min: 1, max: 1, floor: 0 },
          { role: 'GRID_WORKER', basis: 'PER_GRID', min: 2, max: 3, floor: 0 },
          { role: 'GRID_POLICE', basis: 'PER_GRID', min: 0, max: 1, floor: 0 },
        ],
      }),
    );
    const grid = gridOf(1, 'URBAN', 0);
    const staff = [
      assign(grid, 'c', 'GRID_CHIEF'),
      assign(grid, 'w1', 'GRID_WORKER'),
      assign(grid, 'w2', 'GRID_WORKER'),
      assign(grid, 'w3', 'GRID_WORKER'),
    ];
    expect(assessStaffing(grid, model, staff).compliant).toBe(true);
    expect(assessStaffing(grid, model, staff.slice(0, 2)).gaps).toEqual([
      { kind: 'MISSING', role: 'GRID_WORKER', count: 1 },
    ]);
  });

  it('lists each role once', () => {
    const requirement = { role: 'GRID_CHIEF', basis: 'PER_GRID', min: 1, max: 1, floor: 0 } as const;
    expect(createStaffingModel({ ...base, requirements: [requirement, requirement] })).toMatchObject({
      ok: false,
      error: { code: 'STAFFING.ROLE_REPEATED', field: ['requirements', '1', 'role'] },
    });
  });

  it.each([
    ['a minimum above the maximum', { min: 3, max: 2, floor: 0 }],
    ['a negative minimum', { min: -1, max: 2, floor: 0 }],
    ['a fractional head count', { min: 1.5, max: 2, floor: 0 }],
    ['a floor above the maximum of a per-grid role', { min: 1, max: 1, floor: 2 }],
  ])('refuses %s', (_, counts) => {
    const requirements = [{ role: 'GRID_WORKER' as const, basis: 'PER_GRID' as const, ...counts }];
    expect(createStaffingModel({ ...base, requirements })).toMatchObject({
      ok: false,
      error: { code: 'STAFFING.HEADCOUNT', field: ['requirements', '0'] },
    });
  });

  it('refuses an unknown role', () => {
    const requirements = [
      { role: 'MAYOR' as GridRole, basis: 'PER_GRID' as const, min: 1, max: 1, floor: 0 },
    ];
    expect(createStaffingModel({ ...base, requirements })).toMatchObject({
      ok: false,
      error: { code: 'STAFFING.ROLE' },
    });
  });
});

describe('assessStaffing', () => {
  it('finds an urban grid with chief, two workers, police and a head for each of its units compliant', () => {
    const grid = gridOf(1, 'URBAN', 3);
    const assessment = assessStaffing(grid, URBAN_STAFFING_MODEL, fullStaff(grid));
    expect(assessment).toEqual({
      gridCode: grid.code,
      modelId: 'URBAN_1_3',
      compliant: true,
      gaps: [],
      byRole: [
        { role: 'GRID_CHIEF', required: 1, maximum: 1, actual: 1, missing: 0, surplus: 0 },
        { role: 'GRID_WORKER', required: 2, maximum: 2, actual: 2, missing: 0, surplus: 0 },
        { role: 'GRID_POLICE', required: 1, maximum: 1, actual: 1, missing: 0, surplus: 0 },
        { role: 'HOUSEHOLD_JOINT_HEAD', required: 3, maximum: 3, actual: 3, missing: 0, surplus: 0 },
      ],
    });
  });

  it('lists a missing worker and a surplus chief as gaps, role by role', () => {
    const grid = gridOf(1, 'URBAN', 1);
    const staff = fullStaff(grid).filter((a) => a.personId !== `${grid.code}-worker-2`);
    const assessment = assessStaffing(grid, URBAN_STAFFING_MODEL, [
      ...staff,
      assign(grid, 'second-chief', 'GRID_CHIEF'),
    ]);
    expect(assessment.compliant).toBe(false);
    expect(assessment.gaps).toEqual([
      { kind: 'SURPLUS', role: 'GRID_CHIEF', count: 1 },
      { kind: 'MISSING', role: 'GRID_WORKER', count: 1 },
    ]);
    expect(assessment.byRole[1]).toEqual({
      role: 'GRID_WORKER',
      required: 2,
      maximum: 2,
      actual: 1,
      missing: 1,
      surplus: 0,
    });
  });

  it('counts a grid police officer who also serves as grid worker in both roles', () => {
    const grid = gridOf(2, 'PASTORAL', 1);
    const staff = [
      assign(grid, 'chief', 'GRID_CHIEF'),
      assign(grid, 'officer', 'GRID_POLICE'),
      assign(grid, 'officer', 'GRID_WORKER'),
      assign(grid, grid.units[0]?.headPersonId ?? '', 'HOUSEHOLD_JOINT_HEAD'),
    ];
    const assessment = assessStaffing(grid, PASTORAL_STAFFING_MODEL, staff);
    expect(assessment.compliant).toBe(true);
    expect(assessment.byRole.map((r) => [r.role, r.actual])).toEqual([
      ['GRID_CHIEF', 1],
      ['GRID_WORKER', 1],
      ['GRID_POLICE', 1],
      ['HOUSEHOLD_JOINT_HEAD', 1],
    ]);
  });

  it('counts the same person assigned twice in the same role once', () => {
    const grid = gridOf(1, 'URBAN', 0);
    const staff = [
      assign(grid, 'chief', 'GRID_CHIEF'),
      assign(grid, 'worker', 'GRID_WORKER'),
      { ...assign(grid, 'worker', 'GRID_WORKER'), id: 'again' },
      assign(grid, 'police', 'GRID_POLICE'),
      assign(grid, 'head', 'HOUSEHOLD_JOINT_HEAD'),
    ];
    const assessment = assessStaffing(grid, URBAN_STAFFING_MODEL, staff);
    expect(assessment.gaps).toEqual([{ kind: 'MISSING', role: 'GRID_WORKER', count: 1 }]);
  });

  it('ignores assignments to other grids', () => {
    const grid = gridOf(1, 'PASTORAL', 1);
    const other = gridOf(2, 'PASTORAL', 1);
    const assessment = assessStaffing(grid, PASTORAL_STAFFING_MODEL, [
      ...fullStaff(other),
      ...fullStaff(grid),
    ]);
    expect(assessment.compliant).toBe(true);
    expect(assessStaffing(grid, PASTORAL_STAFFING_MODEL, fullStaff(other)).gaps).toHaveLength(5);
  });

  it('needs one household-joint head per unit, and at least one in a grid whose units are not recorded yet', () => {
    const grid = gridOf(1, 'PASTORAL', 0);
    const staff = fullStaff(grid);
    expect(assessStaffing(grid, PASTORAL_STAFFING_MODEL, staff).gaps).toEqual([
      { kind: 'MISSING', role: 'HOUSEHOLD_JOINT_HEAD', count: 1 },
    ]);
    expect(
      assessStaffing(grid, PASTORAL_STAFFING_MODEL, [...staff, assign(grid, 'head', 'HOUSEHOLD_JOINT_HEAD')])
        .compliant,
    ).toBe(true);
  });

  it('lists a unit whose head is not assigned as household-joint head, even when the head count matches', () => {
    const grid = gridOf(1, 'PASTORAL', 2);
    const staff = fullStaff(grid).filter((a) => a.personId !== grid.units[1]?.headPersonId);
    const assessment = assessStaffing(grid, PASTORAL_STAFFING_MODEL, [
      ...staff,
      assign(grid, 'someone-else', 'HOUSEHOLD_JOINT_HEAD'),
    ]);
    expect(assessment.gaps).toEqual([
      {
        kind: 'UNIT_HEAD_NOT_ASSIGNED',
        unitId: grid.units[1]?.id,
        headPersonId: grid.units[1]?.headPersonId,
      },
    ]);
  });

  it('neither requires nor counts as surplus a role the model does not list (building heads)', () => {
    const grid = gridOf(1, 'URBAN', 1);
    const assessment = assessStaffing(grid, URBAN_STAFFING_MODEL, [
      ...fullStaff(grid),
      assign(grid, 'building-head', 'BUILDING_HEAD'),
    ]);
    expect(assessment.compliant).toBe(true);
    expect(assessment.byRole.map((r) => r.role)).not.toContain('BUILDING_HEAD');
  });

  it('is compliant exactly when no role is missing or surplus and every unit’s head is assigned', () => {
    const roles: readonly GridRole[] = ['GRID_CHIEF', 'GRID_WORKER', 'GRID_POLICE', 'HOUSEHOLD_JOINT_HEAD'];
    fc.assert(
      fc.property(
        fc.constantFrom<GridKind>('URBAN', 'PASTORAL'),
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.constantFrom(...roles)), { maxLength: 14 }),
        (kind, unitCount, picks) => {
          const grid = gridOf(1, kind, unitCount);
          const people = [...grid.units.map((u) => u.headPersonId), 'a', 'b', 'c'];
          const staff = picks.map(([person, role]) =>
            assign(grid, people[person % people.length] as string, role),
          );
          const assessment = assessStaffing(grid, GERZE_STAFFING_POLICY[kind], staff);
          const counted = assessment.byRole.every((r) => r.missing === 0 && r.surplus === 0);
          const headsAssigned = grid.units.every((u) =>
            staff.some((a) => a.personId === u.headPersonId && a.role === 'HOUSEHOLD_JOINT_HEAD'),
          );
          expect(assessment.compliant).toBe(counted && headsAssigned);
          for (const r of assessment.byRole) {
            const distinct = new Set(staff.filter((a) => a.role === r.role).map((a) => a.personId)).size;
            expect(r.actual).toBe(distinct);
            expect(r.missing).toBe(Math.max(0, r.required - r.actual));
            expect(r.surplus).toBe(Math.max(0, r.actual - (r.maximum ?? r.actual)));
            if (r.role === 'HOUSEHOLD_JOINT_HEAD') expect(r.required).toBe(Math.max(1, unitCount));
          }
        },
      ),
    );
  });
});

describe('countStaffByRole', () => {
  it('counts each person once per role over many grids, and in every role they hold', () => {
    const a = gridOf(1, 'URBAN', 0);
    const b = gridOf(2, 'PASTORAL', 0);
    const totals = countStaffByRole([
      assign(a, 'p1', 'GRID_CHIEF'),
      assign(b, 'p2', 'GRID_CHIEF'),
      assign(a, 'p3', 'GRID_POLICE'),
      assign(a, 'p3', 'GRID_WORKER'),
      assign(b, 'p4', 'GRID_WORKER'),
      assign(b, 'p4', 'GRID_WORKER'),
    ]);
    expect(totals).toEqual({
      byRole: { GRID_CHIEF: 2, GRID_WORKER: 2, GRID_POLICE: 1, HOUSEHOLD_JOINT_HEAD: 0, BUILDING_HEAD: 0 },
      distinctPersons: 4,
    });
  });
});

describe('summariseStaffing', () => {
  // 改则县: 60 grids, 12 urban and 48 pastoral; 897 household-joint units, one head each.
  function gerze(): { grids: Grid[]; staff: StaffAssignment[] } {
    const grids = Array.from({ length: 60 }, (_, index) =>
      gridOf(index + 1, index < 12 ? 'URBAN' : 'PASTORAL', index < 57 ? 15 : 14),
    );
    return { grids, staff: grids.flatMap(fullStaff) };
  }

  it('reproduces 改则县: 60 grids (12 urban, 48 pastoral), 60 chiefs, 72 workers, 60 police, 897 heads, all compliant', () => {
    const { grids, staff } = gerze();
    expect(summariseStaffing(grids, GERZE_STAFFING_POLICY, staff)).toEqual({
      grids: 60,
      gridsByKind: { URBAN: 12, PASTORAL: 48 },
      compliantGrids: 60,
      nonCompliantGridCodes: [],
      householdJointUnits: 897,
      staff: {
        byRole: {
          GRID_CHIEF: 60,
          GRID_WORKER: 72,
          GRID_POLICE: 60,
          HOUSEHOLD_JOINT_HEAD: 897,
          BUILDING_HEAD: 0,
        },
        distinctPersons: 60 + 72 + 60 + 897,
      },
    });
  });

  it('lists a grid that breaks its model as non-compliant', () => {
    const { grids, staff } = gerze();
    const broken = grids[20] as Grid;
    const withoutItsWorker = staff.filter((a) => !(a.gridCode === broken.code && a.role === 'GRID_WORKER'));
    const summary = summariseStaffing(grids, GERZE_STAFFING_POLICY, withoutItsWorker);
    expect(summary.compliantGrids).toBe(59);
    expect(summary.nonCompliantGridCodes).toEqual([broken.code]);
    expect(summary.staff.byRole.GRID_WORKER).toBe(71);
  });

  it('counts only staff of the grids summarised', () => {
    const { grids, staff } = gerze();
    const stray = {
      ...(staff[0] as StaffAssignment),
      gridCode: '542526100999001' as RegionCode,
      personId: 'stray',
    };
    expect(summariseStaffing(grids, GERZE_STAFFING_POLICY, [...staff, stray]).staff.byRole.GRID_CHIEF).toBe(
      60,
    );
  });
});

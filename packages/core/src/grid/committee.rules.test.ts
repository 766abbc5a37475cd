import { describe, expect, it } from 'vitest';
import type { RegionCode } from '../shared/division-code.js';
import type { CommitteeMember } from './committee.js';
import { createHomeownersCommittee } from './committee.rules.js';
import type { GridRole, StaffAssignment } from './grid.js';

const URBAN = { code: '542526100001001' as RegionCode, kind: 'URBAN' as const };
const NEIGHBOUR = '542526100001002' as RegionCode;

function staff(personId: string, role: GridRole, gridCode: RegionCode = URBAN.code) {
  return { personId, role, gridCode } satisfies Pick<StaffAssignment, 'personId' | 'role' | 'gridCode'>;
}

const ASSIGNMENTS = [
  staff('chief', 'GRID_CHIEF'),
  staff('head-1', 'HOUSEHOLD_JOINT_HEAD'),
  staff('head-2', 'HOUSEHOLD_JOINT_HEAD'),
  staff('building-3', 'BUILDING_HEAD'),
  staff('head-of-neighbour', 'HOUSEHOLD_JOINT_HEAD', NEIGHBOUR),
];

const MEMBERS: readonly CommitteeMember[] = [
  { personId: 'chief', seat: 'GRID_CHIEF' },
  { personId: 'head-1', seat: 'HOUSEHOLD_JOINT_HEAD' },
  { personId: 'building-3', seat: 'BUILDING_HEAD' },
  { personId: 'owner-1', seat: 'HOMEOWNER' },
];

function create(
  members: readonly CommitteeMember[],
  grid: { code: RegionCode; kind: 'URBAN' | 'PASTORAL' } = URBAN,
) {
  return createHomeownersCommittee(
    grid,
    { id: 'committee-1', name: '幸福小区业主委员会', members },
    ASSIGNMENTS,
  );
}

describe('createHomeownersCommittee (网格+业主委员会)', () => {
  it('seats the grid chief, a household-joint head, a building head and homeowners of an urban grid', () => {
    expect(create(MEMBERS)).toEqual({
      ok: true,
      value: { id: 'committee-1', gridCode: URBAN.code, name: '幸福小区业主委员会', members: MEMBERS },
    });
  });

  it('does without building heads: they may sit, they need not', () => {
    expect(create(MEMBERS.filter((m) => m.seat !== 'BUILDING_HEAD')).ok).toBe(true);
  });

  it('exists for urban grids only', () => {
    expect(create(MEMBERS, { code: URBAN.code, kind: 'PASTORAL' })).toMatchObject({
      ok: false,
      error: { code: 'COMMITTEE.URBAN_GRID_ONLY' },
    });
  });

  it('needs the grid chief', () => {
    expect(create(MEMBERS.filter((m) => m.seat !== 'GRID_CHIEF'))).toMatchObject({
      ok: false,
      error: { code: 'COMMITTEE.GRID_CHIEF_MISSING' },
    });
  });

  it('needs the grid chief in the chief’s seat, not as a homeowner', () => {
    const members = MEMBERS.map((m) => (m.personId === 'chief' ? { ...m, seat: 'HOMEOWNER' as const } : m));
    expect(create(members)).toMatchObject({ ok: false, error: { code: 'COMMITTEE.GRID_CHIEF_MISSING' } });
  });

  it('cannot be formed in a grid that has no chief assigned', () => {
    const result = createHomeownersCommittee(
      URBAN,
      { id: 'c', name: '业委会', members: [{ personId: 'head-1', seat: 'HOUSEHOLD_JOINT_HEAD' }] },
      ASSIGNMENTS.filter((a) => a.role !== 'GRID_CHIEF'),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'COMMITTEE.GRID_CHIEF_MISSING' } });
  });

  it('needs at least one household-joint head', () => {
    expect(create(MEMBERS.filter((m) => m.seat !== 'HOUSEHOLD_JOINT_HEAD'))).toMatchObject({
      ok: false,
      error: { code: 'COMMITTEE.HOUSEHOLD_JOINT_HEAD_MISSING' },
    });
  });

  it('refuses a staff seat the person does not hold in this grid', () => {
    const members = [...MEMBERS, { personId: 'head-of-neighbour', seat: 'HOUSEHOLD_JOINT_HEAD' as const }];
    expect(create(members)).toMatchObject({
      ok: false,
      error: { code: 'COMMITTEE.SEAT_NOT_HELD', field: ['members', '4', 'seat'] },
    });
    const owner = [...MEMBERS, { personId: 'owner-2', seat: 'BUILDING_HEAD' as const }];
    expect(create(owner)).toMatchObject({ ok: false, error: { code: 'COMMITTEE.SEAT_NOT_HELD' } });
  });

  it('gives a person one seat', () => {
    const members = [...MEMBERS, { personId: 'head-1', seat: 'HOMEOWNER' as const }];
    expect(create(members)).toMatchObject({
      ok: false,
      error: { code: 'COMMITTEE.MEMBER_DUPLICATE', field: ['members', '4'] },
    });
  });
});

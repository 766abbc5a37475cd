import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../shared/actor.js';
import {
  authoriseClockRecord,
  authoriseLeaveApplication,
  authoriseRecruitment,
  authoriseStaffingChange,
  canSeeStaffRecords,
  canSuperviseGrid,
  leaveActorFor,
} from './access.js';
import { GRID_ACCESS_ERRORS, LEAVE_ERRORS } from './grid.errors.js';

const COUNTY = '542526';
const TOWNSHIP = '542526100';
const OTHER_TOWNSHIP = '542526201';
const VILLAGE = '542526100201';
const GRID = '542526100201001';
const OTHER_GRID = '542526100201002';

function actor(role: Role, regionCode: string, personId: string | null = 'P-officer'): Actor {
  return { personId, grants: [{ role, regionCode }] };
}

describe('authoriseStaffingChange', () => {
  it('lets a county administrator or a township officer over the grid change its staff', () => {
    expect(authoriseStaffingChange(actor('COUNTY_ADMIN', COUNTY), GRID)).toMatchObject({ ok: true });
    expect(authoriseStaffingChange(actor('TOWNSHIP_OFFICER', TOWNSHIP), GRID)).toMatchObject({ ok: true });
  });

  it('refuses an officer of another township, a grid chief and a grid worker', () => {
    for (const caller of [
      actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP),
      actor('GRID_CHIEF', GRID),
      actor('GRID_WORKER', GRID),
    ]) {
      expect(authoriseStaffingChange(caller, GRID)).toEqual({
        ok: false,
        error: GRID_ACCESS_ERRORS.FORBIDDEN,
      });
    }
  });
});

describe('canSuperviseGrid', () => {
  it('lets the grid chief read their own grid, not the next one', () => {
    expect(canSuperviseGrid(actor('GRID_CHIEF', GRID), GRID)).toBe(true);
    expect(canSuperviseGrid(actor('GRID_CHIEF', GRID), OTHER_GRID)).toBe(false);
  });

  it('lets managers read every grid of their region and refuses grid workers and other roles', () => {
    expect(canSuperviseGrid(actor('TOWNSHIP_OFFICER', TOWNSHIP), OTHER_GRID)).toBe(true);
    expect(canSuperviseGrid(actor('GRID_WORKER', GRID), GRID)).toBe(false);
    expect(canSuperviseGrid(actor('JUDGE', COUNTY), GRID)).toBe(false);
  });
});

describe('canSeeStaffRecords', () => {
  const subject = { personId: 'P-1', gridCode: GRID };

  it('shows a person their own records, and the grid’s supervisors everyone’s', () => {
    expect(canSeeStaffRecords(actor('GRID_WORKER', GRID, 'P-1'), subject)).toBe(true);
    expect(canSeeStaffRecords(actor('GRID_CHIEF', GRID, 'P-2'), subject)).toBe(true);
    expect(canSeeStaffRecords(actor('COUNTY_ADMIN', COUNTY), subject)).toBe(true);
  });

  it('hides them from a colleague and from the chief of another grid', () => {
    expect(canSeeStaffRecords(actor('GRID_WORKER', GRID, 'P-2'), subject)).toBe(false);
    expect(canSeeStaffRecords(actor('GRID_CHIEF', OTHER_GRID, 'P-3'), subject)).toBe(false);
    expect(canSeeStaffRecords({ personId: null, grants: [] }, subject)).toBe(false);
  });
});

describe('leaveActorFor (谁用人，谁管理)', () => {
  const township = { id: 'U-542526100', regionCode: TOWNSHIP };
  const bureau = { id: 'U-542526-PSB', regionCode: COUNTY };
  const villagers = { id: `U-${VILLAGE}`, regionCode: VILLAGE };

  it('speaks for a unit when the caller manages the unit’s region', () => {
    expect(leaveActorFor(actor('TOWNSHIP_OFFICER', TOWNSHIP), township)).toEqual({
      personId: 'P-officer',
      unitId: township.id,
    });
    expect(leaveActorFor(actor('TOWNSHIP_OFFICER', TOWNSHIP), villagers).unitId).toBe(villagers.id);
    expect(leaveActorFor(actor('COUNTY_ADMIN', COUNTY), bureau).unitId).toBe(bureau.id);
  });

  it('speaks for no unit above the caller’s region or for a role that manages nothing', () => {
    expect(leaveActorFor(actor('TOWNSHIP_OFFICER', TOWNSHIP), bureau).unitId).toBeNull();
    expect(leaveActorFor(actor('GRID_CHIEF', GRID), villagers).unitId).toBeNull();
    expect(leaveActorFor(actor('GRID_WORKER', GRID, 'P-1'), township)).toEqual({
      personId: 'P-1',
      unitId: null,
    });
  });
});

describe('authoriseLeaveApplication', () => {
  const assignment = { personId: 'P-1', managingUnitId: 'U-542526100' };

  it('lets the person assigned or the managing unit apply', () => {
    expect(authoriseLeaveApplication({ personId: 'P-1', unitId: null }, assignment).ok).toBe(true);
    expect(authoriseLeaveApplication({ personId: 'P-9', unitId: 'U-542526100' }, assignment).ok).toBe(true);
  });

  it('refuses anyone else with LEAVE.NOT_APPLICANT', () => {
    expect(authoriseLeaveApplication({ personId: 'P-2', unitId: 'U-542526-PSB' }, assignment)).toEqual({
      ok: false,
      error: LEAVE_ERRORS.NOT_APPLICANT,
    });
  });
});

describe('authoriseClockRecord', () => {
  it('lets a person clock for themself while they serve a grid', () => {
    expect(authoriseClockRecord(actor('GRID_WORKER', GRID, 'P-1'), 'P-1', [GRID]).ok).toBe(true);
  });

  it('refuses a person who serves no grid, and someone clocking for another person', () => {
    const refused = { ok: false, error: GRID_ACCESS_ERRORS.CLOCK_FORBIDDEN };
    expect(authoriseClockRecord(actor('GRID_WORKER', GRID, 'P-1'), 'P-1', [])).toEqual(refused);
    expect(authoriseClockRecord(actor('GRID_WORKER', GRID, 'P-2'), 'P-1', [GRID])).toEqual(refused);
    expect(authoriseClockRecord(actor('GRID_CHIEF', GRID, 'P-2'), 'P-1', [GRID])).toEqual(refused);
  });

  it('lets a manager over one of the person’s grids clock for them', () => {
    expect(authoriseClockRecord(actor('TOWNSHIP_OFFICER', TOWNSHIP), 'P-1', [OTHER_GRID]).ok).toBe(true);
    expect(authoriseClockRecord(actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP), 'P-1', [GRID]).ok).toBe(false);
  });
});

describe('authoriseRecruitment', () => {
  it('lets the county administrator run the county’s recruitment and refuses a township officer', () => {
    expect(authoriseRecruitment(actor('COUNTY_ADMIN', COUNTY), COUNTY).ok).toBe(true);
    expect(authoriseRecruitment(actor('TOWNSHIP_OFFICER', TOWNSHIP), COUNTY)).toEqual({
      ok: false,
      error: GRID_ACCESS_ERRORS.RECRUITMENT_FORBIDDEN,
    });
  });
});

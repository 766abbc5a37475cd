import { describe, expect, it } from 'vitest';
import {
  type Actor,
  ANONYMOUS,
  createActor,
  describeGrant,
  grantReaches,
  grantsCovering,
  grantsReachingResidents,
  hasRoleForResidents,
  hasRoleIn,
  isAnonymous,
  isRole,
  ROLE_LABELS,
  ROLES,
  type RoleGrant,
  residenceScopeOf,
} from './actor.js';
import type { RegionCode } from './division-code.js';
import { canSee } from './personal-data.js';

const GERZE_OFFICER: Actor = {
  personId: 'person-1',
  grants: [
    { role: 'GRID_WORKER', regionCode: '542526100201001' },
    { role: 'TOWNSHIP_OFFICER', regionCode: '542526100' },
  ],
};

describe('roles', () => {
  it('has a bilingual label for every role', () => {
    expect(ROLES).toHaveLength(14);
    for (const role of ROLES) {
      expect(ROLE_LABELS[role].zh).not.toBe('');
      expect(ROLE_LABELS[role].en).not.toBe('');
      expect(isRole(role)).toBe(true);
    }
    expect(isRole('ADMIN')).toBe(false);
  });
});

describe('an anonymous caller', () => {
  it('holds no role anywhere', () => {
    expect(isAnonymous(ANONYMOUS)).toBe(true);
    expect(hasRoleIn(ANONYMOUS, ROLES, '542526')).toBeNull();
  });
});

describe('a role counts within the region of its grant', () => {
  it('finds the grant whose region contains the place', () => {
    expect(hasRoleIn(GERZE_OFFICER, ['TOWNSHIP_OFFICER'], '542526100201')).toEqual({
      role: 'TOWNSHIP_OFFICER',
      regionCode: '542526100',
    });
    expect(hasRoleIn(GERZE_OFFICER, ['GRID_WORKER', 'TOWNSHIP_OFFICER'], '542526100201001')?.role).toBe(
      'GRID_WORKER',
    );
  });

  it('does not reach above or beside the region of the grant', () => {
    expect(hasRoleIn(GERZE_OFFICER, ['TOWNSHIP_OFFICER'], '542526')).toBeNull();
    expect(hasRoleIn(GERZE_OFFICER, ['GRID_WORKER'], '542526100201002')).toBeNull();
    expect(hasRoleIn(GERZE_OFFICER, ['COUNTY_ADMIN'], '542526100201001')).toBeNull();
  });

  it('lists the grants that cover a place', () => {
    expect(grantsCovering(GERZE_OFFICER, '542526100201001')).toHaveLength(2);
    expect(grantsCovering(GERZE_OFFICER, '542526100202')).toHaveLength(1);
    expect(grantsCovering(GERZE_OFFICER, '540424')).toHaveLength(0);
  });

  it('describes a grant for the audit log as ROLE@region', () => {
    expect(describeGrant({ role: 'COUNTY_ADMIN', regionCode: '542526' })).toBe('COUNTY_ADMIN@542526');
  });
});

describe('building an actor from untrusted claims', () => {
  it('accepts known roles over well-formed regions', () => {
    const actor = createActor({ personId: 'p', grants: [{ role: 'JUDGE', regionCode: '540600' }] });
    expect(actor).toEqual({
      ok: true,
      value: { personId: 'p', grants: [{ role: 'JUDGE', regionCode: '540600' }] },
    });
  });

  it('names the grant with an unknown role or a malformed region', () => {
    expect(createActor({ personId: null, grants: [{ role: 'ROOT', regionCode: '540000' }] })).toMatchObject({
      ok: false,
      error: { code: 'ACTOR.ROLE', field: ['grants', '0', 'role'] },
    });
    expect(
      createActor({
        personId: null,
        grants: [
          { role: 'JUDGE', regionCode: '540600' },
          { role: 'JUDGE', regionCode: '5406' },
        ],
      }),
    ).toMatchObject({ ok: false, error: { code: 'ACTOR.SCOPE', field: ['grants', '1', 'regionCode'] } });
  });
});

describe('how far a grant reaches', () => {
  const gridChief: RoleGrant = { role: 'GRID_CHIEF', regionCode: '542526100001001' as RegionCode };

  it('reaches everything within its region', () => {
    expect(grantReaches(gridChief, '542526100001001')).toBe(true);
    expect(grantReaches({ role: 'COUNTY_ADMIN', regionCode: '542526' as RegionCode }, '542526100001')).toBe(
      true,
    );
  });

  it('keeps role checks on records held at a grid or above strict', () => {
    const actor: Actor = { personId: null, grants: [gridChief] };
    expect(hasRoleIn(actor, ['GRID_CHIEF'], '542526100001')).toBeNull();
    expect(hasRoleForResidents(actor, ['GRID_CHIEF'], '542526100001')).toEqual(gridChief);
    expect(grantsReachingResidents(actor, '542526100002')).toEqual([]);
  });

  it("lets grid staff reach the people registered at their grid's village, but not another grid or village", () => {
    expect(grantReaches(gridChief, '542526100001')).toBe(true);
    expect(grantReaches(gridChief, '542526100001002')).toBe(false);
    expect(grantReaches(gridChief, '542526100002')).toBe(false);
    expect(grantReaches(gridChief, '542526100')).toBe(false);
  });

  it('maps a grid grant to its village for filters on home regions, and leaves other grants alone', () => {
    expect(residenceScopeOf(gridChief)).toBe('542526100001');
    expect(residenceScopeOf({ role: 'TOWNSHIP_OFFICER', regionCode: '542526100' as RegionCode })).toBe(
      '542526100',
    );
  });

  it('gives a grid chief the grid-staff view of a resident of the village', () => {
    const actor: Actor = { personId: null, grants: [gridChief] };
    expect(canSee(actor, 'PHONE', { regionCode: '542526100001' }).level).toBe('FULL');
    expect(canSee(actor, 'CITIZEN_ID', { regionCode: '542526100001' }).level).toBe('PARTIAL');
    expect(canSee(actor, 'PHONE', { regionCode: '542526100002' }).level).toBe('MASKED');
  });
});

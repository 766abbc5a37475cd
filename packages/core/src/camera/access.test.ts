import { describe, expect, it } from 'vitest';
import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { authoriseCameraChange } from './access.js';
import { CAMERA_ACCESS_ERRORS } from './camera.errors.js';

const COUNTY = '542526';
const TOWNSHIP = '542526100';
const OTHER_TOWNSHIP = '542526201';
const GRID = '542526100201001';

function actor(role: Role, regionCode: string): Actor {
  return { personId: 'P-1', grants: [{ role, regionCode }] };
}

describe('authoriseCameraChange (雪亮工程)', () => {
  it('leaves camera points and solved cases to county and township staff, not grid staff', () => {
    const registrars = ROLES.filter((role) => authoriseCameraChange(actor(role, COUNTY), GRID).ok);
    expect(registrars).toEqual(['COUNTY_ADMIN', 'TOWNSHIP_OFFICER']);
    expect(authoriseCameraChange(actor('GRID_CHIEF', GRID), GRID).ok).toBe(false);
  });

  it('lets a township officer register in their own township only', () => {
    const officer = actor('TOWNSHIP_OFFICER', TOWNSHIP);
    expect(authoriseCameraChange(officer, GRID)).toEqual({ ok: true, value: officer.grants[0] });
    expect(authoriseCameraChange(actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP), GRID)).toEqual({
      ok: false,
      error: CAMERA_ACCESS_ERRORS.FORBIDDEN,
    });
    expect(CAMERA_ACCESS_ERRORS.FORBIDDEN).toMatchObject({ code: 'CAMERA.FORBIDDEN', kind: 'FORBIDDEN' });
  });
});

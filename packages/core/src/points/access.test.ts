import { describe, expect, it } from 'vitest';
import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { authorisePointsRecording } from './access.js';
import { POINTS_ACCESS_ERRORS } from './points.errors.js';

const COUNTY = '542526';
const TOWNSHIP = '542526100';
const OTHER_TOWNSHIP = '542526201';
const GRID = '542526100201001';
const OTHER_GRID = '542526100201002';

function actor(role: Role, regionCode: string): Actor {
  return { personId: 'P-1', grants: [{ role, regionCode }] };
}

describe('authorisePointsRecording (家庭积分制)', () => {
  it('lets county, township and grid staff keep the ledgers of households in their region', () => {
    const keepers = ROLES.filter((role) => authorisePointsRecording(actor(role, COUNTY), GRID).ok);
    expect(keepers).toEqual(['COUNTY_ADMIN', 'TOWNSHIP_OFFICER', 'GRID_CHIEF', 'GRID_WORKER']);
    const worker = actor('GRID_WORKER', GRID);
    expect(authorisePointsRecording(worker, GRID)).toEqual({ ok: true, value: worker.grants[0] });
  });

  it('refuses the staff of another grid or township with POINTS.FORBIDDEN', () => {
    for (const caller of [actor('GRID_WORKER', OTHER_GRID), actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP)]) {
      expect(authorisePointsRecording(caller, GRID)).toEqual({
        ok: false,
        error: POINTS_ACCESS_ERRORS.FORBIDDEN,
      });
    }
    expect(authorisePointsRecording(actor('TOWNSHIP_OFFICER', TOWNSHIP), GRID).ok).toBe(true);
    expect(POINTS_ACCESS_ERRORS.FORBIDDEN).toMatchObject({ code: 'POINTS.FORBIDDEN', kind: 'FORBIDDEN' });
  });
});

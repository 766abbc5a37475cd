import { describe, expect, it } from 'vitest';
import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { authoriseRegistryChange } from './access.js';
import { REGISTRY_ACCESS_ERRORS } from './registry.errors.js';

const COUNTY = '542526';
const OTHER_TOWNSHIP = '542526201';
const GRID = '542526100201001';
const OTHER_GRID = '542526100201002';

function actor(role: Role, regionCode: string): Actor {
  return { personId: 'P-1', grants: [{ role, regionCode }] };
}

describe('authoriseRegistryChange (一标三实)', () => {
  it('lets the staff who register people register residents and rentals, service-hall clerks included', () => {
    const registrars = ROLES.filter((role) => authoriseRegistryChange(actor(role, COUNTY), GRID).ok);
    expect(registrars).toEqual([
      'COUNTY_ADMIN',
      'TOWNSHIP_OFFICER',
      'GRID_CHIEF',
      'GRID_WORKER',
      'SERVICE_HALL_CLERK',
    ]);
  });

  it('keeps a grid worker to their own grid, and an officer to their own township', () => {
    const worker = actor('GRID_WORKER', GRID);
    expect(authoriseRegistryChange(worker, GRID)).toEqual({ ok: true, value: worker.grants[0] });
    for (const caller of [actor('GRID_WORKER', OTHER_GRID), actor('TOWNSHIP_OFFICER', OTHER_TOWNSHIP)]) {
      expect(authoriseRegistryChange(caller, GRID)).toEqual({
        ok: false,
        error: REGISTRY_ACCESS_ERRORS.FORBIDDEN,
      });
    }
    expect(REGISTRY_ACCESS_ERRORS.FORBIDDEN).toMatchObject({ code: 'REGISTRY.FORBIDDEN', kind: 'FORBIDDEN' });
  });
});

import { describe, expect, it } from 'vitest';
import { type Actor, ROLES, type Role } from '../shared/actor.js';
import { authoriseJudging, authoriseOrganising } from './access.js';
import { CONTEST_ACCESS_ERRORS, CONTEST_ERRORS } from './contest.errors.js';

function actor(role: Role, regionCode: string, personId: string | null = 'P-1'): Actor {
  return { personId, grants: [{ role, regionCode }] };
}

describe('contest access', () => {
  it('lets only contest organisers of a containing region organise an event', () => {
    expect(ROLES.filter((role) => authoriseOrganising(actor(role, '540600'), '540624').ok)).toEqual([
      'CONTEST_ORGANISER',
    ]);
    expect(authoriseOrganising(actor('CONTEST_ORGANISER', '540621'), '540624')).toEqual({
      ok: false,
      error: CONTEST_ACCESS_ERRORS.FORBIDDEN,
    });
  });

  it('lets a judge with a person act as a judge in their region', () => {
    expect(authoriseJudging(actor('JUDGE', '540624'), '540624212')).toEqual({ ok: true, value: 'P-1' });
    expect(authoriseJudging(actor('JUDGE', '540624', null), '540624')).toEqual({
      ok: false,
      error: CONTEST_ERRORS.NOT_ASSIGNED,
    });
    expect(authoriseJudging(actor('COUNTY_ADMIN', '540624'), '540624').ok).toBe(false);
  });
});

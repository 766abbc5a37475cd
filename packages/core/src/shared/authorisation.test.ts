import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type Actor, ANONYMOUS, ROLES, type Role } from './actor.js';
import {
  accessTable,
  GRANT_LEVELS,
  grantFits,
  isEmptyScope,
  mayRead,
  READ_RULES,
  READABLE_KINDS,
  readScope,
} from './authorisation.js';

const GERZE = '542526';
const GERZE_TOWN = '542526100';
const GERZE_VILLAGE = '542526100001';
const GERZE_GRID = '542526100001001';
const OTHER_GRID_SAME_VILLAGE = '542526100001002';
const BOMI_GRID = '540424100001001';

function actor(role: Role, regionCode: string, personId: string | null = 'P-1'): Actor {
  return { personId, grants: [{ role, regionCode }] };
}

describe('a grant fits its role', () => {
  it('grid roles are granted on one grid, township officers on a township, county roles on a county', () => {
    expect(grantFits({ role: 'GRID_WORKER', regionCode: GERZE_GRID })).toBe(true);
    expect(grantFits({ role: 'GRID_CHIEF', regionCode: GERZE_GRID })).toBe(true);
    expect(grantFits({ role: 'TOWNSHIP_OFFICER', regionCode: GERZE_TOWN })).toBe(true);
    expect(grantFits({ role: 'COUNTY_ADMIN', regionCode: GERZE })).toBe(true);
    expect(grantFits({ role: 'SERVICE_HALL_CLERK', regionCode: GERZE })).toBe(true);
  });

  it('refuses a grid worker over the whole autonomous region, and every other misfit', () => {
    expect(grantFits({ role: 'GRID_WORKER', regionCode: '540000' })).toBe(false);
    expect(grantFits({ role: 'GRID_WORKER', regionCode: GERZE_VILLAGE })).toBe(false);
    expect(grantFits({ role: 'TOWNSHIP_OFFICER', regionCode: GERZE })).toBe(false);
    expect(grantFits({ role: 'COUNTY_ADMIN', regionCode: '540000' })).toBe(false);
    expect(grantFits({ role: 'COUNTY_ADMIN', regionCode: 'garbage' })).toBe(false);
  });

  it('names at least one level for every role', () => {
    for (const role of ROLES) expect(GRANT_LEVELS[role].length).toBeGreaterThan(0);
  });
});

describe('who reads what', () => {
  it('lets everyone, anonymous callers too, read regions, the points catalogue and aggregates', () => {
    for (const kind of ['REGION', 'PUBLIC_STATISTIC', 'POINTS_CATALOGUE'] as const) {
      expect(readScope(ANONYMOUS, kind).everyone).toBe(true);
      expect(mayRead(ANONYMOUS, kind, { regionCode: GERZE })).toBe(true);
    }
  });

  it('shows an anonymous caller nothing else', () => {
    for (const kind of READABLE_KINDS.filter((k) => READ_RULES[k].readers !== 'EVERYONE')) {
      expect(isEmptyScope(readScope(ANONYMOUS, kind))).toBe(true);
      expect(mayRead(ANONYMOUS, kind, { regionCode: GERZE_GRID })).toBe(false);
    }
  });

  it('keeps a county inside its own county: 波密县 staff cannot read 改则县 points ledgers', () => {
    const bomi = actor('GRID_WORKER', BOMI_GRID);
    expect(mayRead(bomi, 'POINTS_LEDGER', { regionCode: GERZE_GRID })).toBe(false);
    expect(readScope(bomi, 'POINTS_LEDGER').grids).toEqual([BOMI_GRID]);
  });

  it('gives grid staff their own grid only, not the rest of the village', () => {
    const worker = actor('GRID_WORKER', GERZE_GRID);
    expect(mayRead(worker, 'REGISTRY', { regionCode: GERZE_GRID })).toBe(true);
    expect(mayRead(worker, 'REGISTRY', { regionCode: OTHER_GRID_SAME_VILLAGE })).toBe(false);
    // People are registered by village; a grid grant reaches those who live in or serve its grid.
    expect(mayRead(worker, 'PERSON', { regionCode: GERZE_VILLAGE, gridCodes: [GERZE_GRID] })).toBe(true);
    expect(
      mayRead(worker, 'PERSON', { regionCode: GERZE_VILLAGE, gridCodes: [OTHER_GRID_SAME_VILLAGE] }),
    ).toBe(false);
  });

  it('ignores a grant that does not fit its role, so a mis-issued token reaches nothing', () => {
    const tooWide = actor('GRID_WORKER', '540000');
    expect(isEmptyScope(readScope(tooWide, 'PERSON'))).toBe(false); // self only
    expect(readScope(tooWide, 'PERSON').regions).toEqual([]);
    expect(mayRead(tooWide, 'PERSON', { regionCode: GERZE_VILLAGE, gridCodes: [GERZE_GRID] })).toBe(false);
  });

  it('keeps the audit log for auditors, and cameras for officers and grid staff', () => {
    expect(mayRead(actor('COUNTY_ADMIN', GERZE), 'AUDIT_RECORD', { regionCode: GERZE_VILLAGE })).toBe(false);
    expect(mayRead(actor('AUDITOR', GERZE), 'AUDIT_RECORD', { regionCode: GERZE_VILLAGE })).toBe(true);
    expect(mayRead(actor('JUDGE', GERZE), 'CAMERA', { regionCode: GERZE_GRID })).toBe(false);
    expect(mayRead(actor('CONTEST_ORGANISER', GERZE), 'CAMERA', { regionCode: GERZE_GRID })).toBe(false);
    expect(mayRead(actor('TOWNSHIP_OFFICER', GERZE_TOWN), 'CAMERA', { regionCode: GERZE_GRID })).toBe(true);
  });

  it('lets a person read their own staff records wherever their grants lie', () => {
    const worker = actor('GRID_WORKER', GERZE_GRID, 'P-7');
    expect(mayRead(worker, 'STAFF_RECORD', { regionCode: GERZE_GRID, personId: 'P-7' })).toBe(true);
    expect(mayRead(worker, 'STAFF_RECORD', { regionCode: GERZE_GRID, personId: 'P-8' })).toBe(false);
  });
});

describe('the access table for front-end teams', () => {
  it('is committed as docs/access.md exactly as the model prints it', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');
    expect(readFileSync(resolve(root, 'docs/access.md'), 'utf8')).toBe(accessTable());
  });
});

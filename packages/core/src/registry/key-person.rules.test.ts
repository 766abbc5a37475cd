import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import type { CalendarDate } from '../shared/date.js';
import { DEFAULT_VISIBILITY_POLICY } from '../shared/personal-data.js';
import type { KeyPerson } from './key-person.js';
import {
  KEY_PERSON_CATEGORIES,
  keyPersonReader,
  keyPersonReadScope,
  registerKeyPerson,
  visitTaskOf,
} from './key-person.rules.js';

const TODAY = '2025-06-16' as CalendarDate;
const TOWNSHIP = '542526100';
const GRID = '542526100201001';
const justice: Actor = { personId: 'P-J', grants: [{ role: 'JUSTICE_OFFICER', regionCode: TOWNSHIP }] };
const health: Actor = { personId: 'P-H', grants: [{ role: 'HEALTH_OFFICER', regionCode: TOWNSHIP }] };
const worker: Actor = { personId: 'P-W', grants: [{ role: 'GRID_WORKER', regionCode: GRID }] };
const admin: Actor = { personId: 'P-A', grants: [{ role: 'COUNTY_ADMIN', regionCode: '542526' }] };

const entry: KeyPerson = {
  id: 'KP-1',
  personId: 'P-1',
  category: 'COMMUNITY_CORRECTION',
  gridCode: GRID,
  since: '2025-05-01' as CalendarDate,
  lastVisitedOn: null,
};

describe('the key-person categories', () => {
  it('bind community corrections to justice, severe mental illness to health, drug rehabilitation to the police', () => {
    expect(KEY_PERSON_CATEGORIES.COMMUNITY_CORRECTION).toMatchObject({
      readers: ['JUSTICE_OFFICER'],
      purpose: 'COMMUNITY_CORRECTION',
    });
    expect(KEY_PERSON_CATEGORIES.SEVERE_MENTAL_ILLNESS.readers).toEqual(['HEALTH_OFFICER']);
    expect(KEY_PERSON_CATEGORIES.DRUG_REHABILITATION.readers).toEqual(['POLICE_OFFICER']);
  });

  it('are sensitive: no role sees a category by its grant alone', () => {
    for (const fields of Object.values(DEFAULT_VISIBILITY_POLICY)) {
      expect(fields.KEY_PERSON_CATEGORY).toBe('MASKED');
    }
  });
});

describe('keyPersonReader', () => {
  it('lets the category’s department read an entry in its region, for the category’s purpose only', () => {
    expect(keyPersonReader(justice, 'COMMUNITY_CORRECTION', GRID, 'COMMUNITY_CORRECTION')?.role).toBe(
      'JUSTICE_OFFICER',
    );
    expect(keyPersonReader(justice, 'COMMUNITY_CORRECTION', GRID, 'UNSTATED')).toBeNull();
    expect(
      keyPersonReader(justice, 'COMMUNITY_CORRECTION', '542526101201001', 'COMMUNITY_CORRECTION'),
    ).toBeNull();
  });

  it('keeps other departments, the county administrator and grid staff out', () => {
    expect(keyPersonReader(health, 'COMMUNITY_CORRECTION', GRID, 'COMMUNITY_CORRECTION')).toBeNull();
    expect(keyPersonReader(admin, 'COMMUNITY_CORRECTION', GRID, 'COMMUNITY_CORRECTION')).toBeNull();
    expect(keyPersonReader(worker, 'COMMUNITY_CORRECTION', GRID, 'COMMUNITY_CORRECTION')).toBeNull();
  });
});

describe('keyPersonReadScope', () => {
  it('names the categories and regions a department reads for the purpose it states', () => {
    expect(keyPersonReadScope(justice, 'COMMUNITY_CORRECTION')).toEqual([
      { category: 'COMMUNITY_CORRECTION', regions: [TOWNSHIP] },
    ]);
    expect(keyPersonReadScope(justice, 'SOCIAL_ASSISTANCE')).toEqual([]);
    expect(keyPersonReadScope(worker, 'COMMUNITY_CORRECTION')).toEqual([]);
  });
});

describe('registerKeyPerson', () => {
  const input = {
    id: 'KP-1',
    personId: 'P-1',
    category: 'COMMUNITY_CORRECTION' as const,
    gridCode: GRID,
    since: entry.since,
  };

  it('is for the category’s department, once per person and category', () => {
    expect(registerKeyPerson(justice, input, [], TODAY)).toEqual({ ok: true, value: entry });
    const refused = registerKeyPerson(health, input, [], TODAY);
    expect(!refused.ok && refused.error.code).toBe('KEY_PERSON.FORBIDDEN');
    const twice = registerKeyPerson(justice, { ...input, id: 'KP-2' }, [entry], TODAY);
    expect(!twice.ok && twice.error.code).toBe('KEY_PERSON.DUPLICATE');
  });
});

describe('visitTaskOf', () => {
  it('tells grid staff whom to visit and by when, never why', () => {
    const task = visitTaskOf(entry, TODAY);
    expect(task).toEqual({ personId: 'P-1', gridCode: GRID, dueOn: '2025-05-31', overdue: true });
    expect(Object.keys(task)).not.toContain('category');
    expect(visitTaskOf({ ...entry, lastVisitedOn: '2025-06-10' as CalendarDate }, TODAY).overdue).toBe(false);
  });
});

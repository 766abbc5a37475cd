import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import {
  addMonths,
  checkStructure,
  countMembersOn,
  createPartyMember,
  createPartyOrganisation,
  memberStatusOn,
} from './organisation.rules.js';
import type { MemberDates, PartyOrganisation } from './party.js';

const d = (text: string) => text as CalendarDate;

const committee = { id: 'C', kind: 'PARTY_COMMITTEE' } as const;
const branch = (over: Partial<PartyOrganisation> = {}): PartyOrganisation => ({
  id: 'B',
  kind: 'GRID_BRANCH',
  name: '网格党支部',
  parentId: 'C',
  regionCode: '542526100200',
  gridCode: '542526100200001',
  unitCount: 1,
  committeeSize: 0,
  termStartedOn: d('2023-01-01'),
  ...over,
});

const full = (confirmedOn = '2020-01-01'): MemberDates => ({
  appliedOn: d('2016-01-01'),
  activistOn: d('2017-01-01'),
  targetOn: d('2018-01-01'),
  admittedOn: d('2018-06-01'),
  probationExtensionMonths: 0,
  confirmedOn: d(confirmedOn),
  leftOn: null,
});

describe('createPartyOrganisation', () => {
  it('builds a grid party branch under the township committee, linked to its grid', () => {
    const built = createPartyOrganisation(branch(), committee);
    expect(built.ok && built.value.gridCode).toBe('542526100200001');
  });
  it('refuses a grid party branch without a grid, and a group directly under a committee', () => {
    expect(createPartyOrganisation(branch({ gridCode: null }), committee)).toMatchObject({
      ok: false,
      error: { code: 'PARTY.GRID_REQUIRED', field: ['gridCode'] },
    });
    expect(createPartyOrganisation(branch({ kind: 'GROUP', gridCode: null }), committee)).toMatchObject({
      ok: false,
      error: { code: 'PARTY.PARENT_KIND' },
    });
  });
  it('lets only a joint branch cover more than one unit', () => {
    expect(createPartyOrganisation(branch({ unitCount: 2 }), committee).ok).toBe(false);
    expect(
      createPartyOrganisation(branch({ kind: 'JOINT_BRANCH', gridCode: null, unitCount: 4 }), committee).ok,
    ).toBe(true);
  });
});

describe('memberStatusOn (status rules evaluated on a date)', () => {
  const member: MemberDates = {
    appliedOn: d('2022-01-10'),
    activistOn: d('2022-03-01'),
    targetOn: d('2023-03-01'),
    admittedOn: d('2023-07-01'),
    probationExtensionMonths: 0,
    confirmedOn: null,
    leftOn: null,
  };
  it('walks applicant → activist → development target → probationary on the recorded dates', () => {
    expect(memberStatusOn(member, d('2022-01-09'))).toBeNull();
    expect(memberStatusOn(member, d('2022-01-10'))).toBe('APPLICANT');
    expect(memberStatusOn(member, d('2022-03-01'))).toBe('ACTIVIST');
    expect(memberStatusOn(member, d('2023-06-30'))).toBe('DEVELOPMENT_TARGET');
    expect(memberStatusOn(member, d('2024-06-30'))).toBe('PROBATIONARY');
  });
  it('reads a probation of one year as overdue once it runs out undecided, and full once confirmed', () => {
    expect(memberStatusOn(member, d('2024-07-01'))).toBe('PROBATION_OVERDUE');
    const confirmed = { ...member, confirmedOn: d('2024-07-01') };
    expect(memberStatusOn(confirmed, d('2024-07-01'))).toBe('FULL');
    expect(memberStatusOn({ ...confirmed, leftOn: d('2025-01-01') }, d('2025-01-01'))).toBe('LEFT');
  });
  it('keeps an extended probation probationary for the extension', () => {
    const extended = { ...member, probationExtensionMonths: 6 };
    expect(memberStatusOn(extended, d('2024-12-31'))).toBe('PROBATIONARY');
    expect(memberStatusOn(extended, d('2025-01-01'))).toBe('PROBATION_OVERDUE');
  });
});

describe('createPartyMember', () => {
  const base = { id: 'M', organisationId: 'B', groupId: null, name: '次仁', personId: null, ...full() };
  it('accepts steps in order and refuses a skipped or reversed step', () => {
    expect(createPartyMember(base).ok).toBe(true);
    expect(createPartyMember({ ...base, targetOn: null })).toMatchObject({
      ok: false,
      error: { code: 'PARTY.DATE_ORDER', field: ['admittedOn'] },
    });
    expect(createPartyMember({ ...base, targetOn: d('2015-01-01') }).ok).toBe(false);
  });
  it('accepts an extension of 6 to 12 months only', () => {
    expect(createPartyMember({ ...base, probationExtensionMonths: 3 })).toMatchObject({
      ok: false,
      error: { code: 'PARTY.PROBATION_EXTENSION' },
    });
    expect(createPartyMember({ ...base, probationExtensionMonths: 12 }).ok).toBe(true);
  });
});

describe('checkStructure (RULES.md 2.10)', () => {
  const on = d('2024-06-30');
  it('finds nothing wrong with a branch of three full members and a fresh term', () => {
    expect(checkStructure(branch(), [full(), full(), full()], on)).toEqual([]);
  });
  it('lists a branch with fewer than three full members (probationary members do not count)', () => {
    const probationary = { ...full(), confirmedOn: null, admittedOn: d('2024-01-01') };
    expect(countMembersOn([full(), full(), probationary], on)).toEqual({ members: 3, full: 2 });
    expect(checkStructure(branch(), [full(), full(), probationary], on)).toEqual([
      { code: 'TOO_FEW_FULL_MEMBERS', actual: 2, limit: 3 },
    ]);
  });
  it('asks seven or more full members for a committee of 3 to 5', () => {
    const seven = Array.from({ length: 7 }, () => full());
    expect(checkStructure(branch(), seven, on)).toEqual([
      { code: 'COMMITTEE_REQUIRED', actual: 0, limit: 3 },
    ]);
    expect(checkStructure(branch({ committeeSize: 6 }), seven, on)).toEqual([
      { code: 'COMMITTEE_SIZE', actual: 6, limit: 5 },
    ]);
    expect(checkStructure(branch({ committeeSize: 3 }), seven, on)).toEqual([]);
  });
  it('lists every violation at once: a joint branch of six units, too few members, an expired term', () => {
    const joint = branch({
      kind: 'JOINT_BRANCH',
      gridCode: null,
      unitCount: 6,
      regionCode: '542526100',
      termStartedOn: d('2020-01-01'),
    });
    expect(checkStructure(joint, [full()], on).map((v) => v.code)).toEqual([
      'TOO_FEW_FULL_MEMBERS',
      'JOINT_BRANCH_TOO_MANY_UNITS',
      'TERM_EXPIRED',
    ]);
  });
  it('gives a village branch a five-year term and a township branch three', () => {
    const started = d('2020-01-01');
    expect(checkStructure(branch({ termStartedOn: started }), [full(), full(), full()], on)).toEqual([]);
    expect(
      checkStructure(
        branch({ termStartedOn: started, regionCode: '542526100' }),
        [full(), full(), full()],
        on,
      ),
    ).toEqual([{ code: 'TERM_EXPIRED', actual: 3, limit: 3 }]);
  });
  it('counts members as of the date asked: before confirmation a member is not yet full', () => {
    expect(checkStructure(branch(), [full('2024-07-01'), full(), full()], on)[0]?.code).toBe(
      'TOO_FEW_FULL_MEMBERS',
    );
    expect(checkStructure(branch(), [full('2024-07-01'), full(), full()], d('2024-07-01'))).toEqual([]);
  });
});

describe('addMonths', () => {
  it('clamps to the end of a shorter month', () => {
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(d('2023-07-01'), 12)).toBe('2024-07-01');
  });
});

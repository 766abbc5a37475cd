import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import {
  createPartyMeeting,
  meetingCounts,
  organisationalLifeCompliance,
  periodsWithin,
} from './life.rules.js';
import type { MeetingKind, PartyMeeting } from './party.js';

const d = (text: string) => text as CalendarDate;
let next = 0;
const meeting = (kind: MeetingKind, heldOn: string, present = 5, entitled = 5): PartyMeeting => ({
  id: `M${next++}`,
  organisationId: 'B',
  kind,
  heldOn: d(heldOn),
  entitled,
  present,
  topic: '学习',
});

/** A branch's full year: monthly theme days, quarterly member meetings and lectures, one life meeting. */
function fullYear(): PartyMeeting[] {
  const list: PartyMeeting[] = [];
  for (let month = 1; month <= 12; month++)
    list.push(meeting('THEME_DAY', `2024-${String(month).padStart(2, '0')}-05`));
  for (const month of ['01', '04', '07', '10']) {
    list.push(meeting('MEMBER_MEETING', `2024-${month}-15`), meeting('PARTY_LECTURE', `2024-${month}-20`));
  }
  list.push(meeting('LIFE_MEETING', '2024-12-20'));
  return list;
}

const branch = { id: 'B', kind: 'GRID_BRANCH', committeeSize: 0 } as const;

describe('organisationalLifeCompliance (三会一课)', () => {
  it('finds no gap in a year with every meeting held', () => {
    const report = organisationalLifeCompliance(branch, fullYear(), d('2024-01-01'), d('2024-12-31'));
    expect(report.gaps).toEqual([]);
    expect(report.counted).toBe(12 + 4 + 4 + 1);
  });
  it('lists a missing quarterly member meeting', () => {
    const meetings = fullYear().filter((m) => !(m.kind === 'MEMBER_MEETING' && m.heldOn === '2024-07-15'));
    expect(organisationalLifeCompliance(branch, meetings, d('2024-01-01'), d('2024-12-31')).gaps).toEqual([
      {
        kind: 'MEMBER_MEETING',
        periodStart: '2024-07-01',
        periodEnd: '2024-09-30',
        required: 1,
        held: 0,
        withoutQuorum: 0,
      },
    ]);
  });
  it('does not count a member meeting without quorum (half present is not more than half)', () => {
    const meetings = fullYear().map((m) =>
      m.kind === 'MEMBER_MEETING' && m.heldOn === '2024-04-15' ? { ...m, present: 3, entitled: 6 } : m,
    );
    expect(meetingCounts({ kind: 'MEMBER_MEETING', present: 3, entitled: 6 })).toBe(false);
    expect(meetingCounts({ kind: 'MEMBER_MEETING', present: 4, entitled: 6 })).toBe(true);
    expect(organisationalLifeCompliance(branch, meetings, d('2024-01-01'), d('2024-12-31')).gaps).toEqual([
      {
        kind: 'MEMBER_MEETING',
        periodStart: '2024-04-01',
        periodEnd: '2024-06-30',
        required: 1,
        held: 0,
        withoutQuorum: 1,
      },
    ]);
  });
  it('asks monthly committee meetings of a branch with a committee, and monthly meetings of a group', () => {
    const withCommittee = organisationalLifeCompliance(
      { ...branch, committeeSize: 3 },
      fullYear(),
      d('2024-01-01'),
      d('2024-03-31'),
    );
    expect(withCommittee.gaps.map((g) => [g.kind, g.periodStart])).toEqual([
      ['COMMITTEE_MEETING', '2024-01-01'],
      ['COMMITTEE_MEETING', '2024-02-01'],
      ['COMMITTEE_MEETING', '2024-03-01'],
    ]);
    const group = { id: 'B', kind: 'GROUP', committeeSize: 0 } as const;
    const report = organisationalLifeCompliance(
      group,
      [meeting('GROUP_MEETING', '2024-02-03', 2, 4)],
      d('2024-01-01'),
      d('2024-02-29'),
    );
    expect(report.gaps.map((g) => [g.kind, g.periodStart])).toEqual([['GROUP_MEETING', '2024-01-01']]);
  });
  it('judges only whole periods inside the range', () => {
    expect(periodsWithin('QUARTER', d('2024-02-01'), d('2024-12-31')).map(([s]) => s)).toEqual([
      '2024-04-01',
      '2024-07-01',
      '2024-10-01',
    ]);
    expect(periodsWithin('YEAR', d('2024-01-01'), d('2024-06-30'))).toEqual([]);
  });
});

describe('createPartyMeeting', () => {
  it('refuses more present than entitled', () => {
    expect(createPartyMeeting(meeting('THEME_DAY', '2024-01-01', 6, 5))).toMatchObject({
      ok: false,
      error: { code: 'PARTY.ATTENDANCE', field: ['present'] },
    });
  });
});

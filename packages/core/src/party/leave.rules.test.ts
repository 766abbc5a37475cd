import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import type { CalendarDate } from '../shared/date.js';
import { BOME_STATIONING_RULES } from './cadre.rules.js';
import { decideCadreLeave, leaveApproverLevels, requestCadreLeave } from './leave.rules.js';
import type { CadreLeave, StationedCadre } from './party.js';

const d = (text: string) => text as CalendarDate;
// A cadre of 波密县 stationed in 扎木镇 for 2024.
const VILLAGE = '540424100201';
const cadre: StationedCadre = {
  id: 'K1',
  teamId: 'T1',
  name: '次仁多吉',
  sendingUnit: '波密县农业农村局',
  role: 'MEMBER',
  stationing: 'SENT',
  from: d('2024-01-01'),
  until: d('2024-12-31'),
  status: 'STATIONED',
};
const township: Actor = { personId: null, grants: [{ role: 'PARTY_ORGANISER', regionCode: '540424100' }] };
const county: Actor = { personId: null, grants: [{ role: 'PARTY_ORGANISER', regionCode: '540424' }] };
const villageBranch: Actor = { personId: null, grants: [{ role: 'PARTY_ORGANISER', regionCode: VILLAGE }] };

function requested(from: string, until: string, standing: readonly CadreLeave[] = []): CadreLeave {
  const made = requestCadreLeave(
    { id: `L-${from}`, from, until, reason: '家中老人住院', requestedOn: d('2024-03-01') },
    cadre,
    standing,
    BOME_STATIONING_RULES,
  );
  if (!made.ok) throw new Error(made.error.code);
  return made.value;
}

describe('leave of a stationed cadre (RULES.md 2.10)', () => {
  it('of up to 3 days, both ends counted, is the township party committee’s to approve', () => {
    const leave = requested('2024-03-04', '2024-03-06');
    expect(leave).toMatchObject({ days: 3, approver: 'TOWNSHIP', state: 'REQUESTED', version: 1 });
    const approved = decideCadreLeave(
      leave,
      { type: 'APPROVE', note: null },
      {
        levels: leaveApproverLevels(township, VILLAGE),
        on: d('2024-03-02'),
      },
    );
    expect(approved).toMatchObject({
      ok: true,
      value: { state: 'APPROVED', decidedOn: '2024-03-02', version: 2 },
    });
  });

  it('of more than 3 days is the county’s: the township is refused, the county decides', () => {
    const leave = requested('2024-03-04', '2024-03-07');
    expect(leave).toMatchObject({ days: 4, approver: 'COUNTY' });
    expect(
      decideCadreLeave(
        leave,
        { type: 'APPROVE', note: null },
        { levels: leaveApproverLevels(township, VILLAGE), on: d('2024-03-02') },
      ),
    ).toMatchObject({ ok: false, error: { code: 'CADRE_LEAVE.COUNTY_APPROVES', kind: 'FORBIDDEN' } });
    expect(
      decideCadreLeave(
        leave,
        { type: 'REFUSE', note: '春耕期间工作队人手不足' },
        {
          levels: leaveApproverLevels(county, VILLAGE),
          on: d('2024-03-02'),
        },
      ),
    ).toMatchObject({ ok: true, value: { state: 'REFUSED', decisionNote: '春耕期间工作队人手不足' } });
  });

  it('of 3 days is not taken over by the county, and a village branch approves none', () => {
    const leave = requested('2024-03-04', '2024-03-06');
    for (const actor of [county, villageBranch]) {
      expect(
        decideCadreLeave(
          leave,
          { type: 'APPROVE', note: null },
          { levels: leaveApproverLevels(actor, VILLAGE), on: d('2024-03-02') },
        ),
      ).toMatchObject({ ok: false, error: { code: 'CADRE_LEAVE.TOWNSHIP_APPROVES' } });
    }
    expect(leaveApproverLevels(villageBranch, VILLAGE)).toEqual([]);
    // A township grant elsewhere in the county speaks for another committee.
    expect(
      leaveApproverLevels(
        { personId: null, grants: [{ role: 'PARTY_ORGANISER', regionCode: '540424101' }] },
        VILLAGE,
      ),
    ).toEqual([]);
  });

  it('is decided once; a refusal says why; a stale version is a conflict', () => {
    const leave = requested('2024-03-04', '2024-03-05');
    const levels = leaveApproverLevels(township, VILLAGE);
    expect(
      decideCadreLeave(leave, { type: 'REFUSE', note: ' ' }, { levels, on: d('2024-03-02') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.REASON_REQUIRED', field: ['note'] },
    });
    const approved = decideCadreLeave(
      leave,
      { type: 'APPROVE', note: null },
      { levels, on: d('2024-03-02') },
    );
    if (!approved.ok) throw new Error(approved.error.code);
    expect(
      decideCadreLeave(approved.value, { type: 'REFUSE', note: '重复' }, { levels, on: d('2024-03-03') }),
    ).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.ALREADY_DECIDED' },
    });
    expect(
      decideCadreLeave(
        leave,
        { type: 'APPROVE', note: null },
        { levels, on: d('2024-03-02'), expectedVersion: 2 },
      ),
    ).toMatchObject({ ok: false, error: { code: 'CADRE_LEAVE.STALE_VERSION' } });
  });

  it('falls inside the stationing, ends after it starts, and overlaps no leave still standing', () => {
    const ask = (from: string, until: string, standing: readonly CadreLeave[] = [], who = cadre) =>
      requestCadreLeave(
        { id: 'L', from, until, reason: '探亲', requestedOn: d('2024-03-01') },
        who,
        standing,
        BOME_STATIONING_RULES,
      );
    expect(ask('2024-12-30', '2025-01-02')).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.OUTSIDE_STATIONING' },
    });
    expect(ask('2024-03-06', '2024-03-04')).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.DATES', field: ['until'] },
    });
    expect(ask('2024-02-30', '2024-03-04')).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.DATES', field: ['from'] },
    });
    const granted = requested('2024-03-04', '2024-03-06');
    expect(ask('2024-03-06', '2024-03-08', [granted])).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.OVERLAP' },
    });
    expect(ask('2024-03-06', '2024-03-08', [{ ...granted, state: 'REFUSED' }])).toMatchObject({ ok: true });
    expect(ask('2024-03-04', '2024-03-05', [], { ...cadre, status: 'RECALLED' })).toMatchObject({
      ok: false,
      error: { code: 'CADRE_LEAVE.NOT_STATIONED' },
    });
  });
});

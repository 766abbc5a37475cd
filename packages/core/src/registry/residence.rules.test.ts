import { describe, expect, it } from 'vitest';
import { composeCitizenId } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import { NO_MOVEMENT } from './movement.rules.js';
import { createResident } from './population.rules.js';
import type { RelationToHead, ResidenceStatus, Resident } from './registry.js';
import { holdsRegistration, registerResidence } from './residence.rules.js';

const BEFORE = '2024-12-31' as CalendarDate;
const TODAY = '2026-12-02' as CalendarDate;

function resident(
  id: string,
  sequence: number,
  householdId: string,
  relationToHead: RelationToHead,
  status: ResidenceStatus = 'REGISTERED_RESIDENT',
  on: CalendarDate = BEFORE,
): Resident {
  const result = createResident(
    {
      id,
      citizenId: composeCitizenId('542526', '1980-05-04' as CalendarDate, sequence),
      name: '次仁多吉',
      householdId,
      relationToHead,
      residenceStatus: status,
      housingId: null,
      gridCode: '542526100201001',
      ...(status === 'FLOATING' || status === 'SEPARATED' ? { originCode: '510107', arrivedOn: on } : {}),
      ...(status === 'AWAY' ? { destinationPlace: '那曲市 双湖县 牧场', departedOn: on } : {}),
    },
    on,
  );
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('holding a household registration (户籍)', () => {
  it('is what registered residents and those away do; floating residents hold theirs elsewhere', () => {
    expect(holdsRegistration('REGISTERED_RESIDENT')).toBe(true);
    expect(holdsRegistration('AWAY')).toBe(true);
    expect(holdsRegistration('FLOATING')).toBe(false);
    expect(holdsRegistration('SEPARATED')).toBe(false);
  });
});

describe('registering a residence (户口登记, 户口迁移)', () => {
  const head = resident('r-head', 11, 'h1', 'HEAD');
  const child = resident('r-child', 12, 'h1', 'CHILD');
  const h1 = [head, child];

  it('registers a person who holds no registration yet, ending nothing', () => {
    const next = resident('r-new', 12, 'h2', 'HEAD', 'REGISTERED_RESIDENT', TODAY);
    expect(registerResidence(next, [], TODAY, 'r-away')).toEqual({
      ok: true,
      value: { resident: next, ended: [], away: null },
    });
  });

  it('transfers a registration: the residence in the other household ends today and is kept', () => {
    const next = resident('r-moved', 12, 'h2', 'SPOUSE', 'REGISTERED_RESIDENT', TODAY);
    const result = registerResidence(next, [{ residence: child, household: h1 }], TODAY, 'r-away2');
    expect(result).toEqual({
      ok: true,
      value: { resident: next, ended: [{ ...child, endedOn: TODAY }], away: null },
    });
  });

  it('counts a residence away (户在人不在) as the registration it moves', () => {
    const away = resident('r-away', 12, 'h1', 'CHILD', 'AWAY');
    const next = resident('r-moved', 12, 'h2', 'HEAD', 'AWAY', TODAY);
    const result = registerResidence(next, [{ residence: away, household: [head, away] }], TODAY, 'r-away2');
    expect(result.ok && result.value.ended).toEqual([{ ...away, endedOn: TODAY }]);
  });

  it('leaves the registration where it is when the person comes to live here floating, and turns the residence there away (外出)', () => {
    const floating = resident('r-floating', 12, 'h2', 'NON_RELATIVE', 'FLOATING', TODAY);
    const result = registerResidence(floating, [{ residence: child, household: h1 }], TODAY, 'r-away2');
    expect(result).toEqual({
      ok: true,
      value: {
        resident: floating,
        // The time lived there is kept; from today the same place in the household, away.
        ended: [{ ...child, endedOn: TODAY }],
        // Gone today to the village of the grid where the person now floats.
        away: {
          ...child,
          ...NO_MOVEMENT,
          id: 'r-away2',
          residenceStatus: 'AWAY',
          registeredOn: TODAY,
          endedOn: null,
          destinationCode: '542526100201',
          departedOn: TODAY,
        },
      },
    });
  });

  it('lets a head go away from a household others live in: the head stays its head, away', () => {
    const floating = resident('r-floating', 11, 'h2', 'NON_RELATIVE', 'FLOATING', TODAY);
    const result = registerResidence(floating, [{ residence: head, household: h1 }], TODAY, 'r-away2');
    expect(result.ok && result.value.away).toMatchObject({ relationToHead: 'HEAD', residenceStatus: 'AWAY' });
  });

  it('changes nothing for a floating registration of a person already away, or floating elsewhere', () => {
    const away = resident('r-away', 12, 'h1', 'CHILD', 'AWAY');
    const elsewhere = resident('r-elsewhere', 12, 'h3', 'NON_RELATIVE', 'FLOATING');
    const floating = resident('r-floating', 12, 'h2', 'NON_RELATIVE', 'FLOATING', TODAY);
    const result = registerResidence(
      floating,
      [
        { residence: away, household: [head, away] },
        { residence: elsewhere, household: [elsewhere] },
      ],
      TODAY,
      'r-away2',
    );
    expect(result).toEqual({ ok: true, value: { resident: floating, ended: [], away: null } });
  });

  it('ignores residences that already ended', () => {
    const ended = { ...child, endedOn: '2025-03-01' as CalendarDate };
    const next = resident('r-moved', 12, 'h2', 'HEAD', 'REGISTERED_RESIDENT', TODAY);
    const result = registerResidence(next, [{ residence: ended, household: h1 }], TODAY, 'r-away2');
    expect(result.ok && result.value.ended).toEqual([]);
  });

  it('refuses a second residence in the same household', () => {
    const again = resident('r-again', 12, 'h1', 'SIBLING', 'FLOATING', TODAY);
    const result = registerResidence(again, [{ residence: child, household: h1 }], TODAY, 'r-away2');
    expect(!result.ok && result.error.code).toBe('RESIDENT.CITIZEN_ID_DUPLICATE');
  });

  it('refuses to take the head out of a household others still live in, and lets a head alone move', () => {
    const next = resident('r-moved', 11, 'h2', 'HEAD', 'REGISTERED_RESIDENT', TODAY);
    const refused = registerResidence(next, [{ residence: head, household: h1 }], TODAY, 'r-away2');
    expect(!refused.ok && refused.error).toMatchObject({
      code: 'RESIDENT.HEAD_LEAVES_MEMBERS',
      kind: 'CONFLICT',
    });
    const alone = registerResidence(next, [{ residence: head, household: [head] }], TODAY, 'r-away2');
    expect(alone.ok && alone.value.ended).toEqual([{ ...head, endedOn: TODAY }]);
    const othersGone = registerResidence(
      next,
      [{ residence: head, household: [head, { ...child, endedOn: BEFORE }] }],
      TODAY,
      'r-away2',
    );
    expect(othersGone.ok).toBe(true);
  });
});

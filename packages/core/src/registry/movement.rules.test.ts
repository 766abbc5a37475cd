import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import { checkMovement, NO_MOVEMENT, withResidenceStatus } from './movement.rules.js';
import type { Resident } from './registry.js';

const TODAY = '2026-12-02' as CalendarDate;
const YESTERDAY = '2026-12-01' as CalendarDate;
const TOMORROW = '2026-12-03' as CalendarDate;

function failure(result: ReturnType<typeof checkMovement>) {
  if (result.ok) throw new Error('expected a refusal');
  return { code: result.error.code, field: result.error.field };
}

describe('checkMovement', () => {
  it('gives a floating resident an origin (usually the 户籍地 county) and an arrival day', () => {
    expect(checkMovement('FLOATING', { originCode: ' 510107 ', arrivedOn: YESTERDAY }, TODAY)).toEqual({
      ok: true,
      value: { ...NO_MOVEMENT, originCode: '510107', arrivedOn: YESTERDAY },
    });
  });

  it('gives a separated resident the village of the county they came from', () => {
    const result = checkMovement('SEPARATED', { originCode: '542526100201', arrivedOn: TODAY }, TODAY);
    expect(result.ok && result.value.originCode).toBe('542526100201');
  });

  it('refuses a floating resident without an origin, with a code no county holds, or arriving tomorrow', () => {
    expect(failure(checkMovement('FLOATING', { arrivedOn: TODAY }, TODAY))).toEqual({
      code: 'RESIDENT.ORIGIN',
      field: ['originCode'],
    });
    // A township code is neither a village nor a county; 542124 was abolished.
    for (const originCode of ['542526100', '542124', 'Chengdu']) {
      expect(failure(checkMovement('FLOATING', { originCode, arrivedOn: TODAY }, TODAY)).code).toBe(
        'RESIDENT.ORIGIN',
      );
    }
    expect(failure(checkMovement('FLOATING', { originCode: '510107' }, TODAY))).toEqual({
      code: 'RESIDENT.ARRIVAL',
      field: ['arrivedOn'],
    });
    expect(
      failure(checkMovement('FLOATING', { originCode: '510107', arrivedOn: TOMORROW }, TODAY)).code,
    ).toBe('RESIDENT.ARRIVAL');
  });

  it('gives a resident away a destination, a code or a place named where no code names it, and a departure day', () => {
    expect(checkMovement('AWAY', { destinationCode: '540102', departedOn: TODAY }, TODAY)).toEqual({
      ok: true,
      value: { ...NO_MOVEMENT, destinationCode: '540102', departedOn: TODAY },
    });
    expect(
      checkMovement('AWAY', { destinationPlace: ' 那曲市 双湖县 牧场 ', departedOn: TODAY }, TODAY),
    ).toEqual({
      ok: true,
      value: { ...NO_MOVEMENT, destinationPlace: '那曲市 双湖县 牧场', departedOn: TODAY },
    });
  });

  it('refuses a resident away with no destination, both kinds, a place too long, or no departure day', () => {
    expect(failure(checkMovement('AWAY', { departedOn: TODAY }, TODAY))).toEqual({
      code: 'RESIDENT.DESTINATION',
      field: ['destinationCode'],
    });
    const both = { destinationCode: '540102', destinationPlace: '拉萨', departedOn: TODAY };
    expect(failure(checkMovement('AWAY', both, TODAY)).code).toBe('RESIDENT.DESTINATION');
    const long = { destinationPlace: '牧'.repeat(61), departedOn: TODAY };
    expect(failure(checkMovement('AWAY', long, TODAY))).toEqual({
      code: 'RESIDENT.DESTINATION',
      field: ['destinationPlace'],
    });
    expect(
      failure(checkMovement('AWAY', { destinationCode: '540102', departedOn: TOMORROW }, TODAY)),
    ).toEqual({
      code: 'RESIDENT.DEPARTURE',
      field: ['departedOn'],
    });
  });

  it('refuses what the status does not take, so a record never says two things', () => {
    expect(failure(checkMovement('REGISTERED_RESIDENT', { originCode: '510107' }, TODAY))).toEqual({
      code: 'RESIDENT.MOVEMENT_STATUS',
      field: ['originCode'],
    });
    expect(
      failure(
        checkMovement('FLOATING', { originCode: '510107', arrivedOn: TODAY, departedOn: TODAY }, TODAY),
      ),
    ).toEqual({ code: 'RESIDENT.MOVEMENT_STATUS', field: ['departedOn'] });
    expect(
      failure(
        checkMovement('AWAY', { destinationCode: '540102', departedOn: TODAY, arrivedOn: TODAY }, TODAY),
      ),
    ).toEqual({ code: 'RESIDENT.MOVEMENT_STATUS', field: ['arrivedOn'] });
    expect(checkMovement('REGISTERED_RESIDENT', {}, TODAY)).toEqual({ ok: true, value: NO_MOVEMENT });
  });
});

describe('withResidenceStatus', () => {
  const floating: Resident = {
    id: 'r1',
    citizenId: '510107199001011234' as Resident['citizenId'],
    name: '王强',
    householdId: 'h1',
    relationToHead: 'HEAD',
    residenceStatus: 'FLOATING',
    housingId: null,
    gridCode: '542526100201001',
    registeredOn: TODAY,
    endedOn: null,
    ...NO_MOVEMENT,
    originCode: '510107' as Resident['originCode'],
    arrivedOn: YESTERDAY,
  };

  it('keeps the arrival between floating and separated, and clears it for a status that takes none', () => {
    expect(withResidenceStatus(floating, 'SEPARATED')).toEqual({ ...floating, residenceStatus: 'SEPARATED' });
    expect(withResidenceStatus(floating, 'REGISTERED_RESIDENT')).toEqual({
      ...floating,
      ...NO_MOVEMENT,
      residenceStatus: 'REGISTERED_RESIDENT',
    });
    expect(withResidenceStatus(floating, 'FLOATING')).toBe(floating);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type CalendarDate, compareDates } from '../shared/date.js';
import {
  DEFAULT_REGISTRATION_POLICY,
  GERZE_REGISTRATION_POLICY,
  type RegistrationPolicy,
} from './registration.js';
import {
  checkRegistration,
  registrationPolicyFor,
  rentalRegistrationCheck,
  residenceRegistrationCheck,
} from './registration.rules.js';

const d = (text: string) => text as CalendarDate;
const ARRIVED = d('2026-11-20');

describe('checkRegistration (the 3-day check)', () => {
  it('counts the day of arrival as day 0: registered by the third day after is on time', () => {
    expect(checkRegistration(ARRIVED, d('2026-11-23'), 3, d('2026-12-02'))).toEqual({
      status: 'ON_TIME',
      startedOn: ARRIVED,
      dueOn: d('2026-11-23'),
      registeredOn: d('2026-11-23'),
      daysLate: 0,
    });
  });

  it('is late when registered after the due day, by the days past it', () => {
    expect(checkRegistration(ARRIVED, d('2026-11-30'), 3, d('2026-12-02'))).toMatchObject({
      status: 'LATE',
      daysLate: 7,
    });
  });

  it('is pending while unregistered up to the due day, and overdue from the day after', () => {
    expect(checkRegistration(ARRIVED, null, 3, d('2026-11-23'))).toMatchObject({
      status: 'PENDING',
      daysLate: 0,
    });
    expect(checkRegistration(ARRIVED, null, 3, d('2026-11-24'))).toMatchObject({
      status: 'OVERDUE',
      daysLate: 1,
    });
  });

  it('never depends on the day checked once the registration is made', () => {
    const day = fc.integer({ min: -30, max: 60 }).map((n) => addDays(ARRIVED, n));
    fc.assert(
      fc.property(day, day, day, (registered, first, second) => {
        const a = checkRegistration(ARRIVED, registered, 3, first);
        const b = checkRegistration(ARRIVED, registered, 3, second);
        expect(a).toEqual(b);
        expect(a.status === 'LATE').toBe(compareDates(registered, addDays(ARRIVED, 3)) > 0);
      }),
    );
  });
});

describe('the county’s days', () => {
  it('are 改则县’s 3 for residences and rentals, and the default elsewhere', () => {
    expect(registrationPolicyFor('542526100201001')).toBe(GERZE_REGISTRATION_POLICY);
    expect(GERZE_REGISTRATION_POLICY).toMatchObject({ residenceDays: 3, rentalDays: 3 });
    expect(registrationPolicyFor('540102')).toBe(DEFAULT_REGISTRATION_POLICY);
  });
});

describe('residenceRegistrationCheck', () => {
  const policy: RegistrationPolicy = { countyCode: '542526', residenceDays: 5, rentalDays: 3 };
  const today = d('2026-12-02');

  it('checks a floating resident’s registration against the arrival, with the county’s days', () => {
    const resident = {
      residenceStatus: 'FLOATING',
      arrivedOn: ARRIVED,
      registeredOn: d('2026-11-25'),
    } as const;
    expect(residenceRegistrationCheck(resident, policy, today)?.status).toBe('ON_TIME');
    expect(residenceRegistrationCheck(resident, GERZE_REGISTRATION_POLICY, today)).toMatchObject({
      status: 'LATE',
      daysLate: 2,
    });
  });

  it('checks nobody else, nor a residence recorded without its arrival day', () => {
    for (const residenceStatus of ['REGISTERED_RESIDENT', 'SEPARATED', 'AWAY'] as const) {
      expect(
        residenceRegistrationCheck(
          { residenceStatus, arrivedOn: ARRIVED, registeredOn: today },
          policy,
          today,
        ),
      ).toBeNull();
    }
    expect(
      residenceRegistrationCheck(
        { residenceStatus: 'FLOATING', arrivedOn: null, registeredOn: today },
        policy,
        today,
      ),
    ).toBeNull();
  });
});

describe('rentalRegistrationCheck', () => {
  it('checks the report of a rental against the start of the tenancy', () => {
    const start = d('2026-11-01');
    expect(
      rentalRegistrationCheck(
        { startDate: start, reportedOn: d('2026-10-28') },
        GERZE_REGISTRATION_POLICY,
        d('2026-12-02'),
      ).status,
    ).toBe('ON_TIME');
    expect(
      rentalRegistrationCheck(
        { startDate: start, reportedOn: null },
        GERZE_REGISTRATION_POLICY,
        d('2026-12-02'),
      ),
    ).toMatchObject({
      status: 'OVERDUE',
      dueOn: '2026-11-04',
      daysLate: 28,
    });
  });
});

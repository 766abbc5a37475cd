import { describe, expect, it } from 'vitest';
import { calendarForRegion, nationalCalendar } from '../shared/calendar.js';
import type { CalendarDate } from '../shared/date.js';
import {
  APPLICATION_TRANSITIONS,
  applicationDeadline,
  completedOnTime,
  exceedsTripLimit,
  isOverdue,
  receiveApplication,
  transition,
} from './application.rules.js';
import { createServiceMatterVersion, versionInForce } from './catalogue.rules.js';
import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  type Application,
  type ApplicationAction,
  type ApplicationActionType,
  type ServiceMatterVersion,
} from './serviceHall.js';

const qonggyai = calendarForRegion('540524');
const at = (day: string, time = '10:00') => new Date(`${day}T${time}:00+08:00`);
const d = (text: string) => text as CalendarDate;

const business: ServiceMatterVersion = {
  code: 'SCJG-001',
  version: 1,
  validFrom: d('2023-01-01'),
  name: { zh: '个体工商户设立登记', en: 'Registering a sole proprietorship', bo: 'སྒེར་ཚོང་པའི་འཛུགས་སྐྲུན་ཐོ་འགོད།' },
  departmentCode: 'SCJGJ',
  legalBasis: '《促进个体工商户发展条例》',
  output: { zh: '营业执照', en: 'Business licence', bo: 'ཚོང་ལས་ལག་ཁྱེར།' },
  legalDays: 15,
  promisedDays: 5,
  maxTrips: 1,
  online: true,
  documents: [
    {
      code: 'ID',
      name: { zh: '身份证明', en: 'Identity document', bo: 'ཐོབ་ཐང་ལག་ཁྱེར།' },
      tolerable: false,
      commitmentReplaces: false,
    },
    {
      code: 'PREMISES',
      name: { zh: '经营场所证明', en: 'Proof of premises', bo: 'ཚོང་ལས་ས་ཚིགས་ཀྱི་ར་སྤྲོད་ཡིག་ཆ།' },
      tolerable: true,
      commitmentReplaces: true,
    },
  ],
  supplyDays: 5,
  assistLevels: ['COUNTY', 'TOWNSHIP'],
  doorToDoor: false,
  freeSeals: true,
  freePostage: true,
  synthetic: false,
};

function received(day: string, matter: ServiceMatterVersion = business): Application {
  const made = receiveApplication(
    {
      id: 'A1',
      hallRegionCode: '540524',
      windowId: 'W1',
      channel: 'WINDOW',
      applicantPersonId: null,
      applicantOrganisationId: null,
      receivedAt: at(day, '09:00'),
    },
    matter,
  );
  if (!made.ok) throw new Error(made.error.code);
  return made.value;
}

function act(
  application: Application,
  action: ApplicationAction,
  day: string,
  matter = business,
): Application {
  const next = transition(application, action, {
    actorId: 'clerk-1',
    at: at(day),
    calendar: qonggyai,
    matter,
  });
  if (!next.ok) throw new Error(`${action.type}: ${next.error.code}`);
  return next.value;
}

function try_(application: Application, action: ApplicationAction, day: string, matter = business) {
  return transition(application, action, { actorId: 'clerk-1', at: at(day), calendar: qonggyai, matter });
}

describe('the applicant', () => {
  const input = {
    id: 'A3',
    hallRegionCode: '540524',
    windowId: 'W1',
    channel: 'WINDOW' as const,
    receivedAt: at('2023-08-01', '10:00'),
  };

  it('is a person, or for a business the organisation, and is kept on the application', () => {
    const byPerson = receiveApplication(
      { ...input, applicantPersonId: 'P1', applicantOrganisationId: null },
      business,
    );
    expect(byPerson).toMatchObject({
      ok: true,
      value: { applicantPersonId: 'P1', applicantOrganisationId: null },
    });
    const byBusiness = receiveApplication(
      { ...input, applicantPersonId: null, applicantOrganisationId: 'O1' },
      business,
    );
    expect(byBusiness).toMatchObject({
      ok: true,
      value: { applicantPersonId: null, applicantOrganisationId: 'O1' },
    });
  });

  it('is never both a person and an organisation', () => {
    expect(
      receiveApplication({ ...input, applicantPersonId: 'P1', applicantOrganisationId: 'O1' }, business),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.TWO_APPLICANTS', field: ['applicantOrganisationId'] },
    });
  });
});

describe('the deadline of an application (RULES.md 2.7)', () => {
  it('counts working days from acceptance, skipping the Spring Festival and working its make-up weekend', () => {
    // 2023: 21–27 January off, Saturday 28 and Sunday 29 worked.
    const accepted = act(received('2023-01-20'), { type: 'ACCEPT' }, '2023-01-20');
    expect(accepted.dueOn).toBe('2023-02-01');
  });

  it('skips Losar in Tibet, where the make-up days come before the holiday', () => {
    // TAR 2023: 20–26 February off, Saturday 18 and Sunday 19 worked.
    const accepted = act(received('2023-02-16'), { type: 'ACCEPT' }, '2023-02-16');
    expect(accepted.dueOn).toBe('2023-02-28');
    // Outside Tibet the same five days end before Losar would have begun to matter.
    const national = applicationDeadline(nationalCalendar(), accepted);
    expect(national.ok && national.value?.date).toBe('2023-02-23');
  });

  it('skips the National Day week and counts its make-up weekend', () => {
    // 2023: 29 September–6 October off, Saturday 7 and Sunday 8 October worked.
    const accepted = act(
      received('2023-09-27', { ...business, promisedDays: 3 }),
      { type: 'ACCEPT' },
      '2023-09-27',
      {
        ...business,
        promisedDays: 3,
      },
    );
    expect(accepted.dueOn).toBe('2023-10-08');
    expect(accepted.dueProvisional).toBe(false);
  });

  it('moves by the working days an application spent suspended (the clock stops, art. 45)', () => {
    const matter = { ...business, promisedDays: 10 };
    const review = act(
      act(received('2023-03-06', matter), { type: 'ACCEPT' }, '2023-03-06', matter),
      { type: 'START_REVIEW' },
      '2023-03-06',
      matter,
    );
    expect(review.dueOn).toBe('2023-03-20');
    const suspended = act(review, { type: 'SUSPEND', reason: 'INSPECTION' }, '2023-03-08', matter);
    expect(suspended.state).toBe('SUSPENDED');
    expect(isOverdue(suspended, d('2023-04-30'))).toBe(false);
    // Suspended Wednesday 8 March, resumed Wednesday 15 March: 9, 10, 13, 14 and 15 March do not count.
    const resumed = act(suspended, { type: 'RESUME' }, '2023-03-15', matter);
    expect(resumed.suspendedDays).toBe(5);
    expect(resumed.dueOn).toBe('2023-03-27');
  });

  it('adds 10 working days once, with the head’s approval (art. 42)', () => {
    const matter = { ...business, promisedDays: 10 };
    const review = act(
      act(received('2023-03-06', matter), { type: 'ACCEPT' }, '2023-03-06', matter),
      { type: 'START_REVIEW' },
      '2023-03-07',
      matter,
    );
    const extended = act(review, { type: 'EXTEND', approvedBy: '县政务服务中心主任' }, '2023-03-10', matter);
    expect(extended.dueOn).toBe('2023-04-03');
    expect(try_(extended, { type: 'EXTEND', approvedBy: '主任' }, '2023-03-11', matter)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.ALREADY_EXTENDED' },
    });
    expect(try_(review, { type: 'EXTEND', approvedBy: ' ' }, '2023-03-10', matter)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.REQUIRED', field: ['action', 'approvedBy'] },
    });
  });

  it('is overdue only while the clock runs and the due date has passed', () => {
    const accepted = act(received('2023-01-20'), { type: 'ACCEPT' }, '2023-01-20');
    expect(isOverdue(accepted, d('2023-02-01'))).toBe(false);
    expect(isOverdue(accepted, d('2023-02-02'))).toBe(true);
    const done = act(
      act(act(accepted, { type: 'START_REVIEW' }, '2023-02-02'), { type: 'APPROVE' }, '2023-02-02'),
      { type: 'COMPLETE' },
      '2023-02-02',
    );
    expect(isOverdue(done, d('2023-02-10'))).toBe(false);
    expect(completedOnTime(done)).toBe(false);
  });
});

describe('intake: the 5-day supplement notice (art. 32(4))', () => {
  it('counts the acceptance from the day of receipt when no notice came within 5 working days', () => {
    expect(act(received('2023-03-06'), { type: 'ACCEPT' }, '2023-03-13').acceptedOn).toBe('2023-03-13');
    expect(act(received('2023-03-06'), { type: 'ACCEPT' }, '2023-03-14').acceptedOn).toBe('2023-03-06');
  });

  it('refuses a notice after the fifth working day, and a timely notice keeps the later acceptance day', () => {
    expect(
      try_(received('2023-03-06'), { type: 'NOTIFY_SUPPLEMENTS', documents: ['ID'] }, '2023-03-14'),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.SUPPLEMENT_NOTICE_LATE' },
    });
    const noticed = act(
      received('2023-03-06'),
      { type: 'NOTIFY_SUPPLEMENTS', documents: ['ID'] },
      '2023-03-10',
    );
    expect(noticed.state).toBe('RECEIVED');
    expect(act(noticed, { type: 'ACCEPT' }, '2023-03-20').acceptedOn).toBe('2023-03-20');
  });
});

describe('tolerance acceptance (容缺受理) and notification-commitment (告知承诺制)', () => {
  const tolerated = () =>
    act(received('2023-03-06'), { type: 'ACCEPT_WITH_TOLERANCE', missing: ['PREMISES'] }, '2023-03-06');

  it('accepts with a tolerable document missing and sets the deadline to supply it', () => {
    const accepted = tolerated();
    expect(accepted).toMatchObject({
      state: 'AWAITING_SUPPLEMENTS',
      acceptedOn: '2023-03-06',
      supplyDueOn: '2023-03-13',
    });
    expect(act(accepted, { type: 'SUPPLY', inPerson: true }, '2023-03-13')).toMatchObject({
      state: 'UNDER_REVIEW',
      trips: 2,
    });
  });

  it('never tolerates an essential document', () => {
    expect(
      try_(received('2023-03-06'), { type: 'ACCEPT_WITH_TOLERANCE', missing: ['ID'] }, '2023-03-06'),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.NOT_TOLERABLE', field: ['action', 'missing', '0'] },
    });
  });

  it('refuses an application whose missing document never arrives, by the rule', () => {
    const accepted = tolerated();
    expect(try_(accepted, { type: 'SUPPLY', inPerson: false }, '2023-03-14')).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.SUPPLY_LATE' },
    });
    expect(try_(accepted, { type: 'LAPSE' }, '2023-03-13')).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.NOT_LAPSED' },
    });
    expect(act(accepted, { type: 'LAPSE' }, '2023-03-14')).toMatchObject({
      state: 'REFUSED',
      refusedOn: '2023-03-14',
    });
  });

  it('lets a signed commitment replace only the certificates the catalogue names', () => {
    expect(
      act(received('2023-03-06'), { type: 'ACCEPT', commitments: ['PREMISES'] }, '2023-03-06')
        .commitmentDocuments,
    ).toEqual(['PREMISES']);
    expect(try_(received('2023-03-06'), { type: 'ACCEPT', commitments: ['ID'] }, '2023-03-06')).toMatchObject(
      {
        ok: false,
        error: { code: 'SERVICE_HALL.NO_COMMITMENT' },
      },
    );
  });
});

describe('the lifecycle table', () => {
  const sample: Record<ApplicationActionType, ApplicationAction> = {
    NOTIFY_SUPPLEMENTS: { type: 'NOTIFY_SUPPLEMENTS', documents: ['ID'] },
    ACCEPT: { type: 'ACCEPT' },
    ACCEPT_WITH_TOLERANCE: { type: 'ACCEPT_WITH_TOLERANCE', missing: ['PREMISES'] },
    REFUSE: { type: 'REFUSE', reason: '不属于本机关职权范围' },
    SUPPLY: { type: 'SUPPLY', inPerson: false },
    LAPSE: { type: 'LAPSE' },
    START_REVIEW: { type: 'START_REVIEW' },
    SUSPEND: { type: 'SUSPEND', reason: 'HEARING' },
    RESUME: { type: 'RESUME' },
    EXTEND: { type: 'EXTEND', approvedBy: '主任' },
    APPROVE: { type: 'APPROVE' },
    DENY: { type: 'DENY', reason: '不符合条件' },
    COMPLETE: { type: 'COMPLETE' },
    DELIVER: { type: 'DELIVER', method: 'POST' },
    WITHDRAW: { type: 'WITHDRAW', reason: '申请人撤回' },
  };

  it('refuses every action the table does not list, naming the state and the action', () => {
    const base = received('2023-03-06');
    for (const state of APPLICATION_STATES) {
      for (const action of APPLICATION_ACTIONS) {
        const allowed = APPLICATION_TRANSITIONS.some((rule) => rule.from === state && rule.action === action);
        if (allowed) continue;
        const result = try_({ ...base, state }, sample[action], '2023-03-07');
        expect(result, `${state} ${action}`).toMatchObject({
          ok: false,
          error: { code: 'SERVICE_HALL.TRANSITION_REFUSED' },
        });
      }
    }
  });

  it('carries an application from receipt to delivery, counting the trips against 最多跑一次', () => {
    let application = received('2023-05-08');
    for (const [action, day] of [
      ['ACCEPT', '2023-05-08'],
      ['START_REVIEW', '2023-05-08'],
      ['APPROVE', '2023-05-10'],
      ['COMPLETE', '2023-05-10'],
    ] as const) {
      application = act(application, sample[action], day);
    }
    expect(application).toMatchObject({ state: 'COMPLETED', completedOn: '2023-05-10', trips: 1 });
    expect(completedOnTime(application)).toBe(true);
    const posted = act(application, { type: 'DELIVER', method: 'POST' }, '2023-05-11');
    expect(exceedsTripLimit(posted, business)).toBe(false);
    const picked = act(application, { type: 'DELIVER', method: 'PICKUP' }, '2023-05-11');
    expect(picked.trips).toBe(2);
    expect(exceedsTripLimit(picked, business)).toBe(true);
  });

  it('lets the applicant withdraw until a decision', () => {
    const accepted = act(received('2023-05-08'), { type: 'ACCEPT' }, '2023-05-08');
    expect(act(accepted, sample.WITHDRAW, '2023-05-09')).toMatchObject({
      state: 'WITHDRAWN',
      withdrawnOn: '2023-05-09',
    });
  });

  it('refuses a second clerk who read an older version: one decision, one conflict', () => {
    const review = act(
      act(received('2023-05-08'), { type: 'ACCEPT' }, '2023-05-08'),
      { type: 'START_REVIEW' },
      '2023-05-08',
    );
    const context = {
      actorId: 'clerk-1',
      at: at('2023-05-09'),
      calendar: qonggyai,
      matter: business,
      expectedVersion: review.version,
    };
    const first = transition(review, { type: 'APPROVE' }, context);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(
      transition(first.value, { type: 'DENY', reason: '不符合' }, { ...context, actorId: 'clerk-2' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.STALE_VERSION', kind: 'CONFLICT' },
    });
  });

  it('keeps the catalogue version the application was received under', () => {
    const v2 = { ...business, version: 2, validFrom: d('2023-07-01'), promisedDays: 3 };
    const before = received('2023-06-30');
    expect(before.matterVersion).toBe(1);
    expect(try_(before, { type: 'ACCEPT' }, '2023-07-03', v2)).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.MATTER_VERSION' },
    });
    expect(act(before, { type: 'ACCEPT' }, '2023-07-03').promisedDays).toBe(5);
    expect(versionInForce([business, v2], '2023-07-01')?.version).toBe(2);
    expect(
      receiveApplication(
        {
          id: 'A2',
          hallRegionCode: '540524',
          windowId: null,
          channel: 'WINDOW',
          applicantPersonId: null,
          applicantOrganisationId: null,
          receivedAt: at('2023-06-30'),
        },
        v2,
      ),
    ).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.MATTER_NOT_IN_FORCE' },
    });
  });
});

describe('the catalogue', () => {
  it('never promises more than the law allows', () => {
    expect(createServiceMatterVersion({ ...business, promisedDays: 16 })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.TIME_LIMIT', field: ['promisedDays'] },
    });
    expect(createServiceMatterVersion(business).ok).toBe(true);
  });

  it('handles a zero-trip matter online or at the door', () => {
    expect(createServiceMatterVersion({ ...business, maxTrips: 0, online: false })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.ZERO_TRIPS_OFFLINE' },
    });
  });

  it('gives a supply deadline exactly when some document is tolerable', () => {
    expect(createServiceMatterVersion({ ...business, supplyDays: 0 })).toMatchObject({
      ok: false,
      error: { code: 'SERVICE_HALL.SUPPLY_DAYS' },
    });
  });
});

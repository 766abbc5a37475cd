import {
  APPLICATION_ACTIONS,
  APPLICATION_STATES,
  APPLICATION_TRANSITIONS,
  type Application,
  type ApplicationAction,
  type ApplicationActionType,
  type ApplicationState,
  calendarForRegion,
  composeCreditCode,
  receiveApplication,
  type ServiceMatterVersion,
  transitionApplication,
} from '@grassroots/core';
import { qonggyaiHall } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationMapper } from '../src/mappers/serviceHall.js';
import { regionFixtures, serviceHallFixtures } from './fixture-sets.js';
import { startGateway, TEST_NOW, type TestCaller, type TestGateway } from './harness.js';

const QONGGYAI = '540524';
const clerk: TestCaller = { subject: 'clerk-1', grants: [{ role: 'SERVICE_HALL_CLERK', region: QONGGYAI }] };
const secondClerk: TestCaller = {
  subject: 'clerk-2',
  grants: [{ role: 'SERVICE_HALL_CLERK', region: QONGGYAI }],
};
const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: QONGGYAI }] };
const otherClerk: TestCaller = {
  subject: 'bome',
  grants: [{ role: 'SERVICE_HALL_CLERK', region: '540424' }],
};

const calendar = calendarForRegion(QONGGYAI);
// 个体工商户设立登记, version 2 (in force from 1 July 2023): promised 1 working day, PREMISES tolerable.
const matter = qonggyaiHall().matters.find(
  (m) => m.code === 'SCJG-001' && m.version === 2,
) as ServiceMatterVersion;
const matterId = encodeGlobalID('ServiceMatter', `${QONGGYAI}:SCJG-001@2`);
const appId = (id: string) => encodeGlobalID('ServiceApplication', id);

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, serviceHallFixtures()]);
});
afterAll(() => t.close());

const RECEIVE = /* GraphQL */ `
  mutation Receive($input: ServiceApplicationReceiveInput!) {
    serviceApplicationReceive(input: $input) {
      application { id state version trips channel }
      userErrors { code kind field }
    }
  }
`;
const TRANSITION = /* GraphQL */ `
  mutation Transition($input: ServiceApplicationTransitionInput!) {
    serviceApplicationTransition(input: $input) {
      application { id state version acceptedOn dueOn overdue supplyDueOn suspendedDays extensionDays refusedOn completedOn deliveryMethod trips tripLimitExceeded allowedActions }
      userErrors { code kind field }
    }
  }
`;
interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}
type Result = {
  serviceApplicationTransition: { application: Record<string, unknown> | null; userErrors: UserError[] };
};

/** Everything an action might need, so that only the table decides. */
const FULL = {
  documents: ['ID'],
  missing: ['PREMISES'],
  reason: '申请人要求',
  approvedBy: '县政务服务中心主任',
  inPerson: true,
  suspensionReason: 'INSPECTION',
  deliveryMethod: 'POST',
};

async function act(
  id: string,
  action: ApplicationActionType,
  extra: Record<string, unknown> = FULL,
  as = clerk,
) {
  const result = await t.gql<Result>(TRANSITION, { input: { id: appId(id), action, ...extra } }, { as });
  expect(result.errors).toBeUndefined();
  return result.data?.serviceApplicationTransition as Result['serviceApplicationTransition'];
}

async function receive(as: TestCaller = clerk): Promise<string> {
  const result = await t.gql<{
    serviceApplicationReceive: { application: { id: string } | null; userErrors: UserError[] };
  }>(
    RECEIVE,
    { input: { matterId, windowId: encodeGlobalID('HallWindow', 'hall-540524-w06'), channel: 'WINDOW' } },
    { as },
  );
  expect(result.data?.serviceApplicationReceive.userErrors).toEqual([]);
  const global = result.data?.serviceApplicationReceive.application?.id as string;
  return Buffer.from(global, 'base64').toString('utf8').split(':').slice(1).join(':');
}

/** An application taken by core to `path`'s end at `at`, stored as the mapper stores it. */
async function stored(id: string, path: readonly ApplicationAction[], at: Date): Promise<Application> {
  let application = receiveApplication(
    {
      id,
      hallRegionCode: QONGGYAI,
      windowId: 'hall-540524-w06',
      channel: 'WINDOW',
      applicantPersonId: null,
      applicantOrganisationId: null,
      receivedAt: at,
    },
    matter,
  );
  for (const action of path) {
    if (!application.ok) break;
    application = transitionApplication(application.value, action, {
      actorId: 'setup',
      at,
      calendar,
      matter,
    });
  }
  if (!application.ok) throw new Error(application.error.code);
  await t.db.serviceApplication.create({ data: applicationMapper.toColumns(application.value) });
  return application.value;
}

const PATHS: Readonly<Record<ApplicationState, readonly ApplicationAction[]>> = (() => {
  const review: ApplicationAction[] = [{ type: 'ACCEPT' }, { type: 'START_REVIEW' }];
  const approved = [...review, { type: 'APPROVE' } as const];
  return {
    RECEIVED: [],
    ACCEPTED: [{ type: 'ACCEPT' }],
    REFUSED: [{ type: 'REFUSE', reason: '不属于本机关职权范围' }],
    AWAITING_SUPPLEMENTS: [{ type: 'ACCEPT_WITH_TOLERANCE', missing: ['PREMISES'] }],
    UNDER_REVIEW: review,
    SUSPENDED: [...review, { type: 'SUSPEND', reason: 'HEARING' }],
    APPROVED: approved,
    DENIED: [...review, { type: 'DENY', reason: '不符合条件' }],
    COMPLETED: [...approved, { type: 'COMPLETE' }],
    DELIVERED: [...approved, { type: 'COMPLETE' }, { type: 'DELIVER', method: 'POST' }],
    WITHDRAWN: [{ type: 'WITHDRAW', reason: '撤回' }],
  };
})();

describe('receiving an application', () => {
  it('is for the county’s clerks: the first trip is counted at the window', async () => {
    const id = await receive();
    const row = await t.db.serviceApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ state: 'RECEIVED', trips: 1, matterId: `${QONGGYAI}:SCJG-001@2` });
  });

  it('is received under the catalogue version in force today, even when the client names a superseded one', async () => {
    const result = await t.gql<{
      serviceApplicationReceive: { application: { id: string } | null; userErrors: UserError[] };
    }>(
      RECEIVE,
      { input: { matterId: encodeGlobalID('ServiceMatter', `${QONGGYAI}:SCJG-001@1`), channel: 'ONLINE' } },
      { as: clerk },
    );
    expect(result.data?.serviceApplicationReceive.userErrors).toEqual([]);
    const global = result.data?.serviceApplicationReceive.application?.id as string;
    const id = Buffer.from(global, 'base64').toString('utf8').split(':').slice(1).join(':');
    const row = await t.db.serviceApplication.findUniqueOrThrow({ where: { id } });
    expect(row.matterId).toBe(`${QONGGYAI}:SCJG-001@2`);
  });

  it('is refused to a clerk of another county and to an administrator', async () => {
    for (const as of [otherClerk, admin]) {
      const result = await t.gql<{ serviceApplicationReceive: { userErrors: UserError[] } }>(
        RECEIVE,
        { input: { matterId, channel: 'ONLINE' } },
        { as },
      );
      expect(result.data?.serviceApplicationReceive.userErrors).toEqual([
        { code: 'SERVICE_HALL_FORBIDDEN', kind: 'FORBIDDEN', field: null },
      ]);
    }
  });
});

describe('the applicant (a person, or for a business the organisation)', () => {
  const gerzeAdmin: TestCaller = {
    subject: 'gerze-admin',
    grants: [{ role: 'COUNTY_ADMIN', region: '542526' }],
  };
  const REGISTER = /* GraphQL */ `
    mutation Register($input: PersonRegisterInput!) {
      personRegister(input: $input) { person { id } userErrors { code } }
    }
  `;
  const APPLICANT = /* GraphQL */ `
    query Applicant($id: ID!) {
      node(id: $id) {
        ... on ServiceApplication { applicantPerson { nameZh citizenId } applicantOrganisation { name creditCode } }
      }
    }
  `;
  type Applicant = {
    node: {
      applicantPerson: { nameZh: string; citizenId: string } | null;
      applicantOrganisation: { name: string; creditCode: string } | null;
    } | null;
  };
  const register = async (as: TestCaller, citizenId: string, village: string) => {
    const result = await t.gql<{ personRegister: { person: { id: string } | null } }>(
      REGISTER,
      {
        input: {
          nameZh: citizenId.startsWith('540524') ? '次仁央宗' : '扎西顿珠',
          citizenId,
          ethnicity: 'TIBETAN',
          residenceRegionId: encodeGlobalID('Region', village),
        },
      },
      { as },
    );
    return result.data?.personRegister.person?.id as string;
  };
  const receiveFor = async (applicant: Record<string, string>) =>
    t.gql<{ serviceApplicationReceive: { application: { id: string } | null; userErrors: UserError[] } }>(
      RECEIVE,
      { input: { matterId, channel: 'WINDOW', ...applicant } },
      { as: clerk },
    );
  // No registry fixtures cover 琼结县, so the business is registered here as the registry would hold it.
  const creditCode = composeCreditCode({
    department: '9',
    category: '2',
    authorityRegionCode: QONGGYAI,
    organisationBody: 'MA6T0Q01',
  });
  const business = {
    id: 'ORG-QONGGYAI-TEA',
    name: '琼结县雪康甜茶馆',
    creditCode,
    type: 'INDIVIDUAL_BUSINESS',
    addressId: 'ADDR-QONGGYAI-TEA',
    gridCode: '540524100001001',
  };

  it('who lives in the county is shown to its clerk in full, and the read is audited', async () => {
    const personId = await register(admin, '540524198506010020', '540524100001');
    const received = await receiveFor({ applicantPersonId: personId });
    expect(received.data?.serviceApplicationReceive.userErrors).toEqual([]);
    const id = received.data?.serviceApplicationReceive.application?.id as string;
    const before = await t.db.auditRecord.count({ where: { actorSubject: clerk.subject } });
    const result = await t.gql<Applicant>(APPLICANT, { id }, { as: clerk, operationName: 'Applicant' });
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({
      applicantPerson: { nameZh: '次仁央宗', citizenId: '540524198506010020' },
      applicantOrganisation: null,
    });
    const audited = await t.db.auditRecord.findMany({
      where: { actorSubject: clerk.subject, operationName: 'Applicant' },
      include: { subjects: true },
    });
    expect(await t.db.auditRecord.count({ where: { actorSubject: clerk.subject } })).toBe(before + 1);
    expect(audited.at(-1)?.subjects.map((subject) => subject.subjectRegionCode)).toEqual(['540524100001']);
    // Anyone outside the county's clerks and administrators does not see the application at all.
    expect((await t.gql<Applicant>(APPLICANT, { id }, { as: otherClerk })).data?.node).toBeNull();
  });

  it('from another county is masked for the clerk, whose grant does not reach their home, and not audited', async () => {
    const personId = await register(gerzeAdmin, '54252619900712003X', '542526100001');
    const received = await receiveFor({ applicantPersonId: personId });
    const id = received.data?.serviceApplicationReceive.application?.id as string;
    const before = await t.db.auditRecord.count({ where: { actorSubject: clerk.subject } });
    const result = await t.gql<Applicant>(APPLICANT, { id }, { as: clerk });
    expect(result.data?.node?.applicantPerson?.citizenId).toBe(`5${'*'.repeat(16)}X`);
    expect(result.data?.node?.applicantPerson?.nameZh).not.toBe('扎西顿珠');
    expect(await t.db.auditRecord.count({ where: { actorSubject: clerk.subject } })).toBe(before);
  });

  it('for a business is the organisation from the registry, shown to the county’s clerk', async () => {
    await t.db.organisation.create({ data: business });
    const received = await receiveFor({
      applicantOrganisationId: encodeGlobalID('Organisation', business.id),
    });
    expect(received.data?.serviceApplicationReceive.userErrors).toEqual([]);
    const id = received.data?.serviceApplicationReceive.application?.id as string;
    const asClerk = await t.gql<Applicant>(APPLICANT, { id }, { as: clerk });
    expect(asClerk.data?.node).toEqual({
      applicantPerson: null,
      applicantOrganisation: { name: business.name, creditCode },
    });
    // An administrator of another county reaches neither the application nor the organisation.
    const gerze = await t.gql<Applicant>(APPLICANT, { id }, { as: gerzeAdmin });
    expect(gerze.data?.node).toBeNull();
  });

  it('is one of the two, never both, and an unknown one is refused; nothing is written', async () => {
    const before = await t.db.serviceApplication.count();
    const personId = encodeGlobalID('Person', (await t.db.person.findFirstOrThrow()).id);
    const both = await receiveFor({
      applicantPersonId: personId,
      applicantOrganisationId: encodeGlobalID('Organisation', business.id),
    });
    expect(both.data?.serviceApplicationReceive).toEqual({
      application: null,
      userErrors: [
        { code: 'SERVICE_HALL_TWO_APPLICANTS', kind: 'VALIDATION', field: ['applicantOrganisationId'] },
      ],
    });
    const unknown = await receiveFor({ applicantPersonId: encodeGlobalID('Person', 'P-nobody') });
    expect(unknown.data?.serviceApplicationReceive.userErrors).toEqual([
      { code: 'SERVICE_HALL_NOT_FOUND', kind: 'NOT_FOUND', field: ['applicantPersonId'] },
    ]);
    expect(await t.db.serviceApplication.count()).toBe(before);
  });
});

describe('every transition the table allows, through the API', () => {
  it('carries an application from receipt through notice, acceptance, suspension, extension and approval to delivery', async () => {
    const id = await receive();
    const steps: [ApplicationActionType, ApplicationState][] = [
      ['NOTIFY_SUPPLEMENTS', 'RECEIVED'],
      ['ACCEPT', 'ACCEPTED'],
      ['START_REVIEW', 'UNDER_REVIEW'],
      ['SUSPEND', 'SUSPENDED'],
      ['RESUME', 'UNDER_REVIEW'],
      ['EXTEND', 'UNDER_REVIEW'],
      ['APPROVE', 'APPROVED'],
      ['COMPLETE', 'COMPLETED'],
      ['DELIVER', 'DELIVERED'],
    ];
    for (const [action, state] of steps) {
      const payload = await act(id, action);
      expect(payload.userErrors, action).toEqual([]);
      expect(payload.application?.state, action).toBe(state);
    }
    // Accepted Monday 16 June 2025: 1 promised working day plus the 10 of the extension.
    const row = await t.db.serviceApplication.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      acceptedOn: '2025-06-16',
      dueOn: '2025-07-01',
      extensionDays: 10,
      completedOn: '2025-06-16',
      deliveryMethod: 'POST',
    });
  });

  it('takes a tolerance acceptance through its supply, and a denial to completion', async () => {
    const id = await receive();
    const accepted = await act(id, 'ACCEPT_WITH_TOLERANCE');
    expect(accepted.application).toMatchObject({ state: 'AWAITING_SUPPLEMENTS', supplyDueOn: '2025-06-30' });
    expect((await act(id, 'SUPPLY')).application).toMatchObject({ state: 'UNDER_REVIEW', trips: 2 });
    expect((await act(id, 'DENY')).application?.state).toBe('DENIED');
    expect((await act(id, 'COMPLETE')).application?.state).toBe('COMPLETED');
  });

  it('refuses at intake, and lets the applicant withdraw from every state before a decision', async () => {
    expect((await act(await receive(), 'REFUSE')).application?.state).toBe('REFUSED');
    for (const state of [
      'RECEIVED',
      'ACCEPTED',
      'AWAITING_SUPPLEMENTS',
      'UNDER_REVIEW',
      'SUSPENDED',
    ] as const) {
      const application = await stored(
        `withdraw-${state}`,
        PATHS[state],
        new Date(TEST_NOW.getTime() - 3_600_000),
      );
      expect((await act(application.id, 'WITHDRAW')).application?.state, state).toBe('WITHDRAWN');
    }
  });

  it('refuses by the rule an application whose missing document never came, and the refusal shows in the statistics', async () => {
    // Accepted with tolerance on Thursday 29 May 2025: 10 working days, skipping the Dragon Boat
    // Festival (31 May–2 June), end on Friday 13 June; on Monday 16 June the document is late.
    const late = await stored('lapsed', PATHS.AWAITING_SUPPLEMENTS, new Date('2025-05-29T03:00:00Z'));
    expect(late.supplyDueOn).toBe('2025-06-13');
    const supplied = await act('lapsed', 'SUPPLY');
    expect(supplied.userErrors).toEqual([
      { code: 'SERVICE_HALL_SUPPLY_LATE', kind: 'CONFLICT', field: null },
    ]);
    const STATS = `query { region(code: "540524") { serviceHallStats(from: "2025-01-01", to: "2025-12-31") { accepted refused } } }`;
    const before = (
      await t.gql<{ region: { serviceHallStats: { accepted: number; refused: number } } }>(STATS)
    ).data?.region.serviceHallStats;
    const lapsed = await act('lapsed', 'LAPSE');
    expect(lapsed.application).toMatchObject({ state: 'REFUSED', refusedOn: '2025-06-16' });
    const after = (
      await t.gql<{ region: { serviceHallStats: { accepted: number; refused: number } } }>(STATS)
    ).data?.region.serviceHallStats;
    expect(after?.refused).toBe((before?.refused ?? 0) + 1);
    expect(after?.accepted).toBe((before?.accepted ?? 0) - 1);
    // One still inside its time is not lapsed.
    await stored('in-time', PATHS.AWAITING_SUPPLEMENTS, new Date(TEST_NOW.getTime() - 3_600_000));
    expect((await act('in-time', 'LAPSE')).userErrors).toEqual([
      { code: 'SERVICE_HALL_NOT_LAPSED', kind: 'CONFLICT', field: null },
    ]);
  });

  it('shows an application past its due day as overdue, and finds it with the overdue filter', async () => {
    await stored('overdue', PATHS.UNDER_REVIEW, new Date('2025-06-02T03:00:00Z'));
    const QUERY = `query { region(code: "540524") { serviceHall { applications(first: 10, filter: { overdue: true }) { totalCount edges { node { id overdue dueOn } } } } } }`;
    const result = await t.gql<{
      region: {
        serviceHall: {
          applications: { totalCount: number; edges: { node: { overdue: boolean; dueOn: string } }[] };
        };
      };
    }>(QUERY, {}, { as: clerk });
    expect(result.data?.region.serviceHall.applications.edges.map((e) => e.node)).toContainEqual({
      id: appId('overdue'),
      overdue: true,
      dueOn: '2025-06-03',
    });
  });
});

describe('every transition the table refuses, through the API', () => {
  it('answers SERVICE_HALL.TRANSITION_REFUSED for each state and action not in the table', async () => {
    const at = new Date(TEST_NOW.getTime() - 3_600_000);
    for (const state of APPLICATION_STATES) {
      const application = await stored(`refused-${state}`, PATHS[state], at);
      expect(application.state).toBe(state);
      for (const action of APPLICATION_ACTIONS) {
        if (APPLICATION_TRANSITIONS.some((rule) => rule.from === state && rule.action === action)) continue;
        const payload = await act(application.id, action);
        expect(payload.userErrors, `${state} ${action}`).toEqual([
          { code: 'SERVICE_HALL_TRANSITION_REFUSED', kind: 'CONFLICT', field: null },
        ]);
      }
    }
  });

  it('names the input at fault', async () => {
    const id = await receive();
    expect((await act(id, 'REFUSE', { reason: ' ' })).userErrors).toEqual([
      { code: 'SERVICE_HALL_REASON_REQUIRED', kind: 'VALIDATION', field: ['reason'] },
    ]);
    expect((await act(id, 'ACCEPT_WITH_TOLERANCE', { missing: ['ID'] })).userErrors).toEqual([
      { code: 'SERVICE_HALL_NOT_TOLERABLE', kind: 'VALIDATION', field: ['missing', '0'] },
    ]);
    expect((await act(id, 'NOTIFY_SUPPLEMENTS', { documents: [] })).userErrors).toEqual([
      { code: 'SERVICE_HALL_REQUIRED', kind: 'VALIDATION', field: ['documents'] },
    ]);
    await act(id, 'ACCEPT');
    await act(id, 'START_REVIEW');
    expect((await act(id, 'SUSPEND', {})).userErrors).toEqual([
      { code: 'SERVICE_HALL_REQUIRED', kind: 'VALIDATION', field: ['suspensionReason'] },
    ]);
  });

  it('hides the county’s applications from others: not found, never forbidden', async () => {
    const id = await receive();
    expect((await act(id, 'ACCEPT', FULL, otherClerk)).userErrors).toEqual([
      { code: 'SERVICE_HALL_NOT_FOUND', kind: 'NOT_FOUND', field: null },
    ]);
    expect((await act(id, 'ACCEPT', FULL, admin)).userErrors).toEqual([
      { code: 'SERVICE_HALL_FORBIDDEN', kind: 'FORBIDDEN', field: null },
    ]);
  });
});

describe('two clerks acting at once', () => {
  it('leave one decision and one typed conflict', async () => {
    const application = await stored('race', PATHS.UNDER_REVIEW, new Date(TEST_NOW.getTime() - 3_600_000));
    const input = (action: string) => ({
      input: { id: appId('race'), action, reason: '不符合条件', expectedVersion: application.version },
    });
    const [a, b] = await Promise.all([
      t.gql<Result>(TRANSITION, input('APPROVE'), { as: clerk }),
      t.gql<Result>(TRANSITION, input('DENY'), { as: secondClerk }),
    ]);
    const payloads = [a, b].map(
      (r) => r.data?.serviceApplicationTransition as Result['serviceApplicationTransition'],
    );
    const won = payloads.filter((p) => p.userErrors.length === 0);
    const lost = payloads.filter((p) => p.userErrors.length > 0);
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect(lost[0]?.userErrors[0]?.kind).toBe('CONFLICT');
    expect(['SERVICE_HALL_STALE_VERSION', 'SERVICE_HALL_TRANSITION_REFUSED']).toContain(
      lost[0]?.userErrors[0]?.code,
    );
    const row = await t.db.serviceApplication.findUniqueOrThrow({ where: { id: 'race' } });
    expect(row.version).toBe(application.version + 1);
    expect(row.state).toBe(won[0]?.application?.state);
  });
});

describe('好差评 and rectification, through the API', () => {
  const RATE = /* GraphQL */ `
    mutation Rate($input: ServiceApplicationRateInput!) {
      serviceApplicationRate(input: $input) {
        application { rating { level bad rectification { id state callbackDueOn closeDueOn } } }
        userErrors { code kind field }
      }
    }
  `;
  const RECTIFY = /* GraphQL */ `
    mutation Rectify($input: RectificationTransitionInput!) {
      rectificationTransition(input: $input) {
        rectification { state calledBackOn rectifiedOn followUpLevel version }
        userErrors { code kind field }
      }
    }
  `;
  type Rated = {
    serviceApplicationRate: {
      application: {
        rating: {
          level: string;
          bad: boolean;
          rectification: { id: string; state: string; callbackDueOn: string; closeDueOn: string } | null;
        };
      } | null;
      userErrors: UserError[];
    };
  };
  type Rectified = {
    rectificationTransition: { rectification: Record<string, unknown> | null; userErrors: UserError[] };
  };
  const rate = (id: string, level: string) =>
    t
      .gql<Rated>(RATE, { input: { applicationId: appId(id), level } }, { as: clerk })
      .then((r) => r.data?.serviceApplicationRate);
  const step = (id: string, action: string, extra: Record<string, unknown> = {}) =>
    t
      .gql<Rectified>(RECTIFY, { input: { id, action, ...extra } }, { as: clerk })
      .then((r) => r.data?.rectificationTransition);

  it('rates a completed application once; a good rating opens nothing', async () => {
    await stored('rated-good', PATHS.COMPLETED, new Date(TEST_NOW.getTime() - 3_600_000));
    expect((await rate('rated-good', 'SATISFIED'))?.application?.rating).toEqual({
      level: 'SATISFIED',
      bad: false,
      rectification: null,
    });
    expect((await rate('rated-good', 'VERY_SATISFIED'))?.userErrors).toEqual([
      { code: 'SERVICE_HALL_ALREADY_RATED', kind: 'CONFLICT', field: null },
    ]);
    await stored('rated-early', PATHS.UNDER_REVIEW, new Date(TEST_NOW.getTime() - 3_600_000));
    expect((await rate('rated-early', 'SATISFIED'))?.userErrors).toEqual([
      { code: 'SERVICE_HALL_NOT_RATABLE', kind: 'CONFLICT', field: null },
    ]);
  });

  it('opens a rectification for a 差评 and carries it through callback, rectification and one follow-up', async () => {
    await stored('rated-bad', PATHS.DELIVERED, new Date(TEST_NOW.getTime() - 3_600_000));
    const rated = await rate('rated-bad', 'VERY_DISSATISFIED');
    // Rated Monday 16 June 2025: callback by Tuesday 17 June, closure 15 working days on, 7 July.
    const rectification = rated?.application?.rating.rectification;
    expect(rectification).toMatchObject({
      state: 'OPEN',
      callbackDueOn: '2025-06-17',
      closeDueOn: '2025-07-07',
    });
    const id = rectification?.id as string;
    expect((await step(id, 'RECTIFY', { note: '整改' }))?.userErrors).toEqual([
      { code: 'SERVICE_HALL_RECTIFICATION_REFUSED', kind: 'CONFLICT', field: null },
    ]);
    expect((await step(id, 'CALL_BACK', { note: ' ' }))?.userErrors).toEqual([
      { code: 'SERVICE_HALL_NOTE_REQUIRED', kind: 'VALIDATION', field: ['note'] },
    ]);
    expect((await step(id, 'CALL_BACK', { note: '已回访致歉' }))?.rectification).toMatchObject({
      state: 'CALLED_BACK',
      calledBackOn: '2025-06-16',
    });
    expect((await step(id, 'RECTIFY', { note: '增设一次性告知单' }))?.rectification).toMatchObject({
      state: 'RECTIFIED',
    });
    expect((await step(id, 'FOLLOW_UP', { level: 'SATISFIED' }))?.rectification).toMatchObject({
      state: 'FOLLOWED_UP',
      followUpLevel: 'SATISFIED',
    });
    expect((await step(id, 'FOLLOW_UP', { level: 'SATISFIED' }))?.userErrors[0]?.code).toBe(
      'SERVICE_HALL_RECTIFICATION_REFUSED',
    );
  });

  it('hears an appeal against a mistaken 差评', async () => {
    await stored('rated-appeal', PATHS.COMPLETED, new Date(TEST_NOW.getTime() - 3_600_000));
    const id = (await rate('rated-appeal', 'DISSATISFIED'))?.application?.rating.rectification?.id as string;
    expect((await step(id, 'APPEAL', { note: '评价对象错误' }))?.rectification).toMatchObject({
      state: 'APPEALED',
    });
    expect((await step(id, 'UPHOLD'))?.rectification).toMatchObject({ state: 'APPEAL_UPHELD' });
  });
});

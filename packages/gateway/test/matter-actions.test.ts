// Recording 社情民意 and moving matters through the cycle by the API: every refusal a typed userError,
// escalation on the region's working calendar, and two workers racing for one matter.
import { type CalendarDate, calendarForRegion, dayKind, ratioToScore } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mintToken, verifierFromEnv } from '../src/auth/tokens.js';
import { createGateway } from '../src/yoga.js';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, TEST_NOW, TEST_SECRET, type TestCaller, type TestGateway } from './harness.js';

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
}

interface MatterView {
  readonly id: string;
  readonly state: string;
  readonly level: string;
  readonly version: number;
  readonly open: boolean;
  readonly open311Status: string;
  readonly dueAt: string | null;
  readonly overdue: boolean;
  readonly resolutionMinutes: number | null;
}

interface ActionResult {
  readonly matter: MatterView | null;
  readonly event: { kind: string; action: string | null; version: number; reason: string | null } | null;
  readonly userErrors: UserError[];
}

// Grid staff hold grants on their grid, while people are visible by their home village: the people a
// matter links to are read by the county below.
const MATTER_FIELDS = 'id state level version open open311Status dueAt overdue resolutionMinutes';

const RESULT = `matter { ${MATTER_FIELDS} } event { kind action version reason } userErrors { code kind field }`;

/** The mutation `name` with its input, returning the matter, the event and the userErrors. */
const action = (name: string, input: string) => /* GraphQL */ `
  mutation Act($input: ${input}!) { ${name}(input: $input) { ${RESULT} } }
`;

const RECORD_CREATE = /* GraphQL */ `
  mutation Record($input: RecordCreateInput!) {
    recordCreate(input: $input) {
      record { id category channel gridCode anonymous reportedAt grid { code } }
      matter { ${MATTER_FIELDS} }
      userErrors { code kind field }
    }
  }
`;

type RecordResult = {
  recordCreate: {
    record: { id: string; gridCode: string; anonymous: boolean } | null;
    matter: MatterView | null;
    userErrors: UserError[];
  };
};

let t: TestGateway;
let grid: string;
let otherGrid: string;
let chief: TestCaller;
let workerA: TestCaller;
let workerB: TestCaller;
let township: TestCaller;
let county: TestCaller;
let outsider: TestCaller;
let residentId: string;

beforeAll(async () => {
  // Records name reporters from the whole people pool, so every person is loaded; 3,000 records suffice.
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  // An urban grid: one chief and two full-time workers (1+3+联户长).
  const urban = await t.db.grid.findFirstOrThrow({ where: { kind: 'URBAN' }, orderBy: { code: 'asc' } });
  grid = urban.code;
  otherGrid = (
    await t.db.grid.findFirstOrThrow({ where: { code: { not: grid } }, orderBy: { code: 'desc' } })
  ).code;
  const staff = await t.db.staffAssignment.findMany({
    where: { gridCode: grid, role: { in: ['GRID_CHIEF', 'GRID_WORKER'] } },
    orderBy: { id: 'asc' },
  });
  const chiefRow = staff.find((row) => row.role === 'GRID_CHIEF');
  const workers = staff.filter((row) => row.role === 'GRID_WORKER');
  if (!chiefRow || workers.length < 2) throw new Error(`grid ${grid} lacks a chief or two workers`);
  const [a, b] = workers as [(typeof workers)[0], (typeof workers)[0]];
  // Three people of the county who are not on this grid's staff, to stand for the other callers.
  const others = await t.db.person.findMany({
    where: { residenceRegionCode: { startsWith: '542526' }, id: { notIn: staff.map((row) => row.personId) } },
    orderBy: { id: 'asc' },
    take: 3,
  });
  const [townshipPerson, countyPerson, outsiderPerson] = others.map((row) => row.id) as [
    string,
    string,
    string,
  ];
  chief = { subject: 'chief', personId: chiefRow.personId, grants: [{ role: 'GRID_CHIEF', region: grid }] };
  workerA = { subject: 'worker-a', personId: a.personId, grants: [{ role: 'GRID_WORKER', region: grid }] };
  workerB = { subject: 'worker-b', personId: b.personId, grants: [{ role: 'GRID_WORKER', region: grid }] };
  township = {
    subject: 'township',
    personId: townshipPerson,
    grants: [{ role: 'TOWNSHIP_OFFICER', region: grid.slice(0, 9) }],
  };
  county = {
    subject: 'county',
    personId: countyPerson,
    grants: [{ role: 'COUNTY_ADMIN', region: '542526' }],
  };
  outsider = {
    subject: 'outsider',
    personId: outsiderPerson,
    grants: [{ role: 'GRID_WORKER', region: otherGrid }],
  };
  residentId = (await t.db.person.findFirstOrThrow({ where: { residenceRegionCode: grid.slice(0, 12) } })).id;
});
afterAll(() => t.close());

/** Records something in the grid as worker A and opens a matter for it. */
async function openMatter(reportedAt: Date = TEST_NOW): Promise<MatterView> {
  const result = await t.gql<RecordResult>(
    RECORD_CREATE,
    {
      input: {
        gridId: gridId(grid),
        category: 'DISPUTE',
        channel: 'GRID_VISIT',
        text: '两户因院墙归属发生争执',
        reportedAt: reportedAt.toISOString(),
        raiseMatter: true,
      },
    },
    { as: workerA },
  );
  expect(result.data?.recordCreate.userErrors).toEqual([]);
  const matter = result.data?.recordCreate.matter;
  if (!matter) throw new Error('no matter');
  return matter;
}

async function run(name: string, input: Record<string, unknown>, as: TestCaller): Promise<ActionResult> {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const result = await t.gql<Record<string, ActionResult>>(action(name, inputType), { input }, { as });
  expect(result.errors).toBeUndefined();
  const payload = result.data?.[name];
  if (!payload) throw new Error(`no payload for ${name}`);
  return payload;
}

const personId = (id: string) => encodeGlobalID('Person', id);
const gridId = (code: string) => encodeGlobalID('Grid', code);

type Caller = (
  query: string,
  variables: Record<string, unknown>,
  as: TestCaller,
) => Promise<Record<string, ActionResult>>;

/** A second gateway on the test database with its own clock (and, if given, a wrapped client). */
async function sideGateway(options: { db: TestGateway['db']; clock: () => Date }): Promise<Caller> {
  const gateway = createGateway({
    db: options.db,
    verify: await verifierFromEnv({ GRASSROOTS_JWT_SECRET: TEST_SECRET }),
    clock: options.clock,
  });
  const secret = new TextEncoder().encode(TEST_SECRET);
  return async (query, variables, as) => {
    const response = await gateway.fetch('http://grassroots.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await mintToken(as, secret)}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, ActionResult>; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data ?? {};
  };
}

describe('recording 社情民意 (recordCreate)', () => {
  it('lets a grid worker record in their grid, naming the reporter, and opens a matter when asked', async () => {
    const result = await t.gql<RecordResult>(
      RECORD_CREATE,
      {
        input: {
          gridId: gridId(grid),
          category: 'REQUEST',
          channel: 'WALK_IN',
          reporterId: personId(residentId),
          text: '  请求修缮村道  ',
          raiseMatter: true,
        },
      },
      { as: workerA },
    );
    expect(result.errors).toBeUndefined();
    const created = result.data?.recordCreate;
    expect(created?.userErrors).toEqual([]);
    expect(created?.record).toMatchObject({ gridCode: grid, anonymous: false, grid: { code: grid } });
    expect(created?.matter).toMatchObject({ state: 'REPORTED', level: 'GRID', version: 1, open: true });
    const stored = await t.db.publicOpinionRecord.findFirstOrThrow({
      where: { reporterPersonId: residentId, reportedAt: TEST_NOW },
    });
    expect([stored.text, stored.villageCode, stored.townshipCode]).toEqual([
      '请求修缮村道',
      grid.slice(0, 12),
      grid.slice(0, 9),
    ]);
  });

  it('keeps an anonymous record without a reporter and without a matter unless asked', async () => {
    const result = await t.gql<RecordResult>(
      RECORD_CREATE,
      { input: { gridId: gridId(grid), category: 'OPINION', channel: 'HOTLINE', text: '希望增加公交班次' } },
      { as: workerA },
    );
    expect(result.data?.recordCreate.record).toMatchObject({ anonymous: true });
    expect(result.data?.recordCreate.matter).toBeNull();
  });

  it.each([
    ['a grid the worker does not serve', 'RECORD_FORBIDDEN', 'FORBIDDEN', { gridId: 'OTHER' }],
    ['a malformed grid code', 'RECORD_GRID_CODE', 'VALIDATION', { gridId: gridId('5425261') }],
    ['an id of another type as grid', 'RECORD_GRID_NOT_FOUND', 'NOT_FOUND', { gridId: personId('P-0') }],
    ['an empty text', 'RECORD_REQUIRED', 'VALIDATION', { text: '   ' }],
    ['a text over 2000 characters', 'RECORD_TEXT_TOO_LONG', 'VALIDATION', { text: '长'.repeat(2001) }],
    [
      'a reporter who does not exist',
      'RECORD_REPORTER_NOT_FOUND',
      'NOT_FOUND',
      { reporterId: personId('P-0') },
    ],
    [
      'an id of another type as reporter',
      'RECORD_REPORTER_NOT_FOUND',
      'NOT_FOUND',
      { reporterId: encodeGlobalID('Grid', '1') },
    ],
  ])(
    'refuses %s with %s (%s), writing nothing',
    async (_case, code, kind, change: Record<string, string>) => {
      const before = await t.db.publicOpinionRecord.count();
      const input = {
        gridId: gridId(grid),
        category: 'HAZARD',
        channel: 'GRID_VISIT',
        text: '电线老化',
        raiseMatter: true,
        ...change,
        ...(change.gridId === 'OTHER' ? { gridId: gridId(otherGrid) } : {}),
      };
      const result = await t.gql<RecordResult>(RECORD_CREATE, { input }, { as: workerA });
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordCreate.record).toBeNull();
      expect(result.data?.recordCreate.userErrors.map((e) => [e.code, e.kind])).toEqual([[code, kind]]);
      expect(await t.db.publicOpinionRecord.count()).toBe(before);
    },
  );

  it('refuses a grid ID with a well-formed code that names no grid with RECORD_GRID_NOT_FOUND', async () => {
    const result = await t.gql<RecordResult>(
      RECORD_CREATE,
      {
        input: {
          gridId: gridId(`${grid.slice(0, 12)}999`),
          category: 'HAZARD',
          channel: 'OTHER',
          text: '积水',
        },
      },
      { as: county },
    );
    expect(result.data?.recordCreate.userErrors).toMatchObject([
      { code: 'RECORD_GRID_NOT_FOUND', kind: 'NOT_FOUND', field: ['gridId'] },
    ]);
  });
});

describe('the matter cycle (上报 → 立案 → 派遣 → 受理 → 反馈 → 核查结案)', () => {
  it('runs a matter through the cycle, one event per action, and reopens it', async () => {
    const matter = await openMatter();
    const register = await run('matterRegister', { matterId: matter.id, expectedVersion: 1 }, chief);
    expect(register.userErrors).toEqual([]);
    expect(register.matter).toMatchObject({ state: 'REGISTERED', version: 2 });
    expect(register.event).toMatchObject({ kind: 'TRANSITION', action: 'REGISTER', version: 2 });
    const assign = await run(
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') },
      chief,
    );
    expect(assign.matter?.state).toBe('ASSIGNED');
    expect(assign.matter?.dueAt).not.toBeNull();
    const accept = await run('matterAccept', { matterId: matter.id }, workerA);
    expect(accept.matter?.state).toBe('IN_PROGRESS');
    const feedback = await run(
      'matterFeedbackSubmit',
      { matterId: matter.id, feedback: '已调解，双方签字' },
      workerA,
    );
    expect(feedback.matter?.state).toBe('FEEDBACK_SUBMITTED');
    const close = await run('matterClose', { matterId: matter.id }, chief);
    expect(close.matter).toMatchObject({
      state: 'CLOSED',
      open: false,
      open311Status: 'closed',
      dueAt: null,
      resolutionMinutes: 0,
      version: 6,
    });
    const reopen = await run('matterReopen', { matterId: matter.id, reason: '居民不满意' }, chief);
    expect(reopen.matter).toMatchObject({
      state: 'REOPENED',
      open: true,
      open311Status: 'open',
      resolutionMinutes: null,
    });
    const resume = await run('matterResume', { matterId: matter.id }, workerA);
    expect(resume.matter?.state).toBe('IN_PROGRESS');
    const seen = await t.gql<{ node: Record<string, unknown> }>(
      `query($id: ID!) { node(id: $id) { ... on Matter {
        assignee { id } handler { id } record { reporter { id } }
        events(first: 20) { totalCount edges { node { kind action fromState toState version actor { id } } } }
      } } }`,
      { id: matter.id },
      { as: county },
    );
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.node).toMatchObject({
      assignee: { id: personId(workerA.personId ?? '') },
      handler: { id: personId(workerA.personId ?? '') },
      record: { reporter: null },
      events: { totalCount: 8 },
    });
    // The timeline starts with the report (anonymous here, so nobody is named), then one event per action.
    const timeline =
      (seen.data?.node as { events?: { edges: { node: Record<string, unknown> }[] } } | undefined)?.events
        ?.edges ?? [];
    expect(timeline[0]?.node).toEqual({
      kind: 'REPORT',
      action: null,
      fromState: null,
      toState: 'REPORTED',
      version: 1,
      actor: null,
    });
    expect(timeline.slice(1).every((edge) => edge.node.kind === 'TRANSITION')).toBe(true);
    const own = await t.db.matterEvent.findMany({
      where: { matterId: decodeMatterId(matter.id) },
      orderBy: { version: 'asc' },
      select: { action: true, version: true },
    });
    expect(own.map((e) => e.action)).toEqual([
      null,
      'REGISTER',
      'ASSIGN',
      'ACCEPT',
      'SUBMIT_FEEDBACK',
      'CLOSE',
      'REOPEN',
      'RESUME',
    ]);
  });
});

describe('refused actions are typed userErrors and change nothing', () => {
  let reported: MatterView;
  let held: MatterView;

  beforeAll(async () => {
    reported = await openMatter();
    held = await openMatter();
    await run('matterRegister', { matterId: held.id }, chief);
    await run('matterAssign', { matterId: held.id, assigneeId: personId(chief.personId ?? '') }, chief);
    await run('matterAccept', { matterId: held.id }, chief);
  });

  const cases: [string, string, string, () => [string, Record<string, unknown>, TestCaller]][] = [
    [
      'a grid worker registering',
      'MATTER_FORBIDDEN',
      'FORBIDDEN',
      () => ['matterRegister', { matterId: reported.id }, workerA],
    ],
    [
      'a worker of another grid',
      'MATTER_NOT_FOUND',
      'NOT_FOUND',
      () => ['matterRegister', { matterId: reported.id }, outsider],
    ],
    [
      'an unknown matter',
      'MATTER_NOT_FOUND',
      'NOT_FOUND',
      () => ['matterRegister', { matterId: encodeGlobalID('Matter', 'M-x') }, chief],
    ],
    [
      'an id of another type',
      'MATTER_NOT_FOUND',
      'NOT_FOUND',
      () => ['matterRegister', { matterId: personId(residentId) }, chief],
    ],
    [
      'accepting a matter not yet dispatched',
      'MATTER_TRANSITION_REFUSED',
      'CONFLICT',
      () => ['matterAccept', { matterId: reported.id }, workerA],
    ],
    [
      'closing a matter not yet handled',
      'MATTER_TRANSITION_REFUSED',
      'CONFLICT',
      () => ['matterClose', { matterId: reported.id }, chief],
    ],
    [
      'rejecting without a reason',
      'MATTER_REASON_REQUIRED',
      'VALIDATION',
      () => ['matterReject', { matterId: reported.id, reason: '  ' }, chief],
    ],
    [
      'acting on a stale version',
      'MATTER_STALE_VERSION',
      'CONFLICT',
      () => ['matterRegister', { matterId: reported.id, expectedVersion: 7 }, chief],
    ],
    [
      'a caller whose token names no person (every event names who acted)',
      'MATTER_PERSON_REQUIRED',
      'FORBIDDEN',
      () => ['matterRegister', { matterId: reported.id }, { subject: 'x', grants: chief.grants }],
    ],
    [
      'assigning to nobody',
      'MATTER_ASSIGNEE_NOT_FOUND',
      'NOT_FOUND',
      () => ['matterAssign', { matterId: reported.id, assigneeId: personId('P-nobody') }, chief],
    ],
    [
      'feedback by someone other than the handler',
      'MATTER_NOT_HANDLER',
      'FORBIDDEN',
      () => ['matterFeedbackSubmit', { matterId: held.id, feedback: '已处理' }, workerA],
    ],
    [
      'empty feedback',
      'MATTER_FEEDBACK_REQUIRED',
      'VALIDATION',
      () => ['matterFeedbackSubmit', { matterId: held.id, feedback: '' }, chief],
    ],
    [
      'accepting a matter someone holds',
      'MATTER_ALREADY_ACCEPTED',
      'CONFLICT',
      () => ['matterAccept', { matterId: held.id }, township],
    ],
    [
      'escalating a matter not yet dispatched',
      'MATTER_NOT_ESCALATABLE',
      'CONFLICT',
      () => [
        'matterEscalate',
        { matterId: reported.id, reason: 'BEYOND_AUTHORITY', note: '涉及草场确权，需上级协调' },
        chief,
      ],
    ],
    [
      'escalating as overdue within the time limit',
      'MATTER_NOT_OVERDUE',
      'CONFLICT',
      () => [
        'matterEscalate',
        { matterId: held.id, reason: 'OVERDUE', note: '已催办，本级无法按期办结' },
        chief,
      ],
    ],
    [
      'a township officer handling at grid level',
      'MATTER_FORBIDDEN',
      'FORBIDDEN',
      () => ['matterResume', { matterId: held.id }, township],
    ],
  ];

  it.each(cases)('refuses %s with %s (%s)', async (_case, code, kind, make) => {
    const [name, input, as] = make();
    const before = {
      matters: await t.db.matter.findMany({ select: { id: true, version: true }, orderBy: { id: 'asc' } }),
      events: await t.db.matterEvent.count(),
    };
    const result = await run(name, input, as);
    expect(result.matter).toBeNull();
    expect(result.event).toBeNull();
    expect(result.userErrors.map((e) => [e.code, e.kind])).toEqual([[code, kind]]);
    expect(await t.db.matterEvent.count()).toBe(before.events);
    expect(
      await t.db.matter.findMany({ select: { id: true, version: true }, orderBy: { id: 'asc' } }),
    ).toEqual(before.matters);
  });

  it('refuses the handler checking their own work with MATTER_SELF_CHECK', async () => {
    const submitted = await run('matterFeedbackSubmit', { matterId: held.id, feedback: '已处理' }, chief);
    expect(submitted.userErrors).toEqual([]);
    const result = await run('matterClose', { matterId: held.id }, chief);
    expect(result.userErrors.map((e) => [e.code, e.kind])).toEqual([['MATTER_SELF_CHECK', 'FORBIDDEN']]);
  });
});

describe('two grid workers accepting the same matter at once', () => {
  /** Both accept the matter at once through `call`; checks that exactly one won and nothing was lost. */
  async function race(call: Caller) {
    const matter = await openMatter();
    await run('matterRegister', { matterId: matter.id }, chief);
    const assignee = personId(workerA.personId ?? '');
    const assigned = await run('matterAssign', { matterId: matter.id, assigneeId: assignee }, chief);
    const version = assigned.matter?.version ?? 0;
    const accept = (as: TestCaller) =>
      call(
        action('matterAccept', 'MatterAcceptInput'),
        { input: { matterId: matter.id, expectedVersion: version } },
        as,
      );
    t.resetQueries();
    // The assignee and their chief (on the assignee's behalf) race: one acceptance wins.
    const [a, b] = (await Promise.all([accept(workerA), accept(chief)])).map((data) => data.matterAccept);
    const results = [a, b] as ActionResult[];
    const winners = results.filter((result) => result.userErrors.length === 0);
    const losers = results.filter((result) => result.userErrors.length > 0);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0]?.userErrors).toMatchObject([{ code: 'MATTER_ALREADY_ACCEPTED', kind: 'CONFLICT' }]);
    expect(losers[0]?.matter).toBeNull();
    const stored = await t.db.matter.findUniqueOrThrow({
      where: { id: decodeMatterId(matter.id) },
      include: { events: true },
    });
    expect(stored.handlerId).toBe(workerA.personId);
    expect(stored.version).toBe(version + 1);
    expect(stored.events.filter((event) => event.action === 'ACCEPT')).toHaveLength(1);
    expect(stored.events.map((event) => event.version).sort((x, y) => x - y)).toEqual([1, 2, 3, 4]);
  }

  it('lets exactly one win; the other gets MATTER_ALREADY_ACCEPTED and nothing is lost', async () => {
    await race(async (query, variables, as) => {
      const result = await t.gql<Record<string, ActionResult>>(query, variables, { as });
      expect(result.errors).toBeUndefined();
      return result.data ?? {};
    });
  });

  it('holds when both read the same version before either writes: the update over it matches once', async () => {
    // Both requests wait after loading the matter until the other has loaded it too, so both decide on
    // the same version and the second write finds no row with it.
    let loaded = 0;
    let release: () => void = () => undefined;
    const bothLoaded = new Promise<void>((resolve) => {
      release = resolve;
    });
    const racing = t.db.$extends({
      query: {
        matter: {
          async findUnique({ args, query }) {
            const row = await query(args);
            loaded += 1;
            if (loaded === 2) release();
            if (loaded <= 2) await bothLoaded;
            return row;
          },
        },
      },
    }) as unknown as typeof t.db;
    const call = await sideGateway({ db: racing, clock: () => TEST_NOW });
    await race(call);
    expect(loaded).toBeGreaterThanOrEqual(2);
    // Two conditional updates ran; one matched and wrote its event, the other found the version gone.
    expect(t.queries.filter((sql) => sql.startsWith('UPDATE') && sql.includes('Matter'))).toHaveLength(2);
    expect(t.queries.filter((sql) => sql.startsWith('INSERT') && sql.includes('MatterEvent'))).toHaveLength(
      1,
    );
  });
});

describe('two gateways whose clocks disagree (issue 15)', () => {
  it('decide by the version alone: a request whose clock is behind the last change is not refused for its time', async () => {
    const matter = await openMatter();
    await run('matterRegister', { matterId: matter.id }, chief);
    const assigned = await run(
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') },
      chief,
    );
    // Another instance, its clock ten minutes ahead of this one, takes the acceptance.
    const ahead = new Date(TEST_NOW.getTime() + 10 * 60_000);
    const other = await sideGateway({ db: t.db, clock: () => ahead });
    const accepted = (
      await other(
        action('matterAccept', 'MatterAcceptInput'),
        { input: { matterId: matter.id, expectedVersion: assigned.matter?.version } },
        workerA,
      )
    ).matterAccept;
    expect(accepted?.userErrors).toEqual([]);
    // This instance, whose clock is behind the stored change, acts over the version it saw.
    const feedback = await run(
      'matterFeedbackSubmit',
      { matterId: matter.id, feedback: '已调解，双方签字', expectedVersion: accepted?.matter?.version },
      workerA,
    );
    expect(feedback.userErrors).toEqual([]);
    expect(feedback.matter?.state).toBe('FEEDBACK_SUBMITTED');
    // The change is dated no earlier than the one it follows, so the timeline stays in order.
    const events = await t.db.matterEvent.findMany({
      where: { matterId: decodeMatterId(matter.id) },
      orderBy: { version: 'asc' },
    });
    expect(events.slice(-2).map((event) => [event.action, event.at])).toEqual([
      ['ACCEPT', ahead],
      ['SUBMIT_FEEDBACK', ahead],
    ]);
    // A version that has moved on is still refused, as a conflict.
    const stale = await run(
      'matterClose',
      { matterId: matter.id, expectedVersion: accepted?.matter?.version },
      chief,
    );
    expect(stale.userErrors).toMatchObject([{ code: 'MATTER_STALE_VERSION', kind: 'CONFLICT' }]);
  });
});

describe('escalation on the working calendar (分级上报)', () => {
  // A gateway whose clock the test moves: the time limits are counted in working days of 改则县's
  // calendar, where Sunday 27 April 2025 is worked and 1–5 May is the Labour Day holiday.
  let now = new Date('2025-04-25T02:00:00Z');
  let gql: Caller;

  beforeAll(async () => {
    gql = await sideGateway({ db: t.db, clock: () => now });
  });

  const at = async (instant: string, name: string, input: Record<string, unknown>, as: TestCaller) => {
    now = new Date(instant);
    const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const data = await gql(action(name, inputType), { input }, as);
    const payload = data[name];
    if (!payload) throw new Error(`no payload for ${name}`);
    return payload;
  };

  it('crosses an adjusted working day at grid level and the Labour Day holiday at village level', async () => {
    const calendar = calendarForRegion(grid);
    expect(dayKind(calendar, '2025-04-27' as CalendarDate)).toEqual({ ok: true, value: 'ADJUSTED_WORKDAY' });
    expect(dayKind(calendar, '2025-05-01' as CalendarDate)).toEqual({ ok: true, value: 'HOLIDAY' });

    const matter = await openMatter(new Date('2025-04-24T03:00:00Z'));
    await at('2025-04-25T01:00:00Z', 'matterRegister', { matterId: matter.id }, chief);
    // Dispatched Friday 25 April (Shanghai): 3 working days are Sun 27 (worked), Mon 28, Tue 29.
    const assigned = await at(
      '2025-04-25T02:00:00Z',
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') },
      chief,
    );
    expect(assigned.matter).toMatchObject({
      level: 'GRID',
      dueAt: '2025-04-29T16:00:00.000Z',
      overdue: false,
    });

    const early = await at(
      '2025-04-29T15:59:59Z',
      'matterEscalate',
      { matterId: matter.id, reason: 'OVERDUE', note: '已催办，本级无法按期办结' },
      workerA,
    );
    expect(early.userErrors).toMatchObject([{ code: 'MATTER_NOT_OVERDUE', kind: 'CONFLICT' }]);

    // At midnight after Tuesday the grid's time is up: the worker decides to move it to the village.
    const rose = await at(
      '2025-04-29T16:00:00Z',
      'matterEscalate',
      { matterId: matter.id, reason: 'OVERDUE', note: '已催办，本级无法按期办结' },
      workerA,
    );
    expect(rose.userErrors).toEqual([]);
    expect(rose.event).toMatchObject({
      kind: 'ESCALATION',
      reason: 'OVERDUE',
    });
    // The village starts Wednesday 30 April; 1–5 May are holidays, so its 5 working days are 6–9 and 12 May.
    expect(rose.matter).toMatchObject({
      level: 'VILLAGE',
      state: 'ASSIGNED',
      dueAt: '2025-05-12T16:00:00.000Z',
    });

    // Grid staff do not act on what rose above the grid; the township does.
    const gridWorker = await at('2025-05-06T02:00:00Z', 'matterAccept', { matterId: matter.id }, workerA);
    expect(gridWorker.userErrors).toMatchObject([{ code: 'MATTER_FORBIDDEN', kind: 'FORBIDDEN' }]);
    const stillDue = await at(
      '2025-05-12T15:59:00Z',
      'matterEscalate',
      { matterId: matter.id, reason: 'OVERDUE', note: '已催办，本级无法按期办结' },
      township,
    );
    expect(stillDue.userErrors).toMatchObject([{ code: 'MATTER_NOT_OVERDUE' }]);
    const township2 = await at(
      '2025-05-12T16:00:00Z',
      'matterEscalate',
      { matterId: matter.id, reason: 'OVERDUE', note: '已催办，本级无法按期办结' },
      township,
    );
    expect(township2.matter).toMatchObject({ level: 'TOWNSHIP', state: 'ASSIGNED' });

    const events = await t.db.matterEvent.findMany({
      where: { matterId: decodeMatterId(matter.id), kind: 'ESCALATION' },
      orderBy: { version: 'asc' },
    });
    expect(events.map((e) => [e.fromLevel, e.toLevel, e.reason, e.at.toISOString()])).toEqual([
      ['GRID', 'VILLAGE', 'OVERDUE', '2025-04-29T16:00:00.000Z'],
      ['VILLAGE', 'TOWNSHIP', 'OVERDUE', '2025-05-12T16:00:00.000Z'],
    ]);
    expect(events.map((e) => e.actorId)).toEqual([workerA.personId, township.personId]);
  });

  it('lets the county take a matter to the top and no further', async () => {
    const matter = await openMatter(new Date('2025-06-01T03:00:00Z'));
    await at('2025-06-03T01:00:00Z', 'matterRegister', { matterId: matter.id }, chief);
    await at(
      '2025-06-03T01:10:00Z',
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(chief.personId ?? '') },
      chief,
    );
    const up = [
      await at(
        '2025-06-03T02:00:00Z',
        'matterEscalate',
        { matterId: matter.id, reason: 'BEYOND_AUTHORITY', note: '涉及草场确权，需上级协调' },
        chief,
      ),
      await at(
        '2025-06-03T03:00:00Z',
        'matterEscalate',
        { matterId: matter.id, reason: 'BEYOND_AUTHORITY', note: '涉及草场确权，需上级协调' },
        township,
      ),
      await at(
        '2025-06-03T04:00:00Z',
        'matterEscalate',
        { matterId: matter.id, reason: 'BEYOND_AUTHORITY', note: '涉及草场确权，需上级协调' },
        township,
      ),
    ];
    expect(up.map((r) => r.matter?.level)).toEqual(['VILLAGE', 'TOWNSHIP', 'COUNTY']);
    const top = await at(
      '2025-06-03T05:00:00Z',
      'matterEscalate',
      { matterId: matter.id, reason: 'BEYOND_AUTHORITY', note: '涉及草场确权，需上级协调' },
      county,
    );
    expect(top.userErrors).toMatchObject([{ code: 'MATTER_TOP_LEVEL', kind: 'CONFLICT' }]);
    const accepted = await at('2025-06-03T06:00:00Z', 'matterAccept', { matterId: matter.id }, county);
    expect(accepted.matter).toMatchObject({ level: 'COUNTY', state: 'IN_PROGRESS' });
  });
});

describe('matters the Fengqiao way (枫桥经验)', () => {
  // Another gateway whose clock the test moves, in September 2025 (no holiday in 改则县's calendar),
  // so that worker A's matters of that month are exactly the ones below.
  let now = new Date('2025-09-08T01:00:00Z');
  let gql: Caller;
  const EVENTS = 'events(first: 20) { edges { node { kind action stage reason toLevel subject { id } } } }';

  beforeAll(async () => {
    gql = await sideGateway({ db: t.db, clock: () => now });
  });

  const at = async (instant: string, name: string, input: Record<string, unknown>, as: TestCaller) => {
    now = new Date(instant);
    const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
    const data = await gql(action(name, inputType), { input }, as);
    const payload = data[name];
    if (!payload) throw new Error(`no payload for ${name}`);
    return payload;
  };

  interface Raised {
    readonly id: string;
    readonly state: string;
    readonly level: string;
    readonly nature: string;
    readonly subType: string;
    readonly headCount: number;
  }

  /** Records a dispute in the grid as worker A at `instant`, raising a matter with `details`. */
  const record = async (instant: string, details: Record<string, unknown> = {}): Promise<Raised> => {
    now = new Date(instant);
    const data = (await gql(
      /* GraphQL */ `
        mutation Record($input: RecordCreateInput!) {
          recordCreate(input: $input) {
            matter { id state level nature subType headCount }
            userErrors { code kind field }
          }
        }
      `,
      {
        input: {
          gridId: gridId(grid),
          category: 'DISPUTE',
          channel: 'GRID_VISIT',
          text: '牧户之间因草场边界争执',
          raiseMatter: true,
          matter: details,
        },
      },
      workerA,
    )) as unknown as { recordCreate: { matter: Raised | null; userErrors: UserError[] } };
    expect(data.recordCreate.userErrors).toEqual([]);
    if (!data.recordCreate.matter) throw new Error('no matter');
    return data.recordCreate.matter;
  };

  type Timeline = {
    node: {
      state: string;
      level: string;
      open: boolean;
      overdue: boolean;
      supervision: string | null;
      satisfaction: string | null;
      allowedActions: string[];
      events: {
        edges: {
          node: {
            kind: string;
            action: string | null;
            stage: string | null;
            reason: string | null;
            toLevel: string | null;
            subject: { id: string } | null;
          };
        }[];
      };
    };
  };
  /** The matter's events, oldest first. */
  const eventsOf = (seen: Timeline['node']) => seen.events.edges.map((edge) => edge.node);
  const timeline = async (id: string, as: TestCaller): Promise<Timeline['node']> => {
    const data = (await gql(
      `query ($id: ID!) { node(id: $id) { ... on Matter { state level open overdue supervision satisfaction allowedActions ${EVENTS} } } }`,
      { id },
      as,
    )) as unknown as Timeline;
    return data.node;
  };

  const handled: { onTime: number; late: number; satisfied: number; calledBack: number } = {
    onTime: 0,
    late: 0,
    satisfied: 0,
    calledBack: 0,
  };

  it('settles a matter on the spot in one step: reported to closed by the grid worker, the clock started and stopped', async () => {
    const matter = await record('2025-09-08T01:00:00Z', { subType: 'NEIGHBOUR' });
    const settled = await at(
      '2025-09-08T01:30:00Z',
      'matterSettleOnTheSpot',
      { matterId: matter.id, feedback: '当场调解，双方达成一致' },
      workerA,
    );
    expect(settled.userErrors).toEqual([]);
    expect(settled.matter).toMatchObject({ state: 'CLOSED', version: 2, open: false, resolutionMinutes: 30 });
    expect(settled.event).toMatchObject({ kind: 'TRANSITION', action: 'SETTLE_ON_THE_SPOT', version: 2 });
    handled.onTime += 1;
  });

  it('raises warning, reminder and supervision against the handler when time runs out, and never moves the matter', async () => {
    const matter = await record('2025-09-08T01:00:00Z', { subType: 'WAGES', urgency: 'URGENT' });
    await at('2025-09-08T01:10:00Z', 'matterRegister', { matterId: matter.id }, chief);
    await at(
      '2025-09-08T01:20:00Z',
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') },
      chief,
    );
    const accepted = await at('2025-09-08T01:30:00Z', 'matterAccept', { matterId: matter.id }, workerA);
    // Dispatched Monday 8 September: the grid's 3 working days are 9, 10 and 11 September.
    expect(accepted.matter).toMatchObject({ dueAt: '2025-09-11T16:00:00.000Z', overdue: false });

    const early = await at('2025-09-09T02:00:00Z', 'matterSupervise', { matterId: matter.id }, chief);
    expect(early).toMatchObject({ matter: null, event: null, userErrors: [] });
    // One working day left (the end of Wednesday 10th): a warning.
    const warned = await at('2025-09-11T02:00:00Z', 'matterSupervise', { matterId: matter.id }, chief);
    expect(warned.matter).toMatchObject({ state: 'IN_PROGRESS', level: 'GRID' });
    // A week later the reminder (end of Thursday 11th) and supervision (two working days after) are due.
    const late = await at('2025-09-18T02:00:00Z', 'matterSupervise', { matterId: matter.id }, chief);
    expect(late.userErrors).toEqual([]);
    expect(late.matter).toMatchObject({ state: 'IN_PROGRESS', level: 'GRID', overdue: true });

    const seen = await timeline(matter.id, chief);
    expect(seen.supervision).toBe('SUPERVISION');
    const stages = eventsOf(seen).filter((event) => event.kind === 'SUPERVISION');
    expect(stages.map((event) => event.stage)).toEqual(['WARNING', 'REMINDER', 'SUPERVISION']);
    expect(stages.every((event) => event.subject?.id === personId(workerA.personId ?? ''))).toBe(true);
    expect(eventsOf(seen).some((event) => event.kind === 'ESCALATION')).toBe(false);
    // Checking again raises nothing more.
    const again = await at('2025-09-19T02:00:00Z', 'matterSupervise', { matterId: matter.id }, chief);
    expect(again).toMatchObject({ matter: null, event: null, userErrors: [] });

    const done = await at(
      '2025-09-19T03:00:00Z',
      'matterFeedbackSubmit',
      { matterId: matter.id, feedback: '已督促企业结清工资' },
      workerA,
    );
    expect(done.userErrors).toEqual([]);
    handled.late += 1;
  });

  it('reports a collective matter upward at once, straight to the township, and a stability-related one to the county', async () => {
    const collective = await record('2025-09-08T03:00:00Z', {
      subType: 'GRASSLAND_BOUNDARY',
      nature: 'COLLECTIVE',
      headCount: 34,
      parties: 2,
      place: '两村交界处的冬季草场',
    });
    expect(collective).toMatchObject({
      level: 'TOWNSHIP',
      state: 'REPORTED',
      nature: 'COLLECTIVE',
      headCount: 34,
    });
    const seen = await timeline(collective.id, township);
    expect(eventsOf(seen).map((event) => [event.kind, event.reason, event.toLevel])).toEqual([
      ['REPORT', null, null],
      ['ESCALATION', 'COLLECTIVE', 'TOWNSHIP'],
    ]);
    // The grid no longer registers it; the township does (or settles it there and then).
    expect(seen.allowedActions).toEqual(['REGISTER', 'REJECT', 'SETTLE_ON_THE_SPOT']);
    const gridView = await timeline(collective.id, workerA);
    expect(gridView.allowedActions).toEqual([]);

    const ordinary = await record('2025-09-08T03:10:00Z');
    expect(ordinary.level).toBe('GRID');
    const moved = await at(
      '2025-09-08T03:20:00Z',
      'matterEscalate',
      { matterId: ordinary.id, reason: 'STABILITY', note: '有人串联聚集，涉稳' },
      workerA,
    );
    expect(moved.userErrors).toEqual([]);
    expect(moved.event).toMatchObject({ kind: 'ESCALATION', reason: 'STABILITY' });
    expect(moved.matter).toMatchObject({ level: 'COUNTY', state: 'REPORTED' });
  });

  it('closes the cycle with a callback rated by the resident and an evaluation', async () => {
    const matter = await record('2025-09-09T01:00:00Z', { subType: 'FAMILY' });
    await at('2025-09-09T01:10:00Z', 'matterRegister', { matterId: matter.id }, chief);
    await at(
      '2025-09-09T01:20:00Z',
      'matterAssign',
      { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') },
      chief,
    );
    await at('2025-09-09T01:30:00Z', 'matterAccept', { matterId: matter.id }, workerA);
    const suspended = await at(
      '2025-09-09T02:00:00Z',
      'matterSuspend',
      { matterId: matter.id, reason: '当事人外出转场' },
      workerA,
    );
    expect(suspended.matter).toMatchObject({ state: 'SUSPENDED', dueAt: null });
    await at('2025-09-10T02:00:00Z', 'matterResume', { matterId: matter.id }, workerA);
    await at(
      '2025-09-10T03:00:00Z',
      'matterFeedbackSubmit',
      { matterId: matter.id, feedback: '调解成功' },
      workerA,
    );
    await at('2025-09-10T04:00:00Z', 'matterClose', { matterId: matter.id }, chief);
    const selfCall = await at(
      '2025-09-11T02:00:00Z',
      'matterCallBack',
      { matterId: matter.id, satisfaction: 'SATISFIED' },
      workerA,
    );
    expect(selfCall.userErrors.map((e) => e.code)).toEqual(['MATTER_FORBIDDEN']);
    const called = await at(
      '2025-09-11T02:10:00Z',
      'matterCallBack',
      { matterId: matter.id, satisfaction: 'SATISFIED', note: '很满意' },
      chief,
    );
    expect(called.userErrors).toEqual([]);
    expect(called.matter).toMatchObject({ state: 'CALLED_BACK', open: false });
    const evaluated = await at(
      '2025-09-12T02:00:00Z',
      'matterEvaluate',
      { matterId: matter.id, note: '处置及时，回访满意' },
      chief,
    );
    expect(evaluated.matter).toMatchObject({ state: 'EVALUATED', open: false, open311Status: 'closed' });
    const seen = await timeline(matter.id, chief);
    expect(seen).toMatchObject({ satisfaction: 'SATISFIED', allowedActions: [] });
    handled.onTime += 1;
    handled.satisfied += 1;
    handled.calledBack += 1;
  });

  it('computes the worker’s assessment from the matters they handled: on time, and satisfied callbacks', async () => {
    const assignment = await t.db.staffAssignment.findFirstOrThrow({
      where: { personId: workerA.personId ?? '', gridCode: grid, role: 'GRID_WORKER' },
    });
    now = new Date('2025-10-09T02:00:00Z');
    const data = (await gql(
      /* GraphQL */ `
        mutation Assess($input: AssessmentRecordInput!) {
          assessmentRecord(input: $input) {
            assessment { components { tasksOnTime satisfaction } }
            userErrors { code kind field }
          }
        }
      `,
      {
        input: {
          staffAssignmentId: encodeGlobalID('StaffAssignment', assignment.id),
          periodFrom: '2025-09-01',
          periodTo: '2025-09-30',
        },
      },
      county,
    )) as unknown as {
      assessmentRecord: {
        assessment: { components: { tasksOnTime: number; satisfaction: number } } | null;
        userErrors: UserError[];
      };
    };
    expect(data.assessmentRecord.userErrors).toEqual([]);
    // Three matters handled in September, one of them after a reminder; one callback, satisfied.
    expect(handled).toEqual({ onTime: 2, late: 1, satisfied: 1, calledBack: 1 });
    expect(data.assessmentRecord.assessment?.components).toEqual({
      tasksOnTime: ratioToScore({ part: 2, whole: 3 }),
      satisfaction: ratioToScore({ part: 1, whole: 1 }),
    });
  });
});

function decodeMatterId(globalId: string): string {
  return Buffer.from(globalId, 'base64')
    .toString('utf8')
    .replace(/^Matter:/, '');
}

describe('who accepts a matter (issue 9, defects 5 and 9)', () => {
  async function assignedTo(assignee: TestCaller): Promise<MatterView> {
    const matter = await openMatter();
    await run('matterRegister', { matterId: matter.id }, chief);
    await run('matterAssign', { matterId: matter.id, assigneeId: personId(assignee.personId ?? '') }, chief);
    return matter;
  }

  it('refuses a worker who is not the assignee with MATTER_NOT_ASSIGNEE, changing nothing', async () => {
    const matter = await assignedTo(workerA);
    const result = await run('matterAccept', { matterId: matter.id }, workerB);
    expect(result.matter).toBeNull();
    expect(result.userErrors.map((e) => [e.code, e.kind])).toEqual([['MATTER_NOT_ASSIGNEE', 'FORBIDDEN']]);
    const stored = await t.db.matter.findUniqueOrThrow({ where: { id: decodeMatterId(matter.id) } });
    expect([stored.state, stored.handlerId]).toEqual(['ASSIGNED', null]);
  });

  it('lets the chief accept on the assignee’s behalf: the assignee handles, the event names both', async () => {
    const matter = await assignedTo(workerA);
    const result = await run('matterAccept', { matterId: matter.id }, chief);
    expect(result.userErrors).toEqual([]);
    expect(result.matter?.state).toBe('IN_PROGRESS');
    const stored = await t.db.matter.findUniqueOrThrow({
      where: { id: decodeMatterId(matter.id) },
      include: { events: { where: { action: 'ACCEPT' } } },
    });
    expect(stored.handlerId).toBe(workerA.personId);
    expect(stored.events.map((e) => [e.actorId, e.detail])).toEqual([[chief.personId, workerA.personId]]);
    // Through the API the assignee is a Person with a global ID; the stored id never shows.
    const seen = await t.gql<{
      node: {
        events: { edges: { node: { action: string; assignee: { id: string } | null; detail: null } }[] };
      };
    }>(
      `query($id: ID!) { node(id: $id) { ... on Matter {
        events(first: 20) { edges { node { action assignee { id } detail } } }
      } } }`,
      { id: matter.id },
      { as: county },
    );
    expect(
      seen.data?.node.events.edges
        .filter((e) => e.node.action === 'ASSIGN' || e.node.action === 'ACCEPT')
        .map((e) => e.node),
    ).toEqual([
      { action: 'ASSIGN', assignee: { id: personId(workerA.personId ?? '') }, detail: null },
      { action: 'ACCEPT', assignee: { id: personId(workerA.personId ?? '') }, detail: null },
    ]);
    // The assignee carries the work on.
    const feedback = await run('matterFeedbackSubmit', { matterId: matter.id, feedback: '已处理' }, workerA);
    expect(feedback.userErrors).toEqual([]);
  });

  it('answers a successful acceptance with no errors, the handler’s name included', async () => {
    const matter = await assignedTo(workerA);
    const result = await t.gql<{ matterAccept: { matter: Record<string, unknown>; userErrors: unknown[] } }>(
      `mutation($input: MatterAcceptInput!) { matterAccept(input: $input) {
        matter { state handler { id nameZh name citizenId } assignee { nameZh }
          record { reporter { nameZh } } }
        userErrors { code }
      } }`,
      { input: { matterId: matter.id } },
      { as: workerA },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.matterAccept.userErrors).toEqual([]);
    expect(result.data?.matterAccept.matter).toMatchObject({
      state: 'IN_PROGRESS',
      handler: { id: personId(workerA.personId ?? '') },
    });
    const handler = result.data?.matterAccept.matter.handler as { nameZh?: unknown } | undefined;
    expect(typeof handler?.nameZh).toBe('string');
  });
});

describe('the actions offered to the caller (issue 10: allowedActions computed by core for the caller)', () => {
  const OFFERED = /* GraphQL */ `
    query Offered($id: ID!) { node(id: $id) { ... on Matter { state allowedActions } } }
  `;
  const offered = async (matter: MatterView, as: TestCaller): Promise<string[]> => {
    const result = await t.gql<{ node: { allowedActions: string[] } | null }>(
      OFFERED,
      { id: matter.id },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.node?.allowedActions ?? [];
  };

  it('offers registering and rejecting a report to the chief, never to a grid worker, who may settle it on the spot', async () => {
    const matter = await openMatter();
    expect(await offered(matter, chief)).toEqual(['REGISTER', 'REJECT', 'SETTLE_ON_THE_SPOT']);
    expect(await offered(matter, workerA)).toEqual(['SETTLE_ON_THE_SPOT']);
    expect(await offered(matter, township)).toEqual(['REGISTER', 'REJECT']);
    // And the mutation agrees with what the worker was (not) offered.
    const refused = await run('matterRegister', { matterId: matter.id }, workerA);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['MATTER_FORBIDDEN']);
  });

  it('offers acceptance to the assignee and to the chief on their behalf, not to another worker', async () => {
    const matter = await openMatter();
    await run('matterRegister', { matterId: matter.id }, chief);
    await run('matterAssign', { matterId: matter.id, assigneeId: personId(workerA.personId ?? '') }, chief);
    expect(await offered(matter, workerA)).toEqual(['ACCEPT', 'RETURN']);
    expect(await offered(matter, workerB)).toEqual([]);
    expect(await offered(matter, chief)).toEqual(['ASSIGN', 'ACCEPT', 'EXTEND']);
    const refused = await run('matterAccept', { matterId: matter.id }, workerB);
    expect(refused.userErrors.map((e) => e.code)).toEqual(['MATTER_NOT_ASSIGNEE']);
    const accepted = await run('matterAccept', { matterId: matter.id }, workerA);
    expect(accepted.userErrors).toEqual([]);
    // Now only the handler reports back; the chief waits for the feedback to check it.
    expect(await offered(matter, workerA)).toEqual(['SUBMIT_FEEDBACK', 'SUSPEND']);
    expect(await offered(matter, workerB)).toEqual([]);
    expect(await offered(matter, chief)).toEqual(['EXTEND']);
    await run('matterFeedbackSubmit', { matterId: matter.id, feedback: '已处理' }, workerA);
    expect(await offered(matter, chief)).toEqual(['CLOSE', 'REOPEN']);
    expect(await offered(matter, workerA)).toEqual([]);
  });

  it('offers nothing to a caller whose token names no person, as every action is recorded under one', async () => {
    const matter = await openMatter();
    const { personId: _none, ...nobody } = chief;
    expect(await offered(matter, { ...nobody, subject: 'chief-without-person' })).toEqual([]);
  });

  it('lists only actions the mutations then allow, for the chief, a worker and the township', async () => {
    const matter = await openMatter();
    for (const caller of [workerA, township, chief]) {
      const actions = await offered(matter, caller);
      if (actions.includes('REGISTER')) {
        const done = await run('matterRegister', { matterId: matter.id }, caller);
        expect(done.userErrors).toEqual([]);
        break;
      }
    }
    const stored = await t.db.matter.findUniqueOrThrow({ where: { id: decodeMatterId(matter.id) } });
    expect(stored.state).toBe('REGISTERED');
  });
});

describe('the report that opens every timeline (issue 10)', () => {
  it('is stored with the matter, by the named reporter, at the record’s time', async () => {
    const result = await t.gql<RecordResult>(
      RECORD_CREATE,
      {
        input: {
          gridId: gridId(grid),
          category: 'HAZARD',
          channel: 'WALK_IN',
          reporterId: personId(residentId),
          text: '桥面护栏松动',
          raiseMatter: true,
        },
      },
      { as: workerA },
    );
    const matter = result.data?.recordCreate.matter;
    if (!matter) throw new Error('no matter');
    const events = await t.db.matterEvent.findMany({ where: { matterId: decodeMatterId(matter.id) } });
    expect(events).toMatchObject([
      { version: 1, kind: 'REPORT', fromState: null, toState: 'REPORTED', actorId: residentId, at: TEST_NOW },
    ]);
  });
});

describe('record times (issue 9, defect 8)', () => {
  it('refuses a reportedAt in the future with RECORD_TIME, writing nothing', async () => {
    const before = await t.db.publicOpinionRecord.count();
    for (const reportedAt of [
      '2030-01-01T00:00:00Z',
      new Date(TEST_NOW.getTime() + 6 * 60_000).toISOString(),
    ]) {
      const result = await t.gql<RecordResult>(
        RECORD_CREATE,
        { input: { gridId: gridId(grid), category: 'HAZARD', channel: 'OTHER', text: '积水', reportedAt } },
        { as: workerA },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.recordCreate.record).toBeNull();
      expect(result.data?.recordCreate.userErrors).toMatchObject([
        { code: 'RECORD_TIME', kind: 'VALIDATION', field: ['reportedAt'] },
      ]);
    }
    expect(await t.db.publicOpinionRecord.count()).toBe(before);
    const skewed = await t.gql<RecordResult>(
      RECORD_CREATE,
      {
        input: {
          gridId: gridId(grid),
          category: 'HAZARD',
          channel: 'OTHER',
          text: '积水',
          reportedAt: new Date(TEST_NOW.getTime() + 4 * 60_000).toISOString(),
        },
      },
      { as: workerA },
    );
    expect(skewed.data?.recordCreate.userErrors).toEqual([]);
  });
});

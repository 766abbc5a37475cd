// Routing a matter to a functional department (职能部门, issue 16): from the township up a dispatcher
// sends a matter by its nature to 司法所, 派出所, 民政 or 卫健 instead of a person; then only that
// department's officers covering the matter accept and handle it, and they read those matters only.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

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
  readonly department: string | null;
  readonly departmentLabel: string | null;
  readonly suggestedDepartment: string | null;
  readonly allowedActions: string[];
}

interface ActionResult {
  readonly matter: MatterView | null;
  readonly event: { action: string | null; department: string | null; detail: string | null } | null;
  readonly userErrors: UserError[];
}

const MATTER_FIELDS =
  'id state level version department departmentLabel(locale: BO) suggestedDepartment allowedActions';
const RESULT = `matter { ${MATTER_FIELDS} } event { action department detail } userErrors { code kind field }`;

let t: TestGateway;
let grid: string;
let township: string;
let chief: TestCaller;
let worker: TestCaller;
let officer: TestCaller;
let mediator: TestCaller;
let countyMediator: TestCaller;
let policeman: TestCaller;
let otherMediator: TestCaller;

const GERZE = '542526';

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  const urban = await t.db.grid.findFirstOrThrow({ where: { kind: 'URBAN' }, orderBy: { code: 'asc' } });
  grid = urban.code;
  township = grid.slice(0, 9);
  const staff = await t.db.staffAssignment.findMany({
    where: { gridCode: grid, role: { in: ['GRID_CHIEF', 'GRID_WORKER'] } },
    orderBy: { id: 'asc' },
  });
  const chiefRow = staff.find((row) => row.role === 'GRID_CHIEF');
  const workerRow = staff.find((row) => row.role === 'GRID_WORKER');
  if (!chiefRow || !workerRow) throw new Error(`grid ${grid} lacks a chief or a worker`);
  chief = { subject: 'chief', personId: chiefRow.personId, grants: [{ role: 'GRID_CHIEF', region: grid }] };
  worker = {
    subject: 'worker',
    personId: workerRow.personId,
    grants: [{ role: 'GRID_WORKER', region: grid }],
  };
  const cadre = await t.db.matterHandler.findFirstOrThrow({
    where: { level: 'TOWNSHIP', regionCode: township, department: null },
    orderBy: { personId: 'asc' },
  });
  officer = {
    subject: 'township',
    personId: cadre.personId,
    grants: [{ role: 'TOWNSHIP_OFFICER', region: township }],
  };
  // The departments' officers are the fixtures' own (MatterHandler rows naming a department), signed
  // in with their department's role over their township or the county.
  const officerOf = async (department: string, regionCode: string, role: TestCaller['grants'][0]['role']) => {
    const row = await t.db.matterHandler.findFirstOrThrow({ where: { department, regionCode } });
    return {
      subject: `${department}@${regionCode}`,
      personId: row.personId,
      grants: [{ role, region: regionCode }],
    };
  };
  mediator = await officerOf('JUSTICE', township, 'JUSTICE_OFFICER');
  countyMediator = await officerOf('JUSTICE', GERZE, 'JUSTICE_OFFICER');
  policeman = await officerOf('PUBLIC_SECURITY', township, 'POLICE_OFFICER');
  const elsewhere = await t.db.matterHandler.findFirstOrThrow({
    where: { department: 'JUSTICE', level: 'TOWNSHIP', regionCode: { not: township } },
  });
  otherMediator = await officerOf('JUSTICE', elsewhere.regionCode, 'JUSTICE_OFFICER');
});
afterAll(() => t.close());

async function run(name: string, input: Record<string, unknown>, as: TestCaller): Promise<ActionResult> {
  const inputType = `${name[0]?.toUpperCase()}${name.slice(1)}Input`;
  const result = await t.gql<Record<string, ActionResult>>(
    `mutation Act($input: ${inputType}!) { ${name}(input: $input) { ${RESULT} } }`,
    { input },
    { as },
  );
  expect(result.errors).toBeUndefined();
  const payload = result.data?.[name];
  if (!payload) throw new Error(`no payload for ${name}`);
  return payload;
}

/**
 * A grassland-boundary dispute recorded by the grid worker. A collective one is reported at once to
 * the township (群体性事件报乡镇) and registered there; an ordinary one stays at the grid, registered.
 */
async function registeredDispute(nature: 'ORDINARY' | 'COLLECTIVE'): Promise<MatterView> {
  const created = await t.gql<{ recordCreate: { matter: MatterView | null; userErrors: UserError[] } }>(
    /* GraphQL */ `
      mutation Record($input: RecordCreateInput!) {
        recordCreate(input: $input) { matter { ${MATTER_FIELDS} } userErrors { code kind field } }
      }
    `,
    {
      input: {
        gridId: encodeGlobalID('Grid', grid),
        category: 'DISPUTE',
        channel: 'GRID_VISIT',
        text: '两户牧民因草场边界划分发生争执',
        raiseMatter: true,
        matter: {
          subType: 'GRASSLAND_BOUNDARY',
          nature,
          parties: 2,
          headCount: nature === 'ORDINARY' ? 2 : 12,
        },
      },
    },
    { as: worker },
  );
  expect(created.data?.recordCreate.userErrors).toEqual([]);
  const matter = created.data?.recordCreate.matter;
  if (!matter) throw new Error('no matter');
  const registrar = matter.level === 'TOWNSHIP' ? officer : chief;
  const registered = await run('matterRegister', { matterId: matter.id }, registrar);
  expect(registered.userErrors).toEqual([]);
  return registered.matter as MatterView;
}

async function routedDispute(): Promise<MatterView> {
  const matter = await registeredDispute('COLLECTIVE');
  const routed = await run(
    'matterRouteToDepartment',
    {
      matterId: matter.id,
      department: 'JUSTICE',
      reason: '草场边界纠纷，交司法所人民调解',
      expectedVersion: matter.version,
    },
    officer,
  );
  expect(routed.userErrors).toEqual([]);
  return routed.matter as MatterView;
}

async function nodeAs(id: string, as: TestCaller) {
  const result = await t.gql<{ node: (MatterView & { record: { text: string } | null }) | null }>(
    `query ($id: ID!) { node(id: $id) { ... on Matter { ${MATTER_FIELDS} record { text } grid { code }
        events(first: 10) { edges { node { action department detail } } } } } }`,
    { id },
    { as },
  );
  expect(result.errors).toBeUndefined();
  return result.data?.node ?? null;
}

describe('matterRouteToDepartment (分派职能部门)', () => {
  it('proposes the department by the matter’s nature, and routes it there at township level with the reason', async () => {
    const matter = await registeredDispute('COLLECTIVE');
    expect(matter).toMatchObject({ level: 'TOWNSHIP', state: 'REGISTERED', department: null });
    expect(matter.suggestedDepartment).toBe('JUSTICE');
    expect(matter.allowedActions).toEqual(['ASSIGN', 'ROUTE']);
    const routed = await run(
      'matterRouteToDepartment',
      { matterId: matter.id, department: 'JUSTICE', reason: '草场边界纠纷，交司法所人民调解' },
      officer,
    );
    expect(routed.userErrors).toEqual([]);
    expect(routed.matter).toMatchObject({
      state: 'ASSIGNED',
      level: 'TOWNSHIP',
      department: 'JUSTICE',
      departmentLabel: 'ཁྲིམས་བདག་ལས་ཁུངས།',
      version: matter.version + 1,
    });
    expect(routed.event).toEqual({
      action: 'ROUTE',
      department: 'JUSTICE',
      detail: '草场边界纠纷，交司法所人民调解',
    });
    const stored = await t.db.matter.findUniqueOrThrow({ where: { id: decodeId(matter.id) } });
    expect(stored.department).toBe('JUSTICE');
  });

  it('refuses routing below the township with MATTER_ROUTE_LEVEL, and never offers it there', async () => {
    const matter = await registeredDispute('ORDINARY');
    expect(matter.level).toBe('GRID');
    expect(matter.allowedActions).not.toContain('ROUTE');
    const refused = await run(
      'matterRouteToDepartment',
      { matterId: matter.id, department: 'JUSTICE', reason: '交司法所' },
      chief,
    );
    expect(refused.matter).toBeNull();
    expect(refused.userErrors.map((e) => [e.code, e.kind])).toEqual([['MATTER_ROUTE_LEVEL', 'CONFLICT']]);
  });

  it('refuses a grid worker (no duty at the township), a department officer (cannot see it) and no reason', async () => {
    const matter = await registeredDispute('COLLECTIVE');
    const input = { matterId: matter.id, department: 'JUSTICE', reason: '交司法所' };
    const byWorker = await run('matterRouteToDepartment', input, worker);
    expect(byWorker.userErrors.map((e) => e.code)).toEqual(['MATTER_FORBIDDEN']);
    const byMediator = await run('matterRouteToDepartment', input, mediator);
    expect(byMediator.userErrors.map((e) => e.code)).toEqual(['MATTER_NOT_FOUND']);
    const silent = await run('matterRouteToDepartment', { ...input, reason: '  ' }, officer);
    expect(silent.userErrors.map((e) => [e.code, e.field])).toEqual([
      ['MATTER_REASON_REQUIRED', ['action', 'reason']],
    ]);
    const stored = await t.db.matter.findUniqueOrThrow({ where: { id: decodeId(matter.id) } });
    expect([stored.state, stored.department]).toEqual(['REGISTERED', null]);
  });
});

describe('a routed matter is the department’s', () => {
  it('is accepted by an officer of the department over the township, not by the township officer nor another department', async () => {
    const matter = await routedDispute();
    expect(matter.allowedActions).toEqual(['ASSIGN', 'ROUTE', 'EXTEND']);
    const byOfficer = await run('matterAccept', { matterId: matter.id }, officer);
    expect(byOfficer.userErrors.map((e) => e.code)).toEqual(['MATTER_FORBIDDEN']);
    const byPolice = await run('matterAccept', { matterId: matter.id }, policeman);
    expect(byPolice.userErrors.map((e) => e.code)).toEqual(['MATTER_NOT_FOUND']);
    const accepted = await run('matterAccept', { matterId: matter.id }, mediator);
    expect(accepted.userErrors).toEqual([]);
    expect(accepted.matter).toMatchObject({ state: 'IN_PROGRESS', department: 'JUSTICE' });
    const handler = await t.db.matter.findUniqueOrThrow({ where: { id: decodeId(matter.id) } });
    expect(handler.handlerId).toBe(mediator.personId);
    const reported = await run(
      'matterFeedbackSubmit',
      { matterId: matter.id, feedback: '经调解双方达成协议' },
      mediator,
    );
    expect(reported.matter?.state).toBe('FEEDBACK_SUBMITTED');
    // The check stays with the township's dispatchers: a second pair of eyes.
    expect(reported.matter?.allowedActions).toEqual([]);
    const closed = await run('matterClose', { matterId: matter.id }, officer);
    expect(closed.matter?.state).toBe('CLOSED');
  });

  it('can be sent back by the department as not its own, which makes it the township’s again', async () => {
    const matter = await routedDispute();
    const returned = await run(
      'matterReturn',
      { matterId: matter.id, reason: '系劳资纠纷，非人民调解范围' },
      mediator,
    );
    expect(returned.userErrors).toEqual([]);
    // Out of the department's reach now: the payload names no matter, and the township has it back.
    expect(returned.matter).toBeNull();
    expect(returned.event).toMatchObject({ action: 'RETURN', department: null });
    const stored = await t.db.matter.findUniqueOrThrow({ where: { id: decodeId(matter.id) } });
    expect([stored.state, stored.department]).toEqual(['REGISTERED', null]);
    expect((await nodeAs(matter.id, officer))?.allowedActions).toEqual(['ASSIGN', 'ROUTE']);
  });

  it('is read by its department’s officers in the township and the county, with its record and timeline', async () => {
    const matter = await routedDispute();
    for (const reader of [mediator, countyMediator]) {
      const seen = await nodeAs(matter.id, reader);
      expect(seen, reader.subject).toMatchObject({
        id: matter.id,
        department: 'JUSTICE',
        allowedActions: ['ACCEPT', 'RETURN'],
      });
      expect(seen?.record?.text).toBe('两户牧民因草场边界划分发生争执');
    }
    const seen = await nodeAs(matter.id, mediator);
    expect(JSON.stringify(seen)).toContain('"action":"ROUTE","department":"JUSTICE"');
  });

  it('is hidden from another department and from the same department of another township', async () => {
    const matter = await routedDispute();
    expect(await nodeAs(matter.id, policeman)).toBeNull();
    expect(await nodeAs(matter.id, otherMediator)).toBeNull();
  });
});

describe('the matters list of a department’s officer', () => {
  const LIST = /* GraphQL */ `
    query ($first: Int!, $filter: MatterFilter) {
      matters(first: $first, filter: $filter) {
        totalCount
        edges { node { id gridCode department record { text } events(first: 3) { edges { node { action } } } } }
      }
    }
  `;
  type List = {
    matters: { totalCount: number; edges: { node: { id: string; gridCode: string; department: string } }[] };
  };

  it('holds only the matters routed to the department inside the grant’s region, the fixtures’ among them', async () => {
    await routedDispute();
    const result = await t.gql<List>(LIST, { first: 50 }, { as: countyMediator });
    expect(result.errors).toBeUndefined();
    const nodes = result.data?.matters.edges.map((edge) => edge.node) ?? [];
    expect(nodes.length).toBeGreaterThan(1);
    expect(new Set(nodes.map((node) => node.department))).toEqual(new Set(['JUSTICE']));
    const all = await t.db.matter.count({
      where: { department: 'JUSTICE', gridCode: { startsWith: GERZE } },
    });
    expect(result.data?.matters.totalCount).toBe(all);
    const local = await t.gql<List>(LIST, { first: 50 }, { as: mediator });
    expect(local.data?.matters.edges.every((edge) => edge.node.gridCode.startsWith(township))).toBe(true);
    const police = await t.gql<List>(
      LIST,
      { first: 50, filter: { department: 'JUSTICE' } },
      { as: policeman },
    );
    expect(police.data?.matters.totalCount).toBe(0);
  });

  it('costs the same number of SQL statements for 2 matters as for 20', async () => {
    const statements = async (first: number) => {
      t.resetQueries();
      const result = await t.gql<List>(LIST, { first }, { as: countyMediator });
      expect(result.errors).toBeUndefined();
      return { count: t.queries.length, rows: result.data?.matters.edges.length ?? 0 };
    };
    const two = await statements(2);
    const twenty = await statements(20);
    expect(twenty.rows).toBeGreaterThan(two.rows);
    expect(twenty.count).toBe(two.count);
  });

  it('stays refused to a caller who reads no matter at all', async () => {
    const clerk: TestCaller = { subject: 'clerk', grants: [{ role: 'SERVICE_HALL_CLERK', region: GERZE }] };
    const result = await t.gql<List>(LIST, { first: 5 }, { as: clerk });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('the fixtures’ routing', () => {
  it('has an officer of every department in every township and in the county, none of them a territorial cadre', async () => {
    const rows = await t.db.matterHandler.findMany({ where: { department: { not: null } } });
    const townships = await t.db.matterHandler.findMany({
      where: { level: 'TOWNSHIP', department: null },
      distinct: ['regionCode'],
    });
    expect(rows.length).toBe(4 * (townships.length + 1));
    const cadres = new Set(
      (await t.db.matterHandler.findMany({ where: { department: null } })).map((row) => row.personId),
    );
    expect(rows.filter((row) => cadres.has(row.personId))).toEqual([]);
  });

  it('routes some escalated matters, each then handled by an officer of its department', async () => {
    const routed = await t.db.matter.findMany({
      where: { department: { not: null }, handlerId: { not: null }, id: { startsWith: 'M-' } },
    });
    expect(routed.length).toBeGreaterThan(0);
    const officers = await t.db.matterHandler.findMany({ where: { department: { not: null } } });
    for (const matter of routed) {
      const own = officers.filter(
        (row) => row.department === matter.department && row.level === matter.level,
      );
      expect(
        own.map((row) => row.personId),
        matter.id,
      ).toContain(matter.handlerId);
      expect(['TOWNSHIP', 'COUNTY']).toContain(matter.level);
    }
  });
});

function decodeId(globalId: string): string {
  return Buffer.from(globalId, 'base64').toString('utf8').split(':').slice(1).join(':');
}

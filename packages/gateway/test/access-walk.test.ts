// Who sees what, walked from the schema (issue 9): every Node type through `node`, every root
// connection and every connection of a Node type, as five callers — the object's county, its
// township, a sibling county, the autonomous region above, and anonymous. What each caller should
// see comes from core's read model (`mayRead`), not from the gateway's SQL, so the two are checked
// against each other: a node is returned exactly when core says the caller may read it, and every
// object any list hands out is one core says the caller may read.
import { type Actor, ANONYMOUS, type Holder, mayRead, READ_RULES, type ReadableKind } from '@grassroots/core';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import {
  type GraphQLField,
  type GraphQLObjectType,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import {
  cameraFixtures,
  contestFixtures,
  gridFixtures,
  partyFixtures,
  personFixtures,
  pointsFixtures,
  recordFixtures,
  regionFixtures,
  registryFixtures,
  serviceHallFixtures,
} from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';
import { makeUnseededSamples } from './unseeded-samples.js';

const GERZE = '542526';
const TOWNSHIP = '542526100';

const CALLERS: Readonly<Record<string, TestCaller | null>> = {
  county: { subject: 'walk-county', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] },
  township: { subject: 'walk-township', grants: [{ role: 'TOWNSHIP_OFFICER', region: TOWNSHIP }] },
  sibling: { subject: 'walk-sibling', grants: [{ role: 'COUNTY_ADMIN', region: '542527' }] },
  region: { subject: 'walk-region', grants: [{ role: 'AUDITOR', region: '540000' }] },
  anonymous: null,
};

function actorOf(caller: TestCaller | null): Actor {
  if (!caller) return ANONYMOUS;
  return {
    personId: caller.personId ?? null,
    grants: caller.grants.map((grant) => ({ role: grant.role, regionCode: grant.region })),
  };
}

type Row = Record<string, unknown>;
type Db = TestGateway['db'];

/**
 * How each Node type is held, in core's terms: its kind and where one row of it is. The Prisma
 * model and the column the global ID holds come with it. A Node type missing here fails the walk.
 */
interface Holding {
  readonly model: string;
  readonly idField?: string;
  readonly kind: ReadableKind;
  readonly holder: (row: Row, db: Db) => Promise<Holder> | Holder;
}

const at = (column: string) => (row: Row) => ({ regionCode: String(row[column]) });
const staffRecord = async (row: Row, db: Db): Promise<Holder> => {
  const assignment = await db.staffAssignment.findUniqueOrThrow({ where: { id: String(row.assignmentId) } });
  return { regionCode: assignment.gridCode, personId: assignment.personId };
};

const HOLDINGS: Readonly<Record<string, Holding>> = {
  Region: { model: 'region', idField: 'code', kind: 'REGION', holder: at('code') },
  Person: {
    model: 'person',
    kind: 'PERSON',
    holder: async (row, db) => {
      const where = { personId: String(row.id) };
      const [residences, assignments] = await Promise.all([
        db.resident.findMany({ where }),
        db.staffAssignment.findMany({ where: { ...where, until: null } }),
      ]);
      return {
        regionCode: String(row.residenceRegionCode),
        gridCodes: [...residences, ...assignments].map((r) => r.gridCode),
        personId: String(row.id),
      };
    },
  },
  // An entry is held where its subjects are; the walk's entry reads one person (see beforeAll).
  AuditRecord: {
    model: 'auditRecord',
    kind: 'AUDIT_RECORD',
    holder: async (row, db) => ({
      regionCode: (await db.auditSubject.findFirstOrThrow({ where: { entryId: String(row.id) } }))
        .subjectRegionCode,
    }),
  },
  PointsCatalogue: { model: 'pointsCatalogue', kind: 'POINTS_CATALOGUE', holder: at('villageCode') },
  PointsShopItem: { model: 'pointsShopItem', kind: 'POINTS_CATALOGUE', holder: at('villageCode') },
  PointEvent: {
    model: 'pointEvent',
    kind: 'POINTS_LEDGER',
    holder: async (row, db) => ({
      regionCode: (await db.household.findUniqueOrThrow({ where: { id: String(row.householdId) } })).gridCode,
    }),
  },
  PointsProposal: { model: 'pointsProposal', kind: 'POINTS_LEDGER', holder: at('gridCode') },
  PointsEvaluationSession: {
    model: 'pointsEvaluationSession',
    kind: 'POINTS_LEDGER',
    holder: at('villageCode'),
  },
  PointsPosting: { model: 'pointsPosting', kind: 'POINTS_LEDGER', holder: at('villageCode') },
  PointsObjection: { model: 'pointsObjection', kind: 'POINTS_LEDGER', holder: at('villageCode') },
  Matter: { model: 'matter', kind: 'MATTER', holder: at('gridCode') },
  MatterEvent: {
    model: 'matterEvent',
    kind: 'MATTER',
    holder: async (row, db) => ({
      regionCode: (await db.matter.findUniqueOrThrow({ where: { id: String(row.matterId) } })).gridCode,
    }),
  },
  PublicOpinionRecord: { model: 'publicOpinionRecord', kind: 'RECORD', holder: at('gridCode') },
  Resident: { model: 'resident', kind: 'REGISTRY', holder: at('gridCode') },
  StandardAddress: { model: 'standardAddress', kind: 'REGISTRY', holder: at('gridCode') },
  Housing: { model: 'housing', kind: 'REGISTRY', holder: at('gridCode') },
  Organisation: { model: 'organisation', kind: 'REGISTRY', holder: at('gridCode') },
  CollectionSubmission: { model: 'collectionSubmission', kind: 'REGISTRY', holder: at('gridCode') },
  KeyPerson: { model: 'keyPerson', kind: 'KEY_PERSON', holder: at('gridCode') },
  KeyPersonVisitTask: { model: 'keyPerson', kind: 'KEY_PERSON_VISIT', holder: at('gridCode') },
  Rental: {
    model: 'rental',
    kind: 'REGISTRY',
    holder: async (row, db) => ({
      regionCode: (await db.housing.findUniqueOrThrow({ where: { id: String(row.housingId) } })).gridCode,
    }),
  },
  RecruitmentPlan: { model: 'recruitmentPlan', kind: 'RECRUITMENT', holder: at('regionCode') },
  Posting: {
    model: 'posting',
    kind: 'RECRUITMENT',
    holder: async (row, db) => ({
      regionCode: (await db.recruitmentPlan.findUniqueOrThrow({ where: { id: String(row.planId) } }))
        .regionCode,
    }),
  },
  Candidate: {
    model: 'candidate',
    kind: 'RECRUITMENT',
    holder: async (row, db) => {
      const posting = await db.posting.findUniqueOrThrow({
        where: { id: String(row.postingId) },
        include: { plan: true },
      });
      return { regionCode: posting.plan.regionCode, personId: String(row.personId) };
    },
  },
  TrainingSession: { model: 'trainingSession', kind: 'RECRUITMENT', holder: at('regionCode') },
  LeaveRequest: { model: 'leaveRequest', kind: 'STAFF_RECORD', holder: staffRecord },
  Assessment: { model: 'assessment', kind: 'STAFF_RECORD', holder: staffRecord },
  ManagingUnit: { model: 'managingUnit', kind: 'GRID', holder: at('regionCode') },
  StaffAssignment: {
    model: 'staffAssignment',
    kind: 'GRID_STAFF',
    holder: (row) => ({ regionCode: String(row.gridCode), personId: String(row.personId) }),
  },
  Grid: { model: 'grid', idField: 'code', kind: 'GRID', holder: at('code') },
  HouseholdJointUnit: { model: 'householdJointUnit', kind: 'GRID', holder: at('gridCode') },
  HouseholdJointAction: { model: 'householdJointAction', kind: 'GRID', holder: at('gridCode') },
  Household: { model: 'household', kind: 'HOUSEHOLD', holder: at('gridCode') },
  HomeownersCommittee: { model: 'homeownersCommittee', kind: 'GRID', holder: at('gridCode') },
  SolvedCase: { model: 'solvedCase', kind: 'CAMERA', holder: at('gridCode') },
  CameraPoint: { model: 'cameraPoint', kind: 'CAMERA', holder: at('gridCode') },
  KeySite: { model: 'keySite', kind: 'CAMERA', holder: at('gridCode') },
  ServiceHall: {
    model: 'serviceHall',
    idField: 'regionCode',
    kind: 'SERVICE_HALL',
    holder: at('regionCode'),
  },
  HallDepartment: { model: 'hallDepartment', kind: 'SERVICE_HALL', holder: at('hallRegionCode') },
  HallWindow: { model: 'hallWindow', kind: 'SERVICE_HALL', holder: at('hallRegionCode') },
  ServiceMatter: { model: 'serviceMatter', kind: 'SERVICE_HALL', holder: at('hallRegionCode') },
  ServiceApplication: {
    model: 'serviceApplication',
    kind: 'SERVICE_APPLICATION',
    holder: (row) => ({
      regionCode: String(row.hallRegionCode),
      personId: (row.applicantPersonId as string) ?? null,
    }),
  },
  HallVisit: { model: 'hallVisit', kind: 'SERVICE_APPLICATION', holder: at('hallRegionCode') },
  // The organisation tree, its meetings, work teams and co-building are public (like REGION).
  PartyOrganisation: { model: 'partyOrganisation', kind: 'REGION', holder: at('regionCode') },
  PartyMeeting: { model: 'partyMeeting', kind: 'REGION', holder: () => ({ regionCode: '540000' }) },
  WorkTeam: { model: 'workTeam', kind: 'REGION', holder: at('villageCode') },
  CoBuildingActivity: { model: 'coBuildingActivity', kind: 'REGION', holder: at('villageCode') },
  PartyMember: {
    model: 'partyMember',
    kind: 'PARTY_MEMBER',
    holder: (row) => ({ regionCode: String(row.regionCode), personId: (row.personId as string) ?? null }),
  },
  PartyGridTask: { model: 'partyGridTask', kind: 'PARTY_MEMBER', holder: at('gridCode') },
  StationedCadre: { model: 'stationedCadre', kind: 'STATIONED_CADRE', holder: at('villageCode') },
  RecallCase: { model: 'recallCase', kind: 'STATIONED_CADRE', holder: at('villageCode') },
  CadreLeave: { model: 'cadreLeave', kind: 'STATIONED_CADRE', holder: at('villageCode') },
  ContestEdition: {
    model: 'contestEdition',
    idField: 'number',
    kind: 'REGION',
    holder: () => ({ regionCode: '540600' }),
  },
  ContestEvent: { model: 'contestEvent', kind: 'REGION', holder: at('regionCode') },
  ContestEntry: { model: 'contestEntry', kind: 'REGION', holder: () => ({ regionCode: '540600' }) },
  CulturalResource: { model: 'culturalResource', kind: 'REGION', holder: at('regionCode') },
  HeritageProduct: { model: 'heritageProduct', kind: 'REGION', holder: () => ({ regionCode: '540600' }) },
  // Core's catalogue, not a stored row (see the sampling below).
  ContestItem: { model: 'none', kind: 'REGION', holder: () => ({ regionCode: '540600' }) },
  Rectification: {
    model: 'rectification',
    kind: 'SERVICE_APPLICATION',
    holder: async (row, db) => {
      const rating = await db.serviceRating.findUniqueOrThrow({
        where: { id: String(row.ratingId) },
        include: { application: true },
      });
      return {
        regionCode: rating.application.hallRegionCode,
        personId: rating.application.applicantPersonId,
      };
    },
  },
};

interface Delegate {
  findMany(args: object): Promise<Row[]>;
  findUnique(args: object): Promise<Row | null>;
}
const delegate = (db: Db, model: string) => (db as unknown as Record<string, Delegate>)[model] as Delegate;

const nodeTypes = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .filter((type) => type.getInterfaces().some((i) => i.name === 'Node'))
  .map((type) => type.name)
  .sort();

/** Whether a field can be asked for with no arguments but a page size. */
function askable(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined);
}

function isConnection(field: GraphQLField<unknown, unknown>): boolean {
  const type = getNamedType(field.type);
  return isObjectType(type) && 'edges' in type.getFields() && 'pageInfo' in type.getFields();
}

function nodeIdSelection(field: GraphQLField<unknown, unknown>): string {
  const connection = getNamedType(field.type);
  if (!isObjectType(connection)) return '__typename';
  const edge = getNamedType(connection.getFields().edges?.type);
  if (!isObjectType(edge)) return '__typename';
  const node = getNamedType(edge.getFields().node?.type);
  return isObjectType(node) && 'id' in node.getFields() ? 'id' : '__typename';
}

let t: TestGateway;
const samples = new Map<string, string>();

/** Whether core lets `caller` read the object with global ID `id`. */
async function coreSays(caller: TestCaller | null, id: string): Promise<boolean> {
  const { typename, id: key } = decodeGlobalID(id);
  const holding = HOLDINGS[typename];
  if (!holding) throw new Error(`no holding for ${typename}`);
  if (holding.model === 'none') return mayRead(actorOf(caller), holding.kind, await holding.holder({}, t.db));
  const idField = holding.idField ?? 'id';
  const row = await delegate(t.db, holding.model).findUnique({
    where: { [idField]: holding.model === 'contestEdition' ? Number(key) : key },
  });
  if (!row) throw new Error(`${id} does not exist`);
  return mayRead(actorOf(caller), holding.kind, await holding.holder(row, t.db));
}

beforeAll(async () => {
  // The same sets as node.test.ts, in the same order: one seeded template serves both files.
  t = await startGateway([
    regionFixtures,
    personFixtures(),
    gridFixtures(),
    pointsFixtures(),
    registryFixtures(),
    cameraFixtures(),
    recordFixtures({ limit: 500 }),
    serviceHallFixtures({ limit: 200 }),
    partyFixtures(),
    contestFixtures(),
  ]);
  // An unmasked read, so that the audit log holds a row.
  await t.gql('{ people(first: 1) { edges { node { nameZh } } } }', {}, { as: CALLERS.county ?? undefined });
  const worker = await t.db.staffAssignment.findFirstOrThrow({
    where: { role: 'GRID_WORKER', gridCode: { startsWith: TOWNSHIP } },
    orderBy: { id: 'asc' },
  });
  // The Node types no fixture holds, made by that worker, the county and the township's civil affairs.
  await makeUnseededSamples(t, worker, {
    admin: CALLERS.county as TestCaller,
    civilAffairs: {
      subject: 'walk-civil-affairs',
      grants: [{ role: 'CIVIL_AFFAIRS_OFFICER', region: TOWNSHIP }],
    },
  });
  // One sample per Node type, inside the township where the type has one there.
  for (const typename of nodeTypes) {
    const holding = HOLDINGS[typename];
    if (!holding) continue;
    if (holding.model === 'none') {
      samples.set(typename, encodeGlobalID(typename, 'DAIRY_PROCESSING'));
      continue;
    }
    const idField = holding.idField ?? 'id';
    const rows = await delegate(t.db, holding.model).findMany({ take: 300, orderBy: { [idField]: 'asc' } });
    let chosen: Row | undefined;
    for (const row of rows) {
      if ((await holding.holder(row, t.db)).regionCode.startsWith(TOWNSHIP)) {
        chosen = row;
        break;
      }
    }
    chosen ??= rows[0];
    if (chosen) samples.set(typename, encodeGlobalID(typename, String(chosen[idField])));
  }
}, 600_000);
afterAll(() => t.close());

describe('who sees what', () => {
  it('knows how every Node type of the schema is held, and has an object of each', () => {
    expect(nodeTypes.filter((typename) => !HOLDINGS[typename])).toEqual([]);
    expect(nodeTypes.filter((typename) => !samples.has(typename))).toEqual([]);
  });

  for (const [name, caller] of Object.entries(CALLERS)) {
    it(`answers node(id) as ${name} exactly where core says it may read, with no error`, async () => {
      const expected: Record<string, boolean> = {};
      const seen: Record<string, boolean> = {};
      for (const [typename, id] of samples) {
        const result = await t.gql<{ node: { id: string } | null }>(
          'query ($id: ID!) { node(id: $id) { id } }',
          { id },
          caller ? { as: caller } : {},
        );
        expect(result.errors, `${typename} as ${name}`).toBeUndefined();
        expected[typename] = await coreSays(caller, id);
        seen[typename] = result.data?.node?.id === id;
      }
      expect(seen).toEqual(expected);
    });
  }

  it('shows the county its own objects and the sibling county none of them (the two ends of the walk)', async () => {
    let checked = 0;
    for (const [typename, id] of samples) {
      const holding = HOLDINGS[typename];
      // Everyone's kinds have no two ends; the audit log and the key-persons register are read by
      // auditors and by the departments, never by a county administrator as such.
      if (
        !holding ||
        READ_RULES[holding.kind].readers === 'EVERYONE' ||
        holding.kind === 'AUDIT_RECORD' ||
        holding.kind === 'KEY_PERSON'
      )
        continue;
      if (holding.model === 'none') continue;
      const { id: key } = decodeGlobalID(id);
      const row = await delegate(t.db, holding.model).findUnique({
        where: { [holding.idField ?? 'id']: key },
      });
      if (!row || !(await holding.holder(row, t.db)).regionCode.startsWith(GERZE)) continue;
      expect(await coreSays(CALLERS.county ?? null, id), typename).toBe(true);
      expect(await coreSays(CALLERS.sibling ?? null, id), typename).toBe(false);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(20);
  });

  const rootConnections = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
    (field) => isConnection(field) && askable(field),
  );

  for (const [name, caller] of Object.entries(CALLERS)) {
    it(`lists, as ${name}, only what core says it may read, in every root connection and every connection of a Node`, async () => {
      const handedOut: string[] = [];
      for (const field of rootConnections) {
        const result = await t.gql<Record<string, { edges: { node: { id?: string } }[] } | null>>(
          `{ ${field.name}(first: 5) { edges { node { ${nodeIdSelection(field)} } } } }`,
          {},
          caller ? { as: caller } : {},
        );
        // A list is refused only as a whole, and only for a caller with no role that reads it.
        for (const error of result.errors ?? []) expect(error.extensions?.code, field.name).toBe('FORBIDDEN');
        for (const edge of result.data?.[field.name]?.edges ?? [])
          if (edge.node.id) handedOut.push(edge.node.id);
      }
      for (const [typename, id] of samples) {
        const type = schema.getType(typename);
        if (!isObjectType(type)) continue;
        const connections = Object.values(type.getFields()).filter((f) => isConnection(f) && askable(f));
        if (connections.length === 0) continue;
        const selection = connections
          .map((f) => `${f.name}(first: 5) { edges { node { ${nodeIdSelection(f)} } } }`)
          .join(' ');
        const result = await t.gql<{
          node: Record<string, { edges: { node: { id?: string } }[] } | null> | null;
        }>(
          `query ($id: ID!) { node(id: $id) { ... on ${typename} { ${selection} } } }`,
          { id },
          caller ? { as: caller } : {},
        );
        for (const error of result.errors ?? []) {
          expect(error.extensions?.code, `${typename}: ${error.message}`).toBe('FORBIDDEN');
        }
        for (const field of connections) {
          for (const edge of result.data?.node?.[field.name]?.edges ?? [])
            if (edge.node.id) handedOut.push(edge.node.id);
        }
      }
      // The county is handed something by every kind of list it reads, so the check below is not empty.
      if (name === 'county')
        expect(new Set(handedOut.map((id) => decodeGlobalID(id).typename)).size).toBeGreaterThan(10);
      const unreadable: string[] = [];
      for (const id of new Set(handedOut)) {
        if (!(await coreSays(caller, id)))
          unreadable.push(`${decodeGlobalID(id).typename}:${decodeGlobalID(id).id}`);
      }
      expect(unreadable).toEqual([]);
    });
  }
});

// Low-privilege callers inside the samples' township, who read some objects and not what hangs off
// them: a grid worker (his own grid's people and ledgers only), a judge (no personal data, no
// cameras) and anonymous.
const NARROW_CALLERS: Readonly<Record<string, TestCaller | null>> = {
  township: CALLERS.township ?? null,
  judge: { subject: 'walk-judge', grants: [{ role: 'JUDGE', region: GERZE }] },
  anonymous: null,
};

/** Every field of `type` asked for with no arguments, nested objects `depth` levels down by their fields. */
function everyField(type: GraphQLObjectType, depth: number): string {
  return Object.values(type.getFields())
    .filter(askable)
    .map((field) => {
      const named = getNamedType(field.type);
      if (isLeafType(named)) return field.name;
      if (isConnection(field))
        return `${field.name}(first: 3) { edges { node { ${nodeIdSelection(field)} } } }`;
      if (!isObjectType(named)) return `${field.name} { __typename }`;
      if (depth === 0) return `${field.name} { __typename }`;
      return `${field.name} { ${everyField(named, depth - 1)} }`;
    })
    .join(' ');
}

describe('nothing nested breaks a page', () => {
  const narrow = new Map(Object.entries(NARROW_CALLERS));
  beforeAll(async () => {
    const grid = await t.db.grid.findFirstOrThrow({
      where: { code: { startsWith: TOWNSHIP } },
      orderBy: { code: 'asc' },
    });
    narrow.set('gridWorker', {
      subject: 'walk-worker',
      grants: [{ role: 'GRID_WORKER', region: grid.code }],
    });
  });

  for (const name of [...Object.keys(NARROW_CALLERS), 'gridWorker']) {
    it(`answers, as ${name}, every field of every object it reads, and of the objects they name two levels down, with no error`, async () => {
      const caller = narrow.get(name) ?? null;
      const withErrors: string[] = [];
      let read = 0;
      for (const [typename, id] of samples) {
        const type = schema.getType(typename);
        if (!isObjectType(type)) continue;
        const result = await t.gql<{ node: unknown }>(
          `query ($id: ID!) { node(id: $id) { ... on ${typename} { ${everyField(type, 2)} } } }`,
          { id },
          caller ? { as: caller } : {},
        );
        if (result.data?.node) read += 1;
        for (const error of result.errors ?? []) {
          withErrors.push(`${typename} ${error.path?.join('.')}: ${error.extensions?.code} ${error.message}`);
        }
      }
      expect(read).toBeGreaterThan(0);
      expect(withErrors).toEqual([]);
    });
  }
});

// 信息采集 through the API: the templates with their versions, a collection checked field by field
// (a refused one writes nothing), an accepted one updating the registry entries it describes in the
// same transaction and kept as history, and the grid's coverage counted from the submissions.
import { composeCitizenId, composeCreditCode } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  gridFixtures,
  personFixtures,
  pointsFixtures,
  regionFixtures,
  registryFixtures,
} from './fixture-sets.js';
import { startGateway, TEST_NOW, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;

beforeAll(async () => {
  // The sets of registry.test.ts, in its order: the run builds one seeded template for both files.
  t = await startGateway([
    regionFixtures,
    personFixtures(),
    gridFixtures(),
    pointsFixtures(),
    registryFixtures(),
  ]);
});
afterAll(() => t.close());

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: CollectionSubmitInput!) {
    collectionSubmit(input: $input) {
      submission {
        id templateCode templateVersion kind submittedOn
        grid { code }
        household { id }
        organisation { name creditCode type }
        housing { rental type use }
        rental { startDate endDate tenants { id } landlordPerson { id } }
      }
      userErrors { code kind field message(locale: EN) }
    }
  }
`;

interface UserError {
  readonly code: string;
  readonly kind: string;
  readonly field: string[] | null;
  readonly message: string;
}
interface Submitted {
  collectionSubmit: {
    submission: {
      id: string;
      templateCode: string;
      templateVersion: number;
      kind: string;
      submittedOn: string;
      grid: { code: string };
      household: { id: string } | null;
      organisation: { name: string; creditCode: string; type: string } | null;
      housing: { rental: boolean; type: string; use: string } | null;
      rental: {
        startDate: string;
        endDate: string;
        tenants: { id: string }[];
        landlordPerson: { id: string } | null;
      } | null;
    } | null;
    userErrors: UserError[];
  };
}

/** A grid with a head-of-household resident holding their registration there, and a house not yet let. */
async function aGrid() {
  const resident = await t.db.resident.findFirstOrThrow({
    where: { endedOn: null, relationToHead: 'HEAD', residenceStatus: 'REGISTERED_RESIDENT' },
    include: { person: true },
    orderBy: { id: 'asc' },
  });
  const gridCode = resident.gridCode;
  const worker: TestCaller = {
    subject: 'collector',
    personId: resident.personId,
    grants: [{ role: 'GRID_WORKER', region: gridCode }],
  };
  return { resident, gridCode, village: gridCode.slice(0, 12), worker };
}

function submit(
  caller: TestCaller,
  gridCode: string,
  templateCode: string,
  version: number,
  answers: object,
) {
  return t.gql<Submitted>(
    SUBMIT,
    { input: { gridId: encodeGlobalID('Grid', gridCode), templateCode, templateVersion: version, answers } },
    { as: caller },
  );
}

/** Every table a collection may write, counted. */
async function rowCounts() {
  const [submissions, people, residents, organisations, housing, rentals, tenants, addresses] =
    await Promise.all([
      t.db.collectionSubmission.count(),
      t.db.person.count(),
      t.db.resident.count(),
      t.db.organisation.count(),
      t.db.housing.count({ where: { rental: true } }),
      t.db.rental.count(),
      t.db.rentalTenant.count(),
      t.db.standardAddress.count(),
    ]);
  return { submissions, people, residents, organisations, housing, rentals, tenants, addresses };
}

describe('collection templates (采集模板)', () => {
  it('lists the six templates with every version, each field an Open311 service attribute', async () => {
    const result = await t.gql<{
      collectionTemplates: {
        code: string;
        kind: string;
        latestVersion: number;
        versions: {
          version: number;
          attributes: {
            code: string;
            datatype: string;
            fieldDatatype: string;
            required: boolean;
            order: number;
            description: string;
            values: { key: string; name: string }[];
          }[];
        }[];
      }[];
    }>(
      `{ collectionTemplates { code kind latestVersion versions { version attributes(locale: EN) {
          code datatype fieldDatatype required order description values { key name } } } } }`,
      {},
      { as: (await aGrid()).worker },
    );
    expect(result.errors).toBeUndefined();
    const templates = result.data?.collectionTemplates ?? [];
    expect(templates.map((x) => x.kind)).toEqual([
      'PERSON',
      'PLACE',
      'EVENT',
      'THING',
      'ORGANISATION',
      'RENTAL',
    ]);
    const rental = templates.find((x) => x.code === 'GRID_RENTAL');
    expect(rental?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(rental?.latestVersion).toBe(2);
    expect(rental?.versions[1]?.attributes.map((a) => a.code).slice(-2)).toEqual([
      'landlord_citizen_id',
      'tenant_citizen_id',
    ]);
    const start = rental?.versions[0]?.attributes.find((a) => a.code === 'start_date');
    expect(start).toMatchObject({
      datatype: 'datetime',
      fieldDatatype: 'DATE',
      required: true,
      description: 'Start date',
    });
    const person = templates.find((x) => x.code === 'GRID_PERSON')?.versions[0]?.attributes;
    expect(person?.find((a) => a.code === 'care_groups')).toMatchObject({
      datatype: 'multivaluelist',
      required: false,
    });
    expect(person?.find((a) => a.code === 'residence_status')?.values.map((v) => v.key)).toContain(
      'FLOATING',
    );
  });

  it('are not served to anonymous callers', async () => {
    const result = await t.gql('{ collectionTemplates { code } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('a person collection (人)', () => {
  it('updates the phone and residence status of a registered resident, and keeps the submission as made', async () => {
    const { resident, gridCode, worker } = await aGrid();
    const result = await submit(worker, gridCode, 'GRID_PERSON', 1, {
      name: resident.person.nameZh,
      citizen_id: resident.person.citizenId,
      relation_to_head: 'HEAD',
      residence_status: 'AWAY',
      address: await addressOf(gridCode),
      phone: ' 13912345678 ',
      care_groups: ['MINIMUM_LIVING', 'ELDERLY_ALONE'],
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.collectionSubmit.userErrors).toEqual([]);
    const submission = result.data?.collectionSubmit.submission;
    expect(submission).toMatchObject({
      templateCode: 'GRID_PERSON',
      templateVersion: 1,
      kind: 'PERSON',
      submittedOn: '2025-06-16',
      grid: { code: gridCode },
      household: { id: encodeGlobalID('Household', resident.householdId) },
    });
    const person = await t.db.person.findUniqueOrThrow({ where: { id: resident.personId } });
    expect(person.phone).toBe('13912345678');
    const residence = await t.db.resident.findUniqueOrThrow({ where: { id: resident.id } });
    expect(residence.residenceStatus).toBe('AWAY');
    // Away from home still holds the household registration (户在人不在).
    expect(residence.registrationHolder).toBe(resident.personId);
    const stored = await t.db.collectionSubmission.findFirstOrThrow({
      where: { personId: resident.personId },
    });
    expect(stored).toMatchObject({
      gridCode,
      submitterSubject: 'collector',
      submitterPersonId: resident.personId,
    });
    expect(stored.submittedAt.toISOString()).toBe(TEST_NOW.toISOString());
    // Normalised as core normalised them: trimmed, list keys in the order of the list.
    expect(JSON.parse(stored.answers)).toMatchObject({
      phone: '13912345678',
      care_groups: ['ELDERLY_ALONE', 'MINIMUM_LIVING'],
    });
  });

  it('with one invalid field returns that field’s path and writes nothing', async () => {
    const { resident, gridCode, worker } = await aGrid();
    const before = await rowCounts();
    const phoneBefore = (await t.db.person.findUniqueOrThrow({ where: { id: resident.personId } })).phone;
    const id = resident.person.citizenId;
    const wrongCheck = `${id.slice(0, 17)}${id[17] === '1' ? '2' : '1'}`;
    const result = await submit(worker, gridCode, 'GRID_PERSON', 1, {
      name: resident.person.nameZh,
      citizen_id: wrongCheck,
      relation_to_head: 'HEAD',
      residence_status: 'FLOATING',
      address: await addressOf(gridCode),
      phone: '13700000000',
    });
    expect(result.data?.collectionSubmit).toMatchObject({
      submission: null,
      userErrors: [
        { code: 'CITIZEN_ID_CHECK_CHARACTER', kind: 'VALIDATION', field: ['answers', 'citizen_id'] },
      ],
    });
    expect(await rowCounts()).toEqual(before);
    expect((await t.db.person.findUniqueOrThrow({ where: { id: resident.personId } })).phone).toBe(
      phoneBefore,
    );
  });

  it('returns every field problem at once, the unknown template version at templateVersion', async () => {
    const { gridCode, worker } = await aGrid();
    const fields = await submit(worker, gridCode, 'GRID_PERSON', 1, {
      citizen_id: 'x',
      relation_to_head: 'COUSIN',
      residence_status: 'REGISTERED_RESIDENT',
      address: await addressOf(gridCode),
      shoe_size: 42,
    });
    expect(fields.data?.collectionSubmit.userErrors.map((e) => [e.code, e.field?.join('.')])).toEqual([
      ['COLLECTION_UNKNOWN_FIELD', 'answers.shoe_size'],
      ['COLLECTION_REQUIRED', 'answers.name'],
      ['COLLECTION_NOT_IN_LIST', 'answers.relation_to_head'],
    ]);
    const version = await submit(worker, gridCode, 'GRID_PERSON', 9, {});
    expect(version.data?.collectionSubmit.userErrors).toMatchObject([
      { code: 'COLLECTION_VERSION_NOT_FOUND', field: ['templateVersion'] },
    ]);
  });

  it('asks to register a person nobody is registered as, and writes nothing', async () => {
    const { gridCode, worker } = await aGrid();
    const before = await rowCounts();
    const stranger = composeCitizenId('542526', '1979-03-05' as never, 997);
    const result = await submit(worker, gridCode, 'GRID_PERSON', 1, {
      name: '丹增',
      citizen_id: stranger,
      relation_to_head: 'HEAD',
      residence_status: 'FLOATING',
      address: await addressOf(gridCode),
    });
    const [error] = result.data?.collectionSubmit.userErrors ?? [];
    expect(error).toMatchObject({
      code: 'COLLECTION_PERSON_UNKNOWN',
      kind: 'NOT_FOUND',
      field: ['answers', 'citizen_id'],
    });
    expect(error?.message).toContain('register the person (personRegister)');
    expect(await rowCounts()).toEqual(before);
  });
});

/** The canonical text of a standard address filed in the grid. */
async function addressOf(gridCode: string): Promise<string> {
  return (await t.db.standardAddress.findFirstOrThrow({ where: { gridCode }, orderBy: { id: 'asc' } })).text;
}

describe('an organisation collection (组织)', () => {
  const cooperative = composeCreditCode({
    department: '9',
    category: '3',
    authorityRegionCode: '542526',
    organisationBody: 'MA6T0XQ1',
  });

  it('creates the organisation a new credit code names, then updates it, keeping both submissions', async () => {
    const { gridCode, village, worker } = await aGrid();
    const before = await rowCounts();
    const answers = {
      name: '牧民养殖专业合作社',
      credit_code: cooperative,
      organisation_type: 'FARMERS_COOPERATIVE',
      address: `${village} 牧业点`,
      employees: 12,
    };
    const created = await submit(worker, gridCode, 'GRID_ORGANISATION', 1, answers);
    expect(created.data?.collectionSubmit.userErrors).toEqual([]);
    expect(created.data?.collectionSubmit.submission?.organisation).toEqual({
      name: '牧民养殖专业合作社',
      creditCode: cooperative,
      type: 'FARMERS_COOPERATIVE',
    });
    const renamed = await submit(worker, gridCode, 'GRID_ORGANISATION', 1, {
      ...answers,
      name: '牧民合作社',
    });
    expect(renamed.data?.collectionSubmit.submission?.organisation?.name).toBe('牧民合作社');
    const after = await rowCounts();
    expect(after.organisations).toBe(before.organisations + 1);
    expect(after.addresses).toBe(before.addresses + 1);
    expect(after.submissions).toBe(before.submissions + 2);
  });

  it('refuses a kind the credit code does not name, at organisation_type', async () => {
    const { gridCode, village, worker } = await aGrid();
    const result = await submit(worker, gridCode, 'GRID_ORGANISATION', 1, {
      name: '某公司',
      credit_code: cooperative,
      organisation_type: 'ENTERPRISE',
      address: `${village} 牧业点`,
    });
    expect(result.data?.collectionSubmit.userErrors).toMatchObject([
      { code: 'COLLECTION_ORGANISATION_TYPE_MISMATCH', field: ['answers', 'organisation_type'] },
    ]);
  });
});

describe('a rental collection (房、租)', () => {
  it('marks the house at the address let and registers its rental with landlord and lead tenant', async () => {
    const { gridCode, worker } = await aGrid();
    const house = await t.db.housing.findFirstOrThrow({
      where: { gridCode, rentals: { none: {} } },
      include: { address: true },
      orderBy: { id: 'asc' },
    });
    const [landlord, tenant] = await t.db.resident.findMany({
      where: { gridCode, endedOn: null },
      include: { person: true },
      orderBy: { id: 'asc' },
      take: 2,
    });
    if (!landlord || !tenant) throw new Error('the grid has two residents');
    const answers = {
      address: house.address.text,
      housing_type: 'BUNGALOW',
      housing_use: 'RESIDENTIAL',
      landlord_name: landlord.person.nameZh,
      tenant_count: 3,
      start_date: '2025-06-01',
      end_date: '2026-05-31',
      landlord_citizen_id: landlord.person.citizenId,
      tenant_citizen_id: tenant.person.citizenId,
    };
    const result = await submit(worker, gridCode, 'GRID_RENTAL', 2, answers);
    expect(result.data?.collectionSubmit.userErrors).toEqual([]);
    expect(result.data?.collectionSubmit.submission).toMatchObject({
      housing: { rental: true, type: 'BUNGALOW', use: 'RESIDENTIAL' },
      rental: {
        startDate: '2025-06-01',
        endDate: '2026-05-31',
        landlordPerson: { id: encodeGlobalID('Person', landlord.personId) },
        tenants: [{ id: encodeGlobalID('Person', tenant.personId) }],
      },
    });
    // A second visit to the same rental updates it rather than registering another.
    const before = await rowCounts();
    const again = await submit(worker, gridCode, 'GRID_RENTAL', 2, { ...answers, end_date: '2025-12-31' });
    expect(again.data?.collectionSubmit.submission?.rental?.endDate).toBe('2025-12-31');
    expect(await rowCounts()).toEqual({ ...before, submissions: before.submissions + 1 });
  });

  it('asks to register the house when none is registered at the address in the grid', async () => {
    const { gridCode, village, worker } = await aGrid();
    const result = await submit(worker, gridCode, 'GRID_RENTAL', 1, {
      address: `${village} 无名巷`,
      housing_type: 'BUNGALOW',
      housing_use: 'RESIDENTIAL',
      landlord_name: '扎西',
      tenant_count: 1,
      start_date: '2025-06-01',
      end_date: '2025-12-31',
    });
    expect(result.data?.collectionSubmit.userErrors).toMatchObject([
      { code: 'COLLECTION_HOUSING_UNKNOWN', field: ['answers', 'address'] },
    ]);
  });
});

describe('who may collect', () => {
  it('refuses officers above the grid, and reports another grid as absent to its neighbour’s worker', async () => {
    const { gridCode, worker } = await aGrid();
    const answers = { category: 'OPINION', occurred_on: '2025-06-16', description: '希望增设饮水点' };
    const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
    const byAdmin = await submit(admin, gridCode, 'GRID_EVENT', 1, answers);
    expect(byAdmin.data?.collectionSubmit.userErrors).toMatchObject([{ code: 'COLLECTION_FORBIDDEN' }]);
    const other = await t.db.grid.findFirstOrThrow({
      where: { code: { not: gridCode } },
      orderBy: { code: 'asc' },
    });
    const byNeighbour = await submit(worker, other.code, 'GRID_EVENT', 1, answers);
    expect(byNeighbour.data?.collectionSubmit.userErrors).toMatchObject([
      { code: 'COLLECTION_GRID_NOT_FOUND', field: ['gridId'] },
    ]);
    const unknown = await submit(worker, gridCode, 'GRID_WEATHER', 1, answers);
    expect(unknown.data?.collectionSubmit.userErrors).toMatchObject([
      { code: 'COLLECTION_TEMPLATE_NOT_FOUND', field: ['templateCode'] },
    ]);
  });
});

describe('a grid’s coverage (采集覆盖)', () => {
  const COVERAGE = /* GraphQL */ `
    query Coverage($filter: GridFilter, $first: Int, $from: Date, $to: Date) {
      grids(filter: $filter, first: $first) {
        edges { node { code coverage(from: $from, to: $to) {
          from to households householdsVisited rentals rentalsVisited organisations organisationsVisited
        } } }
      }
    }
  `;
  type Coverage = {
    grids: {
      edges: {
        node: {
          code: string;
          coverage: Record<string, number | string>;
        };
      }[];
    };
  };
  const admin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

  it('counts each household, let house and organisation visited this month once, beside the registry’s totals', async () => {
    const { gridCode, worker } = await aGrid();
    // Two visits to the same household count it once.
    const resident = await t.db.resident.findFirstOrThrow({
      where: { gridCode, endedOn: null, residenceStatus: { not: 'FLOATING' } },
      include: { person: true },
      orderBy: { id: 'desc' },
    });
    for (let visit = 0; visit < 2; visit += 1) {
      const result = await submit(worker, gridCode, 'GRID_PERSON', 1, {
        name: resident.person.nameZh,
        citizen_id: resident.person.citizenId,
        relation_to_head: 'HEAD',
        residence_status: resident.residenceStatus,
        address: await addressOf(gridCode),
      });
      expect(result.data?.collectionSubmit.userErrors).toEqual([]);
    }
    const visited = await t.db.collectionSubmission.findMany({
      where: { gridCode },
      select: { householdId: true, housingId: true, organisationId: true },
    });
    const distinct = (values: (string | null)[]) => new Set(values.filter((v) => v !== null)).size;
    const result = await t.gql<Coverage>(COVERAGE, { filter: { within: gridCode } }, { as: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data?.grids.edges[0]?.node.coverage).toEqual({
      from: '2025-06-01',
      to: '2025-06-16',
      households: await t.db.household.count({ where: { gridCode } }),
      householdsVisited: distinct(visited.map((v) => v.householdId)),
      rentals: await t.db.housing.count({ where: { gridCode, rental: true } }),
      rentalsVisited: distinct(visited.map((v) => v.housingId)),
      organisations: await t.db.organisation.count({ where: { gridCode } }),
      organisationsVisited: distinct(visited.map((v) => v.organisationId)),
    });
    expect(distinct(visited.map((v) => v.householdId))).toBeGreaterThanOrEqual(1);
    const lastYear = await t.gql<Coverage>(
      COVERAGE,
      { filter: { within: gridCode }, from: '2024-06-01', to: '2024-06-30' },
      { as: admin },
    );
    expect(lastYear.data?.grids.edges[0]?.node.coverage).toMatchObject({
      householdsVisited: 0,
      rentalsVisited: 0,
      organisationsVisited: 0,
    });
  });

  it('refuses a period that ends before it starts', async () => {
    const { gridCode } = await aGrid();
    const result = await t.gql(
      COVERAGE,
      { filter: { within: gridCode }, from: '2025-06-10', to: '2025-06-01' },
      { as: admin },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('costs the same number of SQL statements for 2 grids as for 40', async () => {
    const counts: number[] = [];
    for (const first of [2, 40]) {
      t.resetQueries();
      const result = await t.gql<Coverage>(COVERAGE, { first }, { as: admin });
      expect(result.errors).toBeUndefined();
      expect(result.data?.grids.edges).toHaveLength(first);
      counts.push(t.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

describe('the collection history', () => {
  it('lists the submissions of the caller’s region, newest first, and none of another county', async () => {
    const county: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
    const outsider: TestCaller = { subject: 'bome', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };
    const QUERY =
      '{ collectionSubmissions(first: 5) { totalCount edges { node { kind templateCode submitter { id } } } } }';
    type List = { collectionSubmissions: { totalCount: number; edges: { node: { kind: string } }[] } };
    const mine = await t.gql<List>(QUERY, {}, { as: county });
    expect(mine.errors).toBeUndefined();
    expect(mine.data?.collectionSubmissions.totalCount).toBe(await t.db.collectionSubmission.count());
    const theirs = await t.gql<List>(QUERY, {}, { as: outsider });
    expect(theirs.data?.collectionSubmissions.totalCount).toBe(0);
  });

  it('costs the same number of SQL statements for 2 submissions as for 6, with everything they link', async () => {
    const county: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };
    const QUERY = `query ($first: Int) { collectionSubmissions(first: $first) { edges { node {
      grid { code } submitter { id } person { id } household { id } organisation { name }
      housing { rental } rental { startDate } } } } }`;
    // Links only (no personal field read in full): an audit write would count one statement more on
    // a page that happens to show a person.
    const counts: number[] = [];
    for (const first of [2, 6]) {
      t.resetQueries();
      const result = await t.gql<{ collectionSubmissions: { edges: unknown[] } }>(
        QUERY,
        { first },
        { as: county },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.collectionSubmissions.edges).toHaveLength(first);
      counts.push(t.queries.length);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});

// Issue 16, the population in depth: where floating and separated residents came from and those
// away went, the 3-day check of floating residents' registrations and of rentals' reports, and the
// seasonal pastures of herding households.
import {
  type CalendarDate,
  GERZE_REGISTRATION_POLICY,
  rentalRegistrationCheck,
  residenceRegistrationCheck,
  shanghaiDateOf,
} from '@grassroots/core';
import { gerzeRegistry } from '@grassroots/fixtures';
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

const GERZE = '542526';
const countyAdmin: TestCaller = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN', region: GERZE }] };
const outsider: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: '540424' }] };
const registry = gerzeRegistry();
const TODAY = shanghaiDateOf(TEST_NOW);

let t: TestGateway;

beforeAll(async () => {
  // The same sets, in the same order, as registry.test.ts: the run builds their database once.
  t = await startGateway([
    regionFixtures,
    personFixtures(),
    gridFixtures(),
    pointsFixtures(),
    registryFixtures(),
  ]);
});
afterAll(() => t.close());

interface UserError {
  readonly code: string;
  readonly field: string[] | null;
}

const floating = registry.residents.find((r) => r.residenceStatus === 'FLOATING');
const away = registry.residents.find((r) => r.residenceStatus === 'AWAY');
if (!floating || !away) throw new Error('the registry fixtures have floating residents and residents away');

describe('where a resident came from or went (转入、外出)', () => {
  const RESIDENT = /* GraphQL */ `
    query Resident($id: ID!) {
      node(id: $id) {
        ... on Resident {
          residenceStatus originCode arrivedOn
          destinationCode destinationPlace departedOn
        }
      }
    }
  `;

  it('shows a floating resident’s origin (their 户籍地 county) and arrival day', async () => {
    const result = await t.gql<{ node: Record<string, unknown> }>(
      RESIDENT,
      { id: encodeGlobalID('Resident', floating.id) },
      { as: countyAdmin },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.node).toEqual({
      residenceStatus: 'FLOATING',
      originCode: floating.originCode,
      arrivedOn: floating.arrivedOn,
      destinationCode: null,
      destinationPlace: null,
      departedOn: null,
    });
  });

  it('shows where a resident away went and the day they left', async () => {
    const result = await t.gql<{ node: Record<string, unknown> }>(
      RESIDENT,
      { id: encodeGlobalID('Resident', away.id) },
      { as: countyAdmin },
    );
    expect(result.data?.node).toMatchObject({
      residenceStatus: 'AWAY',
      originCode: null,
      destinationCode: away.destinationCode,
      departedOn: away.departedOn,
    });
  });
});

describe('registering a floating resident (流动人口居住登记)', () => {
  const REGISTER = /* GraphQL */ `
    mutation Register($input: ResidentRegisterInput!) {
      residentRegister(input: $input) {
        resident { id originCode arrivedOn registrationCheck { status dueOn registeredOn daysLate } }
        userErrors { code field }
      }
    }
  `;
  type Result = {
    residentRegister: {
      resident: {
        id: string;
        originCode: string;
        arrivedOn: string;
        registrationCheck: { status: string; dueOn: string; registeredOn: string; daysLate: number };
      } | null;
      userErrors: UserError[];
    };
  };
  const host = registry.residents.find((r) => r.relationToHead === 'HEAD' && r.gridCode.startsWith(GERZE));
  if (!host) throw new Error('the registry fixtures have heads');

  async function newcomer(): Promise<string> {
    const person = await t.db.person.findFirstOrThrow({
      where: { residences: { none: {} } },
      orderBy: { id: 'asc' },
    });
    return encodeGlobalID('Person', person.id);
  }

  it('needs where the person came from and when, refusing what the status does not take, writing nothing', async () => {
    const before = await t.db.resident.count();
    const input = {
      personId: await newcomer(),
      householdId: encodeGlobalID('Household', host.householdId),
      relationToHead: 'NON_RELATIVE',
      residenceStatus: 'FLOATING',
    };
    const refusals = await Promise.all(
      [
        { arrivedOn: TODAY },
        { originCode: '510107' },
        { originCode: '510107', arrivedOn: TODAY, destinationPlace: '拉萨' },
      ].map((extra) => t.gql<Result>(REGISTER, { input: { ...input, ...extra } }, { as: countyAdmin })),
    );
    expect(refusals.map((r) => r.data?.residentRegister.userErrors)).toEqual([
      [{ code: 'RESIDENT_ORIGIN', field: ['originCode'] }],
      [{ code: 'RESIDENT_ARRIVAL', field: ['arrivedOn'] }],
      [{ code: 'RESIDENT_MOVEMENT_STATUS', field: ['destinationPlace'] }],
    ]);
    expect(await t.db.resident.count()).toBe(before);
  });

  it('records a registration ten days after arrival as late, by seven days, and lists it among the late', async () => {
    const arrivedOn = '2025-06-06';
    const result = await t.gql<Result>(
      REGISTER,
      {
        input: {
          personId: await newcomer(),
          householdId: encodeGlobalID('Household', host.householdId),
          relationToHead: 'NON_RELATIVE',
          residenceStatus: 'FLOATING',
          originCode: '510107',
          arrivedOn,
        },
      },
      { as: countyAdmin },
    );
    expect(result.data?.residentRegister.userErrors).toEqual([]);
    const resident = result.data?.residentRegister.resident;
    expect(resident).toMatchObject({
      originCode: '510107',
      arrivedOn,
      registrationCheck: { status: 'LATE', dueOn: '2025-06-09', registeredOn: TODAY, daysLate: 7 },
    });
    const late = await t.gql<{ residents: { edges: { node: { id: string } }[] } }>(
      `query ($filter: ResidentFilter) { residents(filter: $filter, first: 100) { edges { node { id } } } }`,
      { filter: { gridCode: host.gridCode, registrationCheck: 'LATE' } },
      { as: countyAdmin },
    );
    expect(late.data?.residents.edges.map((e) => e.node.id)).toContain(resident?.id);
  });
});

describe('the 3-day check (居住登记 and 出租房屋登记 within 3 days)', () => {
  const asOf = TODAY as CalendarDate;
  const lateResidents = registry.residents.filter(
    (r) => residenceRegistrationCheck(r, GERZE_REGISTRATION_POLICY, asOf)?.status === 'LATE',
  );
  const rentalsBy = (status: string) =>
    registry.rentals.filter(
      (r) => rentalRegistrationCheck(r, GERZE_REGISTRATION_POLICY, asOf).status === status,
    );

  const RESIDENTS = /* GraphQL */ `
    query Late($filter: ResidentFilter, $first: Int) {
      residents(filter: $filter, first: $first) {
        totalCount
        edges { node { id name registrationCheck { status daysLate } } }
      }
    }
  `;
  type Residents = {
    residents: {
      totalCount: number;
      edges: {
        node: { id: string; name: string; registrationCheck: { status: string; daysLate: number } };
      }[];
    };
  };
  const RENTALS = /* GraphQL */ `
    query Rentals($filter: RentalFilter, $first: Int, $after: String) {
      rentals(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id reportedOn registrationCheck { status dueOn daysLate statusLabel(locale: ZH_CN) } tenants { name } } }
      }
    }
  `;
  type Rentals = {
    rentals: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string };
      edges: {
        node: {
          id: string;
          reportedOn: string | null;
          registrationCheck: { status: string; dueOn: string; daysLate: number; statusLabel: string };
        };
      }[];
    };
  };

  it('lists the county’s floating residents registered late, as core decides each, counted in SQL', async () => {
    expect(lateResidents.length).toBeGreaterThan(0);
    const result = await t.gql<Residents>(
      RESIDENTS,
      { filter: { within: GERZE, registrationCheck: 'LATE' }, first: 50 },
      { as: countyAdmin },
    );
    expect(result.errors).toBeUndefined();
    // The registration above adds one late resident to the fixtures' own.
    expect(result.data?.residents.totalCount).toBeGreaterThanOrEqual(lateResidents.length);
    expect(result.data?.residents.totalCount).toBeLessThanOrEqual(lateResidents.length + 1);
    for (const { node } of result.data?.residents.edges ?? []) {
      expect(node.registrationCheck.status).toBe('LATE');
      expect(node.registrationCheck.daysLate).toBeGreaterThan(0);
    }
    const fixtureIds = new Set(lateResidents.map((r) => encodeGlobalID('Resident', r.id)));
    expect(result.data?.residents.edges.some((e) => fixtureIds.has(e.node.id))).toBe(true);
  });

  it('lists the rentals reported late and those never reported, overdue today, by due day', async () => {
    for (const status of ['LATE', 'OVERDUE'] as const) {
      const expected = rentalsBy(status);
      expect(expected.length).toBeGreaterThan(0);
      const result = await t.gql<Rentals>(
        RENTALS,
        { filter: { within: GERZE, registrationCheck: status }, first: 100 },
        { as: countyAdmin },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.rentals.totalCount).toBe(expected.length);
      const nodes = result.data?.rentals.edges.map((e) => e.node) ?? [];
      expect(nodes.every((n) => n.registrationCheck.status === status)).toBe(true);
      const dues = nodes.map((n) => n.registrationCheck.dueOn);
      expect(dues).toEqual([...dues].sort());
    }
    const overdue = await t.gql<Rentals>(
      RENTALS,
      { filter: { registrationCheck: 'OVERDUE' }, first: 1 },
      { as: countyAdmin },
    );
    expect(overdue.data?.rentals.edges[0]?.node).toMatchObject({
      reportedOn: null,
      registrationCheck: { status: 'OVERDUE', statusLabel: '逾期未登记' },
    });
  });

  it('pages the overdue rentals in SQL over stable cursors, and shows a caller outside the county none', async () => {
    const all = rentalsBy('OVERDUE').length;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Rentals } = await t.gql<Rentals>(
        RENTALS,
        { filter: { registrationCheck: 'OVERDUE' }, first: 4, after },
        { as: countyAdmin },
      );
      seen.push(...(page.data?.rentals.edges.map((e) => e.node.id) ?? []));
      if (!page.data?.rentals.pageInfo.hasNextPage) break;
      after = page.data.rentals.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(all);
    expect(new Set(seen).size).toBe(all);
    const elsewhere = await t.gql<Rentals>(
      RENTALS,
      { filter: { registrationCheck: 'OVERDUE' }, first: 4 },
      { as: outsider },
    );
    expect(elsewhere.data?.rentals.totalCount).toBe(0);
  });

  it('costs the same number of statements for 5 rentals with their tenants as for 50', async () => {
    t.resetQueries();
    await t.gql(RENTALS, { filter: { within: GERZE }, first: 5 }, { as: countyAdmin });
    const few = t.queries.length;
    t.resetQueries();
    await t.gql(RENTALS, { filter: { within: GERZE }, first: 50 }, { as: countyAdmin });
    expect(t.queries.length).toBe(few);
  });

  it('reads the overdue rentals on the index of the report and due days (query plan)', async () => {
    const captured: { query: string; params: string }[] = [];
    (
      t.db as unknown as { $on: (e: 'query', cb: (ev: { query: string; params: string }) => void) => void }
    ).$on('query', (event) => captured.push(event));
    await t.gql(RENTALS, { filter: { registrationCheck: 'OVERDUE' }, first: 10 }, { as: countyAdmin });
    const page = captured.find(
      (q) => q.query.includes('registrationDueOn') && /ORDER BY/.test(q.query) && !/COUNT/.test(q.query),
    );
    if (!page) throw new Error(`no page query among ${captured.map((q) => q.query).join('\n')}`);
    const postgres = process.env.DATABASE_URL?.startsWith('postgres') ?? false;
    const plan = await t.db.$queryRawUnsafe<Record<string, string>[]>(
      `${postgres ? 'EXPLAIN' : 'EXPLAIN QUERY PLAN'} ${page.query}`,
      ...(JSON.parse(page.params) as unknown[]),
    );
    const details = plan.map((row) => row.detail ?? row['QUERY PLAN']).join('\n');
    console.log(`overdue rentals, ${postgres ? 'PostgreSQL' : 'SQLite'} plan:\n${details}`);
    expect(details).toMatch(/Rental_reportedOn_registrationDueOn_idx/);
  });

  it('records a rental registered today as reported today, late when the tenancy began more than 3 days ago', async () => {
    const house = registry.housing.find(
      (h) => h.rental && registry.rentals.every((r) => r.housingId !== h.id || r.endDate < '2025-06-01'),
    );
    const tenant = registry.residents.find(
      (r) => r.gridCode === house?.gridCode && r.relationToHead === 'HEAD',
    );
    if (!house || !tenant || house.owner.kind !== 'PERSON')
      throw new Error('the fixtures have a free let house');
    const result = await t.gql<{
      rentalCreate: {
        rental: { reportedOn: string; registrationCheck: { status: string; daysLate: number } } | null;
        userErrors: UserError[];
      };
    }>(
      `mutation ($input: RentalCreateInput!) { rentalCreate(input: $input) {
        rental { reportedOn registrationCheck { status daysLate } } userErrors { code field } } }`,
      {
        input: {
          housingId: encodeGlobalID('Housing', house.id),
          landlord: { personId: encodeGlobalID('Person', house.owner.personId) },
          tenantIds: [encodeGlobalID('Person', tenant.personId)],
          startDate: '2025-06-10',
          endDate: '2026-06-09',
        },
      },
      { as: countyAdmin },
    );
    expect(result.data?.rentalCreate).toEqual({
      rental: { reportedOn: TODAY, registrationCheck: { status: 'LATE', daysLate: 3 } },
      userErrors: [],
    });
  });
});

describe('seasonal pastures (转场)', () => {
  const herding = registry.pastures[0];
  if (!herding) throw new Error('the registry fixtures have pastures');
  const gridOf = new Map(registry.housing.map((h) => [h.householdId, h.gridCode]));
  const grid = gridOf.get(herding.householdId) ?? '';

  const HOUSEHOLDS = /* GraphQL */ `
    query Pastures($id: ID!, $first: Int) {
      node(id: $id) {
        ... on Grid {
          households(first: $first) {
            edges { node { id pastures { season seasonLabel(locale: ZH_CN) place latitude longitude fromMonth toMonth } } }
          }
        }
      }
    }
  `;
  type Page = {
    node: {
      households: {
        edges: { node: { id: string; pastures: { season: string; place: string; fromMonth: number }[] } }[];
      };
    };
  };

  it('shows a herding household’s winter and summer pastures with their months, winter first', async () => {
    const result = await t.gql<Page>(
      HOUSEHOLDS,
      { id: encodeGlobalID('Grid', grid), first: 100 },
      { as: countyAdmin },
    );
    expect(result.errors).toBeUndefined();
    const household = result.data?.node.households.edges.find(
      (e) => e.node.id === encodeGlobalID('Household', herding.householdId),
    );
    const expected = registry.pastures
      .filter((p) => p.householdId === herding.householdId)
      .sort((a, b) => b.fromMonth - a.fromMonth);
    expect(household?.node.pastures).toEqual(
      expected.map((p) => ({
        season: p.season,
        seasonLabel: { WINTER: '冬季牧场', SUMMER: '夏季牧场', SPRING_AUTUMN: '春秋牧场' }[p.season],
        place: p.place,
        latitude: p.latitude,
        longitude: p.longitude,
        fromMonth: p.fromMonth,
        toMonth: p.toMonth,
      })),
    );
    expect(household?.node.pastures[0]?.season).toBe('WINTER');
  });

  it('loads the pastures of 5 households and of 50 in the same number of statements', async () => {
    t.resetQueries();
    await t.gql(HOUSEHOLDS, { id: encodeGlobalID('Grid', grid), first: 5 }, { as: countyAdmin });
    const few = t.queries.length;
    t.resetQueries();
    await t.gql(HOUSEHOLDS, { id: encodeGlobalID('Grid', grid), first: 50 }, { as: countyAdmin });
    expect(t.queries.length).toBe(few);
  });
});

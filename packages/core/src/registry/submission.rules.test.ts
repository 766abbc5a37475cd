import { describe, expect, it } from 'vitest';
import type { Person } from '../person/person.js';
import type { Actor } from '../shared/actor.js';
import { type CitizenId, composeCitizenId } from '../shared/citizen-id.js';
import { composeCreditCode } from '../shared/credit-code.js';
import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { MobileNumber } from '../shared/phone.js';
import { DEFAULT_COLLECTION_TEMPLATES } from './collection.templates.js';
import { NO_MOVEMENT } from './movement.rules.js';
import type { Housing, Organisation, Rental, Resident, StandardAddress } from './registry.js';
import type { OrganisationSubject, PersonSubject, RentalSubject } from './submission.js';
import {
  acceptSubmission,
  authoriseCollection,
  coveragePeriodOf,
  visitOrganisation,
  visitRental,
  visitResident,
} from './submission.rules.js';

const TODAY = '2026-12-02' as CalendarDate;
const VILLAGE = '542526100201';
const GRID = `${VILLAGE}001`;
const ADDRESS_TEXT = `${VILLAGE} 北街12号`;
const ADDRESS: StandardAddress = {
  regionCode: VILLAGE,
  place: '北街',
  number: '12',
  building: null,
  unit: null,
  room: null,
};
const TASHI_ID = composeCitizenId('542526', '1985-04-12' as CalendarDate, 31);
const DROLMA_ID = composeCitizenId('542526', '1990-07-01' as CalendarDate, 42);
const CO_OP = composeCreditCode({
  department: '9',
  category: '3',
  authorityRegionCode: '542526',
  organisationBody: 'MA6T0XQ1',
});
const { PERSON, ORGANISATION, RENTAL, EVENT } = DEFAULT_COLLECTION_TEMPLATES;

const personAnswers = {
  name: '扎西',
  citizen_id: TASHI_ID,
  relation_to_head: 'HEAD',
  residence_status: 'REGISTERED_RESIDENT',
  address: ADDRESS_TEXT,
  phone: '13800138000',
};

function codesAndFields(result: ReturnType<typeof acceptSubmission>) {
  return result.ok ? [] : result.error.map((e) => [e.code, e.field?.join('.')]);
}

describe('acceptSubmission', () => {
  it('derives the person a visit describes, by citizen ID, with the answers normalised', () => {
    const result = acceptSubmission(
      { template: PERSON, version: 1, gridCode: GRID, answers: { ...personAnswers, name: ' 扎西 ' } },
      TODAY,
    );
    expect(result.ok && result.value.subject).toEqual({
      kind: 'PERSON',
      citizenId: TASHI_ID,
      name: '扎西',
      relationToHead: 'HEAD',
      residenceStatus: 'REGISTERED_RESIDENT',
      address: ADDRESS,
      phone: '13800138000',
    });
    expect(result.ok && result.value.answers.name).toBe('扎西');
  });

  it('refuses an invented citizen ID, a bad phone and an address outside the grid, each at its answer', () => {
    const wrongCheck = `${TASHI_ID.slice(0, 17)}${TASHI_ID[17] === '0' ? '1' : '0'}`;
    const result = acceptSubmission(
      {
        template: PERSON,
        version: 1,
        gridCode: GRID,
        answers: {
          ...personAnswers,
          citizen_id: wrongCheck,
          phone: '12345',
          address: '542526100202 南街1号',
        },
      },
      TODAY,
    );
    expect(codesAndFields(result)).toEqual([
      ['CITIZEN_ID.CHECK_CHARACTER', 'answers.citizen_id'],
      ['PHONE.LENGTH', 'answers.phone'],
      ['COLLECTION.ADDRESS_OUTSIDE_GRID', 'answers.address'],
    ]);
  });

  it('keeps the field checks of the template first: a missing answer is named before any domain check', () => {
    const { name: _name, ...withoutName } = personAnswers;
    const result = acceptSubmission(
      { template: PERSON, version: 1, gridCode: GRID, answers: withoutName },
      TODAY,
    );
    expect(codesAndFields(result)).toEqual([['COLLECTION.REQUIRED', 'answers.name']]);
  });

  it('refuses an organisation whose credit code names another kind than the one given', () => {
    const answers = { name: '物玛乡合作社', credit_code: CO_OP, address: ADDRESS_TEXT };
    const wrong = acceptSubmission(
      {
        template: ORGANISATION,
        version: 1,
        gridCode: GRID,
        answers: { ...answers, organisation_type: 'ENTERPRISE' },
      },
      TODAY,
    );
    expect(codesAndFields(wrong)).toEqual([
      ['COLLECTION.ORGANISATION_TYPE_MISMATCH', 'answers.organisation_type'],
    ]);
    const right = acceptSubmission(
      {
        template: ORGANISATION,
        version: 1,
        gridCode: GRID,
        answers: { ...answers, organisation_type: 'FARMERS_COOPERATIVE' },
      },
      TODAY,
    );
    expect(right.ok && right.value.subject).toMatchObject({ kind: 'ORGANISATION', creditCode: CO_OP });
  });

  const rentalV1 = {
    address: ADDRESS_TEXT,
    housing_type: 'BUNGALOW',
    housing_use: 'RESIDENTIAL',
    landlord_name: '扎西',
    tenant_count: 2,
    start_date: '2026-11-01',
    end_date: '2027-10-31',
  };

  it('reads a version-1 rental as the house let, and a version-2 one with its landlord and tenant', () => {
    const v1 = acceptSubmission({ template: RENTAL, version: 1, gridCode: GRID, answers: rentalV1 }, TODAY);
    expect(v1.ok && v1.value.subject).toMatchObject({ kind: 'RENTAL', parties: null });
    const v2 = acceptSubmission(
      {
        template: RENTAL,
        version: 2,
        gridCode: GRID,
        answers: { ...rentalV1, landlord_citizen_id: TASHI_ID, tenant_citizen_id: DROLMA_ID },
      },
      TODAY,
    );
    expect(v2.ok && v2.value.subject).toMatchObject({
      parties: { landlord: TASHI_ID, tenant: DROLMA_ID },
    });
  });

  it('refuses a rental ending before it starts, and a landlord renting from themselves', () => {
    const result = acceptSubmission(
      {
        template: RENTAL,
        version: 2,
        gridCode: GRID,
        answers: {
          ...rentalV1,
          end_date: '2026-10-01',
          landlord_citizen_id: TASHI_ID,
          tenant_citizen_id: TASHI_ID,
        },
      },
      TODAY,
    );
    expect(codesAndFields(result)).toEqual([
      ['RENTAL.DATES', 'answers.end_date'],
      ['RENTAL.LANDLORD_IS_TENANT', 'answers.tenant_citizen_id'],
    ]);
  });

  it('refuses an event dated after today, and keeps a valid one without a registry subject', () => {
    const answers = { category: 'DISPUTE', description: '草场边界纠纷', occurred_on: '2026-12-03' };
    const late = acceptSubmission({ template: EVENT, version: 1, gridCode: GRID, answers }, TODAY);
    expect(codesAndFields(late)).toEqual([['COLLECTION.IN_FUTURE', 'answers.occurred_on']]);
    const onTime = acceptSubmission(
      { template: EVENT, version: 1, gridCode: GRID, answers: { ...answers, occurred_on: TODAY } },
      TODAY,
    );
    expect(onTime.ok && onTime.value.subject).toEqual({ kind: 'UNREGISTERED', collectionKind: 'EVENT' });
  });
});

describe('authoriseCollection', () => {
  it('lets the grid chief and workers of the grid collect, and nobody else', () => {
    const worker: Actor = { personId: 'P1', grants: [{ role: 'GRID_WORKER', regionCode: GRID }] };
    const chief: Actor = { personId: 'P4', grants: [{ role: 'GRID_CHIEF', regionCode: GRID }] };
    const neighbour: Actor = {
      personId: 'P2',
      grants: [{ role: 'GRID_WORKER', regionCode: `${VILLAGE}002` }],
    };
    const admin: Actor = { personId: 'P3', grants: [{ role: 'COUNTY_ADMIN', regionCode: '542526' }] };
    expect(authoriseCollection(chief, GRID).ok).toBe(true);
    expect(authoriseCollection(worker, GRID).ok).toBe(true);
    expect(!authoriseCollection(neighbour, GRID).ok && 'refused').toBe('refused');
    expect(!authoriseCollection(admin, GRID).ok && 'refused').toBe('refused');
  });
});

const tashi: Person = {
  id: 'P-TASHI',
  nameZh: '扎西',
  nameBo: null,
  citizenId: TASHI_ID,
  sex: 'MALE',
  birthDate: '1985-04-12' as CalendarDate,
  ethnicity: '25' as Person['ethnicity'],
  phone: null,
  residenceRegionCode: VILLAGE as Person['residenceRegionCode'],
  hukouPlaceCode: VILLAGE as Person['hukouPlaceCode'],
};

function residence(id: string, gridCode: string, status: Resident['residenceStatus']): Resident {
  return {
    id,
    citizenId: TASHI_ID as CitizenId,
    name: '扎西',
    householdId: `H-${id}`,
    relationToHead: 'HEAD',
    residenceStatus: status,
    housingId: null,
    gridCode,
    registeredOn: null,
    endedOn: null,
    ...NO_MOVEMENT,
    ...(status === 'FLOATING'
      ? { originCode: '510107' as RegionCode, arrivedOn: '2026-03-01' as CalendarDate }
      : {}),
  };
}

describe('visitResident', () => {
  const subject: PersonSubject = {
    kind: 'PERSON',
    citizenId: TASHI_ID,
    name: '扎西',
    relationToHead: 'HEAD',
    residenceStatus: 'AWAY',
    address: ADDRESS,
    phone: '13800138000' as MobileNumber,
  };

  it('updates the residence status in the grid and the phone', () => {
    const result = visitResident(subject, tashi, [residence('R1', GRID, 'REGISTERED_RESIDENT')], GRID);
    expect(result.ok && result.value.residence.residenceStatus).toBe('AWAY');
    expect(result.ok && result.value.person.phone).toBe('13800138000');
  });

  it('keeps the known phone when the visit recorded none', () => {
    const known = { ...tashi, phone: '13900139000' as MobileNumber };
    const result = visitResident({ ...subject, phone: null }, known, [residence('R1', GRID, 'AWAY')], GRID);
    expect(result.ok && result.value.person.phone).toBe('13900139000');
  });

  it('asks to register a person nobody holds the citizen ID of, or who lives in no household of the grid', () => {
    const unknown = visitResident(subject, null, [], GRID);
    expect(!unknown.ok && unknown.error[0]).toMatchObject({
      code: 'COLLECTION.PERSON_UNKNOWN',
      field: ['answers', 'citizen_id'],
    });
    const elsewhere = visitResident(subject, tashi, [residence('R1', `${VILLAGE}002`, 'AWAY')], GRID);
    expect(!elsewhere.ok && elsewhere.error[0]?.code).toBe('COLLECTION.NOT_A_RESIDENT');
  });

  it('refuses a name other than the registered one', () => {
    const result = visitResident({ ...subject, name: '次仁' }, tashi, [residence('R1', GRID, 'AWAY')], GRID);
    expect(!result.ok && result.error[0]?.field).toEqual(['answers', 'name']);
  });

  it('does not let a visit take the household registration from another household (that is a transfer)', () => {
    const held = [residence('R1', GRID, 'FLOATING'), residence('R2', `${VILLAGE}002`, 'REGISTERED_RESIDENT')];
    const result = visitResident({ ...subject, residenceStatus: 'REGISTERED_RESIDENT' }, tashi, held, GRID);
    expect(!result.ok && result.error[0]?.code).toBe('COLLECTION.REGISTRATION_HELD_ELSEWHERE');
    const staysFloating = visitResident({ ...subject, residenceStatus: 'FLOATING' }, tashi, held, GRID);
    expect(staysFloating.ok && staysFloating.value.residence.originCode).toBe('510107');
  });

  it('keeps only the movement the new status takes: a floating resident found gone away loses the origin', () => {
    const floating = residence('R1', GRID, 'FLOATING');
    const result = visitResident(subject, tashi, [floating], GRID);
    expect(result.ok && result.value.residence).toEqual({
      ...floating,
      ...NO_MOVEMENT,
      residenceStatus: 'AWAY',
    });
  });
});

describe('visitOrganisation', () => {
  const subject: OrganisationSubject = {
    kind: 'ORGANISATION',
    creditCode: CO_OP,
    name: '物玛乡合作社',
    type: 'FARMERS_COOPERATIVE',
    address: ADDRESS,
  };

  it('creates an organisation new to the registry, and updates one known by its credit code', () => {
    const created = visitOrganisation(subject, null, 'ORG-NEW', GRID);
    expect(created.ok && created.value).toMatchObject({ id: 'ORG-NEW', type: 'FARMERS_COOPERATIVE' });
    const existing: Organisation = { ...subject, id: 'ORG-1', name: '旧名称', gridCode: GRID };
    const updated = visitOrganisation(subject, existing, 'ORG-NEW', GRID);
    expect(updated.ok && updated.value).toMatchObject({ id: 'ORG-1', name: '物玛乡合作社' });
  });

  it('leaves an organisation of another grid to that grid', () => {
    const existing: Organisation = { ...subject, id: 'ORG-1', gridCode: `${VILLAGE}002` };
    const result = visitOrganisation(subject, existing, 'ORG-NEW', GRID);
    expect(!result.ok && result.error[0]?.code).toBe('COLLECTION.ORGANISATION_OTHER_GRID');
  });
});

describe('visitRental', () => {
  const house: Housing = {
    id: 'HS-1',
    address: ADDRESS,
    type: 'SELF_BUILT',
    owner: { kind: 'PERSON', personId: 'P-TASHI' },
    use: 'VACANT',
    rental: false,
    gridCode: GRID,
  };
  const subject: RentalSubject = {
    kind: 'RENTAL',
    address: ADDRESS,
    housingType: 'BUNGALOW',
    housingUse: 'RESIDENTIAL',
    startDate: '2026-11-01' as CalendarDate,
    endDate: '2027-10-31' as CalendarDate,
    parties: { landlord: TASHI_ID, tenant: DROLMA_ID },
  };
  const parties = { landlordId: 'P-TASHI', tenantId: 'P-DROLMA' };

  it('marks the house let with the type and use seen, and registers the rental', () => {
    const result = visitRental(subject, house, [], parties, 'L-NEW', GRID, TODAY);
    expect(result.ok && result.value.housing).toMatchObject({
      rental: true,
      type: 'BUNGALOW',
      use: 'RESIDENTIAL',
    });
    // The collection reports the rental (出租房屋登记) on the visit's day.
    expect(result.ok && result.value.rental).toMatchObject({
      id: 'L-NEW',
      tenantIds: ['P-DROLMA'],
      reportedOn: TODAY,
    });
  });

  it('updates the rental that shares days with the period seen, keeping its other tenants', () => {
    const current: Rental = {
      id: 'L-1',
      housingId: 'HS-1',
      landlord: { kind: 'PERSON', personId: 'P-TASHI' },
      tenantIds: ['P-OTHER'],
      startDate: '2026-06-01' as CalendarDate,
      endDate: '2026-12-31' as CalendarDate,
      reportedOn: '2026-06-02' as CalendarDate,
    };
    const result = visitRental(subject, { ...house, rental: true }, [current], parties, 'L-NEW', GRID, TODAY);
    expect(result.ok && result.value.rental).toMatchObject({
      id: 'L-1',
      tenantIds: ['P-DROLMA', 'P-OTHER'],
      startDate: '2026-11-01',
      reportedOn: '2026-06-02',
    });
  });

  it('asks to register the house, and the landlord and tenant, when the registry lacks them', () => {
    const noHouse = visitRental(subject, null, [], parties, 'L-NEW', GRID, TODAY);
    expect(!noHouse.ok && noHouse.error[0]).toMatchObject({
      code: 'COLLECTION.HOUSING_UNKNOWN',
      field: ['answers', 'address'],
    });
    const nobody = visitRental(
      subject,
      house,
      [],
      { landlordId: null, tenantId: null },
      'L-NEW',
      GRID,
      TODAY,
    );
    expect(!nobody.ok && nobody.error.map((e) => e.field?.[1])).toEqual([
      'landlord_citizen_id',
      'tenant_citizen_id',
    ]);
  });

  it('records a version-1 rental as the house let and no rental', () => {
    const result = visitRental({ ...subject, parties: null }, house, [], parties, 'L-NEW', GRID, TODAY);
    expect(result.ok && result.value.rental).toBeNull();
  });
});

describe('coveragePeriodOf', () => {
  it('is the month so far', () => {
    expect(coveragePeriodOf(TODAY)).toEqual({ from: '2026-12-01', to: TODAY });
  });
});

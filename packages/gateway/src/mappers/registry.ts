// Registry rows ⇄ core's registry entities (一标三实: standard addresses, housing, residents,
// organisations, rentals): the one place that knows both shapes.
import {
  type AcceptedSubmission,
  type CalendarDate,
  COLLECTION_KINDS,
  type CollectionKind,
  type CreditCode,
  formatStandardAddress,
  HOUSING_OWNER_KINDS,
  HOUSING_TYPES,
  HOUSING_USES,
  type Housing,
  type HousingOwner,
  type HousingOwnerKind,
  type HousingType,
  type HousingUse,
  holdsRegistration,
  isOpenResidence,
  KEY_PERSON_CATEGORY_LIST,
  type KeyPerson,
  type KeyPersonCategory,
  ORGANISATION_TYPES,
  type Organisation,
  type OrganisationType,
  ok,
  PASTURE_SEASONS,
  type PastureSeason,
  parseCalendarDate,
  parseCreditCode,
  parseRegionCode,
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
  type RegistryParty,
  type RelationToHead,
  type Rental,
  type ResidenceStatus,
  type Resident,
  type Result,
  registrationPolicyFor,
  rentalRegistrationCheck,
  residenceRegistrationCheck,
  type SeasonalPasture,
  type StandardAddress,
} from '@grassroots/core';
import type {
  CollectionSubmission as CollectionSubmissionRow,
  Housing as HousingRow,
  KeyPerson as KeyPersonRow,
  Organisation as OrganisationRow,
  Person as PersonRow,
  Rental as RentalRow,
  Resident as ResidentRow,
  SeasonalPasture as SeasonalPastureRow,
  StandardAddress as StandardAddressRow,
} from '../generated/sqlite/client.js';
import { enumColumn, optionalParsedColumn, parsedColumn, type RowRef, StoredValueError } from './columns.js';
import { personMapper } from './person.js';

const PARTY_KINDS: readonly RegistryParty['kind'][] = ['PERSON', 'ORGANISATION'];

/** The person and organisation columns of a party (`ownerPersonId`, `landlordOrganisationId`, …). */
function partyIds(party: HousingOwner): { personId: string | null; organisationId: string | null } {
  return {
    personId: party.kind === 'PERSON' ? party.personId : null,
    organisationId: party.kind === 'ORGANISATION' ? party.organisationId : null,
  };
}

/** A party from its kind and id columns; the id its kind names must be there. */
function partyOf(
  kind: RegistryParty['kind'],
  ids: { personId: string | null; organisationId: string | null },
  row: RowRef,
  prefix: 'owner' | 'landlord',
): RegistryParty {
  if (kind === 'PERSON') {
    if (ids.personId === null) throw new StoredValueError(row, `${prefix}PersonId`, null);
    return { kind, personId: ids.personId };
  }
  if (ids.organisationId === null) throw new StoredValueError(row, `${prefix}OrganisationId`, null);
  return { kind, organisationId: ids.organisationId };
}

function creditCodeOf(text: string): Result<CreditCode, unknown> {
  const parsed = parseCreditCode(text);
  return parsed.ok ? ok(parsed.value.code) : parsed;
}

/** A standard address as the registry files it: under an id, in a grid. */
export interface StoredAddress extends StandardAddress {
  readonly id: string;
  readonly gridCode: string;
}

export const addressMapper = {
  /** A stored address as core's value; fails with a StoredValueError naming the row if core rejects it. */
  toDomain(row: StandardAddressRow): StandardAddress {
    const ref: RowRef = { model: 'StandardAddress', id: row.id };
    return {
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
      place: row.place,
      number: row.number,
      building: row.building,
      unit: row.unit,
      room: row.room,
    };
  },

  /** The columns of an address row: its parts and its canonical text (core's format), unique and searched. */
  toColumns(address: StoredAddress) {
    return {
      id: address.id,
      regionCode: address.regionCode,
      place: address.place,
      number: address.number,
      building: address.building,
      unit: address.unit,
      room: address.room,
      text: formatStandardAddress(address),
      gridCode: address.gridCode,
    };
  },
} as const;

/** A house as the registry files it: at an address row, with the household living there if known. */
export interface StoredHousing extends Housing {
  readonly addressId: string;
  readonly householdId: string | null;
}

const housingRef = (row: Pick<HousingRow, 'id'>): RowRef => ({ model: 'Housing', id: row.id });

export const housingMapper = {
  /** The kind of building of a stored house, checked (reads no other column). */
  type: (row: Pick<HousingRow, 'id' | 'type'>): HousingType =>
    enumColumn(HOUSING_TYPES, row.type, housingRef(row), 'type'),
  /** The use of a stored house, checked. */
  use: (row: Pick<HousingRow, 'id' | 'use'>): HousingUse =>
    enumColumn(HOUSING_USES, row.use, housingRef(row), 'use'),
  /** Who owns a stored house, checked. */
  ownerKind: (row: Pick<HousingRow, 'id' | 'ownerKind'>): HousingOwnerKind =>
    enumColumn(HOUSING_OWNER_KINDS, row.ownerKind, housingRef(row), 'ownerKind'),

  /** A stored house with its address as core's entity; fails with a StoredValueError naming the row. */
  toDomain(row: HousingRow & { address: StandardAddressRow }): Housing {
    const kind = housingMapper.ownerKind(row);
    const owner: HousingOwner =
      kind === 'COLLECTIVE' || kind === 'STATE'
        ? { kind }
        : partyOf(
            kind,
            { personId: row.ownerPersonId, organisationId: row.ownerOrganisationId },
            housingRef(row),
            'owner',
          );
    return {
      id: row.id,
      address: addressMapper.toDomain(row.address),
      type: housingMapper.type(row),
      owner,
      use: housingMapper.use(row),
      rental: row.rental,
      gridCode: row.gridCode,
    };
  },

  /** The columns of a house row; its address is a row of its own (see {@link addressMapper}). */
  toColumns(housing: StoredHousing) {
    const owner = partyIds(housing.owner);
    return {
      id: housing.id,
      addressId: housing.addressId,
      type: housing.type,
      use: housing.use,
      ownerKind: housing.owner.kind,
      ownerPersonId: owner.personId,
      ownerOrganisationId: owner.organisationId,
      rental: housing.rental,
      gridCode: housing.gridCode,
      householdId: housing.householdId,
    };
  },
} as const;

/**
 * The columns of the 3-day check (core's decision when the row is written): the due day and whether
 * the registration was late, so that late and overdue registrations are conditions on indexed columns.
 */
function registrationColumns(check: { dueOn: CalendarDate; status: string } | null) {
  return { registrationDueOn: check?.dueOn ?? null, registeredLate: check?.status === 'LATE' };
}

// A made registration is late or on time whatever the day; an unmade one's PENDING or OVERDUE is
// never stored (it depends on the day asked), so the day passed for the stored columns is irrelevant.
const ANY_DAY = '9999-12-31' as CalendarDate;

/** A resident as the registry files it: a person, whose citizen ID and name stay on the Person row. */
export interface StoredResident extends Resident {
  readonly personId: string;
}

const residentRef = (row: Pick<ResidentRow, 'id'>): RowRef => ({ model: 'Resident', id: row.id });

export const residentMapper = {
  /** How a stored resident is related to the head of the household, checked. */
  relationToHead: (row: Pick<ResidentRow, 'id' | 'relationToHead'>): RelationToHead =>
    enumColumn(RELATIONS_TO_HEAD, row.relationToHead, residentRef(row), 'relationToHead'),
  /** The residence status of a stored resident, checked. */
  residenceStatus: (row: Pick<ResidentRow, 'id' | 'residenceStatus'>): ResidenceStatus =>
    enumColumn(RESIDENCE_STATUSES, row.residenceStatus, residentRef(row), 'residenceStatus'),

  /** The day a stored residence began, checked. */
  registeredOn: (row: Pick<ResidentRow, 'id' | 'registeredOn'>): CalendarDate | null =>
    optionalParsedColumn(parseCalendarDate, row.registeredOn, residentRef(row), 'registeredOn'),

  /** A stored resident with their person as core's entity (citizen ID and name read from the person). */
  toDomain(row: ResidentRow & { person: PersonRow }): Resident {
    const person = personMapper.toDomain(row.person);
    return {
      id: row.id,
      citizenId: person.citizenId,
      name: person.nameZh,
      householdId: row.householdId,
      relationToHead: residentMapper.relationToHead(row),
      residenceStatus: residentMapper.residenceStatus(row),
      housingId: row.housingId,
      gridCode: row.gridCode,
      registeredOn: residentMapper.registeredOn(row),
      endedOn: optionalParsedColumn(parseCalendarDate, row.endedOn, residentRef(row), 'endedOn'),
      ...residentMapper.movement(row),
    };
  },

  /**
   * The movement of a stored resident (origin and arrival, or destination and departure), checked
   * for shape: the codes were checked against the code lists when written.
   */
  movement(
    row: Pick<
      ResidentRow,
      'id' | 'originCode' | 'arrivedOn' | 'destinationCode' | 'destinationPlace' | 'departedOn'
    >,
  ): Pick<Resident, 'originCode' | 'arrivedOn' | 'destinationCode' | 'destinationPlace' | 'departedOn'> {
    const ref = residentRef(row);
    return {
      originCode: optionalParsedColumn(parseRegionCode, row.originCode, ref, 'originCode'),
      arrivedOn: optionalParsedColumn(parseCalendarDate, row.arrivedOn, ref, 'arrivedOn'),
      destinationCode: optionalParsedColumn(parseRegionCode, row.destinationCode, ref, 'destinationCode'),
      destinationPlace: row.destinationPlace,
      departedOn: optionalParsedColumn(parseCalendarDate, row.departedOn, ref, 'departedOn'),
    };
  },

  /**
   * The columns of a resident row: the person is linked, not copied. `registrationHolder` is derived
   * here: the person's id while the residence holds their registration, so the column's unique
   * index keeps one open registration per person.
   */
  toColumns(resident: StoredResident) {
    return {
      id: resident.id,
      personId: resident.personId,
      householdId: resident.householdId,
      relationToHead: resident.relationToHead,
      residenceStatus: resident.residenceStatus,
      housingId: resident.housingId,
      gridCode: resident.gridCode,
      registeredOn: resident.registeredOn,
      endedOn: resident.endedOn,
      registrationHolder:
        isOpenResidence(resident) && holdsRegistration(resident.residenceStatus) ? resident.personId : null,
      originCode: resident.originCode,
      arrivedOn: resident.arrivedOn,
      destinationCode: resident.destinationCode,
      destinationPlace: resident.destinationPlace,
      departedOn: resident.departedOn,
      ...registrationColumns(
        residenceRegistrationCheck(resident, registrationPolicyFor(resident.gridCode), ANY_DAY),
      ),
    };
  },
} as const;

/** An organisation as the registry files it: at an address row. */
export interface StoredOrganisation extends Organisation {
  readonly addressId: string;
}

const organisationRef = (row: Pick<OrganisationRow, 'id'>): RowRef => ({ model: 'Organisation', id: row.id });

export const organisationMapper = {
  /** The kind of a stored organisation, checked. */
  type: (row: Pick<OrganisationRow, 'id' | 'type'>): OrganisationType =>
    enumColumn(ORGANISATION_TYPES, row.type, organisationRef(row), 'type'),

  /** A stored organisation with its address as core's entity; fails with a StoredValueError naming the row. */
  toDomain(row: OrganisationRow & { address: StandardAddressRow }): Organisation {
    return {
      id: row.id,
      name: row.name,
      creditCode: parsedColumn(creditCodeOf, row.creditCode, organisationRef(row), 'creditCode'),
      type: organisationMapper.type(row),
      address: addressMapper.toDomain(row.address),
      gridCode: row.gridCode,
    };
  },

  /** The columns of an organisation row; its address is a row of its own. */
  toColumns(organisation: StoredOrganisation) {
    return {
      id: organisation.id,
      name: organisation.name,
      creditCode: organisation.creditCode,
      type: organisation.type,
      addressId: organisation.addressId,
      gridCode: organisation.gridCode,
    };
  },
} as const;

const rentalRef = (row: Pick<RentalRow, 'id'>): RowRef => ({ model: 'Rental', id: row.id });

export const rentalMapper = {
  /** Whether the landlord of a stored rental is a person or an organisation, checked. */
  landlordKind: (row: Pick<RentalRow, 'id' | 'landlordKind'>): RegistryParty['kind'] =>
    enumColumn(PARTY_KINDS, row.landlordKind, rentalRef(row), 'landlordKind'),

  /** A stored rental with its tenants as core's entity; fails with a StoredValueError naming the row. */
  toDomain(row: RentalRow & { tenants: readonly { personId: string }[] }): Rental {
    const ref = rentalRef(row);
    return {
      id: row.id,
      housingId: row.housingId,
      landlord: partyOf(
        rentalMapper.landlordKind(row),
        { personId: row.landlordPersonId, organisationId: row.landlordOrganisationId },
        ref,
        'landlord',
      ),
      tenantIds: row.tenants.map((tenant) => tenant.personId),
      startDate: parsedColumn(parseCalendarDate, row.startDate, ref, 'startDate'),
      endDate: parsedColumn(parseCalendarDate, row.endDate, ref, 'endDate'),
      reportedOn: optionalParsedColumn(parseCalendarDate, row.reportedOn, ref, 'reportedOn'),
    };
  },

  /**
   * The columns of a rental row; its tenants are rows of their own (see `tenantColumns`). `gridCode`
   * is the house's, whose county's days the 3-day check counts.
   */
  toColumns(rental: Rental, gridCode: string) {
    const landlord = partyIds(rental.landlord);
    return {
      id: rental.id,
      housingId: rental.housingId,
      landlordKind: rental.landlord.kind,
      landlordPersonId: landlord.personId,
      landlordOrganisationId: landlord.organisationId,
      startDate: rental.startDate,
      endDate: rental.endDate,
      reportedOn: rental.reportedOn,
      ...registrationColumns(rentalRegistrationCheck(rental, registrationPolicyFor(gridCode), ANY_DAY)),
    };
  },

  /** The RentalTenant rows of a rental, one per person renting. */
  tenantColumns(rental: Rental) {
    return rental.tenantIds.map((personId) => ({ rentalId: rental.id, personId }));
  },
} as const;

const pastureRef = (row: Pick<SeasonalPastureRow, 'id'>): RowRef => ({
  model: 'SeasonalPasture',
  id: row.id,
});

export const seasonalPastureMapper = {
  /** The season of a stored pasture, checked. */
  season: (row: Pick<SeasonalPastureRow, 'id' | 'season'>): PastureSeason =>
    enumColumn(PASTURE_SEASONS, row.season, pastureRef(row), 'season'),

  /** A stored pasture as core's. */
  toDomain(row: SeasonalPastureRow): SeasonalPasture {
    return {
      id: row.id,
      householdId: row.householdId,
      season: seasonalPastureMapper.season(row),
      place: row.place,
      latitude: row.latitude,
      longitude: row.longitude,
      fromMonth: row.fromMonth,
      toMonth: row.toMonth,
    };
  },

  /** The columns of a pasture row. */
  toColumns(pasture: SeasonalPasture) {
    return {
      id: pasture.id,
      householdId: pasture.householdId,
      season: pasture.season,
      place: pasture.place,
      latitude: pasture.latitude,
      longitude: pasture.longitude,
      fromMonth: pasture.fromMonth,
      toMonth: pasture.toMonth,
    };
  },
} as const;

/**
 * A collection submission as stored: what core accepted, who submitted it when, and the registry
 * entries it described (its subject, by id: the resident's person and household, the organisation,
 * the house and rental).
 */
export interface StoredSubmission extends AcceptedSubmission {
  readonly id: string;
  readonly submitterSubject: string;
  readonly submitterPersonId: string | null;
  readonly submittedAt: Date;
  readonly submittedOn: CalendarDate;
  readonly subjectIds: {
    readonly personId?: string;
    readonly householdId?: string;
    readonly organisationId?: string;
    readonly housingId?: string;
    readonly rentalId?: string | null;
  };
}

const submissionRef = (row: Pick<CollectionSubmissionRow, 'id'>): RowRef => ({
  model: 'CollectionSubmission',
  id: row.id,
});

export const collectionSubmissionMapper = {
  /** The collection kind of a stored submission, checked. */
  kind: (row: Pick<CollectionSubmissionRow, 'id' | 'kind'>): CollectionKind =>
    enumColumn(COLLECTION_KINDS, row.kind, submissionRef(row), 'kind'),

  /** The columns of a submission row; the answers are stored as JSON, exactly as core normalised them. */
  toColumns(submission: StoredSubmission) {
    const ids = submission.subjectIds;
    return {
      id: submission.id,
      templateCode: submission.templateCode,
      templateVersion: submission.templateVersion,
      kind: submission.kind,
      gridCode: submission.gridCode,
      submitterSubject: submission.submitterSubject,
      submitterPersonId: submission.submitterPersonId,
      submittedAt: submission.submittedAt,
      submittedOn: submission.submittedOn,
      answers: JSON.stringify(submission.answers),
      personId: ids.personId ?? null,
      householdId: ids.householdId ?? null,
      organisationId: ids.organisationId ?? null,
      housingId: ids.housingId ?? null,
      rentalId: ids.rentalId ?? null,
    };
  },
} as const;

const keyPersonRef = (row: Pick<KeyPersonRow, 'id'>): RowRef => ({ model: 'KeyPerson', id: row.id });

export const keyPersonMapper = {
  /** The category of a stored entry, checked. */
  category: (row: Pick<KeyPersonRow, 'id' | 'category'>): KeyPersonCategory =>
    enumColumn(KEY_PERSON_CATEGORY_LIST, row.category, keyPersonRef(row), 'category'),

  /** A stored entry as core's; fails with a StoredValueError naming the row. */
  toDomain(row: KeyPersonRow): KeyPerson {
    const ref = keyPersonRef(row);
    return {
      id: row.id,
      personId: row.personId,
      category: keyPersonMapper.category(row),
      gridCode: row.gridCode,
      since: parsedColumn(parseCalendarDate, row.since, ref, 'since'),
      lastVisitedOn: optionalParsedColumn(parseCalendarDate, row.lastVisitedOn, ref, 'lastVisitedOn'),
    };
  },

  /** The columns of an entry row. */
  toColumns(entry: KeyPerson) {
    return {
      id: entry.id,
      personId: entry.personId,
      category: entry.category,
      gridCode: entry.gridCode,
      since: entry.since,
      lastVisitedOn: entry.lastVisitedOn,
    };
  },
} as const;

import type { Person } from '../person/person.js';
import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import { type CitizenId, parseCitizenId } from '../shared/citizen-id.js';
import { parseCreditCode } from '../shared/credit-code.js';
import { type CalendarDate, compareDates } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { type MobileNumber, parseMobileNumber } from '../shared/phone.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridInVillage, parseStandardAddress } from './address.rules.js';
import type { AnswerValue, CollectionTemplate, NormalisedAnswers } from './collection.js';
import { validateSubmission } from './collection.rules.js';
import { createHousing } from './housing.rules.js';
import { withResidenceStatus } from './movement.rules.js';
import { createOrganisation, organisationTypeOf } from './organisation.rules.js';
import { COLLECTION_ERRORS, RENTAL_ERRORS } from './registry.errors.js';
import type {
  Housing,
  HousingType,
  HousingUse,
  Organisation,
  OrganisationType,
  RelationToHead,
  Rental,
  ResidenceStatus,
  Resident,
  StandardAddress,
} from './registry.js';
import { createRental, rentalsOverlap } from './rental.rules.js';
import { holdsRegistration, isOpenResidence } from './residence.rules.js';
import { atAnswer, SUBMISSION_ERRORS } from './submission.errors.js';
import type {
  AcceptedSubmission,
  CollectionSubject,
  OrganisationSubject,
  PersonSubject,
  RentalSubject,
} from './submission.js';

/**
 * Who collects (采集) in a grid: its grid chief and grid workers, the staff who visit the households
 * (入户走访). Officers above them read what was collected; they do not fill it in.
 */
export const COLLECTORS: readonly Role[] = ['GRID_CHIEF', 'GRID_WORKER'];

/** Whether the actor may submit collections for the grid: a collector whose grant holds it. */
export function authoriseCollection(
  actor: Actor,
  gridCode: string,
): Result<RoleGrant, typeof SUBMISSION_ERRORS.FORBIDDEN> {
  const grant = hasRoleIn(actor, COLLECTORS, gridCode);
  return grant === null ? err(SUBMISSION_ERRORS.FORBIDDEN) : ok(grant);
}

// Reading what a subject needs from the normalised answers. The subject is read by the field codes of
// the default templates; a revision that dropped one of them gets COLLECTION.REQUIRED at that field.
class Answers {
  readonly errors: DomainError[] = [];
  constructor(private readonly answers: NormalisedAnswers) {}

  value(code: string, required: boolean): AnswerValue | undefined {
    const value = this.answers[code];
    if (value === undefined && required) this.errors.push(atAnswer(COLLECTION_ERRORS.REQUIRED, code));
    return value;
  }

  text(code: string): string;
  text(code: string, required: false): string | undefined;
  text(code: string, required = true): string | undefined {
    const value = this.value(code, required);
    return typeof value === 'string' ? value : required ? '' : undefined;
  }

  check<T>(code: string, parsed: Result<T, DomainError>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.errors.push(atAnswer(parsed.error, code));
    return undefined;
  }

  citizenId(code: string, today: CalendarDate): CitizenId | undefined {
    const parsed = parseCitizenId(this.text(code), today);
    return this.check(code, parsed.ok ? ok(parsed.value.id) : parsed);
  }

  address(code: string, gridCode: string, required = true): StandardAddress | undefined {
    const text = required ? this.text(code) : this.text(code, false);
    if (text === undefined) return undefined;
    const address = this.check(code, parseStandardAddress(text));
    if (address !== undefined && !isGridInVillage(gridCode, address.regionCode)) {
      this.errors.push(atAnswer(SUBMISSION_ERRORS.ADDRESS_OUTSIDE_GRID, code));
      return undefined;
    }
    return address;
  }

  notAfter(code: string, today: CalendarDate): void {
    const date = this.text(code, false);
    if (date !== undefined && compareDates(date as CalendarDate, today) > 0) {
      this.errors.push(atAnswer(SUBMISSION_ERRORS.IN_FUTURE, code));
    }
  }
}

function personSubject(answers: Answers, gridCode: string, today: CalendarDate): PersonSubject | null {
  const citizenId = answers.citizenId('citizen_id', today);
  const phoneText = answers.text('phone', false);
  const phone: MobileNumber | null | undefined =
    phoneText === undefined ? null : answers.check('phone', parseMobileNumber(phoneText));
  const address = answers.address('address', gridCode);
  const name = answers.text('name');
  const relationToHead = answers.text('relation_to_head') as RelationToHead;
  const residenceStatus = answers.text('residence_status') as ResidenceStatus;
  if (citizenId === undefined || phone === undefined || address === undefined) return null;
  return { kind: 'PERSON', citizenId, name, relationToHead, residenceStatus, address, phone };
}

function organisationSubject(answers: Answers, gridCode: string): OrganisationSubject | null {
  const code = answers.check('credit_code', parseCreditCode(answers.text('credit_code')));
  const type = answers.text('organisation_type') as OrganisationType;
  if (code !== undefined && organisationTypeOf(code) !== type) {
    answers.errors.push(atAnswer(SUBMISSION_ERRORS.ORGANISATION_TYPE_MISMATCH, 'organisation_type'));
  }
  const address = answers.address('address', gridCode);
  const name = answers.text('name');
  if (code === undefined || address === undefined) return null;
  return { kind: 'ORGANISATION', creditCode: code.code, name, type, address };
}

function rentalSubject(
  answers: Answers,
  version: number,
  gridCode: string,
  today: CalendarDate,
): RentalSubject | null {
  const address = answers.address('address', gridCode);
  const startDate = answers.text('start_date') as CalendarDate;
  const endDate = answers.text('end_date') as CalendarDate;
  if (startDate !== '' && endDate !== '' && compareDates(endDate, startDate) <= 0) {
    answers.errors.push(atAnswer(RENTAL_ERRORS.DATES, 'end_date'));
  }
  // Version 1 did not ask who lets and who rents: it records the house as let, nothing more.
  const asksParties = version >= 2;
  const landlord = asksParties ? answers.citizenId('landlord_citizen_id', today) : undefined;
  const tenant = asksParties ? answers.citizenId('tenant_citizen_id', today) : undefined;
  if (landlord !== undefined && landlord === tenant) {
    answers.errors.push(atAnswer(RENTAL_ERRORS.LANDLORD_IS_TENANT, 'tenant_citizen_id'));
  }
  if (address === undefined || (asksParties && (landlord === undefined || tenant === undefined))) return null;
  return {
    kind: 'RENTAL',
    address,
    housingType: answers.text('housing_type') as HousingType,
    housingUse: answers.text('housing_use') as HousingUse,
    startDate,
    endDate,
    parties: landlord !== undefined && tenant !== undefined ? { landlord, tenant } : null,
  };
}

/** What a submission to accept names: the template, the version it was made with, the grid, the answers. */
export interface SubmissionInput {
  readonly template: CollectionTemplate;
  readonly version: number;
  readonly gridCode: string;
  readonly answers: Readonly<Record<string, unknown>>;
}

/**
 * Accepts a collection submission made in the grid `gridCode` on `today`: the template's field checks
 * ({@link validateSubmission}), then the domain checks of the kind, and the registry subject the
 * answers describe.
 *
 * - 人 PERSON: a valid citizen ID (GB 11643), a valid mobile number if any, a standard address in the
 *   grid's village; the subject is the person with that citizen ID.
 * - 组织 ORGANISATION: a valid unified social credit code (GB 32100) naming the kind given, an address
 *   in the grid's village; the subject is the organisation with that code.
 * - 房租 RENTAL: an address in the grid's village, an end after the start, and from version 2 the
 *   landlord's and lead tenant's valid citizen IDs, not the same; the subject is the house at the address.
 * - 地、事、物 PLACE, EVENT, THING: addresses in the grid's village, dates not after today; no registry
 *   subject.
 *
 * Every problem comes back at once, each at `['answers', code]` (`['version']` for an unknown version).
 */
export function acceptSubmission(
  input: SubmissionInput,
  today: CalendarDate,
): Result<AcceptedSubmission, readonly DomainError[]> {
  const valid = validateSubmission(input.template, input.version, input.answers);
  if (!valid.ok) return valid;
  const answers = new Answers(valid.value);
  const { gridCode } = input;
  let subject: CollectionSubject | null;
  switch (input.template.kind) {
    case 'PERSON':
      subject = personSubject(answers, gridCode, today);
      break;
    case 'ORGANISATION':
      subject = organisationSubject(answers, gridCode);
      break;
    case 'RENTAL':
      subject = rentalSubject(answers, input.version, gridCode, today);
      break;
    case 'PLACE':
    case 'THING':
    case 'EVENT':
      answers.address('address', gridCode, false);
      for (const code of ['occurred_on', 'checked_on']) answers.notAfter(code, today);
      subject = { kind: 'UNREGISTERED', collectionKind: input.template.kind };
      break;
  }
  if (answers.errors.length > 0 || subject === null) return err(answers.errors);
  return ok({
    templateCode: input.template.code,
    templateVersion: input.version,
    kind: input.template.kind,
    gridCode,
    answers: valid.value,
    subject,
  });
}

/** What a person collection changes: the residence in the grid, and the person (their phone). */
export interface ResidentVisit {
  readonly residence: Resident;
  readonly person: Person;
}

/**
 * Applies a person collection to the registry. `person` is whoever holds the subject's citizen ID
 * (null when nobody does) and `residences` their open residences. The visit verifies the name, and
 * updates the residence status of the person's residence in the grid (keeping only the movement the
 * new status takes, `withResidenceStatus`) and their phone (a visit that
 * recorded no phone keeps the known one). The relation to the head is recorded in the submission only:
 * a household's head changes by its own rule, which keeps every household with exactly one.
 *
 * Refusals, at the answer they are about: `COLLECTION.PERSON_UNKNOWN` (register the person first),
 * `COLLECTION.NAME_MISMATCH`, `COLLECTION.NOT_A_RESIDENT` (no residence in this grid),
 * `COLLECTION.REGISTRATION_HELD_ELSEWHERE` (a status holding the household registration while another
 * household holds it: that is a transfer, 户口迁移, made by registering the residence).
 */
export function visitResident(
  subject: PersonSubject,
  person: Person | null,
  residences: readonly Resident[],
  gridCode: string,
): Result<ResidentVisit, readonly DomainError[]> {
  if (person === null || person.citizenId !== subject.citizenId) {
    return err([atAnswer(SUBMISSION_ERRORS.PERSON_UNKNOWN, 'citizen_id')]);
  }
  if (person.nameZh !== subject.name) return err([atAnswer(SUBMISSION_ERRORS.NAME_MISMATCH, 'name')]);
  const open = residences.filter(isOpenResidence);
  const residence = open.find((r) => r.gridCode === gridCode);
  if (residence === undefined) return err([atAnswer(SUBMISSION_ERRORS.NOT_A_RESIDENT, 'citizen_id')]);
  const heldElsewhere = open.some((r) => r.id !== residence.id && holdsRegistration(r.residenceStatus));
  if (holdsRegistration(subject.residenceStatus) && heldElsewhere) {
    return err([atAnswer(SUBMISSION_ERRORS.REGISTRATION_HELD_ELSEWHERE, 'residence_status')]);
  }
  return ok({
    residence: withResidenceStatus(residence, subject.residenceStatus),
    person: { ...person, phone: subject.phone ?? person.phone },
  });
}

const ORGANISATION_ANSWER: Readonly<Record<string, string>> = {
  name: 'name',
  creditCode: 'credit_code',
  address: 'address',
  gridCode: 'address',
};

/**
 * Applies an organisation collection: creates the organisation with its credit code (under `newId`),
 * or updates the one registered with it (`existing`: name, address, kind). An organisation registered
 * in another grid is that grid's to collect (`COLLECTION.ORGANISATION_OTHER_GRID`).
 */
export function visitOrganisation(
  subject: OrganisationSubject,
  existing: Organisation | null,
  newId: string,
  gridCode: string,
): Result<Organisation, readonly DomainError[]> {
  if (existing !== null && existing.gridCode !== gridCode) {
    return err([atAnswer(SUBMISSION_ERRORS.ORGANISATION_OTHER_GRID, 'credit_code')]);
  }
  const organisation = createOrganisation({
    id: existing?.id ?? newId,
    name: subject.name,
    creditCode: subject.creditCode,
    address: subject.address,
    gridCode,
  });
  if (!organisation.ok) {
    const [first = 'address'] = organisation.error.field ?? [];
    return err([atAnswer(organisation.error, ORGANISATION_ANSWER[first] ?? 'address')]);
  }
  return ok(organisation.value);
}

/** What a rental collection changes: the house (let, its type and use), and the rental if it names one. */
export interface RentalVisit {
  readonly housing: Housing;
  readonly rental: Rental | null;
}

/** The persons a version-2 rental collection names, found by citizen ID (null: nobody holds it). */
export interface RentalParties {
  readonly landlordId: string | null;
  readonly tenantId: string | null;
}

const RENTAL_ANSWER: Readonly<Record<string, string>> = {
  [RENTAL_ERRORS.OVERLAP.code]: 'start_date',
  [RENTAL_ERRORS.DATES.code]: 'end_date',
  [RENTAL_ERRORS.LANDLORD_IS_TENANT.code]: 'tenant_citizen_id',
  [RENTAL_ERRORS.TENANT_DUPLICATE.code]: 'tenant_citizen_id',
};

/**
 * Applies a rental collection to the house registered at its address in the grid (`housing`, null when
 * there is none: `COLLECTION.HOUSING_UNKNOWN`, register the house first). The house becomes let, with
 * the type and use seen. When the submission names the landlord and lead tenant, the rental of the
 * house that shares a day with the period seen is updated (landlord, dates, the tenant added), or a new
 * one is registered under `newRentalId`; `rentals` are the house's rentals, checked for overlap as
 * `createRental` does. The collection reports the rental to the registry (出租房屋登记): one not yet
 * reported counts as reported on `today`, the visit's day.
 */
export function visitRental(
  subject: RentalSubject,
  housing: Housing | null,
  rentals: readonly Rental[],
  parties: RentalParties,
  newRentalId: string,
  gridCode: string,
  today: CalendarDate,
): Result<RentalVisit, readonly DomainError[]> {
  if (housing === null || housing.gridCode !== gridCode) {
    return err([atAnswer(SUBMISSION_ERRORS.HOUSING_UNKNOWN, 'address')]);
  }
  const let_ = createHousing({
    ...housing,
    type: subject.housingType,
    use: subject.housingUse,
    rental: true,
  });
  if (!let_.ok) return err([atAnswer(let_.error, 'address')]);
  if (subject.parties === null) return ok({ housing: let_.value, rental: null });
  const { landlordId, tenantId } = parties;
  const unknown: DomainError[] = [];
  if (landlordId === null) unknown.push(atAnswer(SUBMISSION_ERRORS.PERSON_UNKNOWN, 'landlord_citizen_id'));
  if (tenantId === null) unknown.push(atAnswer(SUBMISSION_ERRORS.PERSON_UNKNOWN, 'tenant_citizen_id'));
  if (landlordId === null || tenantId === null) return err(unknown);
  const current = rentals.find((r) => r.housingId === housing.id && rentalsOverlap(r, subject));
  const tenants = (current?.tenantIds ?? []).filter((id) => id !== tenantId && id !== landlordId);
  const rental = createRental(
    {
      id: current?.id ?? newRentalId,
      housingId: housing.id,
      landlord: { kind: 'PERSON', personId: landlordId },
      tenantIds: [tenantId, ...tenants],
      startDate: subject.startDate,
      endDate: subject.endDate,
      reportedOn: current?.reportedOn ?? today,
    },
    let_.value,
    rentals,
  );
  if (!rental.ok) return err([atAnswer(rental.error, RENTAL_ANSWER[rental.error.code] ?? 'address')]);
  return ok({ housing: let_.value, rental: rental.value });
}

/** The period a grid's coverage counts when none is asked for: this month up to today. */
export function coveragePeriodOf(today: CalendarDate): {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
} {
  return { from: `${today.slice(0, 8)}01` as CalendarDate, to: today };
}

import type { CitizenId } from '../shared/citizen-id.js';
import type { CreditCode } from '../shared/credit-code.js';
import type { CalendarDate } from '../shared/date.js';
import type { MobileNumber } from '../shared/phone.js';
import type { CollectionKind, NormalisedAnswers } from './collection.js';
import type {
  HousingType,
  HousingUse,
  OrganisationType,
  RelationToHead,
  ResidenceStatus,
  StandardAddress,
} from './registry.js';

/**
 * The person a person collection (人) describes, found in the registry by citizen ID: what grid staff
 * saw at the visit.
 */
export interface PersonSubject {
  readonly kind: 'PERSON';
  readonly citizenId: CitizenId;
  readonly name: string;
  readonly relationToHead: RelationToHead;
  readonly residenceStatus: ResidenceStatus;
  readonly address: StandardAddress;
  readonly phone: MobileNumber | null;
}

/** The organisation an organisation collection (组织) describes, found by its credit code. */
export interface OrganisationSubject {
  readonly kind: 'ORGANISATION';
  readonly creditCode: CreditCode;
  readonly name: string;
  readonly type: OrganisationType;
  readonly address: StandardAddress;
}

/**
 * The let house a rental collection (房、租) describes, found by its standard address; from version 2
 * of the template also the landlord and the lead tenant (承租人代表), found by citizen ID, so that the
 * rental itself can be registered.
 */
export interface RentalSubject {
  readonly kind: 'RENTAL';
  readonly address: StandardAddress;
  readonly housingType: HousingType;
  readonly housingUse: HousingUse;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  readonly parties: { readonly landlord: CitizenId; readonly tenant: CitizenId } | null;
}

/**
 * What a place, event or thing collection (地、事、物) describes: nothing the registry of 一标三实
 * keeps, so the submission itself is the record.
 */
export interface UnregisteredSubject {
  readonly kind: 'UNREGISTERED';
  readonly collectionKind: Extract<CollectionKind, 'PLACE' | 'EVENT' | 'THING'>;
}

/** The registry subject a submission describes. */
export type CollectionSubject = PersonSubject | OrganisationSubject | RentalSubject | UnregisteredSubject;

/**
 * A submission accepted against its template version: the normalised answers (kept as made, never
 * edited) and the subject they describe.
 */
export interface AcceptedSubmission {
  readonly templateCode: string;
  readonly templateVersion: number;
  readonly kind: CollectionKind;
  readonly gridCode: string;
  readonly answers: NormalisedAnswers;
  readonly subject: CollectionSubject;
}

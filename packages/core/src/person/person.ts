import type { CitizenId, Sex } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import type { MobileNumber } from '../shared/phone.js';
import type { Ethnicity } from './ethnicity.js';

/**
 * One natural person: the identity that grid staff, residents, cadres, party members, applicants
 * and contestants all point to. Sex and birth date are never entered: they are read from the
 * citizen ID, so they cannot disagree with it.
 */
export interface Person {
  readonly id: string;
  readonly nameZh: string;
  /** The name in Tibetan script, where the person has one. */
  readonly nameBo: string | null;
  readonly citizenId: CitizenId;
  readonly sex: Sex;
  readonly birthDate: CalendarDate;
  readonly ethnicity: Ethnicity;
  readonly phone: MobileNumber | null;
  /** The village or community the person lives in. */
  readonly homeRegionCode: RegionCode;
}

/** What a registrar types in. */
export interface PersonInput {
  readonly id: string;
  readonly nameZh: string;
  readonly nameBo?: string | null;
  readonly citizenId: string;
  readonly ethnicity: string;
  readonly phone?: string | null;
  readonly homeRegionCode: string;
}

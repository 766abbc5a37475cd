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
  /**
   * 居住地: the village or community (12-digit code) the person actually lives in. Grid staff reach
   * people through it, and registers count people here.
   */
  readonly residenceRegionCode: RegionCode;
  /**
   * 户籍地: where the person's household registration (户口) is kept. A 12-digit village or community
   * code when it is in the regions the system knows, else the 6-digit GB/T 2260 code of the county
   * (a migrant registered in another province). It differs from the residence for 人户分离 (registered
   * in one village of the county, living in another) and for migrants (流动人口). It is not the
   * citizen ID's address code, which stays where the ID was first issued.
   */
  readonly hukouPlaceCode: RegionCode;
}

/** What a registrar types in. */
export interface PersonInput {
  readonly id: string;
  readonly nameZh: string;
  readonly nameBo?: string | null;
  readonly citizenId: string;
  readonly ethnicity: string;
  readonly phone?: string | null;
  /** 居住地: a village or community code. */
  readonly residenceRegionCode: string;
  /** 户籍地: a village or community code, or a county-level GB/T 2260 code; the residence when absent. */
  readonly hukouPlaceCode?: string | null;
}

import type { CitizenId } from '../shared/citizen-id.js';
import type { CreditCode } from '../shared/credit-code.js';
import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';

/**
 * A standard address (标准地址, the "一标" of "一标三实"): a village or community, a road, street or
 * settlement in it, and as much of house number, building, unit and room as the place has.
 *
 * Its canonical text (see `formatStandardAddress`) is the village code, a space, then the place and
 * the parts with their markers: `542526100201 北街12号3栋2单元301室`.
 */
export interface StandardAddress {
  /** The 12-digit code of the village or community (村/社区). */
  readonly regionCode: string;
  /** The road, street, lane or settlement (街路巷、小区、自然村、牧业点). */
  readonly place: string;
  /** The house number (门牌号), e.g. `12` or `12-1`. */
  readonly number: string | null;
  /** The building (楼栋), e.g. `3` or `A`. */
  readonly building: string | null;
  /** The unit (单元) of the building. */
  readonly unit: string | null;
  /** The room (室). */
  readonly room: string | null;
}

/**
 * How a resident is related to the head of their household (与户主关系, after GB/T 4761).
 */
export type RelationToHead =
  | 'HEAD'
  | 'SPOUSE'
  | 'CHILD'
  | 'CHILD_IN_LAW'
  | 'GRANDCHILD'
  | 'PARENT'
  | 'PARENT_IN_LAW'
  | 'GRANDPARENT'
  | 'SIBLING'
  | 'OTHER_RELATIVE'
  | 'NON_RELATIVE';

/** Every relation to the head of household, the head first. */
export const RELATIONS_TO_HEAD: readonly RelationToHead[] = [
  'HEAD',
  'SPOUSE',
  'CHILD',
  'CHILD_IN_LAW',
  'GRANDCHILD',
  'PARENT',
  'PARENT_IN_LAW',
  'GRANDPARENT',
  'SIBLING',
  'OTHER_RELATIVE',
  'NON_RELATIVE',
];

/**
 * Where a resident stands between household registration and actual residence (居住状态):
 *
 * - `REGISTERED_RESIDENT` 户籍人口 (registered here and living here)
 * - `SEPARATED` 人户分离 (living here, registered in another village or community of the same
 *   county: 人在户不在 without leaving the county)
 * - `FLOATING` 流动人口 (living here, registered outside the county, typically in another
 *   province: a migrant who came to work)
 * - `AWAY` 外出人口 (registered here, living elsewhere: 户在人不在)
 */
export type ResidenceStatus = 'REGISTERED_RESIDENT' | 'SEPARATED' | 'FLOATING' | 'AWAY';

/** Every residence status. */
export const RESIDENCE_STATUSES: readonly ResidenceStatus[] = [
  'REGISTERED_RESIDENT',
  'SEPARATED',
  'FLOATING',
  'AWAY',
];

/**
 * A resident (实有人口): a person known to live, or be registered, in a household of a grid, from
 * `registeredOn` until `endedOn`.
 */
export interface Resident {
  readonly id: string;
  readonly citizenId: CitizenId;
  readonly name: string;
  readonly householdId: string;
  readonly relationToHead: RelationToHead;
  readonly residenceStatus: ResidenceStatus;
  /** The housing the resident lives in, when known. */
  readonly housingId: string | null;
  /** The 15-digit code of the grid that keeps the resident's record. */
  readonly gridCode: string;
  /** The day the residence began; null for residences recorded before the registry kept the day. */
  readonly registeredOn: CalendarDate | null;
  /**
   * The day the residence ended (the person's registration was transferred to another household, 户口迁移);
   * null while it lasts. An ended residence is kept as history, never deleted.
   */
  readonly endedOn: CalendarDate | null;
  /**
   * Where a floating or separated resident came from (来源地): a village or community code, or the
   * county code (GB/T 2260) of a place outside the stored regions, usually their 户籍地. Null for the
   * other statuses, and for residences recorded before the registry kept it.
   */
  readonly originCode: RegionCode | null;
  /** The day a floating or separated resident arrived (来到本地日期); null as `originCode` is. */
  readonly arrivedOn: CalendarDate | null;
  /**
   * Where a resident away (外出) went (去向), when it is a village, community or county code; null
   * for the other statuses, when the destination is only known as text (`destinationPlace`), and for
   * residences recorded before the registry kept it.
   */
  readonly destinationCode: RegionCode | null;
  /** The destination of a resident away as free text (`新疆 阿勒泰 牧场`), when it has no code. */
  readonly destinationPlace: string | null;
  /** The day a resident away left (外出日期); null as the destination is. */
  readonly departedOn: CalendarDate | null;
}

/**
 * The kind of building (房屋类型): `APARTMENT` 楼房 (a flat in a multi-storey building), `BUNGALOW`
 * 平房, `SELF_BUILT` 自建房, `SETTLEMENT_HOUSE` 牧民定居房 (herders' settlement housing), `TENT` 帐篷
 * (seasonal pasture), `PREFAB` 活动板房, `OTHER` 其他.
 */
export type HousingType =
  | 'APARTMENT'
  | 'BUNGALOW'
  | 'SELF_BUILT'
  | 'SETTLEMENT_HOUSE'
  | 'TENT'
  | 'PREFAB'
  | 'OTHER';

/** Every housing type. */
export const HOUSING_TYPES: readonly HousingType[] = [
  'APARTMENT',
  'BUNGALOW',
  'SELF_BUILT',
  'SETTLEMENT_HOUSE',
  'TENT',
  'PREFAB',
  'OTHER',
];

/**
 * What a house is used for (房屋用途): `RESIDENTIAL` 居住, `COMMERCIAL` 商业, `MIXED` 商住两用,
 * `OFFICE` 办公, `WAREHOUSE` 仓储, `PUBLIC_SERVICE` 公共服务, `VACANT` 空置, `OTHER` 其他.
 */
export type HousingUse =
  | 'RESIDENTIAL'
  | 'COMMERCIAL'
  | 'MIXED'
  | 'OFFICE'
  | 'WAREHOUSE'
  | 'PUBLIC_SERVICE'
  | 'VACANT'
  | 'OTHER';

/** Every housing use. */
export const HOUSING_USES: readonly HousingUse[] = [
  'RESIDENTIAL',
  'COMMERCIAL',
  'MIXED',
  'OFFICE',
  'WAREHOUSE',
  'PUBLIC_SERVICE',
  'VACANT',
  'OTHER',
];

/** A person or an organisation, as a party to housing or a rental. */
export type RegistryParty =
  | { readonly kind: 'PERSON'; readonly personId: string }
  | { readonly kind: 'ORGANISATION'; readonly organisationId: string };

/**
 * Who owns a house (产权人): a person, an organisation, the village collective (集体) or the state
 * (国有, e.g. public rental housing).
 */
export type HousingOwner = RegistryParty | { readonly kind: 'COLLECTIVE' } | { readonly kind: 'STATE' };

/** The kinds of owner. */
export type HousingOwnerKind = HousingOwner['kind'];

/** Every kind of owner. */
export const HOUSING_OWNER_KINDS: readonly HousingOwnerKind[] = [
  'PERSON',
  'ORGANISATION',
  'COLLECTIVE',
  'STATE',
];

/** A house (实有房屋) at a standard address. */
export interface Housing {
  readonly id: string;
  readonly address: StandardAddress;
  readonly type: HousingType;
  readonly owner: HousingOwner;
  readonly use: HousingUse;
  /** Whether the house is let (出租房屋); only such houses may have rentals. */
  readonly rental: boolean;
  /** The 15-digit code of the grid the house lies in (inside the address's village). */
  readonly gridCode: string;
}

/**
 * The kind of an organisation (单位类型), read from its unified social credit code (GB 32100,
 * positions 1–2).
 */
export type OrganisationType =
  | 'GOVERNMENT_AGENCY'
  | 'PUBLIC_INSTITUTION'
  | 'ENTERPRISE'
  | 'INDIVIDUAL_BUSINESS'
  | 'FARMERS_COOPERATIVE'
  | 'COLLECTIVE_ECONOMIC_ORGANISATION'
  | 'SOCIAL_ORGANISATION'
  | 'RELIGIOUS_ORGANISATION'
  | 'OTHER';

/** Every organisation type. */
export const ORGANISATION_TYPES: readonly OrganisationType[] = [
  'GOVERNMENT_AGENCY',
  'PUBLIC_INSTITUTION',
  'ENTERPRISE',
  'INDIVIDUAL_BUSINESS',
  'FARMERS_COOPERATIVE',
  'COLLECTIVE_ECONOMIC_ORGANISATION',
  'SOCIAL_ORGANISATION',
  'RELIGIOUS_ORGANISATION',
  'OTHER',
];

/** An organisation (实有单位) with its unified social credit code and address. */
export interface Organisation {
  readonly id: string;
  readonly name: string;
  readonly creditCode: CreditCode;
  readonly type: OrganisationType;
  readonly address: StandardAddress;
  /** The 15-digit code of the grid the organisation lies in (inside the address's village). */
  readonly gridCode: string;
}

/**
 * A rental (房屋租赁): a let house, its landlord and tenants, from `startDate` to `endDate`, both
 * days included.
 */
export interface Rental {
  readonly id: string;
  readonly housingId: string;
  readonly landlord: RegistryParty;
  /** The persons renting, at least one, each once. */
  readonly tenantIds: readonly string[];
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  /**
   * The day the rental was reported to the registry (出租房屋登记, due within the county's days of the
   * tenancy starting, see `checkRegistration`); null while it is known but not reported.
   */
  readonly reportedOn: CalendarDate | null;
}

// biome-ignore-all assist/source/organizeImports: grouped by domain area; the calendar block below is delimited and kept as one piece.
/**
 * @grassroots/core: pure domain rules for county-level grassroots governance. Every export is named
 * here by hand, so the public surface is what this file says and nothing more.
 *
 * @packageDocumentation
 */

// results and errors
export type { BilingualText, DomainError, ErrorKind, MessageText } from './shared/errors.js';
export { domainError } from './shared/errors.js';
export type { Result } from './shared/result.js';
export { err, ok } from './shared/result.js';
export type {
  ActorError,
  CitizenIdError,
  CreditCodeError,
  MoneyError,
  PhoneError,
  RegionCodeError,
} from './shared/shared.errors.js';
export {
  ACTOR_ERRORS,
  atField,
  CITIZEN_ID_ERRORS,
  CREDIT_CODE_ERRORS,
  MONEY_ERRORS,
  PHONE_ERRORS,
  REGION_CODE_ERRORS,
} from './shared/shared.errors.js';

// labels and locales
export type { Labels, Locale } from './shared/labels.js';
export { DEFAULT_LOCALE, isLocale, LOCALES, labelFor, parseLocale } from './shared/labels.js';

// citizen identity numbers (GB 11643)
export type { CitizenId, CitizenIdInfo, ParseCitizenIdOptions, Sex } from './shared/citizen-id.js';
export {
  CITIZEN_ID_WEIGHTS,
  citizenIdCheckCharacter,
  composeCitizenId,
  parseCitizenId,
  SEX_LABELS,
  sexOfSequence,
  upgradeFifteenDigitId,
} from './shared/citizen-id.js';

// unified social credit codes (GB 32100) and organisation codes (GB 11714)
export type {
  CreditCode,
  CreditCodeInfo,
  CreditCodeParts,
  RegistrationDepartment,
} from './shared/credit-code.js';
export {
  CREDIT_CODE_CHARSET,
  CREDIT_CODE_WEIGHTS,
  composeCreditCode,
  creditCodeCheckCharacter,
  isRegistrationDepartment,
  ORGANISATION_CATEGORY_LABELS,
  ORGANISATION_CODE_WEIGHTS,
  organisationCategoryLabels,
  organisationCodeCheckCharacter,
  parseCreditCode,
  REGISTRATION_DEPARTMENT_LABELS,
} from './shared/credit-code.js';

// region, statistical and grid codes (GB/T 2260, 国统字〔2009〕91号)
export type {
  ProvinceCode,
  RegionCode,
  RegionLevel,
  TibetanNameSource,
  TownshipKind,
  UrbanRuralClass,
  VillageKind,
} from './shared/division-code.js';
export {
  countyCodeOf,
  gridCode,
  gridSequenceOf,
  isProvinceCode,
  isRegionCode,
  isUrbanClass,
  isUrbanRuralClass,
  isWithin,
  regionScopePrefix,
  looksLikeDivisionCode,
  PROVINCE_LABELS,
  parentRegionCode,
  parseRegionCode,
  provinceCodeOf,
  REGION_LEVEL_LABELS,
  REGION_LEVELS,
  regionLevel,
  regionLineage,
  TIBETAN_NAME_SOURCE_LABELS,
  TIBETAN_NAME_SOURCES,
  TOWNSHIP_KIND_LABELS,
  townshipCodeOf,
  townshipKindOf,
  URBAN_RURAL_CLASS_LABELS,
  VILLAGE_KIND_LABELS,
  villageCodeOf,
  villageKindOf,
} from './shared/division-code.js';
export {
  currentCountyCodesUnder,
  type DivisionCodeStanding,
  divisionCodeStanding,
  isKnownCountyCode,
} from './shared/division-codes.js';

// mobile numbers
export type { MobileNumber } from './shared/phone.js';
export { formatMobileNumber, isMobileNumber, parseMobileNumber } from './shared/phone.js';

// money in fen
export type { Share } from './shared/share.js';
export { percent, perMille, shareOf } from './shared/share.js';
export type { Fen } from './shared/money.js';
export {
  addFen,
  allocateFen,
  compareFen,
  fenOf,
  formatWanYuan,
  formatYuan,
  isFen,
  multiplyFen,
  parseYuan,
  splitFen,
  subtractFen,
  sumFen,
  ZERO_FEN,
} from './shared/money.js';

// actors, roles and personal data
export type { Actor, Role, RoleGrant } from './shared/actor.js';
export {
  ANONYMOUS,
  createActor,
  describeGrant,
  grantReaches,
  grantsReachingResidents,
  hasRoleForResidents,
  residenceScopeOf,
  grantsCovering,
  hasRoleIn,
  isAnonymous,
  isRole,
  ROLE_LABELS,
  ROLES,
} from './shared/actor.js';
export type {
  DataSubject,
  PersonalField,
  Visibility,
  VisibilityLevel,
  VisibilityPolicy,
} from './shared/personal-data.js';
export {
  canSee,
  DEFAULT_VISIBILITY_POLICY,
  maskAddress,
  maskBirthDate,
  maskCitizenId,
  maskEthnicity,
  maskName,
  maskPhone,
  PERSONAL_FIELD_LABELS,
  PERSONAL_FIELDS,
  showPersonalField,
} from './shared/personal-data.js';
export {
  AUDIT_MINIMUM_RETENTION_MONTHS,
  AUDIT_RETENTION_ERRORS,
  auditPruneCutoff,
} from './shared/audit-retention.js';
export type { ReadPurpose } from './shared/purpose.js';
export {
  DEFAULT_READ_PURPOSE,
  isReadPurpose,
  PURPOSE_ERRORS,
  parseReadPurpose,
  READ_PURPOSE_LABELS,
  READ_PURPOSES,
} from './shared/purpose.js';

// calendar and dates
export type {
  AdjustedWorkday,
  CalendarOptions,
  CalendarScope,
  DayKind,
  RestPeriod,
  WorkingCalendar,
  WorkingDayCount,
  WorkingDayDeadline,
} from './shared/calendar.js';
export {
  addWorkingDays,
  CALENDAR_ERRORS,
  calendarForRegion,
  countWorkingDays,
  dayKind,
  dependsOnProvisional,
  isWorkingDay,
  nationalCalendar,
  restPeriodOn,
  restPeriodsIn,
  workingDayCount,
  workingDayDeadline,
} from './shared/calendar.js';
export { CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from './shared/calendar-data/range.js';
export type {
  OfficialSchedule,
  OfficialScheduleError,
  OfficialScheduleJson,
  OfficialScheduleNameJson,
  OfficialScheduleSource,
  ScheduledRestPeriod,
  ScheduledWorkday,
} from './shared/official-schedule.js';
export {
  OFFICIAL_SCHEDULE_ERRORS,
  OFFICIAL_SCHEDULE_FORMAT,
  OFFICIAL_SCHEDULE_VERSION,
  officialScheduleJson,
  parseOfficialSchedule,
} from './shared/official-schedule.js';
// who reads what: grants that fit their roles, read scopes for SQL, the access table
export type { Holder, ReadableKind, ReadRule, ReadScope } from './shared/authorisation.js';
export {
  accessTable,
  GRANT_LEVELS,
  grantFits,
  isEmptyScope,
  mayRead,
  READ_RULES,
  READABLE_KINDS,
  readScope,
} from './shared/authorisation.js';
export type { CalendarDate } from './shared/date.js';
export {
  addDays,
  calendarDateOf,
  compareDates,
  DATE_ERRORS,
  daysBetween,
  isoWeekday,
  isValidCivilDate,
  parseCalendarDate,
  shanghaiDateOf,
  shanghaiMinutesOfDay,
  startOfShanghaiDay,
} from './shared/date.js';
// end calendar and dates

// grids and the people who run them (网格化管理)
export * from './grid/index.js';

// the registry, records and matters, family points, cameras (一标三实、社情民意、家庭积分制、雪亮工程)
export * from './camera/index.js';
export * from './matter/index.js';
export * from './points/index.js';
export * from './registry/index.js';

// the county service hall (政务服务大厅、办件、好差评)
export * from './serviceHall/index.js';

// people (人员)
export * from './person/index.js';

// party organisations, stationed cadres and co-building (党建、驻村、共建)
export * from './party/index.js';
// contests (竞赛: 乡村振兴 那曲奋进)
export * from './contest/index.js';

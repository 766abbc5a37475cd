// Public API of the basic-information registry ("一标三实") and the collection templates (人、地、事、物、组织、房租).
export { authoriseRegistryChange } from './access.js';
export {
  createStandardAddress,
  formatStandardAddress,
  isGridInVillage,
  MAX_PART_LENGTH,
  MAX_PLACE_LENGTH,
  parseStandardAddress,
  placeEndsLikeAPart,
  type StandardAddressInput,
  streetAddressOf,
} from './address.rules.js';
export {
  type AnswerValue,
  COLLECTION_KINDS,
  type CollectionKind,
  type CollectionTemplate,
  FIELD_DATATYPES,
  type FieldDatatype,
  type FieldValue,
  type NormalisedAnswers,
  type Open311Attribute,
  type Open311AttributeValue,
  type Open311ServiceDefinition,
  type TemplateField,
  type TemplateVersion,
} from './collection.js';
export {
  createCollectionTemplate,
  createTemplateVersion,
  DEFAULT_MAX_ANSWER_LENGTH,
  latestTemplateVersion,
  reviseTemplate,
  templateVersion,
  toOpen311ServiceDefinition,
  validateSubmission,
} from './collection.rules.js';
export { DEFAULT_COLLECTION_TEMPLATES } from './collection.templates.js';
export { createHousing, type HousingInput } from './housing.rules.js';
export type {
  KeyPerson,
  KeyPersonCategory,
  KeyPersonCategoryRule,
  KeyPersonVisitTask,
} from './key-person.js';
export {
  KEY_PERSON_CATEGORIES,
  KEY_PERSON_CATEGORY_LIST,
  KEY_PERSON_ERRORS,
  type KeyPersonError,
  type KeyPersonInput,
  keyPersonReader,
  keyPersonReadScope,
  registerKeyPerson,
  visitDueOn,
  visitTaskOf,
} from './key-person.rules.js';
export {
  arrivesFromElsewhere,
  checkMovement,
  MAX_DESTINATION_PLACE_LENGTH,
  NO_MOVEMENT,
  type ResidenceMovement,
  type ResidenceMovementInput,
  withResidenceStatus,
} from './movement.rules.js';
export {
  createOrganisation,
  MAX_ORGANISATION_NAME_LENGTH,
  type OrganisationInput,
  organisationTypeOf,
} from './organisation.rules.js';
export { PASTURE_SEASONS, type PastureSeason, type SeasonalPasture } from './pasture.js';
export {
  checkHouseholdPastures,
  createSeasonalPasture,
  isPastureInUse,
  MAX_PASTURE_PLACE_LENGTH,
} from './pasture.rules.js';
export {
  changeHouseholdHead,
  checkHousehold,
  countByResidenceStatus,
  createResident,
  type HeadChange,
  LEFT_BEHIND_AGE_LIMIT,
  leftBehindChildren,
  MAX_RESIDENT_NAME_LENGTH,
  type ResidentInput,
} from './population.rules.js';
export {
  DEFAULT_REGISTRATION_POLICY,
  GERZE_REGISTRATION_POLICY,
  REGISTRATION_CHECK_STATUSES,
  REGISTRATION_POLICIES,
  type RegistrationCheck,
  type RegistrationCheckStatus,
  type RegistrationPolicy,
} from './registration.js';
export {
  checkRegistration,
  registrationDueOn,
  registrationPolicyFor,
  rentalRegistrationCheck,
  residenceRegistrationCheck,
} from './registration.rules.js';
export {
  ADDRESS_ERRORS,
  type AddressError,
  COLLECTION_ERRORS,
  type CollectionError,
  HOUSING_ERRORS,
  type HousingError,
  ORGANISATION_ERRORS,
  type OrganisationError,
  PASTURE_ERRORS,
  type PastureError,
  REGISTRY_ACCESS_ERRORS,
  RENTAL_ERRORS,
  RESIDENT_ERRORS,
  type RegistryAccessError,
  type RentalError,
  type ResidentError,
} from './registry.errors.js';
export {
  HOUSING_OWNER_KINDS,
  HOUSING_TYPES,
  HOUSING_USES,
  type Housing,
  type HousingOwner,
  type HousingOwnerKind,
  type HousingType,
  type HousingUse,
  ORGANISATION_TYPES,
  type Organisation,
  type OrganisationType,
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
  type RegistryParty,
  type RelationToHead,
  type Rental,
  type ResidenceStatus,
  type Resident,
  type StandardAddress,
} from './registry.js';
export {
  COLLECTION_KIND_LABELS,
  FIELD_DATATYPE_LABELS,
  HOUSING_OWNER_KIND_LABELS,
  HOUSING_TYPE_LABELS,
  HOUSING_USE_LABELS,
  ORGANISATION_TYPE_LABELS,
  PASTURE_SEASON_LABELS,
  REGISTRATION_CHECK_STATUS_LABELS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
} from './registry.labels.js';
export { createRental, endRentalEarly, rentalOn, rentalsOverlap } from './rental.rules.js';
export {
  type HeldResidence,
  holdsRegistration,
  isOpenResidence,
  type ResidenceChange,
  registerResidence,
} from './residence.rules.js';
export { atAnswer, SUBMISSION_ERRORS, type SubmissionError } from './submission.errors.js';
export type {
  AcceptedSubmission,
  CollectionSubject,
  OrganisationSubject,
  PersonSubject,
  RentalSubject,
  UnregisteredSubject,
} from './submission.js';
export {
  acceptSubmission,
  authoriseCollection,
  COLLECTORS,
  coveragePeriodOf,
  type RentalParties,
  type RentalVisit,
  type ResidentVisit,
  type SubmissionInput,
  visitOrganisation,
  visitRental,
  visitResident,
} from './submission.rules.js';

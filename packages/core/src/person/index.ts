// Public API of the people area (人员): the one identity every slice points to.
export {
  ETHNICITIES,
  ETHNICITY_BO_ESTABLISHED,
  ETHNICITY_CODES,
  ETHNICITY_LABELS,
  ETHNICITY_TABLE,
  type Ethnicity,
  type EthnicityEntry,
  ethnicityOfCode,
  isEthnicity,
} from './ethnicity.js';
export { PERSON_ERRORS, type PersonError } from './person.errors.js';
export type { Person, PersonInput } from './person.js';
export {
  authorisePersonChange,
  changePhone,
  createPerson,
  PERSON_REGISTRARS,
  parseHukouPlace,
} from './person.rules.js';

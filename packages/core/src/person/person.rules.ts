import { type Actor, hasRoleForResidents, type Role, type RoleGrant } from '../shared/actor.js';
import { parseCitizenId } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import { countyCodeOf, parseRegionCode, type RegionCode, regionLevel } from '../shared/division-code.js';
import { divisionCodeStanding } from '../shared/division-codes.js';
import type { DomainError } from '../shared/errors.js';
import { parseMobileNumber } from '../shared/phone.js';
import { err, ok, type Result } from '../shared/result.js';
import { atField } from '../shared/shared.errors.js';
import { isEthnicity } from './ethnicity.js';
import { PERSON_ERRORS } from './person.errors.js';
import type { Person, PersonInput } from './person.js';

/** The roles that register residents and correct their records: the staff who meet them. */
export const PERSON_REGISTRARS: readonly Role[] = [
  'COUNTY_ADMIN',
  'TOWNSHIP_OFFICER',
  'GRID_CHIEF',
  'GRID_WORKER',
  'SERVICE_HALL_CLERK',
];

const TIBETAN_SCRIPT = /^[\u0F00-\u0FFF\s]+$/u;

/**
 * Reads a household-registration place (户籍地): a village or community code (its county in force),
 * or a county-level GB/T 2260 code in force (a registration is kept where a county exists today;
 * abolished codes survive only on old IDs). Null when it is neither.
 */
export function parseHukouPlace(text: string): RegionCode | null {
  const code = parseRegionCode(text.trim());
  if (!code.ok) return null;
  const level = regionLevel(code.value);
  if (level !== 'VILLAGE' && level !== 'COUNTY') return null;
  return divisionCodeStanding(countyCodeOf(code.value)) === 'CURRENT' ? code.value : null;
}

/**
 * Validates a registration and builds the person. Every problem is reported, each with its field,
 * so a form can mark them all at once.
 */
export function createPerson(
  input: PersonInput,
  today: CalendarDate,
): Result<Person, readonly DomainError[]> {
  const errors: DomainError[] = [];
  const nameZh = input.nameZh.trim();
  if (nameZh.length === 0 || [...nameZh].length > 30) errors.push(PERSON_ERRORS.NAME_REQUIRED);
  const nameBo = input.nameBo?.trim() || null;
  if (nameBo !== null && !TIBETAN_SCRIPT.test(nameBo)) errors.push(PERSON_ERRORS.NAME_BO_SCRIPT);
  const id = parseCitizenId(input.citizenId, today);
  if (!id.ok) errors.push(atField(id.error, ['citizenId']));
  if (!isEthnicity(input.ethnicity)) errors.push(PERSON_ERRORS.ETHNICITY);
  const phoneText = input.phone?.trim() || null;
  const phone = phoneText === null ? null : parseMobileNumber(phoneText);
  if (phone !== null && !phone.ok) errors.push(atField(phone.error, ['phone']));
  const region = parseRegionCode(input.residenceRegionCode);
  if (!region.ok || regionLevel(region.value) !== 'VILLAGE') errors.push(PERSON_ERRORS.RESIDENCE_REGION);
  const hukouText = input.hukouPlaceCode?.trim() || null;
  const hukou = hukouText === null ? (region.ok ? region.value : null) : parseHukouPlace(hukouText);
  if (hukouText !== null && hukou === null) errors.push(PERSON_ERRORS.HUKOU_PLACE);

  if (
    errors.length > 0 ||
    !id.ok ||
    !region.ok ||
    hukou === null ||
    !isEthnicity(input.ethnicity) ||
    (phone !== null && !phone.ok)
  ) {
    return err(errors);
  }
  return ok({
    id: input.id,
    nameZh,
    nameBo,
    citizenId: id.value.id,
    sex: id.value.sex,
    birthDate: id.value.birthDate,
    ethnicity: input.ethnicity,
    phone: phone === null ? null : phone.value,
    residenceRegionCode: region.value,
    hukouPlaceCode: hukou,
  });
}

/**
 * Whether the actor may register or change people living in `regionCode`: one of
 * {@link PERSON_REGISTRARS} with a scope containing the region. Returns the grant that allows it.
 */
export function authorisePersonChange(actor: Actor, regionCode: string): Result<RoleGrant, DomainError> {
  const grant = hasRoleForResidents(actor, PERSON_REGISTRARS, regionCode);
  return grant === null ? err(PERSON_ERRORS.FORBIDDEN) : ok(grant);
}

/** Changes a person's phone number; an empty text removes it. */
export function changePhone(person: Person, phone: string | null): Result<Person, DomainError> {
  const text = phone?.trim() || null;
  if (text === null) return ok({ ...person, phone: null });
  const parsed = parseMobileNumber(text);
  if (!parsed.ok) return err(atField(parsed.error, ['phone']));
  return ok({ ...person, phone: parsed.value });
}

import { parseCitizenId } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridCode } from './address.rules.js';
import { at, RESIDENT_ERRORS, type ResidentError } from './registry.errors.js';
import {
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
  type RelationToHead,
  type ResidenceStatus,
  type Resident,
} from './registry.js';

/** The longest name, in characters. */
export const MAX_RESIDENT_NAME_LENGTH = 50;

/** What a caller supplies for a resident; the citizen id is read with `parseCitizenId`. */
export interface ResidentInput {
  readonly id: string;
  readonly citizenId: string;
  readonly name: string;
  readonly householdId: string;
  readonly relationToHead: RelationToHead;
  readonly residenceStatus: ResidenceStatus;
  readonly housingId: string | null;
  readonly gridCode: string;
}

/**
 * Builds a resident (实有人口) registered on `today` (the caller's civil date in Asia/Shanghai): a
 * valid citizen identity number (GB 11643, its failures keep their `CITIZEN_ID.*` codes), a name, a
 * household with the relation to its head, a residence status and the grid keeping the record.
 * Whether the person may hold it beside their other residences is `registerResidence`'s rule.
 */
export function createResident(
  input: ResidentInput,
  today: CalendarDate,
): Result<Resident, ResidentError | DomainError> {
  const id = input.id.trim();
  if (id === '') return err(at(RESIDENT_ERRORS.REQUIRED, 'id'));
  const citizenId = parseCitizenId(input.citizenId, today);
  if (!citizenId.ok) return err({ ...citizenId.error, field: ['citizenId'] });
  const name = input.name.trim();
  if (name === '') return err(at(RESIDENT_ERRORS.REQUIRED, 'name'));
  if ([...name].length > MAX_RESIDENT_NAME_LENGTH) return err(at(RESIDENT_ERRORS.NAME, 'name'));
  const householdId = input.householdId.trim();
  if (householdId === '') return err(at(RESIDENT_ERRORS.REQUIRED, 'householdId'));
  if (!RELATIONS_TO_HEAD.includes(input.relationToHead))
    return err(at(RESIDENT_ERRORS.RELATION, 'relationToHead'));
  if (!RESIDENCE_STATUSES.includes(input.residenceStatus)) {
    return err(at(RESIDENT_ERRORS.RESIDENCE_STATUS, 'residenceStatus'));
  }
  if (!isGridCode(input.gridCode)) return err(at(RESIDENT_ERRORS.GRID_CODE, 'gridCode'));
  return ok({
    id,
    citizenId: citizenId.value.id,
    name,
    householdId,
    relationToHead: input.relationToHead,
    residenceStatus: input.residenceStatus,
    housingId: input.housingId?.trim() || null,
    gridCode: input.gridCode,
    registeredOn: today,
    endedOn: null,
  });
}

/**
 * Checks the members of one household (户): all of the same household, exactly one head (户主), and
 * no citizen identity number twice. Returns the head.
 */
export function checkHousehold(members: readonly Resident[]): Result<Resident, ResidentError> {
  const householdId = members[0]?.householdId;
  const seen = new Set<string>();
  for (const [index, member] of members.entries()) {
    if (member.householdId !== householdId)
      return err(at(RESIDENT_ERRORS.OTHER_HOUSEHOLD, index, 'householdId'));
    if (seen.has(member.citizenId)) return err(at(RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE, index, 'citizenId'));
    seen.add(member.citizenId);
  }
  const heads = members.filter((member) => member.relationToHead === 'HEAD');
  const [head] = heads;
  if (head === undefined) return err(RESIDENT_ERRORS.HOUSEHOLD_HEAD_MISSING);
  if (heads.length > 1) return err(RESIDENT_ERRORS.HOUSEHOLD_HEAD_DUPLICATE);
  return ok(head);
}

/** Counts residents by residence status (户籍、流动、外出), every status present. */
export function countByResidenceStatus(
  residents: readonly Resident[],
): Readonly<Record<ResidenceStatus, number>> {
  const counts: Record<ResidenceStatus, number> = { REGISTERED_RESIDENT: 0, FLOATING: 0, AWAY: 0 };
  for (const resident of residents) counts[resident.residenceStatus] += 1;
  return counts;
}

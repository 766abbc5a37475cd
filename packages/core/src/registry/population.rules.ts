import { parseCitizenId } from '../shared/citizen-id.js';
import type { CalendarDate } from '../shared/date.js';
import type { DomainError } from '../shared/errors.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridCode } from './address.rules.js';
import { checkMovement, type ResidenceMovementInput } from './movement.rules.js';
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

/**
 * What a caller supplies for a resident; the citizen id is read with `parseCitizenId`, the movement
 * (origin and arrival, or destination and departure) with `checkMovement`.
 */
export interface ResidentInput extends ResidenceMovementInput {
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
 * household with the relation to its head, a residence status and the grid keeping the record, and
 * the movement the status takes (`checkMovement`: where a floating or separated resident came from
 * and when, where a resident away went and when). Whether the person may hold it beside their other residences is `registerResidence`'s rule.
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
  const movement = checkMovement(input.residenceStatus, input, today);
  if (!movement.ok) return movement;
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
    ...movement.value,
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

/** How the former head stands to the new one, from how the new head stood to the former. */
const INVERSE_RELATION: Readonly<Record<Exclude<RelationToHead, 'HEAD'>, RelationToHead>> = {
  SPOUSE: 'SPOUSE',
  CHILD: 'PARENT',
  CHILD_IN_LAW: 'PARENT_IN_LAW',
  GRANDCHILD: 'GRANDPARENT',
  PARENT: 'CHILD',
  PARENT_IN_LAW: 'CHILD_IN_LAW',
  GRANDPARENT: 'GRANDCHILD',
  SIBLING: 'SIBLING',
  OTHER_RELATIVE: 'OTHER_RELATIVE',
  NON_RELATIVE: 'NON_RELATIVE',
};

/** What changing the head of a household changes: the two members whose relation to the head moves. */
export interface HeadChange {
  readonly newHead: Resident;
  readonly formerHead: Resident;
}

/**
 * Makes the member with `citizenId` the head (户主) of the household whose current members are
 * `members` (open residences, the head among them), without anyone leaving it (户主变更). The former
 * head stays a member, related to the new head as the inverse of how the new head was related to
 * them (the spouse's spouse, a child's parent …) unless `formerHeadRelation` says otherwise. The
 * other members keep the relation recorded for them. The household keeps exactly one head.
 *
 * Refusals:
 * - `RESIDENT.HEAD_NOT_MEMBER` (validation): nobody of `members` has `citizenId` (a person who left,
 *   or never lived there);
 * - `RESIDENT.ALREADY_HEAD` (conflict): the member heads the household already;
 * - `RESIDENT.RELATION` (validation): `formerHeadRelation` is `HEAD`;
 * - `checkHousehold`'s refusals, should the stored household already be broken.
 */
export function changeHouseholdHead(
  members: readonly Resident[],
  citizenId: string,
  formerHeadRelation?: RelationToHead,
): Result<HeadChange, ResidentError> {
  const open = members.filter((member) => member.endedOn === null);
  const checked = checkHousehold(open);
  if (!checked.ok) return checked;
  const formerHead = checked.value;
  const chosen = open.find((member) => member.citizenId === citizenId);
  if (!chosen) return err(RESIDENT_ERRORS.HEAD_NOT_MEMBER);
  if (chosen.relationToHead === 'HEAD') return err(RESIDENT_ERRORS.ALREADY_HEAD);
  if (formerHeadRelation === 'HEAD') return err(RESIDENT_ERRORS.RELATION);
  return ok({
    newHead: { ...chosen, relationToHead: 'HEAD' },
    formerHead: {
      ...formerHead,
      relationToHead: formerHeadRelation ?? INVERSE_RELATION[chosen.relationToHead],
    },
  });
}

/** Counts residents by residence status (户籍、人户分离、流动、外出), every status present. */
export function countByResidenceStatus(
  residents: readonly Resident[],
): Readonly<Record<ResidenceStatus, number>> {
  const counts: Record<ResidenceStatus, number> = {
    REGISTERED_RESIDENT: 0,
    SEPARATED: 0,
    FLOATING: 0,
    AWAY: 0,
  };
  for (const resident of residents) counts[resident.residenceStatus] += 1;
  return counts;
}

/** Under this age a child whose parents both work away is left behind (留守儿童). */
export const LEFT_BEHIND_AGE_LIMIT = 16;

// Whose children each member is, by relation to the head: the head's and spouse's children are
// CHILD, a child's and child-in-law's are GRANDCHILD; the head is a PARENT's or GRANDPARENT's child.
const PARENTS_OF: Partial<Record<RelationToHead, readonly RelationToHead[]>> = {
  CHILD: ['HEAD', 'SPOUSE'],
  GRANDCHILD: ['CHILD', 'CHILD_IN_LAW'],
};

/**
 * The left-behind children (留守儿童) of one household's open residences on `today`: members under
 * {@link LEFT_BEHIND_AGE_LIMIT} (read from their citizen ID) who live there, whose parents, as the
 * relations to the head place them (the head and spouse for a child, the children and
 * children-in-law for a grandchild), are recorded in the household and all live away (外出).
 * After 国务院关于加强农村留守儿童关爱保护工作的意见 (国发〔2016〕13号): under 16, both parents
 * working away, or one away and the other unable to care. The second case needs a record of
 * capacity the registry does not keep, so it is not counted; a child whose parents are not in the
 * household record is not counted either (the registry cannot tell).
 */
export function leftBehindChildren(household: readonly Resident[], today: CalendarDate): readonly Resident[] {
  const open = household.filter((member) => member.endedOn === null);
  return open.filter((member) => {
    const parents = PARENTS_OF[member.relationToHead];
    if (parents === undefined || member.residenceStatus === 'AWAY') return false;
    const id = parseCitizenId(member.citizenId, today);
    if (!id.ok || ageOn(id.value.birthDate, today) >= LEFT_BEHIND_AGE_LIMIT) return false;
    const recorded = open.filter((other) => parents.includes(other.relationToHead));
    return recorded.length > 0 && recorded.every((parent) => parent.residenceStatus === 'AWAY');
  });
}

function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [oy, om, od] = on.split('-').map(Number) as [number, number, number];
  return oy - by - (om < bm || (om === bm && od < bd) ? 1 : 0);
}

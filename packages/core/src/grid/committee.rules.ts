import { err, ok, type Result } from '../shared/result.js';
import {
  COMMITTEE_SEATS,
  type CommitteeMember,
  type CommitteeSeat,
  type HomeownersCommittee,
} from './committee.js';
import { at, COMMITTEE_ERRORS, type CommitteeError } from './grid.errors.js';
import type { Grid, StaffAssignment } from './grid.js';
import { isBlank } from './text.rules.js';

function isSeat(value: string): value is CommitteeSeat {
  return (COMMITTEE_SEATS as readonly string[]).includes(value);
}

/**
 * Builds a homeowners' committee for an urban grid (`COMMITTEE.URBAN_GRID_ONLY` for a pastoral one).
 *
 * `assignments` are the assignments in force; only those to this grid count. A staff seat must be
 * held in this grid (`COMMITTEE.SEAT_NOT_HELD`); every grid chief of the grid sits in the chief's
 * seat, and there is one at all (`COMMITTEE.GRID_CHIEF_MISSING`); at least one household-joint head
 * sits (`COMMITTEE.HOUSEHOLD_JOINT_HEAD_MISSING`). Building heads may sit; a person holds one seat.
 */
export function createHomeownersCommittee(
  grid: Pick<Grid, 'code' | 'kind'>,
  input: { readonly id: string; readonly name: string; readonly members: readonly CommitteeMember[] },
  assignments: readonly Pick<StaffAssignment, 'personId' | 'role' | 'gridCode'>[],
): Result<HomeownersCommittee, CommitteeError> {
  if (grid.kind !== 'URBAN') return err(COMMITTEE_ERRORS.URBAN_GRID_ONLY);
  if (isBlank(input.id)) return err(at(COMMITTEE_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.name)) return err(at(COMMITTEE_ERRORS.REQUIRED, 'name'));
  const staff = assignments.filter((assignment) => assignment.gridCode === grid.code);
  const holds = (personId: string, role: StaffAssignment['role']): boolean =>
    staff.some((assignment) => assignment.personId === personId && assignment.role === role);

  const seated = new Set<string>();
  for (const [index, member] of input.members.entries()) {
    if (isBlank(member.personId)) return err(at(COMMITTEE_ERRORS.REQUIRED, 'members', index, 'personId'));
    if (!isSeat(member.seat)) return err(at(COMMITTEE_ERRORS.SEAT, 'members', index, 'seat'));
    if (seated.has(member.personId)) return err(at(COMMITTEE_ERRORS.MEMBER_DUPLICATE, 'members', index));
    seated.add(member.personId);
    if (member.seat !== 'HOMEOWNER' && !holds(member.personId, member.seat)) {
      return err(at(COMMITTEE_ERRORS.SEAT_NOT_HELD, 'members', index, 'seat'));
    }
  }

  const chiefs = new Set(staff.filter((a) => a.role === 'GRID_CHIEF').map((a) => a.personId));
  const chiefSeats = new Set(input.members.filter((m) => m.seat === 'GRID_CHIEF').map((m) => m.personId));
  if (chiefs.size === 0 || [...chiefs].some((personId) => !chiefSeats.has(personId))) {
    return err(at(COMMITTEE_ERRORS.GRID_CHIEF_MISSING, 'members'));
  }
  if (!input.members.some((member) => member.seat === 'HOUSEHOLD_JOINT_HEAD')) {
    return err(at(COMMITTEE_ERRORS.HOUSEHOLD_JOINT_HEAD_MISSING, 'members'));
  }
  return ok({
    id: input.id,
    gridCode: grid.code,
    name: input.name.trim(),
    members: input.members.map((member) => ({ ...member })),
  });
}

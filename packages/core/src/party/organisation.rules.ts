import { type CalendarDate, calendarDateOf, compareDates } from '../shared/date.js';
import { isRegionCode } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, PARTY_ERRORS, type PartyError } from './party.errors.js';
import {
  BRANCH_KINDS,
  type MemberDates,
  type MemberEvent,
  type MemberStatus,
  type MemberStatusRule,
  type OrganisationKind,
  type PartyMember,
  type PartyOrganisation,
  type StructureThresholds,
  type StructureViolation,
} from './party.js';

/** The kinds each kind may sit under (null: at the top of a county's tree). */
export const PARENT_KINDS: Readonly<Record<OrganisationKind, readonly (OrganisationKind | null)[]>> = {
  PARTY_COMMITTEE: [null, 'PARTY_COMMITTEE'],
  GENERAL_BRANCH: ['PARTY_COMMITTEE'],
  BRANCH: ['PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  JOINT_BRANCH: ['PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  GRID_BRANCH: ['PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  TEMPORARY_BRANCH: ['PARTY_COMMITTEE', 'GENERAL_BRANCH'],
  GROUP: BRANCH_KINDS,
};

/** Builds an organisation under `parent` (null for a county's top committee). */
export function createPartyOrganisation(
  input: Omit<PartyOrganisation, 'unitCount' | 'committeeSize'> & {
    readonly unitCount?: number;
    readonly committeeSize?: number;
  },
  parent: Pick<PartyOrganisation, 'id' | 'kind'> | null,
): Result<PartyOrganisation, PartyError> {
  if (input.id.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'id'));
  if (input.name.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'name'));
  if (!isRegionCode(input.regionCode)) return err(at(PARTY_ERRORS.REQUIRED, 'regionCode'));
  if ((parent?.id ?? null) !== input.parentId || !PARENT_KINDS[input.kind].includes(parent?.kind ?? null)) {
    return err(at(PARTY_ERRORS.PARENT_KIND, 'parentId'));
  }
  if (input.kind === 'GRID_BRANCH' && (input.gridCode === null || input.gridCode.length !== 15)) {
    return err(at(PARTY_ERRORS.GRID_REQUIRED, 'gridCode'));
  }
  const unitCount = input.unitCount ?? 1;
  if (!Number.isInteger(unitCount) || unitCount < 1 || (unitCount > 1 && input.kind !== 'JOINT_BRANCH')) {
    return err(at(PARTY_ERRORS.UNIT_COUNT, 'unitCount'));
  }
  const committeeSize = input.committeeSize ?? 0;
  if (!Number.isInteger(committeeSize) || committeeSize < 0)
    return err(at(PARTY_ERRORS.REQUIRED, 'committeeSize'));
  return ok({ ...input, name: input.name.trim(), unitCount, committeeSize });
}

/** `date` shifted by whole months, clamped to the end of a shorter month. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  for (let d = day; d >= 28; d--) {
    const candidate = calendarDateOf(y, m, d);
    if (candidate.ok) return candidate.value;
  }
  const fallback = calendarDateOf(y, m, day);
  if (!fallback.ok) throw new Error(`no date ${y}-${m}-${day}`);
  return fallback.value;
}

/** The probation (预备期) of the 条例: one year, extended by 6–12 months where the branch decides. */
export const PROBATION_MONTHS = 12;

/**
 * The member statuses as data (RULES.md 2.11): each holds from its start event until its end event
 * has happened; the first rule that holds wins, so the later stages come first. A probation not
 * decided when it runs out reads PROBATION_OVERDUE until the branch confirms the member.
 */
export const MEMBER_STATUS_RULES: readonly MemberStatusRule[] = [
  { status: 'LEFT', start: 'LEFT', end: null, isMember: false, votes: false },
  { status: 'FULL', start: 'CONFIRMED', end: 'LEFT', isMember: true, votes: true },
  { status: 'PROBATION_OVERDUE', start: 'PROBATION_DUE', end: 'CONFIRMED', isMember: true, votes: false },
  { status: 'PROBATIONARY', start: 'ADMITTED', end: 'PROBATION_DUE', isMember: true, votes: false },
  { status: 'DEVELOPMENT_TARGET', start: 'TARGET', end: 'ADMITTED', isMember: false, votes: false },
  { status: 'ACTIVIST', start: 'ACTIVIST', end: 'TARGET', isMember: false, votes: false },
  { status: 'APPLICANT', start: 'APPLIED', end: 'ACTIVIST', isMember: false, votes: false },
];

function eventDate(member: MemberDates, event: MemberEvent): CalendarDate | null {
  switch (event) {
    case 'APPLIED':
      return member.appliedOn;
    case 'ACTIVIST':
      return member.activistOn;
    case 'TARGET':
      return member.targetOn;
    case 'ADMITTED':
      return member.admittedOn;
    case 'PROBATION_DUE':
      return member.admittedOn === null
        ? null
        : addMonths(member.admittedOn, PROBATION_MONTHS + member.probationExtensionMonths);
    case 'CONFIRMED':
      return member.confirmedOn;
    case 'LEFT':
      return member.leftOn;
  }
}

/** The rule of a member's status on `date`, or null before they applied. */
export function memberStatusRuleOn(
  member: MemberDates,
  date: CalendarDate,
  rules: readonly MemberStatusRule[] = MEMBER_STATUS_RULES,
): MemberStatusRule | null {
  for (const rule of rules) {
    const start = eventDate(member, rule.start);
    if (start === null || compareDates(date, start) < 0) continue;
    const end = rule.end === null ? null : eventDate(member, rule.end);
    if (end !== null && compareDates(date, end) >= 0) continue;
    return rule;
  }
  return null;
}

/** A member's status on `date` (null before they applied). */
export function memberStatusOn(
  member: MemberDates,
  date: CalendarDate,
  rules: readonly MemberStatusRule[] = MEMBER_STATUS_RULES,
): MemberStatus | null {
  return memberStatusRuleOn(member, date, rules)?.status ?? null;
}

const STEPS: readonly (keyof MemberDates)[] = [
  'appliedOn',
  'activistOn',
  'targetOn',
  'admittedOn',
  'confirmedOn',
];

/**
 * Builds a member record. The development steps are in order with none skipped (an activist is
 * cultivated before becoming a target, and so on); an extension is 6–12 months.
 */
export function createPartyMember(input: PartyMember): Result<PartyMember, PartyError> {
  if (input.id.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'id'));
  if (input.name.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'name'));
  let previous: CalendarDate | null = null;
  let gap = false;
  for (const step of STEPS) {
    const value = input[step] as CalendarDate | null;
    if (value === null) {
      gap = true;
      continue;
    }
    if (gap || (previous !== null && compareDates(value, previous) < 0))
      return err(at(PARTY_ERRORS.DATE_ORDER, step));
    previous = value;
  }
  const extension = input.probationExtensionMonths;
  if (extension !== 0 && (!Number.isInteger(extension) || extension < 6 || extension > 12)) {
    return err(at(PARTY_ERRORS.PROBATION_EXTENSION, 'probationExtensionMonths'));
  }
  if (input.leftOn !== null && compareDates(input.leftOn, input.appliedOn) < 0) {
    return err(at(PARTY_ERRORS.DATE_ORDER, 'leftOn'));
  }
  return ok({ ...input, name: input.name.trim() });
}

/** Members on `date`: all who are party members (probationary included), and the full members. */
export function countMembersOn(
  members: readonly MemberDates[],
  date: CalendarDate,
): { readonly members: number; readonly full: number } {
  let all = 0;
  let full = 0;
  for (const member of members) {
    const rule = memberStatusRuleOn(member, date);
    if (rule?.isMember) all++;
    if (rule?.votes) full++;
  }
  return { members: all, full };
}

/** The thresholds of RULES.md 2.10 (支部工作条例 and the 基层组织工作条例). */
export const DEFAULT_STRUCTURE_THRESHOLDS: StructureThresholds = {
  branchMinFullMembers: 3,
  jointBranchMaxUnits: 5,
  branchMaxMembers: 50,
  committeeFromFullMembers: 7,
  committeeMin: 3,
  committeeMax: 5,
  generalBranchMinMembers: 50,
  generalBranchMaxMembers: 100,
  partyCommitteeMinMembers: 100,
  termYears: {
    PARTY_COMMITTEE: 5,
    GENERAL_BRANCH: 3,
    BRANCH: 3,
    JOINT_BRANCH: 3,
    GRID_BRANCH: 3,
    TEMPORARY_BRANCH: 3,
    GROUP: 3,
  },
  villageBranchTermYears: 5,
};

/** Whether an organisation sits in a village or community (12-digit code): its branch serves 5 years. */
function isVillageLevel(organisation: Pick<PartyOrganisation, 'regionCode'>): boolean {
  return organisation.regionCode.length >= 12;
}

/**
 * Every violation of the thresholds by one organisation on `date`, given its members (for a
 * committee or general branch, every member of the organisations under it). Groups have no
 * thresholds of their own.
 */
export function checkStructure(
  organisation: PartyOrganisation,
  members: readonly MemberDates[],
  date: CalendarDate,
  thresholds: StructureThresholds = DEFAULT_STRUCTURE_THRESHOLDS,
): readonly StructureViolation[] {
  if (organisation.kind === 'GROUP') return [];
  const counts = countMembersOn(members, date);
  const found: StructureViolation[] = [];
  const add = (code: StructureViolation['code'], actual: number, limit: number) =>
    found.push({ code, actual, limit });
  if (BRANCH_KINDS.includes(organisation.kind)) {
    // A unit too small for its own branch joins a joint branch, which then needs the minimum together.
    if (counts.full < thresholds.branchMinFullMembers)
      add('TOO_FEW_FULL_MEMBERS', counts.full, thresholds.branchMinFullMembers);
    if (organisation.kind === 'JOINT_BRANCH' && organisation.unitCount > thresholds.jointBranchMaxUnits) {
      add('JOINT_BRANCH_TOO_MANY_UNITS', organisation.unitCount, thresholds.jointBranchMaxUnits);
    }
    if (counts.members > thresholds.branchMaxMembers)
      add('TOO_MANY_MEMBERS', counts.members, thresholds.branchMaxMembers);
    if (counts.full >= thresholds.committeeFromFullMembers) {
      if (organisation.committeeSize === 0) add('COMMITTEE_REQUIRED', 0, thresholds.committeeMin);
      else if (organisation.committeeSize < thresholds.committeeMin) {
        add('COMMITTEE_SIZE', organisation.committeeSize, thresholds.committeeMin);
      } else if (organisation.committeeSize > thresholds.committeeMax) {
        add('COMMITTEE_SIZE', organisation.committeeSize, thresholds.committeeMax);
      }
    }
  }
  if (organisation.kind === 'GENERAL_BRANCH') {
    if (counts.members < thresholds.generalBranchMinMembers) {
      add('GENERAL_BRANCH_SIZE', counts.members, thresholds.generalBranchMinMembers);
    } else if (counts.members > thresholds.generalBranchMaxMembers) {
      add('GENERAL_BRANCH_SIZE', counts.members, thresholds.generalBranchMaxMembers);
    }
  }
  if (organisation.kind === 'PARTY_COMMITTEE' && counts.members < thresholds.partyCommitteeMinMembers) {
    add('PARTY_COMMITTEE_SIZE', counts.members, thresholds.partyCommitteeMinMembers);
  }
  const years =
    BRANCH_KINDS.includes(organisation.kind) && isVillageLevel(organisation)
      ? thresholds.villageBranchTermYears
      : thresholds.termYears[organisation.kind];
  const termEnds = addMonths(organisation.termStartedOn, years * 12);
  if (compareDates(date, termEnds) >= 0) add('TERM_EXPIRED', years, years);
  return found;
}

import { addDays, type CalendarDate, calendarDateOf, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { addMonths } from './organisation.rules.js';
import { at, PARTY_ERRORS, type PartyError } from './party.errors.js';
import {
  BRANCH_KINDS,
  type LifeCompliance,
  type LifeGap,
  type LifeHolder,
  type LifePeriod,
  type LifeRule,
  MEETING_KINDS,
  type PartyMeeting,
  type PartyOrganisation,
  type Quorum,
} from './party.js';

const MORE_THAN_HALF: Quorum = { numerator: 1, denominator: 2, strict: true };

/**
 * 三会一课 and the other organisational life of RULES.md 2.10, as data: the member meeting
 * (党员大会) quarterly and the committee meeting (支委会) monthly, each needing more than half
 * present; the group meeting (党小组会) monthly; the party lecture (党课) quarterly; one theme day
 * (主题党日) a month; the organisational-life meeting (组织生活会) at least once a year.
 */
export const ORGANISATIONAL_LIFE_RULES: readonly LifeRule[] = [
  { kind: 'MEMBER_MEETING', holder: 'BRANCH', period: 'QUARTER', minimum: 1, quorum: MORE_THAN_HALF },
  {
    kind: 'COMMITTEE_MEETING',
    holder: 'BRANCH_COMMITTEE',
    period: 'MONTH',
    minimum: 1,
    quorum: MORE_THAN_HALF,
  },
  { kind: 'GROUP_MEETING', holder: 'GROUP', period: 'MONTH', minimum: 1, quorum: null },
  { kind: 'PARTY_LECTURE', holder: 'BRANCH', period: 'QUARTER', minimum: 1, quorum: null },
  { kind: 'THEME_DAY', holder: 'BRANCH', period: 'MONTH', minimum: 1, quorum: null },
  { kind: 'LIFE_MEETING', holder: 'BRANCH', period: 'YEAR', minimum: 1, quorum: null },
];

/** Records a meeting held; attendance is checked, not judged (a meeting below quorum is kept). */
export function createPartyMeeting(input: PartyMeeting): Result<PartyMeeting, PartyError> {
  if (input.id.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'id'));
  if (!MEETING_KINDS.includes(input.kind)) return err(at(PARTY_ERRORS.REQUIRED, 'kind'));
  if (!Number.isInteger(input.entitled) || input.entitled < 1)
    return err(at(PARTY_ERRORS.ATTENDANCE, 'entitled'));
  if (!Number.isInteger(input.present) || input.present < 0 || input.present > input.entitled) {
    return err(at(PARTY_ERRORS.ATTENDANCE, 'present'));
  }
  return ok({ ...input, topic: input.topic.trim() });
}

/** Whether `present` of `entitled` reach the quorum. */
export function meetsQuorum(quorum: Quorum | null, present: number, entitled: number): boolean {
  if (quorum === null) return true;
  const left = present * quorum.denominator;
  const right = entitled * quorum.numerator;
  return quorum.strict ? left > right : left >= right;
}

/** Whether a meeting counts for its kind: it reached the quorum the rules set for it. */
export function meetingCounts(
  meeting: Pick<PartyMeeting, 'kind' | 'present' | 'entitled'>,
  rules: readonly LifeRule[] = ORGANISATIONAL_LIFE_RULES,
): boolean {
  const rule = rules.find((r) => r.kind === meeting.kind);
  return meetsQuorum(rule?.quorum ?? null, meeting.present, meeting.entitled);
}

function holds(holder: LifeHolder, organisation: Pick<PartyOrganisation, 'kind' | 'committeeSize'>): boolean {
  switch (holder) {
    case 'GROUP':
      return organisation.kind === 'GROUP';
    case 'BRANCH':
      return BRANCH_KINDS.includes(organisation.kind);
    case 'BRANCH_COMMITTEE':
      return BRANCH_KINDS.includes(organisation.kind) && organisation.committeeSize > 0;
  }
}

const PERIOD_MONTHS: Readonly<Record<LifePeriod, number>> = { MONTH: 1, QUARTER: 3, YEAR: 12 };

/** The calendar periods (months, quarters, years) lying wholly inside `from`…`until`. */
export function periodsWithin(
  period: LifePeriod,
  from: CalendarDate,
  until: CalendarDate,
): readonly (readonly [CalendarDate, CalendarDate])[] {
  const months = PERIOD_MONTHS[period];
  const [year, month] = from.split('-').map(Number) as [number, number];
  const aligned = calendarDateOf(year, Math.floor((month - 1) / months) * months + 1, 1);
  if (!aligned.ok) return [];
  const list: (readonly [CalendarDate, CalendarDate])[] = [];
  for (let start = aligned.value; compareDates(start, until) <= 0; start = addMonths(start, months)) {
    const end = addDays(addMonths(start, months), -1);
    if (compareDates(start, from) >= 0 && compareDates(end, until) <= 0) list.push([start, end]);
  }
  return list;
}

/**
 * The compliance of one organisation's organisational life from `from` to `until`: for every rule
 * that applies to it and every whole period inside the range, a gap when fewer meetings that count
 * (quorum reached) were held than required. A meeting below quorum is listed in its gap as held
 * without quorum, and does not count.
 */
export function organisationalLifeCompliance(
  organisation: Pick<PartyOrganisation, 'id' | 'kind' | 'committeeSize'>,
  meetings: readonly PartyMeeting[],
  from: CalendarDate,
  until: CalendarDate,
  rules: readonly LifeRule[] = ORGANISATIONAL_LIFE_RULES,
): LifeCompliance {
  const own = meetings.filter((m) => m.organisationId === organisation.id);
  const gaps: LifeGap[] = [];
  let counted = 0;
  for (const rule of rules) {
    if (!holds(rule.holder, organisation)) continue;
    for (const [start, end] of periodsWithin(rule.period, from, until)) {
      const inPeriod = own.filter(
        (m) => m.kind === rule.kind && compareDates(m.heldOn, start) >= 0 && compareDates(m.heldOn, end) <= 0,
      );
      const held = inPeriod.filter((m) => meetsQuorum(rule.quorum, m.present, m.entitled)).length;
      counted += held;
      if (held < rule.minimum) {
        gaps.push({
          kind: rule.kind,
          periodStart: start,
          periodEnd: end,
          required: rule.minimum,
          held,
          withoutQuorum: inPeriod.length - held,
        });
      }
    }
  }
  return { organisationId: organisation.id, from, until, counted, gaps };
}

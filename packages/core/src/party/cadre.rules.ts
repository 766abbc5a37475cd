import { type CalendarDate, compareDates, isValidCivilDate } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, PARTY_ERRORS, type PartyError } from './party.errors.js';
import {
  CADRE_RATINGS,
  CADRE_ROLES,
  type CadreRating,
  PRESENCE_MARKS,
  type PresenceMonth,
  type PresenceSummary,
  type RecallFinding,
  type RecallReason,
  STATIONING_KINDS,
  type StationedCadre,
  type StationingRules,
  type WorkTeam,
} from './party.js';

/**
 * The stationing rules of RULES.md 2.10 (county and township rules on 驻村干部): at least 20 days a
 * month in the village; leave of up to 3 days approved by the township, longer by the county;
 * unexcused absence found once, twice, three times caps the year's rating at competent, basically
 * competent, incompetent. The commuting and touring thresholds are the county's reading of its
 * records: four nights away in a month while present by day is 走读, three days running away
 * without leave is 游玩. A replacement arrives within 30 days.
 */
export const DEFAULT_STATIONING_RULES: StationingRules = {
  countyCode: null,
  minPresentDays: 20,
  commutingNights: 4,
  touringDays: 3,
  absenceCaps: [
    { absences: 1, cap: 'COMPETENT' },
    { absences: 2, cap: 'BASICALLY_COMPETENT' },
    { absences: 3, cap: 'INCOMPETENT' },
  ],
  townshipLeaveDays: 3,
  replacementDays: 30,
};

/** 波密县's rules: the defaults, kept as the county's own set so it can change them alone. */
export const BOME_STATIONING_RULES: StationingRules = { ...DEFAULT_STATIONING_RULES, countyCode: '540424' };

/** The rule set of a county: its own, or the defaults. */
export function stationingRulesFor(countyCode: string): StationingRules {
  return countyCode === BOME_STATIONING_RULES.countyCode ? BOME_STATIONING_RULES : DEFAULT_STATIONING_RULES;
}

function daysInMonth(month: string): number | null {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) return null;
  const year = Number(match[1]);
  const m = Number(match[2]);
  if (!isValidCivilDate(year, m, 1)) return null;
  for (let d = 31; d >= 28; d--) if (isValidCivilDate(year, m, d)) return d;
  return null;
}

/** Checks a month of presence: one known mark for every day of the month. */
export function createPresenceMonth(input: PresenceMonth): Result<PresenceMonth, PartyError> {
  const days = daysInMonth(input.month);
  if (days === null) return err(at(PARTY_ERRORS.PRESENCE_MARKS, 'month'));
  if (
    input.days.length !== days ||
    [...input.days].some((c) => !(PRESENCE_MARKS as readonly string[]).includes(c))
  ) {
    return err(at(PARTY_ERRORS.PRESENCE_MARKS, 'days'));
  }
  return ok(input);
}

/** What a month of presence marks adds up to. */
export function summarisePresence(days: string): PresenceSummary {
  let presentDays = 0;
  let nightsAway = 0;
  let leaveDays = 0;
  let absentDays = 0;
  let absenceSpells = 0;
  let longestAbsence = 0;
  let run = 0;
  let stationedDays = 0;
  for (const mark of days) {
    if (mark !== '-') stationedDays++;
    if (mark === 'P' || mark === 'T') presentDays++;
    if (mark === 'D') {
      presentDays++;
      nightsAway++;
    }
    if (mark === 'L') leaveDays++;
    if (mark === 'A') {
      absentDays++;
      if (run === 0) absenceSpells++;
      run++;
      longestAbsence = Math.max(longestAbsence, run);
    } else {
      run = 0;
    }
  }
  return { presentDays, nightsAway, leaveDays, absentDays, absenceSpells, longestAbsence, stationedDays };
}

/**
 * The days a cadre must be present in a month: the rule's minimum, scaled down for a month
 * stationed only in part or with approved leave (leave is the county's to grant, not an absence).
 */
export function requiredPresentDays(
  summary: PresenceSummary,
  monthDays: number,
  rules: StationingRules,
): number {
  const available = summary.stationedDays - summary.leaveDays;
  return Math.ceil((rules.minPresentDays * Math.max(0, available)) / monthDays);
}

/** The reasons found in one month of presence (PRESENCE, COMMUTING, TOURING), in that order. */
export function presenceReasons(month: PresenceMonth, rules: StationingRules): readonly RecallReason[] {
  const summary = summarisePresence(month.days);
  const reasons: RecallReason[] = [];
  if (summary.presentDays < requiredPresentDays(summary, month.days.length, rules)) reasons.push('PRESENCE');
  if (summary.nightsAway >= rules.commutingNights) reasons.push('COMMUTING');
  if (summary.longestAbsence >= rules.touringDays) reasons.push('TOURING');
  return reasons;
}

/** The best rating a cadre can get after `absences` unexcused absences found (null: no cap). */
export function ratingCap(absences: number, rules: StationingRules): CadreRating | null {
  let cap: CadreRating | null = null;
  for (const step of rules.absenceCaps) if (absences >= step.absences) cap = step.cap;
  return cap;
}

/** Caps `rating` by what the absences allow. */
export function capRating(rating: CadreRating, absences: number, rules: StationingRules): CadreRating {
  const cap = ratingCap(absences, rules);
  if (cap === null) return rating;
  return CADRE_RATINGS.indexOf(rating) >= CADRE_RATINGS.indexOf(cap) ? rating : cap;
}

/**
 * Every reason to recall a cadre: the presence reasons of each month, a discipline violation, and
 * an assessment of 不称职 (also reached through unexcused absences, whose count caps the rating).
 */
export function recallFindings(
  input: {
    readonly months: readonly PresenceMonth[];
    readonly disciplineViolation: boolean;
    readonly rating: CadreRating | null;
  },
  rules: StationingRules,
): readonly RecallFinding[] {
  const findings: RecallFinding[] = [];
  let absences = 0;
  for (const month of [...input.months].sort((a, b) => a.month.localeCompare(b.month))) {
    for (const reason of presenceReasons(month, rules)) findings.push({ reason, month: month.month });
    absences += summarisePresence(month.days).absenceSpells;
  }
  if (input.disciplineViolation) findings.push({ reason: 'DISCIPLINE', month: null });
  const rating =
    input.rating === null ? ratingCap(absences, rules) : capRating(input.rating, absences, rules);
  if (rating === 'INCOMPETENT') findings.push({ reason: 'INCOMPETENT', month: null });
  return findings;
}

/** Who approves leave of `days` days: the township up to the rule's limit, the county beyond it. */
export function leaveApprover(days: number, rules: StationingRules): 'TOWNSHIP' | 'COUNTY' {
  return days <= rules.townshipLeaveDays ? 'TOWNSHIP' : 'COUNTY';
}

/** Builds a work team; its burdens are counts, never negative. */
export function createWorkTeam(input: WorkTeam): Result<WorkTeam, PartyError> {
  if (input.id.trim() === '' || input.name.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'name'));
  if (input.villageCode.length !== 12) return err(at(PARTY_ERRORS.REQUIRED, 'villageCode'));
  for (const field of ['ledgers', 'chatGroups'] as const) {
    if (!Number.isInteger(input[field]) || input[field] < 0) return err(at(PARTY_ERRORS.REQUIRED, field));
  }
  return ok(input);
}

/** Builds a cadre's stationing; the period runs forwards. */
export function createStationedCadre(input: StationedCadre): Result<StationedCadre, PartyError> {
  if (input.id.trim() === '' || input.name.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'name'));
  if (input.sendingUnit.trim() === '') return err(at(PARTY_ERRORS.REQUIRED, 'sendingUnit'));
  if (!CADRE_ROLES.includes(input.role)) return err(at(PARTY_ERRORS.REQUIRED, 'role'));
  if (!STATIONING_KINDS.includes(input.stationing)) return err(at(PARTY_ERRORS.REQUIRED, 'stationing'));
  if (compareDates(input.until, input.from) < 0) return err(at(PARTY_ERRORS.DATE_ORDER, 'until'));
  return ok(input);
}

/** Whether a cadre is stationed on `date`. */
export function isStationedOn(
  cadre: Pick<StationedCadre, 'from' | 'until' | 'status'>,
  date: CalendarDate,
): boolean {
  return (
    cadre.status === 'STATIONED' &&
    compareDates(date, cadre.from) >= 0 &&
    compareDates(date, cadre.until) <= 0
  );
}

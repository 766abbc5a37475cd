import type { CalendarDate } from '../shared/date.js';
import { isWithin, parseRegionCode, type RegionLevel, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { CONTEST_ERRORS, type ContestError } from './contest.errors.js';
import type {
  BlindNumbers,
  ContestEdition,
  ContestEvent,
  ContestItem,
  ContestLevel,
  EventAction,
  EventStatus,
} from './contest.js';

/**
 * The event lifecycle, as a table: entries are taken while OPEN, judges mark while JUDGING, and once
 * the scores are CHECKED they are locked and the results decrypted. Anything not listed is refused.
 */
export const EVENT_TRANSITIONS: Readonly<Record<EventStatus, Partial<Record<EventAction, EventStatus>>>> = {
  OPEN: { START_JUDGING: 'JUDGING', CANCEL: 'CANCELLED' },
  JUDGING: { CHECK_RESULTS: 'CHECKED', CANCEL: 'CANCELLED' },
  CHECKED: {},
  CANCELLED: {},
};

/** The event after `action`, or CONTEST.TRANSITION when its status does not allow it. */
export function transitionEvent(
  event: ContestEvent,
  action: EventAction,
): Result<ContestEvent, ContestError> {
  const status = EVENT_TRANSITIONS[event.status][action];
  return status === undefined ? err(CONTEST_ERRORS.TRANSITION) : ok({ ...event, status });
}

/** The region level an event of each contest level is held at: the city is the prefecture. */
export const LEVEL_REGION: Readonly<Record<ContestLevel, RegionLevel>> = {
  VILLAGE: 'VILLAGE',
  TOWNSHIP: 'TOWNSHIP',
  COUNTY: 'COUNTY',
  CITY: 'PREFECTURE',
};

/** Checks a new event: its region is of its level, its audience a count. */
export function createContestEvent(input: Omit<ContestEvent, 'status'>): Result<ContestEvent, ContestError> {
  const region = parseRegionCode(input.regionCode);
  if (!region.ok || regionLevel(region.value) !== LEVEL_REGION[input.level]) {
    return err(CONTEST_ERRORS.LEVEL_REGION);
  }
  if (!Number.isSafeInteger(input.audience) || input.audience < 0) return err(CONTEST_ERRORS.AUDIENCE);
  if (
    input.reportedEntrants !== null &&
    (!Number.isSafeInteger(input.reportedEntrants) || input.reportedEntrants < 0)
  ) {
    return err(CONTEST_ERRORS.REPORTED_ENTRANTS);
  }
  return ok({ ...input, status: 'OPEN' });
}

/**
 * Whether an event may be added to an edition: only to the open one (a planned edition has no
 * programme yet, a closed one's results are final), and on a day of its year.
 */
export function checkEventEdition(
  edition: ContestEdition,
  heldOn: CalendarDate,
): Result<ContestEdition, ContestError> {
  if (edition.status !== 'OPEN') return err(CONTEST_ERRORS.EDITION_CLOSED);
  if (Number(heldOn.slice(0, 4)) !== edition.year) return err(CONTEST_ERRORS.HELD_OUTSIDE_EDITION);
  return ok(edition);
}

/**
 * Whether winners of `from` may advance to `to`: the same edition and item, the next level up, held
 * in a region that contains `from`'s.
 */
export function checkAdvancementTarget(
  from: ContestEvent,
  to: ContestEvent,
  next: ContestLevel,
): Result<ContestEvent, ContestError> {
  const fits =
    to.editionNumber === from.editionNumber &&
    to.itemCode === from.itemCode &&
    to.level === next &&
    isWithin(from.regionCode, to.regionCode) &&
    to.status === 'OPEN';
  return fits ? ok(to) : err(CONTEST_ERRORS.NEXT_EVENT);
}

/** Checks an entry's people against its item: one person alone, or a named team of two or more. */
export function checkEntrants(
  item: ContestItem,
  personIds: readonly string[],
  teamName: string | null,
): Result<{ readonly personIds: readonly string[]; readonly teamName: string | null }, ContestError> {
  const distinct = new Set(personIds).size === personIds.length;
  const fits =
    item.entrants === 'INDIVIDUAL'
      ? personIds.length === 1 && teamName === null
      : personIds.length >= 2 && teamName !== null && teamName.trim() !== '';
  return fits && distinct ? ok({ personIds, teamName }) : err(CONTEST_ERRORS.ENTRANTS);
}

/**
 * Whether none of the people entering is entered in the event already (alone or in a team): a person
 * competes once per event, so no one holds two contest numbers or two places on its leaderboard.
 */
export function checkNotEntered(
  personIds: readonly string[],
  enteredPersonIds: readonly string[],
): Result<readonly string[], ContestError> {
  const entered = new Set(enteredPersonIds);
  return personIds.some((id) => entered.has(id)) ? err(CONTEST_ERRORS.ALREADY_ENTERED) : ok(personIds);
}

/** Whether the event takes entries. */
export function checkEntriesOpen(event: ContestEvent): Result<ContestEvent, ContestError> {
  return event.status === 'OPEN' ? ok(event) : err(CONTEST_ERRORS.ENTRIES_CLOSED);
}

/**
 * Whether a judge may mark an entry of the event: only a judge assigned to it, and only while it is
 * being judged; once the results are checked no mark changes (RULES.md 2.8).
 */
export function authoriseMarking(
  event: ContestEvent,
  judgeId: string,
  assignedJudgeIds: readonly string[],
): Result<ContestEvent, ContestError> {
  if (!assignedJudgeIds.includes(judgeId)) return err(CONTEST_ERRORS.NOT_ASSIGNED);
  if (event.status === 'CHECKED') return err(CONTEST_ERRORS.RESULTS_CHECKED);
  if (event.status !== 'JUDGING') return err(CONTEST_ERRORS.NOT_JUDGING);
  return ok(event);
}

/** Whether the event's results are decrypted: judges and the public see who is behind a work number. */
export function isDecrypted(status: EventStatus): boolean {
  return status === 'CHECKED';
}

function isPermutation(draw: readonly number[], size: number): boolean {
  if (draw.length !== size) return false;
  const seen = new Set(draw);
  return seen.size === size && draw.every((n) => Number.isInteger(n) && n >= 0 && n < size);
}

/**
 * Blind judging (RULES.md 2.8): the encryption referees issue contest numbers (参赛号) at check-in in
 * the order of the first draw, a second draw gives the station or order (抽签), and the works get
 * review numbers (评审号) from a third draw, so none of the three reveals another. Core draws nothing:
 * the draws are permutations of 0…n−1 made by the caller. The numbers of the i-th entry come back
 * at index i; they are unique within the event.
 */
export function assignBlindNumbers(
  eventCode: string,
  draws: {
    readonly checkIn: readonly number[];
    readonly station: readonly number[];
    readonly work: readonly number[];
  },
): Result<readonly BlindNumbers[], ContestError> {
  const size = draws.checkIn.length;
  if (![draws.checkIn, draws.station, draws.work].every((draw) => isPermutation(draw, size))) {
    return err(CONTEST_ERRORS.DRAW);
  }
  const width = Math.max(3, String(size).length);
  const pad = (n: number) => String(n + 1).padStart(width, '0');
  return ok(
    draws.checkIn.map((position, index) => ({
      contestNumber: `${eventCode}-C${pad(position)}`,
      stationNumber: (draws.station[index] ?? 0) + 1,
      workNumber: `${eventCode}-W${pad(draws.work[index] ?? 0)}`,
    })),
  );
}

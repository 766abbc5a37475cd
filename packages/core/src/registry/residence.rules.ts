import type { CalendarDate } from '../shared/date.js';
import type { RegionCode } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { NO_MOVEMENT } from './movement.rules.js';
import { RESIDENT_ERRORS, type ResidentError } from './registry.errors.js';
import type { ResidenceStatus, Resident } from './registry.js';

// 户籍: a person's household registration is in one place at a time (户口登记条例 art. 6: a citizen
// registers permanent residence in one place only). A registered resident and one who is away (户在人不在)
// hold it; a separated (人户分离) or floating (流动) resident lives here and holds it elsewhere.

/**
 * Whether a residence with this status holds the person's household registration (户籍): registered
 * residents and those away do; separated (人户分离) and floating residents hold theirs elsewhere.
 */
export function holdsRegistration(status: ResidenceStatus): boolean {
  return status !== 'FLOATING' && status !== 'SEPARATED';
}

/** Whether the residence lasts (has not been ended by a transfer). */
export function isOpenResidence(resident: Pick<Resident, 'endedOn'>): boolean {
  return resident.endedOn === null;
}

/** A residence the person holds now, with the open members of its household (the person included). */
export interface HeldResidence {
  readonly residence: Resident;
  readonly household: readonly Resident[];
}

/** What registering a residence changes: the new residence, and the ones it ends (户口迁移). */
export interface ResidenceChange {
  readonly resident: Resident;
  /** The person's former residences, ended on the day of the new one; kept as history. */
  readonly ended: readonly Resident[];
  /**
   * When the person comes to live here floating (人在户不在) while registered and living in another
   * household: their residence there from today, away (外出, 户在人不在). It continues the ended one
   * (same household, relation and housing), so the registration stays where it is and the time
   * they lived there stays in the history.
   */
  readonly away: Resident | null;
}

/**
 * Registers `resident` (built by `createResident`) for a person who holds the open residences `held`,
 * on `today`. A person holds at most one household registration (户籍) at a time: when the new
 * residence holds it, registering it is a transfer (户口迁移) that ends the registration held in
 * another household on `today`, keeping it as history. A floating residence moves no registration,
 * but the person no longer lives where they are registered: a residence there as a registered
 * resident ends today and continues as away (外出) under `awayId`, gone today to the village the new
 * residence's grid lies in; one already away stays as it is.
 *
 * Refusals:
 * - `RESIDENT.CITIZEN_ID_DUPLICATE` (conflict): the person already lives in that household;
 * - `RESIDENT.HEAD_LEAVES_MEMBERS` (conflict): the person heads the household they would leave and
 *   others stay in it, which would leave it without a head (every household has exactly one).
 */
export function registerResidence(
  resident: Resident,
  held: readonly HeldResidence[],
  today: CalendarDate,
  awayId: string,
): Result<ResidenceChange, ResidentError> {
  const open = held.filter(({ residence }) => isOpenResidence(residence));
  if (open.some(({ residence }) => residence.householdId === resident.householdId)) {
    return err(RESIDENT_ERRORS.CITIZEN_ID_DUPLICATE);
  }
  if (!holdsRegistration(resident.residenceStatus)) {
    // At most one: a person holds one registration at a time.
    const living = open.find(({ residence }) => residence.residenceStatus === 'REGISTERED_RESIDENT');
    if (!living) return ok({ resident, ended: [], away: null });
    const ended = { ...living.residence, endedOn: today };
    const away: Resident = {
      ...living.residence,
      ...NO_MOVEMENT,
      // A grid code is its village's code and a 3-digit sequence.
      destinationCode: resident.gridCode.slice(0, 12) as RegionCode,
      departedOn: today,
      id: awayId,
      residenceStatus: 'AWAY',
      registeredOn: today,
      endedOn: null,
    };
    return ok({ resident, ended: [ended], away });
  }
  const leaving = open.filter(({ residence }) => holdsRegistration(residence.residenceStatus));
  for (const { residence, household } of leaving) {
    const others = household.filter((member) => member.id !== residence.id && isOpenResidence(member));
    if (residence.relationToHead === 'HEAD' && others.length > 0) {
      return err(RESIDENT_ERRORS.HEAD_LEAVES_MEMBERS);
    }
  }
  return ok({
    resident,
    ended: leaving.map(({ residence }) => ({ ...residence, endedOn: today })),
    away: null,
  });
}

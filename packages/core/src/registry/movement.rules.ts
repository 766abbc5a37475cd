import { parseHukouPlace } from '../person/person.rules.js';
import { type CalendarDate, compareDates } from '../shared/date.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, RESIDENT_ERRORS, type ResidentError } from './registry.errors.js';
import type { ResidenceStatus, Resident } from './registry.js';

/** The longest destination given as text, in characters. */
export const MAX_DESTINATION_PLACE_LENGTH = 60;

/** Where a resident came from or went to, as a residence carries it. */
export type ResidenceMovement = Pick<
  Resident,
  'originCode' | 'arrivedOn' | 'destinationCode' | 'destinationPlace' | 'departedOn'
>;

/** What a caller supplies of a movement; what the status does not take is left out or null. */
export interface ResidenceMovementInput {
  readonly originCode?: string | null;
  readonly arrivedOn?: CalendarDate | null;
  readonly destinationCode?: string | null;
  readonly destinationPlace?: string | null;
  readonly departedOn?: CalendarDate | null;
}

/** A residence that records no movement (a registered resident, or one recorded before movements were). */
export const NO_MOVEMENT: ResidenceMovement = {
  originCode: null,
  arrivedOn: null,
  destinationCode: null,
  destinationPlace: null,
  departedOn: null,
};

/**
 * Whether residents of this status came here from elsewhere (流动人口, 人户分离) and so carry an origin
 * and an arrival date.
 */
export function arrivesFromElsewhere(status: ResidenceStatus): boolean {
  return status === 'FLOATING' || status === 'SEPARATED';
}

function blank(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}

/**
 * Checks the movement a residence of `status` records on `today`: a floating or separated resident
 * came from an origin (来源地: a village or community code, or a county code in force, as a 户籍地 is
 * read) on an arrival day; a resident away (外出) went to a destination (去向: such a code, or a place
 * named in at most {@link MAX_DESTINATION_PLACE_LENGTH} characters where no code names it, never both)
 * on a departure day; neither day after `today`. A registered resident records none. What a status
 * does not take is refused (`RESIDENT.MOVEMENT_STATUS`), so a record never says two things.
 */
export function checkMovement(
  status: ResidenceStatus,
  input: ResidenceMovementInput,
  today: CalendarDate,
): Result<ResidenceMovement, ResidentError> {
  const originText = blank(input.originCode);
  const destinationText = blank(input.destinationCode);
  const place = blank(input.destinationPlace);
  const arrival = input.arrivedOn ?? null;
  const departure = input.departedOn ?? null;
  const arrives = arrivesFromElsewhere(status);
  const away = status === 'AWAY';
  if (!arrives && (originText !== null || arrival !== null)) {
    return err(at(RESIDENT_ERRORS.MOVEMENT_STATUS, originText !== null ? 'originCode' : 'arrivedOn'));
  }
  if (!away && (destinationText !== null || place !== null || departure !== null)) {
    return err(
      at(
        RESIDENT_ERRORS.MOVEMENT_STATUS,
        destinationText !== null ? 'destinationCode' : place !== null ? 'destinationPlace' : 'departedOn',
      ),
    );
  }
  if (arrives) {
    const origin = originText === null ? null : parseHukouPlace(originText);
    if (origin === null) return err(at(RESIDENT_ERRORS.ORIGIN, 'originCode'));
    if (arrival === null || compareDates(arrival, today) > 0) {
      return err(at(RESIDENT_ERRORS.ARRIVAL, 'arrivedOn'));
    }
    return ok({ ...NO_MOVEMENT, originCode: origin, arrivedOn: arrival });
  }
  if (away) {
    if ((destinationText === null) === (place === null)) {
      return err(
        at(RESIDENT_ERRORS.DESTINATION, destinationText === null ? 'destinationCode' : 'destinationPlace'),
      );
    }
    const destination = destinationText === null ? null : parseHukouPlace(destinationText);
    if (destinationText !== null && destination === null) {
      return err(at(RESIDENT_ERRORS.DESTINATION, 'destinationCode'));
    }
    if (place !== null && [...place].length > MAX_DESTINATION_PLACE_LENGTH) {
      return err(at(RESIDENT_ERRORS.DESTINATION, 'destinationPlace'));
    }
    if (departure === null || compareDates(departure, today) > 0) {
      return err(at(RESIDENT_ERRORS.DEPARTURE, 'departedOn'));
    }
    return ok({
      ...NO_MOVEMENT,
      destinationCode: destination,
      destinationPlace: place,
      departedOn: departure,
    });
  }
  return ok(NO_MOVEMENT);
}

/**
 * The residence with a new status, keeping only the movement that status takes: a visit that finds
 * a floating resident now registered clears the origin, and one that finds a resident gone away
 * cannot know the destination yet (null until a registration records it).
 */
export function withResidenceStatus(resident: Resident, status: ResidenceStatus): Resident {
  if (status === resident.residenceStatus) return resident;
  const keepsArrival = arrivesFromElsewhere(status) && arrivesFromElsewhere(resident.residenceStatus);
  return {
    ...resident,
    ...NO_MOVEMENT,
    ...(keepsArrival ? { originCode: resident.originCode, arrivedOn: resident.arrivedOn } : {}),
    residenceStatus: status,
  };
}

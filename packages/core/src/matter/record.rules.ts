import { parseRegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, MATTER_ERRORS, type MatterError, RECORD_ERRORS, type RecordError } from './matter.errors.js';
import {
  MATTER_NATURES,
  MATTER_SUBTYPES,
  MATTER_URGENCIES,
  type Matter,
  type MatterChange,
  type MatterDetails,
  type MatterNature,
  type MatterSubType,
  type MatterUrgency,
  type PublicOpinionRecord,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  type RecordCategory,
  type RecordChannel,
} from './matter.js';

/** The longest text a record or a matter note may carry, in characters. */
export const MAX_RECORD_TEXT_LENGTH = 2000;

/** What a caller supplies to record a public-opinion record. */
export interface PublicOpinionRecordInput {
  readonly id: string;
  readonly category: RecordCategory;
  readonly channel: RecordChannel;
  readonly gridCode: string;
  /** `null` (or an empty text) when the reporter stays anonymous. */
  readonly reporterPersonId: string | null;
  readonly text: string;
  readonly reportedAt: Date;
}

/**
 * How far ahead of the receiving clock a reported time may be (clock skew between a worker's device
 * and the server): 5 minutes. Anything later is refused, so a record cannot top every newest-first
 * feed with a time that has not come yet.
 */
export const MAX_CLOCK_SKEW_MS = 5 * 60 * 1000;

/** Whether `instant` is later than `now` by more than the clock-skew allowance. */
export function isInTheFuture(instant: Date, now: Date, skewMs: number = MAX_CLOCK_SKEW_MS): boolean {
  return instant.getTime() > now.getTime() + skewMs;
}

/** Whether `instant` is a real point in time (not an invalid `Date`). */
export function isValidInstant(instant: Date): boolean {
  return instant instanceof Date && !Number.isNaN(instant.getTime());
}

/**
 * The time a change to a matter is dated: the caller's `at`, or the matter's last change when `at`
 * is earlier. Two gateways' clocks never agree exactly, so a request may reach a matter another
 * machine changed "later" by its own clock; concurrency is decided by the version, and a change is
 * never dated before the one it follows.
 */
export function changeTimeOf(matter: { readonly updatedAt: Date }, at: Date): Date {
  return at.getTime() < matter.updatedAt.getTime() ? matter.updatedAt : at;
}

/**
 * Whether `code` is a well-formed 15-digit grid code (village code + 3-digit sequence).
 */
function isGridCode(code: string): boolean {
  const parsed = parseRegionCode(code);
  return parsed.ok && regionLevel(parsed.value) === 'GRID';
}

/**
 * Builds a public-opinion record (社情民意信息). The text is trimmed; an empty reporter means anonymous.
 * Fails on the first wrong input, naming it in `field`. With `now` (the time the record is received),
 * a `reportedAt` later than `now` plus {@link MAX_CLOCK_SKEW_MS} is refused with `RECORD.TIME`.
 */
export function createPublicOpinionRecord(
  input: PublicOpinionRecordInput,
  now?: Date,
): Result<PublicOpinionRecord, RecordError> {
  const id = input.id.trim();
  if (id === '') return err(at(RECORD_ERRORS.REQUIRED, 'id'));
  if (!RECORD_CATEGORIES.includes(input.category)) return err(at(RECORD_ERRORS.CATEGORY, 'category'));
  if (!RECORD_CHANNELS.includes(input.channel)) return err(at(RECORD_ERRORS.CHANNEL, 'channel'));
  if (!isGridCode(input.gridCode)) return err(at(RECORD_ERRORS.GRID_CODE, 'gridCode'));
  const text = input.text.trim();
  if (text === '') return err(at(RECORD_ERRORS.REQUIRED, 'text'));
  if (text.length > MAX_RECORD_TEXT_LENGTH) return err(at(RECORD_ERRORS.TEXT_TOO_LONG, 'text'));
  if (!isValidInstant(input.reportedAt)) return err(at(RECORD_ERRORS.TIME, 'reportedAt'));
  if (now !== undefined && isInTheFuture(input.reportedAt, now)) {
    return err(at(RECORD_ERRORS.TIME, 'reportedAt'));
  }
  const reporter = input.reporterPersonId?.trim() ?? '';
  return ok({
    id,
    category: input.category,
    channel: input.channel,
    gridCode: input.gridCode,
    reporterPersonId: reporter === '' ? null : reporter,
    text,
    reportedAt: input.reportedAt,
  });
}

/** Whether the record was made anonymously (匿名反映). */
export function isAnonymousRecord(record: PublicOpinionRecord): boolean {
  return record.reporterPersonId === null;
}

/** What a caller says about a matter beyond its record; what is left out takes its usual value. */
export interface MatterDetailsInput {
  readonly subType?: MatterSubType | null;
  readonly urgency?: MatterUrgency | null;
  readonly nature?: MatterNature | null;
  readonly parties?: number | null;
  readonly headCount?: number | null;
  readonly place?: string | null;
}

/**
 * From this many people on, a matter is collective (群体性) whatever it was called: the usual line
 * of 5 people acting together.
 */
export const COLLECTIVE_MIN_HEAD_COUNT = 5;

const MAX_COUNT = 100_000;
/** The longest place description, in characters. */
export const MAX_MATTER_PLACE_LENGTH = 200;

const isCount = (value: number): boolean => Number.isInteger(value) && value >= 1 && value <= MAX_COUNT;

/**
 * The details of a matter of `category`: the sub-type must be one of the category's
 * ({@link MATTER_SUBTYPES}), counts whole numbers from 1; a dispute has two sides unless told, and
 * a matter of {@link COLLECTIVE_MIN_HEAD_COUNT} or more people is at least collective.
 */
export function matterDetailsOf(
  category: RecordCategory,
  input: MatterDetailsInput = {},
): Result<MatterDetails, MatterError> {
  const subType = input.subType ?? 'OTHER';
  if (!MATTER_SUBTYPES[category].includes(subType)) return err(at(MATTER_ERRORS.SUBTYPE, 'subType'));
  const urgency = input.urgency ?? 'ROUTINE';
  if (!MATTER_URGENCIES.includes(urgency)) return err(at(MATTER_ERRORS.REQUIRED, 'urgency'));
  const parties = input.parties ?? (category === 'DISPUTE' ? 2 : 1);
  if (!isCount(parties)) return err(at(MATTER_ERRORS.COUNT, 'parties'));
  const headCount = input.headCount ?? parties;
  if (!isCount(headCount)) return err(at(MATTER_ERRORS.COUNT, 'headCount'));
  const given = input.nature ?? 'ORDINARY';
  if (!MATTER_NATURES.includes(given)) return err(at(MATTER_ERRORS.REQUIRED, 'nature'));
  const nature = given === 'ORDINARY' && headCount >= COLLECTIVE_MIN_HEAD_COUNT ? 'COLLECTIVE' : given;
  const place = input.place?.trim() || null;
  if (place !== null && place.length > MAX_MATTER_PLACE_LENGTH)
    return err(at(MATTER_ERRORS.PLACE_TOO_LONG, 'place'));
  return ok({ subType, urgency, nature, parties, headCount, place });
}

/**
 * Opens a matter for a record: state `REPORTED`, version 1, handled at grid level, no clock yet, with
 * the `REPORT` event that starts its timeline (by the record's reporter, at the record's time). The
 * details are checked by {@link matterDetailsOf}; a collective or stability-related matter still
 * opens at the grid: `raiseMatter` reports it upward at once.
 */
export function createMatter(
  record: PublicOpinionRecord,
  id: string,
  input: MatterDetailsInput = {},
): Result<MatterChange, MatterError> {
  const matterId = id.trim();
  if (matterId === '') return err(at(MATTER_ERRORS.REQUIRED, 'id'));
  const details = matterDetailsOf(record.category, input);
  if (!details.ok) return details;
  const matter: Matter = {
    id: matterId,
    recordId: record.id,
    category: record.category,
    details: details.value,
    gridCode: record.gridCode,
    state: 'REPORTED',
    version: 1,
    level: 'GRID',
    assigneeId: null,
    handlerId: null,
    department: null,
    reportedAt: record.reportedAt,
    clockStartedAt: null,
    levelStartedAt: null,
    closedAt: null,
    supervision: null,
    extensionDays: 0,
    suspendedAt: null,
    satisfaction: null,
    updatedAt: record.reportedAt,
  };
  return ok({
    matter,
    event: {
      kind: 'REPORT',
      matterId,
      version: 1,
      from: null,
      to: 'REPORTED',
      actorId: record.reporterPersonId,
      at: record.reportedAt,
    },
  });
}

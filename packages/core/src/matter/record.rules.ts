import { parseRegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, MATTER_ERRORS, type MatterError, RECORD_ERRORS, type RecordError } from './matter.errors.js';
import {
  type Matter,
  type MatterChange,
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

/**
 * Opens a matter for a record: state `REPORTED`, version 1, handled at grid level, no clock yet, with
 * the `REPORT` event that starts its timeline (by the record's reporter, at the record's time).
 */
export function createMatter(record: PublicOpinionRecord, id: string): Result<MatterChange, MatterError> {
  const matterId = id.trim();
  if (matterId === '') return err(at(MATTER_ERRORS.REQUIRED, 'id'));
  const matter: Matter = {
    id: matterId,
    recordId: record.id,
    category: record.category,
    gridCode: record.gridCode,
    state: 'REPORTED',
    version: 1,
    level: 'GRID',
    assigneeId: null,
    handlerId: null,
    reportedAt: record.reportedAt,
    clockStartedAt: null,
    levelStartedAt: null,
    closedAt: null,
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

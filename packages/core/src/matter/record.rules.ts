import { parseRegionCode, regionLevel } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { at, MATTER_ERRORS, type MatterError, RECORD_ERRORS, type RecordError } from './matter.errors.js';
import {
  type Matter,
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
 * Fails on the first wrong input, naming it in `field`.
 */
export function createPublicOpinionRecord(
  input: PublicOpinionRecordInput,
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
 * Opens a matter for a record: state `REPORTED`, version 1, handled at grid level, no clock yet.
 */
export function createMatter(record: PublicOpinionRecord, id: string): Result<Matter, MatterError> {
  const matterId = id.trim();
  if (matterId === '') return err(at(MATTER_ERRORS.REQUIRED, 'id'));
  return ok({
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
  });
}

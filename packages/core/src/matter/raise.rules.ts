import { ok, type Result } from '../shared/result.js';
import { escalate } from './escalation.rules.js';
import type { MatterError } from './matter.errors.js';
import type { Matter, MatterEvent, PublicOpinionRecord } from './matter.js';
import { createMatter, type MatterDetailsInput } from './record.rules.js';

/** A matter just raised, with the events that opened it, oldest first. */
export interface RaisedMatter {
  readonly matter: Matter;
  readonly events: readonly MatterEvent[];
}

/**
 * Raises a matter for a record ({@link createMatter}); a collective or stability-related one is at
 * once reported upward by `actorId` (the person recording it) to the level that must know, skipping
 * the levels between, with the record's text as the reason: two events, the report and the move.
 */
export function raiseMatter(
  record: PublicOpinionRecord,
  id: string,
  details: MatterDetailsInput,
  actorId: string,
): Result<RaisedMatter, MatterError> {
  const opened = createMatter(record, id, details);
  if (!opened.ok) return opened;
  const { matter, event } = opened.value;
  const nature = matter.details.nature;
  if (nature === 'ORDINARY') return ok({ matter, events: [event] });
  const moved = escalate(matter, record.reportedAt, { reason: nature, actorId, note: record.text });
  if (!moved.ok) return moved;
  return ok({ matter: moved.value.matter, events: [event, moved.value.event] });
}

import { err, ok, type Result } from '../shared/result.js';
import { ATTACHMENT_ERRORS, type AttachmentError, at } from './matter.errors.js';
import type { Matter } from './matter.js';
import { isInTheFuture, isValidInstant } from './record.rules.js';

// Photos, recordings and documents of a matter (附件) are kept as metadata only: the content lives in
// object storage, addressed by its SHA-256, so the record names exactly one content and never holds it.

/** The kinds of attachment, from the media type: photo, video, audio recording, document. */
export type AttachmentKind = 'PHOTO' | 'VIDEO' | 'AUDIO' | 'DOCUMENT';

/** Every attachment kind. */
export const ATTACHMENT_KINDS: readonly AttachmentKind[] = ['PHOTO', 'VIDEO', 'AUDIO', 'DOCUMENT'];

/** The media types accepted (an allow-list), each with its kind. */
export const ATTACHMENT_MEDIA_TYPES: Readonly<Record<string, AttachmentKind>> = {
  'image/jpeg': 'PHOTO',
  'image/png': 'PHOTO',
  'image/webp': 'PHOTO',
  'image/heic': 'PHOTO',
  'video/mp4': 'VIDEO',
  'audio/mpeg': 'AUDIO',
  'audio/mp4': 'AUDIO',
  'application/pdf': 'DOCUMENT',
};

/** The largest attachment accepted: 20 MiB, a phone's video clip or a few photos' worth. */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;
/** The longest file name accepted, in characters. */
export const MAX_ATTACHMENT_NAME_LENGTH = 200;
/** The longest place accepted, in characters (as a matter's place). */
export const MAX_ATTACHMENT_PLACE_LENGTH = 200;

/** The metadata of a file attached to a matter, or to one of its events (by the event's version). */
export interface Attachment {
  readonly id: string;
  readonly matterId: string;
  /** The version of the event it documents (a feedback's photos), `null` for the matter as a whole. */
  readonly eventVersion: number | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly kind: AttachmentKind;
  readonly byteSize: number;
  /** The content's SHA-256, 64 lowercase hex digits: its address in object storage. */
  readonly sha256: string;
  /** When the photo or recording was taken. */
  readonly takenAt: Date;
  /** Where it was taken, in words; `null` when not given. */
  readonly place: string | null;
  readonly addedBy: string;
  readonly addedAt: Date;
}

/** What an attachment is recorded with; the text fields are checked here. */
export interface AttachmentInput {
  readonly id: string;
  readonly eventVersion: number | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly takenAt: Date;
  readonly place: string | null;
}

// A file name is a name, not a path, with no control characters (code points below 32, and 127).
const isBadName = (name: string): boolean =>
  /[/\\]/.test(name) || [...name].some((c) => (c.codePointAt(0) ?? 0) < 32 || c.codePointAt(0) === 127);

/**
 * Checks an attachment of `matter` added by `actorId` at `now`: a file name (no path, at most
 * {@link MAX_ATTACHMENT_NAME_LENGTH}), a media type of {@link ATTACHMENT_MEDIA_TYPES}, a size from 1
 * byte to {@link MAX_ATTACHMENT_BYTES}, a SHA-256 in lowercase hex, a taken-at not in the future, an
 * optional place, and an event version the matter has reached. Each refusal names its field.
 */
export function recordAttachment(
  matter: Matter,
  input: AttachmentInput,
  actorId: string,
  now: Date,
): Result<Attachment, AttachmentError> {
  const id = input.id.trim();
  if (id === '') return err(at(ATTACHMENT_ERRORS.REQUIRED, 'id'));
  const fileName = input.fileName.trim();
  if (fileName === '') return err(at(ATTACHMENT_ERRORS.REQUIRED, 'fileName'));
  if (fileName.length > MAX_ATTACHMENT_NAME_LENGTH || isBadName(fileName)) {
    return err(at(ATTACHMENT_ERRORS.FILE_NAME, 'fileName'));
  }
  const mediaType = input.mediaType.trim().toLowerCase();
  const kind = ATTACHMENT_MEDIA_TYPES[mediaType];
  if (kind === undefined) return err(at(ATTACHMENT_ERRORS.MEDIA_TYPE, 'mediaType'));
  if (!Number.isSafeInteger(input.byteSize) || input.byteSize < 1 || input.byteSize > MAX_ATTACHMENT_BYTES) {
    return err(at(ATTACHMENT_ERRORS.SIZE, 'byteSize'));
  }
  if (!/^[0-9a-f]{64}$/.test(input.sha256)) return err(at(ATTACHMENT_ERRORS.SHA256, 'sha256'));
  if (!isValidInstant(input.takenAt) || isInTheFuture(input.takenAt, now)) {
    return err(at(ATTACHMENT_ERRORS.TAKEN_AT, 'takenAt'));
  }
  const place = input.place?.trim() ?? '';
  if (place.length > MAX_ATTACHMENT_PLACE_LENGTH) return err(at(ATTACHMENT_ERRORS.PLACE, 'place'));
  const version = input.eventVersion;
  if (version !== null && (!Number.isSafeInteger(version) || version < 1 || version > matter.version)) {
    return err(at(ATTACHMENT_ERRORS.EVENT, 'eventVersion'));
  }
  return ok({
    id,
    matterId: matter.id,
    eventVersion: version,
    fileName,
    mediaType,
    kind,
    byteSize: input.byteSize,
    sha256: input.sha256,
    takenAt: input.takenAt,
    place: place === '' ? null : place,
    addedBy: actorId,
    addedAt: now,
  });
}

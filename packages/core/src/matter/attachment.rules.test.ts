import { describe, expect, it } from 'vitest';
import { type AttachmentInput, MAX_ATTACHMENT_BYTES, recordAttachment } from './attachment.rules.js';
import type { Matter } from './matter.js';

const NOW = new Date('2024-06-01T02:00:00Z');
const SHA = 'a'.repeat(64);

const matter = { id: 'M-1', version: 5 } as Matter;

const input: AttachmentInput = {
  id: 'A-1',
  eventVersion: 5,
  fileName: 'IMG_0412.jpg',
  mediaType: 'Image/JPEG',
  byteSize: 2_400_000,
  sha256: SHA,
  takenAt: new Date('2024-06-01T01:30:00Z'),
  place: ' 夏季牧场东侧围栏 ',
};

const refusal = (change: Partial<AttachmentInput>) => {
  const result = recordAttachment(matter, { ...input, ...change }, 'worker', NOW);
  return !result.ok && [result.error.code, result.error.field];
};

describe('attachments of a matter (附件, metadata only)', () => {
  it('are recorded with their kind, size, digest, time and place, on the matter or one of its events', () => {
    expect(recordAttachment(matter, input, 'worker', NOW)).toEqual({
      ok: true,
      value: {
        id: 'A-1',
        matterId: 'M-1',
        eventVersion: 5,
        fileName: 'IMG_0412.jpg',
        mediaType: 'image/jpeg',
        kind: 'PHOTO',
        byteSize: 2_400_000,
        sha256: SHA,
        takenAt: input.takenAt,
        place: '夏季牧场东侧围栏',
        addedBy: 'worker',
        addedAt: NOW,
      },
    });
    const whole = recordAttachment(matter, { ...input, eventVersion: null, place: null }, 'worker', NOW);
    expect(whole.ok && [whole.value.eventVersion, whole.value.place]).toEqual([null, null]);
  });

  it('accept only media types of the allow-list', () => {
    expect(refusal({ mediaType: 'application/x-msdownload' })).toEqual([
      'ATTACHMENT.MEDIA_TYPE',
      ['mediaType'],
    ]);
    expect(refusal({ mediaType: 'image/svg+xml' })).toEqual(['ATTACHMENT.MEDIA_TYPE', ['mediaType']]);
  });

  it('accept 1 byte to 20 MiB', () => {
    expect(refusal({ byteSize: 0 })).toEqual(['ATTACHMENT.SIZE', ['byteSize']]);
    expect(refusal({ byteSize: MAX_ATTACHMENT_BYTES + 1 })).toEqual(['ATTACHMENT.SIZE', ['byteSize']]);
    expect(refusal({ byteSize: 1.5 })).toEqual(['ATTACHMENT.SIZE', ['byteSize']]);
    expect(refusal({ byteSize: MAX_ATTACHMENT_BYTES })).toBe(false);
  });

  it('need a SHA-256 in lowercase hex, a name without a path, a time not in the future and a reached event', () => {
    expect(refusal({ sha256: 'A'.repeat(64) })).toEqual(['ATTACHMENT.SHA256', ['sha256']]);
    expect(refusal({ sha256: 'a'.repeat(63) })).toEqual(['ATTACHMENT.SHA256', ['sha256']]);
    expect(refusal({ fileName: '../etc/passwd' })).toEqual(['ATTACHMENT.FILE_NAME', ['fileName']]);
    expect(refusal({ fileName: '  ' })).toEqual(['ATTACHMENT.REQUIRED', ['fileName']]);
    expect(refusal({ takenAt: new Date('2024-06-02T00:00:00Z') })).toEqual([
      'ATTACHMENT.TAKEN_AT',
      ['takenAt'],
    ]);
    expect(refusal({ eventVersion: 6 })).toEqual(['ATTACHMENT.EVENT', ['eventVersion']]);
    expect(refusal({ eventVersion: 0 })).toEqual(['ATTACHMENT.EVENT', ['eventVersion']]);
    expect(refusal({ place: '地'.repeat(201) })).toEqual(['ATTACHMENT.PLACE', ['place']]);
  });
});

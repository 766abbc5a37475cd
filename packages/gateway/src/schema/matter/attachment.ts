// Attachments of a matter (附件: photos, recordings, documents) as metadata: name, media type, size,
// SHA-256, when and where taken. No content passes through the gateway: a client stores the file in
// object storage under its SHA-256 and records it here.
import { randomUUID } from 'node:crypto';
import {
  ATTACHMENT_ERRORS,
  ATTACHMENT_KIND_LABELS,
  authoriseRecording,
  canReadMatters,
  MATTER_ACCESS_ERRORS,
  recordAttachment,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Matter as MatterRow } from '../../generated/sqlite/client.js';
import { attachmentMapper, attachmentOf, matterMapper } from '../../mappers/matter.js';
import { type GlobalId, idOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { failed, type Payload, succeeded, userErrorType } from '../shared/user-errors.js';
import { AttachmentKindEnum } from './enums.js';
import { MatterRef } from './matter.js';

builder.prismaObject('Attachment', {
  description:
    'A file attached to a matter or one of its events, as metadata: the content lives in object storage under ' +
    'its SHA-256 and is never stored here.',
  fields: (t) => ({
    fileName: t.exposeString('fileName', { description: 'The file name, without a path.' }),
    mediaType: t.exposeString('mediaType', { description: 'The media type, one of the accepted list.' }),
    kind: t.field({
      type: AttachmentKindEnum,
      description: 'Photo, video, audio recording or document.',
      resolve: (row) => attachmentOf(row).kind,
    }),
    kindLabel: t.string({
      description: 'The kind as a label.',
      args: labelArgs,
      resolve: (row, args, context) => labelOf(ATTACHMENT_KIND_LABELS, attachmentOf(row).kind, args, context),
    }),
    byteSize: t.exposeInt('byteSize', { description: 'The size in bytes.' }),
    sha256: t.exposeString('sha256', {
      description: "The content's SHA-256 (its address in object storage).",
    }),
    takenAt: t.expose('takenAt', { type: 'DateTime', description: 'When it was taken.' }),
    place: t.exposeString('place', {
      nullable: true,
      description: 'Where it was taken; null when not given.',
    }),
    eventVersion: t.exposeInt('eventVersion', {
      nullable: true,
      description: 'The version of the event it documents; null for the matter as a whole.',
    }),
    addedAt: t.expose('addedAt', { type: 'DateTime', description: 'When it was recorded.' }),
  }),
});

builder.prismaObjectField('Matter', 'attachments', (t) =>
  t.relation('attachments', {
    description: 'The files attached to the matter and its events (metadata only), oldest first.',
    query: { orderBy: [{ addedAt: 'asc' }, { id: 'asc' }] },
  }),
);

const AttachmentUserError = userErrorType('AttachmentUserError', 'Why an attachment was not recorded.', [
  ...Object.values(ATTACHMENT_ERRORS),
  MATTER_ACCESS_ERRORS.NOT_FOUND,
  MATTER_ACCESS_ERRORS.FORBIDDEN,
  MATTER_ACCESS_ERRORS.PERSON_REQUIRED,
]);

interface AttachmentAddFields {
  readonly matterId: GlobalId;
  readonly eventVersion?: number | null;
  readonly fileName: string;
  readonly mediaType: string;
  readonly byteSize: number;
  readonly sha256: string;
  readonly takenAt: Date;
  readonly place?: string | null;
}

const AttachmentAddInput = builder.inputRef<AttachmentAddFields>('AttachmentAddInput').implement({
  description: 'The metadata of a file already stored in object storage under its SHA-256.',
  fields: (t) => ({
    matterId: t.globalID({ required: true, description: 'The matter.' }),
    eventVersion: t.int({
      required: false,
      description:
        'The version of the event it documents (a feedback’s photos); left out for the whole matter.',
    }),
    fileName: t.string({
      required: true,
      description: 'The file name, without a path (at most 200 characters).',
    }),
    mediaType: t.string({
      required: true,
      description:
        'image/jpeg, image/png, image/webp, image/heic, video/mp4, audio/mpeg, audio/mp4 or application/pdf.',
    }),
    byteSize: t.int({ required: true, description: 'The size in bytes, from 1 to 20 MiB.' }),
    sha256: t.string({ required: true, description: 'The SHA-256 of the content, 64 lowercase hex digits.' }),
    takenAt: t.field({
      type: 'DateTime',
      required: true,
      description: 'When it was taken; not in the future.',
    }),
    place: t.string({ required: false, description: 'Where it was taken, in words.' }),
  }),
});

const AttachmentAddPayload = builder.objectRef<Payload<MatterRow>>('AttachmentAddPayload').implement({
  description: 'The result of attachmentAdd.',
  fields: (t) => ({
    matter: t.field({
      type: MatterRef,
      nullable: true,
      description: 'The matter with its attachments; null when refused.',
      resolve: (payload) => payload.result ?? null,
    }),
    userErrors: t.field({
      type: [AttachmentUserError],
      description: 'Why the attachment was not recorded; empty on success.',
      resolve: (payload) => [...payload.userErrors],
    }),
  }),
});

builder.mutationField('attachmentAdd', (t) =>
  t.field({
    type: AttachmentAddPayload,
    description:
      'Records the metadata of a photo, recording or document of a matter (附件), for those who record 社情民意 in ' +
      'its grid. The file itself is stored in object storage under its SHA-256 beforehand; nothing of its ' +
      'content passes here.',
    args: { input: t.arg({ type: AttachmentAddInput, required: true, description: 'The attachment.' }) },
    resolve: async (_root, { input }, context) => {
      const id = idOf(input.matterId, 'Matter');
      const row = id ? await context.db.matter.findUnique({ where: { id } }) : null;
      if (!row || !canReadMatters(context.actor, row.gridCode)) return failed(MATTER_ACCESS_ERRORS.NOT_FOUND);
      if (!authoriseRecording(context.actor, row.gridCode).ok) return failed(MATTER_ACCESS_ERRORS.FORBIDDEN);
      if (context.actor.personId === null) return failed(MATTER_ACCESS_ERRORS.PERSON_REQUIRED);
      const attachment = recordAttachment(
        matterMapper.toDomain(row),
        {
          id: `A-${randomUUID()}`,
          eventVersion: input.eventVersion ?? null,
          fileName: input.fileName,
          mediaType: input.mediaType,
          byteSize: input.byteSize,
          sha256: input.sha256,
          takenAt: input.takenAt,
          place: input.place ?? null,
        },
        context.actor.personId,
        context.now,
      );
      if (!attachment.ok) return failed(attachment.error);
      // Events are never deleted and versions only grow, so the version checked stays valid: one insert.
      await context.db.attachment.create({ data: attachmentMapper.toColumns(attachment.value) });
      return succeeded(row);
    },
  }),
);

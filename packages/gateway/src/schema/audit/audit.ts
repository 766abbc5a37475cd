// 审计: the record of every unmasked read of personal data, for auditors. One AuditRecord per request
// (src/audit.ts writes it): who read, under which grants, for which purpose, which field kinds, and
// whose, the subjects being rows of their own so that an auditor finds a person's reads on an index.
import {
  isEmptyScope,
  isReadPurpose,
  PERSONAL_FIELDS,
  type PersonalField,
  READ_PURPOSE_LABELS,
  type ReadPurpose,
  type Role,
  readScope,
} from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder, ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { refuseInvertedPeriod } from '../shared/dates.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { PersonalFieldEnum, ReadPurposeEnum } from './enums.js';

// Auditors only, as the API has always promised: an administrator whose own reads are recorded here
// must not be able to read (and so watch) the record of them.
const AUDIT_READERS: readonly Role[] = ['AUDITOR'];

/** The subjects an auditor may see: those held inside the regions of the caller's AUDITOR grants. */
function subjectScope(context: Context): Prisma.AuditSubjectWhereInput {
  if (isEmptyScope(readScope(context.actor, 'AUDIT_RECORD')))
    throw new ForbiddenError('the audit log is for auditors');
  return readableWhere<'subjectRegionCode'>(context, 'AUDIT_RECORD', { code: 'subjectRegionCode' });
}

// `node(id:)` finds an entry only when one of its subjects lies in the auditor's region, so an entry
// about other regions is indistinguishable from one that does not exist.
nodeScope('AuditRecord', 'auditRecord', (context: Context) => ({
  subjects: { some: readableWhere(context, 'AUDIT_RECORD', { code: 'subjectRegionCode' }) },
}));

/** A stored comma-separated list of field kinds, as the enum's values (unknown ones dropped). */
function fieldsOf(stored: string): PersonalField[] {
  const listed = new Set(stored.split(','));
  return PERSONAL_FIELDS.filter((field) => listed.has(field));
}

const AuditSubject = builder.prismaObject('AuditSubject', {
  description: 'One person (or other record) whose personal data an audited request read in full.',
  fields: (t) => ({
    subjectId: t.id({
      description: 'The global ID of the record read (a Person), for `node(id:)`.',
      resolve: (subject) => encodeGlobalID(subject.subjectType, subject.subjectId),
    }),
    subjectType: t.exposeString('subjectType', {
      description: 'The kind of record read, for example Person.',
    }),
    subjectRegionCode: t.exposeString('subjectRegionCode', {
      description: 'The region the record is held in.',
    }),
    fields: t.field({
      type: [PersonalFieldEnum],
      description: 'The personal fields of this subject read in full.',
      resolve: (subject) => fieldsOf(subject.fields),
    }),
  }),
});

const AuditRecordRef = builder.prismaNode('AuditRecord', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One request that read personal data in full: who read, under which grants, for which stated purpose, which ' +
    'kinds of field, and whose. Written before the response left the gateway.',
  // Only auditors see records (which ones: nodeScope above, and the list's condition).
  authScopes: (_record, context) => !isEmptyScope(readScope(context.actor, 'AUDIT_RECORD')),
  fields: (t) => ({
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the data was read.' }),
    actorSubject: t.exposeString('actorSubject', { description: "The reader: the token's subject." }),
    actorPersonId: t.globalID({
      nullable: true,
      description: "The global ID of the reader's Person, if the token names one.",
      resolve: (record) =>
        record.actorPersonId === null ? null : { type: 'Person', id: record.actorPersonId },
    }),
    grants: t.stringList({
      description: 'The grants that allowed the reads, as ROLE@region (for example COUNTY_ADMIN@542526).',
      resolve: (record) => record.grants.split(' ').filter((grant) => grant !== ''),
    }),
    purpose: t.field({
      type: ReadPurposeEnum,
      nullable: true,
      description:
        'The purpose the reader stated in X-Purpose (UNSTATED when none); null for reads recorded before purposes were.',
      resolve: (record) => (record.purpose !== null && isReadPurpose(record.purpose) ? record.purpose : null),
    }),
    purposeLabel: t.string({
      nullable: true,
      description: 'The purpose as a label (走访核查, 案件办理 …); null when no purpose was recorded.',
      args: labelArgs,
      resolve: (record, args, context) =>
        record.purpose !== null && isReadPurpose(record.purpose)
          ? labelOf(READ_PURPOSE_LABELS, record.purpose as ReadPurpose, args, context)
          : null,
    }),
    fields: t.field({
      type: [PersonalFieldEnum],
      description: 'The kinds of personal field read in full, over all subjects.',
      resolve: (record) => fieldsOf(record.fields),
    }),
    subjectCount: t.exposeInt('subjectCount', {
      description: 'How many subjects the request read, in every region (the list shows those of yours).',
    }),
    subjects: t.relatedConnection(
      'subjects',
      {
        description: "The subjects read, those held inside the caller's region, in order of their ids.",
        cursor: 'entryId_subjectType_subjectId',
        totalCount: true,
        query: (_args, context) => ({
          where: subjectScope(context),
          orderBy: [{ subjectType: 'asc' }, { subjectId: 'asc' }],
        }),
      },
      connectionOf(AuditSubject, 'AuditSubject'),
    ),
    operationName: t.exposeString('operationName', {
      nullable: true,
      description: 'The GraphQL operation, if named.',
    }),
    requestId: t.exposeString('requestId', {
      description:
        "The gateway's id for the request (a UUID it generated and sent back in X-Request-Id); for entries recorded before request ids, legacy-<n>.",
    }),
    clientRequestId: t.exposeString('clientRequestId', {
      nullable: true,
      description:
        "The X-Request-Id the client sent, as the client's own reference: kept only when it is at most 128 letters, digits or - _ . : / + = @, otherwise null. Not proof of anything.",
    }),
  }),
});

const AuditRecordFilter = builder.inputType('AuditRecordFilter', {
  description: 'Conditions an audit record must meet; all apply.',
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'Reads of subjects held inside this region.',
    }),
    subject: t.globalID({
      required: false,
      description: 'Reads of this record (the global ID of a Person).',
    }),
    actorSubject: t.string({ required: false, description: 'Reads by this token subject.' }),
    purpose: t.field({
      type: ReadPurposeEnum,
      required: false,
      description: 'Reads stated for this purpose.',
    }),
    from: t.field({ type: 'DateTime', required: false, description: 'At or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Before this instant.' }),
  }),
});

interface AuditFilter {
  readonly within?: string | null;
  readonly subject?: GlobalId | null;
  readonly actorSubject?: string | null;
  readonly purpose?: ReadPurpose | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

/** The conditions on the entry's own columns. */
function entryWhere(filter: AuditFilter | null | undefined): Prisma.AuditRecordWhereInput[] {
  refuseInvertedPeriod(filter?.from, filter?.to, ['filter', 'from']);
  const and: Prisma.AuditRecordWhereInput[] = [];
  if (filter?.actorSubject) and.push({ actorSubject: filter.actorSubject });
  if (filter?.purpose) and.push({ purpose: filter.purpose });
  if (filter?.from) and.push({ occurredAt: { gte: filter.from } });
  if (filter?.to) and.push({ occurredAt: { lt: filter.to } });
  return and;
}

/** The conditions on a subject row: the auditor's region, and the filter's region. */
function subjectWhere(
  context: Context,
  filter: AuditFilter | null | undefined,
): Prisma.AuditSubjectWhereInput[] {
  const and: Prisma.AuditSubjectWhereInput[] = [subjectScope(context)];
  if (filter?.within) and.push(within('subjectRegionCode', filter.within));
  return and;
}

/** Entries with a subject the auditor may see (walked newest first on the entries' time index). */
function auditWhere(context: Context, filter: AuditFilter | null | undefined): Prisma.AuditRecordWhereInput {
  return { AND: [{ subjects: { some: { AND: subjectWhere(context, filter) } } }, ...entryWhere(filter)] };
}

/**
 * One subject's reads: its rows of AuditSubject, newest first, on the index
 * `(subjectType, subjectId, occurredAt, entryId)`, each joined to its entry. Walking the entries
 * instead would probe every entry of the period for a person read once a year.
 */
function subjectReadsWhere(
  context: Context,
  filter: AuditFilter,
  subject: GlobalId,
): Prisma.AuditSubjectWhereInput {
  const entry = entryWhere(filter);
  return {
    AND: [
      { subjectType: subject.typename, subjectId: lookupIdOf(subject, 'Person') },
      ...subjectWhere(context, filter),
      ...(entry.length > 0 ? [{ entry: { is: { AND: entry } } }] : []),
    ],
  };
}

builder.queryField('auditRecords', (t) =>
  t.prismaConnection(
    {
      type: 'AuditRecord',
      cursor: 'id',
      description:
        "Requests that read personal data in full about subjects in the caller's region, newest first. For auditors.",
      authScopes: { anyRole: AUDIT_READERS },
      args: { filter: t.arg({ type: AuditRecordFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) => {
        const subject = args.filter?.subject;
        return subject && args.filter
          ? context.db.auditSubject.count({ where: subjectReadsWhere(context, args.filter, subject) })
          : context.db.auditRecord.count({ where: auditWhere(context, args.filter) });
      },
      resolve: async (query, _root, args, context) => {
        const subject = args.filter?.subject;
        if (!subject || !args.filter) {
          return context.db.auditRecord.findMany({
            ...query,
            where: auditWhere(context, args.filter),
            orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
          });
        }
        // The page as Pothos asks for it (take, skip, cursor by entry id), over the subject's rows.
        const { cursor, take, skip, ...selection } = query;
        const after = (cursor as { id?: string } | undefined)?.id;
        const subjectId = lookupIdOf(subject, 'Person');
        const rows = await context.db.auditSubject.findMany({
          where: subjectReadsWhere(context, args.filter, subject),
          orderBy: [{ occurredAt: 'desc' }, { entryId: 'desc' }],
          take,
          skip,
          ...(after === undefined
            ? {}
            : {
                cursor: {
                  entryId_subjectType_subjectId: { entryId: after, subjectType: subject.typename, subjectId },
                },
              }),
          select: {
            entry: Object.keys(selection).length > 0 ? (selection as Prisma.AuditRecordDefaultArgs) : true,
          },
        });
        return rows.map((row) => row.entry);
      },
    },
    connectionOf(AuditRecordRef, 'AuditRecord'),
  ),
);

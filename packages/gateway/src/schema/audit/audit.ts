// 审计: the record of every unmasked read of personal data, for auditors.
import { hasRoleIn, type Role } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import type { GlobalId } from '../shared/ids.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';

// Auditors only, as the API has always promised: an administrator whose own reads are recorded here
// must not be able to read (and so watch) the record of them.
const AUDIT_READERS: readonly Role[] = ['AUDITOR'];

export const auditRecordReadable = nodeScope(
  'AuditRecord',
  'auditRecord',
  (context: Context) => readableWhere(context, 'AUDIT_RECORD', { code: 'subjectRegionCode' }),
  { parseId: Number },
);

const AuditRecordRef = builder.prismaNode('AuditRecord', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One read of unmasked personal data: who read which field of whom, when, and which grant allowed it.',
  // Only auditors of the subject's region see a record, however it is reached.
  authScopes: (record, context) => hasRoleIn(context.actor, AUDIT_READERS, record.subjectRegionCode) !== null,
  fields: (t) => ({
    occurredAt: t.expose('occurredAt', { type: 'DateTime', description: 'When the value was read.' }),
    actorSubject: t.exposeString('actorSubject', { description: "The reader: the token's subject." }),
    actorPersonId: t.globalID({
      nullable: true,
      description: "The global ID of the reader's Person, if known.",
      resolve: (record) =>
        record.actorPersonId === null ? null : { type: 'Person', id: record.actorPersonId },
    }),
    grantRole: t.exposeString('grantRole', { description: 'The role whose grant allowed the read.' }),
    grantRegionCode: t.exposeString('grantRegionCode', { description: 'The region of that grant.' }),
    reason: t.exposeString('reason', {
      description: 'Why the read was allowed, for example COUNTY_ADMIN@542526.',
    }),
    subjectType: t.exposeString('subjectType', {
      description: 'The kind of record read, for example Person.',
    }),
    subjectId: t.globalID({
      description: 'The global ID of the record read (of type subjectType).',
      resolve: (record) => ({ type: record.subjectType, id: record.subjectId }),
    }),
    subjectRegionCode: t.exposeString('subjectRegionCode', {
      description: 'The region the record is held in.',
    }),
    field: t.exposeString('field', { description: 'The personal field read unmasked.' }),
    operationName: t.exposeString('operationName', {
      nullable: true,
      description: 'The GraphQL operation, if named.',
    }),
    requestId: t.exposeString('requestId', {
      nullable: true,
      description:
        "The gateway's id for the request (a UUID it generated and sent back in X-Request-Id), to group the reads of one request.",
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
      description: 'Subjects held inside this region.',
    }),
    subjectId: t.globalID({
      required: false,
      description: "Reads about this record (a global ID, for example a Person's).",
    }),
    actorSubject: t.string({ required: false, description: 'Reads by this token subject.' }),
    from: t.field({ type: 'DateTime', required: false, description: 'At or after this instant.' }),
    to: t.field({ type: 'DateTime', required: false, description: 'Before this instant.' }),
  }),
});

function auditWhere(
  context: Context,
  filter:
    | {
        within?: string | null;
        subjectId?: GlobalId | null;
        actorSubject?: string | null;
        from?: Date | null;
        to?: Date | null;
      }
    | null
    | undefined,
): Prisma.AuditRecordWhereInput {
  const and: Prisma.AuditRecordWhereInput[] = [auditRecordReadable(context)];
  if (filter?.within) and.push(within('subjectRegionCode', filter.within));
  if (filter?.subjectId) and.push({ subjectType: filter.subjectId.typename, subjectId: filter.subjectId.id });
  if (filter?.actorSubject) and.push({ actorSubject: filter.actorSubject });
  if (filter?.from) and.push({ occurredAt: { gte: filter.from } });
  if (filter?.to) and.push({ occurredAt: { lt: filter.to } });
  return { AND: and };
}

builder.queryField('auditRecords', (t) =>
  t.prismaConnection(
    {
      type: 'AuditRecord',
      cursor: 'id',
      description: "Unmasked reads of personal data in the caller's region, newest first. For auditors.",
      authScopes: { anyRole: AUDIT_READERS },
      args: { filter: t.arg({ type: AuditRecordFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.auditRecord.count({ where: auditWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.auditRecord.findMany({
          ...query,
          where: auditWhere(context, args.filter),
          orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }],
        }),
    },
    connectionOf(AuditRecordRef, 'AuditRecord'),
  ),
);

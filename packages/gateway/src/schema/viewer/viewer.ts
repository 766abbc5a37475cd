// 当前用户: who the caller is and where it may read, so a client never decodes its token.
import {
  grantFits,
  READ_RULES,
  READABLE_KINDS,
  type ReadableKind,
  ROLE_LABELS,
  type RoleGrant,
  readScope,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { labelArgs, labelledEnum, labelOf } from '../shared/labels.js';

export const RoleEnum = labelledEnum('Role', 'A role a person holds in county governance.', ROLE_LABELS);

const ReadableKindEnum = builder.enumType('ReadableKind', {
  description: 'A group of things the API serves that share one read rule (see docs/access.md).',
  values: Object.fromEntries(
    READABLE_KINDS.map((kind) => [kind, { value: kind, description: READ_RULES[kind].covers }]),
  ) as Record<ReadableKind, { value: ReadableKind; description: string }>,
});

const ViewerGrantRef = builder.objectRef<RoleGrant>('ViewerGrant').implement({
  description: 'One role the caller holds over a region.',
  fields: (t) => ({
    role: t.field({ type: RoleEnum, description: 'The role.', resolve: (grant) => grant.role }),
    roleLabel: t.string({
      description: 'The role as a label in the requested language.',
      args: labelArgs,
      resolve: (grant, args, context) => labelOf(ROLE_LABELS, grant.role, args, context),
    }),
    regionCode: t.exposeString('regionCode', { description: 'The code of the region (or grid) it covers.' }),
    region: t.prismaField({
      type: 'Region',
      nullable: true,
      description: 'The region it covers; null for a grid (see Viewer.grids) or an unknown code.',
      // Prisma batches the findUnique calls of one tick into one statement.
      resolve: (query, grant, _args, context) =>
        context.db.region.findUnique({ ...query, where: { code: grant.regionCode } }),
    }),
  }),
});

interface ViewerRead {
  readonly kind: ReadableKind;
  readonly scope: ReturnType<typeof readScope>;
}

const ViewerReadRef = builder.objectRef<ViewerRead>('ViewerRead').implement({
  description: 'Where the caller may read one kind of thing.',
  fields: (t) => ({
    kind: t.field({ type: ReadableKindEnum, description: 'The kind.', resolve: (read) => read.kind }),
    everyone: t.boolean({
      description: 'True when the kind is public: everyone reads all of it.',
      resolve: (read) => read.scope.everyone,
    }),
    regionCodes: t.stringList({
      description: 'The regions whose things of this kind the caller reads (each with its whole subtree).',
      resolve: (read) => [...read.scope.regions],
    }),
    gridCodes: t.stringList({
      description: 'The grids whose things of this kind the caller reads (grid staff: their own grids).',
      resolve: (read) => [...read.scope.grids],
    }),
    own: t.boolean({
      description: "True when the caller also reads its own records of this kind (a linked person's).",
      resolve: (read) => read.scope.selfPersonId !== null,
    }),
  }),
});

const ViewerRef = builder.objectRef<Context>('Viewer').implement({
  description: 'The caller: its identity, roles, grids and linked person, and where it may read.',
  fields: (t) => ({
    subject: t.string({
      description: 'The token’s subject, or "anonymous".',
      resolve: (context) => context.subject,
    }),
    anonymous: t.boolean({
      description: 'True when the request carries no token.',
      resolve: (context) => context.actor.grants.length === 0,
    }),
    grants: t.field({
      type: [ViewerGrantRef],
      description:
        'The roles the caller holds, each over a region or grid (only grants that fit their role).',
      resolve: (context) => context.actor.grants.filter(grantFits),
    }),
    grids: t.prismaField({
      type: ['Grid'],
      description: 'The grids the caller serves in a grid role, by code.',
      resolve: (query, context) =>
        context.db.grid.findMany({
          ...query,
          where: { code: { in: context.actor.grants.filter(grantFits).map((grant) => grant.regionCode) } },
          orderBy: { code: 'asc' },
        }),
    }),
    person: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The person the token is linked to; null when it names none.',
      resolve: (query, context) =>
        context.actor.personId
          ? context.db.person.findUnique({ ...query, where: { id: context.actor.personId } })
          : null,
    }),
    reads: t.field({
      type: [ViewerReadRef],
      description: 'For every kind of thing the API serves, where the caller may read it.',
      resolve: (context) => READABLE_KINDS.map((kind) => ({ kind, scope: readScope(context.actor, kind) })),
    }),
  }),
});

builder.queryField('viewer', (t) =>
  t.field({
    type: ViewerRef,
    description: 'Who is asking: the caller’s subject, roles, grids, linked person and read scopes.',
    resolve: (_root, _args, context) => context,
  }),
);

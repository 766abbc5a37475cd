// 实有单位: an organisation with its unified social credit code, and the organisation list.
import { mayRead, ORGANISATION_TYPE_LABELS, type OrganisationType } from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { organisationMapper } from '../../mappers/registry.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';
import { OrganisationTypeEnum } from './enums.js';

export const organisationReadable = nodeScope('Organisation', 'organisation', (context: Context) =>
  readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
);

const OrganisationRef = builder.prismaNode('Organisation', {
  id: { field: 'id' },
  nullable: true,
  description:
    'An organisation (实有单位) with its unified social credit code and address. Visible inside the ' +
    'caller’s region.',
  authScopes: (organisation, context) =>
    mayRead(context.actor, 'REGISTRY', { regionCode: organisation.gridCode }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The registered name.' }),
    creditCode: t.exposeString('creditCode', {
      description: 'The unified social credit code (统一社会信用代码, GB 32100), 18 characters.',
    }),
    type: t.field({
      type: OrganisationTypeEnum,
      description: 'The kind of organisation its credit code names.',
      resolve: (organisation) => organisationMapper.type(organisation),
    }),
    typeLabel: t.string({
      description: 'The kind as a label in the requested language.',
      args: labelArgs,
      resolve: (organisation, args, context) =>
        labelOf(ORGANISATION_TYPE_LABELS, organisationMapper.type(organisation), args, context),
    }),
    address: t.prismaField({
      type: 'StandardAddress',
      description: 'The standard address of the organisation.',
      resolve: (query, organisation, _args, context) =>
        context.db.standardAddress.findUniqueOrThrow({ ...query, where: { id: organisation.addressId } }),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the organisation lies in.',
      resolve: (query, organisation, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: organisation.gridCode } }),
    }),
  }),
});

const OrganisationFilter = builder.inputType('OrganisationFilter', {
  description: "Conditions an organisation must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description: 'In a grid inside this region.',
    }),
    type: t.field({ type: OrganisationTypeEnum, required: false, description: 'Only this kind.' }),
    creditCode: t.string({
      required: false,
      validate: z
        .string()
        .length(
          18,
          '须为18位统一社会信用代码 / An 18-character credit code / ཡི་གེ་18ཅན་གྱི་སྤྱི་ཚོགས་ཡིད་རྟོན་གཅིག་གྱུར་ཨང་རྟགས་ཡིན་དགོས།',
        ),
      description: 'The unified social credit code.',
    }),
  }),
});

function organisationWhere(
  context: Context,
  filter:
    | { within?: string | null; type?: OrganisationType | null; creditCode?: string | null }
    | null
    | undefined,
): Prisma.OrganisationWhereInput {
  const and: Prisma.OrganisationWhereInput[] = [organisationReadable(context)];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.type) and.push({ type: filter.type });
  if (filter?.creditCode) and.push({ creditCode: filter.creditCode.toUpperCase() });
  return { AND: and };
}

builder.queryField('organisations', (t) =>
  t.prismaConnection(
    {
      type: 'Organisation',
      cursor: 'id',
      description: "Organisations in the caller's region, by id.",
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: OrganisationFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.organisation.count({ where: organisationWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.organisation.findMany({
          ...query,
          where: organisationWhere(context, args.filter),
          orderBy: [{ id: 'asc' }],
        }),
    },
    connectionOf(OrganisationRef, 'Organisation'),
  ),
);

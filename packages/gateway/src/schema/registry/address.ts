// 标准地址 (the "一标" of "一标三实"): the address type and the address list, searched by a prefix of
// the canonical text.
import { mayRead, streetAddressOf } from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { addressMapper } from '../../mappers/registry.js';
import { regionCodeArg } from '../region/region.js';
import { connectionOf } from '../shared/connection.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within } from '../shared/scope.js';

export const addressReadable = nodeScope('StandardAddress', 'standardAddress', (context: Context) =>
  readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
);

export const StandardAddressRef = builder.prismaNode('StandardAddress', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A standard address (标准地址, the "一标" of "一标三实"): a village or community, a road or settlement, ' +
    'and as much of number, building, unit and room as the place has. Visible inside the caller’s region.',
  authScopes: (address, context) => mayRead(context.actor, 'REGISTRY', { regionCode: address.gridCode }),
  fields: (t) => ({
    text: t.exposeString('text', {
      description: 'The canonical text, unique: the village code, a space, then the place and its parts.',
    }),
    streetAddress: t.string({
      description: 'The address without its village code (北街12号3栋2单元301室), for display.',
      resolve: (address) => streetAddressOf(addressMapper.toDomain(address)),
    }),
    place: t.exposeString('place', {
      description: 'The road, street, lane or settlement (街路巷、小区、牧业点).',
    }),
    number: t.exposeString('number', { nullable: true, description: 'The house number (门牌号), if any.' }),
    building: t.exposeString('building', { nullable: true, description: 'The building (楼栋), if any.' }),
    unit: t.exposeString('unit', { nullable: true, description: 'The unit (单元) of the building, if any.' }),
    room: t.exposeString('room', { nullable: true, description: 'The room (室), if any.' }),
    region: t.prismaField({
      type: 'Region',
      description: 'The village or community the address lies in.',
      resolve: (query, address, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: address.regionCode } }),
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the address lies in.',
      resolve: (query, address, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: address.gridCode } }),
    }),
    housing: t.relation('housing', {
      description: 'The houses at this address.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

const AddressFilter = builder.inputType('StandardAddressFilter', {
  description: "Conditions a standard address must meet; all apply, always inside the caller's region.",
  fields: (t) => ({
    textStartsWith: t.string({
      required: false,
      validate: z.string().min(1).max(100),
      description:
        'The canonical text starts with this (for example "542526100001 玉多路"); served by the unique index on the text.',
    }),
    within: t.string({ required: false, validate: regionCodeArg, description: 'Inside this region.' }),
    gridCode: t.string({ required: false, validate: regionCodeArg, description: 'In this grid.' }),
  }),
});

/**
 * A prefix as a range on the unique text index: under binary (C) collation, exactly the texts that
 * start with `prefix` lie in [prefix, prefix + U+10FFFF). `startsWith` (LIKE) is kept beside it so
 * no other text can slip in under another collation. This is text search on the canonical text, not
 * "inside a region" (that is `within`, on the grid code).
 */
function textPrefix(prefix: string): Prisma.StringFilter<'StandardAddress'> {
  return { gte: prefix, lt: `${prefix}\u{10FFFF}`, startsWith: prefix };
}

function addressWhere(
  context: Context,
  filter:
    | { textStartsWith?: string | null; within?: string | null; gridCode?: string | null }
    | null
    | undefined,
): Prisma.StandardAddressWhereInput {
  const and: Prisma.StandardAddressWhereInput[] = [addressReadable(context)];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.textStartsWith) and.push({ text: textPrefix(filter.textStartsWith) });
  return { AND: and };
}

builder.queryField('addresses', (t) =>
  t.prismaConnection(
    {
      type: 'StandardAddress',
      cursor: 'id',
      description: "Standard addresses in the caller's region, in the order of their canonical text.",
      authScopes: { authenticated: true },
      args: { filter: t.arg({ type: AddressFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.standardAddress.count({ where: addressWhere(context, args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.standardAddress.findMany({
          ...query,
          where: addressWhere(context, args.filter),
          orderBy: [{ text: 'asc' }],
        }),
    },
    connectionOf(StandardAddressRef, 'StandardAddress'),
  ),
);

// A village's points catalogue (积分细则, its rule items by version) and its points shop (积分超市).
import { labelFor } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { pointRuleItemMapper, pointsShopItemMapper } from '../../mappers/points.js';
import { RegionRef } from '../region/region.js';
import { labelArgs, resolveLocale } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';

builder.prismaObject('PointRuleItem', {
  description: 'One rule of a village’s points catalogue (积分细则) and the points it is worth.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'The item’s code, stable across versions (COLLECTIVE_LABOUR).',
    }),
    label: t.string({
      description: 'What the rule rewards or penalises, in the requested language.',
      args: labelArgs,
      resolve: (item, args, context) =>
        labelFor(pointRuleItemMapper.toDomain(item).label, resolveLocale(args.locale, context.locale)),
    }),
    labelZh: t.exposeString('labelZh', { description: 'The rule in Chinese.' }),
    labelEn: t.exposeString('labelEn', { description: 'The rule in English.' }),
    labelBo: t.exposeString('labelBo', {
      nullable: true,
      description: 'The rule in Tibetan; null where the village gave none (then `label` shows Chinese).',
    }),
    points: t.exposeInt('points', { description: 'Points given (positive) or taken (negative) each time.' }),
  }),
});

nodeScope('PointsCatalogue', 'pointsCatalogue', () => ({}));

const PointsCatalogueRef = builder.prismaNode('PointsCatalogue', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One version of a village’s points catalogue (家庭积分制 积分细则), in force from a day until the next ' +
    'version; events keep the version they were scored by.',
  fields: (t) => ({
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
    village: t.prismaField({
      type: 'Region',
      description: 'The village whose rules these are.',
      resolve: (query, catalogue, _args, context) =>
        context.db.region.findUniqueOrThrow({ ...query, where: { code: catalogue.villageCode } }),
    }),
    version: t.exposeInt('version', { description: 'The version, counting from 1.' }),
    effectiveFrom: t.field({
      type: 'Date',
      description: 'The first day the version is in force.',
      resolve: (catalogue) => catalogue.effectiveFrom,
    }),
    items: t.relation('items', {
      description: 'The rule items, awards first, largest first.',
      query: { orderBy: [{ points: 'desc' }, { code: 'asc' }] },
    }),
  }),
});

nodeScope('PointsShopItem', 'pointsShopItem', () => ({}));

const PointsShopItemRef = builder.prismaNode('PointsShopItem', {
  id: { field: 'id' },
  nullable: true,
  description: 'Something a household can take from the village’s points shop (积分超市), priced in points.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The item’s code in the village’s shop.' }),
    label: t.string({
      description: 'The item in the requested language.',
      args: labelArgs,
      resolve: (item, args, context) =>
        labelFor(pointsShopItemMapper.toDomain(item).label, resolveLocale(args.locale, context.locale)),
    }),
    labelZh: t.exposeString('labelZh', { description: 'The item in Chinese.' }),
    labelEn: t.exposeString('labelEn', { description: 'The item in English.' }),
    price: t.exposeInt('price', { description: 'Points per unit.' }),
    villageCode: t.exposeString('villageCode', { description: 'The 12-digit code of the village.' }),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  // Loaded for all regions of a list at once, so a list of villages costs one statement.
  pointsCatalogues: t.loadableGroup({
    type: PointsCatalogueRef,
    description: 'The versions of the village’s points catalogue, oldest first; empty elsewhere.',
    load: (villageCodes: string[], context: Context) =>
      context.db.pointsCatalogue.findMany({
        where: { villageCode: { in: villageCodes } },
        orderBy: [{ villageCode: 'asc' }, { version: 'asc' }],
      }),
    group: (catalogue) => catalogue.villageCode,
    resolve: (region) => region.code,
  }),
  pointsShopItems: t.loadableGroup({
    type: PointsShopItemRef,
    description: 'What the village’s points shop offers, cheapest first; empty elsewhere.',
    load: (villageCodes: string[], context: Context) =>
      context.db.pointsShopItem.findMany({
        where: { villageCode: { in: villageCodes } },
        orderBy: [{ price: 'asc' }, { code: 'asc' }],
      }),
    group: (item) => item.villageCode,
    resolve: (region) => region.code,
  }),
}));

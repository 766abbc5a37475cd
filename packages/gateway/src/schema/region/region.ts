// 行政区划: the administrative tree every record hangs from. Public data: anyone may read it.
import {
  isRegionCode,
  parseRegionCode,
  REGION_LEVEL_LABELS,
  REGION_LEVELS,
  type RegionLevel,
  regionLevel,
  regionLineage,
  TIBETAN_NAME_SOURCE_LABELS,
  type TibetanNameSource,
} from '@grassroots/core';
import { z } from 'zod';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { joinMessage } from '../../errors.js';
import type { Region as RegionRow } from '../../generated/sqlite/client.js';
import { connectionOf } from '../shared/connection.js';
import { LocaleEnum, labelledEnum, localLabel, resolveLocale } from '../shared/labels.js';
import { localName } from '../shared/names.js';
import { nodeScope } from '../shared/node-scope.js';
import { OrderDirection } from '../shared/order.js';
import { codeWithin } from '../shared/scope.js';

export const RegionLevelEnum = labelledEnum(
  'RegionLevel',
  'The level of a place in the administrative tree.',
  REGION_LEVEL_LABELS,
);

/** A region code argument: refused before any resolver runs when it is not a valid code. */
export const regionCodeArg = z.string().superRefine((text, issues) => {
  const parsed = parseRegionCode(text);
  // Core's own message says what is wrong with this code (its length, its province, its structure).
  if (!parsed.ok) issues.addIssue({ code: 'custom', message: joinMessage(parsed.error.message) });
});

export const TibetanNameSourceEnum = labelledEnum(
  'TibetanNameSource',
  'Where a Tibetan-script name comes from, so that a stand-in can be shown as one.',
  TIBETAN_NAME_SOURCE_LABELS,
);

nodeScope('Region', 'region', () => ({}), { idField: 'code' });

export const RegionRef = builder.prismaNode('Region', {
  id: { field: 'code' },
  nullable: true,
  description:
    'A place in the administrative tree: province, prefecture, county, township, village or community.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'Division code: 6 digits (GB/T 2260) down to county, 9 for a township, 12 for a village.',
    }),
    level: t.field({
      type: RegionLevelEnum,
      description: 'The level in the tree.',
      resolve: (region) => region.level as RegionLevel,
    }),
    levelLabel: t.string({
      description: 'The level as a label in the requested language.',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (region, args, context) =>
        localLabel(
          REGION_LEVEL_LABELS,
          region.level as RegionLevel,
          resolveLocale(args.locale, context.locale),
        ),
    }),
    name: t.string({
      description: 'The name in the requested language (Tibetan and English fall back to Chinese).',
      args: {
        locale: t.arg({ type: LocaleEnum, required: false, description: 'Defaults to Accept-Language.' }),
      },
      resolve: (region, args, context) => localName(region, resolveLocale(args.locale, context.locale)),
    }),
    nameZh: t.exposeString('nameZh', { description: 'The name in Chinese.' }),
    nameBo: t.exposeString('nameBo', {
      nullable: true,
      description: 'The name in Tibetan script; see nameBoSource for how far it can be relied on.',
    }),
    nameBoSource: t.field({
      type: TibetanNameSourceEnum,
      nullable: true,
      description:
        'Where nameBo comes from: the established name, a rendering not yet checked by a Tibetan editor, or a transliteration of the Chinese name (show it as such); null when nameBo is.',
      resolve: (region) => region.nameBoSource as TibetanNameSource | null,
    }),
    nameEn: t.exposeString('nameEn', {
      nullable: true,
      description: 'The name in English or pinyin, where known.',
    }),
    synthetic: t.exposeBoolean('synthetic', {
      description: 'True when the place is invented for demonstration data because no published list had it.',
    }),
    revision: t.exposeString('revision', {
      description: 'The code list the row comes from, for example NBS-2023.',
    }),
    parent: t.relation('parent', {
      nullable: true,
      description: 'The region one level up; null for a province.',
    }),
    children: t.relatedConnection(
      'children',
      {
        description: 'The regions one level down, ordered by code.',
        cursor: 'code',
        totalCount: true,
        query: { orderBy: { code: 'asc' } },
      },
      RegionConnection,
    ),
    ancestors: t.prismaField({
      type: ['Region'],
      description: 'The regions above this one, from the province down to the parent.',
      resolve: async (query, region, _args, context) => {
        const codes = isRegionCode(region.code)
          ? regionLineage(region.code)
              .filter((code) => code !== region.code)
              .sort((a, b) => REGION_LEVELS.indexOf(regionLevel(a)) - REGION_LEVELS.indexOf(regionLevel(b)))
          : [];
        const rows = await context.db.region.findMany({ ...query, where: { code: { in: [...codes] } } });
        return codes.flatMap((code) => rows.filter((row) => row.code === code));
      },
    }),
  }),
});

// Typed by hand: a region's children are regions, so the type would otherwise refer to itself.
/**
 * The options of a `t.loadable` field naming a region by code: the codes of a whole list are loaded
 * in one statement, and a code no stored region has (a county of another province, say) gives null.
 */
export function regionLoader<Parent>(
  description: string,
  codeOf: (parent: Parent, context: Context) => string | null | Promise<string | null>,
) {
  return {
    type: RegionRef,
    nullable: true as const,
    description,
    load: (codes: string[], context: Context) =>
      context.db.region.findMany({ where: { code: { in: codes } } }),
    sort: (region: { code: string }) => region.code,
    resolve: (parent: Parent, _args: object, context: Context) => codeOf(parent, context),
  };
}

export const RegionConnection: ReturnType<typeof connectionOf<RegionRow>> = connectionOf(RegionRef, 'Region');

const RegionOrderField = builder.enumType('RegionOrderField', {
  description: 'What regions can be ordered by.',
  values: {
    CODE: { value: 'code', description: 'Division code.' },
    NAME: { value: 'namePinyin', description: 'Chinese name, by its pinyin.' },
  } as const,
});

const RegionOrder = builder.inputType('RegionOrder', {
  description: 'The order of a region list; ties are broken by code.',
  fields: (t) => ({
    field: t.field({ type: RegionOrderField, required: true, description: 'The field to order by.' }),
    direction: t.field({
      type: OrderDirection,
      required: false,
      defaultValue: 'asc',
      description: 'Ascending or descending.',
    }),
  }),
});

const RegionFilter = builder.inputType('RegionFilter', {
  description: 'Conditions a region must meet; all given conditions apply.',
  fields: (t) => ({
    level: t.field({ type: RegionLevelEnum, required: false, description: 'Only this level.' }),
    within: t.string({
      required: false,
      validate: regionCodeArg,
      description:
        'Only regions inside this one (its whole subtree, without itself); with level, its children: ' +
        '{ within: "542526", level: TOWNSHIP } lists the townships of the county.',
    }),
    nameContains: t.string({
      required: false,
      validate: z.string().min(1).max(50),
      description: 'Chinese name or pinyin contains this text.',
    }),
  }),
});

builder.queryFields((t) => ({
  region: t.prismaField({
    type: 'Region',
    nullable: true,
    description: 'One region by its division code; null when there is none.',
    args: {
      code: t.arg.string({ required: true, validate: regionCodeArg, description: 'The division code.' }),
    },
    resolve: (query, _root, args, context) =>
      context.db.region.findUnique({ ...query, where: { code: args.code } }),
  }),
  regions: t.prismaConnection(
    {
      type: 'Region',
      cursor: 'code',
      description: 'Regions matching a filter, in a stable order.',
      args: {
        filter: t.arg({
          type: RegionFilter,
          required: false,
          description: 'Conditions; none means every region.',
        }),
        orderBy: t.arg({ type: RegionOrder, required: false, description: 'Defaults to code ascending.' }),
      },
      totalCount: (_root, args, context) => context.db.region.count({ where: regionWhere(args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.region.findMany({
          ...query,
          where: regionWhere(args.filter),
          orderBy: regionOrder(args.orderBy),
        }),
    },
    RegionConnection,
  ),
}));

type RegionFilterInput =
  | {
      level?: string | null;
      within?: string | null;
      nameContains?: string | null;
    }
  | null
  | undefined;

function regionWhere(filter: RegionFilterInput): Prisma.RegionWhereInput {
  const where: Prisma.RegionWhereInput[] = [];
  if (filter?.level) where.push({ level: filter.level });
  if (filter?.within && isRegionCode(filter.within)) {
    where.push({ code: { ...codeWithin(filter.within), not: filter.within } });
  }
  if (filter?.nameContains) {
    const text = filter.nameContains;
    where.push({ OR: [{ nameZh: { contains: text } }, { namePinyin: { contains: text.toLowerCase() } }] });
  }
  return { AND: where };
}

function regionOrder(
  order: { field: 'code' | 'namePinyin'; direction?: 'asc' | 'desc' | null } | null | undefined,
): Prisma.RegionOrderByWithRelationInput[] {
  const direction = order?.direction ?? 'asc';
  if (!order || order.field === 'code') return [{ code: direction }];
  return [{ namePinyin: direction }, { code: direction }];
}

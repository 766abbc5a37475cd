// The heritage survey (文化资源普查) and what its bearers made, and the programme's repeat champions
// (蝉联): public, filtered and paged in SQL; champions computed by core from the city finals' marks.
import {
  type Championship,
  CULTURAL_RESOURCE_CATEGORY_LABELS,
  eventLeaderboard,
  labelFor,
  type RepeatChampion,
  repeatChampions,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import { contestEntryMapper, contestMarkMapper, culturalResourceMapper } from '../../mappers/contest.js';
import { PersonRef } from '../person/person.js';
import { connectionOf } from '../shared/connection.js';
import { labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { within } from '../shared/scope.js';
import { ContestItemRef } from './catalogue.js';
import { CulturalResourceCategoryEnum } from './enums.js';
import { itemOf } from './event.js';

nodeScope('CulturalResource', 'culturalResource', () => ({}));

const CulturalResourceRef = builder.prismaNode('CulturalResource', {
  id: { field: 'id' },
  nullable: true,
  description: 'A cultural resource found by 那曲市’s survey, and its place.',
  fields: (t) => ({
    category: t.field({
      type: CulturalResourceCategoryEnum,
      description: 'The kind of resource.',
      resolve: (r) => culturalResourceMapper.toDomain(r).category,
    }),
    categoryLabel: t.string({
      description: 'The kind in the requested language.',
      args: labelArgs,
      resolve: (r, args, context) =>
        labelOf(
          CULTURAL_RESOURCE_CATEGORY_LABELS,
          culturalResourceMapper.toDomain(r).category,
          args,
          context,
        ),
    }),
    name: t.string({
      description: 'The resource in the requested language.',
      args: labelArgs,
      resolve: (r, args, context) =>
        labelFor(culturalResourceMapper.toDomain(r).name, resolveLocale(args.locale, context.locale)),
    }),
    regionCode: t.exposeString('regionCode', { description: 'The village it belongs to.' }),
    products: t.relation('products', {
      description: 'The heritage products made from it.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

nodeScope('HeritageProduct', 'heritageProduct', () => ({}));

const HeritageProductRef = builder.prismaNode('HeritageProduct', {
  id: { field: 'id' },
  nullable: true,
  description: 'A heritage product made by a bearer, with what it earned and the jobs it created.',
  fields: (t) => ({
    nameZh: t.exposeString('nameZh', { description: 'The product in Chinese.' }),
    nameEn: t.exposeString('nameEn', { description: 'The product in English.' }),
    revenueFen: t.field({
      type: 'SafeInt',
      description: 'What it earned, in fen.',
      resolve: (p) => p.revenueFen,
    }),
    jobs: t.exposeInt('jobs', { description: 'Jobs it created.' }),
    resource: t.relation('resource', { description: 'The resource it carries on.' }),
  }),
});

builder.queryFields((t) => ({
  culturalResources: t.prismaConnection(
    {
      type: 'CulturalResource',
      cursor: 'id',
      description: 'Surveyed cultural resources inside a region, by id. Public.',
      args: { within: t.arg.string({ required: true, description: 'The region (code).' }) },
      totalCount: (_root, args, context) =>
        context.db.culturalResource.count({ where: within('regionCode', args.within) }),
      resolve: (query, _root, args, context) =>
        context.db.culturalResource.findMany({
          ...query,
          where: within('regionCode', args.within),
          orderBy: [{ regionCode: 'asc' }, { id: 'asc' }],
        }),
    },
    connectionOf(CulturalResourceRef, 'CulturalResource'),
  ),
  heritageProducts: t.prismaConnection(
    {
      type: 'HeritageProduct',
      cursor: 'id',
      description: 'Heritage products of the resources inside a region, by id. Public.',
      args: { within: t.arg.string({ required: true, description: 'The region (code).' }) },
      totalCount: (_root, args, context) =>
        context.db.heritageProduct.count({ where: { resource: within('regionCode', args.within) } }),
      resolve: (query, _root, args, context) =>
        context.db.heritageProduct.findMany({
          ...query,
          where: { resource: within('regionCode', args.within) },
          orderBy: [{ id: 'asc' }],
        }),
    },
    connectionOf(HeritageProductRef, 'HeritageProduct'),
  ),
}));

const RepeatChampionRef = builder.objectRef<RepeatChampion>('ContestRepeatChampion').implement({
  description: 'The same person or team first in the same item at city level in consecutive editions (蝉联).',
  fields: (t) => ({
    item: t.field({
      type: ContestItemRef,
      description: 'The item.',
      resolve: (c) => itemOf({ id: c.itemCode, itemCode: c.itemCode }),
    }),
    editions: t.intList({ description: 'The consecutive editions won.', resolve: (c) => [...c.editions] }),
    people: t.prismaField({
      type: [PersonRef],
      description: 'Who won (personal fields masked as everywhere).',
      resolve: (query, c, _args, context) =>
        context.db.person.findMany({
          ...query,
          where: { id: { in: [...c.personIds] } },
          orderBy: { id: 'asc' },
        }),
    }),
  }),
});

builder.queryField('contestRepeatChampions', (t) =>
  t.field({
    type: [RepeatChampionRef],
    description:
      'Repeat champions of the closed editions: first places of the city finals, computed from the marks by ' +
      'core’s rules, in four statements for the whole programme. Public.',
    resolve: async (_root, _args, context) => {
      const finals = await context.db.contestEvent.findMany({
        where: { level: 'CITY', status: 'CHECKED', edition: { status: 'CLOSED' } },
      });
      const ids = finals.map((event) => event.id);
      const [entries, marks] = await Promise.all([
        context.db.contestEntry.findMany({ where: { eventId: { in: ids } }, include: { entrants: true } }),
        context.db.contestMark.findMany({ where: { eventId: { in: ids } } }),
      ]);
      const championships: Championship[] = [];
      for (const event of finals) {
        const own = entries.filter((entry) => entry.eventId === event.id);
        const ownIds = new Set(own.map((entry) => entry.id));
        const board = eventLeaderboard(
          itemOf(event),
          own.map((row) => contestEntryMapper.toDomain(row, row.entrants)),
          marks.filter((mark) => ownIds.has(mark.entryId)).map(contestMarkMapper.toDomain),
        );
        for (const standing of board.standings.filter((s) => s.rank === 1)) {
          const entry = own.find((row) => row.id === standing.entryId);
          if (entry) {
            championships.push({
              itemCode: event.itemCode,
              editionNumber: event.editionNumber,
              personIds: contestEntryMapper.toDomain(entry, entry.entrants).personIds,
            });
          }
        }
      }
      return [...repeatChampions(championships)];
    },
  }),
);

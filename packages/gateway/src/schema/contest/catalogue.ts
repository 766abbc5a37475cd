// The programme's catalogue (4 sections → 14 categories → 31 items) and its editions. The catalogue
// is core data, served without SQL; an item is a Node so mutations can name it by global ID.
import {
  CONTEST_SECTION_LABELS,
  CONTEST_SECTIONS,
  type ContestCategory,
  type ContestItem,
  type ContestSectionCode,
  catalogueItem,
  labelFor,
  NAGQU_CONTEST_CATALOGUE,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import { contestEditionMapper } from '../../mappers/contest.js';
import { labelArgs, labelOf, resolveLocale } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { ContestEditionStatusEnum, ContestSectionEnum, ScoringMethodEnum, TieBreakEnum } from './enums.js';

const CATALOGUE = NAGQU_CONTEST_CATALOGUE;

// The catalogue is core data, public, and not stored: its items are always readable.
nodeScope('ContestItem', 'none', () => ({}));

export const ContestItemRef = builder.node(builder.objectRef<ContestItem>('ContestItem'), {
  description: 'A contest item (比赛项目) of the catalogue, with how it is scored and how ties are broken.',
  id: { resolve: (item) => item.code },
  loadMany: (codes: readonly string[]) => codes.map((code) => catalogueItem(CATALOGUE, code) ?? null),
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'scoring' in value,
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The item’s stable code (DAIRY_PROCESSING).' }),
    label: t.string({
      description: 'The item in the requested language.',
      args: labelArgs,
      resolve: (item, args, context) => labelFor(item.label, resolveLocale(args.locale, context.locale)),
    }),
    synthetic: t.exposeBoolean('synthetic', {
      description: 'True when the source article does not name the item (a plausible stand-in).',
    }),
    team: t.boolean({ description: 'True for a team item.', resolve: (item) => item.entrants === 'TEAM' }),
    scoringMethod: t.field({
      type: ScoringMethodEnum,
      description: 'How marks become a score.',
      resolve: (item) => item.scoring.kind,
    }),
    tieBreaks: t.field({
      type: [TieBreakEnum],
      description: 'The tie-break chain, in order.',
      resolve: (item) => [...item.tieBreaks],
    }),
  }),
});

const ContestCategoryRef = builder.objectRef<ContestCategory>('ContestCategory').implement({
  description: 'A category (类别) of a section, with its items.',
  fields: (t) => ({
    code: t.exposeString('code', { description: 'The category’s code.' }),
    label: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (category, args, context) =>
        labelFor(category.label, resolveLocale(args.locale, context.locale)),
    }),
    items: t.field({
      type: [ContestItemRef],
      description: 'The items of the category.',
      resolve: (category) => CATALOGUE.items.filter((item) => item.categoryCode === category.code),
    }),
  }),
});

const ContestSectionGroupRef = builder.objectRef<ContestSectionCode>('ContestSectionGroup').implement({
  description: 'A section of the programme with its categories.',
  fields: (t) => ({
    section: t.field({ type: ContestSectionEnum, description: 'The section.', resolve: (s) => s }),
    label: t.string({
      description: 'The section in the requested language.',
      args: labelArgs,
      resolve: (section, args, context) => labelOf(CONTEST_SECTION_LABELS, section, args, context),
    }),
    categories: t.field({
      type: [ContestCategoryRef],
      description: 'The categories of the section.',
      resolve: (section) => CATALOGUE.categories.filter((category) => category.section === section),
    }),
  }),
});

// A contest's catalogue, editions, events, entries (by work number) and heritage are public; who
// entered is read through CONTEST_ENTRY on the entry's fields.
nodeScope('ContestEdition', 'contestEdition', () => ({}), { idField: 'number', parseId: Number });

builder.prismaNode('ContestEdition', {
  id: { field: 'number' },
  nullable: true,
  description: 'One yearly edition (届) of 那曲市’s programme 乡村振兴 那曲奋进.',
  fields: (t) => ({
    number: t.exposeInt('number', { description: 'The edition’s number, 1 for the first (2022).' }),
    year: t.exposeInt('year', { description: 'The year it ran.' }),
    status: t.field({
      type: ContestEditionStatusEnum,
      description: 'Planned, open or closed.',
      resolve: (edition) => contestEditionMapper.toDomain(edition).status,
    }),
  }),
});

builder.queryFields((t) => ({
  contestCatalogue: t.field({
    type: [ContestSectionGroupRef],
    description: 'The programme’s catalogue: 4 sections, their 14 categories and 31 items. Public.',
    resolve: () => [...CONTEST_SECTIONS],
  }),
  contestEditions: t.prismaField({
    type: ['ContestEdition'],
    description: 'The editions of the programme, oldest first. Public.',
    resolve: (query, _root, _args, context) =>
      context.db.contestEdition.findMany({ ...query, orderBy: { number: 'asc' } }),
  }),
}));

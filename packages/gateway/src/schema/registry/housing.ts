// 实有房屋: a house at a standard address, its owner, use and residents, and its rentals.
import { HOUSING_TYPE_LABELS, HOUSING_USE_LABELS, mayRead } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { housingMapper } from '../../mappers/registry.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { HousingOwnerKindEnum, HousingTypeEnum, HousingUseEnum } from './enums.js';

nodeScope('Housing', 'housing', (context: Context) =>
  readableWhere(context, 'REGISTRY', { code: 'gridCode' }),
);

builder.prismaNode('Housing', {
  id: { field: 'id' },
  nullable: true,
  description: 'A house (实有房屋) at a standard address. Visible inside the caller’s region.',
  authScopes: (housing, context) => mayRead(context.actor, 'REGISTRY', { regionCode: housing.gridCode }),
  fields: (t) => ({
    address: t.relation('address', { description: 'The standard address of the house.' }),
    type: t.field({
      type: HousingTypeEnum,
      description: 'The kind of building.',
      resolve: (h) => housingMapper.type(h),
    }),
    typeLabel: t.string({
      description: 'The kind of building as a label in the requested language.',
      args: labelArgs,
      resolve: (h, args, context) => labelOf(HOUSING_TYPE_LABELS, housingMapper.type(h), args, context),
    }),
    use: t.field({
      type: HousingUseEnum,
      description: 'What the house is used for.',
      resolve: (h) => housingMapper.use(h),
    }),
    useLabel: t.string({
      description: 'The use as a label in the requested language.',
      args: labelArgs,
      resolve: (h, args, context) => labelOf(HOUSING_USE_LABELS, housingMapper.use(h), args, context),
    }),
    ownerKind: t.field({
      type: HousingOwnerKindEnum,
      description: 'Who owns the house: a person, an organisation, the village collective or the state.',
      resolve: (h) => housingMapper.ownerKind(h),
    }),
    ownerPerson: t.prismaField({
      type: 'Person',
      nullable: true,
      description: 'The owner when a person owns the house.',
      resolve: (query, h, _args, context) =>
        h.ownerPersonId === null
          ? null
          : context.db.person.findUnique({ ...query, where: { id: h.ownerPersonId } }),
    }),
    ownerOrganisation: t.prismaField({
      type: 'Organisation',
      nullable: true,
      description: 'The owner when an organisation owns the house.',
      resolve: (query, h, _args, context) =>
        h.ownerOrganisationId === null
          ? null
          : context.db.organisation.findUnique({ ...query, where: { id: h.ownerOrganisationId } }),
    }),
    rental: t.exposeBoolean('rental', { description: 'Whether the house is let (出租房屋).' }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the house lies in.',
      resolve: (query, h, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: h.gridCode } }),
    }),
    household: t.prismaField({
      type: 'Household',
      nullable: true,
      description: 'The household living in the house, if known.',
      resolve: (query, h, _args, context) =>
        h.householdId === null
          ? null
          : context.db.household.findUnique({ ...query, where: { id: h.householdId } }),
    }),
    residents: t.relation('residents', {
      description: 'The residents recorded as living in the house.',
      query: { orderBy: { id: 'asc' } },
    }),
    rentals: t.relation('rentals', {
      description: 'The rentals of the house, latest first.',
      query: { orderBy: [{ startDate: 'desc' }, { id: 'asc' }] },
    }),
  }),
});

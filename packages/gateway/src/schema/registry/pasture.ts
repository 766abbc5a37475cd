// 转场: the seasonal pastures of a herding household, on Household beside its members.
import { PASTURE_SEASON_LABELS } from '@grassroots/core';
import { builder } from '../../builder.js';
import { seasonalPastureMapper } from '../../mappers/registry.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { PastureSeasonEnum } from './enums.js';

builder.prismaObject('SeasonalPasture', {
  description:
    'A seasonal pasture of a herding household (季节性草场): where its herds are in one season of the year ' +
    '(转场), with the months they are there.',
  fields: (t) => ({
    season: t.field({
      type: PastureSeasonEnum,
      description: 'Winter, spring and autumn, or summer.',
      resolve: (row) => seasonalPastureMapper.season(row),
    }),
    seasonLabel: t.string({
      description: 'The season as a label in the requested language.',
      args: labelArgs,
      resolve: (row, args, context) =>
        labelOf(PASTURE_SEASON_LABELS, seasonalPastureMapper.season(row), args, context),
    }),
    place: t.exposeString('place', { description: 'The place as herders name it (玛尔琼夏季草场).' }),
    latitude: t.exposeFloat('latitude', {
      nullable: true,
      description: 'Latitude in WGS 84 degrees, where surveyed; null otherwise.',
    }),
    longitude: t.exposeFloat('longitude', {
      nullable: true,
      description: 'Longitude in WGS 84 degrees, where surveyed; null otherwise.',
    }),
    fromMonth: t.exposeInt('fromMonth', { description: 'The first month (1–12) the herds are there.' }),
    toMonth: t.exposeInt('toMonth', {
      description: 'The last month (1–12) they are there; smaller than `fromMonth` across the new year.',
    }),
  }),
});

builder.prismaObjectFields('Household', (t) => ({
  pastures: t.relation('pastures', {
    description:
      'The seasonal pastures of a herding household (转场), by the month they start, latest first (the winter ' +
      'pasture first); empty for a household that herds ' +
      'none. Loaded for a whole list of households at once.',
    query: { orderBy: [{ fromMonth: 'desc' }, { id: 'asc' }] },
  }),
}));

// Key sites of the grids (重点场所), which the camera network should cover.
import { mayRead, SITE_CATEGORY_LABELS } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { keySiteMapper } from '../../mappers/camera.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere } from '../shared/scope.js';
import { SiteCategoryEnum } from './enums.js';

export const keySiteReadable = nodeScope('KeySite', 'keySite', (context: Context) =>
  readableWhere(context, 'CAMERA', { code: 'gridCode' }),
);

builder.prismaNode('KeySite', {
  id: { field: 'id' },
  nullable: true,
  description:
    'A key site of a grid (重点场所): a mall, restaurant, entertainment venue, hotel, hospital or filling ' +
    'station. Visible inside the caller’s region.',
  authScopes: (site, context) => mayRead(context.actor, 'CAMERA', { regionCode: site.gridCode }),
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The name of the site.' }),
    category: t.field({
      type: SiteCategoryEnum,
      description: 'The key-site category.',
      resolve: (site) => keySiteMapper.toDomain(site).category,
    }),
    categoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (site, args, context) =>
        labelOf(SITE_CATEGORY_LABELS, keySiteMapper.toDomain(site).category, args, context),
    }),
    covered: t.boolean({
      description: 'Whether at least one working camera point watches the site.',
      select: { cameras: { where: { status: 'WORKING' }, select: { id: true }, take: 1 } },
      resolve: (site) => site.cameras.length > 0,
    }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid the site lies in.',
      resolve: (query, site, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: site.gridCode } }),
    }),
    cameras: t.relation('cameras', {
      description: 'The camera points watching the site, whatever their status.',
      query: { orderBy: { id: 'asc' } },
    }),
  }),
});

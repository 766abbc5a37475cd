// The coverage of key sites by the camera network (重点场所覆盖率), a statistic on Region: loaded for
// every region of a list at once (sql.ts), so region { children { cameraCoverage } } costs the same
// number of statements for 2 children as for 20.
import {
  KEY_SITE_CATEGORIES,
  type KeySiteCategory,
  mayRead,
  SITE_CATEGORY_LABELS,
  shareOf,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { RegionRef } from '../region/region.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { ShareRef } from '../shared/share.js';
import { SiteCategoryEnum } from './enums.js';
import { countsByCategory, countsByGrid, type GridCounts, type KeySiteCounts } from './sql.js';

interface CategoryCoverage extends KeySiteCounts {
  readonly category: KeySiteCategory;
}

/** A region's coverage: its totals and categories, loaded together; its grids on request. */
interface RegionCoverage extends KeySiteCounts {
  readonly regionCode: string;
  readonly byCategory: readonly CategoryCoverage[];
}

const CoverageCountRef = builder.interfaceRef<KeySiteCounts>('KeySiteCounts').implement({
  description: 'Key sites and how many of them at least one working camera watches.',
  fields: (t) => ({
    keySites: t.exposeInt('keySites', { description: 'How many key sites there are.' }),
    covered: t.exposeInt('covered', { description: 'How many of them at least one working camera watches.' }),
    share: t.field({
      type: ShareRef,
      description: 'Covered key sites of all key sites.',
      resolve: (c) => shareOf(c.covered, c.keySites),
    }),
  }),
});

const CategoryCoverageRef = builder.objectRef<CategoryCoverage>('KeySiteCategoryCoverage').implement({
  description: 'The coverage of one key-site category.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'category' in value,
  fields: (t) => ({
    category: t.field({ type: SiteCategoryEnum, description: 'The category.', resolve: (c) => c.category }),
    categoryLabel: t.string({
      description: 'The category in the requested language.',
      args: labelArgs,
      resolve: (c, args, context) => labelOf(SITE_CATEGORY_LABELS, c.category, args, context),
    }),
  }),
});

const GridCoverageRef = builder.objectRef<GridCounts>('GridKeySiteCoverage').implement({
  description: 'The coverage of one grid’s key sites.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'gridCode' in value,
  fields: (t) => ({
    gridCode: t.exposeString('gridCode', { description: 'The 15-digit grid code.' }),
    grid: t.prismaField({
      type: 'Grid',
      description: 'The grid.',
      resolve: (query, c, _args, context) =>
        context.db.grid.findUniqueOrThrow({ ...query, where: { code: c.gridCode } }),
    }),
  }),
});

const RegionCoverageRef = builder.objectRef<RegionCoverage>('KeySiteCoverage').implement({
  description:
    'How well the key sites of a region are covered by the camera network: a site is covered when at ' +
    'least one working camera point watches it. Counted in SQL.',
  interfaces: [CoverageCountRef],
  isTypeOf: (value) => typeof value === 'object' && value !== null && 'byCategory' in value,
  fields: (t) => ({
    byCategory: t.field({
      type: [CategoryCoverageRef],
      description: 'The six key-site categories, each with its own counts (0 of 0 where there are none).',
      resolve: (c) => [...c.byCategory],
    }),
    // Loaded only when asked for, for every region of the batch in one statement.
    byGrid: t.loadableGroup({
      type: GridCoverageRef,
      description: 'Each grid of the region that has key sites, by grid code.',
      load: (regionCodes: string[], context: Context) => countsByGrid(context.db, regionCodes),
      group: (grid) => grid.regionCode,
      resolve: (c) => c.regionCode,
    }),
  }),
});

const NO_SITES: KeySiteCounts = { keySites: 0, covered: 0 };

/**
 * The coverage of the key sites inside some regions, by category, in one statement; a region's totals
 * are the sums of its six categories.
 */
async function regionCoverages(db: Db, regionCodes: readonly string[]): Promise<RegionCoverage[]> {
  const counts = new Map<string, KeySiteCounts>();
  for (const row of await countsByCategory(db, regionCodes)) {
    counts.set(`${row.regionCode}|${row.category}`, { keySites: row.keySites, covered: row.covered });
  }
  return regionCodes.map((regionCode) => {
    const byCategory = KEY_SITE_CATEGORIES.map((category) => ({
      category,
      ...(counts.get(`${regionCode}|${category}`) ?? NO_SITES),
    }));
    return {
      regionCode,
      keySites: byCategory.reduce((sum, c) => sum + c.keySites, 0),
      covered: byCategory.reduce((sum, c) => sum + c.covered, 0),
      byCategory,
    };
  });
}

builder.objectFields(RegionRef, (t) => ({
  cameraCoverage: t.loadable({
    type: RegionCoverageRef,
    nullable: true,
    description:
      'The coverage of the region’s key sites by working cameras, in total, by category and by grid. A ' +
      'protected statistic: null (never an error) for callers who may not read it in this region, so ' +
      'the public statistics beside it still answer.',
    load: (regionCodes: string[], context: Context) => regionCoverages(context.db, regionCodes),
    resolve: (region, _args, context) =>
      mayRead(context.actor, 'PROTECTED_STATISTIC', { regionCode: region.code }) ? region.code : null,
  }),
}));

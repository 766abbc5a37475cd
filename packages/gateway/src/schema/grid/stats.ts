// 网格统计: a region's grid figures (grids by kind, staff by role, household-joint units and
// households, recruitment and training), each counted in SQL over the code range of the region;
// grids, units and households from the grids' rollup rows (src/rollups.ts).
// Every figure is loaded through a loader keyed by region code, so a list of regions costs one
// statement per figure asked for, however long the list. Aggregates only, so public like the region.

import { GRID_KIND_LABELS, GRID_ROLE_LABELS, isWithin } from '@grassroots/core';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { RegionRef } from '../region/region.js';
import { todayOf } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { type CodeRange, withinAny } from '../shared/scope.js';
import { GridKindEnum, GridRoleEnum } from './enums.js';
import { RecruitmentPlanRef } from './recruitment.js';
import {
  countsIn,
  type GridFigures,
  type GridKindCount,
  gridFiguresIn,
  type RoleCount,
  staffByRoleIn,
  TRAINING_PERSON_TIMES,
  TRAINING_SESSIONS,
} from './sql.js';
import { TrainingSessionRef } from './training.js';

/** The region whose grid figures are asked for; each figure loads by its code. */
interface GridStatsSource {
  readonly regionCode: string;
}

/**
 * Grids by kind and compliance, units and households, per region, from the grids' rollup: one loader
 * for the five fields that read it, so asking for all of them costs one statement.
 */
const gridFigures = createContextCache(
  (context: Context) => new DataLoader<string, GridFigures>((codes) => gridFiguresIn(context.db, codes)),
);

/** "The region column lies inside one of the regions", for any model with a `regionCode` column. */
type InRegions = { OR: Record<'regionCode', CodeRange>[] } | { regionCode: { in: string[] } };

/**
 * The rows of a model inside each of `codes`, by their region column, in the order of `codes`: one
 * statement for the whole batch, each region then taking the rows that lie inside it.
 */
async function listsIn<Row extends { readonly regionCode: string }>(
  codes: readonly string[],
  load: (where: InRegions) => Promise<Row[]>,
): Promise<Row[][]> {
  const rows = await load(withinAny('regionCode', codes) ?? { regionCode: { in: [] } });
  return codes.map((code) => rows.filter((row) => isWithin(row.regionCode, code)));
}

const GridKindCountRef = builder.objectRef<GridKindCount>('GridKindCount').implement({
  description: 'The grids of one kind in a region.',
  fields: (t) => ({
    kind: t.field({ type: GridKindEnum, description: 'The kind.', resolve: (count) => count.kind }),
    kindLabel: t.string({
      description: 'The kind as a label.',
      args: labelArgs,
      resolve: (count, args, context) => labelOf(GRID_KIND_LABELS, count.kind, args, context),
    }),
    grids: t.exposeInt('grids', { description: 'How many grids of the kind.' }),
    compliantGrids: t.exposeInt('compliantGrids', {
      description: 'How many of them comply with their model.',
    }),
  }),
});

const RoleCountRef = builder.objectRef<RoleCount>('GridRoleCount').implement({
  description: 'The people holding one grid role in a region, each person once.',
  fields: (t) => ({
    role: t.field({ type: GridRoleEnum, description: 'The role.', resolve: (count) => count.role }),
    roleLabel: t.string({
      description: 'The role as a label.',
      args: labelArgs,
      resolve: (count, args, context) => labelOf(GRID_ROLE_LABELS, count.role, args, context),
    }),
    persons: t.exposeInt('persons', { description: 'How many distinct people hold the role today.' }),
  }),
});

const byRegionCode = (stats: GridStatsSource) => stats.regionCode;

const GridStatsRef = builder.objectRef<GridStatsSource>('GridStats').implement({
  description:
    "A region's grid figures (网格统计), counted in the database: grids by kind and compliance, staff by " +
    'role, household-joint units, households, recruitment and training.',
  fields: (t) => ({
    grids: t.int({
      description: 'How many grids lie in the region.',
      resolve: async (stats, _args, context) =>
        (await gridFigures(context).load(stats.regionCode)).kinds.reduce(
          (sum, count) => sum + count.grids,
          0,
        ),
    }),
    compliantGrids: t.int({
      description: 'How many of them comply with their staffing model (as stored at the last change).',
      resolve: async (stats, _args, context) =>
        (await gridFigures(context).load(stats.regionCode)).kinds.reduce(
          (sum, count) => sum + count.compliantGrids,
          0,
        ),
    }),
    gridsByKind: t.field({
      type: [GridKindCountRef],
      description: 'Grids by kind, every kind listed.',
      resolve: async (stats, _args, context) => [
        ...(await gridFigures(context).load(stats.regionCode)).kinds,
      ],
    }),
    staffByRole: t.loadableList({
      type: RoleCountRef,
      description:
        'People by grid role in force today, every role listed; a person holding two roles counts in both, ' +
        'a person serving two grids in one role counts once.',
      load: (codes: string[], context: Context) => staffByRoleIn(context.db, codes, todayOf(context)),
      resolve: byRegionCode,
    }),
    householdJointUnits: t.int({
      description: 'How many household-joint units (联户) the grids hold; one household-joint head each.',
      resolve: async (stats, _args, context) =>
        (await gridFigures(context).load(stats.regionCode)).householdJointUnits,
    }),
    households: t.int({
      description: 'How many households the grids hold.',
      resolve: async (stats, _args, context) =>
        (await gridFigures(context).load(stats.regionCode)).households,
    }),
    recruitmentPlans: t.loadableList({
      type: RecruitmentPlanRef,
      description: 'The recruitment plans run by the region or inside it.',
      load: (codes: string[], context: Context) =>
        listsIn(codes, (where) => context.db.recruitmentPlan.findMany({ where, orderBy: { id: 'asc' } })),
      resolve: byRegionCode,
    }),
    trainingSessions: t.loadable({
      type: 'Int',
      description: 'How many training sessions the region or places inside it ran.',
      load: (codes: string[], context: Context) => countsIn(context.db, codes, TRAINING_SESSIONS),
      resolve: byRegionCode,
    }),
    trainingPersonTimes: t.loadable({
      type: 'Int',
      description: 'Attendance at those sessions in person-times (人次).',
      load: (codes: string[], context: Context) => countsIn(context.db, codes, TRAINING_PERSON_TIMES),
      resolve: byRegionCode,
    }),
    trainings: t.loadableList({
      type: TrainingSessionRef,
      description: 'Those training sessions, by date.',
      load: (codes: string[], context: Context) =>
        listsIn(codes, (where) =>
          context.db.trainingSession.findMany({
            where,
            orderBy: [{ date: 'asc' }, { id: 'asc' }],
          }),
        ),
      resolve: byRegionCode,
    }),
  }),
});

builder.objectField(RegionRef, 'gridStats', (t) =>
  t.field({
    type: GridStatsRef,
    description: "The region's grid figures (网格统计); aggregates only, so public like the region.",
    resolve: (region) => ({ regionCode: region.code }),
  }),
);

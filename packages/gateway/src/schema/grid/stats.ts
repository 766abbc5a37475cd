// 网格统计: a region's grid figures (grids by kind, staff by role, household-joint units and
// households, recruitment and training), each counted in SQL over the prefix range of the region's code.
// Aggregates only, so public like the region itself.
import {
  type CalendarDate,
  GRID_KIND_LABELS,
  GRID_KINDS,
  GRID_ROLE_LABELS,
  GRID_ROLES,
  type GridKind,
  type GridRole,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { Prisma } from '../../db/client.js';
import { RegionRef } from '../region/region.js';
import { todayOf } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { sqlWithin, within } from '../shared/scope.js';
import { GridKindEnum, GridRoleEnum } from './shared.js';

interface GridCount {
  readonly kind: GridKind;
  readonly grids: number;
  readonly compliantGrids: number;
}

interface GridStatsSource {
  /** The region whose grids are counted. */
  readonly regionCode: string;
  readonly today: CalendarDate;
  /** Grids by kind and compliance: one GROUP BY, shared by the fields that need it. */
  readonly gridCounts: () => Promise<readonly GridCount[]>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

function statsOf(regionCode: string, context: Context): GridStatsSource {
  return {
    regionCode,
    today: todayOf(context),
    gridCounts: once(async () => {
      const groups = await context.db.grid.groupBy({
        by: ['kind', 'compliant'],
        where: within('code', regionCode),
        _count: { _all: true },
      });
      return GRID_KINDS.map((kind) => {
        const ofKind = groups.filter((group) => group.kind === kind);
        return {
          kind,
          grids: ofKind.reduce((sum, group) => sum + group._count._all, 0),
          compliantGrids: ofKind.reduce((sum, group) => sum + (group.compliant ? group._count._all : 0), 0),
        };
      });
    }),
  };
}

const GridKindCountRef = builder.objectRef<GridCount>('GridKindCount').implement({
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

const RoleCountRef = builder.objectRef<{ role: GridRole; persons: number }>('GridRoleCount').implement({
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

const GridStatsRef = builder.objectRef<GridStatsSource>('GridStats').implement({
  description:
    "A region's grid figures (网格统计), counted in the database: grids by kind and compliance, staff by " +
    'role, household-joint units, households, recruitment and training.',
  fields: (t) => ({
    grids: t.int({
      description: 'How many grids lie in the region.',
      resolve: async (stats) => (await stats.gridCounts()).reduce((sum, count) => sum + count.grids, 0),
    }),
    compliantGrids: t.int({
      description: 'How many of them comply with their staffing model (as stored at the last change).',
      resolve: async (stats) =>
        (await stats.gridCounts()).reduce((sum, count) => sum + count.compliantGrids, 0),
    }),
    gridsByKind: t.field({
      type: [GridKindCountRef],
      description: 'Grids by kind, every kind listed.',
      resolve: async (stats) => [...(await stats.gridCounts())],
    }),
    staffByRole: t.field({
      type: [RoleCountRef],
      description:
        'People by grid role in force today, every role listed; a person holding two roles counts in both, ' +
        'a person serving two grids in one role counts once.',
      resolve: async (stats, _args, context) => {
        const rows = await context.db.$queryRaw<{ role: string; persons: number | bigint }[]>(Prisma.sql`
          SELECT "role", COUNT(DISTINCT "personId") AS "persons"
          FROM "StaffAssignment"
          WHERE ${sqlWithin('gridCode', stats.regionCode)}
            AND "from" <= ${stats.today}
            AND ("until" IS NULL OR "until" >= ${stats.today})
          GROUP BY "role"`);
        return GRID_ROLES.map((role) => ({
          role,
          persons: Number(rows.find((row) => row.role === role)?.persons ?? 0),
        }));
      },
    }),
    householdJointUnits: t.int({
      description: 'How many household-joint units (联户) the grids hold; one household-joint head each.',
      resolve: (stats, _args, context) =>
        context.db.householdJointUnit.count({ where: within('gridCode', stats.regionCode) }),
    }),
    households: t.int({
      description: 'How many households the grids hold.',
      resolve: (stats, _args, context) =>
        context.db.household.count({ where: within('gridCode', stats.regionCode) }),
    }),
    recruitmentPlans: t.prismaField({
      type: ['RecruitmentPlan'],
      description: 'The recruitment plans run by the region or inside it.',
      resolve: (query, stats, _args, context) =>
        context.db.recruitmentPlan.findMany({
          ...query,
          where: within('regionCode', stats.regionCode),
          orderBy: { id: 'asc' },
        }),
    }),
    trainingSessions: t.int({
      description: 'How many training sessions the region or places inside it ran.',
      resolve: (stats, _args, context) =>
        context.db.trainingSession.count({ where: within('regionCode', stats.regionCode) }),
    }),
    trainingPersonTimes: t.int({
      description: 'Attendance at those sessions in person-times (人次).',
      resolve: (stats, _args, context) =>
        context.db.trainingParticipation.count({
          where: { session: within('regionCode', stats.regionCode) },
        }),
    }),
    trainings: t.prismaField({
      type: ['TrainingSession'],
      description: 'Those training sessions, by date.',
      resolve: (query, stats, _args, context) =>
        context.db.trainingSession.findMany({
          ...query,
          where: within('regionCode', stats.regionCode),
          orderBy: [{ date: 'asc' }, { id: 'asc' }],
        }),
    }),
  }),
});

builder.objectField(RegionRef, 'gridStats', (t) =>
  t.field({
    type: GridStatsRef,
    description: "The region's grid figures (网格统计); aggregates only, so public like the region.",
    resolve: (region, _args, context) => statsOf(region.code, context),
  }),
);

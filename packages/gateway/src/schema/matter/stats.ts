// A region's records-and-matters figures and its Fengqiao measures (枫桥经验), counted in SQL over the
// range of grid codes inside the region. Aggregates only, so public like the region itself.
import {
  addDays,
  type CalendarDate,
  ESCALATION_LEVEL_LABELS,
  ESCALATION_LEVELS,
  type EscalationLevel,
  type FengqiaoCounts,
  type FengqiaoMeasures,
  fengqiaoMeasures,
  MATTER_STATE_LABELS,
  MATTER_STATES,
  type MatterState,
  nearestRank,
  percent,
  perMille,
  RECORD_CATEGORIES,
  RECORD_CATEGORY_LABELS,
  RESOLUTION_PERCENTILE,
  type RecordCategory,
  type Share,
  startOfShanghaiDay,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { RegionRef } from '../region/region.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { within } from '../shared/scope.js';
import { EscalationLevelEnum, MatterStateEnum, RecordCategoryEnum } from './enums.js';

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load();
    return loaded;
  };
}

interface CategoryCount {
  readonly category: RecordCategory;
  readonly records: number;
  readonly matters: number;
  readonly openMatters: number;
}

interface RecordStatsSource {
  readonly gridCode: { gte: string; lt?: string };
  readonly byCategory: () => Promise<readonly CategoryCount[]>;
}

function recordStatsOf(regionCode: string, context: Context): RecordStatsSource {
  const { gridCode } = within('gridCode', regionCode);
  return {
    gridCode,
    byCategory: once(async () => {
      const [records, matters] = await Promise.all([
        context.db.publicOpinionRecord.groupBy({
          by: ['category'],
          where: { gridCode },
          _count: { _all: true },
        }),
        context.db.matter.groupBy({ by: ['category', 'open'], where: { gridCode }, _count: { _all: true } }),
      ]);
      return RECORD_CATEGORIES.map((category) => {
        const ofCategory = matters.filter((group) => group.category === category);
        return {
          category,
          records: records.find((group) => group.category === category)?._count._all ?? 0,
          matters: ofCategory.reduce((sum, group) => sum + group._count._all, 0),
          openMatters: ofCategory.reduce((sum, group) => sum + (group.open ? group._count._all : 0), 0),
        };
      });
    }),
  };
}

const CategoryCountRef = builder.objectRef<CategoryCount>('RecordCategoryCount').implement({
  description: 'The records and matters of one category in a region.',
  fields: (t) => ({
    category: t.field({ type: RecordCategoryEnum, description: 'The category.', resolve: (c) => c.category }),
    categoryLabel: t.string({
      description: 'The category as a label.',
      args: labelArgs,
      resolve: (count, args, context) => labelOf(RECORD_CATEGORY_LABELS, count.category, args, context),
    }),
    records: t.exposeInt('records', { description: 'How many records of the category.' }),
    matters: t.exposeInt('matters', { description: 'How many matters they raised.' }),
    openMatters: t.exposeInt('openMatters', { description: 'How many of those matters are open.' }),
  }),
});

const StateCountRef = builder
  .objectRef<{ state: MatterState; matters: number }>('MatterStateCount')
  .implement({
    description: 'The matters in one state in a region.',
    fields: (t) => ({
      state: t.field({ type: MatterStateEnum, description: 'The state.', resolve: (c) => c.state }),
      stateLabel: t.string({
        description: 'The state as a label.',
        args: labelArgs,
        resolve: (count, args, context) => labelOf(MATTER_STATE_LABELS, count.state, args, context),
      }),
      matters: t.exposeInt('matters', { description: 'How many matters are in the state.' }),
    }),
  });

const RecordStatsRef = builder.objectRef<RecordStatsSource>('RecordStats').implement({
  description:
    "A region's public-opinion records (社情民意) and matters, counted in the database, with the cases solved " +
    'with camera footage.',
  fields: (t) => ({
    records: t.int({
      description: 'How many public-opinion records the grids of the region collected.',
      resolve: (stats, _args, context) =>
        context.db.publicOpinionRecord.count({ where: { gridCode: stats.gridCode } }),
    }),
    matters: t.int({
      description: 'How many matters those records raised.',
      resolve: (stats, _args, context) => context.db.matter.count({ where: { gridCode: stats.gridCode } }),
    }),
    openMatters: t.int({
      description: 'How many of them are open (neither rejected nor closed).',
      resolve: (stats, _args, context) =>
        context.db.matter.count({ where: { gridCode: stats.gridCode, open: true } }),
    }),
    byCategory: t.field({
      type: [CategoryCountRef],
      description: 'Records and matters by category, every category listed.',
      resolve: async (stats) => [...(await stats.byCategory())],
    }),
    byState: t.field({
      type: [StateCountRef],
      description: 'Matters by state, every state listed.',
      resolve: async (stats, _args, context) => {
        const groups = await context.db.matter.groupBy({
          by: ['state'],
          where: { gridCode: stats.gridCode },
          _count: { _all: true },
        });
        return MATTER_STATES.map((state) => ({
          state,
          matters: groups.find((group) => group.state === state)?._count._all ?? 0,
        }));
      },
    }),
    solvedCases: t.int({
      description:
        'How many cases were solved with footage from the camera network (雪亮工程) in the region.',
      resolve: (stats, _args, context) =>
        context.db.solvedCase.count({ where: { gridCode: stats.gridCode } }),
    }),
  }),
});

// ---- Fengqiao (枫桥经验) ----------------------------------------------------------------------------

interface LevelCount {
  readonly level: EscalationLevel;
  readonly matters: number;
}

interface FengqiaoResult {
  readonly counts: FengqiaoCounts;
  readonly measures: FengqiaoMeasures;
}

/**
 * The counts core's fengqiaoMeasures is defined on, in two statements: one GROUP BY level and state
 * over the handled matters (dispatched at least once: clockStartedAt set), whose CLOSED groups are
 * the resolved ones with their summed resolution minutes (every closed matter was dispatched first),
 * and the 90th-percentile resolution time read at core's nearest rank with ORDER BY … OFFSET rank − 1.
 */
async function fengqiaoOf(
  context: Context,
  regionCode: string,
  period: { readonly from?: string | null; readonly to?: string | null },
): Promise<FengqiaoResult> {
  const reportedAt = {
    ...(period.from ? { gte: startOfShanghaiDay(period.from as CalendarDate) } : {}),
    ...(period.to ? { lt: startOfShanghaiDay(addDays(period.to as CalendarDate, 1)) } : {}),
  };
  const where = { ...within('gridCode', regionCode), reportedAt };
  const groups = await context.db.matter.groupBy({
    by: ['level', 'state'],
    where: { ...where, clockStartedAt: { not: null } },
    _count: { _all: true },
    _sum: { resolutionMinutes: true },
  });
  const count = (level: EscalationLevel, closedOnly: boolean) =>
    groups
      .filter((group) => group.level === level && (!closedOnly || group.state === 'CLOSED'))
      .reduce((sum, group) => sum + group._count._all, 0);
  const byLevel = (closedOnly: boolean) =>
    Object.fromEntries(ESCALATION_LEVELS.map((level) => [level, count(level, closedOnly)])) as Record<
      EscalationLevel,
      number
    >;
  const resolvedByLevel = byLevel(true);
  const resolved = ESCALATION_LEVELS.reduce((sum, level) => sum + resolvedByLevel[level], 0);
  const rank = nearestRank(resolved, RESOLUTION_PERCENTILE);
  const atRank =
    rank === 0
      ? null
      : await context.db.matter.findFirst({
          where: { ...where, resolutionMinutes: { not: null } },
          orderBy: { resolutionMinutes: 'asc' },
          skip: rank - 1,
          select: { resolutionMinutes: true },
        });
  const counts: FengqiaoCounts = {
    resolvedByLevel,
    handledByLevel: byLevel(false),
    totalResolutionMinutes: groups
      .filter((group) => group.state === 'CLOSED')
      .reduce((sum, group) => sum + Number(group._sum.resolutionMinutes ?? 0), 0),
    p90ResolutionMinutes: atRank?.resolutionMinutes ?? null,
  };
  const measures = fengqiaoMeasures(counts);
  // Counts read from the database by core's definitions are consistent; a refusal here is a bug.
  if (!measures.ok) throw new Error(`inconsistent Fengqiao counts: ${measures.error.code}`);
  return { counts, measures: measures.value };
}

const FengqiaoShareRef = builder.objectRef<Share>('FengqiaoShare').implement({
  description: 'A share kept exact: numerator of denominator, with percent and per mille rounded half up.',
  fields: (t) => ({
    numerator: t.exposeInt('numerator', { description: 'How many count.' }),
    denominator: t.exposeInt('denominator', { description: 'Of how many.' }),
    percent: t.int({
      nullable: true,
      description: 'The share in percent, rounded half up; null for a share of nothing.',
      resolve: (share) => percent(share),
    }),
    perMille: t.int({
      nullable: true,
      description: 'The share in per mille (‰), rounded half up; null for a share of nothing.',
      resolve: (share) => perMille(share),
    }),
  }),
});

const LevelCountRef = builder.objectRef<LevelCount>('EscalationLevelCount').implement({
  description: 'The matters at one level of the ladder.',
  fields: (t) => ({
    level: t.field({ type: EscalationLevelEnum, description: 'The level.', resolve: (c) => c.level }),
    levelLabel: t.string({
      description: 'The level as a label.',
      args: labelArgs,
      resolve: (count, args, context) => labelOf(ESCALATION_LEVEL_LABELS, count.level, args, context),
    }),
    matters: t.exposeInt('matters', { description: 'How many matters.' }),
  }),
});

const levelCounts = (byLevel: Readonly<Record<EscalationLevel, number>>): LevelCount[] =>
  ESCALATION_LEVELS.map((level) => ({ level, matters: byLevel[level] }));

const FengqiaoRef = builder.objectRef<FengqiaoResult>('FengqiaoMeasures').implement({
  description:
    'The Fengqiao measures (枫桥经验) of the matters reported in a region and period: 小事不出村, 大事不出镇, ' +
    '矛盾不上交, and the mean and 90th-percentile time to resolve.',
  fields: (t) => ({
    resolved: t.int({
      description: 'Matters checked and closed.',
      resolve: (result) => result.measures.resolved,
    }),
    handled: t.int({
      description: 'Matters dispatched at least once (open or closed).',
      resolve: (result) => result.measures.handled,
    }),
    resolvedByLevel: t.field({
      type: [LevelCountRef],
      description: 'Closed matters by the level that closed them.',
      resolve: (result) => levelCounts(result.counts.resolvedByLevel),
    }),
    handledByLevel: t.field({
      type: [LevelCountRef],
      description: 'Handled matters by the level they are at.',
      resolve: (result) => levelCounts(result.counts.handledByLevel),
    }),
    settledInVillage: t.field({
      type: FengqiaoShareRef,
      description: '小事不出村: closed at grid or village level, of all closed.',
      resolve: (result) => result.measures.settledInVillage,
    }),
    settledInTownship: t.field({
      type: FengqiaoShareRef,
      description: '大事不出镇: closed at township level or below, of all closed.',
      resolve: (result) => result.measures.settledInTownship,
    }),
    notPassedUp: t.field({
      type: FengqiaoShareRef,
      description: '矛盾不上交: handled matters that never reached the county, of all handled.',
      resolve: (result) => result.measures.notPassedUp,
    }),
    meanResolutionMinutes: t.int({
      nullable: true,
      description: 'Mean minutes from report to closing, rounded half up; null when nothing was closed.',
      resolve: (result) => result.measures.meanResolutionMinutes,
    }),
    p90ResolutionMinutes: t.int({
      nullable: true,
      description:
        '90th percentile (nearest rank) of the minutes from report to closing; null when nothing was closed.',
      resolve: (result) => result.measures.p90ResolutionMinutes,
    }),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  recordStats: t.field({
    type: RecordStatsRef,
    description: "The region's records and matters (社情民意); aggregates only, so public like the region.",
    resolve: (region, _args, context) => recordStatsOf(region.code, context),
  }),
  fengqiao: t.field({
    type: FengqiaoRef,
    description:
      'The Fengqiao measures of the matters reported in the region between two days (Asia/Shanghai, both ' +
      'included; either may be left out); aggregates only.',
    args: {
      from: t.arg({ type: 'Date', required: false, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: false, description: 'The last day.' }),
    },
    resolve: (region, args, context) => fengqiaoOf(context, region.code, args),
  }),
}));

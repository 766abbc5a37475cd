// A region's records-and-matters figures and its Fengqiao measures (枫桥经验), summed in SQL from the
// rollups (src/rollups.ts) over the range of grid codes inside the region. Aggregates only, so public
// like the region itself.
//
// Every figure is loaded through a loader keyed by region code, so a list of regions
// (`region { children { recordStats fengqiao } }`) costs one statement per figure, whatever its length:
// the loader's batch is one UNION ALL statement over all the regions asked for (sql.ts).
import {
  addDays,
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
  open311StatusOf,
  RECORD_CATEGORIES,
  RECORD_CATEGORY_LABELS,
  RESOLUTION_PERCENTILE,
  RESOLVED_STATES,
  type RecordCategory,
  startOfShanghaiDay,
} from '@grassroots/core';
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { spanOf } from '../../rollups.js';
import { RegionRef } from '../region/region.js';
import { calendarDate, refuseInvertedPeriod } from '../shared/dates.js';
import { labelArgs, labelOf } from '../shared/labels.js';
import { ShareRef } from '../shared/share.js';
import { EscalationLevelEnum, MatterStateEnum, RecordCategoryEnum } from './enums.js';
import {
  handledMatters,
  mattersByCategoryAndState,
  petitionedDisputes,
  type RankInBand,
  type ReportPeriod,
  recordsByCategory,
  resolutionMinutesAtRank,
  solvedCasesIn,
} from './sql.js';

/**
 * A figure of many regions loaded together: one DataLoader per request, keyed by region code, whose
 * batch runs `load` once for every region the request asks about (`empty` for a region with no rows).
 * The sub-fields of RecordStats that read the same statement share its loader, so asking for
 * `records` and `byCategory` costs one statement, and a sub-field nobody asks for costs none.
 */
function regionLoader<V>(
  load: (db: Db, codes: readonly string[]) => Promise<ReadonlyMap<string, V>>,
  empty: V,
): (context: Context) => DataLoader<string, V> {
  return createContextCache(
    (context: Context) =>
      new DataLoader<string, V>(async (codes) => {
        const found = await load(context.db, codes);
        return codes.map((code) => found.get(code) ?? empty);
      }),
  );
}

const recordsByCategoryOf = regionLoader(recordsByCategory, []);
// Matters by category and by state come from one statement over MatterRollup.
const mattersOf = regionLoader(mattersByCategoryAndState, []);
const solvedCasesOf = regionLoader(solvedCasesIn, 0);

function sum<T>(items: readonly T[], of: (item: T) => number): number {
  return items.reduce((total, item) => total + of(item), 0);
}

const isMatterState = (state: string): state is MatterState =>
  (MATTER_STATES as readonly string[]).includes(state);

/** Whether matters in `state` count as resolved (closed, called back or evaluated). */
const isResolvedState = (state: string): boolean => (RESOLVED_STATES as readonly string[]).includes(state);

/** Whether a group of matters is open in Open311 terms (core's reading of its state). */
const isOpen = (group: { readonly state: string }): boolean =>
  isMatterState(group.state) && open311StatusOf(group.state) === 'open';

interface CategoryCount {
  readonly category: RecordCategory;
  readonly records: number;
  readonly matters: number;
  readonly openMatters: number;
}

/** The region whose records and matters RecordStats counts; each sub-field loads its own figure. */
interface RecordStatsOf {
  readonly regionCode: string;
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

const RecordStatsRef = builder.objectRef<RecordStatsOf>('RecordStats').implement({
  description:
    "A region's public-opinion records (社情民意) and matters, counted in the database, with the cases solved " +
    'with camera footage.',
  fields: (t) => ({
    records: t.int({
      description: 'How many public-opinion records the grids of the region collected.',
      resolve: async (stats, _args, context) =>
        sum(await recordsByCategoryOf(context).load(stats.regionCode), (group) => group.count),
    }),
    matters: t.int({
      description: 'How many matters those records raised.',
      resolve: async (stats, _args, context) =>
        sum(await mattersOf(context).load(stats.regionCode), (group) => group.matters),
    }),
    openMatters: t.int({
      description: 'How many of them are open (neither rejected nor closed).',
      resolve: async (stats, _args, context) =>
        sum((await mattersOf(context).load(stats.regionCode)).filter(isOpen), (group) => group.matters),
    }),
    byCategory: t.field({
      type: [CategoryCountRef],
      description: 'Records and matters by category, every category listed.',
      resolve: async (stats, _args, context) => {
        const [records, matters] = await Promise.all([
          recordsByCategoryOf(context).load(stats.regionCode),
          mattersOf(context).load(stats.regionCode),
        ]);
        return RECORD_CATEGORIES.map((category) => {
          const ofMatters = matters.filter((group) => group.category === category);
          return {
            category,
            records: records.find((group) => group.value === category)?.count ?? 0,
            matters: sum(ofMatters, (group) => group.matters),
            openMatters: sum(ofMatters.filter(isOpen), (group) => group.matters),
          };
        });
      },
    }),
    byState: t.field({
      type: [StateCountRef],
      description: 'Matters by state, every state listed.',
      resolve: async (stats, _args, context) => {
        const groups = await mattersOf(context).load(stats.regionCode);
        return MATTER_STATES.map((state) => ({
          state,
          matters: sum(
            groups.filter((group) => group.state === state),
            (group) => group.matters,
          ),
        }));
      },
    }),
    solvedCases: t.int({
      description:
        'How many cases were solved with footage from the camera network (雪亮工程) in the region.',
      resolve: (stats, _args, context) => solvedCasesOf(context).load(stats.regionCode),
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
 * What the Fengqiao loader is keyed by: the region and the period its arguments name. One loader
 * serves every `fengqiao` field of a request; its batch runs two statements per distinct period
 * (usually one), each over all the regions asked about with that period, so aliases with different
 * periods never share a result.
 */
interface FengqiaoKey {
  readonly regionCode: string;
  readonly from: string | null;
  readonly to: string | null;
}

const periodText = (key: FengqiaoKey): string => `${key.from ?? ''}..${key.to ?? ''}`;
/** A key as text, the loader's cache key: equal keys share one result. */
const keyText = (key: FengqiaoKey): string => `${key.regionCode} ${periodText(key)}`;

/** The instants of a period of days (Asia/Shanghai, both included; either may be left out). */
function reportPeriod(key: FengqiaoKey): ReportPeriod {
  return {
    from: key.from ? startOfShanghaiDay(calendarDate(key.from)) : null,
    until: key.to ? startOfShanghaiDay(addDays(calendarDate(key.to), 1)) : null,
  };
}

/**
 * The counts core's fengqiaoMeasures is defined on (disputes only), for many regions and one period,
 * in three statements: one over the period rollups (handled disputes by level and state, closed ones
 * by band of resolution minutes), one counting the petitioned disputes, and one reading each region's
 * 90th-percentile resolution time inside the band its nearest rank falls in.
 */
async function fengqiaoOf(
  db: Db,
  codes: readonly string[],
  key: FengqiaoKey,
): Promise<Map<string, FengqiaoResult>> {
  const [{ groups: groupsOf, bands: bandsOf }, petitionedOf] = await Promise.all([
    handledMatters(
      db,
      codes,
      spanOf(
        key.from === null ? null : calendarDate(key.from),
        key.to === null ? null : calendarDate(key.to),
      ),
    ),
    petitionedDisputes(db, codes, reportPeriod(key)),
  ]);
  const countsOf = new Map(
    codes.map((code) => {
      const groups = groupsOf.get(code) ?? [];
      const count = (level: EscalationLevel, closedOnly: boolean) =>
        sum(
          groups.filter((group) => group.level === level && (!closedOnly || isResolvedState(group.state))),
          (group) => group.matters,
        );
      const byLevel = (closedOnly: boolean): Record<EscalationLevel, number> => ({
        GRID: count('GRID', closedOnly),
        VILLAGE: count('VILLAGE', closedOnly),
        TOWNSHIP: count('TOWNSHIP', closedOnly),
        COUNTY: count('COUNTY', closedOnly),
      });
      const closed = groups.filter((group) => isResolvedState(group.state));
      return [
        code,
        {
          resolvedByLevel: byLevel(true),
          handledByLevel: byLevel(false),
          petitioned: petitionedOf.get(code) ?? 0,
          totalResolutionMinutes: sum(closed, (group) => group.minutes),
          resolved: sum(closed, (group) => group.matters),
        },
      ] as const;
    }),
  );
  const ranks = new Map<string, RankInBand>();
  for (const [code, counts] of countsOf) {
    const rank = nearestRank(counts.resolved, RESOLUTION_PERCENTILE);
    const found = rankInBand(bandsOf.get(code) ?? [], rank);
    if (found !== null) ranks.set(code, found);
  }
  const atRank = await resolutionMinutesAtRank(db, ranks, reportPeriod(key));
  return new Map(
    [...countsOf].map(([code, { resolved: _resolved, ...byLevel }]) => {
      const counts: FengqiaoCounts = { ...byLevel, p90ResolutionMinutes: atRank.get(code) ?? null };
      const measures = fengqiaoMeasures(counts);
      // Counts read from the database by core's definitions are consistent; a refusal here is a bug.
      if (!measures.ok) throw new Error(`inconsistent Fengqiao counts of ${code}: ${measures.error.code}`);
      return [code, { counts, measures: measures.value }];
    }),
  );
}

/**
 * The band (bands in ascending order) holding the `rank`-th matter, and how many matters of that
 * band come before it; null for rank 0 (nothing closed) or a rank past the last band.
 */
function rankInBand(bands: readonly { band: number; matters: number }[], rank: number): RankInBand | null {
  if (rank < 1) return null;
  let below = 0;
  for (const { band, matters } of bands) {
    if (below + matters >= rank) return { band, before: rank - below - 1 };
    below += matters;
  }
  return null;
}

/** The Fengqiao results of a batch of keys: the regions of each distinct period together. */
async function loadFengqiao(keys: readonly FengqiaoKey[], db: Db): Promise<FengqiaoResult[]> {
  const periods = new Map<string, FengqiaoKey[]>();
  for (const key of keys) periods.set(periodText(key), [...(periods.get(periodText(key)) ?? []), key]);
  const results = new Map<string, FengqiaoResult>();
  await Promise.all(
    [...periods].map(async ([, ofPeriod]) => {
      const [first] = ofPeriod;
      if (first === undefined) return;
      const codes = [...new Set(ofPeriod.map((key) => key.regionCode))];
      const found = await fengqiaoOf(db, codes, first);
      for (const [regionCode, result] of found) results.set(keyText({ ...first, regionCode }), result);
    }),
  );
  return keys.map((key) => {
    const result = results.get(keyText(key));
    if (result === undefined) throw new Error(`no Fengqiao result for ${key.regionCode}`);
    return result;
  });
}

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
    'The Fengqiao measures (枫桥经验) of the disputes (矛盾纠纷) reported in a region and period: 小事不出村, ' +
    '大事不出镇, 矛盾不上交 (no level-skipping petition), and the mean and 90th-percentile time to resolve. ' +
    'Opinions, hazards and requests are not counted.',
  fields: (t) => ({
    resolved: t.int({
      description: 'Disputes checked and closed.',
      resolve: (result) => result.measures.resolved,
    }),
    handled: t.int({
      description: 'Disputes dispatched at least once (open or closed).',
      resolve: (result) => result.measures.handled,
    }),
    petitioned: t.int({
      description: 'Handled disputes taken above the level handling them at least once (越级上访).',
      resolve: (result) => result.measures.petitioned,
    }),
    resolvedByLevel: t.field({
      type: [LevelCountRef],
      description: 'Closed disputes by the level that closed them.',
      resolve: (result) => levelCounts(result.counts.resolvedByLevel),
    }),
    handledByLevel: t.field({
      type: [LevelCountRef],
      description: 'Handled disputes by the level they are at.',
      resolve: (result) => levelCounts(result.counts.handledByLevel),
    }),
    settledInVillage: t.field({
      type: ShareRef,
      description: '小事不出村: disputes closed at grid or village level, of all closed.',
      resolve: (result) => result.measures.settledInVillage,
    }),
    settledInTownship: t.field({
      type: ShareRef,
      description: '大事不出镇: disputes closed at township level or below, of all closed.',
      resolve: (result) => result.measures.settledInTownship,
    }),
    notPassedUp: t.field({
      type: ShareRef,
      description: '矛盾不上交: handled disputes with no level-skipping petition (越级上访), of all handled.',
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
    resolve: (region) => ({ regionCode: region.code }),
  }),
  fengqiao: t.loadable({
    type: FengqiaoRef,
    description:
      'The Fengqiao measures of the disputes reported in the region between two days (Asia/Shanghai, both ' +
      'included; either may be left out); aggregates only.',
    args: {
      from: t.arg({ type: 'Date', required: false, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: false, description: 'The last day.' }),
    },
    // The key carries the period, so the loader never relies on the arguments of the first call.
    resolve: (region, args): FengqiaoKey => {
      refuseInvertedPeriod(args.from, args.to);
      return {
        regionCode: region.code,
        from: args.from ?? null,
        to: args.to ?? null,
      };
    },
    load: (keys: FengqiaoKey[], context: Context) => loadFengqiao(keys, context.db),
    loaderOptions: { cacheKeyFn: keyText },
  }),
}));

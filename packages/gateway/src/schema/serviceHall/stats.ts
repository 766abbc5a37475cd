// The hall statistics on Region (visits, accepted, completed, completion and on-time rates, trips,
// waits, satisfaction): aggregates only, so public; loaded for every region of a request and each
// distinct period at once, in three statements whatever the number of regions.
import { addDays, type HallStatistics, hallStatistics, startOfShanghaiDay } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { RegionRef } from '../region/region.js';
import { calendarDate, refuseInvertedPeriod } from '../shared/dates.js';
import {
  applicationCounts,
  type Breakdown,
  type GroupCounts,
  groupCounts,
  type HallPeriod,
  p90Waits,
  visitAndRatingCounts,
} from './sql.js';

interface StatsKey {
  readonly regionCode: string;
  readonly from: string | null;
  readonly to: string | null;
}

const periodText = (key: StatsKey) => `${key.from ?? ''}..${key.to ?? ''}`;
const keyText = (key: StatsKey) => `${key.regionCode} ${periodText(key)}`;

function periodOf(key: StatsKey): HallPeriod {
  return {
    fromDay: key.from,
    toDay: key.to,
    fromInstant: key.from ? startOfShanghaiDay(calendarDate(key.from)) : null,
    untilInstant: key.to ? startOfShanghaiDay(addDays(calendarDate(key.to), 1)) : null,
  };
}

async function statsOf(
  db: Db,
  codes: readonly string[],
  period: HallPeriod,
): Promise<Map<string, HallStatistics>> {
  const [applications, visits] = await Promise.all([
    applicationCounts(db, codes, period),
    visitAndRatingCounts(db, codes, period),
  ]);
  const p90 = await p90Waits(db, new Map(codes.map((code) => [code, visits.get(code)?.visits ?? 0])), period);
  return new Map(
    codes.map((code) => {
      const a = applications.get(code);
      const v = visits.get(code);
      return [
        code,
        hallStatistics({
          visits: v?.visits ?? 0,
          accepted: a?.accepted ?? 0,
          completed: a?.completed ?? 0,
          completedOnTime: a?.completedOnTime ?? 0,
          refused: a?.refused ?? 0,
          trips: a?.trips ?? 0,
          waitSecondsTotal: v?.waitSecondsTotal ?? 0,
          waitSecondsP90: p90.get(code) ?? null,
          ratings: v?.ratings ?? 0,
          badRatings: v?.badRatings ?? 0,
        }),
      ] as const;
    }),
  );
}

/** The statistics of one region and period, with the key the breakdowns are loaded by. */
type KeyedStatistics = HallStatistics & { readonly key: StatsKey };

async function loadStats(keys: readonly StatsKey[], db: Db): Promise<KeyedStatistics[]> {
  const byPeriod = new Map<string, StatsKey[]>();
  for (const key of keys) byPeriod.set(periodText(key), [...(byPeriod.get(periodText(key)) ?? []), key]);
  const results = new Map<string, HallStatistics>();
  for (const group of byPeriod.values()) {
    const first = group[0] as StatsKey;
    const stats = await statsOf(db, [...new Set(group.map((key) => key.regionCode))], periodOf(first));
    for (const key of group) results.set(keyText(key), stats.get(key.regionCode) as HallStatistics);
  }
  return keys.map((key) => ({ ...(results.get(keyText(key)) as HallStatistics), key }));
}

/** The breakdown of each key's region and period, one statement per distinct period. */
async function loadGroups(keys: readonly StatsKey[], db: Db, by: Breakdown): Promise<GroupCounts[][]> {
  const byPeriod = new Map<string, StatsKey[]>();
  for (const key of keys) byPeriod.set(periodText(key), [...(byPeriod.get(periodText(key)) ?? []), key]);
  const results = new Map<string, GroupCounts[]>();
  for (const group of byPeriod.values()) {
    const first = group[0] as StatsKey;
    const rows = await groupCounts(db, [...new Set(group.map((key) => key.regionCode))], periodOf(first), by);
    for (const key of group) {
      const mine = rows.filter((row) => row.regionCode === key.regionCode);
      results.set(
        keyText(key),
        mine.sort((a, b) => a.group.localeCompare(b.group, 'en', { numeric: true })),
      );
    }
  }
  return keys.map((key) => results.get(keyText(key)) ?? []);
}

const GroupStatsRef = builder.objectRef<GroupCounts>('ServiceHallGroupStats').implement({
  description: 'The applications of one department, window or matter over the period.',
  fields: (t) => ({
    group: t.exposeString('group', {
      description: 'The department’s code, the window’s number or the matter’s code.',
    }),
    accepted: t.exposeInt('accepted', { description: 'Accepted in the period and not refused afterwards.' }),
    completed: t.exposeInt('completed', { description: 'Completed in the period.' }),
    completedOnTime: t.exposeInt('completedOnTime', {
      description: 'Of those, completed on or before the due day.',
    }),
    completionRate: t.float({
      nullable: true,
      description: 'completed / accepted; null when nothing was accepted.',
      resolve: (g) =>
        hallStatistics({ ...EMPTY, accepted: g.accepted, completed: g.completed }).completionRate,
    }),
  }),
});

const EMPTY = {
  visits: 0,
  accepted: 0,
  completed: 0,
  completedOnTime: 0,
  refused: 0,
  trips: 0,
  waitSecondsTotal: 0,
  waitSecondsP90: null,
  ratings: 0,
  badRatings: 0,
};

const HallStatsRef = builder.objectRef<KeyedStatistics>('ServiceHallStats').implement({
  description:
    'The work of the service halls inside a region over a period, counted in SQL: visits by ticket issue, ' +
    'applications by the day accepted, completed and refused.',
  fields: (t) => ({
    visits: t.exposeInt('visits', { description: 'Queue tickets issued.' }),
    accepted: t.exposeInt('accepted', {
      description: 'Applications accepted (受理) in the period and not refused afterwards.',
    }),
    completed: t.exposeInt('completed', { description: 'Applications completed (办结) in the period.' }),
    completedOnTime: t.exposeInt('completedOnTime', {
      description: 'Of those, completed on or before the due day.',
    }),
    refused: t.exposeInt('refused', {
      description:
        'Applications refused (不予受理) in the period, at intake or when missing documents never came.',
    }),
    trips: t.exposeInt('trips', { description: 'In-person trips of the accepted applications.' }),
    completionRate: t.exposeFloat('completionRate', {
      nullable: true,
      description: 'completed / accepted (办结率); null when nothing was accepted.',
    }),
    onTimeRate: t.exposeFloat('onTimeRate', {
      nullable: true,
      description: 'completedOnTime / completed; null when nothing was completed.',
    }),
    averageTrips: t.exposeFloat('averageTrips', {
      nullable: true,
      description: 'trips / accepted; null when nothing was accepted.',
    }),
    meanWaitSeconds: t.exposeFloat('meanWaitSeconds', {
      nullable: true,
      description: 'Mean seconds from ticket to call; null without visits.',
    }),
    p90WaitSeconds: t.exposeInt('waitSecondsP90', {
      nullable: true,
      description: '90th-percentile seconds from ticket to call (nearest rank); null without visits.',
    }),
    ratings: t.exposeInt('ratings', { description: '好差评 ratings given.' }),
    badRatings: t.exposeInt('badRatings', { description: 'Of those, 差评 (不满意 or 非常不满意).' }),
    byDepartment: t.loadableList({
      type: GroupStatsRef,
      description: 'By stationed department, by code; one statement when asked.',
      load: (keys: StatsKey[], context: Context) => loadGroups(keys, context.db, 'department'),
      resolve: (stats) => stats.key,
      loaderOptions: { cacheKeyFn: keyText },
    }),
    byWindow: t.loadableList({
      type: GroupStatsRef,
      description: 'By receiving window, by number (online and door-to-door applications have none).',
      load: (keys: StatsKey[], context: Context) => loadGroups(keys, context.db, 'window'),
      resolve: (stats) => stats.key,
      loaderOptions: { cacheKeyFn: keyText },
    }),
    byMatter: t.loadableList({
      type: GroupStatsRef,
      description: 'By matter, by code (all versions together).',
      load: (keys: StatsKey[], context: Context) => loadGroups(keys, context.db, 'matter'),
      resolve: (stats) => stats.key,
      loaderOptions: { cacheKeyFn: keyText },
    }),
    satisfactionRate: t.exposeFloat('satisfactionRate', {
      nullable: true,
      description: 'Ratings that are not 差评 / ratings; null without ratings.',
    }),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  serviceHallStats: t.loadable({
    type: HallStatsRef,
    description:
      'The statistics of the service halls inside the region between two days (Asia/Shanghai, both included; ' +
      'either may be left out, all time without them). Aggregates only, so public.',
    args: {
      from: t.arg({ type: 'Date', required: false, description: 'The first day.' }),
      to: t.arg({ type: 'Date', required: false, description: 'The last day.' }),
    },
    resolve: (region, args): StatsKey => {
      refuseInvertedPeriod(args.from, args.to);
      return { regionCode: region.code, from: args.from ?? null, to: args.to ?? null };
    },
    load: (keys: StatsKey[], context: Context) => loadStats(keys, context.db),
    loaderOptions: { cacheKeyFn: keyText },
  }),
}));

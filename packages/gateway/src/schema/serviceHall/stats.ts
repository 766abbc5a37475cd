// The hall statistics on Region (visits, accepted, completed, completion and on-time rates, trips,
// waits, satisfaction): aggregates only, so public; loaded for every region of a request and each
// distinct period at once, in three statements whatever the number of regions.
import { addDays, type HallStatistics, hallStatistics, startOfShanghaiDay } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import { RegionRef } from '../region/region.js';
import { calendarDate } from '../shared/dates.js';
import { applicationCounts, type HallPeriod, p90Waits, visitAndRatingCounts } from './sql.js';

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

async function loadStats(keys: readonly StatsKey[], db: Db): Promise<HallStatistics[]> {
  const byPeriod = new Map<string, StatsKey[]>();
  for (const key of keys) byPeriod.set(periodText(key), [...(byPeriod.get(periodText(key)) ?? []), key]);
  const results = new Map<string, HallStatistics>();
  for (const group of byPeriod.values()) {
    const first = group[0] as StatsKey;
    const stats = await statsOf(db, [...new Set(group.map((key) => key.regionCode))], periodOf(first));
    for (const key of group) results.set(keyText(key), stats.get(key.regionCode) as HallStatistics);
  }
  return keys.map((key) => results.get(keyText(key)) as HallStatistics);
}

const HallStatsRef = builder.objectRef<HallStatistics>('ServiceHallStats').implement({
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
    resolve: (region, args): StatsKey => ({
      regionCode: region.code,
      from: args.from ?? null,
      to: args.to ?? null,
    }),
    load: (keys: StatsKey[], context: Context) => loadStats(keys, context.db),
    loaderOptions: { cacheKeyFn: keyText },
  }),
}));

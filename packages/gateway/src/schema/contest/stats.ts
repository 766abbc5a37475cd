// The programme's statistics on Region (events, entries, audience, outcomes, heritage), over the
// editions asked for or every closed one, computed in SQL for all regions of a list in one statement.
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { RegionRef } from '../region/region.js';
import { type ContestStats, contestStats } from './sql.js';

const ContestStatsRef = builder.objectRef<ContestStats>('ContestStats').implement({
  description:
    'What 那曲市’s programme 乡村振兴 那曲奋进 did inside a region: aggregates only, so public like the region.',
  fields: (t) => ({
    events: t.exposeInt('events', { description: 'Contest events held in the region.' }),
    entries: t.exposeInt('entries', {
      description:
        'Contestant entries, each a record with its entrants (plus the entrants an event reported without ' +
        'recording them, if any), counted from a rollup the writes keep.',
    }),
    audience: t.exposeInt('audience', { description: 'People who came to watch (参与群众).' }),
    talents: t.exposeInt('talents', { description: 'Skilled talents identified.' }),
    trained: t.exposeInt('trained', { description: 'People trained.' }),
    employed: t.exposeInt('employed', { description: 'People helped into jobs.' }),
    businesses: t.exposeInt('businesses', { description: 'People helped to start a business.' }),
    incomeFen: t.field({
      type: 'SafeInt',
      description: 'Income raised, in fen.',
      resolve: (s) => s.incomeFen,
    }),
    culturalResources: t.exposeInt('culturalResources', {
      description: 'Cultural resources found by the survey (all editions).',
    }),
    heritageBearers: t.exposeInt('heritageBearers', { description: 'Heritage bearers (非遗传承人).' }),
    heritageProducts: t.exposeInt('heritageProducts', {
      description: 'Heritage products made by the bearers.',
    }),
    heritageRevenueFen: t.field({
      type: 'SafeInt',
      description: 'What the heritage products earned, in fen.',
      resolve: (s) => s.heritageRevenueFen,
    }),
    heritageJobs: t.exposeInt('heritageJobs', { description: 'Jobs the heritage products created.' }),
  }),
});

interface StatsKey {
  readonly regionCode: string;
  readonly editions: readonly number[] | null;
}

const keyText = (key: StatsKey) => `${key.regionCode}|${key.editions?.join(',') ?? '*'}`;

/** One statement per choice of editions in the batch (in practice one). */
async function loadStats(keys: readonly StatsKey[], context: Context): Promise<ContestStats[]> {
  const groups = new Map<string, StatsKey[]>();
  for (const key of keys) {
    const editions = key.editions?.join(',') ?? '*';
    groups.set(editions, [...(groups.get(editions) ?? []), key]);
  }
  const results = new Map<string, ContestStats>();
  for (const group of groups.values()) {
    const stats = await contestStats(
      context.db,
      [...new Set(group.map((k) => k.regionCode))],
      group[0]?.editions ?? null,
    );
    for (const key of group) {
      const found = stats.find((s) => s.regionCode === key.regionCode);
      if (found) results.set(keyText(key), found);
    }
  }
  return keys.map((key) => results.get(keyText(key)) as ContestStats);
}

builder.objectFields(RegionRef, (t) => ({
  contestStats: t.loadable({
    type: ContestStatsRef,
    description:
      'The contest programme inside the region, over the editions given or, without the argument, every ' +
      'closed edition (for 那曲市, editions 1 and 2: the article’s figures).',
    args: {
      editions: t.arg.intList({
        required: false,
        description: 'Edition numbers; every closed edition if left out.',
      }),
    },
    // The key carries the editions, so the loader never relies on the arguments of the first call.
    resolve: (region, args): StatsKey => ({
      regionCode: region.code,
      editions: args.editions ? [...new Set(args.editions)].sort((a, b) => a - b) : null,
    }),
    load: (keys: StatsKey[], context: Context) => loadStats(keys, context),
    loaderOptions: { cacheKeyFn: keyText },
  }),
}));

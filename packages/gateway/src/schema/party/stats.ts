// Party statistics on Region (no arguments): organisations by kind, stationed teams and cadres with
// their recalls, candidates and burdens, and co-building activities with the value given. Each is
// loaded for every region of a list at once (sql.ts), so region { children { … } } costs the same for
// 2 children as for 20. Aggregates: public, like the other statistics of Region.
import { type Fen, formatYuan } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import { RegionRef } from '../region/region.js';
import {
  type CoBuildingCounts,
  coBuildingCounts,
  type PartyCounts,
  partyCounts,
  type StationingCounts,
  stationingCounts,
} from './sql.js';

const PartyStatsRef = builder.objectRef<PartyCounts>('PartyStats').implement({
  description: 'The party organisations sitting inside a region, by kind.',
  fields: (t) => ({
    committees: t.exposeInt('committees', { description: 'Party committees (党委).' }),
    generalBranches: t.exposeInt('generalBranches', { description: 'General branches (党总支).' }),
    branches: t.exposeInt('branches', { description: 'Branches of every kind (党支部).' }),
    gridBranches: t.exposeInt('gridBranches', {
      description: 'Grid party branches (网格党支部), one per grid.',
    }),
    temporaryBranches: t.exposeInt('temporaryBranches', {
      description: 'Temporary branches of stationed work teams.',
    }),
    groups: t.exposeInt('groups', { description: 'Party groups (党小组).' }),
  }),
});

const StationingStatsRef = builder.objectRef<StationingCounts>('StationingStats').implement({
  description:
    'The village-stationed work teams and cadres inside a region, and the burdens the county counts.',
  fields: (t) => ({
    workTeams: t.exposeInt('workTeams', { description: 'Work teams.' }),
    ledgers: t.exposeInt('ledgers', { description: 'Ledgers (台账) the teams keep, in total.' }),
    chatGroups: t.exposeInt('chatGroups', { description: 'Work chat groups the teams are in, in total.' }),
    cadres: t.exposeInt('cadres', { description: 'Stationed cadres on record, recalled ones included.' }),
    stationed: t.exposeInt('stationed', { description: 'Cadres stationed now.' }),
    recalled: t.exposeInt('recalled', { description: 'Cadres recalled.' }),
    crossStationed: t.exposeInt('crossStationed', {
      description: 'Township cadres cross-stationed (交叉驻村).',
    }),
    recallCandidates: t.exposeInt('recallCandidates', {
      description: 'Cadres with at least one month the county’s rules flag (presence, commuting, touring).',
    }),
  }),
});

const CoBuildingStatsRef = builder.objectRef<CoBuildingCounts>('CoBuildingStats').implement({
  description: 'The co-building activities (党建共建) in a region’s villages.',
  fields: (t) => ({
    activities: t.exposeInt('activities', { description: 'How many activities.' }),
    participants: t.exposeInt('participants', { description: 'Participants, in total.' }),
    totalValueFen: t.field({
      type: 'SafeInt',
      description: 'The value of the goods given, in fen.',
      resolve: (c) => c.totalValueFen,
    }),
    totalValue: t.string({
      description: 'The value of the goods given, in yuan, as written in reports: "¥50,000.00".',
      resolve: (c) => formatYuan(c.totalValueFen as Fen),
    }),
  }),
});

builder.objectFields(RegionRef, (t) => ({
  partyStats: t.loadable({
    type: PartyStatsRef,
    description: 'The party organisations sitting inside the region, by kind.',
    load: (codes: string[], context: Context) => partyCounts(context.db, codes),
    resolve: (region) => region.code,
  }),
  stationingStats: t.loadable({
    type: StationingStatsRef,
    description:
      'The stationed work teams and cadres inside the region, with recalls, candidates and burdens.',
    load: (codes: string[], context: Context) => stationingCounts(context.db, codes),
    resolve: (region) => region.code,
  }),
  coBuildingStats: t.loadable({
    type: CoBuildingStatsRef,
    description: 'The co-building activities in the region’s villages and the value given.',
    load: (codes: string[], context: Context) => coBuildingCounts(context.db, codes),
    resolve: (region) => region.code,
  }),
}));

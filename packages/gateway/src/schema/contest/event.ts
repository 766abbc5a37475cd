// A contest event (one item at one level in one place) and its leaderboard: marks, scores, ranks,
// advancement and prizes computed by core's rules from the stored marks, in a fixed number of
// statements whatever the number of entries and judges.
import {
  type Award,
  advancing,
  awardPrizes,
  CONTEST_ORGANISERS,
  type ContestItem,
  type ContestStanding,
  catalogueItem,
  eventLeaderboard,
  hasRoleIn,
  isDecrypted,
  NAGQU_ADVANCING,
  NAGQU_CITY_AWARDS,
  NAGQU_CONTEST_CATALOGUE,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type {
  ContestEntry as ContestEntryRow,
  ContestEvent as ContestEventRow,
} from '../../generated/sqlite/client.js';
import { contestEntryMapper, contestEventMapper, contestMarkMapper } from '../../mappers/contest.js';
import { RegionRef } from '../region/region.js';
import { nodeScope } from '../shared/node-scope.js';
import { ContestItemRef } from './catalogue.js';
import { ContestEntryConnection, ContestEntryRef, eventWhere } from './entry.js';
import { ContestEventStatusEnum, ContestLevelEnum, PrizeEnum } from './enums.js';

/** The catalogue item of a stored event. */
export function itemOf(event: Pick<ContestEventRow, 'id' | 'itemCode'>): ContestItem {
  const item = catalogueItem(NAGQU_CONTEST_CATALOGUE, event.itemCode);
  if (item === undefined) throw new Error(`ContestEvent ${event.id}: unknown item ${event.itemCode}`);
  return item;
}

/** One place on a leaderboard, with the entry row it ranks and the marks behind it. */
interface Place {
  readonly standing: ContestStanding;
  readonly entry: ContestEntryRow;
  readonly award: Award | null;
  readonly advances: boolean;
  readonly marks: readonly PanelMark[];
  readonly marksVisible: boolean;
}

/** A mark as a leaderboard shows it: judges by their place on the panel, not by name. */
interface PanelMark {
  readonly judgeNumber: number;
  readonly aspectCode: string | null;
  readonly value: number;
}

interface Board {
  readonly places: readonly Place[];
  readonly unscored: readonly ContestEntryRow[];
}

/**
 * An event's leaderboard in two statements (its entries, its marks by the eventId index), whatever
 * its size; core scores, ranks, advances and awards.
 */
export async function leaderboardOf(context: Context, event: ContestEventRow): Promise<Board> {
  const [entries, marks] = await Promise.all([
    context.db.contestEntry.findMany({ where: { eventId: event.id }, orderBy: { id: 'asc' } }),
    context.db.contestMark.findMany({
      where: { eventId: event.id },
      orderBy: [{ entryId: 'asc' }, { judgeId: 'asc' }, { aspectCode: 'asc' }],
    }),
  ]);
  const domain = contestEventMapper.toDomain(event, []);
  const board = eventLeaderboard(
    itemOf(event),
    entries.map((row) => contestEntryMapper.toDomain(row, [])),
    marks.map(contestMarkMapper.toDomain),
  );
  const awards = domain.level === 'CITY' ? awardPrizes(NAGQU_CITY_AWARDS, board.standings) : null;
  const awardOf = new Map(awards?.ok ? awards.value.map((award) => [award.entryId, award]) : []);
  const ahead = domain.level === 'CITY' ? null : advancing(board.standings, NAGQU_ADVANCING);
  const advancingIds = new Set(ahead?.ok ? ahead.value.map((standing) => standing.entryId) : []);
  const rows = new Map(entries.map((row) => [row.id, row]));
  const panel = new Map([...new Set(marks.map((mark) => mark.judgeId))].sort().map((id, i) => [id, i + 1]));
  const marksOf = new Map<string, PanelMark[]>();
  for (const mark of marks) {
    const shown = {
      judgeNumber: panel.get(mark.judgeId) ?? 0,
      aspectCode: mark.aspectCode === '' ? null : mark.aspectCode,
      value: mark.value,
    };
    const list = marksOf.get(mark.entryId);
    if (list === undefined) marksOf.set(mark.entryId, [shown]);
    else list.push(shown);
  }
  // Individual marks are published with the checked results; before that only the organisers see them.
  const marksVisible =
    isDecrypted(domain.status) || hasRoleIn(context.actor, CONTEST_ORGANISERS, event.regionCode) !== null;
  return {
    places: board.standings.map((standing) => ({
      standing,
      entry: rows.get(standing.entryId) as ContestEntryRow,
      award: awardOf.get(standing.entryId) ?? null,
      advances: advancingIds.has(standing.entryId),
      marks: marksOf.get(standing.entryId) ?? [],
      marksVisible,
    })),
    unscored: board.unscored.flatMap((id) => rows.get(id) ?? []),
  };
}

const ContestMarkRef = builder.objectRef<PanelMark>('ContestMark').implement({
  description: 'One judge’s mark for an entry.',
  fields: (t) => ({
    judgeNumber: t.exposeInt('judgeNumber', {
      description: 'The judge’s place on the event’s panel, from 1 (judges are not named on a leaderboard).',
    }),
    aspectCode: t.exposeString('aspectCode', {
      nullable: true,
      description: 'The marking-scheme aspect; null for a judged item’s single mark.',
    }),
    value: t.exposeInt('value', {
      description: 'Hundredths of a mark (a 0–3 score for a judgement aspect).',
    }),
  }),
});

const ContestStandingRef = builder.objectRef<Place>('ContestStanding').implement({
  description: 'One entry’s place on an event’s leaderboard.',
  fields: (t) => ({
    rank: t.int({
      description: 'Standard competition ranking (1, 2, 2, 4) after the item’s tie-break chain.',
      resolve: (place) => place.standing.rank,
    }),
    score: t.int({
      description: 'The score: hundredths for a judged item, the measurement for a measured one.',
      resolve: (place) => place.standing.score,
    }),
    entry: t.field({ type: ContestEntryRef, description: 'The entry.', resolve: (place) => place.entry }),
    prize: t.field({
      type: PrizeEnum,
      nullable: true,
      description: 'The prize won (city finals: 10 / 20 / 30 % of the entrants); null for none.',
      resolve: (place) => place.award?.prize ?? null,
    }),
    prizeFen: t.field({
      type: 'SafeInt',
      nullable: true,
      description: 'The prize money in fen; null without a prize.',
      resolve: (place) => place.award?.prizeFen ?? null,
    }),
    advances: t.boolean({
      description: 'Whether the entry goes on to the next level (the top places; ties at the cut go on).',
      resolve: (place) => place.advances,
    }),
    marks: t.field({
      type: [ContestMarkRef],
      nullable: true,
      description: 'The judges’ marks; null until the results are checked, except for the organisers.',
      resolve: (place) => (place.marksVisible ? [...place.marks] : null),
    }),
  }),
});

const ContestLeaderboardRef = builder.objectRef<Board>('ContestLeaderboard').implement({
  description: 'An event’s results, computed by core’s scoring and ranking rules from the stored marks.',
  fields: (t) => ({
    standings: t.field({
      type: [ContestStandingRef],
      description: 'The scored entries, best first.',
      resolve: (board) => [...board.places],
    }),
    unscored: t.field({
      type: [ContestEntryRef],
      description: 'Entries without marks (or a measured result) yet.',
      resolve: (board) => [...board.unscored],
    }),
  }),
});

nodeScope('ContestEvent', 'contestEvent', () => ({}));

export const ContestEventRef = builder.prismaNode('ContestEvent', {
  id: { field: 'id' },
  nullable: true,
  description: 'One contest of one item at one level in one place of 那曲市. Public.',
  fields: (t) => ({
    edition: t.relation('edition', { description: 'The edition.' }),
    item: t.field({
      type: ContestItemRef,
      description: 'The contest item.',
      resolve: (event) => itemOf(event),
    }),
    level: t.field({
      type: ContestLevelEnum,
      description: 'Village, township, county or city.',
      resolve: (event) => contestEventMapper.toDomain(event, []).level,
    }),
    regionCode: t.exposeString('regionCode', { description: 'The code of the region holding it.' }),
    region: t.loadable({
      type: RegionRef,
      description: 'The region holding it.',
      load: async (codes: string[], context: Context) => {
        const rows = await context.db.region.findMany({ where: { code: { in: codes } } });
        const byCode = new Map(rows.map((row) => [row.code, row]));
        return codes.map((code) => byCode.get(code) ?? new Error(`no region ${code}`));
      },
      resolve: (event) => event.regionCode,
    }),
    heldOn: t.field({ type: 'Date', description: 'The day it was held.', resolve: (event) => event.heldOn }),
    audience: t.exposeInt('audience', { description: 'People who came to watch.' }),
    reportedEntrants: t.exposeInt('reportedEntrants', {
      nullable: true,
      description:
        'Entrants reported by a village or township contest whose entries are not recorded one by one.',
    }),
    status: t.field({
      type: ContestEventStatusEnum,
      description: 'Open, being judged, results checked, or cancelled.',
      resolve: (event) => contestEventMapper.toDomain(event, []).status,
    }),
    entries: t.relatedConnection(
      'entries',
      {
        description: 'The recorded entries, by id.',
        cursor: 'id',
        totalCount: true,
        query: { orderBy: { id: 'asc' } },
      },
      ContestEntryConnection,
    ),
    leaderboard: t.field({
      type: ContestLeaderboardRef,
      description:
        'The results: scores, ranks, advancement and prizes, computed from the marks by the item’s ' +
        'method (trimmed mean, median, measurement, marking scheme) and tie-break chain.',
      resolve: (event, _args, context) => leaderboardOf(context, event),
    }),
  }),
});

const ContestEventFilter = builder.inputType('ContestEventFilter', {
  description: 'Conditions on events, all of which must hold.',
  fields: (t) => ({
    edition: t.int({ required: false, description: 'The edition’s number.' }),
    item: t.globalID({ required: false, description: 'The contest item.' }),
    level: t.field({ type: ContestLevelEnum, required: false, description: 'The level.' }),
    within: t.string({ required: false, description: 'Events held inside this region (code).' }),
  }),
});

/** The one connection type of events. */
const ContestEventConnection = builder.connectionObject({
  type: ContestEventRef,
  name: 'ContestEventConnection',
  description: 'A page of contest events.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'How many events match, counted in the database.',
      resolve: (connection) => {
        const total = (connection as { totalCount?: number | (() => number | Promise<number>) }).totalCount;
        return typeof total === 'function' ? total() : (total ?? 0);
      },
    }),
  }),
});

builder.queryFields((t) => ({
  contestEvents: t.prismaConnection(
    {
      type: 'ContestEvent',
      cursor: 'id',
      description: 'Contest events, by id, filtered by edition, item, level and region (in SQL). Public.',
      args: { filter: t.arg({ type: ContestEventFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) => context.db.contestEvent.count({ where: eventWhere(args.filter) }),
      resolve: (query, _root, args, context) =>
        context.db.contestEvent.findMany({
          ...query,
          where: eventWhere(args.filter),
          orderBy: [{ id: 'asc' }],
        }),
    },
    ContestEventConnection,
  ),
}));

// An entry of an event (参赛): its blind numbers and results, and who entered: shown only to those who
// run contests in the region (and judges once results are checked), since judging is blind.
import { CONTEST_ORGANISERS } from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Person as PersonRow } from '../../generated/sqlite/client.js';
import { PersonRef } from '../person/person.js';
import { type GlobalId, lookupIdOf } from '../shared/ids.js';
import { nodeScope } from '../shared/node-scope.js';
import { readableWhere, within, withinAny } from '../shared/scope.js';
import { ContestLevelEnum } from './enums.js';

nodeScope('ContestEntry', 'contestEntry', () => ({}));

export const ContestEntryRef = builder.prismaNode('ContestEntry', {
  id: { field: 'id' },
  nullable: true,
  description:
    'One entry of a contest event, by a person or a team, with its blind numbers (RULES.md 2.8) and its ' +
    'results. Public; who entered is shown only where the caller may see it (see `entrants`).',
  fields: (t) => ({
    event: t.relation('event', { description: 'The event entered.' }),
    teamName: t.exposeString('teamName', { nullable: true, description: 'The team’s name (team items).' }),
    contestNumber: t.exposeString('contestNumber', {
      description: 'The contest number issued at check-in (参赛号).',
    }),
    stationNumber: t.exposeInt('stationNumber', { description: 'The station or order of the second draw.' }),
    workNumber: t.exposeString('workNumber', { description: 'The number judges see on the work (评审号).' }),
    completionSeconds: t.exposeInt('completionSeconds', {
      nullable: true,
      description: 'The completion time in seconds, for the tie-break.',
    }),
    practicalScore: t.exposeInt('practicalScore', {
      nullable: true,
      description: 'The practical score in hundredths, for the tie-break.',
    }),
    theoryScore: t.exposeInt('theoryScore', {
      nullable: true,
      description: 'The theory score in hundredths, for the tie-break.',
    }),
    measured: t.exposeInt('measured', {
      nullable: true,
      description: 'The measured result of a measured item (seconds or a count).',
    }),
    entrants: t.loadableList({
      type: PersonRef,
      description:
        'Who entered, in order: for contest organisers of the region at any time, and for county admins and ' +
        'judges of the region once results are checked (blind judging); empty for everyone else. Personal ' +
        'fields are masked as everywhere.',
      load: (entryIds: string[], context: Context) => loadEntrants(context, entryIds),
      resolve: (entry) => entrantKey(entry),
    }),
  }),
});

builder.prismaObjectFields('ContestEntry', (t) => ({
  advancedFrom: t.loadable({
    type: ContestEntryRef,
    nullable: true,
    description: 'The entry of the lower-level event this one advanced from.',
    load: async (ids: string[], context: Context) => {
      const rows = await context.db.contestEntry.findMany({ where: { id: { in: ids } } });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    },
    resolve: (entry) => entry.advancedFromId,
  }),
}));

/** The loader key of an entry's people: its event and itself. */
const entrantKey = (entry: { readonly eventId: string; readonly id: string }) =>
  `${entry.eventId} ${entry.id}`;

/**
 * The people of some entries, in three statements (Prisma splits an IN list longer than the
 * database's bound-value limit). Who may see them is decided per event in SQL (the event's region and
 * status), so nothing is filtered after loading.
 */
async function loadEntrants(context: Context, keys: readonly string[]): Promise<PersonRow[][]> {
  const pairs = keys.map((key) => {
    const [eventId = '', entryId = ''] = key.split(' ');
    return { eventId, entryId };
  });
  const organising = withinAny(
    'regionCode',
    context.actor.grants
      .filter((grant) => CONTEST_ORGANISERS.includes(grant.role))
      .map((grant) => grant.regionCode),
  );
  const visible = await context.db.contestEvent.findMany({
    where: {
      id: { in: [...new Set(pairs.map((pair) => pair.eventId))] },
      AND: [
        readableWhere(context, 'CONTEST_ENTRY', { code: 'regionCode' }),
        { OR: [{ status: 'CHECKED' }, ...(organising ? organising.OR : [])] },
      ],
    },
    select: { id: true },
  });
  const events = new Set(visible.map((event) => event.id));
  const entryIds = pairs.filter((pair) => events.has(pair.eventId)).map((pair) => pair.entryId);
  const entrants =
    entryIds.length === 0
      ? []
      : await context.db.contestEntrant.findMany({ where: { entryId: { in: entryIds } } });
  const people =
    entrants.length === 0
      ? []
      : await context.db.person.findMany({
          where: { id: { in: [...new Set(entrants.map((e) => e.personId))] } },
        });
  const byId = new Map(people.map((person) => [person.id, person]));
  const byEntry = new Map<string, { position: number; person: PersonRow }[]>();
  for (const entrant of entrants) {
    const person = byId.get(entrant.personId);
    if (person)
      byEntry.set(entrant.entryId, [
        ...(byEntry.get(entrant.entryId) ?? []),
        { position: entrant.position, person },
      ]);
  }
  return pairs.map((pair) =>
    (byEntry.get(pair.entryId) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((entrant) => entrant.person),
  );
}

/** The one connection type of entries, shared by every field that lists them. */
export const ContestEntryConnection = builder.connectionObject({
  type: ContestEntryRef,
  name: 'ContestEntryConnection',
  description: 'A page of contest entries.',
  fields: (t) => ({
    totalCount: t.int({
      description: 'How many entries match, counted in the database.',
      resolve: (connection) => {
        const total = (connection as { totalCount?: number | (() => number | Promise<number>) }).totalCount;
        return typeof total === 'function' ? total() : (total ?? 0);
      },
    }),
  }),
});

const ContestEntryFilter = builder.inputType('ContestEntryFilter', {
  description: 'Conditions on entries, all of which must hold; by their event.',
  fields: (t) => ({
    edition: t.int({ required: false, description: 'The edition’s number.' }),
    item: t.globalID({ required: false, description: 'The contest item.' }),
    level: t.field({ type: ContestLevelEnum, required: false, description: 'The event’s level.' }),
    within: t.string({ required: false, description: 'Events held inside this region (code).' }),
  }),
});

/** The Prisma condition on events for the common filter of events and entries. */
export function eventWhere(
  filter:
    | {
        readonly edition?: number | null;
        readonly item?: GlobalId | null;
        readonly level?: string | null;
        readonly within?: string | null;
      }
    | null
    | undefined,
) {
  return {
    ...(filter?.edition != null ? { editionNumber: filter.edition } : {}),
    ...(filter?.item ? { itemCode: lookupIdOf(filter.item, 'ContestItem') } : {}),
    ...(filter?.level ? { level: filter.level } : {}),
    ...(filter?.within ? within('regionCode', filter.within) : {}),
  };
}

builder.queryFields((t) => ({
  contestEntries: t.prismaConnection(
    {
      type: 'ContestEntry',
      cursor: 'id',
      description:
        'Contest entries, by event and then by id, filtered by their event’s edition, item, level and region. ' +
        'Public.',
      args: { filter: t.arg({ type: ContestEntryFilter, required: false, description: 'Conditions.' }) },
      totalCount: (_root, args, context) =>
        context.db.contestEntry.count({ where: { event: eventWhere(args.filter) } }),
      resolve: (query, _root, args, context) =>
        context.db.contestEntry.findMany({
          ...query,
          where: { event: eventWhere(args.filter) },
          // By event first: the matching events' entries are read in order from the (eventId, id)
          // index, one event after another, rather than sorting every matching entry or walking all
          // 560,000 in id order for the first page of a village's.
          orderBy: [{ eventId: 'asc' }, { id: 'asc' }],
        }),
    },
    ContestEntryConnection,
  ),
}));

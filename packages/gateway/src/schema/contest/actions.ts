// The business actions of contests: organisers add events to the open edition, take entries, move events through judging and
// advance winners; judges mark the entries of the events they are assigned to, only until the
// results are checked. Core decides; each action reads, decides and writes in one serializable
// transaction, and a refusal writes nothing.
import { randomInt, randomUUID } from 'node:crypto';
import {
  advancing,
  assignBlindNumbers,
  authoriseJudging,
  authoriseMarking,
  authoriseOrganising,
  CONTEST_ACCESS_ERRORS,
  CONTEST_ERRORS,
  type ContestLevel,
  catalogueItem,
  checkAdvancementTarget,
  checkEntrants,
  checkEntriesOpen,
  checkEventEdition,
  checkMark,
  checkNotEntered,
  createContestEvent,
  type DomainError,
  type EventAction,
  eventLeaderboard,
  NAGQU_ADVANCING,
  NAGQU_CONTEST_CATALOGUE,
  nextLevel,
  transitionEvent,
} from '@grassroots/core';
import { builder } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/client.js';
import {
  contestEditionMapper,
  contestEntryMapper,
  contestEventMapper,
  contestMarkMapper,
} from '../../mappers/contest.js';
import { rollupContest } from '../../rollups.js';
import { calendarDate } from '../shared/dates.js';
import { lookupIdOf } from '../shared/ids.js';
import { grantsReach } from '../shared/scope.js';
import { inSerializableTransaction } from '../shared/transaction.js';
import { failed, failedAt, payloadType, succeeded, userErrorType } from '../shared/user-errors.js';
import { ContestEntryRef } from './entry.js';
import { ContestLevelEnum } from './enums.js';
import { ContestEventRef, itemOf } from './event.js';

/** An event with its judges, as core's entity, or null when it does not exist for the caller. */
async function loadEvent(tx: Db, context: Context, eventId: string) {
  const row = await tx.contestEvent.findUnique({ where: { id: eventId }, include: { judges: true } });
  if (!row || (context.actor.grants.length > 0 && !grantsReach(context.actor, row.regionCode))) return null;
  return { row, event: contestEventMapper.toDomain(row, row.judges) };
}

/** A fair permutation of 0…n−1 drawn by the gateway (core draws nothing). */
function draw(size: number): number[] {
  const order = Array.from({ length: size }, (_, i) => i);
  for (let i = size - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [order[i], order[j]] = [order[j] as number, order[i] as number];
  }
  return order;
}

// ---------------------------------------------------------------- judges' marks

const ContestMarkRecordUserError = userErrorType('ContestMarkRecordUserError', 'Why a mark was refused.', [
  CONTEST_ACCESS_ERRORS.ENTRY_NOT_FOUND,
  CONTEST_ERRORS.NOT_ASSIGNED,
  CONTEST_ERRORS.RESULTS_CHECKED,
  CONTEST_ERRORS.NOT_JUDGING,
  CONTEST_ERRORS.MARK_RANGE,
  CONTEST_ERRORS.UNKNOWN_ASPECT,
]);
const ContestMarkRecordPayload = payloadType(
  'ContestMarkRecordPayload',
  'The result of recording a mark.',
  {
    field: 'entry',
    type: ContestEntryRef,
    description: 'The entry marked; null when refused (nothing written).',
  },
  { type: ContestMarkRecordUserError, description: 'Why the mark was refused; empty on success.' },
);
const ContestMarkRecordInput = builder.inputType('ContestMarkRecordInput', {
  description:
    'A judge’s mark for one entry (for a marking scheme, one aspect); a second mark replaces the first.',
  fields: (t) => ({
    entryId: t.globalID({
      required: true,
      description: 'The entry (its work number is what the judge sees).',
    }),
    aspectCode: t.string({
      required: false,
      description: 'The marking-scheme aspect; left out for a judged item.',
    }),
    value: t.int({
      required: true,
      description: 'Hundredths of a mark (0–10000), or 0–3 for a judgement aspect.',
    }),
  }),
});

// ---------------------------------------------------------------- new events

const ContestEventCreateUserError = userErrorType(
  'ContestEventCreateUserError',
  'Why an event was refused.',
  [
    CONTEST_ACCESS_ERRORS.EDITION_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.ITEM_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.REGION_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.PERSON_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.FORBIDDEN,
    CONTEST_ERRORS.EDITION_CLOSED,
    CONTEST_ERRORS.HELD_OUTSIDE_EDITION,
    CONTEST_ERRORS.LEVEL_REGION,
    CONTEST_ERRORS.AUDIENCE,
    CONTEST_ERRORS.REPORTED_ENTRANTS,
  ],
);
const ContestEventCreatePayload = payloadType(
  'ContestEventCreatePayload',
  'The result of adding an event.',
  {
    field: 'event',
    type: ContestEventRef,
    description: 'The new event, open for entries; null when refused.',
  },
  { type: ContestEventCreateUserError, description: 'Why it was refused; empty on success.' },
);
const ContestEventCreateInput = builder.inputType('ContestEventCreateInput', {
  description:
    'A contest of one catalogue item at one level, in a region of that level, in the open edition.',
  fields: (t) => ({
    editionId: t.globalID({
      required: true,
      description: 'The edition; only the open one takes new events.',
    }),
    itemId: t.globalID({ required: true, description: 'The catalogue item contested.' }),
    level: t.field({
      type: ContestLevelEnum,
      required: true,
      description: 'Village, township, county or city.',
    }),
    regionId: t.globalID({
      required: true,
      description: 'Where it is held: a village, township, county or 那曲市 itself, as the level says.',
    }),
    heldOn: t.field({ type: 'Date', required: true, description: 'The day, in the edition’s year.' }),
    audience: t.int({
      required: false,
      description: 'People expected to watch (参与群众); 0 when left out.',
    }),
    reportedEntrants: t.int({
      required: false,
      description: 'For a village or township contest whose entries are not recorded one by one.',
    }),
    judgeIds: t.globalIDList({
      required: false,
      description: 'The people on the judging panel; only they mark its entries.',
    }),
  }),
});

/** Core names the edition and region by number and code; the input by their global IDs. */
const refuseEvent = failedAt({ editionNumber: 'editionId', regionCode: 'regionId' });

// ---------------------------------------------------------------- event lifecycle

const ContestEventActionEnum = builder.enumType('ContestEventAction', {
  description: 'What moves an event on.',
  values: {
    START_JUDGING: { description: 'Close entries, draw stations and work numbers, and let the judges mark.' },
    CHECK_RESULTS: { description: 'Check and lock the scores; the results are decrypted and published.' },
    CANCEL: { description: 'Cancel the event.' },
  } as const,
});
const ContestEventTransitionUserError = userErrorType(
  'ContestEventTransitionUserError',
  'Why an event did not move on.',
  [
    CONTEST_ACCESS_ERRORS.EVENT_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.FORBIDDEN,
    CONTEST_ERRORS.TRANSITION,
    CONTEST_ERRORS.DRAW,
  ],
);
const ContestEventTransitionPayload = payloadType(
  'ContestEventTransitionPayload',
  'The result of moving an event on.',
  { field: 'event', type: ContestEventRef, description: 'The event as stored; null when refused.' },
  { type: ContestEventTransitionUserError, description: 'Why it was refused; empty on success.' },
);
const ContestEventTransitionInput = builder.inputType('ContestEventTransitionInput', {
  description: 'An action on an event.',
  fields: (t) => ({
    eventId: t.globalID({ required: true, description: 'The event.' }),
    action: t.field({ type: ContestEventActionEnum, required: true, description: 'What to do.' }),
  }),
});

// ---------------------------------------------------------------- entries and advancement

const ContestEntryCreateUserError = userErrorType(
  'ContestEntryCreateUserError',
  'Why an entry was refused.',
  [
    CONTEST_ACCESS_ERRORS.EVENT_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.FORBIDDEN,
    CONTEST_ACCESS_ERRORS.PERSON_NOT_FOUND,
    CONTEST_ERRORS.ENTRIES_CLOSED,
    CONTEST_ERRORS.ENTRANTS,
    CONTEST_ERRORS.ALREADY_ENTERED,
    CONTEST_ERRORS.DRAW,
  ],
);
const ContestEntryCreatePayload = payloadType(
  'ContestEntryCreatePayload',
  'The result of entering people in an event.',
  { field: 'entry', type: ContestEntryRef, description: 'The new entry; null when refused.' },
  { type: ContestEntryCreateUserError, description: 'Why it was refused; empty on success.' },
);
const ContestEntryCreateInput = builder.inputType('ContestEntryCreateInput', {
  description: 'An entry checked in at an event: one person, or a named team.',
  fields: (t) => ({
    eventId: t.globalID({ required: true, description: 'The event, open for entries.' }),
    personIds: t.globalIDList({ required: true, description: 'The people entering, in order.' }),
    teamName: t.string({ required: false, description: 'The team’s name (team items only).' }),
  }),
});

const ContestEntriesAdvanceUserError = userErrorType(
  'ContestEntriesAdvanceUserError',
  'Why winners did not advance.',
  [
    CONTEST_ACCESS_ERRORS.EVENT_NOT_FOUND,
    CONTEST_ACCESS_ERRORS.FORBIDDEN,
    CONTEST_ERRORS.TRANSITION,
    CONTEST_ERRORS.TOP_LEVEL,
    CONTEST_ERRORS.NEXT_EVENT,
  ],
);
const ContestEntriesAdvancePayload = payloadType(
  'ContestEntriesAdvancePayload',
  'The result of advancing an event’s winners.',
  { field: 'event', type: ContestEventRef, description: 'The event they advanced to; null when refused.' },
  { type: ContestEntriesAdvanceUserError, description: 'Why it was refused; empty on success.' },
);
const ContestEntriesAdvanceInput = builder.inputType('ContestEntriesAdvanceInput', {
  description: 'Sends the top places of a checked event to the same item’s event one level up.',
  fields: (t) => ({
    eventId: t.globalID({ required: true, description: 'The event whose results are checked.' }),
    toEventId: t.globalID({ required: true, description: 'The next level’s event, open for entries.' }),
  }),
});

const EVENT_NOT_FOUND = CONTEST_ACCESS_ERRORS.EVENT_NOT_FOUND;

function refuse(error: DomainError, field?: readonly string[]) {
  return failed(field ? { ...error, field } : error);
}

builder.mutationFields((t) => ({
  contestMarkRecord: t.field({
    type: ContestMarkRecordPayload,
    description:
      'A judge marks an entry (评分): only a judge assigned to the event, only while it is being judged; ' +
      'after the results are checked every mark is refused with CONTEST_RESULTS_CHECKED and nothing is written.',
    authScopes: { anyRole: ['JUDGE'] },
    args: { input: t.arg({ type: ContestMarkRecordInput, required: true, description: 'The mark.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
        const entry = await tx.contestEntry.findUnique({
          where: { id: lookupIdOf(input.entryId, 'ContestEntry') },
        });
        const loaded = entry ? await loadEvent(tx, context, entry.eventId) : null;
        if (!entry || !loaded) return refuse(CONTEST_ACCESS_ERRORS.ENTRY_NOT_FOUND);
        const judge = authoriseJudging(context.actor, loaded.row.regionCode);
        if (!judge.ok) return refuse(judge.error);
        const allowed = authoriseMarking(loaded.event, judge.value, loaded.event.judgeIds);
        if (!allowed.ok) return refuse(allowed.error);
        const mark = checkMark(itemOf(loaded.row).scoring, {
          aspectCode: input.aspectCode ?? null,
          value: input.value,
        });
        if (!mark.ok) return refuse(mark.error);
        const columns = contestMarkMapper.toColumns(
          { entryId: entry.id, judgeId: judge.value, ...mark.value },
          entry.eventId,
        );
        await tx.contestMark.upsert({
          where: {
            entryId_judgeId_aspectCode: {
              entryId: entry.id,
              judgeId: judge.value,
              aspectCode: columns.aspectCode,
            },
          },
          create: columns,
          update: { value: columns.value },
        });
        return succeeded(entry);
      }),
  }),
  contestEventCreate: t.field({
    type: ContestEventCreatePayload,
    description:
      'Adds an event to the open edition (组织比赛): a contest organiser whose region holds the place; ' +
      'the region must be of the event’s level (a village event in a village, … the city final in 那曲市).',
    authScopes: { anyRole: ['CONTEST_ORGANISER'] },
    args: { input: t.arg({ type: ContestEventCreateInput, required: true, description: 'The event.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
        const editionNumber = Number(lookupIdOf(input.editionId, 'ContestEdition') || Number.NaN);
        const editionRow = Number.isSafeInteger(editionNumber)
          ? await tx.contestEdition.findUnique({ where: { number: editionNumber } })
          : null;
        if (!editionRow) return refuse(CONTEST_ACCESS_ERRORS.EDITION_NOT_FOUND);
        const item = catalogueItem(NAGQU_CONTEST_CATALOGUE, lookupIdOf(input.itemId, 'ContestItem'));
        if (!item) return refuse(CONTEST_ACCESS_ERRORS.ITEM_NOT_FOUND);
        const regionCode = lookupIdOf(input.regionId, 'Region');
        const region = regionCode ? await tx.region.findUnique({ where: { code: regionCode } }) : null;
        if (!region) return refuse(CONTEST_ACCESS_ERRORS.REGION_NOT_FOUND);
        const allowed = authoriseOrganising(context.actor, region.code);
        if (!allowed.ok) return refuse(allowed.error, ['regionId']);
        const judgeIds = [...new Set((input.judgeIds ?? []).map((id) => lookupIdOf(id, 'Person')))];
        const judges = judgeIds.length > 0 ? await tx.person.count({ where: { id: { in: judgeIds } } }) : 0;
        if (judges !== judgeIds.length) return refuse(CONTEST_ACCESS_ERRORS.PERSON_NOT_FOUND, ['judgeIds']);
        const event = createContestEvent({
          id: `CE-${randomUUID()}`,
          editionNumber,
          itemCode: item.code,
          level: input.level as ContestLevel,
          regionCode: region.code,
          heldOn: calendarDate(input.heldOn),
          audience: input.audience ?? 0,
          reportedEntrants: input.reportedEntrants ?? null,
          judgeIds,
        });
        if (!event.ok) return refuseEvent(event.error);
        const edition = checkEventEdition(contestEditionMapper.toDomain(editionRow), event.value.heldOn);
        if (!edition.ok) return refuseEvent(edition.error);
        const row = await tx.contestEvent.create({ data: contestEventMapper.toColumns(event.value) });
        await tx.contestJudge.createMany({ data: contestEventMapper.judgeColumns(event.value) });
        await rollupContest(tx, row, {
          events: 1,
          audience: row.audience,
          entries: row.reportedEntrants ?? 0,
        });
        return succeeded(row);
      }),
  }),
  contestEventTransition: t.field({
    type: ContestEventTransitionPayload,
    description:
      'Moves an event on (OPEN → JUDGING → CHECKED, or CANCELLED). Starting the judging draws the stations ' +
      'and work numbers of every entry (blind judging); checking locks the marks and decrypts the results.',
    authScopes: { anyRole: ['CONTEST_ORGANISER'] },
    args: { input: t.arg({ type: ContestEventTransitionInput, required: true, description: 'The action.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
        const loaded = await loadEvent(tx, context, lookupIdOf(input.eventId, 'ContestEvent'));
        if (!loaded) return refuse(EVENT_NOT_FOUND);
        const allowed = authoriseOrganising(context.actor, loaded.row.regionCode);
        if (!allowed.ok) return refuse(allowed.error);
        const next = transitionEvent(loaded.event, input.action as EventAction);
        if (!next.ok) return refuse(next.error, ['action']);
        if (input.action === 'START_JUDGING') {
          const entries = await tx.contestEntry.findMany({
            where: { eventId: loaded.row.id },
            orderBy: { id: 'asc' },
          });
          const n = entries.length;
          const numbers = assignBlindNumbers(loaded.row.id, {
            checkIn: entries.map((_, i) => i),
            station: draw(n),
            work: draw(n),
          });
          if (!numbers.ok) return refuse(numbers.error);
          // Work numbers are unique per event: clear them first, then write the new draw.
          for (const entry of entries) {
            await tx.contestEntry.update({ where: { id: entry.id }, data: { workNumber: `${entry.id}#` } });
          }
          for (const [i, entry] of entries.entries()) {
            const blind = numbers.value[i];
            if (blind) {
              await tx.contestEntry.update({
                where: { id: entry.id },
                data: { stationNumber: blind.stationNumber, workNumber: blind.workNumber },
              });
            }
          }
        }
        return succeeded(
          await tx.contestEvent.update({ where: { id: loaded.row.id }, data: { status: next.value.status } }),
        );
      }),
  }),
  contestEntryCreate: t.field({
    type: ContestEntryCreatePayload,
    description:
      'Checks an entry in at an event open for entries (报名/检录), with its contest number; a person ' +
      'already entered in the event, alone or in a team, is refused with CONTEST_ALREADY_ENTERED.',
    authScopes: { anyRole: ['CONTEST_ORGANISER'] },
    args: { input: t.arg({ type: ContestEntryCreateInput, required: true, description: 'The entry.' }) },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
        const loaded = await loadEvent(tx, context, lookupIdOf(input.eventId, 'ContestEvent'));
        if (!loaded) return refuse(EVENT_NOT_FOUND);
        const allowed = authoriseOrganising(context.actor, loaded.row.regionCode);
        if (!allowed.ok) return refuse(allowed.error);
        const open = checkEntriesOpen(loaded.event);
        if (!open.ok) return refuse(open.error);
        const personIds = input.personIds.map((id) => lookupIdOf(id, 'Person'));
        const entrants = checkEntrants(itemOf(loaded.row), personIds, input.teamName ?? null);
        if (!entrants.ok) return refuse(entrants.error);
        const found = await tx.person.count({ where: { id: { in: personIds } } });
        if (found !== new Set(personIds).size) return refuse(CONTEST_ACCESS_ERRORS.PERSON_NOT_FOUND);
        const entered = await tx.contestEntrant.findMany({
          where: { personId: { in: personIds }, entry: { eventId: loaded.row.id } },
          select: { personId: true },
        });
        const fresh = checkNotEntered(
          personIds,
          entered.map((row) => row.personId),
        );
        if (!fresh.ok) return refuse(fresh.error);
        // Contest numbers follow check-in; stations and work numbers are drawn when judging starts.
        const taken = await tx.contestEntry.count({ where: { eventId: loaded.row.id } });
        const order = Array.from({ length: taken + 1 }, (_, i) => i);
        const numbers = assignBlindNumbers(loaded.row.id, { checkIn: order, station: order, work: order });
        const blind = numbers.ok ? numbers.value[taken] : undefined;
        if (!blind) return refuse(CONTEST_ERRORS.DRAW);
        const entry = {
          id: `CN-${randomUUID()}`,
          eventId: loaded.row.id,
          personIds,
          teamName: entrants.value.teamName,
          blind,
          completionSeconds: null,
          practicalScore: null,
          theoryScore: null,
          measured: null,
          advancedFromEntryId: null,
        };
        const row = await tx.contestEntry.create({ data: contestEntryMapper.toColumns(entry) });
        await tx.contestEntrant.createMany({ data: contestEntryMapper.entrantColumns(entry) });
        await rollupContest(tx, loaded.row, { events: 0, audience: 0, entries: 1 });
        return succeeded(row);
      }),
  }),
  contestEntriesAdvance: t.field({
    type: ContestEntriesAdvancePayload,
    description:
      'Advances the top places of a checked event (ties at the cut go on together) to the same item’s event ' +
      'one level up, in a region containing it; an entry already advanced is not entered twice.',
    authScopes: { anyRole: ['CONTEST_ORGANISER'] },
    args: {
      input: t.arg({ type: ContestEntriesAdvanceInput, required: true, description: 'The two events.' }),
    },
    resolve: (_root, { input }, context) =>
      inSerializableTransaction(context.db, async (tx) => {
        const from = await loadEvent(tx, context, lookupIdOf(input.eventId, 'ContestEvent'));
        const to = await loadEvent(tx, context, lookupIdOf(input.toEventId, 'ContestEvent'));
        if (!from) return refuse(EVENT_NOT_FOUND, ['eventId']);
        if (!to) return refuse(EVENT_NOT_FOUND, ['toEventId']);
        const allowed = authoriseOrganising(context.actor, to.row.regionCode);
        if (!allowed.ok) return refuse(allowed.error);
        if (from.event.status !== 'CHECKED') return refuse(CONTEST_ERRORS.TRANSITION, ['eventId']);
        const level = nextLevel(from.event.level);
        if (!level.ok) return refuse(level.error);
        const target = checkAdvancementTarget(from.event, to.event, level.value);
        if (!target.ok) return refuse(target.error);
        const [entries, marks, already] = await Promise.all([
          tx.contestEntry.findMany({ where: { eventId: from.row.id }, include: { entrants: true } }),
          tx.contestMark.findMany({ where: { eventId: from.row.id } }),
          tx.contestEntry.findMany({ where: { eventId: to.row.id }, select: { advancedFromId: true } }),
        ]);
        const board = eventLeaderboard(
          itemOf(from.row),
          entries.map((row) => contestEntryMapper.toDomain(row, row.entrants)),
          marks.map(contestMarkMapper.toDomain),
        );
        const top = advancing(board.standings, NAGQU_ADVANCING);
        if (!top.ok) return refuse(top.error);
        const done = new Set(already.map((row) => row.advancedFromId));
        const winners = top.value.filter((standing) => !done.has(standing.entryId));
        const byId = new Map(entries.map((row) => [row.id, row]));
        const order = Array.from({ length: already.length + winners.length }, (_, i) => i);
        let advanced = 0;
        const numbers = assignBlindNumbers(to.row.id, { checkIn: order, station: order, work: order });
        for (const [i, standing] of winners.entries()) {
          const source = byId.get(standing.entryId);
          const blind = numbers.ok ? numbers.value[already.length + i] : undefined;
          if (!source || !blind) continue;
          const entry = {
            ...contestEntryMapper.toDomain(source, source.entrants),
            id: `CN-${randomUUID()}`,
            eventId: to.row.id,
            blind,
            completionSeconds: null,
            practicalScore: null,
            theoryScore: null,
            measured: null,
            advancedFromEntryId: source.id,
          };
          await tx.contestEntry.create({ data: contestEntryMapper.toColumns(entry) });
          await tx.contestEntrant.createMany({ data: contestEntryMapper.entrantColumns(entry) });
          advanced += 1;
        }
        if (advanced > 0) await rollupContest(tx, to.row, { events: 0, audience: 0, entries: advanced });
        return succeeded(to.row);
      }),
  }),
}));

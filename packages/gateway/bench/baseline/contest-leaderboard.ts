// (f) `node(id: event) { ... on ContestEvent { leaderboard { standings { rank score advances prize
//     prizeFen entry { contestNumber } marks { judgeNumber value } } unscored { contestNumber } } } }`:
//     the open city contest of 1,000 entries and 7 judges. The event, its entries and its marks in
//     three statements; core scores, ranks, advances and awards (`eventLeaderboard`, `awardPrizes`,
//     `advancing`), as in the gateway.
import {
  advancing,
  awardPrizes,
  CONTEST_ORGANISERS,
  type ContestEntry,
  type ContestEvent,
  catalogueItem,
  eventLeaderboard,
  hasRoleIn,
  isDecrypted,
  NAGQU_ADVANCING,
  NAGQU_CITY_AWARDS,
  NAGQU_CONTEST_CATALOGUE,
} from '@grassroots/core';
import type { BaselineRequest } from './request.js';

interface EventRow {
  readonly id: string;
  readonly itemCode: string;
  readonly level: string;
  readonly regionCode: string;
  readonly status: string;
}

interface EntryRow {
  readonly id: string;
  readonly eventId: string;
  readonly teamName: string | null;
  readonly contestNumber: string;
  readonly stationNumber: number;
  readonly workNumber: string;
  readonly completionSeconds: number | null;
  readonly practicalScore: number | null;
  readonly theoryScore: number | null;
  readonly measured: number | null;
  readonly advancedFromId: string | null;
}

interface MarkRow {
  readonly entryId: string;
  readonly judgeId: string;
  readonly aspectCode: string;
  readonly value: number;
}

export default async function contestLeaderboard({
  db,
  actor,
  variables,
}: BaselineRequest): Promise<unknown> {
  const [type, id] = Buffer.from(String(variables.event), 'base64').toString('utf8').split(/:(.*)/s);
  if (type !== 'ContestEvent' || !id) return { node: null };
  const [event] = await db.query<EventRow>(
    `SELECT "id", "itemCode", "level", "regionCode", "status" FROM "ContestEvent" WHERE "id" = $1`,
    [id],
  );
  if (event === undefined) return { node: null };
  const [entries, marks] = await Promise.all([
    db.query<EntryRow>(
      `SELECT "id", "eventId", "teamName", "contestNumber", "stationNumber", "workNumber", "completionSeconds",
              "practicalScore", "theoryScore", "measured", "advancedFromId"
         FROM "ContestEntry" WHERE "eventId" = $1 ORDER BY "id" ASC`,
      [id],
    ),
    db.query<MarkRow>(
      `SELECT "entryId", "judgeId", "aspectCode", "value" FROM "ContestMark" WHERE "eventId" = $1
        ORDER BY "entryId" ASC, "judgeId" ASC, "aspectCode" ASC`,
      [id],
    ),
  ]);
  const item = catalogueItem(NAGQU_CONTEST_CATALOGUE, event.itemCode);
  if (item === undefined) throw new Error(`unknown item ${event.itemCode}`);
  const domainEntries: ContestEntry[] = entries.map((row) => ({
    id: row.id,
    eventId: row.eventId,
    personIds: [],
    teamName: row.teamName,
    blind: { contestNumber: row.contestNumber, stationNumber: row.stationNumber, workNumber: row.workNumber },
    completionSeconds: row.completionSeconds,
    practicalScore: row.practicalScore,
    theoryScore: row.theoryScore,
    measured: row.measured,
    advancedFromEntryId: row.advancedFromId,
  }));
  const board = eventLeaderboard(
    item,
    domainEntries,
    marks.map((mark) => ({
      entryId: mark.entryId,
      judgeId: mark.judgeId,
      aspectCode: mark.aspectCode === '' ? null : mark.aspectCode,
      value: mark.value,
    })),
  );
  const city = event.level === 'CITY';
  const awards = city ? awardPrizes(NAGQU_CITY_AWARDS, board.standings) : null;
  const awardOf = new Map(awards?.ok ? awards.value.map((award) => [award.entryId, award]) : []);
  const ahead = city ? null : advancing(board.standings, NAGQU_ADVANCING);
  const advancingIds = new Set(ahead?.ok ? ahead.value.map((standing) => standing.entryId) : []);
  const rows = new Map(entries.map((row) => [row.id, row]));
  const panel = new Map(
    [...new Set(marks.map((mark) => mark.judgeId))].sort().map((judge, i) => [judge, i + 1]),
  );
  const marksOf = new Map<string, { judgeNumber: number; value: number }[]>();
  for (const mark of marks) {
    const list = marksOf.get(mark.entryId) ?? [];
    list.push({ judgeNumber: panel.get(mark.judgeId) ?? 0, value: mark.value });
    marksOf.set(mark.entryId, list);
  }
  const marksVisible =
    isDecrypted(event.status as ContestEvent['status']) ||
    hasRoleIn(actor, CONTEST_ORGANISERS, event.regionCode) !== null;
  return {
    node: {
      leaderboard: {
        standings: board.standings.map((standing) => {
          const award = awardOf.get(standing.entryId);
          return {
            rank: standing.rank,
            score: standing.score,
            advances: advancingIds.has(standing.entryId),
            prize: award?.prize ?? null,
            prizeFen: award?.prizeFen ?? null,
            entry: { contestNumber: rows.get(standing.entryId)?.contestNumber },
            marks: marksVisible ? (marksOf.get(standing.entryId) ?? []) : null,
          };
        }),
        unscored: board.unscored.map((entryId) => ({ contestNumber: rows.get(entryId)?.contestNumber })),
      },
    },
  };
}

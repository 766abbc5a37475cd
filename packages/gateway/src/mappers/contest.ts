// Contest rows ⇄ core's editions, events, entries, marks, outcomes and heritage: the one place that
// knows both shapes.
import {
  CONTEST_LEVELS,
  type ContestEdition,
  type ContestEntry,
  type ContestEvent,
  type ContestMark,
  type ContestOutcome,
  CULTURAL_RESOURCE_CATEGORIES,
  type CulturalResource,
  EDITION_STATUSES,
  EVENT_STATUSES,
  type Fen,
  type HeritageBearer,
  type HeritageProduct,
  OUTCOME_KINDS,
  parseCalendarDate,
  parseRegionCode,
} from '@grassroots/core';
import type {
  ContestEdition as ContestEditionRow,
  ContestEntrant as ContestEntrantRow,
  ContestEntry as ContestEntryRow,
  ContestEvent as ContestEventRow,
  ContestJudge as ContestJudgeRow,
  ContestMark as ContestMarkRow,
  ContestOutcome as ContestOutcomeRow,
  CulturalResource as CulturalResourceRow,
  HeritageBearer as HeritageBearerRow,
  HeritageProduct as HeritageProductRow,
} from '../generated/sqlite/client.js';
import { enumColumn, parsedColumn, type RowRef } from './columns.js';

export const contestEditionMapper = {
  /** A stored edition as core's. */
  toDomain(row: ContestEditionRow): ContestEdition {
    const ref: RowRef = { model: 'ContestEdition', id: String(row.number) };
    return {
      number: row.number,
      year: row.year,
      status: enumColumn(EDITION_STATUSES, row.status, ref, 'status'),
    };
  },
  /** The columns of an edition. */
  toColumns(edition: ContestEdition): ContestEditionRow {
    return { number: edition.number, year: edition.year, status: edition.status };
  },
} as const;

export const contestEventMapper = {
  /** A stored event with its judges as core's entity. */
  toDomain(row: ContestEventRow, judges: readonly Pick<ContestJudgeRow, 'judgeId'>[]): ContestEvent {
    const ref: RowRef = { model: 'ContestEvent', id: row.id };
    return {
      id: row.id,
      editionNumber: row.editionNumber,
      itemCode: row.itemCode,
      level: enumColumn(CONTEST_LEVELS, row.level, ref, 'level'),
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
      heldOn: parsedColumn(parseCalendarDate, row.heldOn, ref, 'heldOn'),
      audience: row.audience,
      status: enumColumn(EVENT_STATUSES, row.status, ref, 'status'),
      reportedEntrants: row.reportedEntrants,
      judgeIds: judges.map((judge) => judge.judgeId),
    };
  },
  /** The columns of an event (its judges are rows of their own: {@link contestEventMapper.judgeColumns}). */
  toColumns(event: ContestEvent): ContestEventRow {
    return {
      id: event.id,
      editionNumber: event.editionNumber,
      itemCode: event.itemCode,
      level: event.level,
      regionCode: event.regionCode,
      heldOn: event.heldOn,
      audience: event.audience,
      reportedEntrants: event.reportedEntrants,
      status: event.status,
    };
  },
  /** The judge rows of an event. */
  judgeColumns(event: ContestEvent): ContestJudgeRow[] {
    return event.judgeIds.map((judgeId) => ({ eventId: event.id, judgeId }));
  },
} as const;

export const contestEntryMapper = {
  /** A stored entry with its entrants (in their order) as core's entity. */
  toDomain(
    row: ContestEntryRow,
    entrants: readonly Pick<ContestEntrantRow, 'personId' | 'position'>[],
  ): ContestEntry {
    return {
      id: row.id,
      eventId: row.eventId,
      personIds: [...entrants].sort((a, b) => a.position - b.position).map((entrant) => entrant.personId),
      teamName: row.teamName,
      blind: {
        contestNumber: row.contestNumber,
        stationNumber: row.stationNumber,
        workNumber: row.workNumber,
      },
      completionSeconds: row.completionSeconds,
      practicalScore: row.practicalScore,
      theoryScore: row.theoryScore,
      measured: row.measured,
      advancedFromEntryId: row.advancedFromId,
    };
  },
  /** The columns of an entry (its entrants: {@link contestEntryMapper.entrantColumns}). */
  toColumns(entry: ContestEntry): ContestEntryRow {
    return {
      id: entry.id,
      eventId: entry.eventId,
      teamName: entry.teamName,
      contestNumber: entry.blind.contestNumber,
      stationNumber: entry.blind.stationNumber,
      workNumber: entry.blind.workNumber,
      completionSeconds: entry.completionSeconds,
      practicalScore: entry.practicalScore,
      theoryScore: entry.theoryScore,
      measured: entry.measured,
      advancedFromId: entry.advancedFromEntryId,
    };
  },
  /** The entrant rows of an entry, in order. */
  entrantColumns(entry: ContestEntry): ContestEntrantRow[] {
    return entry.personIds.map((personId, position) => ({ entryId: entry.id, personId, position }));
  },
} as const;

export const contestMarkMapper = {
  /** A stored mark as core's. */
  toDomain(row: ContestMarkRow): ContestMark {
    return {
      entryId: row.entryId,
      judgeId: row.judgeId,
      aspectCode: row.aspectCode === '' ? null : row.aspectCode,
      value: row.value,
    };
  },
  /** The columns of a mark of an entry of `eventId`. */
  toColumns(mark: ContestMark, eventId: string): ContestMarkRow {
    return {
      entryId: mark.entryId,
      eventId,
      judgeId: mark.judgeId,
      aspectCode: mark.aspectCode ?? '',
      value: mark.value,
    };
  },
} as const;

export const contestOutcomeMapper = {
  /** A stored outcome as core's. */
  toDomain(row: ContestOutcomeRow): ContestOutcome {
    const ref: RowRef = { model: 'ContestOutcome', id: row.id };
    return {
      id: row.id,
      kind: enumColumn(OUTCOME_KINDS, row.kind, ref, 'kind'),
      editionNumber: row.editionNumber,
      itemCode: row.itemCode,
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
      personId: row.personId,
      people: row.people,
      incomeFen: row.incomeFen as Fen,
    };
  },
  /** The columns of an outcome. */
  toColumns(outcome: ContestOutcome): ContestOutcomeRow {
    return {
      id: outcome.id,
      kind: outcome.kind,
      editionNumber: outcome.editionNumber,
      itemCode: outcome.itemCode,
      regionCode: outcome.regionCode,
      personId: outcome.personId,
      people: outcome.people,
      incomeFen: outcome.incomeFen,
    };
  },
} as const;

export const culturalResourceMapper = {
  /** A stored resource as core's. */
  toDomain(row: CulturalResourceRow): CulturalResource {
    const ref: RowRef = { model: 'CulturalResource', id: row.id };
    return {
      id: row.id,
      category: enumColumn(CULTURAL_RESOURCE_CATEGORIES, row.category, ref, 'category'),
      name: { zh: row.nameZh, en: row.nameEn, bo: row.nameBo ?? row.nameZh },
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
    };
  },
  /** The columns of a resource. */
  toColumns(resource: CulturalResource): CulturalResourceRow {
    return {
      id: resource.id,
      category: resource.category,
      nameZh: resource.name.zh,
      nameEn: resource.name.en,
      nameBo: resource.name.bo,
      regionCode: resource.regionCode,
    };
  },
} as const;

export const heritageBearerMapper = {
  /** A stored bearer as core's. */
  toDomain(row: HeritageBearerRow): HeritageBearer {
    return { personId: row.personId, resourceId: row.resourceId };
  },
  /** The columns of a bearer. */
  toColumns(bearer: HeritageBearer): HeritageBearerRow {
    return { personId: bearer.personId, resourceId: bearer.resourceId };
  },
} as const;

export const heritageProductMapper = {
  /** A stored product as core's. */
  toDomain(row: HeritageProductRow): HeritageProduct {
    return {
      id: row.id,
      name: { zh: row.nameZh, en: row.nameEn, bo: row.nameBo ?? row.nameZh },
      bearerPersonId: row.bearerPersonId,
      resourceId: row.resourceId,
      revenueFen: row.revenueFen as Fen,
      jobs: row.jobs,
    };
  },
  /** The columns of a product. */
  toColumns(product: HeritageProduct): HeritageProductRow {
    return {
      id: product.id,
      nameZh: product.name.zh,
      nameEn: product.name.en,
      nameBo: product.name.bo,
      bearerPersonId: product.bearerPersonId,
      resourceId: product.resourceId,
      revenueFen: product.revenueFen,
      jobs: product.jobs,
    };
  },
} as const;

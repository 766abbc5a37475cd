// Records, matters, matter events and matter handlers ⇄ their rows: the one place that knows both
// shapes, and the one place that computes the columns derived from core's rules (a record's village
// and township, a matter's `open` and `resolutionMinutes`, an event's id).
import {
  ATTACHMENT_MEDIA_TYPES,
  type Attachment,
  ESCALATION_LEVELS,
  ESCALATION_REASONS,
  FUNCTIONAL_DEPARTMENT_LIST,
  isOpenMatter,
  MATTER_ACTION_TYPES,
  MATTER_EVENT_KINDS,
  MATTER_NATURES,
  MATTER_STATES,
  MATTER_SUBTYPE_VALUES,
  MATTER_URGENCIES,
  type Matter,
  type MatterEvent,
  type MatterHandler,
  PETITION_LEVELS,
  type Petition,
  type PublicOpinionRecord,
  parseGridCode,
  parseRegionCode,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  resolutionMinutes,
  SATISFACTION_RATINGS,
  SUPERVISION_STAGES,
  townshipCodeOf,
  villageCodeOf,
} from '@grassroots/core';
import type {
  Attachment as AttachmentRow,
  MatterEvent as MatterEventRow,
  MatterHandler as MatterHandlerRow,
  Matter as MatterRow,
  Petition as PetitionRow,
  PublicOpinionRecord as RecordRow,
} from '../generated/sqlite/client.js';
import { enumColumn, optionalEnumColumn, parsedColumn, type RowRef, StoredValueError } from './columns.js';

/** The value of a column that must be set for this kind of row (an event's variant fields). */
function present<T>(value: T | null, row: RowRef, column: string): T {
  if (value === null) throw new StoredValueError(row, column, value);
  return value;
}

/**
 * Each row turned into its entity once: GraphQL resolves several fields of one row, and each asks
 * for the entity, so the first asks the mapper and the others reuse its answer (and its checks).
 */
function once<Row extends object, Entity>(toDomain: (row: Row) => Entity): (row: Row) => Entity {
  const seen = new WeakMap<Row, Entity>();
  return (row) => {
    let entity = seen.get(row);
    if (entity === undefined) {
      entity = toDomain(row);
      seen.set(row, entity);
    }
    return entity;
  };
}

/** The code of a region a grid lies in (its village or township); a grid code always has both. */
function regionOfGrid(of: (code: string) => string | null, gridCode: string): string {
  const code = of(gridCode);
  // Core accepted the record's grid code, so this cannot happen; if it does, it is a bug.
  if (code === null) throw new Error(`${gridCode} is not a grid code`);
  return code;
}

/**
 * The id of the event that took matter `matterId` to `version`: `<matter id>-<version, 2 digits>`.
 * Core identifies an event by its matter and version; the database wants one key.
 */
export function matterEventId(matterId: string, version: number): string {
  return `${matterId}-${String(version).padStart(2, '0')}`;
}

export const publicOpinionRecordMapper = {
  /** A stored record as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: RecordRow): PublicOpinionRecord {
    const ref: RowRef = { model: 'PublicOpinionRecord', id: row.id };
    return {
      id: row.id,
      category: enumColumn(RECORD_CATEGORIES, row.category, ref, 'category'),
      channel: enumColumn(RECORD_CHANNELS, row.channel, ref, 'channel'),
      gridCode: parsedColumn(parseGridCode, row.gridCode, ref, 'gridCode'),
      reporterPersonId: row.reporterPersonId,
      text: row.text,
      reportedAt: row.reportedAt,
    };
  },

  /** The columns of a record: core's fields, and its grid's village and township for the indexes. */
  toColumns(record: PublicOpinionRecord) {
    return {
      id: record.id,
      category: record.category,
      channel: record.channel,
      gridCode: record.gridCode,
      villageCode: regionOfGrid(villageCodeOf, record.gridCode),
      townshipCode: regionOfGrid(townshipCodeOf, record.gridCode),
      reporterPersonId: record.reporterPersonId,
      text: record.text,
      reportedAt: record.reportedAt,
    };
  },
} as const;

export const matterMapper = {
  /** A stored matter as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: MatterRow): Matter {
    const ref: RowRef = { model: 'Matter', id: row.id };
    return {
      id: row.id,
      recordId: row.recordId,
      category: enumColumn(RECORD_CATEGORIES, row.category, ref, 'category'),
      details: {
        subType: enumColumn(MATTER_SUBTYPE_VALUES, row.subType, ref, 'subType'),
        urgency: enumColumn(MATTER_URGENCIES, row.urgency, ref, 'urgency'),
        nature: enumColumn(MATTER_NATURES, row.nature, ref, 'nature'),
        parties: row.parties,
        headCount: row.headCount,
        place: row.place,
      },
      gridCode: parsedColumn(parseGridCode, row.gridCode, ref, 'gridCode'),
      state: enumColumn(MATTER_STATES, row.state, ref, 'state'),
      version: row.version,
      level: enumColumn(ESCALATION_LEVELS, row.level, ref, 'level'),
      assigneeId: row.assigneeId,
      handlerId: row.handlerId,
      department: optionalEnumColumn(FUNCTIONAL_DEPARTMENT_LIST, row.department, ref, 'department'),
      reportedAt: row.reportedAt,
      clockStartedAt: row.clockStartedAt,
      levelStartedAt: row.levelStartedAt,
      closedAt: row.closedAt,
      supervision:
        row.supervision === null ? null : enumColumn(SUPERVISION_STAGES, row.supervision, ref, 'supervision'),
      extensionDays: row.extensionDays,
      suspendedAt: row.suspendedAt,
      satisfaction:
        row.satisfaction === null
          ? null
          : enumColumn(SATISFACTION_RATINGS, row.satisfaction, ref, 'satisfaction'),
      updatedAt: row.updatedAt,
    };
  },

  /**
   * The columns of a matter: core's fields, with the two the database keeps for its indexes and
   * statistics, computed by core's rules: `open` (Open311's reading of the state, so the open-matters
   * feed is an index range) and `resolutionMinutes` (summed and ranked by the Fengqiao measures).
   */
  toColumns(matter: Matter) {
    return {
      id: matter.id,
      recordId: matter.recordId,
      category: matter.category,
      gridCode: matter.gridCode,
      state: matter.state,
      open: isOpenMatter(matter),
      version: matter.version,
      level: matter.level,
      assigneeId: matter.assigneeId,
      handlerId: matter.handlerId,
      reportedAt: matter.reportedAt,
      clockStartedAt: matter.clockStartedAt,
      levelStartedAt: matter.levelStartedAt,
      closedAt: matter.closedAt,
      resolutionMinutes: resolutionMinutes(matter),
      updatedAt: matter.updatedAt,
      subType: matter.details.subType,
      urgency: matter.details.urgency,
      nature: matter.details.nature,
      parties: matter.details.parties,
      headCount: matter.details.headCount,
      place: matter.details.place,
      supervision: matter.supervision,
      extensionDays: matter.extensionDays,
      suspendedAt: matter.suspendedAt,
      satisfaction: matter.satisfaction,
      department: matter.department,
    };
  },
} as const;

export const matterEventMapper = {
  /**
   * A stored event as core's entity; fails with a StoredValueError naming the row if core rejects a
   * value or a field its kind needs is empty (a transition's action and actor, an escalation's levels
   * and reason).
   */
  toDomain(row: MatterEventRow): MatterEvent {
    const ref: RowRef = { model: 'MatterEvent', id: row.id };
    const kind = enumColumn(MATTER_EVENT_KINDS, row.kind, ref, 'kind');
    if (kind === 'REPORT') {
      if (row.fromState !== null) throw new StoredValueError(ref, 'fromState', row.fromState);
      if (row.version !== 1) throw new StoredValueError(ref, 'version', row.version);
      if (row.toState !== 'REPORTED') throw new StoredValueError(ref, 'toState', row.toState);
      return {
        kind,
        matterId: row.matterId,
        version: 1,
        from: null,
        to: 'REPORTED',
        actorId: row.actorId,
        at: row.at,
      };
    }
    const from = enumColumn(MATTER_STATES, present(row.fromState, ref, 'fromState'), ref, 'fromState');
    const to = enumColumn(MATTER_STATES, row.toState, ref, 'toState');
    if (kind === 'TRANSITION') {
      const action = enumColumn(MATTER_ACTION_TYPES, present(row.action, ref, 'action'), ref, 'action');
      return {
        kind: 'TRANSITION',
        matterId: row.matterId,
        version: row.version,
        action,
        from,
        to,
        actorId: present(row.actorId, ref, 'actorId'),
        at: row.at,
        detail: row.detail,
        ...(action === 'ROUTE'
          ? {
              department: enumColumn(
                FUNCTIONAL_DEPARTMENT_LIST,
                present(row.department, ref, 'department'),
                ref,
                'department',
              ),
            }
          : {}),
      };
    }
    if (kind === 'SUPERVISION') {
      return {
        kind,
        matterId: row.matterId,
        version: row.version,
        stage: enumColumn(SUPERVISION_STAGES, present(row.stage, ref, 'stage'), ref, 'stage'),
        level: enumColumn(ESCALATION_LEVELS, present(row.toLevel, ref, 'toLevel'), ref, 'toLevel'),
        from,
        to,
        subjectId: row.subjectId,
        actorId: null,
        at: row.at,
      };
    }
    return {
      kind: 'ESCALATION',
      matterId: row.matterId,
      version: row.version,
      fromLevel: enumColumn(ESCALATION_LEVELS, present(row.fromLevel, ref, 'fromLevel'), ref, 'fromLevel'),
      toLevel: enumColumn(ESCALATION_LEVELS, present(row.toLevel, ref, 'toLevel'), ref, 'toLevel'),
      from,
      to,
      reason: enumColumn(ESCALATION_REASONS, present(row.reason, ref, 'reason'), ref, 'reason'),
      actorId: row.actorId,
      at: row.at,
      note: row.detail,
    };
  },

  /**
   * The columns of an event: one row for every kind, the other kinds' columns null (a supervision
   * stage keeps its level in `toLevel`, an escalation its decider's words in `detail`). Listed field by
   * field: an object spread with extra fields made the 356,000 events of the seed ten times slower.
   */
  toColumns(event: MatterEvent) {
    const id = matterEventId(event.matterId, event.version);
    if (event.kind === 'REPORT') {
      return {
        id,
        matterId: event.matterId,
        version: event.version,
        kind: event.kind,
        action: null,
        fromState: null,
        toState: event.to,
        fromLevel: null,
        toLevel: null,
        reason: null,
        stage: null,
        subjectId: null,
        actorId: event.actorId,
        at: event.at,
        detail: null,
        department: null,
      };
    }
    if (event.kind === 'SUPERVISION') {
      return {
        id,
        matterId: event.matterId,
        version: event.version,
        kind: event.kind,
        action: null,
        fromState: event.from,
        toState: event.to,
        fromLevel: null,
        toLevel: event.level,
        reason: null,
        stage: event.stage,
        subjectId: event.subjectId,
        actorId: null,
        at: event.at,
        detail: null,
        department: null,
      };
    }
    return event.kind === 'TRANSITION'
      ? {
          id,
          matterId: event.matterId,
          version: event.version,
          kind: event.kind,
          action: event.action,
          fromState: event.from,
          toState: event.to,
          fromLevel: null,
          toLevel: null,
          reason: null,
          stage: null,
          subjectId: null,
          actorId: event.actorId,
          at: event.at,
          detail: event.detail,
          department: event.department ?? null,
        }
      : {
          id,
          matterId: event.matterId,
          version: event.version,
          kind: event.kind,
          action: null,
          fromState: event.from,
          toState: event.to,
          fromLevel: event.fromLevel,
          toLevel: event.toLevel,
          reason: event.reason,
          stage: null,
          subjectId: null,
          actorId: event.actorId,
          at: event.at,
          detail: event.note,
          department: null,
        };
  },
} as const;

const HANDLER_LEVELS = ['VILLAGE', 'TOWNSHIP', 'COUNTY'] as const satisfies readonly MatterHandler['level'][];

export const matterHandlerMapper = {
  /** A stored handler as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: MatterHandlerRow): MatterHandler {
    const ref: RowRef = { model: 'MatterHandler', id: `${row.personId}/${row.level}/${row.regionCode}` };
    return {
      personId: row.personId,
      level: enumColumn(HANDLER_LEVELS, row.level, ref, 'level'),
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
      department: optionalEnumColumn(FUNCTIONAL_DEPARTMENT_LIST, row.department, ref, 'department'),
    };
  },

  /** The columns of a handler: core's fields as they are. */
  toColumns(handler: MatterHandler) {
    return {
      personId: handler.personId,
      level: handler.level,
      regionCode: handler.regionCode,
      department: handler.department,
    };
  },
} as const;

export const attachmentMapper = {
  /** A stored attachment as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: AttachmentRow): Attachment {
    const ref: RowRef = { model: 'Attachment', id: row.id };
    const kind = ATTACHMENT_MEDIA_TYPES[row.mediaType];
    if (kind === undefined) throw new StoredValueError(ref, 'mediaType', row.mediaType);
    return {
      id: row.id,
      matterId: row.matterId,
      eventVersion: row.eventVersion,
      fileName: row.fileName,
      mediaType: row.mediaType,
      kind,
      byteSize: row.byteSize,
      sha256: row.sha256,
      takenAt: row.takenAt,
      place: row.place,
      addedBy: row.addedBy,
      addedAt: row.addedAt,
    };
  },

  /** The columns of an attachment: core's fields, the kind left out (the media type decides it). */
  toColumns(attachment: Attachment) {
    const { kind: _kind, ...columns } = attachment;
    return columns;
  },
} as const;

export const petitionMapper = {
  /** A stored petition as core's entity; fails with a StoredValueError naming the row if core rejects a value. */
  toDomain(row: PetitionRow): Petition {
    const ref: RowRef = { model: 'Petition', id: row.id };
    return {
      id: row.id,
      matterId: row.matterId,
      handlingLevel: enumColumn(ESCALATION_LEVELS, row.handlingLevel, ref, 'handlingLevel'),
      level: enumColumn(PETITION_LEVELS, row.level, ref, 'level'),
      petitionedAt: row.petitionedAt,
    };
  },

  /**
   * The columns of a petition, with its matter's grid and report instant copied in (they never change),
   * so that the Fengqiao statistics find a region's petitions of a period on one index.
   */
  toColumns(petition: Petition, matter: Pick<Matter, 'gridCode' | 'reportedAt'>) {
    return {
      id: petition.id,
      matterId: petition.matterId,
      gridCode: matter.gridCode,
      reportedAt: matter.reportedAt,
      handlingLevel: petition.handlingLevel,
      level: petition.level,
      petitionedAt: petition.petitionedAt,
    };
  },
} as const;

/** {@link publicOpinionRecordMapper}'s `toDomain`, once per row object (for resolvers). */
export const recordOf = once(publicOpinionRecordMapper.toDomain);
/** {@link matterMapper}'s `toDomain`, once per row object (for resolvers). */
export const matterOf = once(matterMapper.toDomain);
/** {@link matterEventMapper}'s `toDomain`, once per row object (for resolvers). */
export const matterEventOf = once(matterEventMapper.toDomain);
/** {@link attachmentMapper}'s `toDomain`, once per row object (for resolvers). */
export const attachmentOf = once(attachmentMapper.toDomain);
/** {@link petitionMapper}'s `toDomain`, once per row object (for resolvers). */
export const petitionOf = once(petitionMapper.toDomain);

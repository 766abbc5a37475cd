// What the record, matter and statistics files share: the labelled enums, and the mapping between
// rows and core's readonly entities.
import {
  ESCALATION_LEVEL_LABELS,
  ESCALATION_REASON_LABELS,
  type EscalationLevel,
  MATTER_ACTION_LABELS,
  MATTER_STATE_LABELS,
  type Matter,
  type MatterEvent,
  type MatterState,
  open311StatusOf,
  RECORD_CATEGORY_LABELS,
  RECORD_CHANNEL_LABELS,
  type RecordCategory,
  resolutionMinutes,
} from '@grassroots/core';
import type { Matter as MatterRow } from '../../generated/sqlite/client.js';
import { labelledEnum } from '../shared/labels.js';

export const RecordCategoryEnum = labelledEnum(
  'RecordCategory',
  'The category of a public-opinion record (社情民意信息类别).',
  RECORD_CATEGORY_LABELS,
);
export const RecordChannelEnum = labelledEnum(
  'RecordChannel',
  'How a record reached the grid (信息来源渠道).',
  RECORD_CHANNEL_LABELS,
);
export const MatterStateEnum = labelledEnum(
  'MatterState',
  'The state of a matter in the digital city-management cycle (上报 → 立案 → 派遣 → 处置 → 反馈 → 结案).',
  MATTER_STATE_LABELS,
);
export const MatterActionEnum = labelledEnum(
  'MatterAction',
  'What someone does to a matter; the transition table says from which states.',
  MATTER_ACTION_LABELS,
);
export const EscalationLevelEnum = labelledEnum(
  'EscalationLevel',
  'The level handling a matter, from the bottom of the ladder up: grid, village, township, county.',
  ESCALATION_LEVEL_LABELS,
);
export const EscalationReasonEnum = labelledEnum(
  'EscalationReason',
  'Why a matter rose to the next level.',
  ESCALATION_REASON_LABELS,
);

/** A stored matter as core's entity (the columns are core's fields; text columns hold core's values). */
export function toCoreMatter(row: MatterRow): Matter {
  return {
    id: row.id,
    recordId: row.recordId,
    category: row.category as RecordCategory,
    gridCode: row.gridCode,
    state: row.state as MatterState,
    version: row.version,
    level: row.level as EscalationLevel,
    assigneeId: row.assigneeId,
    handlerId: row.handlerId,
    reportedAt: row.reportedAt,
    clockStartedAt: row.clockStartedAt,
    levelStartedAt: row.levelStartedAt,
    closedAt: row.closedAt,
    updatedAt: row.updatedAt,
  };
}

/** The columns that change with the matter, with the two the database keeps for its indexes. */
export function matterColumns(matter: Matter) {
  return {
    state: matter.state,
    open: open311StatusOf(matter.state) === 'open',
    version: matter.version,
    level: matter.level,
    assigneeId: matter.assigneeId,
    handlerId: matter.handlerId,
    clockStartedAt: matter.clockStartedAt,
    levelStartedAt: matter.levelStartedAt,
    closedAt: matter.closedAt,
    resolutionMinutes: resolutionMinutes(matter),
    updatedAt: matter.updatedAt,
  };
}

/** The row of a matter event; ids follow the fixtures' `<matter id>-<version>`. */
export function eventColumns(event: MatterEvent) {
  const id = `${event.matterId}-${String(event.version).padStart(2, '0')}`;
  const common = {
    id,
    matterId: event.matterId,
    version: event.version,
    kind: event.kind,
    fromState: event.from,
    toState: event.to,
    actorId: event.actorId,
    at: event.at,
  };
  return event.kind === 'TRANSITION'
    ? { ...common, action: event.action, fromLevel: null, toLevel: null, reason: null, detail: event.detail }
    : {
        ...common,
        action: null,
        fromLevel: event.fromLevel,
        toLevel: event.toLevel,
        reason: event.reason,
        detail: null,
      };
}

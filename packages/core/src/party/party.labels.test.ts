import { describe, expect, it } from 'vitest';
import type { Labels } from '../shared/labels.js';
import {
  CADRE_LEAVE_STATES,
  CADRE_RATINGS,
  CADRE_ROLES,
  CADRE_STATUSES,
  GRID_TASK_ACTIONS,
  GRID_TASK_STATES,
  LEAVE_APPROVERS,
  MEETING_KINDS,
  MEMBER_STATUSES,
  ORGANISATION_KINDS,
  PARTNER_KINDS,
  RECALL_ACTIONS,
  RECALL_REASONS,
  RECALL_STATES,
  STATION_KINDS,
  STATIONING_KINDS,
  STRUCTURE_VIOLATION_CODES,
} from './party.js';
import * as labels from './party.labels.js';

const TABLES: readonly (readonly [string, readonly string[], Readonly<Record<string, Labels>>])[] = [
  ['organisation kinds', ORGANISATION_KINDS, labels.ORGANISATION_KIND_LABELS],
  ['member statuses', MEMBER_STATUSES, labels.MEMBER_STATUS_LABELS],
  ['meeting kinds', MEETING_KINDS, labels.MEETING_KIND_LABELS],
  ['cadre roles', CADRE_ROLES, labels.CADRE_ROLE_LABELS],
  ['cadre statuses', CADRE_STATUSES, labels.CADRE_STATUS_LABELS],
  ['cadre ratings', CADRE_RATINGS, labels.CADRE_RATING_LABELS],
  ['stationing kinds', STATIONING_KINDS, labels.STATIONING_KIND_LABELS],
  ['station kinds', STATION_KINDS, labels.STATION_KIND_LABELS],
  ['recall reasons', RECALL_REASONS, labels.RECALL_REASON_LABELS],
  ['recall states', RECALL_STATES, labels.RECALL_STATE_LABELS],
  ['recall actions', RECALL_ACTIONS, labels.RECALL_ACTION_LABELS],
  ['partner kinds', PARTNER_KINDS, labels.PARTNER_KIND_LABELS],
  ['grid task states', GRID_TASK_STATES, labels.GRID_TASK_STATE_LABELS],
  ['grid task actions', GRID_TASK_ACTIONS, labels.GRID_TASK_ACTION_LABELS],
  ['leave states', CADRE_LEAVE_STATES, labels.CADRE_LEAVE_STATE_LABELS],
  ['leave approvers', LEAVE_APPROVERS, labels.LEAVE_APPROVER_LABELS],
  ['structure violations', STRUCTURE_VIOLATION_CODES, labels.STRUCTURE_VIOLATION_LABELS],
];

describe('labels', () => {
  it.each(TABLES)('name every one of the %s in Chinese and English, and nothing else', (_, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const value of values) {
      expect(table[value]?.zh.trim()).not.toBe('');
      expect(table[value]?.en.trim()).not.toBe('');
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Labels } from '../shared/labels.js';
import {
  ESCALATION_LEVELS,
  ESCALATION_REASONS,
  MATTER_ACTION_TYPES,
  MATTER_STATES,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
} from './matter.js';
import {
  ESCALATION_LEVEL_LABELS,
  ESCALATION_REASON_LABELS,
  MATTER_ACTION_LABELS,
  MATTER_STATE_LABELS,
  RECORD_CATEGORY_LABELS,
  RECORD_CHANNEL_LABELS,
} from './matter.labels.js';

const TABLES: readonly (readonly [string, readonly string[], Readonly<Record<string, Labels>>])[] = [
  ['record categories', RECORD_CATEGORIES, RECORD_CATEGORY_LABELS],
  ['record channels', RECORD_CHANNELS, RECORD_CHANNEL_LABELS],
  ['matter states', MATTER_STATES, MATTER_STATE_LABELS],
  ['matter actions', MATTER_ACTION_TYPES, MATTER_ACTION_LABELS],
  ['escalation levels', ESCALATION_LEVELS, ESCALATION_LEVEL_LABELS],
  ['escalation reasons', ESCALATION_REASONS, ESCALATION_REASON_LABELS],
];

describe('labels', () => {
  it.each(TABLES)(
    'name every one of the %s in Chinese and English, and nothing else',
    (_, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) {
        expect(labels[value]?.zh.trim()).not.toBe('');
        expect(labels[value]?.en.trim()).not.toBe('');
      }
    },
  );

  it('use the four category names of the county’s records', () => {
    expect(RECORD_CATEGORIES.map((c) => RECORD_CATEGORY_LABELS[c].zh)).toEqual([
      '社情民意',
      '矛盾纠纷',
      '安全隐患',
      '民生诉求',
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Labels } from '../shared/labels.js';
import { ATTACHMENT_KINDS } from './attachment.rules.js';
import {
  ESCALATION_LEVELS,
  ESCALATION_REASONS,
  MATTER_ACTION_TYPES,
  MATTER_NATURES,
  MATTER_STATES,
  MATTER_SUBTYPE_VALUES,
  MATTER_URGENCIES,
  PETITION_LEVELS,
  RECORD_CATEGORIES,
  RECORD_CHANNELS,
  SATISFACTION_RATINGS,
  SUPERVISION_STAGES,
} from './matter.js';
import {
  ATTACHMENT_KIND_LABELS,
  ESCALATION_LEVEL_LABELS,
  ESCALATION_REASON_LABELS,
  MATTER_ACTION_LABELS,
  MATTER_NATURE_LABELS,
  MATTER_STATE_LABELS,
  MATTER_SUBTYPE_LABELS,
  MATTER_URGENCY_LABELS,
  PETITION_LEVEL_LABELS,
  RECORD_CATEGORY_LABELS,
  RECORD_CHANNEL_LABELS,
  SATISFACTION_LABELS,
  SUPERVISION_STAGE_LABELS,
} from './matter.labels.js';

const TABLES: readonly (readonly [string, readonly string[], Readonly<Record<string, Labels>>])[] = [
  ['record categories', RECORD_CATEGORIES, RECORD_CATEGORY_LABELS],
  ['record channels', RECORD_CHANNELS, RECORD_CHANNEL_LABELS],
  ['matter states', MATTER_STATES, MATTER_STATE_LABELS],
  ['matter actions', MATTER_ACTION_TYPES, MATTER_ACTION_LABELS],
  ['escalation levels', ESCALATION_LEVELS, ESCALATION_LEVEL_LABELS],
  ['escalation reasons', ESCALATION_REASONS, ESCALATION_REASON_LABELS],
  ['matter sub-types', MATTER_SUBTYPE_VALUES, MATTER_SUBTYPE_LABELS],
  ['urgencies', MATTER_URGENCIES, MATTER_URGENCY_LABELS],
  ['natures', MATTER_NATURES, MATTER_NATURE_LABELS],
  ['supervision stages', SUPERVISION_STAGES, SUPERVISION_STAGE_LABELS],
  ['petition levels', PETITION_LEVELS, PETITION_LEVEL_LABELS],
  ['attachment kinds', ATTACHMENT_KINDS, ATTACHMENT_KIND_LABELS],
  ['callback ratings', SATISFACTION_RATINGS, SATISFACTION_LABELS],
];

describe('labels', () => {
  it.each(TABLES)(
    'name every one of the %s in Chinese, English and Tibetan, and nothing else',
    (_, values, labels) => {
      expect(Object.keys(labels).sort()).toEqual([...values].sort());
      for (const value of values) {
        expect(labels[value]?.zh.trim()).not.toBe('');
        expect(labels[value]?.en.trim()).not.toBe('');
        expect(labels[value]?.bo?.trim() ?? '').not.toBe('');
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

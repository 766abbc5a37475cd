import { describe, expect, it } from 'vitest';
import type { Labels } from '../shared/labels.js';
import { COLLECTION_KINDS, FIELD_DATATYPES } from './collection.js';
import {
  HOUSING_OWNER_KINDS,
  HOUSING_TYPES,
  HOUSING_USES,
  ORGANISATION_TYPES,
  RELATIONS_TO_HEAD,
  RESIDENCE_STATUSES,
} from './registry.js';
import {
  COLLECTION_KIND_LABELS,
  FIELD_DATATYPE_LABELS,
  HOUSING_OWNER_KIND_LABELS,
  HOUSING_TYPE_LABELS,
  HOUSING_USE_LABELS,
  ORGANISATION_TYPE_LABELS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
} from './registry.labels.js';

const TABLES: readonly (readonly [string, readonly string[], Readonly<Record<string, Labels>>])[] = [
  ['relations to the head', RELATIONS_TO_HEAD, RELATION_TO_HEAD_LABELS],
  ['residence statuses', RESIDENCE_STATUSES, RESIDENCE_STATUS_LABELS],
  ['housing types', HOUSING_TYPES, HOUSING_TYPE_LABELS],
  ['housing uses', HOUSING_USES, HOUSING_USE_LABELS],
  ['housing owner kinds', HOUSING_OWNER_KINDS, HOUSING_OWNER_KIND_LABELS],
  ['organisation types', ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS],
  ['collection kinds', COLLECTION_KINDS, COLLECTION_KIND_LABELS],
  ['field data types', FIELD_DATATYPES, FIELD_DATATYPE_LABELS],
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

  it('name the six collection kinds 人、地、事、物、组织、房租', () => {
    expect(COLLECTION_KINDS.map((k) => COLLECTION_KIND_LABELS[k].zh).join('、')).toBe(
      '人、地、事、物、组织、房租',
    );
  });
});

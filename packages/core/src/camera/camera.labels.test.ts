import { describe, expect, it } from 'vitest';
import type { Labels } from '../shared/labels.js';
import { CAMERA_STATUSES, DEVICE_TYPE_CLASSES, SITE_CATEGORIES } from './camera.js';
import {
  CAMERA_STATUS_LABELS,
  DEVICE_TYPE_CLASS_LABELS,
  DEVICE_TYPE_LABELS,
  SITE_CATEGORY_LABELS,
} from './camera.labels.js';
import { deviceTypeClassOf } from './device-id.rules.js';

const TABLES: readonly (readonly [string, readonly string[], Readonly<Record<string, Labels>>])[] = [
  ['site categories', SITE_CATEGORIES, SITE_CATEGORY_LABELS],
  ['camera statuses', CAMERA_STATUSES, CAMERA_STATUS_LABELS],
  ['device type classes', DEVICE_TYPE_CLASSES, DEVICE_TYPE_CLASS_LABELS],
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

  it('name only defined device type codes', () => {
    for (const code of Object.keys(DEVICE_TYPE_LABELS)) expect(deviceTypeClassOf(code)).not.toBeNull();
  });
});

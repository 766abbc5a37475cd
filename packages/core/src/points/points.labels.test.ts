import { describe, expect, it } from 'vitest';
import { POINT_EVENT_KINDS } from './points.js';
import { POINT_EVENT_KIND_LABELS } from './points.labels.js';

describe('labels', () => {
  it('name every points event kind in Chinese and English, and nothing else', () => {
    expect(Object.keys(POINT_EVENT_KIND_LABELS).sort()).toEqual([...POINT_EVENT_KINDS].sort());
    for (const kind of POINT_EVENT_KINDS) {
      expect(POINT_EVENT_KIND_LABELS[kind].zh.trim()).not.toBe('');
      expect(POINT_EVENT_KIND_LABELS[kind].en.trim()).not.toBe('');
    }
  });
});

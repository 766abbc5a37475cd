import { describe, expect, it } from 'vitest';
import type { CalendarDate } from '../shared/date.js';
import {
  catalogueInForce,
  cataloguesOfKind,
  createPointsCatalogue,
  createShopItem,
  reviseCatalogue,
} from './catalogue.rules.js';
import type { PointRuleItem, PointsCatalogue } from './points.js';

const VILLAGE = '542526201203';

const ROTATION: PointRuleItem = {
  code: 'ROTATION',
  label: {
    zh: '按时轮牧、草畜平衡',
    en: 'Keeps the grazing rotation',
    bo: 'དུས་ལྟར་རྩྭ་ཐང་བརྗེ་རེས་དང་རྩྭ་ཕྱུགས་དོ་མཉམ།',
  },
  points: 10,
};
const SCHOOL: PointRuleItem = {
  code: 'SCHOOL',
  label: {
    zh: '适龄子女按时入学',
    en: 'Sends school-age children to school',
    bo: 'ལོ་ཚད་ལྡན་པའི་བུ་ཕྲུག་དུས་ལྟར་སློབ་གྲྭར་འཛུལ་བ།',
  },
  points: 5,
};
const LITTER: PointRuleItem = {
  code: 'LITTER',
  label: { zh: '乱扔垃圾', en: 'Litters', bo: 'གད་སྙིགས་གང་བྱུང་དུ་འཕེན་པ།' },
  points: -3,
};

const V1: PointsCatalogue = {
  villageCode: VILLAGE,
  version: 1,
  effectiveFrom: '2024-01-01' as CalendarDate,
  items: [ROTATION, SCHOOL, LITTER],
};

function must<T>(result: { ok: true; value: T } | { ok: false; error: { code: string } }): T {
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('a points catalogue', () => {
  it('lists items from the village rules, each worth plus or minus points', () => {
    const catalogue = must(createPointsCatalogue(V1));
    expect(catalogue.items.map((i) => i.points)).toEqual([10, 5, -3]);
  });

  it.each([0, 1.5, 1001, -1001])('refuses an item worth %s points', (points) => {
    const result = createPointsCatalogue({ ...V1, items: [{ ...ROTATION, points }] });
    expect(!result.ok && result.error).toMatchObject({
      code: 'POINTS.ITEM_POINTS',
      field: ['items', '0', 'points'],
    });
  });

  it('refuses two items with the same code', () => {
    const result = createPointsCatalogue({
      ...V1,
      items: [...V1.items, { ...SCHOOL, code: ' ROTATION ' }],
    });
    expect(!result.ok && result.error).toMatchObject({
      code: 'POINTS.ITEM_CODE_DUPLICATE',
      field: ['items', '3', 'code'],
    });
  });

  it('belongs to a village, not a township or grid', () => {
    for (const villageCode of ['542526201', '542526201203001']) {
      const result = createPointsCatalogue({ ...V1, villageCode });
      expect(!result.ok && result.error.code).toBe('POINTS.VILLAGE_CODE');
    }
  });

  it('needs items, a label and a positive version', () => {
    expect(!createPointsCatalogue({ ...V1, items: [] }).ok).toBe(true);
    const label = createPointsCatalogue({
      ...V1,
      items: [{ code: 'X', label: { zh: '', en: 'x', bo: 'x' }, points: 1 }],
    });
    expect(!label.ok && label.error.field).toEqual(['items', '0', 'label']);
    const version = createPointsCatalogue({ ...V1, version: 0 });
    expect(!version.ok && version.error.code).toBe('POINTS.VERSION');
  });
});

describe('catalogue versions', () => {
  const v2: PointsCatalogue = {
    ...V1,
    version: 2,
    effectiveFrom: '2025-01-01' as CalendarDate,
    items: [{ code: 'ROTATION', label: ROTATION.label, points: 12 }],
  };

  it('follow each other with the next number and a later date', () => {
    const history = must(reviseCatalogue(must(reviseCatalogue([], V1)), v2));
    expect(history.map((c) => c.version)).toEqual([1, 2]);
  });

  it('refuse a skipped number, an earlier date or another village', () => {
    const history = must(reviseCatalogue([], V1));
    expect(!reviseCatalogue(history, { ...v2, version: 3 }).ok).toBe(true);
    const early = reviseCatalogue(history, { ...v2, effectiveFrom: '2024-01-01' as CalendarDate });
    expect(!early.ok && early.error.code).toBe('POINTS.EFFECTIVE_DATE');
    const other = reviseCatalogue(history, { ...v2, villageCode: '542526201204' });
    expect(!other.ok && other.error.code).toBe('POINTS.OTHER_VILLAGE');
    expect(!reviseCatalogue([], v2).ok).toBe(true);
  });

  it('put in force the latest version effective on a day', () => {
    const history = [V1, v2];
    expect(catalogueInForce(history, '2023-12-31' as CalendarDate)).toBeNull();
    expect(catalogueInForce(history, '2024-12-31' as CalendarDate)?.version).toBe(1);
    expect(catalogueInForce(history, '2025-01-01' as CalendarDate)?.version).toBe(2);
  });

  it('keep, for an award, only the items that give points, and for a deduction those that take them', () => {
    const history = [V1, v2];
    expect(cataloguesOfKind(history, 'AWARD').map((c) => c.items.map((i) => i.code))).toEqual([
      ['ROTATION', 'SCHOOL'],
      ['ROTATION'],
    ]);
    expect(
      cataloguesOfKind(history, 'DEDUCTION').map((c) => [c.version, c.items.map((i) => i.code)]),
    ).toEqual([
      [1, ['LITTER']],
      [2, []],
    ]);
  });
});

describe('a points-shop item', () => {
  it('costs a positive whole number of points', () => {
    const item = { code: 'TEA', label: { zh: '砖茶', en: 'Brick tea', bo: 'ཇ་' }, price: 20 };
    expect(must(createShopItem(item))).toEqual(item);
    for (const price of [0, -5, 2.5, 100_001]) {
      const result = createShopItem({ ...item, price });
      expect(!result.ok && result.error.code).toBe('POINTS.PRICE');
    }
  });
});

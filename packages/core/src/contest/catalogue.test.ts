import { describe, expect, it } from 'vitest';
import { NAGQU_CONTEST_CATALOGUE } from './catalogue.js';
import { CONTEST_SECTIONS } from './contest.js';
import { checkMarkingScheme } from './scoring.rules.js';

describe('the catalogue of 乡村振兴 那曲奋进', () => {
  const { categories, items } = NAGQU_CONTEST_CATALOGUE;

  it('has 4 sections, 14 categories and 31 items, every item in a category of a section', () => {
    expect(new Set(categories.map((c) => c.section))).toEqual(new Set(CONTEST_SECTIONS));
    expect(categories).toHaveLength(14);
    expect(items).toHaveLength(31);
    expect(new Set(items.map((i) => i.code)).size).toBe(31);
    for (const item of items) expect(categories.map((c) => c.code)).toContain(item.categoryCode);
  });

  it('marks every item the article does not name as synthetic', () => {
    expect(items.filter((i) => !i.synthetic).map((i) => i.label.zh)).toEqual([
      '爱国歌舞',
      '“最美家乡”手机摄影',
      '建筑技能',
      '藏装缝纫',
      '编织',
      '奶制品加工',
    ]);
  });

  it('has marking schemes that weigh 100', () => {
    for (const item of items) {
      if (item.scoring.kind === 'MARKING_SCHEME')
        expect(checkMarkingScheme(item.scoring.sections).ok).toBe(true);
    }
  });
});

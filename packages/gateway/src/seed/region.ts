import { TIBET_REGION_LIST_REVISION, tibetRegions } from '@grassroots/fixtures';
import { pinyinKey } from '../pinyin.js';
import { type FixtureSet, insertRows } from './load.js';

export const regionFixtures: FixtureSet = {
  name: 'regions',
  version: TIBET_REGION_LIST_REVISION,
  seed: 0,
  load: (tx, progress) => {
    // Parents before children, so every foreign key points at a row already there.
    const rows = [...tibetRegions()].sort(
      (a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code),
    );
    return insertRows(
      tx,
      'Region',
      rows.map((region) => ({
        code: region.code,
        level: region.level,
        parentCode: region.parentCode,
        nameZh: region.nameZh,
        nameBo: region.nameBo,
        nameEn: region.nameEn,
        namePinyin: pinyinKey(region.nameZh),
        synthetic: region.synthetic,
        revision: TIBET_REGION_LIST_REVISION,
      })),
      progress,
    );
  },
};

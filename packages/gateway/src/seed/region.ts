import { checkFixtureScale, scaledRegions, TIBET_REGION_LIST_REVISION } from '@grassroots/fixtures';
import { pinyinKey } from '../pinyin.js';
import { type FixtureSet, insertRows } from './load.js';
import { scaledVersion } from './scale.js';

/**
 * The region tree of Tibet; at `scale` k also the counties, townships and villages of the k − 1
 * synthetic copies of 改则县 (fixtures' `scaledRegions`).
 */
export function regionFixturesAt(scale: number): FixtureSet {
  checkFixtureScale(scale);
  return {
    name: 'regions',
    version: scaledVersion(TIBET_REGION_LIST_REVISION, scale),
    seed: 0,
    load: (tx, progress) => {
      // Parents before children, so every foreign key points at a row already there.
      const rows = [...scaledRegions(scale)].sort(
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
          nameBoSource: region.nameBoSource,
          nameEn: region.nameEn,
          namePinyin: pinyinKey(region.nameZh),
          synthetic: region.synthetic,
          revision: TIBET_REGION_LIST_REVISION,
        })),
        progress,
      );
    },
  };
}

/** The region tree of Tibet, as the article's data needs it. */
export const regionFixtures: FixtureSet = regionFixturesAt(1);

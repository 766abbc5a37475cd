import { TIBET_REGION_LIST_REVISION, tibetRegions } from '@grassroots/fixtures';
import { pinyin } from 'pinyin-pro';
import { type FixtureSet, insertChunked } from './load.js';

/** Lower-case, space-free pinyin used as the sort and search key for Chinese names. */
export function sortKey(chineseName: string): string {
  return pinyin(chineseName, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase();
}

export const regionFixtures: FixtureSet = {
  name: 'regions',
  version: TIBET_REGION_LIST_REVISION,
  seed: 0,
  load: (tx, progress) => {
    // Parents before children, so every foreign key points at a row already there.
    const rows = [...tibetRegions()].sort(
      (a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code),
    );
    return insertChunked(
      rows,
      (chunk) =>
        tx.region.createMany({
          data: chunk.map((region) => ({
            code: region.code,
            level: region.level,
            parentCode: region.parentCode,
            nameZh: region.nameZh,
            nameBo: region.nameBo,
            nameEn: region.nameEn,
            namePinyin: sortKey(region.nameZh),
            synthetic: region.synthetic,
            revision: TIBET_REGION_LIST_REVISION,
          })),
        }),
      progress,
    );
  },
};

import { pinyin } from 'pinyin-pro';

// SQLite and PostgreSQL collate Chinese differently, so names are sorted and searched by pinyin
// columns computed when a row is written.

/** Lower-case, toneless pinyin without spaces: the sort and search key of a Chinese name. */
export function pinyinKey(chinese: string): string {
  return pinyin(chinese, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase();
}

/** The initials of a Chinese name's syllables, for example "zxcr" for 扎西次仁. */
export function pinyinInitials(chinese: string): string {
  return pinyin(chinese, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase();
}

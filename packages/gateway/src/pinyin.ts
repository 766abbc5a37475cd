import { createRequire } from 'node:module';

// pinyin-pro's dictionary costs a serving gateway about 12 MB resident (issue 11, docs/bench.md),
// and a gateway that only reads never converts a name: it is loaded on the first conversion.
const require = createRequire(import.meta.url);
let loaded: typeof import('pinyin-pro') | undefined;
function pinyinPro(): typeof import('pinyin-pro') {
  loaded ??= require('pinyin-pro') as typeof import('pinyin-pro');
  return loaded;
}

// SQLite and PostgreSQL collate Chinese differently, so names are sorted and searched by pinyin
// columns computed when a row is written.

// Names repeat (a county's Tibetan names are drawn from a few hundred parts), and a bulk load
// converts tens of thousands: each distinct name is converted once. Bounded, so a long-running
// gateway that registers people one by one does not grow it without end.
const MEMO_LIMIT = 50_000;

function memoised(convert: (chinese: string) => string): (chinese: string) => string {
  const memo = new Map<string, string>();
  return (chinese) => {
    let value = memo.get(chinese);
    if (value === undefined) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      value = convert(chinese);
      memo.set(chinese, value);
    }
    return value;
  };
}

/** Lower-case, toneless pinyin without spaces: the sort and search key of a Chinese name. */
export const pinyinKey = memoised((chinese) =>
  pinyinPro()
    .pinyin(chinese, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true })
    .join('')
    .toLowerCase(),
);

/** The initials of a Chinese name's syllables, for example "zxcr" for 扎西次仁. */
export const pinyinInitials = memoised((chinese) =>
  pinyinPro()
    .pinyin(chinese, { pattern: 'first', toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .join('')
    .toLowerCase(),
);

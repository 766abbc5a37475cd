// The name of a place or thing in the caller's language, on core's label rule (labelFor).
import { type Locale, labelFor } from '@grassroots/core';

/** A row with names in Chinese and, where known, Tibetan and English. */
export interface NamedRow {
  readonly nameZh: string;
  readonly nameBo?: string | null;
  readonly nameEn?: string | null;
}

/**
 * The row's name in `locale`. A label set always has Tibetan (core's rule), but a stored name may not
 * yet: a village whose Tibetan name nobody has written, a Han resident's name. Such a row shows its
 * Chinese name under Tibetan, and its Chinese name under English where it has no English one.
 */
export function localName(row: NamedRow, locale: Locale): string {
  return labelFor({ zh: row.nameZh, en: row.nameEn ?? row.nameZh, bo: row.nameBo ?? row.nameZh }, locale);
}

// The name of a place or thing in the caller's language, on core's label rule (labelFor).
import { type Locale, labelFor } from '@grassroots/core';

/** A row with names in Chinese and, where known, Tibetan and English. */
export interface NamedRow {
  readonly nameZh: string;
  readonly nameBo?: string | null;
  readonly nameEn?: string | null;
}

/**
 * The row's name in `locale`. Tibetan falls back to Chinese (core's rule); English falls back to
 * Chinese where a row has no English name.
 */
export function localName(row: NamedRow, locale: Locale): string {
  return labelFor(
    { zh: row.nameZh, en: row.nameEn ?? row.nameZh, ...(row.nameBo ? { bo: row.nameBo } : {}) },
    locale,
  );
}

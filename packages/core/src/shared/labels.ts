/**
 * A language the system shows labels in: Simplified Chinese (the working language of the offices),
 * English (for outside users) and Tibetan (བོད་ཡིག).
 */
export type Locale = 'zh-CN' | 'en' | 'bo';

/** Every supported locale, the default first. */
export const LOCALES: readonly Locale[] = ['zh-CN', 'en', 'bo'];

/** The locale used when a caller names none we support. */
export const DEFAULT_LOCALE: Locale = 'zh-CN';

/**
 * The display names of one enum value, in every language we label in. Tibetan is required: the
 * counties' offices serve Tibetan-speaking residents, and a label set without Tibetan would show
 * them Chinese without anyone noticing.
 */
export interface Labels {
  readonly zh: string;
  readonly en: string;
  readonly bo: string;
}

/** The label to show in `locale`. */
export function labelFor(labels: Labels, locale: Locale): string {
  switch (locale) {
    case 'en':
      return labels.en;
    case 'bo':
      return labels.bo;
    case 'zh-CN':
      return labels.zh;
  }
}

// A language range of RFC 9110 §12.5.4 with its quality; the primary subtag decides our locale.
const LANGUAGE_RANGE = /^([A-Za-z]{1,8}|\*)(?:-[A-Za-z0-9]{1,8})*$/;
const QUALITY = /^[qQ]=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/;

function localeOfRange(range: string): Locale | null {
  const primary = range.split('-')[0]?.toLowerCase();
  if (primary === 'zh') return 'zh-CN';
  if (primary === 'en') return 'en';
  if (primary === 'bo') return 'bo';
  return null;
}

/**
 * Chooses the locale for an HTTP `Accept-Language` header: the supported language with the highest
 * quality wins (earlier entries win ties); `zh-CN` when the header is missing, malformed or names
 * no supported language. Any Chinese variant maps to `zh-CN`, the only Chinese we label in.
 */
export function parseLocale(acceptLanguage: string | undefined | null): Locale {
  if (acceptLanguage === undefined || acceptLanguage === null) return DEFAULT_LOCALE;
  let best: { readonly locale: Locale; readonly quality: number } | null = null;
  for (const entry of acceptLanguage.split(',')) {
    const [rangePart, ...parameters] = entry.split(';').map((part) => part.trim());
    if (rangePart === undefined || !LANGUAGE_RANGE.test(rangePart)) continue;
    let quality = 1;
    for (const parameter of parameters) {
      const match = QUALITY.exec(parameter);
      if (match?.[1] !== undefined) quality = Number(match[1]);
    }
    const locale = localeOfRange(rangePart);
    if (locale === null || quality <= 0) continue;
    if (best === null || quality > best.quality) best = { locale, quality };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

/** Whether `text` is exactly one of the supported locale tags. */
export function isLocale(text: string): text is Locale {
  return (LOCALES as readonly string[]).includes(text);
}

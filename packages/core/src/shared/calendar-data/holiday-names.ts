import type { BilingualText } from '../errors.js';
import type { Labels } from '../labels.js';

// The notices name their holidays in Chinese (the data adds English), never in Tibetan, so the
// Tibetan of each holiday is kept here, by its Chinese name, and added wherever a holiday is named:
// the committed notices, the rules' provisional days and the official schedules an operator loads.

/** The Tibetan name of each holiday a notice may announce, by its Chinese name (no closing shad). */
export const HOLIDAY_NAMES_BO: Readonly<Record<string, string>> = {
  元旦: 'སྤྱི་ལོའི་ལོ་གསར',
  春节: 'རྒྱ་ལོ་གསར',
  清明节: 'ཆིང་མིང་དུས་ཆེན',
  劳动节: 'ངལ་རྩོལ་དུས་ཆེན',
  端午节: 'ཏོན་ཝུའུ་དུས་ཆེན',
  中秋节: 'ཟླ་བ་བརྒྱད་པའི་ཚེས་བཅོ་ལྔའི་དུས་ཆེན',
  国庆节: 'རྒྱལ་ཁབ་དབུ་བརྙེས་དུས་ཆེན',
  藏历新年: 'བོད་ལོ་གསར',
  雪顿节: 'ཞོ་སྟོན་དུས་ཆེན',
};

/**
 * The Tibetan of a holiday's name: a notice's joint name (中秋节、国庆节) gives each of its holidays
 * joined by དང་, closed by a shad; `null` when one of them is not in {@link HOLIDAY_NAMES_BO}.
 */
export function holidayNameBo(zh: string): string | null {
  const parts = zh.split('、').map((part) => HOLIDAY_NAMES_BO[part.trim()]);
  if (parts.some((part) => part === undefined)) return null;
  return `${parts.join('་དང་')}།`;
}

/**
 * A holiday's name in every language, for a name the table covers; committed data naming a holiday
 * it does not cover is a bug (the calendar tests build every entry).
 */
export function holidayLabels(name: BilingualText): Labels {
  const bo = holidayNameBo(name.zh);
  if (bo === null) throw new Error(`calendar data: no Tibetan name for the holiday ${name.zh}`);
  return { zh: name.zh, en: name.en, bo };
}

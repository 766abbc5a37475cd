import type { Labels } from '../shared/labels.js';

/** The ethnic groups (民族) living in the counties the system serves. */
export type Ethnicity = 'TIBETAN' | 'HAN' | 'HUI' | 'MONBA' | 'LHOBA';

/** Every ethnicity, in the order of their GB/T 3304 codes. */
export const ETHNICITIES: readonly Ethnicity[] = ['HAN', 'HUI', 'TIBETAN', 'MONBA', 'LHOBA'];

/**
 * Numeric codes of GB/T 3304-1991《中国各民族名称的罗马字母拼写法和代码》, the codes household
 * registers and ID-card systems store.
 */
export const ETHNICITY_CODES: Readonly<Record<Ethnicity, string>> = {
  HAN: '01',
  HUI: '03',
  TIBETAN: '04',
  MONBA: '54',
  LHOBA: '55',
};

/** Display names; the English forms are GB/T 3304's romanisations (Zang is written Tibetan here). */
export const ETHNICITY_LABELS: Readonly<Record<Ethnicity, Labels>> = {
  HAN: { zh: '汉族', en: 'Han', bo: 'རྒྱ་རིགས།' },
  HUI: { zh: '回族', en: 'Hui', bo: 'ཧུའེ་རིགས།' },
  TIBETAN: { zh: '藏族', en: 'Tibetan', bo: 'བོད་རིགས།' },
  MONBA: { zh: '门巴族', en: 'Monba', bo: 'མོན་པ།' },
  LHOBA: { zh: '珞巴族', en: 'Lhoba', bo: 'ལྷོ་པ།' },
};

export function isEthnicity(text: string): text is Ethnicity {
  return (ETHNICITIES as readonly string[]).includes(text);
}

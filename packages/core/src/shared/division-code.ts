import type { Labels } from './labels.js';
import { err, ok, type Result } from './result.js';
import { REGION_CODE_ERRORS, type RegionCodeError } from './shared.errors.js';

/**
 * A region code (区划代码): 6 digits for province, prefecture and county (GB/T 2260: `540000`,
 * `542500`, `542526`), 9 for a township (`542526100`), 12 for a village or community
 * (`542526100201`, the statistical code of 国统字〔2009〕91号) and 15 for a grid (village code + a
 * 3-digit sequence, `542526100201001`).
 *
 * Built only by {@link parseRegionCode} and {@link gridCode}, so every value is well formed. Whether a
 * code exists is a question for a dated code list, not for this module.
 */
export type RegionCode = string & { readonly __brand: 'RegionCode' };

/** The level of the administrative tree a region code names. */
export type RegionLevel = 'PROVINCE' | 'PREFECTURE' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' | 'GRID';

/** The levels from the top of the tree down. */
export const REGION_LEVELS: readonly RegionLevel[] = [
  'PROVINCE',
  'PREFECTURE',
  'COUNTY',
  'TOWNSHIP',
  'VILLAGE',
  'GRID',
];

/** Display names of the region levels. */
export const REGION_LEVEL_LABELS: Readonly<Record<RegionLevel, Labels>> = {
  PROVINCE: { zh: '省级', en: 'Province', bo: 'ཞིང་ཆེན།' },
  PREFECTURE: { zh: '地级', en: 'Prefecture', bo: 'ས་ཁུལ།' },
  COUNTY: { zh: '县级', en: 'County', bo: 'རྫོང་།' },
  TOWNSHIP: { zh: '乡级', en: 'Township', bo: 'ཤང་།' },
  VILLAGE: { zh: '村级', en: 'Village or community', bo: 'གྲོང་ཚོ།' },
  GRID: { zh: '网格', en: 'Grid', bo: 'དྲ་མིག' },
};

/**
 * Where a place's Tibetan-script name comes from, so that a front end can tell a name a reader may
 * rely on from a stand-in: `ESTABLISHED`, the name in official use; `RENDERED`, written by hand from
 * the Tibetan original the Chinese name transcribes, not yet checked by a Tibetan editor;
 * `TRANSLITERATED`, spelt syllable by syllable from the Chinese name's pinyin by a fixed table, which
 * approximates the original at best.
 */
export type TibetanNameSource = 'ESTABLISHED' | 'RENDERED' | 'TRANSLITERATED';

/** The sources of a Tibetan name, the most reliable first. */
export const TIBETAN_NAME_SOURCES: readonly TibetanNameSource[] = [
  'ESTABLISHED',
  'RENDERED',
  'TRANSLITERATED',
];

/** Display names of the sources of a Tibetan name. */
export const TIBETAN_NAME_SOURCE_LABELS: Readonly<Record<TibetanNameSource, Labels>> = {
  ESTABLISHED: { zh: '规范藏文名称', en: 'Established Tibetan name', bo: 'བོད་ཡིག་གི་མིང་ཚད་ལྡན།' },
  RENDERED: {
    zh: '人工译写，待藏文编辑审定',
    en: 'Rendered by hand, not yet checked by a Tibetan editor',
    bo: 'ལག་བྲིས་ཡིག་བསྒྱུར། བོད་ཡིག་རྩོམ་སྒྲིག་པས་ཞུ་དག་བྱས་མེད།',
  },
  TRANSLITERATED: {
    zh: '据汉语拼音音译',
    en: 'Transliterated from the Chinese name',
    bo: 'རྒྱ་ཡིག་གི་མིང་ལས་སྒྲ་བསྒྱུར།',
  },
};

/** The two-digit codes of the provincial-level divisions (GB/T 2260). */
export type ProvinceCode =
  | '11'
  | '12'
  | '13'
  | '14'
  | '15'
  | '21'
  | '22'
  | '23'
  | '31'
  | '32'
  | '33'
  | '34'
  | '35'
  | '36'
  | '37'
  | '41'
  | '42'
  | '43'
  | '44'
  | '45'
  | '46'
  | '50'
  | '51'
  | '52'
  | '53'
  | '54'
  | '61'
  | '62'
  | '63'
  | '64'
  | '65'
  | '71'
  | '81'
  | '82';

/** Names of the provincial-level divisions by their two-digit code (GB/T 2260). */
export const PROVINCE_LABELS: Readonly<Record<ProvinceCode, Labels>> = {
  '11': { zh: '北京市', en: 'Beijing', bo: 'པེ་ཅིན་གྲོང་ཁྱེར།' },
  '12': { zh: '天津市', en: 'Tianjin', bo: 'ཐེན་ཅིན་གྲོང་ཁྱེར།' },
  '13': { zh: '河北省', en: 'Hebei', bo: 'ཧོ་པེ་ཞིང་ཆེན།' },
  '14': { zh: '山西省', en: 'Shanxi', bo: 'ཧྲན་ཞི་ཞིང་ཆེན།' },
  '15': { zh: '内蒙古自治区', en: 'Inner Mongolia', bo: 'ནང་སོག་རང་སྐྱོང་ལྗོངས།' },
  '21': { zh: '辽宁省', en: 'Liaoning', bo: 'ལྷའོ་ཉིང་ཞིང་ཆེན།' },
  '22': { zh: '吉林省', en: 'Jilin', bo: 'ཅི་ལིན་ཞིང་ཆེན།' },
  '23': { zh: '黑龙江省', en: 'Heilongjiang', bo: 'ཧེ་ལུང་ཅང་ཞིང་ཆེན།' },
  '31': { zh: '上海市', en: 'Shanghai', bo: 'ཧྲང་ཧའེ་གྲོང་ཁྱེར།' },
  '32': { zh: '江苏省', en: 'Jiangsu', bo: 'ཅང་སུའུ་ཞིང་ཆེན།' },
  '33': { zh: '浙江省', en: 'Zhejiang', bo: 'ཀྲེ་ཅང་ཞིང་ཆེན།' },
  '34': { zh: '安徽省', en: 'Anhui', bo: 'ཨན་ཧུའེ་ཞིང་ཆེན།' },
  '35': { zh: '福建省', en: 'Fujian', bo: 'ཧྥུ་ཅན་ཞིང་ཆེན།' },
  '36': { zh: '江西省', en: 'Jiangxi', bo: 'ཅང་ཞི་ཞིང་ཆེན།' },
  '37': { zh: '山东省', en: 'Shandong', bo: 'ཧྲན་ཏུང་ཞིང་ཆེན།' },
  '41': { zh: '河南省', en: 'Henan', bo: 'ཧོ་ནན་ཞིང་ཆེན།' },
  '42': { zh: '湖北省', en: 'Hubei', bo: 'ཧུ་པེ་ཞིང་ཆེན།' },
  '43': { zh: '湖南省', en: 'Hunan', bo: 'ཧུ་ནན་ཞིང་ཆེན།' },
  '44': { zh: '广东省', en: 'Guangdong', bo: 'ཀོང་ཏུང་ཞིང་ཆེན།' },
  '45': { zh: '广西壮族自治区', en: 'Guangxi', bo: 'ཀོང་ཞི་ཀྲོང་རིགས་རང་སྐྱོང་ལྗོངས།' },
  '46': { zh: '海南省', en: 'Hainan', bo: 'ཧའེ་ནན་ཞིང་ཆེན།' },
  '50': { zh: '重庆市', en: 'Chongqing', bo: 'ཁྲུང་ཆིང་གྲོང་ཁྱེར།' },
  '51': { zh: '四川省', en: 'Sichuan', bo: 'སི་ཁྲོན་ཞིང་ཆེན།' },
  '52': { zh: '贵州省', en: 'Guizhou', bo: 'ཀུའེ་ཀྲོའུ་ཞིང་ཆེན།' },
  '53': { zh: '云南省', en: 'Yunnan', bo: 'ཡུན་ནན་ཞིང་ཆེན།' },
  '54': { zh: '西藏自治区', en: 'Tibet Autonomous Region', bo: 'བོད་རང་སྐྱོང་ལྗོངས།' },
  '61': { zh: '陕西省', en: 'Shaanxi', bo: 'ཧྲན་ཞི་ཞིང་ཆེན། （ཞི་ཨན།）' },
  '62': { zh: '甘肃省', en: 'Gansu', bo: 'ཀན་སུའུ་ཞིང་ཆེན།' },
  '63': { zh: '青海省', en: 'Qinghai', bo: 'མཚོ་སྔོན་ཞིང་ཆེན།' },
  '64': { zh: '宁夏回族自治区', en: 'Ningxia', bo: 'ཉིང་ཞ་ཧུའེ་རིགས་རང་སྐྱོང་ལྗོངས།' },
  '65': { zh: '新疆维吾尔自治区', en: 'Xinjiang', bo: 'ཞིན་ཅང་ཡུ་གུར་རང་སྐྱོང་ལྗོངས།' },
  '71': { zh: '台湾省', en: 'Taiwan', bo: 'ཐའེ་ཝན་ཞིང་ཆེན།' },
  '81': { zh: '香港特别行政区', en: 'Hong Kong', bo: 'ཞང་ཀང་ཆེད་དམིགས་སྲིད་འཛིན་ཁུལ།' },
  '82': { zh: '澳门特别行政区', en: 'Macao', bo: 'ཨོ་མོན་ཆེད་དམིགས་སྲིད་འཛིན་ཁུལ།' },
};

/** Whether `digits` is the two-digit code of a provincial-level division. */
export function isProvinceCode(digits: string): digits is ProvinceCode {
  return Object.hasOwn(PROVINCE_LABELS, digits);
}

/**
 * Whether a 6-digit text has the shape of a GB/T 2260 code: a real province, and no county digits
 * under a zero prefecture part (`540005` is not a code). Existence needs a dated code list.
 */
export function looksLikeDivisionCode(text: string): boolean {
  return /^\d{6}$/.test(text) && isProvinceCode(text.slice(0, 2)) && !/^\d{2}00(?!00)\d{2}$/.test(text);
}

/**
 * Reads a region code of 6, 9, 12 or 15 digits.
 *
 * Checks the shape only: a real province code, no non-zero part under a zero part in the 6-digit
 * prefix, township, village and grid parts other than `000`, and a prefecture part under every
 * township. Codes of townships directly under a prefecture-level city without counties (东莞市
 * `441900003`) are accepted.
 */
export function parseRegionCode(text: string): Result<RegionCode, RegionCodeError> {
  if (!/^(\d{6}|\d{9}|\d{12}|\d{15})$/.test(text)) return err(REGION_CODE_ERRORS.FORMAT);
  if (!isProvinceCode(text.slice(0, 2))) return err(REGION_CODE_ERRORS.PROVINCE);
  if (!looksLikeDivisionCode(text.slice(0, 6))) return err(REGION_CODE_ERRORS.STRUCTURE);
  if (text.length > 6 && text.slice(2, 4) === '00') return err(REGION_CODE_ERRORS.STRUCTURE);
  for (let start = 6; start < text.length; start += 3) {
    if (text.slice(start, start + 3) === '000') return err(REGION_CODE_ERRORS.STRUCTURE);
  }
  return ok(text as RegionCode);
}

/** Whether `text` is a well-formed region code (see {@link parseRegionCode}). */
export function isRegionCode(text: string): text is RegionCode {
  return parseRegionCode(text).ok;
}

/** The level a region code names; a 6-digit code's level is read from its zero parts. */
export function regionLevel(code: RegionCode): RegionLevel {
  switch (code.length) {
    case 15:
      return 'GRID';
    case 12:
      return 'VILLAGE';
    case 9:
      return 'TOWNSHIP';
    default:
      if (code.endsWith('0000')) return 'PROVINCE';
      return code.endsWith('00') ? 'PREFECTURE' : 'COUNTY';
  }
}

/**
 * The code of the next level up, or `null` for a province. A township directly under a
 * prefecture-level city without counties has that city as its parent.
 */
export function parentRegionCode(code: RegionCode): RegionCode | null {
  switch (regionLevel(code)) {
    case 'PROVINCE':
      return null;
    case 'PREFECTURE':
      return `${code.slice(0, 2)}0000` as RegionCode;
    case 'COUNTY':
      return `${code.slice(0, 4)}00` as RegionCode;
    default:
      return code.slice(0, code.length - 3) as RegionCode;
  }
}

/** The code itself and every ancestor, nearest first, ending at the province. */
export function regionLineage(code: RegionCode): readonly RegionCode[] {
  const lineage: RegionCode[] = [];
  for (let current: RegionCode | null = code; current !== null; current = parentRegionCode(current)) {
    lineage.push(current);
  }
  return lineage;
}

/**
 * Whether the region `code` lies within `ancestor` (a region is within itself). Texts that are not
 * well-formed region codes are within nothing, so a malformed scope never grants access.
 */
export function isWithin(code: string, ancestor: string): boolean {
  const parsed = parseRegionCode(code);
  if (!parsed.ok || !isRegionCode(ancestor)) return false;
  return regionLineage(parsed.value).includes(ancestor);
}

/**
 * The prefix every code within `code` starts with, and no code outside it: region codes nest by
 * prefix once the trailing zeros of a province ("54") or prefecture ("5425") are dropped. A
 * database answers "within this region" as a prefix range, which an index on the code serves.
 */
export function regionScopePrefix(code: RegionCode): string {
  switch (regionLevel(code)) {
    case 'PROVINCE':
      return code.slice(0, 2);
    case 'PREFECTURE':
      return code.slice(0, 4);
    default:
      return code;
  }
}

/**
 * The grid code of the `sequence`-th grid of a village or community: the 12-digit village code plus
 * the sequence as 3 digits (the DB11/T unit-grid layout on the statistical village code; grids are
 * numbered west to east, north to south).
 */
export function gridCode(villageCode: string, sequence: number): Result<RegionCode, RegionCodeError> {
  const village = parseRegionCode(villageCode);
  if (!village.ok) return village;
  if (regionLevel(village.value) !== 'VILLAGE') return err(REGION_CODE_ERRORS.NOT_VILLAGE);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > 999) {
    return err(REGION_CODE_ERRORS.GRID_SEQUENCE);
  }
  return ok(`${village.value}${String(sequence).padStart(3, '0')}` as RegionCode);
}

/** The sequence number of a grid within its village (`542526100201007` → 7), `null` above grid level. */
export function gridSequenceOf(code: RegionCode): number | null {
  return code.length === 15 ? Number(code.slice(12)) : null;
}

/** The 6-digit province code (`540000`) of any region code. */
export function provinceCodeOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * The 6-digit GB/T 2260 code that a longer statistical code starts with: the county for a township,
 * village or grid (`542526100201001` → `542526`); a 6-digit code is returned as it is.
 */
export function countyCodeOf(code: string): string {
  return code.slice(0, 6);
}

/** The 9-digit township code of a township, village or grid code; `null` above township level. */
export function townshipCodeOf(code: string): string | null {
  return code.length >= 9 ? code.slice(0, 9) : null;
}

/** The 12-digit village code of a village or grid code; `null` above village level. */
export function villageCodeOf(code: string): string | null {
  return code.length >= 12 ? code.slice(0, 12) : null;
}

/**
 * Kinds of township-level unit by the range of the township digits (GB/T 10114-2003, 国统字〔2009〕91号):
 * 001–099 街道, 100–199 镇, 200–399 乡, 400–599 类似乡级单位 (development zones, farms and the like).
 */
export type TownshipKind = 'SUBDISTRICT' | 'TOWN' | 'TOWNSHIP' | 'TOWNSHIP_LIKE';

/** Display names of township kinds. */
export const TOWNSHIP_KIND_LABELS: Readonly<Record<TownshipKind, Labels>> = {
  SUBDISTRICT: { zh: '街道', en: 'Subdistrict', bo: 'ཁྲོམ་གཞུང་།' },
  TOWN: { zh: '镇', en: 'Town', bo: 'གྲོང་རྡལ།' },
  TOWNSHIP: { zh: '乡', en: 'Township', bo: 'ཤང་།' },
  TOWNSHIP_LIKE: {
    zh: '类似乡级单位',
    en: 'Township-level unit (development zone, farm)',
    bo: 'ཤང་རིམ་པ་དང་འདྲ་བའི་ལས་ཁུངས།',
  },
};

/**
 * The kind of township a township, village or grid code lies in, from its township digits; `null`
 * above township level or when the digits fall outside the published ranges.
 */
export function townshipKindOf(code: string): TownshipKind | null {
  if (code.length < 9) return null;
  const digits = Number(code.slice(6, 9));
  if (digits >= 1 && digits <= 99) return 'SUBDISTRICT';
  if (digits >= 100 && digits <= 199) return 'TOWN';
  if (digits >= 200 && digits <= 399) return 'TOWNSHIP';
  if (digits >= 400 && digits <= 599) return 'TOWNSHIP_LIKE';
  return null;
}

/**
 * Kinds of village-level unit by the range of the village digits (国统字〔2009〕91号): 001–199 居民委员会,
 * 200–399 村民委员会, 400–499 类似居委会, 500–599 类似村委会 (498 and 598 are virtual units).
 */
export type VillageKind =
  | 'RESIDENTS_COMMITTEE'
  | 'VILLAGERS_COMMITTEE'
  | 'RESIDENTS_COMMITTEE_LIKE'
  | 'VILLAGERS_COMMITTEE_LIKE';

/** Display names of village kinds. */
export const VILLAGE_KIND_LABELS: Readonly<Record<VillageKind, Labels>> = {
  RESIDENTS_COMMITTEE: {
    zh: '居民委员会',
    en: "Residents' committee (community)",
    bo: 'སྡོད་དམངས་ཨུ་ཡོན་ལྷན་ཁང་། （སྡོད་ཁུལ།）',
  },
  VILLAGERS_COMMITTEE: {
    zh: '村民委员会',
    en: "Villagers' committee (village)",
    bo: 'གྲོང་མི་ཨུ་ཡོན་ལྷན་ཁང་། （གྲོང་ཚོ།）',
  },
  RESIDENTS_COMMITTEE_LIKE: {
    zh: '类似居民委员会',
    en: "Unit similar to a residents' committee",
    bo: 'སྡོད་དམངས་ཨུ་ཡོན་ལྷན་ཁང་དང་འདྲ་བའི་ལས་ཁུངས།',
  },
  VILLAGERS_COMMITTEE_LIKE: {
    zh: '类似村民委员会',
    en: "Unit similar to a villagers' committee",
    bo: 'གྲོང་མི་ཨུ་ཡོན་ལྷན་ཁང་དང་འདྲ་བའི་ལས་ཁུངས།',
  },
};

/**
 * The kind of village-level unit a village or grid code lies in, from its village digits; `null`
 * above village level or when the digits fall outside the published ranges.
 */
export function villageKindOf(code: string): VillageKind | null {
  if (code.length < 12) return null;
  const digits = Number(code.slice(9, 12));
  if (digits >= 1 && digits <= 199) return 'RESIDENTS_COMMITTEE';
  if (digits >= 200 && digits <= 399) return 'VILLAGERS_COMMITTEE';
  if (digits >= 400 && digits <= 499) return 'RESIDENTS_COMMITTEE_LIKE';
  if (digits >= 500 && digits <= 599) return 'VILLAGERS_COMMITTEE_LIKE';
  return null;
}

/**
 * The urban–rural classification codes (城乡分类代码) of the statistical division list: the first
 * digit 1 is urban, 2 rural.
 */
export type UrbanRuralClass = '111' | '112' | '121' | '122' | '123' | '210' | '220';

/** Display names of the urban–rural classes. */
export const URBAN_RURAL_CLASS_LABELS: Readonly<Record<UrbanRuralClass, Labels>> = {
  '111': { zh: '主城区', en: 'Main urban area', bo: 'གྲོང་ཁྱེར་གཙོ་ཁུལ།' },
  '112': { zh: '城乡结合区', en: 'Urban–rural fringe', bo: 'གྲོང་ཁྱེར་དང་གྲོང་གསེབ་མཐུད་ས།' },
  '121': { zh: '镇中心区', en: 'Town centre', bo: 'གྲོང་རྡལ་ལྟེ་བའི་ཁུལ།' },
  '122': { zh: '镇乡结合区', en: 'Town–rural fringe', bo: 'གྲོང་རྡལ་དང་ཤང་མཐུད་ས།' },
  '123': { zh: '特殊区域', en: 'Special area', bo: 'དམིགས་བསལ་ས་ཁུལ།' },
  '210': { zh: '乡中心区', en: 'Township centre', bo: 'ཤང་གི་ལྟེ་བའི་ཁུལ།' },
  '220': { zh: '村庄', en: 'Village', bo: 'གྲོང་ཚོ།' },
};

/** Whether `text` is one of the published urban–rural class codes. */
export function isUrbanRuralClass(text: string): text is UrbanRuralClass {
  return Object.hasOwn(URBAN_RURAL_CLASS_LABELS, text);
}

/** Whether an urban–rural class is urban (城镇, first digit 1) rather than rural (乡村). */
export function isUrbanClass(urbanRuralClass: UrbanRuralClass): boolean {
  return urbanRuralClass.startsWith('1');
}

import type { Labels } from '../shared/labels.js';

/**
 * The ethnic groups (民族) of GB/T 3304-1991《中国各民族名称的罗马字母拼写法和代码》: the 56
 * recognised groups, `OTHER` (97, 其他: the groups not yet recognised, such as the 穿青人 of
 * Guizhou, whose registers record them there) and `FOREIGN_ORIGIN` (98, 外国血统中国籍人士: Chinese
 * citizens of foreign descent). The names are the standard's romanisations in capitals, except
 * Zang, which is `TIBETAN` (the name the stored data has always used).
 */
export type Ethnicity =
  | 'HAN'
  | 'MONGOL'
  | 'HUI'
  | 'TIBETAN'
  | 'UYGUR'
  | 'MIAO'
  | 'YI'
  | 'ZHUANG'
  | 'BUYEI'
  | 'CHOSEN'
  | 'MAN'
  | 'DONG'
  | 'YAO'
  | 'BAI'
  | 'TUJIA'
  | 'HANI'
  | 'KAZAK'
  | 'DAI'
  | 'LI'
  | 'LISU'
  | 'VA'
  | 'SHE'
  | 'GAOSHAN'
  | 'LAHU'
  | 'SUI'
  | 'DONGXIANG'
  | 'NAXI'
  | 'JINGPO'
  | 'KIRGIZ'
  | 'TU'
  | 'DAUR'
  | 'MULAO'
  | 'QIANG'
  | 'BLANG'
  | 'SALAR'
  | 'MAONAN'
  | 'GELAO'
  | 'XIBE'
  | 'ACHANG'
  | 'PUMI'
  | 'TAJIK'
  | 'NU'
  | 'UZBEK'
  | 'RUSS'
  | 'EWENKI'
  | 'DEANG'
  | 'BONAN'
  | 'YUGUR'
  | 'GIN'
  | 'TATAR'
  | 'DERUNG'
  | 'OROQEN'
  | 'HEZHEN'
  | 'MONBA'
  | 'LHOBA'
  | 'JINO'
  | 'OTHER'
  | 'FOREIGN_ORIGIN';

/** One row of GB/T 3304: the two-digit code, the romanised name and the Chinese name. */
export interface EthnicityEntry {
  readonly ethnicity: Ethnicity;
  /** The two-digit numeric code household registers and ID-card systems store. */
  readonly code: string;
  /** The standard's romanisation (`Zang`, `Uygur`, `Chosen`). */
  readonly romanised: string;
  /** The two-letter alphabetic code of the standard. */
  readonly letters: string;
}

// Code, romanisation, letters, in the standard's order.
const TABLE: readonly (readonly [Ethnicity, string, string, string])[] = [
  ['HAN', '01', 'Han', 'HA'],
  ['MONGOL', '02', 'Mongol', 'MG'],
  ['HUI', '03', 'Hui', 'HU'],
  ['TIBETAN', '04', 'Zang', 'ZA'],
  ['UYGUR', '05', 'Uygur', 'UG'],
  ['MIAO', '06', 'Miao', 'MH'],
  ['YI', '07', 'Yi', 'YI'],
  ['ZHUANG', '08', 'Zhuang', 'ZH'],
  ['BUYEI', '09', 'Buyei', 'BY'],
  ['CHOSEN', '10', 'Chosen', 'CS'],
  ['MAN', '11', 'Man', 'MA'],
  ['DONG', '12', 'Dong', 'DO'],
  ['YAO', '13', 'Yao', 'YA'],
  ['BAI', '14', 'Bai', 'BA'],
  ['TUJIA', '15', 'Tujia', 'TJ'],
  ['HANI', '16', 'Hani', 'HN'],
  ['KAZAK', '17', 'Kazak', 'KZ'],
  ['DAI', '18', 'Dai', 'DA'],
  ['LI', '19', 'Li', 'LI'],
  ['LISU', '20', 'Lisu', 'LS'],
  ['VA', '21', 'Va', 'VA'],
  ['SHE', '22', 'She', 'SH'],
  ['GAOSHAN', '23', 'Gaoshan', 'GS'],
  ['LAHU', '24', 'Lahu', 'LH'],
  ['SUI', '25', 'Sui', 'SU'],
  ['DONGXIANG', '26', 'Dongxiang', 'DX'],
  ['NAXI', '27', 'Naxi', 'NX'],
  ['JINGPO', '28', 'Jingpo', 'JP'],
  ['KIRGIZ', '29', 'Kirgiz', 'KG'],
  ['TU', '30', 'Tu', 'TU'],
  ['DAUR', '31', 'Daur', 'DU'],
  ['MULAO', '32', 'Mulao', 'ML'],
  ['QIANG', '33', 'Qiang', 'QI'],
  ['BLANG', '34', 'Blang', 'BL'],
  ['SALAR', '35', 'Salar', 'SL'],
  ['MAONAN', '36', 'Maonan', 'MN'],
  ['GELAO', '37', 'Gelao', 'GL'],
  ['XIBE', '38', 'Xibe', 'XB'],
  ['ACHANG', '39', 'Achang', 'AC'],
  ['PUMI', '40', 'Pumi', 'PM'],
  ['TAJIK', '41', 'Tajik', 'TA'],
  ['NU', '42', 'Nu', 'NU'],
  ['UZBEK', '43', 'Uzbek', 'UZ'],
  ['RUSS', '44', 'Russ', 'RS'],
  ['EWENKI', '45', 'Ewenki', 'EW'],
  ['DEANG', '46', 'Deang', 'DE'],
  ['BONAN', '47', 'Bonan', 'BN'],
  ['YUGUR', '48', 'Yugur', 'YG'],
  ['GIN', '49', 'Gin', 'GI'],
  ['TATAR', '50', 'Tatar', 'TT'],
  ['DERUNG', '51', 'Derung', 'DR'],
  ['OROQEN', '52', 'Oroqen', 'OR'],
  ['HEZHEN', '53', 'Hezhen', 'HZ'],
  ['MONBA', '54', 'Monba', 'MB'],
  ['LHOBA', '55', 'Lhoba', 'LB'],
  ['JINO', '56', 'Jino', 'JN'],
  ['OTHER', '97', 'Other', ''],
  ['FOREIGN_ORIGIN', '98', 'Foreign origin', ''],
];

/** Every row of GB/T 3304, in code order. */
export const ETHNICITY_TABLE: readonly EthnicityEntry[] = TABLE.map(
  ([ethnicity, code, romanised, letters]) => ({
    ethnicity,
    code,
    romanised,
    letters,
  }),
);

/** Every ethnicity, in the order of their GB/T 3304 codes. */
export const ETHNICITIES: readonly Ethnicity[] = TABLE.map(([ethnicity]) => ethnicity);

/** The GB/T 3304 numeric code of each ethnicity. */
export const ETHNICITY_CODES: Readonly<Record<Ethnicity, string>> = Object.fromEntries(
  TABLE.map(([ethnicity, code]) => [ethnicity, code]),
) as Record<Ethnicity, string>;

/**
 * Display names. Chinese: the standard's names. English: the romanisation, with the usual English
 * name where one is established (Tibetan, Mongol, Uyghur, Korean, Manchu, Kazakh, Russian …).
 * Tibetan: the established names where Tibetan has one of its own (རྒྱ་རིགས། Han, སོག་རིགས། Mongol,
 * བོད་རིགས། Tibetan, ཡུ་གུར་རིགས། Uyghur, མོན་པ། Monba, ལྷོ་པ། Lhoba), elsewhere the
 * Chinese name transliterated syllable by syllable after the Chinese–Tibetan transliteration
 * practice of the regional press (marked here, not in the label, as transliterations).
 */
export const ETHNICITY_LABELS: Readonly<Record<Ethnicity, Labels>> = {
  HAN: { zh: '汉族', en: 'Han', bo: 'རྒྱ་རིགས།' },
  MONGOL: { zh: '蒙古族', en: 'Mongol', bo: 'སོག་རིགས།' },
  HUI: { zh: '回族', en: 'Hui', bo: 'ཧུའེ་རིགས།' },
  TIBETAN: { zh: '藏族', en: 'Tibetan', bo: 'བོད་རིགས།' },
  UYGUR: { zh: '维吾尔族', en: 'Uyghur', bo: 'ཡུ་གུར་རིགས།' },
  MIAO: { zh: '苗族', en: 'Miao', bo: 'མའོ་རིགས།' },
  YI: { zh: '彝族', en: 'Yi', bo: 'ཡི་རིགས།' },
  ZHUANG: { zh: '壮族', en: 'Zhuang', bo: 'ཀྲོང་རིགས།' },
  BUYEI: { zh: '布依族', en: 'Buyei', bo: 'པུའུ་དབྱི་རིགས།' },
  CHOSEN: { zh: '朝鲜族', en: 'Korean', bo: 'ཁྲའོ་ཞན་རིགས།' },
  MAN: { zh: '满族', en: 'Manchu', bo: 'མན་རིགས།' },
  DONG: { zh: '侗族', en: 'Dong', bo: 'ཏུང་རིགས།' },
  YAO: { zh: '瑶族', en: 'Yao', bo: 'ཡའོ་རིགས།' },
  BAI: { zh: '白族', en: 'Bai', bo: 'པེ་རིགས།' },
  TUJIA: { zh: '土家族', en: 'Tujia', bo: 'ཐུའུ་ཅ་རིགས།' },
  HANI: { zh: '哈尼族', en: 'Hani', bo: 'ཧ་ནི་རིགས།' },
  KAZAK: { zh: '哈萨克族', en: 'Kazakh', bo: 'ཧ་ས་ཁེ་རིགས།' },
  DAI: { zh: '傣族', en: 'Dai', bo: 'ཐེ་རིགས།' },
  LI: { zh: '黎族', en: 'Li', bo: 'ལི་རིགས།' },
  LISU: { zh: '傈僳族', en: 'Lisu', bo: 'ལི་སུའུ་རིགས།' },
  VA: { zh: '佤族', en: 'Va', bo: 'ཝ་རིགས།' },
  SHE: { zh: '畲族', en: 'She', bo: 'ཧྲེ་རིགས།' },
  GAOSHAN: { zh: '高山族', en: 'Gaoshan', bo: 'ཀའོ་ཧྲན་རིགས།' },
  LAHU: { zh: '拉祜族', en: 'Lahu', bo: 'ལ་ཧུ་རིགས།' },
  SUI: { zh: '水族', en: 'Sui', bo: 'ཧྲུའེ་རིགས།' },
  DONGXIANG: { zh: '东乡族', en: 'Dongxiang', bo: 'ཏུང་ཞང་རིགས།' },
  NAXI: { zh: '纳西族', en: 'Naxi', bo: 'ན་ཞི་རིགས།' },
  JINGPO: { zh: '景颇族', en: 'Jingpo', bo: 'ཅིང་ཕོ་རིགས།' },
  KIRGIZ: { zh: '柯尔克孜族', en: 'Kyrgyz', bo: 'ཁེ་ཨར་ཁེ་ཙི་རིགས།' },
  TU: { zh: '土族', en: 'Tu (Monguor)', bo: 'ཐུའུ་རིགས།' },
  DAUR: { zh: '达斡尔族', en: 'Daur', bo: 'ཏ་ཝོ་ཨར་རིགས།' },
  MULAO: { zh: '仫佬族', en: 'Mulao', bo: 'མུའུ་ལའོ་རིགས།' },
  QIANG: { zh: '羌族', en: 'Qiang', bo: 'ཆང་རིགས།' },
  BLANG: { zh: '布朗族', en: 'Blang', bo: 'པུའུ་ལང་རིགས།' },
  SALAR: { zh: '撒拉族', en: 'Salar', bo: 'ས་ལ་རིགས།' },
  MAONAN: { zh: '毛南族', en: 'Maonan', bo: 'མའོ་ནན་རིགས།' },
  GELAO: { zh: '仡佬族', en: 'Gelao', bo: 'ཀེ་ལའོ་རིགས།' },
  XIBE: { zh: '锡伯族', en: 'Xibe', bo: 'ཞི་པོ་རིགས།' },
  ACHANG: { zh: '阿昌族', en: 'Achang', bo: 'ཨ་ཁྲང་རིགས།' },
  PUMI: { zh: '普米族', en: 'Pumi', bo: 'ཕུའུ་མི་རིགས།' },
  TAJIK: { zh: '塔吉克族', en: 'Tajik', bo: 'ཐ་ཅི་ཁེ་རིགས།' },
  NU: { zh: '怒族', en: 'Nu', bo: 'ནུའུ་རིགས།' },
  UZBEK: { zh: '乌孜别克族', en: 'Uzbek', bo: 'ཝུའུ་ཙི་པེ་ཁེ་རིགས།' },
  RUSS: { zh: '俄罗斯族', en: 'Russian', bo: 'ཨུ་རུ་སུ་རིགས།' },
  EWENKI: { zh: '鄂温克族', en: 'Evenki', bo: 'ཨོ་ཝུན་ཁེ་རིགས།' },
  DEANG: { zh: '德昂族', en: 'Deang', bo: 'ཏེ་ཨང་རིགས།' },
  BONAN: { zh: '保安族', en: 'Bonan', bo: 'པའོ་ཨན་རིགས།' },
  YUGUR: { zh: '裕固族', en: 'Yugur', bo: 'ཡུས་ཀུ་རིགས།' },
  GIN: { zh: '京族', en: 'Gin (Kinh)', bo: 'ཅིང་རིགས།' },
  TATAR: { zh: '塔塔尔族', en: 'Tatar', bo: 'ཐ་ཐ་ཨར་རིགས།' },
  DERUNG: { zh: '独龙族', en: 'Derung', bo: 'ཏུའུ་ལུང་རིགས།' },
  OROQEN: { zh: '鄂伦春族', en: 'Oroqen', bo: 'ཨོ་ལུན་ཁྲུན་རིགས།' },
  HEZHEN: { zh: '赫哲族', en: 'Hezhen', bo: 'ཧོ་ཀྲེ་རིགས།' },
  MONBA: { zh: '门巴族', en: 'Monba', bo: 'མོན་པ།' },
  LHOBA: { zh: '珞巴族', en: 'Lhoba', bo: 'ལྷོ་པ།' },
  JINO: { zh: '基诺族', en: 'Jino', bo: 'ཅི་ནོ་རིགས།' },
  OTHER: { zh: '其他', en: 'Other (not yet recognised)', bo: 'གཞན།' },
  FOREIGN_ORIGIN: {
    zh: '外国血统中国籍人士',
    en: 'Chinese citizen of foreign origin',
    bo: 'ཕྱི་རྒྱལ་རྒྱུད་ཀྱི་ཀྲུང་གོའི་མི་རིགས་ཅན།',
  },
};

/**
 * The ethnicities whose Tibetan label is Tibetan's own name for the group; every other `bo` label
 * is a transliteration of the Chinese name, to be replaced where an established name is found.
 */
export const ETHNICITY_BO_ESTABLISHED: readonly Ethnicity[] = [
  'HAN',
  'MONGOL',
  'TIBETAN',
  'UYGUR',
  'MONBA',
  'LHOBA',
  'OTHER',
];

export function isEthnicity(text: string): text is Ethnicity {
  return Object.hasOwn(ETHNICITY_CODES, text);
}

/** The ethnicity of a GB/T 3304 numeric code (`'04'` → `TIBETAN`), or null. */
export function ethnicityOfCode(code: string): Ethnicity | null {
  return TABLE.find(([, candidate]) => candidate === code)?.[0] ?? null;
}

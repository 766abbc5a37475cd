import type { Fen } from '../shared/money.js';
import type {
  AwardPolicy,
  ContestCatalogue,
  ContestCategory,
  ContestItem,
  MarkingSection,
  ScoringMethod,
} from './contest.js';
import { DEFAULT_TIE_BREAKS } from './contest.js';

// The catalogue of 那曲's programme (乡村振兴 那曲奋进): 4 sections, 14 categories, 31 items. The
// article names construction skills, Tibetan garment sewing, weaving, dairy processing, the 最美家乡
// mobile photography contest and patriotic song and dance; every other item is a plausible stand-in
// and says so (`synthetic`). Programme policy, so it lives here and not in the fixtures.

const TRIMMED: ScoringMethod = { kind: 'TRIMMED_MEAN', minimumJudges: 5 };
const PLAIN: ScoringMethod = { kind: 'PLAIN_MEAN' };
const MEDIAN: ScoringMethod = { kind: 'MEDIAN' };

/** Dairy processing (奶制品加工) marked WorldSkills-style: hygiene and yield measured, product judged. */
export const DAIRY_MARKING: readonly MarkingSection[] = [
  {
    code: 'HYGIENE',
    weight: 20,
    aspects: [
      { code: 'HYGIENE_TOOLS', kind: 'MEASUREMENT', maxMarks: 1000 },
      { code: 'HYGIENE_PROCESS', kind: 'MEASUREMENT', maxMarks: 1000 },
    ],
  },
  {
    code: 'PRODUCT',
    weight: 50,
    aspects: [
      { code: 'PRODUCT_TASTE', kind: 'JUDGEMENT', maxMarks: 2000 },
      { code: 'PRODUCT_TEXTURE', kind: 'JUDGEMENT', maxMarks: 1500 },
      { code: 'PRODUCT_APPEARANCE', kind: 'JUDGEMENT', maxMarks: 1500 },
    ],
  },
  { code: 'YIELD', weight: 30, aspects: [{ code: 'YIELD_RATIO', kind: 'MEASUREMENT', maxMarks: 3000 }] },
];

/** Construction skills (建筑技能): accuracy and safety measured, workmanship judged. */
export const CONSTRUCTION_MARKING: readonly MarkingSection[] = [
  {
    code: 'ACCURACY',
    weight: 40,
    aspects: [{ code: 'ACCURACY_LEVEL', kind: 'MEASUREMENT', maxMarks: 4000 }],
  },
  { code: 'SAFETY', weight: 20, aspects: [{ code: 'SAFETY_PRACTICE', kind: 'MEASUREMENT', maxMarks: 2000 }] },
  {
    code: 'WORKMANSHIP',
    weight: 40,
    aspects: [
      { code: 'WORKMANSHIP_FINISH', kind: 'JUDGEMENT', maxMarks: 2000 },
      { code: 'WORKMANSHIP_JOINTS', kind: 'JUDGEMENT', maxMarks: 2000 },
    ],
  },
];

const CATEGORIES: readonly ContestCategory[] = [
  { code: 'SONG_DANCE', section: 'ARTS_CULTURE', label: { zh: '歌舞', en: 'Song and dance', bo: 'གླུ་གར།' } },
  {
    code: 'PHOTO_VIDEO',
    section: 'ARTS_CULTURE',
    label: { zh: '摄影摄像', en: 'Photography and video', bo: 'པར་ལེན་དང་བརྙན་ལེན།' },
  },
  {
    code: 'RECITAL',
    section: 'ARTS_CULTURE',
    label: { zh: '说唱戏剧', en: 'Recital and drama', bo: 'སྒྲུང་གླུ་དང་ཟློས་གར།' },
  },
  {
    code: 'FINE_ART',
    section: 'ARTS_CULTURE',
    label: { zh: '书画', en: 'Painting and calligraphy', bo: 'ཡི་གེ་དང་རི་མོ།' },
  },
  {
    code: 'SPEECH',
    section: 'LANGUAGE_WRITING',
    label: { zh: '演讲宣讲', en: 'Speeches and talks', bo: 'གཏམ་བཤད་དང་ཁྱབ་བསྒྲགས།' },
  },
  {
    code: 'WRITING',
    section: 'LANGUAGE_WRITING',
    label: { zh: '写作朗诵', en: 'Writing and recitation', bo: 'རྩོམ་འབྲི་དང་ཀློག་འདོན།' },
  },
  {
    code: 'BILINGUAL',
    section: 'LANGUAGE_WRITING',
    label: { zh: '双语应用', en: 'Bilingual skills', bo: 'སྐད་གཉིས་བེད་སྤྱོད།' },
  },
  {
    code: 'HERDING',
    section: 'PRACTICE',
    label: { zh: '农牧生产', en: 'Farming and herding', bo: 'ཞིང་འབྲོག་ཐོན་སྐྱེད།' },
  },
  {
    code: 'LIVING',
    section: 'PRACTICE',
    label: { zh: '人居环境', en: 'Living environment', bo: 'མི་སྡོད་ཁོར་ཡུག' },
  },
  {
    code: 'SPORTS',
    section: 'PRACTICE',
    label: { zh: '民族体育', en: 'Traditional sports', bo: 'མི་རིགས་ལུས་རྩལ།' },
  },
  {
    code: 'BUILDING',
    section: 'VOCATIONAL_SKILLS',
    label: { zh: '建筑施工', en: 'Building', bo: 'འཛུགས་སྐྲུན་ལས་ཀ' },
  },
  {
    code: 'TEXTILES',
    section: 'VOCATIONAL_SKILLS',
    label: { zh: '服装纺织', en: 'Garments and textiles', bo: 'གྱོན་ཆས་དང་འཐག་ལས།' },
  },
  {
    code: 'FOOD',
    section: 'VOCATIONAL_SKILLS',
    label: { zh: '食品加工', en: 'Food processing', bo: 'ཟས་རིགས་ལས་སྣོན།' },
  },
  {
    code: 'SERVICES',
    section: 'VOCATIONAL_SKILLS',
    label: { zh: '维修服务', en: 'Repair and services', bo: 'ཉམས་གསོ་ཞབས་ཞུ།' },
  },
];

function item(
  code: string,
  categoryCode: string,
  zh: string,
  en: string,
  bo: string,
  synthetic: boolean,
  scoring: ScoringMethod = TRIMMED,
  entrants: 'INDIVIDUAL' | 'TEAM' = 'INDIVIDUAL',
): ContestItem {
  return {
    code,
    categoryCode,
    label: { zh, en, bo },
    synthetic,
    entrants,
    scoring,
    tieBreaks: DEFAULT_TIE_BREAKS,
  };
}

const ITEMS: readonly ContestItem[] = [
  item(
    'PATRIOTIC_SONG_DANCE',
    'SONG_DANCE',
    '爱国歌舞',
    'Patriotic song and dance',
    'རྒྱལ་ཁབ་ལ་དགའ་བའི་གླུ་གར།',
    false,
    TRIMMED,
    'TEAM',
  ),
  item('GUOZHUANG_DANCE', 'SONG_DANCE', '锅庄舞', 'Guozhuang circle dance', 'སྒོར་གཞས།', true, TRIMMED, 'TEAM'),
  item(
    'HOMETOWN_PHOTO',
    'PHOTO_VIDEO',
    '“最美家乡”手机摄影',
    '“Most beautiful hometown” mobile photography',
    '“ཕ་ཡུལ་མཛེས་ཤོས”ལག་ཁྱེར་ཁ་པར་གྱི་པར་ལེན།',
    false,
  ),
  item('SHORT_VIDEO', 'PHOTO_VIDEO', '乡村短视频', 'Village short video', 'གྲོང་གསེབ་བརྙན་ཐུང་།', true),
  item('GESAR_RECITAL', 'RECITAL', '格萨尔说唱', 'Gesar epic recital', 'གེ་སར་སྒྲུང་བཤད།', true),
  item('TIBETAN_OPERA', 'RECITAL', '藏戏', 'Tibetan opera', 'ཨ་ལྕེ་ལྷ་མོ།', true, TRIMMED, 'TEAM'),
  item('THANGKA_PAINTING', 'FINE_ART', '唐卡绘画', 'Thangka painting', 'ཐང་ཀ་རི་མོ།', true),
  item('CALLIGRAPHY', 'FINE_ART', '藏汉书法', 'Tibetan and Chinese calligraphy', 'བོད་རྒྱའི་ཡིག་བཟོ།', true),
  item(
    'MANDARIN_SPEECH',
    'SPEECH',
    '国家通用语言演讲',
    'Speech in the national common language',
    'རྒྱལ་ཡོངས་སྤྱི་སྤྱོད་སྐད་ཡིག་གི་གཏམ་བཤད།',
    true,
  ),
  item('POLICY_TALK', 'SPEECH', '政策宣讲', 'Policy talk', 'སྲིད་ཇུས་ཁྱབ་བསྒྲགས།', true),
  item(
    'ESSAY',
    'WRITING',
    '乡村振兴征文',
    'Rural revitalisation essay',
    'གྲོང་གསེབ་བསྐྱར་གསོའི་རྩོམ་འབྲི།',
    true,
    MEDIAN,
  ),
  item('POETRY_RECITAL', 'WRITING', '诗歌朗诵', 'Poetry recital', 'སྙན་ངག་ཀློག་འདོན།', true),
  item('TRANSLATION', 'BILINGUAL', '藏汉双语翻译', 'Tibetan–Chinese translation', 'བོད་རྒྱ་སྐད་གཉིས་ཡིག་སྒྱུར།', true),
  item(
    'KNOWLEDGE_QUIZ',
    'BILINGUAL',
    '双语知识竞答',
    'Bilingual knowledge quiz',
    'སྐད་གཉིས་ཤེས་བྱའི་དྲི་ལན་འགྲན་བསྡུར།',
    true,
    {
      kind: 'MEASURED',
      better: 'HIGHER',
      unit: 'COUNT',
    },
  ),
  item('YAK_HUSBANDRY', 'HERDING', '牦牛养殖', 'Yak husbandry', 'གཡག་གསོ་སྐྱོང་།', true),
  item('FORAGE_GROWING', 'HERDING', '饲草种植', 'Forage growing', 'ཟས་རྩྭ་འདེབས་འཛུགས།', true),
  item('COURTYARD', 'LIVING', '美丽庭院', 'Beautiful courtyard', 'ཁྱམས་ར་མཛེས་སྡུག', true, PLAIN),
  item('WASTE_SORTING', 'LIVING', '垃圾分类', 'Waste sorting', 'གད་སྙིགས་དབྱེ་འབྱེད།', true, PLAIN),
  item('HORSE_RACE', 'SPORTS', '赛马', 'Horse race', 'རྟ་རྒྱུག', true, {
    kind: 'MEASURED',
    better: 'LOWER',
    unit: 'SECONDS',
  }),
  item('STONE_LIFTING', 'SPORTS', '抱石头', 'Stone lifting', 'རྡོ་འདེགས།', true, {
    kind: 'MEASURED',
    better: 'HIGHER',
    unit: 'COUNT',
  }),
  item('TUG_OF_WAR', 'SPORTS', '押加', 'Yak tug (Yajia)', 'གླང་འཐེན།', true, PLAIN, 'TEAM'),
  item('CONSTRUCTION', 'BUILDING', '建筑技能', 'Construction skills', 'འཛུགས་སྐྲུན་ལག་རྩལ།', false, {
    kind: 'MARKING_SCHEME',
    sections: CONSTRUCTION_MARKING,
  }),
  item('MASONRY', 'BUILDING', '砌筑', 'Masonry', 'རྡོ་རྩིག', true),
  item('TIBETAN_GARMENT', 'TEXTILES', '藏装缝纫', 'Tibetan garment sewing', 'བོད་ཆས་ཚེམ་བུ།', false),
  item('WEAVING', 'TEXTILES', '编织', 'Weaving', 'འཐག་ལས།', false),
  item('DAIRY_PROCESSING', 'FOOD', '奶制品加工', 'Dairy processing', 'འོ་ཟས་ལས་སྣོན།', false, {
    kind: 'MARKING_SCHEME',
    sections: DAIRY_MARKING,
  }),
  item('TSAMPA_MAKING', 'FOOD', '糌粑制作', 'Tsampa making', 'རྩམ་པ་བཟོ་བ།', true),
  item('COOKING', 'FOOD', '藏餐烹饪', 'Tibetan cooking', 'བོད་ཟས་གཡོས་སྦྱོར།', true),
  item('VEHICLE_REPAIR', 'SERVICES', '汽车维修', 'Vehicle repair', 'རླངས་འཁོར་ཉམས་གསོ།', true),
  item('ELECTRICIAN', 'SERVICES', '电工', 'Electrician', 'གློག་བཟོ།', true),
  item('HOUSEKEEPING', 'SERVICES', '家政服务', 'Housekeeping', 'ནང་ཚང་ཞབས་ཞུ།', true),
];

/** The programme's catalogue (4 sections → 14 categories → 31 items). */
export const NAGQU_CONTEST_CATALOGUE: ContestCatalogue = { categories: CATEGORIES, items: ITEMS };

/**
 * The programme's prizes at city level: first, second and third prizes for 10 / 20 / 30 % of the
 * entrants (RULES.md 2.8) paying 3,000, 2,000 and 1,000 yuan. The amounts are synthetic.
 */
export const NAGQU_CITY_AWARDS: AwardPolicy = {
  kind: 'SHARES',
  percent: [10, 20, 30],
  prizeFen: [300_000 as Fen, 200_000 as Fen, 100_000 as Fen],
};

/** How many of each event go on to the next level (synthetic: the article gives no number). */
export const NAGQU_ADVANCING = 3;

/** An item of the catalogue by code, or undefined. */
export function catalogueItem(catalogue: ContestCatalogue, code: string): ContestItem | undefined {
  return catalogue.items.find((candidate) => candidate.code === code);
}

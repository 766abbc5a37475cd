import type { Labels } from '../shared/labels.js';
import type {
  ContestLevel,
  ContestSectionCode,
  CulturalResourceCategory,
  EditionStatus,
  EventStatus,
  OutcomeKind,
  Prize,
  ScoringMethodKind,
  TieBreak,
} from './contest.js';

/** Display names of the four sections. */
export const CONTEST_SECTION_LABELS: Readonly<Record<ContestSectionCode, Labels>> = {
  ARTS_CULTURE: { zh: '文艺文化类', en: 'Arts and culture', bo: 'སྒྱུ་རྩལ་རིག་གནས།' },
  LANGUAGE_WRITING: { zh: '语言文字类', en: 'Language and writing', bo: 'སྐད་ཡིག' },
  PRACTICE: { zh: '实践类', en: 'Practice', bo: 'ལག་ལེན།' },
  VOCATIONAL_SKILLS: { zh: '职业技能类', en: 'Vocational skills', bo: 'ལས་རིགས་ལག་རྩལ།' },
};

/** Display names of the levels. */
export const CONTEST_LEVEL_LABELS: Readonly<Record<ContestLevel, Labels>> = {
  VILLAGE: { zh: '村级', en: 'Village', bo: 'གྲོང་ཚོ།' },
  TOWNSHIP: { zh: '乡镇级', en: 'Township', bo: 'ཞང་།' },
  COUNTY: { zh: '县级', en: 'County', bo: 'རྫོང་།' },
  CITY: { zh: '市级', en: 'City', bo: 'གྲོང་ཁྱེར།' },
};

/** Display names of the edition statuses. */
export const EDITION_STATUS_LABELS: Readonly<Record<EditionStatus, Labels>> = {
  PLANNED: { zh: '筹备中', en: 'Planned', bo: 'གྲ་སྒྲིག་བྱེད་བཞིན་པ།' },
  OPEN: { zh: '进行中', en: 'Open', bo: 'སྤེལ་བཞིན་པ།' },
  CLOSED: { zh: '已结束', en: 'Closed', bo: 'མཇུག་རྫོགས་ཟིན།' },
};

/** Display names of the event statuses. */
export const EVENT_STATUS_LABELS: Readonly<Record<EventStatus, Labels>> = {
  OPEN: { zh: '报名中', en: 'Open for entries', bo: 'མིང་འགོད་བྱེད་བཞིན་པ།' },
  JUDGING: { zh: '评分中', en: 'Being judged', bo: 'སྐར་མ་སྤྲོད་བཞིན་པ།' },
  CHECKED: { zh: '成绩已核定', en: 'Results checked', bo: 'གྲུབ་འབྲས་གཏན་འཁེལ་ཟིན།' },
  CANCELLED: { zh: '已取消', en: 'Cancelled', bo: 'མེད་པར་བཟོས་ཟིན།' },
};

/** Display names of the scoring methods. */
export const SCORING_METHOD_LABELS: Readonly<Record<ScoringMethodKind, Labels>> = {
  PLAIN_MEAN: { zh: '平均分', en: 'Plain mean', bo: 'ཆ་སྙོམས་སྐར་མ།' },
  TRIMMED_MEAN: {
    zh: '去掉一个最高分和一个最低分后取平均',
    en: 'Trimmed mean',
    bo: 'སྐར་མ་མཐོ་ཤོས་དང་དམའ་ཤོས་རེ་བསུབ་རྗེས་ཆ་སྙོམས།',
  },
  MEDIAN: { zh: '中位数', en: 'Median', bo: 'བར་གྲངས།' },
  MEASURED: { zh: '计时计数', en: 'Measured result', bo: 'དུས་ཚོད་དང་གྲངས་ཚད་ཀྱི་ཚད་འཇལ།' },
  MARKING_SCHEME: {
    zh: '评分方案（测量与评价）',
    en: 'Marking scheme (measurement and judgement)',
    bo: 'སྐར་མ་སྤྲོད་ཐབས། （ཚད་འཇལ་དང་དཔྱད་བརྗོད།）',
  },
};

/** Display names of the tie-break criteria. */
export const TIE_BREAK_LABELS: Readonly<Record<TieBreak, Labels>> = {
  SHORTER_TIME: { zh: '用时短者优先', en: 'Shorter completion time', bo: 'དུས་ཚོད་ཐུང་བ་སྔོན་ལ།' },
  HIGHER_PRACTICAL: { zh: '实操成绩高者优先', en: 'Higher practical score', bo: 'ལག་ལེན་གྲུབ་འབྲས་མཐོ་བ་སྔོན་ལ།' },
  HIGHER_THEORY: { zh: '理论成绩高者优先', en: 'Higher theory score', bo: 'གཞུང་ལུགས་གྲུབ་འབྲས་མཐོ་བ་སྔོན་ལ།' },
};

/** Display names of the prizes. */
export const PRIZE_LABELS: Readonly<Record<Prize, Labels>> = {
  FIRST: { zh: '一等奖', en: 'First prize', bo: 'བྱ་དགའ་དང་པོ།' },
  SECOND: { zh: '二等奖', en: 'Second prize', bo: 'བྱ་དགའ་གཉིས་པ།' },
  THIRD: { zh: '三等奖', en: 'Third prize', bo: 'བྱ་དགའ་གསུམ་པ།' },
};

/** Display names of the outcome kinds. */
export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, Labels>> = {
  TALENT_IDENTIFIED: { zh: '发现技能人才', en: 'Skilled talent identified', bo: 'ལག་རྩལ་མི་སྣ་རྙེད་པ།' },
  TRAINED: { zh: '培训', en: 'Trained', bo: 'སྦྱོང་བརྡར།' },
  EMPLOYED: { zh: '带动就业', en: 'Helped into a job', bo: 'ལས་ཞུགས་ལ་ཁྲིད་སྐྱོད།' },
  BUSINESS_STARTED: { zh: '帮助创业', en: 'Business started', bo: 'ལས་གཞི་གསར་འཛུགས་ལ་རོགས་རམ།' },
  INCOME_RAISED: { zh: '增加收入', en: 'Income raised', bo: 'ཡོང་འབབ་འཕར་བ།' },
  TEACHER_APPOINTED: {
    zh: '聘为职业教育外聘教师',
    en: 'Appointed vocational teacher',
    bo: 'ལས་རིགས་སློབ་གསོའི་ཕྱི་གདན་དགེ་རྒན་དུ་བསྐོས་པ།',
  },
  AMBASSADOR_APPOINTED: {
    zh: '聘为产品代言人',
    en: 'Appointed product ambassador',
    bo: 'ཐོན་རྫས་ངོ་ཚབ་ཏུ་བསྐོས་པ།',
  },
  COOPERATIVE_FOUNDED: { zh: '创办合作社', en: 'Cooperative founded', bo: 'མཉམ་ལས་ཁང་བཙུགས་པ།' },
};

/** Display names of the cultural resource categories. */
export const CULTURAL_RESOURCE_CATEGORY_LABELS: Readonly<Record<CulturalResourceCategory, Labels>> = {
  ORAL_TRADITION: { zh: '民间文学', en: 'Oral tradition', bo: 'དམངས་ཁྲོད་རྩོམ་རིག' },
  PERFORMING_ART: { zh: '传统表演艺术', en: 'Performing art', bo: 'སྲོལ་རྒྱུན་འཁྲབ་སྟོན་སྒྱུ་རྩལ།' },
  CRAFT: { zh: '传统技艺', en: 'Traditional craft', bo: 'སྲོལ་རྒྱུན་ལག་རྩལ།' },
  CUSTOM: { zh: '民俗', en: 'Custom', bo: 'དམངས་སྲོལ།' },
  SITE: { zh: '文化遗址', en: 'Cultural site', bo: 'རིག་གནས་ཤུལ་གནས།' },
  KNOWLEDGE: { zh: '传统知识', en: 'Traditional knowledge', bo: 'སྲོལ་རྒྱུན་ཤེས་བྱ།' },
};

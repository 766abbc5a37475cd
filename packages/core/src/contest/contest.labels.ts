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
  PLANNED: { zh: '筹备中', en: 'Planned' },
  OPEN: { zh: '进行中', en: 'Open' },
  CLOSED: { zh: '已结束', en: 'Closed' },
};

/** Display names of the event statuses. */
export const EVENT_STATUS_LABELS: Readonly<Record<EventStatus, Labels>> = {
  OPEN: { zh: '报名中', en: 'Open for entries' },
  JUDGING: { zh: '评分中', en: 'Being judged' },
  CHECKED: { zh: '成绩已核定', en: 'Results checked' },
  CANCELLED: { zh: '已取消', en: 'Cancelled' },
};

/** Display names of the scoring methods. */
export const SCORING_METHOD_LABELS: Readonly<Record<ScoringMethodKind, Labels>> = {
  PLAIN_MEAN: { zh: '平均分', en: 'Plain mean' },
  TRIMMED_MEAN: { zh: '去掉一个最高分和一个最低分后取平均', en: 'Trimmed mean' },
  MEDIAN: { zh: '中位数', en: 'Median' },
  MEASURED: { zh: '计时计数', en: 'Measured result' },
  MARKING_SCHEME: { zh: '评分方案（测量与评价）', en: 'Marking scheme (measurement and judgement)' },
};

/** Display names of the tie-break criteria. */
export const TIE_BREAK_LABELS: Readonly<Record<TieBreak, Labels>> = {
  SHORTER_TIME: { zh: '用时短者优先', en: 'Shorter completion time' },
  HIGHER_PRACTICAL: { zh: '实操成绩高者优先', en: 'Higher practical score' },
  HIGHER_THEORY: { zh: '理论成绩高者优先', en: 'Higher theory score' },
};

/** Display names of the prizes. */
export const PRIZE_LABELS: Readonly<Record<Prize, Labels>> = {
  FIRST: { zh: '一等奖', en: 'First prize' },
  SECOND: { zh: '二等奖', en: 'Second prize' },
  THIRD: { zh: '三等奖', en: 'Third prize' },
};

/** Display names of the outcome kinds. */
export const OUTCOME_KIND_LABELS: Readonly<Record<OutcomeKind, Labels>> = {
  TALENT_IDENTIFIED: { zh: '发现技能人才', en: 'Skilled talent identified' },
  TRAINED: { zh: '培训', en: 'Trained' },
  EMPLOYED: { zh: '带动就业', en: 'Helped into a job' },
  BUSINESS_STARTED: { zh: '帮助创业', en: 'Business started' },
  INCOME_RAISED: { zh: '增加收入', en: 'Income raised' },
  TEACHER_APPOINTED: { zh: '聘为职业教育外聘教师', en: 'Appointed vocational teacher' },
  AMBASSADOR_APPOINTED: { zh: '聘为产品代言人', en: 'Appointed product ambassador' },
  COOPERATIVE_FOUNDED: { zh: '创办合作社', en: 'Cooperative founded' },
};

/** Display names of the cultural resource categories. */
export const CULTURAL_RESOURCE_CATEGORY_LABELS: Readonly<Record<CulturalResourceCategory, Labels>> = {
  ORAL_TRADITION: { zh: '民间文学', en: 'Oral tradition' },
  PERFORMING_ART: { zh: '传统表演艺术', en: 'Performing art' },
  CRAFT: { zh: '传统技艺', en: 'Traditional craft' },
  CUSTOM: { zh: '民俗', en: 'Custom' },
  SITE: { zh: '文化遗址', en: 'Cultural site' },
  KNOWLEDGE: { zh: '传统知识', en: 'Traditional knowledge' },
};

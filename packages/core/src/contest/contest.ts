import type { CalendarDate } from '../shared/date.js';
import type { Labels } from '../shared/labels.js';
import type { Fen } from '../shared/money.js';

/**
 * The four sections of 那曲's programme (乡村振兴 那曲奋进): 文艺文化类, 语言文字类, 实践类,
 * 职业技能类.
 */
export type ContestSectionCode = 'ARTS_CULTURE' | 'LANGUAGE_WRITING' | 'PRACTICE' | 'VOCATIONAL_SKILLS';

/** Every section, in the programme's order. */
export const CONTEST_SECTIONS: readonly ContestSectionCode[] = [
  'ARTS_CULTURE',
  'LANGUAGE_WRITING',
  'PRACTICE',
  'VOCATIONAL_SKILLS',
];

/**
 * The levels a contest runs at, lowest first: winners of a village contest go on to the township's,
 * and so on up to the city final (市级决赛).
 */
export type ContestLevel = 'VILLAGE' | 'TOWNSHIP' | 'COUNTY' | 'CITY';

/** Every level, lowest first. */
export const CONTEST_LEVELS: readonly ContestLevel[] = ['VILLAGE', 'TOWNSHIP', 'COUNTY', 'CITY'];

/** How the better of two measured results is told apart: a shorter time, a larger count. */
export type Better = 'LOWER' | 'HIGHER';

/** A weighted part of a WorldSkills-style marking scheme, with its aspects. */
export interface MarkingSection {
  readonly code: string;
  /** The marks of the section, a whole number; the sections of a scheme sum to 100. */
  readonly weight: number;
  readonly aspects: readonly MarkingAspect[];
}

/**
 * One aspect of a marking scheme, worth `maxMarks` in hundredths of a mark. A measurement aspect is
 * marked once against a fact (a dimension, a yield); a judgement aspect gets a score of 0–3 from each
 * judge, which a conversion turns into marks.
 */
export interface MarkingAspect {
  readonly code: string;
  readonly kind: 'MEASUREMENT' | 'JUDGEMENT';
  readonly maxMarks: number;
}

/**
 * How an item's marks become an entry's score, as data (RULES.md 2.8). Judged scores are integer
 * hundredths (9.17 is 917); a measured result is the measurement itself (seconds, a count).
 *
 * - `PLAIN_MEAN`: the mean of every judge's mark, rounded half-up once.
 * - `TRIMMED_MEAN`: with `minimumJudges` marks or more, drop exactly one highest and one lowest mark
 *   (even if tied) and average the rest; with fewer, the plain mean.
 * - `MEDIAN`: the middle mark (the mean of the two middle marks for an even count).
 * - `MEASURED`: one measured result, lower or higher wins.
 * - `MARKING_SCHEME`: WorldSkills-style: the marks of every aspect summed (out of 100.00).
 */
export type ScoringMethod =
  | { readonly kind: 'PLAIN_MEAN' }
  | { readonly kind: 'TRIMMED_MEAN'; readonly minimumJudges: number }
  | { readonly kind: 'MEDIAN' }
  | { readonly kind: 'MEASURED'; readonly better: Better; readonly unit: 'SECONDS' | 'COUNT' }
  | { readonly kind: 'MARKING_SCHEME'; readonly sections: readonly MarkingSection[] };

/** The kinds of scoring method. */
export type ScoringMethodKind = ScoringMethod['kind'];

/** Every kind of scoring method. */
export const SCORING_METHOD_KINDS: readonly ScoringMethodKind[] = [
  'PLAIN_MEAN',
  'TRIMMED_MEAN',
  'MEDIAN',
  'MEASURED',
  'MARKING_SCHEME',
];

/** A criterion that separates equal scores, in the order of the item's tie-break chain. */
export type TieBreak = 'SHORTER_TIME' | 'HIGHER_PRACTICAL' | 'HIGHER_THEORY';

/** Every tie-break criterion. */
export const TIE_BREAKS: readonly TieBreak[] = ['SHORTER_TIME', 'HIGHER_PRACTICAL', 'HIGHER_THEORY'];

/**
 * The default chain of the Chinese skills-contest rules (RULES.md 2.8): equal totals rank by shorter
 * completion time, then higher practical score, then higher theory score; then they share a rank.
 */
export const DEFAULT_TIE_BREAKS: readonly TieBreak[] = TIE_BREAKS;

/**
 * How prizes are given in an event: by `SHARES` of the entrants (RULES.md 2.8: first prize 10 %,
 * second 20 %, third 30 %) or to fixed numbers of `PLACES`; each prize pays its money in fen.
 */
export type AwardPolicy =
  | {
      readonly kind: 'SHARES';
      /** Percent of the entrants winning a first, second, third prize. */
      readonly percent: readonly [first: number, second: number, third: number];
      readonly prizeFen: readonly [first: Fen, second: Fen, third: Fen];
    }
  | {
      readonly kind: 'PLACES';
      /** How many first, second, third prizes. */
      readonly places: readonly [first: number, second: number, third: number];
      readonly prizeFen: readonly [first: Fen, second: Fen, third: Fen];
    };

/** A prize of an event. */
export type Prize = 'FIRST' | 'SECOND' | 'THIRD';

/** Every prize, best first. */
export const PRIZES: readonly Prize[] = ['FIRST', 'SECOND', 'THIRD'];

/** A category (类别) of a section. */
export interface ContestCategory {
  readonly code: string;
  readonly section: ContestSectionCode;
  readonly label: Labels;
}

/** One contest item (比赛项目) of the catalogue, with how it is scored and how ties are broken. */
export interface ContestItem {
  readonly code: string;
  readonly categoryCode: string;
  readonly label: Labels;
  /** `true` when the source article does not name the item (a plausible stand-in). */
  readonly synthetic: boolean;
  /** Individual entrants or teams. */
  readonly entrants: 'INDIVIDUAL' | 'TEAM';
  readonly scoring: ScoringMethod;
  readonly tieBreaks: readonly TieBreak[];
}

/** The catalogue of the programme: sections, categories and items. */
export interface ContestCatalogue {
  readonly categories: readonly ContestCategory[];
  readonly items: readonly ContestItem[];
}

/** Where an edition is in its year: planned, open for contests, or closed with its results. */
export type EditionStatus = 'PLANNED' | 'OPEN' | 'CLOSED';

/** Every edition status. */
export const EDITION_STATUSES: readonly EditionStatus[] = ['PLANNED', 'OPEN', 'CLOSED'];

/** One yearly edition (届) of the programme. */
export interface ContestEdition {
  /** 1 for the first (2022). */
  readonly number: number;
  readonly year: number;
  readonly status: EditionStatus;
}

/**
 * Where an event is: `OPEN` (entries accepted), `JUDGING` (judges mark blind works), `CHECKED`
 * (scores checked and locked; results decrypted and published), or `CANCELLED`.
 */
export type EventStatus = 'OPEN' | 'JUDGING' | 'CHECKED' | 'CANCELLED';

/** Every event status. */
export const EVENT_STATUSES: readonly EventStatus[] = ['OPEN', 'JUDGING', 'CHECKED', 'CANCELLED'];

/** What moves an event on. */
export type EventAction = 'START_JUDGING' | 'CHECK_RESULTS' | 'CANCEL';

/** One contest of one item at one level in one place. */
export interface ContestEvent {
  readonly id: string;
  readonly editionNumber: number;
  readonly itemCode: string;
  readonly level: ContestLevel;
  /** The region that holds it: a village, township, county or the city, matching the level. */
  readonly regionCode: string;
  readonly heldOn: CalendarDate;
  /** People who came to watch (参与群众). */
  readonly audience: number;
  readonly status: EventStatus;
  /**
   * Entrants reported by the organisers of a village or township contest, whose entries are not
   * recorded one by one; null where every entry is recorded (county and city events).
   */
  readonly reportedEntrants: number | null;
  /** The person ids of the judges assigned to the event: only they mark its entries. */
  readonly judgeIds: readonly string[];
}

/**
 * The blind numbers of an entry (RULES.md 2.8): the contest number issued at check-in (参赛号), the
 * station or order number of the second draw, and the work number judges see (评审号).
 */
export interface BlindNumbers {
  readonly contestNumber: string;
  readonly stationNumber: number;
  readonly workNumber: string;
}

/**
 * One entry of an event: a person, or a team of people. The optional results feed the tie-break
 * chain; `measured` is the result of a measured item.
 */
export interface ContestEntry {
  readonly id: string;
  readonly eventId: string;
  readonly personIds: readonly string[];
  readonly teamName: string | null;
  readonly blind: BlindNumbers;
  readonly completionSeconds: number | null;
  readonly practicalScore: number | null;
  readonly theoryScore: number | null;
  readonly measured: number | null;
  /** The entry of the lower-level event this one advanced from, if it did. */
  readonly advancedFromEntryId: string | null;
}

/**
 * One judge's mark for one entry: `value` in hundredths for a judged item; for a marking scheme, one
 * mark per aspect (`aspectCode`): hundredths for a measurement aspect, 0–3 for a judgement aspect.
 */
export interface ContestMark {
  readonly entryId: string;
  readonly judgeId: string;
  readonly aspectCode: string | null;
  readonly value: number;
}

/** What ranking needs of an entry: its score and the values of the tie-break chain. */
export interface Scored {
  readonly entryId: string;
  readonly score: number;
  readonly completionSeconds: number | null;
  readonly practicalScore: number | null;
  readonly theoryScore: number | null;
}

/** An entry's place: standard competition ranking (1, 2, 2, 4). */
export interface Standing extends Scored {
  readonly rank: number;
}

/** A standing with the prize it won (null for none) and the prize money. */
export interface Award {
  readonly entryId: string;
  readonly rank: number;
  readonly prize: Prize;
  readonly prizeFen: Fen;
}

/**
 * What came of the programme, each linked to the contest (item and edition) that led to it:
 * talents identified, people trained, helped into jobs, businesses started, income raised,
 * winners appointed vocational teachers or product ambassadors, cooperatives founded.
 */
export type OutcomeKind =
  | 'TALENT_IDENTIFIED'
  | 'TRAINED'
  | 'EMPLOYED'
  | 'BUSINESS_STARTED'
  | 'INCOME_RAISED'
  | 'TEACHER_APPOINTED'
  | 'AMBASSADOR_APPOINTED'
  | 'COOPERATIVE_FOUNDED';

/** Every outcome kind. */
export const OUTCOME_KINDS: readonly OutcomeKind[] = [
  'TALENT_IDENTIFIED',
  'TRAINED',
  'EMPLOYED',
  'BUSINESS_STARTED',
  'INCOME_RAISED',
  'TEACHER_APPOINTED',
  'AMBASSADOR_APPOINTED',
  'COOPERATIVE_FOUNDED',
];

/**
 * One outcome. `people` counts the people it concerns: 1 for a person's job, the size of a training
 * cohort, a cooperative's members. `personId` names the person (the trainer for a cohort, the founder
 * of a cooperative). `incomeFen` is the income raised (zero unless the kind is INCOME_RAISED).
 */
export interface ContestOutcome {
  readonly id: string;
  readonly kind: OutcomeKind;
  readonly editionNumber: number;
  readonly itemCode: string;
  readonly regionCode: string;
  readonly personId: string | null;
  readonly people: number;
  readonly incomeFen: Fen;
}

/** Kinds of surveyed cultural resource (文化资源普查). */
export type CulturalResourceCategory =
  | 'ORAL_TRADITION'
  | 'PERFORMING_ART'
  | 'CRAFT'
  | 'CUSTOM'
  | 'SITE'
  | 'KNOWLEDGE';

/** Every cultural resource category. */
export const CULTURAL_RESOURCE_CATEGORIES: readonly CulturalResourceCategory[] = [
  'ORAL_TRADITION',
  'PERFORMING_ART',
  'CRAFT',
  'CUSTOM',
  'SITE',
  'KNOWLEDGE',
];

/** One surveyed cultural resource and the place it belongs to. */
export interface CulturalResource {
  readonly id: string;
  readonly category: CulturalResourceCategory;
  readonly name: Labels;
  readonly regionCode: string;
}

/** A heritage bearer (非遗传承人): a person carrying on a resource. */
export interface HeritageBearer {
  readonly personId: string;
  readonly resourceId: string;
}

/** A heritage product made by a bearer, with what it earned and the jobs it created. */
export interface HeritageProduct {
  readonly id: string;
  readonly name: Labels;
  readonly bearerPersonId: string;
  readonly resourceId: string;
  readonly revenueFen: Fen;
  readonly jobs: number;
}

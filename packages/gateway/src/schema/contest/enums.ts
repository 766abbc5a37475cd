// The labelled enums of the contests.
import {
  CONTEST_LEVEL_LABELS,
  CONTEST_SECTION_LABELS,
  CULTURAL_RESOURCE_CATEGORY_LABELS,
  EDITION_STATUS_LABELS,
  EVENT_STATUS_LABELS,
  OUTCOME_KIND_LABELS,
  PRIZE_LABELS,
  SCORING_METHOD_LABELS,
  TIE_BREAK_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const ContestSectionEnum = labelledEnum(
  'ContestSection',
  'A section of the programme: arts and culture, language and writing, practice, vocational skills.',
  CONTEST_SECTION_LABELS,
);
export const ContestLevelEnum = labelledEnum(
  'ContestLevel',
  'The level a contest runs at; winners go on from village to township, county and the city final.',
  CONTEST_LEVEL_LABELS,
);
export const ContestEditionStatusEnum = labelledEnum(
  'ContestEditionStatus',
  'Where an edition is: planned, open, or closed with its results.',
  EDITION_STATUS_LABELS,
);
export const ContestEventStatusEnum = labelledEnum(
  'ContestEventStatus',
  'Where an event is: open for entries, being judged, results checked (and decrypted), or cancelled.',
  EVENT_STATUS_LABELS,
);
export const ScoringMethodEnum = labelledEnum(
  'ScoringMethod',
  'How an item’s marks become a score.',
  SCORING_METHOD_LABELS,
);
export const TieBreakEnum = labelledEnum(
  'TieBreak',
  'A criterion that separates equal scores.',
  TIE_BREAK_LABELS,
);
export const PrizeEnum = labelledEnum('ContestPrize', 'A prize of an event.', PRIZE_LABELS);
export const OutcomeKindEnum = labelledEnum(
  'ContestOutcomeKind',
  'What came of the programme for a person.',
  OUTCOME_KIND_LABELS,
);
export const CulturalResourceCategoryEnum = labelledEnum(
  'CulturalResourceCategory',
  'The kind of a surveyed cultural resource.',
  CULTURAL_RESOURCE_CATEGORY_LABELS,
);

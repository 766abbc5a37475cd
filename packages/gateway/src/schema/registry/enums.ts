// The labelled enums of the registry, shared by its types, filters and inputs.
import {
  HOUSING_OWNER_KIND_LABELS,
  HOUSING_TYPE_LABELS,
  HOUSING_USE_LABELS,
  ORGANISATION_TYPE_LABELS,
  PASTURE_SEASON_LABELS,
  REGISTRATION_CHECK_STATUS_LABELS,
  RELATION_TO_HEAD_LABELS,
  RESIDENCE_STATUS_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const HousingTypeEnum = labelledEnum(
  'HousingType',
  'The kind of building (房屋类型).',
  HOUSING_TYPE_LABELS,
);
export const HousingUseEnum = labelledEnum(
  'HousingUse',
  'What a house is used for (房屋用途).',
  HOUSING_USE_LABELS,
);
export const HousingOwnerKindEnum = labelledEnum(
  'HousingOwnerKind',
  'Who owns a house, or who is the landlord of a rental: a person, an organisation, the collective or the state.',
  HOUSING_OWNER_KIND_LABELS,
);
export const OrganisationTypeEnum = labelledEnum(
  'OrganisationType',
  'The kind of an organisation (单位类型), read from its unified social credit code (GB 32100).',
  ORGANISATION_TYPE_LABELS,
);
export const RelationToHeadEnum = labelledEnum(
  'RelationToHead',
  'How a resident is related to the head of the household (与户主关系, after GB/T 4761).',
  RELATION_TO_HEAD_LABELS,
);
export const ResidenceStatusEnum = labelledEnum(
  'ResidenceStatus',
  'Where a resident stands between household registration and actual residence (居住状态).',
  RESIDENCE_STATUS_LABELS,
);
export const RegistrationCheckStatusEnum = labelledEnum(
  'RegistrationCheckStatus',
  'Where a registration stands against its deadline (the 3-day check of floating residents and rentals): ' +
    'made on time, made late, not made with the deadline to come, or not made with the deadline past.',
  REGISTRATION_CHECK_STATUS_LABELS,
);
export const PastureSeasonEnum = labelledEnum(
  'PastureSeason',
  'The season a herding household’s pasture serves (转场).',
  PASTURE_SEASON_LABELS,
);

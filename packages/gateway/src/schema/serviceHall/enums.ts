// The service hall's labelled enums.
import {
  APPLICATION_ACTION_LABELS,
  APPLICATION_CHANNEL_LABELS,
  APPLICATION_STATE_LABELS,
  ASSIST_LEVEL_LABELS,
  DELIVERY_METHOD_LABELS,
  RATING_LEVEL_LABELS,
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_STATE_LABELS,
  SUSPENSION_REASON_LABELS,
  WINDOW_KIND_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const WindowKindEnum = labelledEnum(
  'ServiceWindowKind',
  'The kind of a service-hall window.',
  WINDOW_KIND_LABELS,
);
export const AssistLevelEnum = labelledEnum(
  'AssistLevel',
  'Where assisted or proxy handling (帮代办) is offered.',
  ASSIST_LEVEL_LABELS,
);
export const ApplicationStateEnum = labelledEnum(
  'ServiceApplicationState',
  'Where an application (办件) stands in its lifecycle.',
  APPLICATION_STATE_LABELS,
);
export const ApplicationActionEnum = labelledEnum(
  'ServiceApplicationAction',
  'An action on an application; the lifecycle table decides which are allowed from each state.',
  APPLICATION_ACTION_LABELS,
);
export const ApplicationChannelEnum = labelledEnum(
  'ServiceApplicationChannel',
  'How an application arrived.',
  APPLICATION_CHANNEL_LABELS,
);
export const SuspensionReasonEnum = labelledEnum(
  'SuspensionReason',
  'Why the clock of an application stopped (行政许可法 art. 45).',
  SUSPENSION_REASON_LABELS,
);
export const DeliveryMethodEnum = labelledEnum(
  'DeliveryMethod',
  'How the result reached the applicant.',
  DELIVERY_METHOD_LABELS,
);
export const RatingLevelEnum = labelledEnum(
  'RatingLevel',
  'The five levels of 好差评, five stars to one.',
  RATING_LEVEL_LABELS,
);
export const RectificationStateEnum = labelledEnum(
  'RectificationState',
  'Where the disposal of a bad rating stands.',
  RECTIFICATION_STATE_LABELS,
);
export const RectificationActionEnum = labelledEnum(
  'RectificationAction',
  'An action on a rectification; its table decides which are allowed from each state.',
  RECTIFICATION_ACTION_LABELS,
);

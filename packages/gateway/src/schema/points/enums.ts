// The labelled enums of the family points.
import { POINT_EVENT_KIND_LABELS } from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const PointEventKindEnum = labelledEnum(
  'PointEventKind',
  'The kind of a points event: an award, a deduction, a redemption at the shop or a correction.',
  POINT_EVENT_KIND_LABELS,
);

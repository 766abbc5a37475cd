// The labelled enums of the camera network.
import { CAMERA_STATUS_LABELS, SITE_CATEGORY_LABELS } from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const SiteCategoryEnum = labelledEnum(
  'SiteCategory',
  'The category of the site a camera point watches (点位场所类别); the first six are key sites.',
  SITE_CATEGORY_LABELS,
);
export const CameraStatusEnum = labelledEnum(
  'CameraStatus',
  'The state of a camera point; only a working camera covers its site.',
  CAMERA_STATUS_LABELS,
);

// The audit's labelled enums: the personal field kinds and the purposes of a read, from core.
import { PERSONAL_FIELD_LABELS, READ_PURPOSE_LABELS } from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const PersonalFieldEnum = labelledEnum(
  'PersonalField',
  'A kind of personal data, masked unless the caller may see it in full.',
  PERSONAL_FIELD_LABELS,
);

export const ReadPurposeEnum = labelledEnum(
  'ReadPurpose',
  'Why a caller reads personal data in full, stated in the X-Purpose header (UNSTATED when it is absent).',
  READ_PURPOSE_LABELS,
);

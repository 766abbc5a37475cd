// What records and matters share: their labelled enums, and the time order and filter conditions
// both lists take (grid, category, period, always inside the caller's region).
import {
  ATTACHMENT_KIND_LABELS,
  ESCALATION_LEVEL_LABELS,
  ESCALATION_REASON_LABELS,
  FUNCTIONAL_DEPARTMENT_LABELS,
  isEmptyScope,
  MATTER_ACTION_LABELS,
  MATTER_NATURE_LABELS,
  MATTER_STATE_LABELS,
  MATTER_SUBTYPE_LABELS,
  MATTER_URGENCY_LABELS,
  PETITION_LEVEL_LABELS,
  RECORD_CATEGORY_LABELS,
  RECORD_CHANNEL_LABELS,
  type RecordCategory,
  readScope,
  SATISFACTION_LABELS,
  SUPERVISION_STAGE_LABELS,
} from '@grassroots/core';
import { builder, ForbiddenError } from '../../builder.js';
import type { Context } from '../../context.js';
import type { Prisma } from '../../db/client.js';
import { refuseInvertedPeriod } from '../shared/dates.js';
import { labelledEnum } from '../shared/labels.js';
import { OrderDirection } from '../shared/order.js';
import { readableWhere, within } from '../shared/scope.js';

export const RecordCategoryEnum = labelledEnum(
  'RecordCategory',
  'The category of a public-opinion record (社情民意信息类别).',
  RECORD_CATEGORY_LABELS,
);
export const RecordChannelEnum = labelledEnum(
  'RecordChannel',
  'How a record reached the grid (信息来源渠道).',
  RECORD_CHANNEL_LABELS,
);
export const MatterStateEnum = labelledEnum(
  'MatterState',
  'The state of a matter in the digital city-management cycle (上报 → 立案 → 派遣 → 处置 → 反馈 → 结案).',
  MATTER_STATE_LABELS,
);
export const MatterActionEnum = labelledEnum(
  'MatterAction',
  'What someone does to a matter; the transition table says from which states.',
  MATTER_ACTION_LABELS,
);
export const EscalationLevelEnum = labelledEnum(
  'EscalationLevel',
  'The level handling a matter, from the bottom of the ladder up: grid, village, township, county.',
  ESCALATION_LEVEL_LABELS,
);
export const EscalationReasonEnum = labelledEnum(
  'EscalationReason',
  'Why someone moved a matter up: one level (overdue, beyond authority), or straight to the level that must ' +
    'know (a collective or stability-related matter).',
  ESCALATION_REASON_LABELS,
);
export const MatterSubTypeEnum = labelledEnum(
  'MatterSubType',
  'What kind of matter it is within its category (事项小类); each category allows its own (OTHER in all).',
  MATTER_SUBTYPE_LABELS,
);
export const MatterUrgencyEnum = labelledEnum(
  'MatterUrgency',
  'How urgent a matter is (紧急程度).',
  MATTER_URGENCY_LABELS,
);
export const MatterNatureEnum = labelledEnum(
  'MatterNature',
  'Whether a matter is ordinary, collective (群体性) or stability-related (涉稳); the last two are reported ' +
    'at once to the level that must know.',
  MATTER_NATURE_LABELS,
);
export const SupervisionStageEnum = labelledEnum(
  'SupervisionStage',
  'A stage a timeout raises against the person holding a matter (预警 / 催办 / 督办); none moves it up.',
  SUPERVISION_STAGE_LABELS,
);
export const AttachmentKindEnum = labelledEnum(
  'AttachmentKind',
  'What an attachment is, from its media type: photo, video, audio recording or document.',
  ATTACHMENT_KIND_LABELS,
);
export const PetitionLevelEnum = labelledEnum(
  'PetitionLevel',
  'The level a level-skipping petition (越级上访) went to: the township’s or county’s petition office, the ' +
    'prefecture’s, the autonomous region’s or the national bureau.',
  PETITION_LEVEL_LABELS,
);
export const FunctionalDepartmentEnum = labelledEnum(
  'FunctionalDepartment',
  'A functional department (职能部门) a township or county routes a matter to by its nature; each sits at ' +
    'township level (司法所, 派出所, 民政办, 卫生院) and at county level (司法局, 公安局, 民政局, 卫健委).',
  FUNCTIONAL_DEPARTMENT_LABELS,
);
export const SatisfactionEnum = labelledEnum(
  'Satisfaction',
  'The resident’s rating at the callback (回访满意度).',
  SATISFACTION_LABELS,
);

export const TimeOrder = builder.inputType('TimeOrder', {
  description: 'The order of a list by time; ties are broken by id in the same direction.',
  fields: (t) => ({
    direction: t.field({
      type: OrderDirection,
      required: false,
      defaultValue: 'desc',
      description: 'Newest first (DESC, the default) or oldest first (ASC).',
    }),
  }),
});

/** Newest first unless asked otherwise; the id breaks ties so cursors are stable. */
export function timeOrder(order: { direction?: 'asc' | 'desc' | null } | null | undefined) {
  const direction = order?.direction ?? 'desc';
  return [{ reportedAt: direction }, { id: direction }];
}

/** The conditions of the records and matters filters that both share. */
export interface TimeFilterInput {
  readonly within?: string | null;
  readonly gridCode?: string | null;
  readonly category?: RecordCategory | null;
  readonly from?: Date | null;
  readonly to?: Date | null;
}

/** A condition on the columns records and matters share (grid, category, time). */
export type SharedWhere = Prisma.PublicOpinionRecordWhereInput & Prisma.MatterWhereInput;

/**
 * The conditions records and matters share: what the caller may read of `kind` (a caller with no
 * role that reads it is refused outright, so a wrong token is not mistaken for an empty county),
 * then the filter. `reach` is what the caller reads when it is more than `kind`'s read scope says
 * (matters routed to a department); `null` refuses.
 */
export function gridTimeWhere(
  context: Context,
  kind: 'RECORD' | 'MATTER',
  filter: TimeFilterInput | null | undefined,
  reach: SharedWhere | null = isEmptyScope(readScope(context.actor, kind))
    ? null
    : (readableWhere(context, kind, { code: 'gridCode' }) as SharedWhere),
): SharedWhere[] {
  if (reach === null) {
    throw new ForbiddenError('records and matters are for grid staff and their managers');
  }
  const and: SharedWhere[] = [reach];
  if (filter?.within) and.push(within('gridCode', filter.within));
  if (filter?.gridCode) and.push({ gridCode: filter.gridCode });
  if (filter?.category) and.push({ category: filter.category });
  refuseInvertedPeriod(filter?.from, filter?.to, ['filter', 'from']);
  if (filter?.from) and.push({ reportedAt: { gte: filter.from } });
  if (filter?.to) and.push({ reportedAt: { lt: filter.to } });
  return and;
}

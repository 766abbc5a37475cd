// The labelled enums of the family points.
import {
  EVALUATION_MEMBER_KIND_LABELS,
  OBJECTION_STATE_LABELS,
  POINT_EVENT_KIND_LABELS,
  PROPOSAL_STATE_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const PointEventKindEnum = labelledEnum(
  'PointEventKind',
  'The kind of a points event: an award, a deduction, a redemption at the shop or a correction.',
  POINT_EVENT_KIND_LABELS,
);

export const PointsProposalStateEnum = labelledEnum(
  'PointsProposalState',
  'Where a points proposal (积分申报) stands: proposed, approved or rejected by the evaluation group, ' +
    'posted, dropped on an upheld objection, or scored into the ledger.',
  PROPOSAL_STATE_LABELS,
);

export const PointsObjectionStateEnum = labelledEnum(
  'PointsObjectionState',
  'Where an objection (异议) against a posted proposal stands: open, upheld or dismissed.',
  OBJECTION_STATE_LABELS,
);

export const PointsEvaluationMemberKindEnum = labelledEnum(
  'PointsEvaluationMemberKind',
  'Who a member of a village’s points evaluation group (积分评议小组) is: a village cadre, a party member ' +
    'or a household representative.',
  EVALUATION_MEMBER_KIND_LABELS,
);

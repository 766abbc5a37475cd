// The labelled enums of the party area.
import {
  CADRE_LEAVE_STATE_LABELS,
  CADRE_ROLE_LABELS,
  CADRE_STATUS_LABELS,
  LEAVE_APPROVER_LABELS,
  MEETING_KIND_LABELS,
  MEMBER_STATUS_LABELS,
  ORGANISATION_KIND_LABELS,
  PARTNER_KIND_LABELS,
  RECALL_ACTION_LABELS,
  RECALL_REASON_LABELS,
  RECALL_STATE_LABELS,
  STATION_KIND_LABELS,
  STATIONING_KIND_LABELS,
  STRUCTURE_VIOLATION_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const PartyOrganisationKindEnum = labelledEnum(
  'PartyOrganisationKind',
  'The kind of a party organisation: committee, general branch, branch (of a unit, joint, of a grid, or the temporary branch of a work team) or party group.',
  ORGANISATION_KIND_LABELS,
);
export const PartyMemberStatusEnum = labelledEnum(
  'PartyMemberStatus',
  'A stage of membership development (发展党员), derived from the member’s dated steps for a given day.',
  MEMBER_STATUS_LABELS,
);
export const PartyMeetingKindEnum = labelledEnum(
  'PartyMeetingKind',
  'A kind of organisational life (三会一课, the theme day and the yearly organisational-life meeting).',
  MEETING_KIND_LABELS,
);
export const StructureViolationEnum = labelledEnum(
  'PartyStructureViolation',
  'A threshold of the branch rules (支部工作条例) an organisation breaks.',
  STRUCTURE_VIOLATION_LABELS,
);
export const CadreRoleEnum = labelledEnum(
  'CadreRole',
  'The role of a cadre in a work team.',
  CADRE_ROLE_LABELS,
);
export const CadreStatusEnum = labelledEnum(
  'CadreStatus',
  'Whether a cadre is stationed, recalled or at the end of the term.',
  CADRE_STATUS_LABELS,
);
export const StationingKindEnum = labelledEnum(
  'StationingKind',
  'How a cadre came to the team: sent by a unit, or a township cadre cross-stationed (交叉驻村).',
  STATIONING_KIND_LABELS,
);
export const StationKindEnum = labelledEnum(
  'StationKind',
  'Where a work team is stationed: a village or a monastery.',
  STATION_KIND_LABELS,
);
export const RecallReasonEnum = labelledEnum(
  'RecallReason',
  'A reason to recall a stationed cadre, as the county’s rules name it.',
  RECALL_REASON_LABELS,
);
export const RecallStateEnum = labelledEnum(
  'RecallState',
  'The state of a recall case: flagged, reviewed, then recalled (and replaced) or cleared.',
  RECALL_STATE_LABELS,
);
export const RecallActionEnum = labelledEnum(
  'RecallAction',
  'An action of the recall workflow.',
  RECALL_ACTION_LABELS,
);
export const PartnerKindEnum = labelledEnum(
  'CoBuildingPartnerKind',
  'The kind of a partner of a co-building activity.',
  PARTNER_KIND_LABELS,
);
export const CadreLeaveStateEnum = labelledEnum(
  'CadreLeaveState',
  'Where a stationed cadre’s leave request (请假) stands.',
  CADRE_LEAVE_STATE_LABELS,
);
export const LeaveApproverEnum = labelledEnum(
  'LeaveApprover',
  'Who decides a cadre’s leave: the township party committee up to the county’s limit (3 days), the county organisation department beyond it.',
  LEAVE_APPROVER_LABELS,
);

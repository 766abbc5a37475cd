// The grid area's labelled enums: values and descriptions from core's label tables.
import {
  ASSESSMENT_GRADE_LABELS,
  ATTENDANCE_STATUS_LABELS,
  CLOCK_DIRECTION_LABELS,
  COMMITTEE_SEAT_LABELS,
  CONSEQUENCE_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  GRID_KIND_LABELS,
  GRID_ROLE_LABELS,
  HOUSEHOLD_JOINT_ACTION_KIND_LABELS,
  LEAVE_ACTION_LABELS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
  MANAGING_UNIT_KIND_LABELS,
  SELECTION_STOP_LABELS,
  STAFFING_GAP_KIND_LABELS,
  TRAINING_TOPIC_LABELS,
} from '@grassroots/core';
import { labelledEnum } from '../shared/labels.js';

export const GridKindEnum = labelledEnum(
  'GridKind',
  'The kind of a grid (网格类别), which decides its staffing model.',
  GRID_KIND_LABELS,
);
export const GridRoleEnum = labelledEnum(
  'GridRole',
  'A position a person holds in a grid.',
  GRID_ROLE_LABELS,
);
export const StaffingGapKindEnum = labelledEnum(
  'StaffingGapKind',
  'How a grid departs from its staffing model.',
  STAFFING_GAP_KIND_LABELS,
);
export const LeaveKindEnum = labelledEnum('LeaveKind', 'A kind of leave (假别).', LEAVE_KIND_LABELS);
export const LeaveStatusEnum = labelledEnum(
  'LeaveStatus',
  'Where a leave request stands in its lifecycle (请销假).',
  LEAVE_STATUS_LABELS,
);
export const LeaveActionEnum = labelledEnum(
  'LeaveAction',
  'What can be done to a leave request; cancelling approved leave is 销假.',
  LEAVE_ACTION_LABELS,
);
export const AttendanceStatusEnum = labelledEnum(
  'AttendanceStatus',
  "A day's attendance status (考勤状态).",
  ATTENDANCE_STATUS_LABELS,
);
export const ClockDirectionEnum = labelledEnum(
  'ClockDirection',
  'A clock-in (上班打卡) or a clock-out (下班打卡).',
  CLOCK_DIRECTION_LABELS,
);
export const AssessmentGradeEnum = labelledEnum(
  'AssessmentGrade',
  'An assessment grade (考核等次), best first.',
  ASSESSMENT_GRADE_LABELS,
);
export const ConsequenceKindEnum = labelledEnum(
  'ConsequenceKind',
  'What a grade brings (奖惩).',
  CONSEQUENCE_KIND_LABELS,
);
export const TrainingTopicEnum = labelledEnum(
  'TrainingTopic',
  'A training topic (培训内容).',
  TRAINING_TOPIC_LABELS,
);
export const CommitteeSeatEnum = labelledEnum(
  'CommitteeSeat',
  "The capacity in which a member sits on a homeowners' committee.",
  COMMITTEE_SEAT_LABELS,
);
export const FundingSourceEnum = labelledEnum(
  'FundingSource',
  'How recruited posts are paid for.',
  FUNDING_SOURCE_LABELS,
);
export const SelectionStopEnum = labelledEnum(
  'SelectionStop',
  'Why a selection of candidates stopped.',
  SELECTION_STOP_LABELS,
);
export const ManagingUnitKindEnum = labelledEnum(
  'ManagingUnitKind',
  'The kinds of unit that employ and manage grid staff.',
  MANAGING_UNIT_KIND_LABELS,
);
export const HouseholdJointActionKindEnum = labelledEnum(
  'HouseholdJointActionKind',
  'What a household-joint head (联户长) did as the first level of handling (小事不出联户).',
  HOUSEHOLD_JOINT_ACTION_KIND_LABELS,
);

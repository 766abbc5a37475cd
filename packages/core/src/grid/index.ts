// The public API of the grid area (网格化管理): grids and household-joint units, staffing models and
// the counties' grid policies, managing units, recruitment, assignments, attendance, leave, assessment, training and homeowners' committees.

export type { ManagingUnitScope } from './access.js';
export {
  authoriseClockRecord,
  authoriseLeaveApplication,
  authoriseRecruitment,
  authoriseStaffingChange,
  canSeeStaffRecords,
  canSuperviseGrid,
  GRID_MANAGER_ROLES,
  GRID_SUPERVISOR_ROLES,
  leaveActorFor,
} from './access.js';
export type {
  AbsenceCap,
  Assessment,
  AssessmentComponents,
  AssessmentContext,
  AssessmentGrade,
  AssessmentInput,
  AssessmentPolicy,
  AssessmentWeights,
  Consequence,
  ConsequenceKind,
  GradeBand,
  Ratio,
} from './assessment.js';
export { ASSESSMENT_GRADES, CONSEQUENCE_KINDS } from './assessment.js';
export {
  assessPerformance,
  capGrade,
  checkRatio,
  createAssessmentPolicy,
  DEFAULT_ASSESSMENT_POLICY,
  DEFAULT_GRADE_BANDS,
  gradeFor,
  ratioToScore,
  scoreAssessment,
} from './assessment.rules.js';
export type { AssignmentInput } from './assignment.js';
export {
  activeAssignmentsOn,
  canManage,
  createAssignment,
  endAssignment,
  isAssignmentActiveOn,
  isGridRole,
} from './assignment.rules.js';
export type {
  AttendanceDay,
  AttendanceInput,
  AttendanceStatus,
  AttendanceSummary,
  ClockDirection,
  ClockRecord,
  WorkSchedule,
} from './attendance.js';
export { ATTENDANCE_STATUSES, CLOCK_DIRECTIONS } from './attendance.js';
export {
  attendanceOfDay,
  attendanceOfPeriod,
  createWorkSchedule,
  summariseAttendance,
} from './attendance.rules.js';
export type { CommitteeMember, CommitteeSeat, HomeownersCommittee } from './committee.js';
export { COMMITTEE_SEATS } from './committee.js';
export { createHomeownersCommittee } from './committee.rules.js';
export type {
  AssessmentError,
  AssignmentError,
  AttendanceError,
  CommitteeError,
  GridAccessError,
  GridError,
  JointActionError,
  LeaveError,
  RecruitmentError,
  StaffingError,
  TrainingError,
  UnitSizeError,
} from './grid.errors.js';
export {
  ASSESSMENT_ERRORS,
  ASSIGNMENT_ERRORS,
  ATTENDANCE_ERRORS,
  COMMITTEE_ERRORS,
  GRID_ACCESS_ERRORS,
  GRID_ERRORS,
  JOINT_ACTION_ERRORS,
  LEAVE_ERRORS,
  leaveTransitionNotAllowed,
  RECRUITMENT_ERRORS,
  STAFFING_ERRORS,
  TRAINING_ERRORS,
  UNIT_SIZE_ERRORS,
} from './grid.errors.js';
export type {
  Grid,
  GridBoundary,
  GridKind,
  GridName,
  GridRole,
  HouseholdJointUnit,
  LinearRing,
  Position,
  StaffAssignment,
} from './grid.js';
export { GRID_KINDS, GRID_ROLES } from './grid.js';
export {
  ASSESSMENT_GRADE_LABELS,
  ATTENDANCE_STATUS_LABELS,
  CLOCK_DIRECTION_LABELS,
  COMMITTEE_SEAT_LABELS,
  CONSEQUENCE_KIND_LABELS,
  FUNDING_SOURCE_LABELS,
  GRID_KIND_LABELS,
  GRID_ROLE_LABELS,
  HEADCOUNT_BASIS_LABELS,
  HOUSEHOLD_JOINT_ACTION_KIND_LABELS,
  LEAVE_ACTION_LABELS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
  MANAGING_UNIT_KIND_LABELS,
  SELECTION_STOP_LABELS,
  STAFFING_GAP_KIND_LABELS,
  TRAINING_TOPIC_LABELS,
} from './grid.labels.js';
export type { GridInput, HouseholdInSeveralUnits, HouseholdJointUnitInput } from './grid.rules.js';
export {
  addHouseholdToUnit,
  createGrid,
  createHouseholdJointUnit,
  findHouseholdsInSeveralUnits,
  isGridKind,
  parseGridCode,
  removeHouseholdFromUnits,
  unitOfHousehold,
  validateBoundary,
} from './grid.rules.js';
export type { HouseholdJointAction, HouseholdJointActionKind } from './joint-action.js';
export { HOUSEHOLD_JOINT_ACTION_KINDS, MAX_JOINT_ACTION_NOTE_LENGTH } from './joint-action.js';
export type { HouseholdJointActionInput } from './joint-action.rules.js';
export {
  isHouseholdJointActionKind,
  JOINT_ACTION_RECORDER_ROLES,
  recordHouseholdJointAction,
} from './joint-action.rules.js';
export type {
  DayPeriod,
  LeaveAction,
  LeaveActor,
  LeaveAuthority,
  LeaveDecision,
  LeaveKind,
  LeaveRequest,
  LeaveStatus,
  LeaveTransition,
  LeaveTransitionContext,
} from './leave.js';
export { LEAVE_ACTIONS, LEAVE_KINDS, LEAVE_STATUSES } from './leave.js';
export {
  allowedLeaveActions,
  countLeaveDays,
  createLeaveRequest,
  findLeaveTransition,
  findOverlappingLeave,
  isLeaveKind,
  isOnLeave,
  LEAVE_ACTION_TARGETS,
  LEAVE_TRANSITIONS,
  leaveDaysTaken,
  requestedLeaveDays,
  takenLeaveDays,
  transition as transitionLeave,
} from './leave.rules.js';
export type { ManagingUnit, ManagingUnitKind } from './managing-unit.js';
export { MANAGING_UNIT_KINDS } from './managing-unit.js';
export type { GridPolicy, UnitSizeBounds } from './policy.js';
export {
  DEFAULT_GRID_POLICY,
  DEFAULT_UNIT_SIZE_BOUNDS,
  GERZE_GRID_POLICY,
  GERZE_STAFFING_POLICY,
  GERZE_WORK_SCHEDULE,
  GRID_POLICIES,
  PASTORAL_STAFFING_MODEL,
  URBAN_STAFFING_MODEL,
} from './policy.js';
export { assessGridStaffing, gridPolicyFor, staffingModelOf } from './policy.rules.js';
export type {
  Candidate,
  CandidateStanding,
  FundingSource,
  Hire,
  InterviewScores,
  InterviewWeights,
  Posting,
  RankedCandidate,
  RecruitmentPlan,
  Selection,
  SelectionStop,
} from './recruitment.js';
export { FUNDING_SOURCES } from './recruitment.js';
export {
  candidateStandings,
  checkInterviewWeights,
  compareCandidates,
  createCandidate,
  createPosting,
  createRecruitmentPlan,
  DEFAULT_INTERVIEW_WEIGHTS,
  rankCandidates,
  recordInterview,
  selectCandidates,
  weightedScore,
} from './recruitment.rules.js';
export type {
  HeadcountBasis,
  RoleRequirement,
  RoleStaffing,
  StaffingAssessment,
  StaffingGap,
  StaffingModel,
  StaffingPolicy,
  StaffingSubject,
  StaffingSummary,
  StaffTotals,
} from './staffing.js';
export {
  assessStaffing,
  countStaffByRole,
  createStaffingModel,
  staffingModelFor,
  summariseStaffing,
} from './staffing.rules.js';
export type { TrainingSession, TrainingSummary, TrainingTopic } from './training.js';
export { TRAINING_TOPICS } from './training.js';
export {
  countPersonTimes,
  createTrainingSession,
  recordParticipation,
  summariseTraining,
} from './training.rules.js';
export type { UnitOutsideBounds } from './unit.rules.js';
export { checkUnitSize, unitSizeBoundsFor, unitsOutsideBounds } from './unit.rules.js';

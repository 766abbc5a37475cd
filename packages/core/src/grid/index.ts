// The public API of the grid area (网格化管理): grids and household-joint units, staffing models,
// recruitment, assignments, attendance, leave, assessment, training and homeowners' committees.

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
export {
  ASSESSMENT_GRADES,
  assessPerformance,
  CONSEQUENCE_KINDS,
  capGrade,
  checkRatio,
  createAssessmentPolicy,
  DEFAULT_ASSESSMENT_POLICY,
  DEFAULT_GRADE_BANDS,
  gradeFor,
  ratioToScore,
  scoreAssessment,
} from './assessment.js';
export type { AssignmentInput } from './assignment.js';
export {
  activeAssignmentsOn,
  canManage,
  createAssignment,
  endAssignment,
  isAssignmentActiveOn,
  isGridRole,
} from './assignment.js';
export type {
  AttendanceDay,
  AttendanceInput,
  AttendanceStatus,
  AttendanceSummary,
  ClockDirection,
  ClockRecord,
  WorkSchedule,
} from './attendance.js';
export {
  ATTENDANCE_STATUSES,
  attendanceOfDay,
  attendanceOfPeriod,
  CLOCK_DIRECTIONS,
  createWorkSchedule,
  summariseAttendance,
} from './attendance.js';
export type { CommitteeMember, CommitteeSeat, HomeownersCommittee } from './committee.js';
export { COMMITTEE_SEATS, createHomeownersCommittee } from './committee.js';
export type {
  AssessmentError,
  AssignmentError,
  AttendanceError,
  CommitteeError,
  GridAccessError,
  GridError,
  LeaveError,
  RecruitmentError,
  StaffingError,
  TrainingError,
} from './grid.errors.js';
export {
  ASSESSMENT_ERRORS,
  ASSIGNMENT_ERRORS,
  ATTENDANCE_ERRORS,
  COMMITTEE_ERRORS,
  GRID_ACCESS_ERRORS,
  GRID_ERRORS,
  LEAVE_ERRORS,
  leaveTransitionNotAllowed,
  RECRUITMENT_ERRORS,
  STAFFING_ERRORS,
  TRAINING_ERRORS,
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
  LEAVE_ACTION_LABELS,
  LEAVE_KIND_LABELS,
  LEAVE_STATUS_LABELS,
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
export {
  allowedLeaveActions,
  countLeaveDays,
  createLeaveRequest,
  findLeaveTransition,
  findOverlappingLeave,
  isLeaveKind,
  isOnLeave,
  LEAVE_ACTION_TARGETS,
  LEAVE_ACTIONS,
  LEAVE_KINDS,
  LEAVE_STATUSES,
  LEAVE_TRANSITIONS,
  leaveDaysTaken,
  requestedLeaveDays,
  takenLeaveDays,
  transition as transitionLeave,
} from './leave.js';
export type {
  Candidate,
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
export {
  checkInterviewWeights,
  compareCandidates,
  createCandidate,
  createPosting,
  createRecruitmentPlan,
  DEFAULT_INTERVIEW_WEIGHTS,
  FUNDING_SOURCES,
  rankCandidates,
  recordInterview,
  selectCandidates,
  weightedScore,
} from './recruitment.js';
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
  GERZE_STAFFING_POLICY,
  PASTORAL_STAFFING_MODEL,
  staffingModelFor,
  summariseStaffing,
  URBAN_STAFFING_MODEL,
} from './staffing.js';
export type { TrainingSession, TrainingSummary, TrainingTopic } from './training.js';
export {
  countPersonTimes,
  createTrainingSession,
  recordParticipation,
  summariseTraining,
  TRAINING_TOPICS,
} from './training.js';

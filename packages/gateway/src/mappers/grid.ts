// Grid-area rows ⇄ core's entities (grids, units, households, managing units, assignments, leave,
// clock records, assessments, recruitment, training, homeowners' committees): the one place that
// knows both shapes. Seeds, resolvers and mutations all go through these mappers.
import {
  ASSESSMENT_GRADES,
  type Assessment,
  type AssessmentComponents,
  type Candidate,
  type CandidateStanding,
  CLOCK_DIRECTIONS,
  type ClockRecord,
  COMMITTEE_SEATS,
  CONSEQUENCE_KINDS,
  type CommitteeMember,
  type Consequence,
  countyCodeOf,
  DEFAULT_INTERVIEW_WEIGHTS,
  type Fen,
  FUNDING_SOURCES,
  fenOf,
  GRID_KINDS,
  GRID_ROLES,
  type Grid,
  type GridBoundary,
  HOUSEHOLD_JOINT_ACTION_KINDS,
  type HomeownersCommittee,
  type HouseholdJointAction,
  type HouseholdJointUnit,
  LEAVE_KINDS,
  LEAVE_STATUSES,
  type LeaveRequest,
  MANAGING_UNIT_KINDS,
  type ManagingUnit,
  type Posting,
  parseCalendarDate,
  parseGridCode,
  parseRegionCode,
  type RecruitmentPlan,
  type RegionCode,
  type StaffAssignment,
  TRAINING_TOPICS,
  type TrainingSession,
  townshipCodeOf,
  validateBoundary,
  weightedScore,
} from '@grassroots/core';
import type {
  Assessment as AssessmentRow,
  Candidate as CandidateRow,
  ClockRecord as ClockRecordRow,
  CommitteeMember as CommitteeMemberRow,
  Grid as GridRow,
  HomeownersCommittee as HomeownersCommitteeRow,
  HouseholdJointAction as HouseholdJointActionRow,
  HouseholdJointUnit as HouseholdJointUnitRow,
  LeaveRequest as LeaveRequestRow,
  ManagingUnit as ManagingUnitRow,
  Posting as PostingRow,
  RecruitmentPlan as RecruitmentPlanRow,
  StaffAssignment as StaffAssignmentRow,
  TrainingSession as TrainingSessionRow,
} from '../generated/sqlite/client.js';
import {
  enumColumn,
  optionalEnumColumn,
  optionalParsedColumn,
  parsedColumn,
  type RowRef,
  StoredValueError,
} from './columns.js';

// ---- column kinds this area stores beyond the kit's --------------------------------------------

/** Whole fen stored in a BigInt column (exact on both databases), checked as core's `Fen`. */
function fenColumn(value: bigint, row: RowRef, column: string): Fen {
  const fen = fenOf(Number(value));
  if (!fen.ok || BigInt(fen.value) !== value) throw new StoredValueError(row, column, value.toString());
  return fen.value;
}

/** Enum values stored comma-separated in one text column (SQLite has no array columns). */
function enumListColumn<T extends string>(
  values: readonly T[],
  text: string,
  row: RowRef,
  column: string,
): T[] {
  return text === '' ? [] : text.split(',').map((value) => enumColumn(values, value, row, column));
}

/** A JSON text column read by `read`, which returns null for a value of the wrong shape. */
function jsonColumn<T>(text: string, read: (value: unknown) => T | null, row: RowRef, column: string): T {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new StoredValueError(row, column, text);
  }
  const value = read(parsed);
  if (value === null) throw new StoredValueError(row, column, text);
  return value;
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const gridCodeOf = (text: string) => parseGridCode(text);
const dateOf = (text: string) => parseCalendarDate(text);

// ---- managing units -----------------------------------------------------------------------------

export const managingUnitMapper = {
  /** A stored managing unit as core's entity; a StoredValueError names the row if core rejects a value. */
  toDomain(row: ManagingUnitRow): ManagingUnit {
    const ref: RowRef = { model: 'ManagingUnit', id: row.id };
    return {
      id: row.id,
      kind: enumColumn(MANAGING_UNIT_KINDS, row.kind, ref, 'kind'),
      nameZh: row.nameZh,
      nameEn: row.nameEn,
      regionCode: parsedColumn(parseRegionCode, row.regionCode, ref, 'regionCode'),
    };
  },

  toColumns(unit: ManagingUnit) {
    return {
      id: unit.id,
      kind: unit.kind,
      nameZh: unit.nameZh,
      nameEn: unit.nameEn,
      regionCode: unit.regionCode,
    };
  },
} as const;

// ---- grids, household-joint units, households -----------------------------------------------

/** The columns of a Grid row that core's Grid does not hold. */
export interface GridColumnsExtra {
  /** An English label, e.g. `Luren Community Grid 1`. */
  readonly nameEn: string;
  /** Whether the staff comply with the grid's model, as core's `assessGridStaffing` decided. */
  readonly compliant: boolean;
}

function boundaryOf(value: unknown): GridBoundary | null {
  if (!isRecord(value) || value.type !== 'Polygon' || !Array.isArray(value.coordinates)) return null;
  const checked = validateBoundary({ type: 'Polygon', coordinates: value.coordinates });
  return checked.ok ? checked.value : null;
}

/** The township a grid lies in. A grid code has 15 digits (createGrid checks it), so it names one. */
function townshipOf(grid: Pick<Grid, 'code'>): string {
  const township = townshipCodeOf(grid.code);
  if (township === null) throw new Error(`grid ${grid.code} has no township code`);
  return township;
}

export const gridMapper = {
  /** A grid's code and kind, checked: what rules about a grid need when its units are not loaded. */
  toRef(row: Pick<GridRow, 'code' | 'kind'>): Pick<Grid, 'code' | 'kind'> {
    const ref: RowRef = { model: 'Grid', id: row.code };
    return {
      code: parsedColumn(gridCodeOf, row.code, ref, 'code'),
      kind: enumColumn(GRID_KINDS, row.kind, ref, 'kind'),
    };
  },

  /** A stored grid as core's entity, with its units as loaded (see {@link householdJointUnitMapper}). */
  toDomain(row: GridRow, units: readonly HouseholdJointUnit[]): Grid {
    const ref: RowRef = { model: 'Grid', id: row.code };
    return {
      ...gridMapper.toRef(row),
      villageCode: parsedColumn(parseRegionCode, row.villageCode, ref, 'villageCode'),
      sequence: row.sequence,
      name: { zh: row.nameZh, bo: row.nameBo },
      boundary: row.boundary === null ? null : jsonColumn(row.boundary, boundaryOf, ref, 'boundary'),
      units,
    };
  },

  /**
   * The columns of a Grid row: core's fields, the township and county codes read from the grid code
   * (so "grids of a township or county" is an indexed filter), and the extra columns.
   */
  toColumns(grid: Grid, extra: GridColumnsExtra) {
    return {
      code: grid.code,
      villageCode: grid.villageCode,
      townshipCode: townshipOf(grid),
      countyCode: countyCodeOf(grid.code),
      sequence: grid.sequence,
      kind: grid.kind,
      nameZh: grid.name.zh,
      nameBo: grid.name.bo,
      nameEn: extra.nameEn,
      boundary: grid.boundary === null ? null : JSON.stringify(grid.boundary),
      compliant: extra.compliant,
    };
  },
} as const;

export const householdJointUnitMapper = {
  /** A stored unit as core's entity, with the ids of its households as loaded. */
  toDomain(row: HouseholdJointUnitRow, householdIds: readonly string[]): HouseholdJointUnit {
    return { id: row.id, name: row.name, headPersonId: row.headPersonId, householdIds: [...householdIds] };
  },

  /** The columns of a unit of `grid`; `sequence` is its place among the grid's units, from 1. */
  toColumns(unit: HouseholdJointUnit, grid: Pick<Grid, 'code'>, sequence: number) {
    return {
      id: unit.id,
      gridCode: grid.code,
      sequence,
      name: unit.name,
      headPersonId: unit.headPersonId,
    };
  },
} as const;

export const householdMapper = {
  /**
   * The columns of a household of `unit` in `grid`. Core knows a household as an id in its unit; the
   * grid and village are stored with it so that both are indexed filters.
   */
  toColumns(
    householdId: string,
    unit: Pick<HouseholdJointUnit, 'id'>,
    grid: Pick<Grid, 'code' | 'villageCode'>,
  ) {
    return { id: householdId, unitId: unit.id, gridCode: grid.code, villageCode: grid.villageCode };
  },
} as const;

// ---- staff assignments ---------------------------------------------------------------------------

type StaffAssignmentColumns = Pick<
  StaffAssignmentRow,
  'id' | 'personId' | 'gridCode' | 'role' | 'managingUnitId' | 'from' | 'until'
>;

export const staffAssignmentMapper = {
  /** A stored assignment as core's entity. */
  toDomain(row: StaffAssignmentColumns): StaffAssignment {
    const ref: RowRef = { model: 'StaffAssignment', id: row.id };
    return {
      id: row.id,
      personId: row.personId,
      gridCode: parsedColumn(gridCodeOf, row.gridCode, ref, 'gridCode'),
      role: enumColumn(GRID_ROLES, row.role, ref, 'role'),
      managingUnitId: row.managingUnitId,
      from: parsedColumn(dateOf, row.from, ref, 'from'),
      until: optionalParsedColumn(dateOf, row.until, ref, 'until'),
    };
  },

  toColumns(assignment: StaffAssignment) {
    return {
      id: assignment.id,
      personId: assignment.personId,
      gridCode: assignment.gridCode,
      role: assignment.role,
      managingUnitId: assignment.managingUnitId,
      from: assignment.from,
      until: assignment.until,
    };
  },
} as const;

// ---- leave and clock records ---------------------------------------------------------------------

export const leaveRequestMapper = {
  /** A stored leave request as core's entity, its decision read back from its columns. */
  toDomain(row: LeaveRequestRow): LeaveRequest {
    const ref: RowRef = { model: 'LeaveRequest', id: row.id };
    const outcome = optionalEnumColumn(
      ['APPROVED', 'REJECTED'] as const,
      row.decisionOutcome,
      ref,
      'decisionOutcome',
    );
    return {
      id: row.id,
      personId: row.personId,
      assignmentId: row.assignmentId,
      kind: enumColumn(LEAVE_KINDS, row.kind, ref, 'kind'),
      startDate: parsedColumn(dateOf, row.startDate, ref, 'startDate'),
      endDate: parsedColumn(dateOf, row.endDate, ref, 'endDate'),
      reason: row.reason,
      status: enumColumn(LEAVE_STATUSES, row.status, ref, 'status'),
      createdAt: row.createdAt,
      submittedAt: row.submittedAt,
      decision:
        outcome !== null && row.decidedByUnitId !== null && row.decidedAt !== null
          ? {
              outcome,
              byUnitId: row.decidedByUnitId,
              byPersonId: row.decidedByPersonId,
              at: row.decidedAt,
              note: row.decisionNote,
            }
          : null,
      cancelledAt: row.cancelledAt,
      returnedOn: optionalParsedColumn(dateOf, row.returnedOn, ref, 'returnedOn'),
    };
  },

  /** The columns of a leave request, its decision flattened (the row's `version` is not core's). */
  toColumns(request: LeaveRequest) {
    return {
      id: request.id,
      personId: request.personId,
      assignmentId: request.assignmentId,
      kind: request.kind,
      startDate: request.startDate,
      endDate: request.endDate,
      reason: request.reason,
      status: request.status,
      createdAt: request.createdAt,
      submittedAt: request.submittedAt,
      decisionOutcome: request.decision?.outcome ?? null,
      decidedByUnitId: request.decision?.byUnitId ?? null,
      decidedByPersonId: request.decision?.byPersonId ?? null,
      decidedAt: request.decision?.at ?? null,
      decisionNote: request.decision?.note ?? null,
      cancelledAt: request.cancelledAt,
      returnedOn: request.returnedOn,
    };
  },
} as const;

export const clockRecordMapper = {
  /** A stored clock record as core's value (core's records carry no id). */
  toDomain(row: ClockRecordRow): ClockRecord {
    const ref: RowRef = { model: 'ClockRecord', id: row.id };
    return {
      personId: row.personId,
      direction: enumColumn(CLOCK_DIRECTIONS, row.direction, ref, 'direction'),
      at: row.at,
    };
  },

  /** The columns of a clock record stored under `id`. */
  toColumns(record: ClockRecord, id: string) {
    return { id, personId: record.personId, direction: record.direction, at: record.at };
  },
} as const;

export const householdJointActionMapper = {
  /** A stored action of a household-joint head as core's value. */
  toDomain(row: HouseholdJointActionRow): HouseholdJointAction {
    const ref: RowRef = { model: 'HouseholdJointAction', id: row.id };
    return {
      id: row.id,
      unitId: row.unitId,
      gridCode: row.gridCode,
      kind: enumColumn(HOUSEHOLD_JOINT_ACTION_KINDS, row.kind, ref, 'kind'),
      note: row.note,
      occurredAt: row.occurredAt,
      recordedAt: row.recordedAt,
      recordedByPersonId: row.recordedByPersonId,
    };
  },

  /** The columns of an action. */
  toColumns(action: HouseholdJointAction) {
    return {
      id: action.id,
      unitId: action.unitId,
      gridCode: action.gridCode,
      kind: action.kind,
      note: action.note,
      occurredAt: action.occurredAt,
      recordedAt: action.recordedAt,
      recordedByPersonId: action.recordedByPersonId,
    };
  },
} as const;

// ---- assessments --------------------------------------------------------------------------------

/** An assessment as stored: the grade the score reached before any absence cap is not kept. */
export type StoredAssessment = Omit<Assessment, 'scoreGrade'>;

function isPoints(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= 10_000;
}

function componentsOf(value: unknown): AssessmentComponents | null {
  if (!isRecord(value)) return null;
  const { attendance, tasksOnTime, satisfaction } = value;
  return isPoints(attendance) && isPoints(tasksOnTime) && isPoints(satisfaction)
    ? { attendance, tasksOnTime, satisfaction }
    : null;
}

function consequenceOf(value: unknown): Consequence | null {
  if (!isRecord(value) || !(CONSEQUENCE_KINDS as readonly unknown[]).includes(value.kind)) return null;
  if (value.kind === 'WARNING' || value.kind === 'DISMISSAL_REVIEW') return { kind: value.kind };
  const amount = typeof value.amountFen === 'number' ? fenOf(value.amountFen) : null;
  if (amount === null || !amount.ok) return null;
  return value.kind === 'BONUS'
    ? { kind: 'BONUS', amountFen: amount.value }
    : { kind: 'DEDUCTION', amountFen: amount.value };
}

function consequencesOf(value: unknown): Consequence[] | null {
  if (!Array.isArray(value)) return null;
  const consequences = value.map(consequenceOf);
  return consequences.every((consequence) => consequence !== null) ? consequences : null;
}

export const assessmentMapper = {
  /** A stored assessment as core's entity; the person is the assignment's. */
  toDomain(
    row: AssessmentRow & { readonly assignment: Pick<StaffAssignmentRow, 'personId'> },
  ): StoredAssessment {
    const ref: RowRef = { model: 'Assessment', id: row.id };
    return {
      id: row.id,
      personId: row.assignment.personId,
      assignmentId: row.assignmentId,
      period: {
        from: parsedColumn(dateOf, row.periodFrom, ref, 'periodFrom'),
        to: parsedColumn(dateOf, row.periodTo, ref, 'periodTo'),
      },
      components: jsonColumn(row.components, componentsOf, ref, 'components'),
      score: row.score,
      grade: enumColumn(ASSESSMENT_GRADES, row.grade, ref, 'grade'),
      consequences: jsonColumn(row.consequences, consequencesOf, ref, 'consequences'),
      assessedByUnitId: row.assessedByUnitId,
      assessedAt: row.assessedAt,
    };
  },

  /** The columns of an assessment: the measures and consequences as JSON text. */
  toColumns(assessment: StoredAssessment) {
    return {
      id: assessment.id,
      assignmentId: assessment.assignmentId,
      periodFrom: assessment.period.from,
      periodTo: assessment.period.to,
      score: assessment.score,
      grade: assessment.grade,
      components: JSON.stringify(assessment.components),
      consequences: JSON.stringify(assessment.consequences),
      assessedByUnitId: assessment.assessedByUnitId,
      assessedAt: assessment.assessedAt,
    };
  },
} as const;

// ---- recruitment --------------------------------------------------------------------------------

export const recruitmentPlanMapper = {
  /** A stored plan as core's entity; the budget is read from its BigInt fen column. */
  toDomain(row: RecruitmentPlanRow): RecruitmentPlan {
    const ref: RowRef = { model: 'RecruitmentPlan', id: row.id };
    return {
      id: row.id,
      name: row.name,
      budgetFen: fenColumn(row.budgetFen, ref, 'budgetFen'),
      quota: row.quota,
      funding: enumColumn(FUNDING_SOURCES, row.funding, ref, 'funding'),
      passMark: row.passMark,
    };
  },

  /** The columns of a plan run by the region `regionCode` (core's plan does not name its region). */
  toColumns(plan: RecruitmentPlan, extra: { readonly regionCode: RegionCode }) {
    return {
      id: plan.id,
      name: plan.name,
      regionCode: extra.regionCode,
      budgetFen: BigInt(plan.budgetFen),
      quota: plan.quota,
      funding: plan.funding,
      passMark: plan.passMark,
    };
  },
} as const;

export const postingMapper = {
  /** A stored posting as core's entity; the annual cost is read from its BigInt fen column. */
  toDomain(row: PostingRow): Posting {
    const ref: RowRef = { model: 'Posting', id: row.id };
    return {
      id: row.id,
      planId: row.planId,
      title: row.title,
      role: enumColumn(GRID_ROLES, row.role, ref, 'role'),
      gridKind: optionalEnumColumn(GRID_KINDS, row.gridKind, ref, 'gridKind'),
      openings: row.openings,
      annualCostFen: fenColumn(row.annualCostFen, ref, 'annualCostFen'),
    };
  },

  toColumns(posting: Posting) {
    return {
      id: posting.id,
      planId: posting.planId,
      title: posting.title,
      role: posting.role,
      gridKind: posting.gridKind,
      openings: posting.openings,
      annualCostFen: BigInt(posting.annualCostFen),
    };
  },
} as const;

export const candidateMapper = {
  /** A stored candidate as core's entity: scores only when all three were recorded. */
  toDomain(row: CandidateRow): Candidate {
    const { professionalSkill, personalCharacter, communication } = row;
    const interviewed = professionalSkill !== null && personalCharacter !== null && communication !== null;
    return {
      id: row.id,
      personId: row.personId,
      postingId: row.postingId,
      appliedAt: row.appliedAt,
      scores: interviewed ? { professionalSkill, personalCharacter, communication } : null,
    };
  },

  /**
   * The columns of a candidate: the scores, the weighted score core computes from them with the
   * default weights (stored so lists can show and order by it), and where the last selection left the
   * candidate (core's `candidateStandings`; unranked since an interview recorded after it).
   */
  toColumns(candidate: Candidate, standing: Pick<CandidateStanding, 'rank' | 'hired'>) {
    return {
      id: candidate.id,
      personId: candidate.personId,
      postingId: candidate.postingId,
      appliedAt: candidate.appliedAt,
      professionalSkill: candidate.scores?.professionalSkill ?? null,
      personalCharacter: candidate.scores?.personalCharacter ?? null,
      communication: candidate.scores?.communication ?? null,
      weightedScore:
        candidate.scores === null ? null : weightedScore(candidate.scores, DEFAULT_INTERVIEW_WEIGHTS),
      rank: standing.rank,
      hired: standing.hired,
    };
  },
} as const;

// ---- training -----------------------------------------------------------------------------------

export const trainingSessionMapper = {
  /** A stored session without its participants: what reads of one session's own fields need. */
  toOutline(row: TrainingSessionRow): Omit<TrainingSession, 'participantIds'> {
    const ref: RowRef = { model: 'TrainingSession', id: row.id };
    return {
      id: row.id,
      title: row.title,
      date: parsedColumn(dateOf, row.date, ref, 'date'),
      topics: enumListColumn(TRAINING_TOPICS, row.topics, ref, 'topics'),
      targetRoles: enumListColumn(GRID_ROLES, row.targetRoles, ref, 'targetRoles'),
    };
  },

  /** A stored session as core's entity, with the people its participation rows name. */
  toDomain(row: TrainingSessionRow, participantIds: readonly string[]): TrainingSession {
    return { ...trainingSessionMapper.toOutline(row), participantIds: [...participantIds] };
  },

  /** The columns of a session run by the region `regionCode`; its participants are rows of their own. */
  toColumns(session: TrainingSession, extra: { readonly regionCode: RegionCode }) {
    return {
      id: session.id,
      title: session.title,
      date: session.date,
      regionCode: extra.regionCode,
      topics: session.topics.join(','),
      targetRoles: session.targetRoles.join(','),
    };
  },
} as const;

export const trainingParticipationMapper = {
  /** The columns of one person-time: `personId` at `session`. */
  toColumns(session: Pick<TrainingSession, 'id'>, personId: string) {
    return { sessionId: session.id, personId };
  },
} as const;

// ---- homeowners' committees -------------------------------------------------------------------

export const homeownersCommitteeMapper = {
  /** A stored committee as core's entity, with its members as loaded. */
  toDomain(row: HomeownersCommitteeRow, members: readonly CommitteeMember[]): HomeownersCommittee {
    const ref: RowRef = { model: 'HomeownersCommittee', id: row.id };
    return {
      id: row.id,
      gridCode: parsedColumn(gridCodeOf, row.gridCode, ref, 'gridCode'),
      name: row.name,
      members: [...members],
    };
  },

  /** The columns of a committee; its members are rows of their own. */
  toColumns(committee: HomeownersCommittee) {
    return { id: committee.id, gridCode: committee.gridCode, name: committee.name };
  },
} as const;

export const committeeMemberMapper = {
  /** A stored member as core's value. */
  toDomain(row: CommitteeMemberRow): CommitteeMember {
    const ref: RowRef = { model: 'CommitteeMember', id: `${row.committeeId}/${row.personId}` };
    return { personId: row.personId, seat: enumColumn(COMMITTEE_SEATS, row.seat, ref, 'seat') };
  },

  /** The columns of a member of `committee`. */
  toColumns(committee: Pick<HomeownersCommittee, 'id'>, member: CommitteeMember) {
    return { committeeId: committee.id, personId: member.personId, seat: member.seat };
  },
} as const;

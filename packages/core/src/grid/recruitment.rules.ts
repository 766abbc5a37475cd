import { type Fen, isFen } from '../shared/money.js';
import { err, ok, type Result } from '../shared/result.js';
import { isGridRole } from './assignment.rules.js';
import { at, RECRUITMENT_ERRORS, type RecruitmentError } from './grid.errors.js';
import type { GridKind, GridRole } from './grid.js';
import { isGridKind } from './grid.rules.js';
import {
  type Candidate,
  type CandidateStanding,
  FUNDING_SOURCES,
  type FundingSource,
  type Hire,
  type InterviewScores,
  type InterviewWeights,
  type Posting,
  type RankedCandidate,
  type RecruitmentPlan,
  type Selection,
  type SelectionStop,
} from './recruitment.js';
import { isBlank } from './text.rules.js';

/**
 * Default interview weights: professional skill 40, personal character 30, communication 30. The
 * article names the three criteria but not their weights; counties set their own.
 */
export const DEFAULT_INTERVIEW_WEIGHTS: InterviewWeights = {
  professionalSkill: 40,
  personalCharacter: 30,
  communication: 30,
};

const MAX_SCORE = 10_000;

function isScore(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0 && value <= MAX_SCORE;
}

function isPositiveFen(value: number): value is Fen {
  return isFen(value) && value > 0;
}

/** Builds a recruitment plan; the budget is positive whole fen, the quota a positive integer. */
export function createRecruitmentPlan(input: {
  readonly id: string;
  readonly name: string;
  readonly budgetFen: number;
  readonly quota: number;
  readonly funding: FundingSource;
  readonly passMark?: number;
}): Result<RecruitmentPlan, RecruitmentError> {
  if (isBlank(input.id)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.name)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'name'));
  const { budgetFen } = input;
  if (!isPositiveFen(budgetFen)) return err(at(RECRUITMENT_ERRORS.BUDGET, 'budgetFen'));
  if (!Number.isSafeInteger(input.quota) || input.quota <= 0)
    return err(at(RECRUITMENT_ERRORS.QUOTA, 'quota'));
  if (!FUNDING_SOURCES.includes(input.funding)) return err(at(RECRUITMENT_ERRORS.FUNDING, 'funding'));
  const passMark = input.passMark ?? 0;
  if (!isScore(passMark)) return err(at(RECRUITMENT_ERRORS.PASS_MARK, 'passMark'));
  return ok({
    id: input.id,
    name: input.name.trim(),
    budgetFen,
    quota: input.quota,
    funding: input.funding,
    passMark,
  });
}

/** Builds a posting of `plan`: positive openings and a positive annual cost per hire in fen. */
export function createPosting(
  plan: Pick<RecruitmentPlan, 'id'>,
  input: {
    readonly id: string;
    readonly title: string;
    readonly role: GridRole;
    readonly gridKind?: GridKind | null;
    readonly openings: number;
    readonly annualCostFen: number;
  },
): Result<Posting, RecruitmentError> {
  if (isBlank(input.id)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.title)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'title'));
  if (!isGridRole(input.role)) return err(at(RECRUITMENT_ERRORS.ROLE, 'role'));
  const gridKind = input.gridKind ?? null;
  if (gridKind !== null && !isGridKind(gridKind)) return err(at(RECRUITMENT_ERRORS.GRID_KIND, 'gridKind'));
  if (!Number.isSafeInteger(input.openings) || input.openings <= 0) {
    return err(at(RECRUITMENT_ERRORS.OPENINGS, 'openings'));
  }
  const { annualCostFen } = input;
  if (!isPositiveFen(annualCostFen)) return err(at(RECRUITMENT_ERRORS.COST, 'annualCostFen'));
  return ok({
    id: input.id,
    planId: plan.id,
    title: input.title.trim(),
    role: input.role,
    gridKind,
    openings: input.openings,
    annualCostFen,
  });
}

function checkScores(scores: InterviewScores, path: string): RecruitmentError | null {
  for (const key of ['professionalSkill', 'personalCharacter', 'communication'] as const) {
    if (!isScore(scores[key])) return at(RECRUITMENT_ERRORS.SCORE, path, key);
  }
  return null;
}

/** Builds a candidate for a posting; interview scores may be recorded now or later. */
export function createCandidate(input: {
  readonly id: string;
  readonly personId: string;
  readonly postingId: string;
  readonly appliedAt: Date;
  readonly scores?: InterviewScores | null;
}): Result<Candidate, RecruitmentError> {
  if (isBlank(input.id)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'id'));
  if (isBlank(input.personId)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'personId'));
  if (isBlank(input.postingId)) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'postingId'));
  if (Number.isNaN(input.appliedAt.getTime())) return err(at(RECRUITMENT_ERRORS.REQUIRED, 'appliedAt'));
  const scores = input.scores ?? null;
  if (scores !== null) {
    const problem = checkScores(scores, 'scores');
    if (problem !== null) return err(problem);
  }
  return ok({
    id: input.id,
    personId: input.personId,
    postingId: input.postingId,
    appliedAt: input.appliedAt,
    scores: scores === null ? null : { ...scores },
  });
}

/** Records (or corrects) a candidate's interview scores, each 0–10000 hundredths of a point. */
export function recordInterview(
  candidate: Candidate,
  scores: InterviewScores,
): Result<Candidate, RecruitmentError> {
  const problem = checkScores(scores, 'scores');
  if (problem !== null) return err(problem);
  return ok({ ...candidate, scores: { ...scores } });
}

/** Checks interview weights: non-negative integers with a positive sum. */
export function checkInterviewWeights(weights: InterviewWeights): Result<InterviewWeights, RecruitmentError> {
  const values = [weights.professionalSkill, weights.personalCharacter, weights.communication];
  const valid = values.every((value) => Number.isSafeInteger(value) && value >= 0 && value <= MAX_SCORE);
  if (!valid || values.reduce((sum, value) => sum + value, 0) === 0) {
    return err(at(RECRUITMENT_ERRORS.WEIGHTS, 'weights'));
  }
  return ok(weights);
}

// Σ weight × score, exact: comparing these sums ranks without any rounding.
function weightedSum(scores: InterviewScores, weights: InterviewWeights): number {
  return (
    scores.professionalSkill * weights.professionalSkill +
    scores.personalCharacter * weights.personalCharacter +
    scores.communication * weights.communication
  );
}

function weightTotal(weights: InterviewWeights): number {
  return weights.professionalSkill + weights.personalCharacter + weights.communication;
}

/** The weighted interview score in hundredths of a point, rounded half up once at the end. */
export function weightedScore(scores: InterviewScores, weights: InterviewWeights): number {
  const total = weightTotal(weights);
  return Math.floor((2 * weightedSum(scores, weights) + total) / (2 * total));
}

/**
 * Orders two interviewed candidates, better first (a negative result puts `a` first): higher
 * weighted score, then higher professional skill, then higher personal character, then the earlier
 * application, then the smaller candidate id, so the order is total and repeatable.
 */
export function compareCandidates(
  a: Candidate & { readonly scores: InterviewScores },
  b: Candidate & { readonly scores: InterviewScores },
  weights: InterviewWeights,
): number {
  return (
    weightedSum(b.scores, weights) - weightedSum(a.scores, weights) ||
    b.scores.professionalSkill - a.scores.professionalSkill ||
    b.scores.personalCharacter - a.scores.personalCharacter ||
    a.appliedAt.getTime() - b.appliedAt.getTime() ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

function isInterviewed(candidate: Candidate): candidate is Candidate & { readonly scores: InterviewScores } {
  return candidate.scores !== null;
}

/**
 * Ranks the interviewed candidates, best first, by {@link compareCandidates}; ranks are 1, 2, 3, …
 * (the tie-breaks leave no ties). Candidates without scores are left out.
 */
export function rankCandidates(
  candidates: readonly Candidate[],
  weights: InterviewWeights,
): readonly RankedCandidate[] {
  return candidates
    .filter(isInterviewed)
    .sort((a, b) => compareCandidates(a, b, weights))
    .map((candidate, index) => ({
      candidate,
      rank: index + 1,
      weightedScore: weightedScore(candidate.scores, weights),
    }));
}

/**
 * Selects the best candidates (择优招聘) within the plan's quota and budget.
 *
 * Candidates are taken in rank order. One below the pass mark, one already hired for another
 * posting, or one whose posting has no opening left is passed over. Selection stops when the quota
 * is filled, or when the next hire would take the total annual cost above the budget: a cheaper,
 * lower-ranked candidate is never hired in place of a better one.
 */
export function selectCandidates(
  plan: RecruitmentPlan,
  postings: readonly Posting[],
  candidates: readonly Candidate[],
  weights: InterviewWeights = DEFAULT_INTERVIEW_WEIGHTS,
): Result<Selection, RecruitmentError> {
  const checkedWeights = checkInterviewWeights(weights);
  if (!checkedWeights.ok) return checkedWeights;
  const postingsById = new Map<string, Posting>();
  for (const [index, posting] of postings.entries()) {
    if (posting.planId !== plan.id) return err(at(RECRUITMENT_ERRORS.POSTING_NOT_IN_PLAN, 'postings', index));
    postingsById.set(posting.id, posting);
  }
  const candidateIds = new Set<string>();
  for (const [index, candidate] of candidates.entries()) {
    if (candidateIds.has(candidate.id))
      return err(at(RECRUITMENT_ERRORS.CANDIDATE_DUPLICATE, 'candidates', index));
    candidateIds.add(candidate.id);
    if (!postingsById.has(candidate.postingId)) {
      return err(at(RECRUITMENT_ERRORS.POSTING_NOT_FOUND, 'candidates', index, 'postingId'));
    }
  }

  const hired: Hire[] = [];
  const hiredPersons = new Set<string>();
  const filled = new Map<string, number>();
  const passSum = plan.passMark * weightTotal(weights);
  let spent = 0;
  let stoppedBy: SelectionStop = 'CANDIDATES_EXHAUSTED';
  for (const ranked of rankCandidates(candidates, weights)) {
    if (hired.length === plan.quota) {
      stoppedBy = 'QUOTA';
      break;
    }
    const { candidate } = ranked;
    const posting = postingsById.get(candidate.postingId);
    if (posting === undefined || candidate.scores === null) continue;
    const taken = filled.get(posting.id) ?? 0;
    if (weightedSum(candidate.scores, weights) < passSum || hiredPersons.has(candidate.personId)) continue;
    if (taken >= posting.openings) continue;
    if (spent + posting.annualCostFen > plan.budgetFen) {
      stoppedBy = 'BUDGET';
      break;
    }
    spent += posting.annualCostFen;
    filled.set(posting.id, taken + 1);
    hiredPersons.add(candidate.personId);
    hired.push({ ...ranked, posting, costFen: posting.annualCostFen });
  }
  if (stoppedBy === 'CANDIDATES_EXHAUSTED' && hired.length === plan.quota) stoppedBy = 'QUOTA';
  return ok({
    planId: plan.id,
    hired,
    totalCostFen: spent as Fen,
    remainingBudgetFen: (plan.budgetFen - spent) as Fen,
    stoppedBy,
    notInterviewedIds: candidates
      .filter((candidate) => candidate.scores === null)
      .map((candidate) => candidate.id),
  });
}

/**
 * Where each of `candidates` stands after `selection` (made from them with the same `weights`), in
 * their given order: their rank by {@link rankCandidates}, and whether the selection hired them.
 */
export function candidateStandings(
  candidates: readonly Candidate[],
  selection: Pick<Selection, 'hired'>,
  weights: InterviewWeights = DEFAULT_INTERVIEW_WEIGHTS,
): readonly CandidateStanding[] {
  const ranks = new Map(
    rankCandidates(candidates, weights).map((ranked) => [ranked.candidate.id, ranked.rank]),
  );
  const hired = new Set(selection.hired.map((hire) => hire.candidate.id));
  return candidates.map((candidate) => ({
    candidate,
    rank: ranks.get(candidate.id) ?? null,
    hired: hired.has(candidate.id),
  }));
}

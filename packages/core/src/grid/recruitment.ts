// Recruitment (招聘) by government purchase of services: plans, postings, candidates and the
// selection. The rules are in recruitment.rules.ts.
import type { Fen } from '../shared/money.js';
import type { GridKind, GridRole } from './grid.js';

/** How the posts are paid for; 改则县 hired its grid workers by government purchase of services. */
export type FundingSource = 'PURCHASE_OF_SERVICES';

/** Every funding source. */
export const FUNDING_SOURCES: readonly FundingSource[] = ['PURCHASE_OF_SERVICES'];

/**
 * A recruitment plan (招聘方案): a budget in fen, a quota of hires, the funding, and the pass mark an
 * interview must reach (hundredths of a point, 0–10000).
 */
export interface RecruitmentPlan {
  readonly id: string;
  readonly name: string;
  readonly budgetFen: Fen;
  readonly quota: number;
  readonly funding: FundingSource;
  readonly passMark: number;
}

/**
 * A posting (招聘岗位) of a plan: a role, optionally for one kind of grid, with a number of openings
 * and the annual cost of one hire in fen.
 */
export interface Posting {
  readonly id: string;
  readonly planId: string;
  readonly title: string;
  readonly role: GridRole;
  readonly gridKind: GridKind | null;
  readonly openings: number;
  readonly annualCostFen: Fen;
}

/**
 * Interview scores (面试考察) on the three things the county assessed: professional skill (专业技能),
 * personal character (个人品质) and communication (沟通能力). Each is 0–100 points in integer
 * hundredths (0–10000), so weighting never drifts.
 */
export interface InterviewScores {
  readonly professionalSkill: number;
  readonly personalCharacter: number;
  readonly communication: number;
}

/** How much each interview score weighs: non-negative integers with a positive sum. */
export type InterviewWeights = InterviewScores;

/** A candidate (应聘人) for one posting; `scores` stays `null` until the interview is recorded. */
export interface Candidate {
  readonly id: string;
  readonly personId: string;
  readonly postingId: string;
  readonly appliedAt: Date;
  readonly scores: InterviewScores | null;
}

/** A candidate's place in the ranking; `weightedScore` is in hundredths, rounded half up. */
export interface RankedCandidate {
  readonly candidate: Candidate;
  readonly rank: number;
  readonly weightedScore: number;
}

/** A hire made by `selectCandidates`, with what it costs a year. */
export interface Hire extends RankedCandidate {
  readonly posting: Posting;
  readonly costFen: Fen;
}

/** Why selection stopped: the quota was filled, the next hire would pass the budget, or no one was left. */
export type SelectionStop = 'QUOTA' | 'BUDGET' | 'CANDIDATES_EXHAUSTED';

/** The outcome of `selectCandidates` (择优招聘). */
export interface Selection {
  readonly planId: string;
  readonly hired: readonly Hire[];
  readonly totalCostFen: Fen;
  readonly remainingBudgetFen: Fen;
  readonly stoppedBy: SelectionStop;
  /** Candidates without recorded interview scores: not ranked, never hired. */
  readonly notInterviewedIds: readonly string[];
}

/** Where a candidate stands after a selection: their place in its ranking, and whether it hired them. */
export interface CandidateStanding {
  readonly candidate: Candidate;
  /** Place in the ranking; `null` for a candidate without interview scores, who is not ranked. */
  readonly rank: number | null;
  readonly hired: boolean;
}

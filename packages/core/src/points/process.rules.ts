import { type Actor, hasRoleIn, type Role, type RoleGrant } from '../shared/actor.js';
import {
  addDays,
  type CalendarDate,
  compareDates,
  parseCalendarDate,
  shanghaiDateOf,
} from '../shared/date.js';
import { isWithin } from '../shared/division-code.js';
import { err, ok, type Result } from '../shared/result.js';
import { catalogueInForce } from './catalogue.rules.js';
import { type PointRecording, redeemPoints, scoreRuleItem } from './ledger.rules.js';
import {
  at,
  POINTS_ACCESS_ERRORS,
  POINTS_ERRORS,
  POINTS_PROCESS_ERRORS,
  type PointsAccessError,
  type PointsError,
  type PointsProcessError,
} from './points.errors.js';
import type {
  PointEvent,
  PointLedger,
  PointLedgerChange,
  PointsCatalogue,
  PointsShopItem,
} from './points.js';
import { DEFAULT_POINTS_POLICY, POINTS_POLICIES } from './policy.js';
import type {
  EvaluationGroup,
  EvaluationSession,
  PointsObjection,
  PointsPolicy,
  PointsPosting,
  PointsProposal,
  ProposalAction,
  ProposalTransitionRule,
  ProposalVote,
} from './process.js';

/**
 * The proposal lifecycle as data: each row lets one action take a proposal from one state to
 * another; anything not listed is refused. 申报 → 评议 (通过 / 未通过) → 公示 → 异议成立 or 记分.
 */
export const PROPOSAL_TRANSITIONS: readonly ProposalTransitionRule[] = [
  { from: 'PROPOSED', action: 'APPROVE', to: 'APPROVED' },
  { from: 'PROPOSED', action: 'REJECT', to: 'REJECTED' },
  { from: 'APPROVED', action: 'POST', to: 'POSTED' },
  // An upheld objection drops the item; closing the posting scores the rest.
  { from: 'POSTED', action: 'DROP', to: 'DROPPED' },
  { from: 'POSTED', action: 'SCORE', to: 'SCORED' },
];

/** What a step sets beside the state. */
export type ProposalStep = Partial<
  Pick<PointsProposal, 'sessionId' | 'evaluatedMonth' | 'votesFor' | 'votesAgainst' | 'postingId' | 'eventId'>
>;

/** Moves a proposal by `action` as {@link PROPOSAL_TRANSITIONS} allows, or `POINTS.PROPOSAL_TRANSITION`. */
export function transitionProposal(
  proposal: PointsProposal,
  action: ProposalAction,
  step: ProposalStep = {},
): Result<PointsProposal, PointsProcessError> {
  const rule = PROPOSAL_TRANSITIONS.find((r) => r.from === proposal.state && r.action === action);
  if (rule === undefined) return err(POINTS_PROCESS_ERRORS.PROPOSAL_TRANSITION);
  return ok({ ...proposal, ...step, state: rule.to });
}

/** The points policy of the county `regionCode` lies in, or {@link DEFAULT_POINTS_POLICY}. */
export function pointsPolicyFor(regionCode: string): PointsPolicy {
  return (
    POINTS_POLICIES.find((policy) => policy.countyCode !== null && isWithin(regionCode, policy.countyCode)) ??
    DEFAULT_POINTS_POLICY
  );
}

/** Whether the process binds on `date` (on or after the policy's adoption). */
export function processBinds(policy: PointsPolicy, date: CalendarDate): boolean {
  return compareDates(date, policy.adoptedOn) >= 0;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** The first day of a YYYY-MM month, or `null` when it is not one. */
export function firstDayOfMonth(month: string): CalendarDate | null {
  if (!MONTH.test(month)) return null;
  const parsed = parseCalendarDate(`${month}-01`);
  return parsed.ok ? parsed.value : null;
}

/** The YYYY-MM month of a day. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/**
 * Checks a village's evaluation group against the policy: at least `minSize` distinct members and
 * at least one of every required kind.
 */
export function checkEvaluationGroup(
  group: EvaluationGroup,
  policy: PointsPolicy,
): Result<EvaluationGroup, PointsProcessError> {
  const people = new Set(group.members.map((m) => m.personId));
  if (people.size !== group.members.length) return err(at(POINTS_PROCESS_ERRORS.NOT_A_MEMBER, 'members'));
  if (people.size < policy.group.minSize) return err(POINTS_PROCESS_ERRORS.GROUP_TOO_SMALL);
  if (policy.group.requiredKinds.some((kind) => !group.members.some((m) => m.kind === kind))) {
    return err(POINTS_PROCESS_ERRORS.GROUP_COMPOSITION);
  }
  return ok(group);
}

/** Whether `present` members of a group of `size` make the policy's quorum. */
export function hasQuorum(policy: PointsPolicy, present: number, size: number): boolean {
  const { numerator, denominator } = policy.group.quorum;
  return present * denominator >= size * numerator;
}

/** What a proposal says: the deed, the household, and who proposes it when. */
export interface ProposalInput {
  readonly id: string;
  readonly householdId: string;
  readonly villageCode: string;
  readonly gridCode: string;
  readonly itemCode: string;
  readonly occurredOn: CalendarDate;
  readonly note?: string | null;
  readonly proposedAt: Date;
  readonly proposedBy: string;
}

/**
 * Proposes (申报) that a household be scored by an item of its village's catalogue in force on the
 * deed's day. Nothing reaches the ledger: the proposal waits for the group's session. The deed is
 * on or after the policy's adoption (earlier deeds were scored directly) and not after the day it
 * is proposed.
 */
export function proposePoints(
  policy: PointsPolicy,
  history: readonly PointsCatalogue[],
  input: ProposalInput,
): Result<PointsProposal, PointsError | PointsProcessError> {
  if (input.id.trim() === '') return err(at(POINTS_ERRORS.REQUIRED, 'id'));
  if (input.proposedBy.trim() === '') return err(at(POINTS_ERRORS.REQUIRED, 'proposedBy'));
  if (Number.isNaN(input.proposedAt.getTime())) return err(at(POINTS_ERRORS.TIME, 'proposedAt'));
  if (compareDates(input.occurredOn, shanghaiDateOf(input.proposedAt)) > 0) {
    return err(at(POINTS_ERRORS.TIME, 'occurredOn'));
  }
  if (!processBinds(policy, input.occurredOn))
    return err(at(POINTS_PROCESS_ERRORS.BEFORE_ADOPTION, 'occurredOn'));
  if (history.some((c) => c.villageCode !== input.villageCode)) {
    return err(at(POINTS_ERRORS.OTHER_VILLAGE, 'history'));
  }
  const catalogue = catalogueInForce(history, input.occurredOn);
  if (catalogue === null) return err(at(POINTS_ERRORS.NO_CATALOGUE, 'occurredOn'));
  const item = catalogue.items.find((i) => i.code === input.itemCode.trim());
  if (item === undefined) return err(at(POINTS_ERRORS.UNKNOWN_ITEM, 'itemCode'));
  return ok({
    id: input.id.trim(),
    householdId: input.householdId,
    villageCode: input.villageCode,
    gridCode: input.gridCode,
    itemCode: item.code,
    catalogueVersion: catalogue.version,
    points: item.points,
    occurredOn: input.occurredOn,
    note: input.note?.trim() || null,
    proposedAt: input.proposedAt,
    proposedBy: input.proposedBy.trim(),
    state: 'PROPOSED',
    sessionId: null,
    evaluatedMonth: null,
    votesFor: null,
    votesAgainst: null,
    postingId: null,
    eventId: null,
  });
}

/** A session as its clerk records it. */
export interface SessionInput {
  readonly id: string;
  readonly villageCode: string;
  readonly month: string;
  readonly heldOn: CalendarDate;
  readonly presentPersonIds: readonly string[];
  readonly votes: readonly ProposalVote[];
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/** A session held, with the proposals it decided. */
export interface SessionOutcome {
  readonly session: EvaluationSession;
  readonly decided: readonly PointsProposal[];
}

/**
 * Holds a monthly session of the village's evaluation group (月度评议): the group must meet the
 * policy, everyone present must be a member, and at least the quorum must be present, or the session
 * decides nothing (`POINTS.BELOW_QUORUM`). Each vote decides one proposal of the village still
 * `PROPOSED` whose deed lies in the month or before it: approved by a majority of the members present
 * (votes for more than half of them), rejected otherwise. Proposals without a vote wait.
 * `pending` are the proposals the votes name.
 */
export function holdEvaluationSession(
  policy: PointsPolicy,
  group: EvaluationGroup,
  pending: readonly PointsProposal[],
  input: SessionInput,
): Result<SessionOutcome, PointsError | PointsProcessError> {
  if (input.id.trim() === '') return err(at(POINTS_ERRORS.REQUIRED, 'id'));
  const first = firstDayOfMonth(input.month);
  if (first === null || compareDates(input.heldOn, first) < 0)
    return err(at(POINTS_PROCESS_ERRORS.MONTH, 'month'));
  if (!processBinds(policy, input.heldOn)) return err(at(POINTS_PROCESS_ERRORS.BEFORE_ADOPTION, 'heldOn'));
  if (compareDates(input.heldOn, shanghaiDateOf(input.recordedAt)) > 0)
    return err(at(POINTS_ERRORS.TIME, 'heldOn'));
  if (group.villageCode !== input.villageCode) return err(at(POINTS_ERRORS.OTHER_VILLAGE, 'villageCode'));
  const checked = checkEvaluationGroup(group, policy);
  if (!checked.ok) return checked;
  const members = new Set(group.members.map((m) => m.personId));
  const present = new Set<string>();
  for (const [index, personId] of input.presentPersonIds.entries()) {
    if (!members.has(personId) || present.has(personId)) {
      return err(at(POINTS_PROCESS_ERRORS.NOT_A_MEMBER, 'presentPersonIds', index));
    }
    present.add(personId);
  }
  if (!hasQuorum(policy, present.size, members.size)) return err(POINTS_PROCESS_ERRORS.BELOW_QUORUM);
  if (input.votes.length === 0) return err(at(POINTS_ERRORS.REQUIRED, 'votes'));
  const lastDay = addDays(addMonth(first), -1);
  const byId = new Map(pending.map((p) => [p.id, p]));
  const voted = new Set<string>();
  const decided: PointsProposal[] = [];
  for (const [index, vote] of input.votes.entries()) {
    const proposal = byId.get(vote.proposalId);
    if (
      proposal === undefined ||
      voted.has(vote.proposalId) ||
      proposal.villageCode !== input.villageCode ||
      compareDates(proposal.occurredOn, lastDay) > 0
    ) {
      return err(at(POINTS_PROCESS_ERRORS.PROPOSAL_NOT_PENDING, 'votes', index, 'proposalId'));
    }
    voted.add(vote.proposalId);
    const counts = [vote.votesFor, vote.votesAgainst];
    if (
      counts.some((n) => !Number.isInteger(n) || n < 0) ||
      vote.votesFor + vote.votesAgainst > present.size
    ) {
      return err(at(POINTS_PROCESS_ERRORS.VOTES, 'votes', index));
    }
    const moved = transitionProposal(proposal, vote.votesFor * 2 > present.size ? 'APPROVE' : 'REJECT', {
      sessionId: input.id.trim(),
      evaluatedMonth: input.month,
      votesFor: vote.votesFor,
      votesAgainst: vote.votesAgainst,
    });
    if (!moved.ok) return err(at(POINTS_PROCESS_ERRORS.PROPOSAL_NOT_PENDING, 'votes', index, 'proposalId'));
    decided.push(moved.value);
  }
  return ok({
    session: {
      id: input.id.trim(),
      villageCode: input.villageCode,
      month: input.month,
      heldOn: input.heldOn,
      groupSize: members.size,
      presentPersonIds: [...present],
      recordedAt: input.recordedAt,
      recordedBy: input.recordedBy,
    },
    decided,
  });
}

function addMonth(first: CalendarDate): CalendarDate {
  const year = Number(first.slice(0, 4));
  const month = Number(first.slice(5, 7));
  const next = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  return next as CalendarDate;
}

/** A posting as its clerk publishes it. */
export interface PostingInput {
  readonly id: string;
  readonly villageCode: string;
  readonly month: string;
  readonly postedOn: CalendarDate;
  readonly postedBy: string;
  readonly recordedAt: Date;
}

/**
 * Publishes the village's approved list for a month (公示): every proposal of the village `APPROVED`
 * by a session of that month or before goes on it. Objections may be raised from the posting day
 * for the policy's `postingDays` calendar days. One posting per village and month (`existing`: the
 * village's postings so far).
 */
export function publishPosting(
  policy: PointsPolicy,
  approved: readonly PointsProposal[],
  input: PostingInput,
  existing: readonly PointsPosting[] = [],
): Result<
  { readonly posting: PointsPosting; readonly posted: readonly PointsProposal[] },
  PointsError | PointsProcessError
> {
  if (input.id.trim() === '') return err(at(POINTS_ERRORS.REQUIRED, 'id'));
  const first = firstDayOfMonth(input.month);
  if (first === null || compareDates(input.postedOn, first) < 0)
    return err(at(POINTS_PROCESS_ERRORS.MONTH, 'month'));
  // A posting dated ahead would open its objection window in the future, unseen by anyone.
  if (compareDates(input.postedOn, shanghaiDateOf(input.recordedAt)) > 0) {
    return err(at(POINTS_ERRORS.TIME, 'postedOn'));
  }
  if (existing.some((p) => p.villageCode === input.villageCode && p.month === input.month)) {
    return err(at(POINTS_PROCESS_ERRORS.POSTING_EXISTS, 'month'));
  }
  const posting: PointsPosting = {
    id: input.id.trim(),
    villageCode: input.villageCode,
    month: input.month,
    postedOn: input.postedOn,
    objectionsUntil: addDays(input.postedOn, policy.postingDays - 1),
    closedOn: null,
    postedBy: input.postedBy,
  };
  const posted: PointsProposal[] = [];
  for (const proposal of approved) {
    if (proposal.villageCode !== input.villageCode || proposal.evaluatedMonth === null) continue;
    if (proposal.evaluatedMonth > input.month) continue;
    const moved = transitionProposal(proposal, 'POST', { postingId: posting.id });
    if (moved.ok) posted.push(moved.value);
  }
  if (posted.length === 0) return err(POINTS_PROCESS_ERRORS.NOTHING_TO_POST);
  return ok({ posting, posted });
}

/** An objection as it is recorded. */
export interface ObjectionInput {
  readonly id: string;
  readonly raisedOn: CalendarDate;
  readonly raisedBy: string;
  readonly reason: string;
  readonly recordedAt: Date;
  readonly recordedBy: string;
}

/**
 * Records an objection (异议) against a posted proposal, inside the posting's window only: from the
 * posting day to its last objection day, both included. After it (or before it) the refusal is
 * `POINTS.OBJECTION_WINDOW_CLOSED`.
 */
export function raiseObjection(
  posting: PointsPosting,
  proposal: PointsProposal,
  input: ObjectionInput,
): Result<PointsObjection, PointsError | PointsProcessError> {
  if (input.id.trim() === '') return err(at(POINTS_ERRORS.REQUIRED, 'id'));
  if (proposal.postingId !== posting.id || proposal.state !== 'POSTED') {
    return err(at(POINTS_PROCESS_ERRORS.PROPOSAL_NOT_POSTED, 'proposalId'));
  }
  if (compareDates(input.raisedOn, shanghaiDateOf(input.recordedAt)) > 0)
    return err(at(POINTS_ERRORS.TIME, 'raisedOn'));
  if (
    posting.closedOn !== null ||
    compareDates(input.raisedOn, posting.postedOn) < 0 ||
    compareDates(input.raisedOn, posting.objectionsUntil) > 0
  ) {
    return err(at(POINTS_PROCESS_ERRORS.OBJECTION_WINDOW_CLOSED, 'raisedOn'));
  }
  const raisedBy = input.raisedBy.trim();
  if (raisedBy === '') return err(at(POINTS_ERRORS.REQUIRED, 'raisedBy'));
  const reason = input.reason.trim();
  if (reason === '') return err(at(POINTS_ERRORS.REQUIRED, 'reason'));
  return ok({
    id: input.id.trim(),
    postingId: posting.id,
    proposalId: proposal.id,
    villageCode: posting.villageCode,
    raisedOn: input.raisedOn,
    raisedBy,
    reason,
    recordedAt: input.recordedAt,
    recordedBy: input.recordedBy,
    state: 'OPEN',
    resolvedOn: null,
    resolution: null,
    resolvedBy: null,
  });
}

/** How an objection is resolved. */
export interface ObjectionResolution {
  readonly upheld: boolean;
  readonly resolution: string;
  readonly resolvedOn: CalendarDate;
  readonly resolvedBy: string;
}

/**
 * Resolves an open objection after the group looked into it: upheld, the proposal is dropped from
 * the posting and never reaches the ledger; dismissed, it stays. Either way with the reasons.
 */
export function resolveObjection(
  objection: PointsObjection,
  proposal: PointsProposal,
  input: ObjectionResolution,
): Result<
  { readonly objection: PointsObjection; readonly proposal: PointsProposal },
  PointsError | PointsProcessError
> {
  if (objection.state !== 'OPEN') return err(POINTS_PROCESS_ERRORS.OBJECTION_RESOLVED);
  if (proposal.id !== objection.proposalId)
    return err(at(POINTS_PROCESS_ERRORS.PROPOSAL_NOT_POSTED, 'proposalId'));
  const resolution = input.resolution.trim();
  if (resolution === '') return err(at(POINTS_ERRORS.REQUIRED, 'resolution'));
  if (compareDates(input.resolvedOn, objection.raisedOn) < 0)
    return err(at(POINTS_ERRORS.TIME, 'resolvedOn'));
  const resolved: PointsObjection = {
    ...objection,
    state: input.upheld ? 'UPHELD' : 'DISMISSED',
    resolution,
    resolvedOn: input.resolvedOn,
    resolvedBy: input.resolvedBy,
  };
  if (!input.upheld || proposal.state === 'DROPPED') return ok({ objection: resolved, proposal });
  const dropped = transitionProposal(proposal, 'DROP');
  if (!dropped.ok) return dropped;
  return ok({ objection: resolved, proposal: dropped.value });
}

/** A posting closed: the proposals scored and the ledger events to store. */
export interface PostingClosure {
  readonly posting: PointsPosting;
  readonly scored: readonly PointsProposal[];
  readonly events: readonly PointEvent[];
}

/** The id of the ledger event a proposal becomes: one per proposal, so scoring twice cannot pass. */
export function eventIdOfProposal(proposalId: string): string {
  return `PE-${proposalId}`;
}

/**
 * Closes a posting after its window (the day after the last objection day or later) with no
 * objection still open: every proposal still `POSTED` on it becomes an `AWARD` or `DEDUCTION` in its
 * household's ledger by {@link scoreRuleItem}, dated the deed's day. Closing a closed posting changes
 * nothing and scores nothing (idempotent). `ledgers` holds the ledger of every household on it.
 */
export function closePosting(
  posting: PointsPosting,
  onPosting: readonly PointsProposal[],
  objections: readonly PointsObjection[],
  ledgers: ReadonlyMap<string, PointLedger>,
  history: readonly PointsCatalogue[],
  input: Omit<PointRecording, 'id' | 'occurredOn'> & { readonly closedOn: CalendarDate },
): Result<PostingClosure, PointsError | PointsProcessError> {
  if (posting.closedOn !== null) return ok({ posting, scored: [], events: [] });
  if (compareDates(input.closedOn, posting.objectionsUntil) <= 0)
    return err(POINTS_PROCESS_ERRORS.POSTING_WINDOW_OPEN);
  if (compareDates(input.closedOn, shanghaiDateOf(input.recordedAt)) > 0)
    return err(at(POINTS_ERRORS.TIME, 'closedOn'));
  if (objections.some((o) => o.postingId === posting.id && o.state === 'OPEN')) {
    return err(POINTS_PROCESS_ERRORS.OPEN_OBJECTIONS);
  }
  const current = new Map(ledgers);
  const scored: PointsProposal[] = [];
  const events: PointEvent[] = [];
  for (const proposal of onPosting) {
    if (proposal.postingId !== posting.id || proposal.state !== 'POSTED') continue;
    const ledger = current.get(proposal.householdId);
    if (ledger === undefined) return err(at(POINTS_ERRORS.EVENT_NOT_FOUND, 'householdId'));
    const change: Result<PointLedgerChange, PointsError> = scoreRuleItem(ledger, history, {
      id: eventIdOfProposal(proposal.id),
      occurredOn: proposal.occurredOn,
      recordedAt: input.recordedAt,
      recordedBy: input.recordedBy,
      itemCode: proposal.itemCode,
      note: proposal.note,
    });
    if (!change.ok) return change;
    const moved = transitionProposal(proposal, 'SCORE', { eventId: change.value.event.id });
    if (!moved.ok) return moved;
    current.set(proposal.householdId, change.value.ledger);
    scored.push(moved.value);
    events.push(change.value.event);
  }
  return ok({ posting: { ...posting, closedOn: input.closedOn }, scored, events });
}

/** Whether the village's points shop is open on `date` by the policy's redemption cycle. */
export function redemptionOpenOn(policy: PointsPolicy, date: CalendarDate): boolean {
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const { months, fromDay, toDay } = policy.redemption;
  return months.includes(month) && day >= fromDay && day <= toDay;
}

/**
 * {@link redeemPoints} inside the shop's cycle: from the policy's adoption on, a redemption happens
 * only on a day the shop is open (`POINTS.REDEMPTION_CLOSED` otherwise); earlier ones (historic
 * ledgers) are not held to a cycle that did not exist.
 */
export function redeemInCycle(
  policy: PointsPolicy,
  ledger: PointLedger,
  item: PointsShopItem,
  quantity: number,
  input: PointRecording,
): Result<PointLedgerChange, PointsError | PointsProcessError> {
  if (processBinds(policy, input.occurredOn) && !redemptionOpenOn(policy, input.occurredOn)) {
    return err(at(POINTS_PROCESS_ERRORS.REDEMPTION_CLOSED, 'occurredOn'));
  }
  return redeemPoints(ledger, item, quantity, input);
}

/** Roles that keep a village's evaluation record: the township's and county's officers. */
export const POINTS_PROCESS_CLERKS: readonly Role[] = ['COUNTY_ADMIN', 'TOWNSHIP_OFFICER'];

/**
 * Whether the actor may record the village's sessions, postings, objections' resolutions and
 * closings: one of {@link POINTS_PROCESS_CLERKS} over the village.
 */
export function authorisePointsProcess(
  actor: Actor,
  villageCode: string,
): Result<RoleGrant, PointsAccessError> {
  const grant = hasRoleIn(actor, POINTS_PROCESS_CLERKS, villageCode);
  return grant === null ? err(POINTS_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

/**
 * Whether an award or deduction may go straight into the ledger (the direct path). From the policy's
 * adoption on, never: it goes through the process (`POINTS.PROCESS_REQUIRED`). Before it, only the
 * county enters already-evaluated historic decisions (`COUNTY_ADMIN` over the grid), so no grid
 * worker scores alone.
 */
export function authoriseDirectScoring(
  actor: Actor,
  gridCode: string,
  policy: PointsPolicy,
  occurredOn: CalendarDate,
): Result<RoleGrant, PointsAccessError | PointsProcessError> {
  if (processBinds(policy, occurredOn)) return err(at(POINTS_PROCESS_ERRORS.PROCESS_REQUIRED, 'occurredOn'));
  const grant = hasRoleIn(actor, ['COUNTY_ADMIN'], gridCode);
  return grant === null ? err(POINTS_ACCESS_ERRORS.FORBIDDEN) : ok(grant);
}

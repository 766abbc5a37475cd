import { describe, expect, it } from 'vitest';
import type { Actor } from '../shared/actor.js';
import type { CalendarDate } from '../shared/date.js';
import { balanceOf, createPointLedger } from './ledger.rules.js';
import type { PointLedger, PointsCatalogue, PointsShopItem } from './points.js';
import { PROPOSAL_STATE_LABELS } from './points.labels.js';
import { GERZE_POINTS_POLICY } from './policy.js';
import type { EvaluationGroup, PointsPosting, PointsProposal } from './process.js';
import { PROPOSAL_STATES } from './process.js';
import {
  authoriseDirectScoring,
  authorisePointsProcess,
  checkEvaluationGroup,
  closePosting,
  holdEvaluationSession,
  PROPOSAL_TRANSITIONS,
  pointsPolicyFor,
  proposePoints,
  publishPosting,
  raiseObjection,
  redeemInCycle,
  redemptionOpenOn,
  resolveObjection,
  transitionProposal,
} from './process.rules.js';

const VILLAGE = '542526201203';
const GRID = '542526201203001';
const POLICY = GERZE_POINTS_POLICY;
const day = (text: string) => text as CalendarDate;
const HISTORY: readonly PointsCatalogue[] = [
  {
    villageCode: VILLAGE,
    version: 1,
    effectiveFrom: day('2024-01-01'),
    items: [
      {
        code: 'ROTATION',
        label: { zh: '按时轮牧', en: 'Keeps the grazing rotation', bo: 'དུས་ལྟར་རྩྭ་ལུང་བརྗེ་བ།' },
        points: 10,
      },
      { code: 'LITTER', label: { zh: '乱扔垃圾', en: 'Litters', bo: 'གད་སྙིགས་གང་འདོད་དུ་འཕེན་པ།' }, points: -3 },
    ],
  },
];
const GROUP: EvaluationGroup = {
  villageCode: VILLAGE,
  members: [
    { personId: 'cadre-1', kind: 'VILLAGE_CADRE' },
    { personId: 'cadre-2', kind: 'VILLAGE_CADRE' },
    { personId: 'party-1', kind: 'PARTY_MEMBER' },
    { personId: 'party-2', kind: 'PARTY_MEMBER' },
    { personId: 'rep-1', kind: 'HOUSEHOLD_REPRESENTATIVE' },
    { personId: 'rep-2', kind: 'HOUSEHOLD_REPRESENTATIVE' },
  ],
};
const NOW = new Date('2025-06-16T04:00:00Z');

function propose(id: string, itemCode: string, householdId = 'H-1', occurredOn = '2025-05-10') {
  const result = proposePoints(POLICY, HISTORY, {
    id,
    householdId,
    villageCode: VILLAGE,
    gridCode: GRID,
    itemCode,
    occurredOn: day(occurredOn),
    proposedAt: NOW,
    proposedBy: 'worker',
  });
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

function session(pending: readonly PointsProposal[], present: readonly string[], votesFor = 4) {
  return holdEvaluationSession(POLICY, GROUP, pending, {
    id: 'S-1',
    villageCode: VILLAGE,
    month: '2025-05',
    heldOn: day('2025-06-02'),
    presentPersonIds: present,
    votes: pending.map((p) => ({ proposalId: p.id, votesFor, votesAgainst: present.length - votesFor })),
    recordedAt: NOW,
    recordedBy: 'clerk',
  });
}

const FOUR = ['cadre-1', 'party-1', 'rep-1', 'rep-2'];

/** Proposals through a session (all approved) and a posting on 2025-06-03, open until 06-09. */
function posted(...proposals: PointsProposal[]) {
  const held = session(proposals, FOUR);
  if (!held.ok) throw new Error(held.error.code);
  const published = publishPosting(POLICY, held.value.decided, {
    id: 'P-1',
    villageCode: VILLAGE,
    month: '2025-05',
    postedOn: day('2025-06-03'),
    postedBy: 'clerk',
    recordedAt: NOW,
  });
  if (!published.ok) throw new Error(published.error.code);
  return published.value;
}

function ledgerOf(householdId: string): PointLedger {
  const ledger = createPointLedger(householdId, VILLAGE);
  if (!ledger.ok) throw new Error('ledger');
  return ledger.value;
}

describe('the proposal lifecycle (PROPOSAL_TRANSITIONS)', () => {
  it('names only known states, and has a label in Chinese, English and Tibetan for each', () => {
    for (const rule of PROPOSAL_TRANSITIONS) {
      expect(PROPOSAL_STATES).toContain(rule.from);
      expect(PROPOSAL_STATES).toContain(rule.to);
    }
    for (const state of PROPOSAL_STATES) expect(PROPOSAL_STATE_LABELS[state].bo?.trim()).toBeTruthy();
  });

  it('refuses a step the table does not list: a proposal cannot be scored before it is posted', () => {
    expect(transitionProposal(propose('A', 'ROTATION'), 'SCORE')).toMatchObject({
      ok: false,
      error: { code: 'POINTS.PROPOSAL_TRANSITION' },
    });
  });
});

describe('pointsPolicyFor', () => {
  it('gives 改则县 its own policy and any other county the default', () => {
    expect(pointsPolicyFor(VILLAGE).countyCode).toBe('542526');
    expect(pointsPolicyFor('540424').countyCode).toBeNull();
  });
});

describe('proposePoints (申报)', () => {
  it('takes the item and its points from the catalogue in force on the deed’s day, and changes no ledger', () => {
    const proposal = propose('A', 'LITTER');
    expect(proposal).toMatchObject({
      state: 'PROPOSED',
      points: -3,
      catalogueVersion: 1,
      itemCode: 'LITTER',
    });
  });

  it('refuses an unknown item, a deed in the future and a deed before the policy was adopted', () => {
    const base = {
      id: 'X',
      householdId: 'H-1',
      villageCode: VILLAGE,
      gridCode: GRID,
      proposedAt: NOW,
      proposedBy: 'worker',
    };
    expect(
      proposePoints(POLICY, HISTORY, { ...base, itemCode: 'NONE', occurredOn: day('2025-06-01') }),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.UNKNOWN_ITEM', field: ['itemCode'] } });
    expect(
      proposePoints(POLICY, HISTORY, { ...base, itemCode: 'ROTATION', occurredOn: day('2025-06-17') }),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.TIME' } });
    expect(
      proposePoints(POLICY, HISTORY, { ...base, itemCode: 'ROTATION', occurredOn: day('2024-12-31') }),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.BEFORE_ADOPTION', field: ['occurredOn'] } });
  });
});

describe('checkEvaluationGroup (积分评议小组)', () => {
  it('requires the policy’s minimum size and every kind of member', () => {
    expect(checkEvaluationGroup(GROUP, POLICY).ok).toBe(true);
    expect(checkEvaluationGroup({ ...GROUP, members: GROUP.members.slice(0, 4) }, POLICY)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.GROUP_TOO_SMALL' },
    });
    const noRepresentative = GROUP.members.map((m) =>
      m.kind === 'HOUSEHOLD_REPRESENTATIVE' ? { ...m, kind: 'PARTY_MEMBER' as const } : m,
    );
    expect(checkEvaluationGroup({ ...GROUP, members: noRepresentative }, POLICY)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.GROUP_COMPOSITION' },
    });
  });
});

describe('holdEvaluationSession (月度评议)', () => {
  it('decides by a majority of the members present: 3 of 4 approve, 2 of 4 reject', () => {
    const a = propose('A', 'ROTATION');
    const approved = session([a], FOUR, 3);
    expect(approved.ok && approved.value.decided[0]).toMatchObject({
      state: 'APPROVED',
      sessionId: 'S-1',
      evaluatedMonth: '2025-05',
      votesFor: 3,
      votesAgainst: 1,
    });
    const rejected = session([a], FOUR, 2);
    expect(rejected.ok && rejected.value.decided[0]?.state).toBe('REJECTED');
  });

  it('decides nothing below the quorum of two thirds: 3 of 6 present', () => {
    expect(session([propose('A', 'ROTATION')], ['cadre-1', 'party-1', 'rep-1'], 3)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.BELOW_QUORUM' },
    });
  });

  it('refuses a person present who is not a member, and more votes than people present', () => {
    expect(session([propose('A', 'ROTATION')], [...FOUR, 'stranger'])).toMatchObject({
      ok: false,
      error: { code: 'POINTS.NOT_A_MEMBER', field: ['presentPersonIds', '4'] },
    });
    expect(session([propose('A', 'ROTATION')], FOUR, 5)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.VOTES', field: ['votes', '0'] },
    });
  });

  it('does not decide a deed of a later month, nor a proposal already decided', () => {
    expect(session([propose('A', 'ROTATION', 'H-1', '2025-06-01')], FOUR)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.PROPOSAL_NOT_PENDING' },
    });
    const decided = session([propose('A', 'ROTATION')], FOUR);
    if (!decided.ok) throw new Error('session');
    expect(session(decided.value.decided, FOUR)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.PROPOSAL_NOT_PENDING' },
    });
  });
});

describe('publishPosting (公示)', () => {
  it('posts every approved proposal of the month for the policy’s 7 days', () => {
    const { posting, posted: items } = posted(propose('A', 'ROTATION'), propose('B', 'LITTER', 'H-2'));
    expect(posting).toMatchObject({ postedOn: '2025-06-03', objectionsUntil: '2025-06-09', closedOn: null });
    expect(items.map((p) => [p.id, p.state, p.postingId])).toEqual([
      ['A', 'POSTED', 'P-1'],
      ['B', 'POSTED', 'P-1'],
    ]);
  });

  it('refuses a posting with nothing approved to post', () => {
    const rejected = session([propose('A', 'ROTATION')], FOUR, 1);
    if (!rejected.ok) throw new Error('session');
    expect(
      publishPosting(POLICY, rejected.value.decided, {
        id: 'P-1',
        villageCode: VILLAGE,
        month: '2025-05',
        postedOn: day('2025-06-03'),
        postedBy: 'clerk',
        recordedAt: NOW,
      }),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.NOTHING_TO_POST' } });
  });
});

describe('objections (异议) and closing the posting', () => {
  const objection = (posting: PointsPosting, proposal: PointsProposal, raisedOn: string) =>
    raiseObjection(posting, proposal, {
      id: 'O-1',
      raisedOn: day(raisedOn),
      raisedBy: '次仁',
      reason: '当天并未参加',
      recordedAt: NOW,
      recordedBy: 'clerk',
    });

  it('records an objection on the last day of the window and refuses one the day after', () => {
    const { posting, posted: items } = posted(propose('A', 'ROTATION'));
    const a = items[0] as PointsProposal;
    expect(objection(posting, a, '2025-06-09')).toMatchObject({ ok: true, value: { state: 'OPEN' } });
    expect(objection(posting, a, '2025-06-10')).toMatchObject({
      ok: false,
      error: { code: 'POINTS.OBJECTION_WINDOW_CLOSED', field: ['raisedOn'] },
    });
  });

  it('refuses to close inside the window or with an objection open; an upheld one drops the item', () => {
    const { posting, posted: items } = posted(propose('A', 'ROTATION'), propose('B', 'LITTER', 'H-2'));
    const [a, b] = items as [PointsProposal, PointsProposal];
    const ledgers = new Map([
      ['H-1', ledgerOf('H-1')],
      ['H-2', ledgerOf('H-2')],
    ]);
    const close = (closedOn: string, objections: Parameters<typeof closePosting>[2], on = items) =>
      closePosting(posting, on, objections, ledgers, HISTORY, {
        closedOn: day(closedOn),
        recordedAt: NOW,
        recordedBy: 'clerk',
      });
    expect(close('2025-06-09', [])).toMatchObject({
      ok: false,
      error: { code: 'POINTS.POSTING_WINDOW_OPEN' },
    });
    const raised = objection(posting, b, '2025-06-05');
    if (!raised.ok) throw new Error('objection');
    expect(close('2025-06-10', [raised.value])).toMatchObject({
      ok: false,
      error: { code: 'POINTS.OPEN_OBJECTIONS' },
    });
    const resolved = resolveObjection(raised.value, b, {
      upheld: true,
      resolution: '经核实不属实',
      resolvedOn: day('2025-06-08'),
      resolvedBy: 'clerk',
    });
    if (!resolved.ok) throw new Error('resolve');
    expect(resolved.value.proposal.state).toBe('DROPPED');
    expect(resolved.value.objection.state).toBe('UPHELD');
    const closed = close('2025-06-10', [resolved.value.objection], [a, resolved.value.proposal]);
    expect(closed.ok).toBe(true);
    if (!closed.ok) return;
    expect(closed.value.posting.closedOn).toBe('2025-06-10');
    expect(closed.value.scored.map((p) => [p.id, p.state, p.eventId])).toEqual([['A', 'SCORED', 'PE-A']]);
    expect(closed.value.events).toMatchObject([
      {
        id: 'PE-A',
        kind: 'AWARD',
        delta: 10,
        householdId: 'H-1',
        occurredOn: '2025-05-10',
        catalogueVersion: 1,
      },
    ]);
  });

  it('scores nothing when a closed posting is closed again', () => {
    const { posting, posted: items } = posted(propose('A', 'ROTATION'));
    const closedPosting = { ...posting, closedOn: day('2025-06-10') };
    const again = closePosting(closedPosting, items, [], new Map([['H-1', ledgerOf('H-1')]]), HISTORY, {
      closedOn: day('2025-06-12'),
      recordedAt: NOW,
      recordedBy: 'clerk',
    });
    expect(again).toMatchObject({ ok: true, value: { posting: closedPosting, scored: [], events: [] } });
  });

  it('refuses to resolve an objection twice', () => {
    const { posting, posted: items } = posted(propose('A', 'ROTATION'));
    const a = items[0] as PointsProposal;
    const raised = objection(posting, a, '2025-06-04');
    if (!raised.ok) throw new Error('objection');
    const input = { upheld: false, resolution: '属实', resolvedOn: day('2025-06-05'), resolvedBy: 'clerk' };
    const once = resolveObjection(raised.value, a, input);
    expect(once).toMatchObject({
      ok: true,
      value: { objection: { state: 'DISMISSED' }, proposal: { state: 'POSTED' } },
    });
    if (!once.ok) return;
    expect(resolveObjection(once.value.objection, a, input)).toMatchObject({
      ok: false,
      error: { code: 'POINTS.OBJECTION_RESOLVED' },
    });
  });
});

describe('the redemption cycle (积分超市)', () => {
  const TEA: PointsShopItem = { code: 'TEA', label: { zh: '砖茶', en: 'Brick tea', bo: 'ཇ་སྒོར།' }, price: 8 };
  const funded = (): PointLedger => ({
    ...ledgerOf('H-1'),
    events: [
      {
        id: 'E-0',
        householdId: 'H-1',
        villageCode: VILLAGE,
        kind: 'AWARD',
        delta: 20,
        itemCode: 'ROTATION',
        catalogueVersion: 1,
        note: null,
        occurredOn: day('2024-05-01'),
        recordedAt: new Date('2024-05-01T04:00:00Z'),
        recordedBy: 'worker',
      },
    ],
  });
  const redeem = (occurredOn: string) =>
    redeemInCycle(POLICY, funded(), TEA, 1, {
      id: `R-${occurredOn}`,
      occurredOn: day(occurredOn),
      recordedAt: NOW,
      recordedBy: 'worker',
    });

  it('opens the shop on days 15 to 25 of every month in 改则县', () => {
    expect(redemptionOpenOn(POLICY, day('2025-06-15'))).toBe(true);
    expect(redemptionOpenOn(POLICY, day('2025-06-25'))).toBe(true);
    expect(redemptionOpenOn(POLICY, day('2025-06-26'))).toBe(false);
    expect(
      redemptionOpenOn(
        { ...POLICY, redemption: { months: [1, 4, 7, 10], fromDay: 1, toDay: 10 } },
        day('2025-04-05'),
      ),
    ).toBe(true);
    expect(
      redemptionOpenOn(
        { ...POLICY, redemption: { months: [1, 4, 7, 10], fromDay: 1, toDay: 10 } },
        day('2025-05-05'),
      ),
    ).toBe(false);
  });

  it('redeems inside a window, refuses outside it, and does not hold redemptions before the adoption to it', () => {
    const inside = redeem('2025-06-16');
    expect(inside.ok && balanceOf(inside.value.ledger)).toBe(12);
    expect(redeem('2025-06-10')).toMatchObject({
      ok: false,
      error: { code: 'POINTS.REDEMPTION_CLOSED', field: ['occurredOn'] },
    });
    expect(redeem('2024-12-01').ok).toBe(true);
  });
});

describe('who may do what', () => {
  const worker: Actor = { personId: 'w', grants: [{ role: 'GRID_WORKER', regionCode: GRID }] };
  const county: Actor = { personId: 'c', grants: [{ role: 'COUNTY_ADMIN', regionCode: '542526' }] };

  it('lets no grid worker score alone: after the adoption nobody, before it only the county', () => {
    expect(authoriseDirectScoring(worker, GRID, POLICY, day('2025-06-01'))).toMatchObject({
      ok: false,
      error: { code: 'POINTS.PROCESS_REQUIRED' },
    });
    expect(authoriseDirectScoring(county, GRID, POLICY, day('2025-06-01'))).toMatchObject({
      ok: false,
      error: { code: 'POINTS.PROCESS_REQUIRED' },
    });
    expect(authoriseDirectScoring(worker, GRID, POLICY, day('2024-12-01'))).toMatchObject({
      ok: false,
      error: { code: 'POINTS.FORBIDDEN' },
    });
    expect(authoriseDirectScoring(county, GRID, POLICY, day('2024-12-01')).ok).toBe(true);
  });

  it('leaves the village’s sessions and postings to township and county officers', () => {
    expect(authorisePointsProcess(worker, VILLAGE).ok).toBe(false);
    expect(authorisePointsProcess(county, VILLAGE).ok).toBe(true);
  });
});

describe('publishPosting, once a month', () => {
  it('refuses a posting dated after the day it is recorded', () => {
    const held = session([propose('A', 'ROTATION')], FOUR);
    if (!held.ok) throw new Error('session');
    expect(
      publishPosting(POLICY, held.value.decided, {
        id: 'P-1',
        villageCode: VILLAGE,
        month: '2025-05',
        postedOn: day('2025-06-17'),
        postedBy: 'clerk',
        recordedAt: NOW,
      }),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.TIME', field: ['postedOn'] } });
  });

  it('refuses a second posting of the same village and month', () => {
    const { posting } = posted(propose('A', 'ROTATION'));
    const again = session([propose('B', 'ROTATION')], FOUR);
    if (!again.ok) throw new Error('session');
    expect(
      publishPosting(
        POLICY,
        again.value.decided,
        {
          id: 'P-2',
          villageCode: VILLAGE,
          month: '2025-05',
          postedOn: day('2025-06-04'),
          postedBy: 'clerk',
          recordedAt: NOW,
        },
        [posting],
      ),
    ).toMatchObject({ ok: false, error: { code: 'POINTS.POSTING_EXISTS', field: ['month'] } });
  });
});

// The points process through the API (积分申报 → 评议 → 公示 → 异议 → 记分), on the test clock's day
// 2025-06-16. The fixtures ran every village's January to May through the process (read first, as
// seeded); the story here is June's: in the first village a posting of early June's deeds on 06-07
// whose window is over, in the second one posted on 06-12 whose window is still open.
import { eventIdOfProposal } from '@grassroots/core';
import { gerzePoints } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, pointsFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const points = gerzePoints();
const village = points.villages[0];
const second = points.villages[1];
if (!village || !second) throw new Error('fixture');
const VILLAGE = village.villageCode;
const households = village.ledgers.map((l) => l.householdId).slice(0, 3) as [string, string, string];
// The second village's household whose June deed is objected to.
const objectedTo = second.ledgers[0]?.householdId ?? '';
const gridOf = (householdId: string) => householdId.slice(2, 17);
const catalogue = village.catalogues.at(-1);
const award = catalogue?.items.find((i) => i.points > 0);
const penalty = catalogue?.items.find((i) => i.points < 0);
const secondAward = second.catalogues.at(-1)?.items.find((i) => i.points > 0);
if (!award || !penalty || !secondAward) throw new Error('fixture');

const workerGrids = new Set([...households, objectedTo].map(gridOf));
const worker: TestCaller = {
  subject: 'process-worker',
  grants: [...workerGrids].map((region) => ({ role: 'GRID_WORKER' as const, region })),
};
const officer: TestCaller = {
  subject: 'process-officer',
  grants: [...new Set([VILLAGE, second.villageCode].map((code) => code.slice(0, 9)))].map((region) => ({
    role: 'TOWNSHIP_OFFICER' as const,
    region,
  })),
};
const members = village.group.members.map((m) => encodeGlobalID('Person', m.personId));
const secondMembers = second.group.members.map((m) => encodeGlobalID('Person', m.personId));
const villageId = encodeGlobalID('Region', VILLAGE);
const secondVillageId = encodeGlobalID('Region', second.villageCode);

interface UserError {
  readonly code: string;
  readonly field: string[] | null;
}

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), pointsFixtures()]);
});
afterAll(() => t.close());

async function balance(householdId: string): Promise<number> {
  const rows = await t.db.pointEvent.findMany({ where: { householdId }, select: { delta: true } });
  return rows.reduce((sum, r) => sum + r.delta, 0);
}

const PROPOSE = /* GraphQL */ `
  mutation ($input: PointsProposalCreateInput!) {
    pointsProposalCreate(input: $input) { proposal { id state points catalogueVersion } userErrors { code field } }
  }
`;
type Proposed = {
  pointsProposalCreate: {
    proposal: { id: string; state: string; points: number } | null;
    userErrors: UserError[];
  };
};

async function propose(householdId: string, itemCode: string, occurredOn: string) {
  const result = await t.gql<Proposed>(
    PROPOSE,
    { input: { householdId: encodeGlobalID('Household', householdId), itemCode, occurredOn } },
    { as: worker },
  );
  expect(result.data?.pointsProposalCreate.userErrors).toEqual([]);
  return result.data?.pointsProposalCreate.proposal?.id ?? '';
}

const SESSION = /* GraphQL */ `
  mutation ($input: PointsEvaluationSessionRecordInput!) {
    pointsEvaluationSessionRecord(input: $input) {
      session { id month groupSize presentCount proposals { totalCount edges { node { id state votesFor } } } }
      userErrors { code field }
    }
  }
`;
type Session = {
  pointsEvaluationSessionRecord: {
    session: {
      presentCount: number;
      groupSize: number;
      proposals: { edges: { node: { id: string; state: string } }[] };
    } | null;
    userErrors: UserError[];
  };
};

function session(
  month: string,
  heldOn: string,
  present: readonly string[],
  votes: readonly unknown[],
  as = officer,
  inVillage = villageId,
) {
  return t.gql<Session>(
    SESSION,
    { input: { villageId: inVillage, month, heldOn, presentMemberIds: present, votes } },
    { as },
  );
}

const PUBLISH = /* GraphQL */ `
  mutation ($input: PointsPostingPublishInput!) {
    pointsPostingPublish(input: $input) {
      posting { id postedOn objectionsUntil closedOn items { totalCount } }
      userErrors { code field }
    }
  }
`;
type Published = {
  pointsPostingPublish: {
    posting: { id: string; objectionsUntil: string; items: { totalCount: number } } | null;
    userErrors: UserError[];
  };
};

const OBJECT = /* GraphQL */ `
  mutation ($input: PointsObjectionRaiseInput!) {
    pointsObjectionRaise(input: $input) { objection { id state stateLabel(locale: BO) } userErrors { code field } }
  }
`;
type Objected = {
  pointsObjectionRaise: {
    objection: { id: string; state: string; stateLabel: string } | null;
    userErrors: UserError[];
  };
};

const RESOLVE = /* GraphQL */ `
  mutation ($input: PointsObjectionResolveInput!) {
    pointsObjectionResolve(input: $input) { objection { state proposal { state } } userErrors { code } }
  }
`;

const CLOSE = /* GraphQL */ `
  mutation ($input: PointsPostingCloseInput!) {
    pointsPostingClose(input: $input) { posting { closedOn items { edges { node { id state event { delta } } } } } userErrors { code } }
  }
`;
type Closed = {
  pointsPostingClose: {
    posting: {
      closedOn: string | null;
      items: { edges: { node: { id: string; state: string; event: { delta: number } | null } }[] };
    } | null;
    userErrors: UserError[];
  };
};

const admin: TestCaller = { subject: 'process-admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

describe('the seeded process (the fixtures’ January to May)', () => {
  it('lists the village’s monthly sessions with who attended and what they decided, as the fixtures hold them', async () => {
    const result = await t.gql<{
      pointsEvaluationSessions: {
        totalCount: number;
        edges: {
          node: {
            month: string;
            heldOn: string;
            groupSize: number;
            presentCount: number;
            proposals: { totalCount: number };
          };
        }[];
      };
    }>(
      `query ($within: String!) { pointsEvaluationSessions(first: 10, filter: { within: $within }) {
        totalCount edges { node { month heldOn groupSize presentCount proposals { totalCount } } } } }`,
      { within: VILLAGE },
      { as: officer },
    );
    expect(result.errors).toBeUndefined();
    const sessions = [...village.process.sessions].reverse();
    expect(result.data?.pointsEvaluationSessions.totalCount).toBe(sessions.length);
    expect(result.data?.pointsEvaluationSessions.edges.map((e) => e.node)).toEqual(
      sessions.map((s) => ({
        month: s.month,
        heldOn: s.heldOn,
        groupSize: s.groupSize,
        presentCount: s.presentPersonIds.length,
        proposals: { totalCount: village.process.proposals.filter((p) => p.sessionId === s.id).length },
      })),
    );
  });

  it('lists the postings with what was scored, what objections dropped, and the objections', async () => {
    const result = await t.gql<{
      pointsPostings: {
        edges: {
          node: {
            month: string;
            postedOn: string;
            objectionsUntil: string;
            closedOn: string | null;
            items: { totalCount: number };
            scored: { totalCount: number };
            dropped: { totalCount: number };
            objections: { edges: { node: { state: string; raisedOn: string } }[] };
          };
        }[];
      };
    }>(
      `query ($within: String!) { pointsPostings(first: 10, filter: { within: $within }) { edges { node {
        month postedOn objectionsUntil closedOn
        items { totalCount } scored: items(state: SCORED) { totalCount } dropped: items(state: DROPPED) { totalCount }
        objections(first: 50) { edges { node { state raisedOn } } }
      } } } }`,
      { within: VILLAGE },
      { as: officer },
    );
    expect(result.errors).toBeUndefined();
    const postings = [...village.process.postings].sort((a, b) => b.postedOn.localeCompare(a.postedOn));
    const itemsOf = (id: string, state?: string) =>
      village.process.proposals.filter(
        (p) => p.postingId === id && (state === undefined || p.state === state),
      ).length;
    expect(result.data?.pointsPostings.edges.map((e) => e.node)).toEqual(
      postings.map((p) => ({
        month: p.month,
        postedOn: p.postedOn,
        objectionsUntil: p.objectionsUntil,
        closedOn: p.closedOn,
        items: { totalCount: itemsOf(p.id) },
        scored: { totalCount: itemsOf(p.id, 'SCORED') },
        dropped: { totalCount: itemsOf(p.id, 'DROPPED') },
        objections: {
          edges: village.process.objections
            .filter((o) => o.postingId === p.id)
            .sort((a, b) => a.raisedOn.localeCompare(b.raisedOn) || a.id.localeCompare(b.id))
            .map((o) => ({ node: { state: o.state, raisedOn: o.raisedOn } })),
        },
      })),
    );
    expect(postings.filter((p) => p.closedOn !== null).length).toBeGreaterThanOrEqual(4);
  });

  it('shows a household’s ledger with the events closing a posting made, each linked from its proposal', async () => {
    const scored = village.process.proposals.find((p) => p.state === 'SCORED');
    if (!scored) throw new Error('fixture');
    const ledger = village.ledgers.find((l) => l.householdId === scored.householdId);
    const fromProcess = village.process.proposals.filter(
      (p) => p.householdId === scored.householdId && p.state === 'SCORED',
    );
    const result = await t.gql<{
      household: {
        points: {
          balance: number;
          events: {
            totalCount: number;
            edges: { node: { id: string; kind: string; delta: number; occurredOn: string } }[];
          };
        };
      };
      proposal: {
        state: string;
        session: { month: string };
        posting: { closedOn: string };
        event: { id: string; delta: number };
      };
    }>(
      `query ($household: ID!, $proposal: ID!) {
        household: node(id: $household) { ... on Household { points { balance events(first: 100) { totalCount edges { node { id kind delta occurredOn } } } } } }
        proposal: node(id: $proposal) { ... on PointsProposal { state session { month } posting { closedOn } event { id delta } } }
      }`,
      {
        household: encodeGlobalID('Household', scored.householdId),
        proposal: encodeGlobalID('PointsProposal', scored.id),
      },
      { as: admin },
    );
    expect(result.errors).toBeUndefined();
    const read = result.data?.household.points;
    expect(read?.balance).toBe(ledger?.events.reduce((sum, e) => sum + e.delta, 0));
    expect(read?.events.totalCount).toBe(ledger?.events.length);
    const shown = new Map(read?.events.edges.map((e) => [e.node.id, e.node]) ?? []);
    for (const p of fromProcess) {
      expect(shown.get(encodeGlobalID('PointEvent', eventIdOfProposal(p.id)))).toMatchObject({
        delta: p.points,
        occurredOn: p.occurredOn,
      });
    }
    expect(result.data?.proposal).toEqual({
      state: 'SCORED',
      session: { month: scored.evaluatedMonth },
      posting: { closedOn: village.process.postings.find((p) => p.id === scored.postingId)?.closedOn },
      event: { id: encodeGlobalID('PointEvent', eventIdOfProposal(scored.id)), delta: scored.points },
    });
  });
});

// The proposals of the story, filled as it goes.
const ids = { june: [] as string[], objected: '' };
let junePosting = '';
let secondPosting = '';

describe('a proposal (申报)', () => {
  it('is recorded by grid staff and changes no balance', async () => {
    const before = await balance(households[0]);
    ids.june.push(await propose(households[0], award.code, '2025-06-02'));
    ids.june.push(await propose(households[1], penalty.code, '2025-06-03'));
    ids.june.push(await propose(households[2], award.code, '2025-06-04'));
    ids.objected = await propose(objectedTo, secondAward.code, '2025-06-08');
    expect(await balance(households[0])).toBe(before);
    const stored = await t.db.pointsProposal.findMany({
      where: { id: { in: ids.june.map((id) => atob(id).split(':')[1] ?? '') } },
    });
    expect(stored.map((p) => p.state)).toEqual(['PROPOSED', 'PROPOSED', 'PROPOSED']);
  });

  it('refuses a deed before the county adopted the process', async () => {
    const result = await t.gql<Proposed>(
      PROPOSE,
      {
        input: {
          householdId: encodeGlobalID('Household', households[0]),
          itemCode: award.code,
          occurredOn: '2024-12-20',
        },
      },
      { as: worker },
    );
    expect(result.data?.pointsProposalCreate).toEqual({
      proposal: null,
      userErrors: [{ code: 'POINTS_BEFORE_ADOPTION', field: ['occurredOn'] }],
    });
  });
});

describe('the group’s monthly session (月度评议)', () => {
  const votes = (approve: number) =>
    ids.june.map((proposalId, i) => ({
      proposalId,
      votesFor: i === 2 ? 1 : approve,
      votesAgainst: i === 2 ? approve : 1,
    }));

  it('decides nothing below the quorum and writes nothing', async () => {
    const before = await t.db.pointsEvaluationSession.count();
    const few = members.slice(0, Math.ceil((members.length * 2) / 3) - 1);
    const result = await session('2025-06', '2025-06-05', few, votes(few.length));
    expect(result.data?.pointsEvaluationSessionRecord).toEqual({
      session: null,
      userErrors: [{ code: 'POINTS_BELOW_QUORUM', field: null }],
    });
    expect(await t.db.pointsEvaluationSession.count()).toBe(before);
  });

  it('refuses a person present who is not a member, naming the input', async () => {
    const stranger = encodeGlobalID('Person', 'NOT-A-MEMBER');
    const result = await session('2025-06', '2025-06-05', [...members, stranger], votes(4));
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toEqual([
      { code: 'POINTS_NOT_A_MEMBER', field: ['presentMemberIds', String(members.length)] },
    ]);
  });

  it('is not for grid staff', async () => {
    const result = await session('2025-06', '2025-06-05', members, votes(4), worker);
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toMatchObject([
      { code: 'POINTS_FORBIDDEN' },
    ]);
  });

  it('approves by a majority of the members present and rejects the rest', async () => {
    const present = members.slice(0, Math.max(4, Math.ceil((members.length * 2) / 3)));
    const result = await session('2025-06', '2025-06-05', present, votes(present.length - 1));
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toEqual([]);
    const recorded = result.data?.pointsEvaluationSessionRecord.session;
    expect(recorded?.presentCount).toBe(present.length);
    expect(recorded?.groupSize).toBe(members.length);
    expect(Object.fromEntries(recorded?.proposals.edges.map((e) => [e.node.id, e.node.state]) ?? [])).toEqual(
      {
        [ids.june[0] ?? '']: 'APPROVED',
        [ids.june[1] ?? '']: 'APPROVED',
        [ids.june[2] ?? '']: 'REJECTED',
      },
    );
  });
});

describe('public posting (公示), objections (异议) and closing', () => {
  // On 06-07, after the seeded May posting (at the latest 06-06), so it is the village's latest.
  it('posts June’s approved list on 06-07 for 7 days, once', async () => {
    const result = await t.gql<Published>(
      PUBLISH,
      { input: { villageId, month: '2025-06', postedOn: '2025-06-07' } },
      { as: officer },
    );
    expect(result.data?.pointsPostingPublish.userErrors).toEqual([]);
    expect(result.data?.pointsPostingPublish.posting).toMatchObject({
      objectionsUntil: '2025-06-13',
      items: { totalCount: 2 },
    });
    junePosting = result.data?.pointsPostingPublish.posting?.id ?? '';
    const again = await t.gql<Published>(
      PUBLISH,
      { input: { villageId, month: '2025-06', postedOn: '2025-06-08' } },
      { as: officer },
    );
    expect(again.data?.pointsPostingPublish.userErrors).toEqual([
      { code: 'POINTS_POSTING_EXISTS', field: ['month'] },
    ]);
  });

  it('refuses an objection after the window (today is 06-16)', async () => {
    const result = await t.gql<Objected>(
      OBJECT,
      { input: { proposalId: ids.june[0], raisedBy: '次仁', reason: '当天不在村里' } },
      { as: worker },
    );
    expect(result.data?.pointsObjectionRaise).toEqual({
      objection: null,
      userErrors: [{ code: 'POINTS_OBJECTION_WINDOW_CLOSED', field: ['raisedOn'] }],
    });
  });

  it('closes June’s posting into ledger events in one go, and a second close scores nothing', async () => {
    const before = [await balance(households[0]), await balance(households[1])];
    const result = await t.gql<Closed>(CLOSE, { input: { postingId: junePosting } }, { as: officer });
    expect(result.data?.pointsPostingClose.userErrors).toEqual([]);
    expect(result.data?.pointsPostingClose.posting?.closedOn).toBe('2025-06-16');
    const items = result.data?.pointsPostingClose.posting?.items.edges.map((e) => e.node) ?? [];
    expect(items.map((i) => i.state)).toEqual(['SCORED', 'SCORED']);
    expect(await balance(households[0])).toBe((before[0] ?? 0) + award.points);
    expect(await balance(households[1])).toBe((before[1] ?? 0) + penalty.points);
    const events = await t.db.pointEvent.count();
    const again = await t.gql<Closed>(CLOSE, { input: { postingId: junePosting } }, { as: officer });
    expect(again.data?.pointsPostingClose.userErrors).toEqual([]);
    expect(await t.db.pointEvent.count()).toBe(events);
  });

  it('takes an objection inside the second village’s window, refuses to close while it runs, and drops the item when upheld', async () => {
    const held = await session(
      '2025-06',
      '2025-06-10',
      secondMembers,
      [{ proposalId: ids.objected, votesFor: secondMembers.length, votesAgainst: 0 }],
      officer,
      secondVillageId,
    );
    expect(held.data?.pointsEvaluationSessionRecord.userErrors).toEqual([]);
    const published = await t.gql<Published>(
      PUBLISH,
      { input: { villageId: secondVillageId, month: '2025-06', postedOn: '2025-06-12' } },
      { as: officer },
    );
    expect(published.data?.pointsPostingPublish.posting?.items.totalCount).toBe(1);
    secondPosting = published.data?.pointsPostingPublish.posting?.id ?? '';
    const raised = await t.gql<Objected>(
      OBJECT,
      { input: { proposalId: ids.objected, raisedBy: '次仁', reason: '没有参加' } },
      { as: worker },
    );
    expect(raised.data?.pointsObjectionRaise.userErrors).toEqual([]);
    expect(raised.data?.pointsObjectionRaise.objection?.stateLabel).toBe('ཐག་གཅོད་མ་བྱས་པ།');
    const early = await t.gql<Closed>(CLOSE, { input: { postingId: secondPosting } }, { as: officer });
    expect(early.data?.pointsPostingClose.userErrors).toEqual([{ code: 'POINTS_POSTING_WINDOW_OPEN' }]);
    const resolved = await t.gql<{
      pointsObjectionResolve: {
        objection: { state: string; proposal: { state: string } } | null;
        userErrors: unknown[];
      };
    }>(
      RESOLVE,
      {
        input: {
          objectionId: raised.data?.pointsObjectionRaise.objection?.id,
          upheld: true,
          resolution: '经核实属实',
        },
      },
      { as: officer },
    );
    expect(resolved.data?.pointsObjectionResolve).toEqual({
      objection: { state: 'UPHELD', proposal: { state: 'DROPPED' } },
      userErrors: [],
    });
  });
});

describe('reading the process', () => {
  const POSTINGS = /* GraphQL */ `
    query ($first: Int!, $within: String!) {
      pointsPostings(first: $first, filter: { within: $within }) {
        totalCount
        edges { node { id month
          items(first: 10) { totalCount edges { node { id state household { id } objections { totalCount edges { node { id state } } } } } }
          objections(first: 10) { totalCount edges { node { id reason proposal { id } } } }
        } }
      }
    }
  `;
  type Postings = {
    pointsPostings: {
      totalCount: number;
      edges: { node: { month: string; objections: { totalCount: number } } }[];
    };
  };

  it('lists a village’s postings with their items and objections in the same number of statements for 1 or 2', async () => {
    const count = async (first: number) => {
      t.resetQueries();
      const result = await t.gql<Postings>(POSTINGS, { first, within: VILLAGE }, { as: officer });
      expect(result.errors).toBeUndefined();
      return { statements: t.queries.length, data: result.data };
    };
    await count(1);
    const one = await count(1);
    const two = await count(2);
    // The five seeded months and June's.
    expect(two.data?.pointsPostings.totalCount).toBe(village.process.postings.length + 1);
    expect(two.data?.pointsPostings.edges[0]?.node).toMatchObject({
      month: '2025-06',
      objections: { totalCount: 0 },
    });
    expect(two.statements).toBe(one.statements);
  });

  it('shows grid staff the proposals of their grids and not the village’s postings', async () => {
    const proposals = await t.gql<{ pointsProposals: { totalCount: number } }>(
      `{ pointsProposals(filter: { occurredFrom: "2025-01-01" }) { totalCount } }`,
      {},
      { as: worker },
    );
    // The story's four and the seeded ones of the same grids.
    const seeded = points.villages
      .flatMap((v) => v.process.proposals)
      .filter((p) => workerGrids.has(p.gridCode)).length;
    expect(proposals.data?.pointsProposals.totalCount).toBe(seeded + 4);
    const postings = await t.gql<Postings>(POSTINGS, { first: 5, within: VILLAGE }, { as: worker });
    expect(postings.data?.pointsPostings.totalCount).toBe(0);
  });

  it('names the village’s evaluation group', async () => {
    const result = await t.gql<{ pointsEvaluationGroup: { person: { id: string }; kind: string }[] }>(
      `query ($v: ID!) { pointsEvaluationGroup(villageId: $v) { person { id } kind } }`,
      { v: villageId },
      { as: officer },
    );
    expect(result.data?.pointsEvaluationGroup.map((m) => m.person.id).sort()).toEqual([...members].sort());
  });
});

describe('the shop’s cycle and the direct path', () => {
  it('refuses a redemption on a day the shop is closed (06-10), typed', async () => {
    const shop = village.shop[0];
    if (!shop) throw new Error('fixture');
    const result = await t.gql<{ pointsRedeem: { userErrors: UserError[] } }>(
      `mutation ($input: PointsRedeemInput!) { pointsRedeem(input: $input) { userErrors { code field } } }`,
      {
        input: {
          householdId: encodeGlobalID('Household', households[0]),
          shopItemId: encodeGlobalID('PointsShopItem', `PS-${VILLAGE}-${shop.code}`),
          occurredOn: '2025-06-10',
        },
      },
      { as: worker },
    );
    expect(result.data?.pointsRedeem.userErrors).toEqual([
      { code: 'POINTS_REDEMPTION_CLOSED', field: ['occurredOn'] },
    ]);
  });

  it('refuses a grid worker’s direct award: it must go through the process', async () => {
    const result = await t.gql<{ pointsAward: { event: unknown; userErrors: UserError[] } }>(
      `mutation ($input: PointsAwardInput!) { pointsAward(input: $input) { event { id } userErrors { code field } } }`,
      { input: { householdId: encodeGlobalID('Household', households[0]), itemCode: award.code } },
      { as: worker },
    );
    expect(result.data?.pointsAward).toEqual({
      event: null,
      userErrors: [{ code: 'POINTS_PROCESS_REQUIRED', field: ['occurredOn'] }],
    });
  });
});

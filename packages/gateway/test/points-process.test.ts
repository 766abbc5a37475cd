// The points process through the API (积分申报 → 评议 → 公示 → 异议 → 记分), on the test clock's day
// 2025-06-16: a posting of May's list on 06-05 whose window is over, and one of April's on 06-12 whose
// window is still open.
import { gerzePoints } from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, pointsFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const points = gerzePoints();
const village = points.villages[0];
if (!village) throw new Error('fixture');
const VILLAGE = village.villageCode;
const households = village.ledgers.map((l) => l.householdId).slice(0, 4) as [string, string, string, string];
const gridOf = (householdId: string) => householdId.slice(2, 17);
const catalogue = village.catalogues.at(-1);
const award = catalogue?.items.find((i) => i.points > 0);
const penalty = catalogue?.items.find((i) => i.points < 0);
if (!award || !penalty) throw new Error('fixture');

const worker: TestCaller = {
  subject: 'process-worker',
  grants: [...new Set(households.map(gridOf))].map((region) => ({ role: 'GRID_WORKER' as const, region })),
};
const officer: TestCaller = {
  subject: 'process-officer',
  grants: [{ role: 'TOWNSHIP_OFFICER', region: VILLAGE.slice(0, 9) }],
};
const members = village.group.members.map((m) => encodeGlobalID('Person', m.personId));
const villageId = encodeGlobalID('Region', VILLAGE);

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
) {
  return t.gql<Session>(
    SESSION,
    { input: { villageId, month, heldOn, presentMemberIds: present, votes } },
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

// The proposals of the story, filled as it goes.
const ids = { may: [] as string[], april: '' };
let mayPosting = '';
let aprilPosting = '';

describe('a proposal (申报)', () => {
  it('is recorded by grid staff and changes no balance', async () => {
    const before = await balance(households[0]);
    ids.may.push(await propose(households[0], award.code, '2025-05-10'));
    ids.may.push(await propose(households[1], penalty.code, '2025-05-12'));
    ids.may.push(await propose(households[2], award.code, '2025-05-20'));
    ids.april = await propose(households[3], award.code, '2025-04-18');
    expect(await balance(households[0])).toBe(before);
    const stored = await t.db.pointsProposal.findMany({
      where: { id: { in: ids.may.map((id) => atob(id).split(':')[1] ?? '') } },
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
    ids.may.map((proposalId, i) => ({
      proposalId,
      votesFor: i === 2 ? 1 : approve,
      votesAgainst: i === 2 ? approve : 1,
    }));

  it('decides nothing below the quorum and writes nothing', async () => {
    const few = members.slice(0, Math.ceil((members.length * 2) / 3) - 1);
    const result = await session('2025-05', '2025-06-02', few, votes(few.length));
    expect(result.data?.pointsEvaluationSessionRecord).toEqual({
      session: null,
      userErrors: [{ code: 'POINTS_BELOW_QUORUM', field: null }],
    });
    expect(await t.db.pointsEvaluationSession.count()).toBe(0);
  });

  it('refuses a person present who is not a member, naming the input', async () => {
    const stranger = encodeGlobalID('Person', 'NOT-A-MEMBER');
    const result = await session('2025-05', '2025-06-02', [...members, stranger], votes(4));
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toEqual([
      { code: 'POINTS_NOT_A_MEMBER', field: ['presentMemberIds', String(members.length)] },
    ]);
  });

  it('is not for grid staff', async () => {
    const result = await session('2025-05', '2025-06-02', members, votes(4), worker);
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toMatchObject([
      { code: 'POINTS_FORBIDDEN' },
    ]);
  });

  it('approves by a majority of the members present and rejects the rest', async () => {
    const present = members.slice(0, Math.max(4, Math.ceil((members.length * 2) / 3)));
    const result = await session('2025-05', '2025-06-02', present, votes(present.length - 1));
    expect(result.data?.pointsEvaluationSessionRecord.userErrors).toEqual([]);
    const recorded = result.data?.pointsEvaluationSessionRecord.session;
    expect(recorded?.presentCount).toBe(present.length);
    expect(recorded?.groupSize).toBe(members.length);
    expect(Object.fromEntries(recorded?.proposals.edges.map((e) => [e.node.id, e.node.state]) ?? [])).toEqual(
      {
        [ids.may[0] ?? '']: 'APPROVED',
        [ids.may[1] ?? '']: 'APPROVED',
        [ids.may[2] ?? '']: 'REJECTED',
      },
    );
  });
});

describe('public posting (公示), objections (异议) and closing', () => {
  it('posts May’s approved list on 06-05 for 7 days, once', async () => {
    const result = await t.gql<Published>(
      PUBLISH,
      { input: { villageId, month: '2025-05', postedOn: '2025-06-05' } },
      { as: officer },
    );
    expect(result.data?.pointsPostingPublish.userErrors).toEqual([]);
    expect(result.data?.pointsPostingPublish.posting).toMatchObject({
      objectionsUntil: '2025-06-11',
      items: { totalCount: 2 },
    });
    mayPosting = result.data?.pointsPostingPublish.posting?.id ?? '';
    const again = await t.gql<Published>(
      PUBLISH,
      { input: { villageId, month: '2025-05', postedOn: '2025-06-06' } },
      { as: officer },
    );
    expect(again.data?.pointsPostingPublish.userErrors).toEqual([
      { code: 'POINTS_POSTING_EXISTS', field: ['month'] },
    ]);
  });

  it('refuses an objection after the window (today is 06-16)', async () => {
    const result = await t.gql<Objected>(
      OBJECT,
      { input: { proposalId: ids.may[0], raisedBy: '次仁', reason: '当天不在村里' } },
      { as: worker },
    );
    expect(result.data?.pointsObjectionRaise).toEqual({
      objection: null,
      userErrors: [{ code: 'POINTS_OBJECTION_WINDOW_CLOSED', field: ['raisedOn'] }],
    });
  });

  it('closes May’s posting into ledger events in one go, and a second close scores nothing', async () => {
    const before = [await balance(households[0]), await balance(households[1])];
    const result = await t.gql<Closed>(CLOSE, { input: { postingId: mayPosting } }, { as: officer });
    expect(result.data?.pointsPostingClose.userErrors).toEqual([]);
    expect(result.data?.pointsPostingClose.posting?.closedOn).toBe('2025-06-16');
    const items = result.data?.pointsPostingClose.posting?.items.edges.map((e) => e.node) ?? [];
    expect(items.map((i) => i.state)).toEqual(['SCORED', 'SCORED']);
    expect(await balance(households[0])).toBe((before[0] ?? 0) + award.points);
    expect(await balance(households[1])).toBe((before[1] ?? 0) + penalty.points);
    const events = await t.db.pointEvent.count();
    const again = await t.gql<Closed>(CLOSE, { input: { postingId: mayPosting } }, { as: officer });
    expect(again.data?.pointsPostingClose.userErrors).toEqual([]);
    expect(await t.db.pointEvent.count()).toBe(events);
  });

  it('takes an objection inside April’s window, refuses to close while it runs, and drops the item when upheld', async () => {
    const held = await session('2025-04', '2025-06-10', members, [
      { proposalId: ids.april, votesFor: members.length, votesAgainst: 0 },
    ]);
    expect(held.data?.pointsEvaluationSessionRecord.userErrors).toEqual([]);
    const published = await t.gql<Published>(
      PUBLISH,
      { input: { villageId, month: '2025-04', postedOn: '2025-06-12' } },
      { as: officer },
    );
    expect(published.data?.pointsPostingPublish.posting?.items.totalCount).toBe(1);
    aprilPosting = published.data?.pointsPostingPublish.posting?.id ?? '';
    const raised = await t.gql<Objected>(
      OBJECT,
      { input: { proposalId: ids.april, raisedBy: '次仁', reason: '没有参加' } },
      { as: worker },
    );
    expect(raised.data?.pointsObjectionRaise.userErrors).toEqual([]);
    expect(raised.data?.pointsObjectionRaise.objection?.stateLabel).toBe('ཐག་གཅོད་མ་བྱས་པ།');
    const early = await t.gql<Closed>(CLOSE, { input: { postingId: aprilPosting } }, { as: officer });
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
    expect(two.data?.pointsPostings.totalCount).toBe(2);
    expect(two.data?.pointsPostings.edges.map((e) => [e.node.month, e.node.objections.totalCount])).toEqual([
      ['2025-04', 1],
      ['2025-05', 0],
    ]);
    expect(two.statements).toBe(one.statements);
  });

  it('shows grid staff the proposals of their grids and not the village’s postings', async () => {
    const proposals = await t.gql<{ pointsProposals: { totalCount: number } }>(
      `{ pointsProposals(filter: { occurredFrom: "2025-01-01" }) { totalCount } }`,
      {},
      { as: worker },
    );
    expect(proposals.data?.pointsProposals.totalCount).toBe(4);
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

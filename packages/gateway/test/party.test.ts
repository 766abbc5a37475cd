// Party building through the API: the article's figures on Region, the organisation tree with its
// members and meetings at a fixed number of statements, organisational-life compliance, recall
// candidates found by the county's rules, and every step of the recall workflow, allowed and refused.
import {
  RECALL_ACTIONS,
  RECALL_STATES,
  RECALL_TRANSITIONS,
  type RecallActionType,
  type RecallState,
} from '@grassroots/core';
import {
  BOME_LEAVE_CADRES,
  BOME_PLANTED_CANDIDATES,
  BOME_RECALLED,
  bomeStationing,
  GERZE_PARTY_LIFE_GAPS,
  gerzeParty,
} from '@grassroots/fixtures';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, partyFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

const BOME = '540424';
const GERZE = '542526';
const bomeOrganiser: TestCaller = {
  subject: 'bome-organiser',
  grants: [{ role: 'PARTY_ORGANISER', region: BOME }],
};
const gerzeOrganiser: TestCaller = {
  subject: 'gerze-organiser',
  grants: [{ role: 'PARTY_ORGANISER', region: GERZE }],
};
const bomeAdmin: TestCaller = { subject: 'bome-admin', grants: [{ role: 'COUNTY_ADMIN', region: BOME }] };

const stationing = bomeStationing();
const cadreId = (index: number) => stationing.cadres[index]?.id ?? '';
const gerzeBranches = gerzeParty()
  .organisations.filter((o) => o.kind === 'GRID_BRANCH')
  .sort((a, b) => a.id.localeCompare(b.id));

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures(), partyFixtures()]);
});
afterAll(() => t.close());

interface UserError {
  readonly code: string;
  readonly field: string[] | null;
}

describe('the article’s figures on Region, with no arguments and no token', () => {
  const STATS = /* GraphQL */ `
    query Stats($code: String!) {
      region(code: $code) {
        partyStats { branches gridBranches groups temporaryBranches }
        stationingStats { workTeams cadres stationed recalled recallCandidates }
        coBuildingStats { activities totalValueFen totalValue }
      }
    }
  `;
  type Stats = {
    region: {
      partyStats: Record<string, number>;
      stationingStats: Record<string, number>;
      coBuildingStats: { activities: number; totalValueFen: number; totalValue: string };
    };
  };

  it('answers 60 grid party branches and 308 party groups for 改则县', async () => {
    const result = await t.gql<Stats>(STATS, { code: GERZE });
    expect(result.errors).toBeUndefined();
    expect(result.data?.region.partyStats).toEqual({
      branches: 60,
      gridBranches: 60,
      groups: 308,
      temporaryBranches: 0,
    });
  });

  it('answers 267 stationed cadres with 2 recalled for 波密县, and the candidates its rules find', async () => {
    const result = await t.gql<Stats>(STATS, { code: BOME });
    expect(result.data?.region.stationingStats).toEqual({
      workTeams: 85,
      cadres: 267,
      stationed: 265,
      recalled: 2,
      recallCandidates: BOME_PLANTED_CANDIDATES.length,
    });
    expect(result.data?.region.partyStats.temporaryBranches).toBe(85);
  });

  it('answers 50,000 yuan of goods for 墨竹工卡县 (the visit to 龙珠岗村), and nothing for 改则县', async () => {
    const result = await t.gql<Stats>(STATS, { code: '540127' });
    expect(result.data?.region.coBuildingStats).toEqual({
      activities: 1,
      totalValueFen: 5_000_000,
      totalValue: '¥50,000.00',
    });
    const village = await t.gql<Stats>(STATS, { code: '540127200206' });
    expect(village.data?.region.coBuildingStats.totalValueFen).toBe(5_000_000);
    const gerze = await t.gql<Stats>(STATS, { code: GERZE });
    expect(gerze.data?.region.coBuildingStats).toEqual({
      activities: 0,
      totalValueFen: 0,
      totalValue: '¥0.00',
    });
  });

  it('costs the same statements for 2 townships as for all of 波密县’s', async () => {
    const CHILDREN = `query ($code: String!, $first: Int) { region(code: $code) { children(first: $first) { edges { node { code partyStats { branches } stationingStats { cadres } coBuildingStats { activities } } } } } }`;
    const counts: number[] = [];
    for (const first of [2, 10]) {
      t.resetQueries();
      const result = await t.gql(CHILDREN, { code: BOME, first });
      expect(result.errors).toBeUndefined();
      counts.push(t.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });
});

describe('the organisation tree of 改则县', () => {
  const TREE = /* GraphQL */ `
    query Tree($first: Int!) {
      partyOrganisations(filter: { within: "542526", kind: GRID_BRANCH }, first: $first) {
        totalCount
        edges {
          node {
            id name kind grid { code }
            parent { name kind }
            children { name kind groupMembers { name status(on: "2024-12-31") } }
            members(first: 10) { totalCount edges { node { name status(on: "2024-12-31") appliedOn } } }
            meetings(first: 10, from: "2024-01-01", until: "2024-12-31") { totalCount edges { node { kind heldOn counts } } }
            lifeCompliance(from: "2024-01-01", until: "2024-12-31") { compliant gaps { kind periodStart withoutQuorum } }
            structureFindings(on: "2024-12-31") { code }
          }
        }
      }
    }
  `;
  type Tree = {
    partyOrganisations: {
      totalCount: number;
      edges: {
        node: {
          name: string;
          grid: { code: string };
          children: { kind: string; groupMembers: { name: string | null }[] }[];
          members: { totalCount: number; edges: { node: { name: string | null; status: string | null } }[] };
          meetings: { totalCount: number };
          lifeCompliance: {
            compliant: boolean;
            gaps: { kind: string; periodStart: string; withoutQuorum: number }[];
          };
          structureFindings: { code: string }[];
        };
      }[];
    };
  };

  it('lists every branch with its grid and groups, each meeting the structure rules', async () => {
    const BRANCHES = /* GraphQL */ `
      {
        partyOrganisations(filter: { within: "542526", kind: GRID_BRANCH }, first: 60) {
          totalCount
          edges { node { grid { code } children { kind groupMembers { id } } structureFindings(on: "2024-12-31") { code } } }
        }
      }
    `;
    type Branches = {
      partyOrganisations: {
        totalCount: number;
        edges: {
          node: {
            grid: { code: string };
            children: { kind: string; groupMembers: unknown[] }[];
            structureFindings: unknown[];
          };
        }[];
      };
    };
    const result = await t.gql<Branches>(BRANCHES, {}, { as: gerzeOrganiser });
    expect(result.errors).toBeUndefined();
    const edges = result.data?.partyOrganisations.edges ?? [];
    expect(result.data?.partyOrganisations.totalCount).toBe(60);
    expect(edges.map((e) => e.node.grid.code)).toEqual(gerzeBranches.map((b) => b.gridCode));
    expect(edges.reduce((sum, e) => sum + e.node.children.length, 0)).toBe(308);
    for (const { node } of edges) {
      expect(node.structureFindings).toEqual([]);
      expect(node.children.every((c) => c.kind === 'GROUP' && c.groupMembers.length >= 4)).toBe(true);
    }
  });

  it('costs a number of SQL statements that does not grow with the number of branches', async () => {
    const counts: number[] = [];
    for (const first of [2, 30]) {
      t.resetQueries();
      const result = await t.gql<Tree>(TREE, { first }, { as: gerzeOrganiser });
      expect(result.errors).toBeUndefined();
      expect(result.data?.partyOrganisations.edges).toHaveLength(first);
      counts.push(t.queries.length);
    }
    expect(counts[0]).toBe(counts[1]);
  });

  it('hides the members from anonymous callers and officers of another county, but not the tree', async () => {
    for (const as of [
      undefined,
      { subject: 'x', grants: [{ role: 'PARTY_ORGANISER' as const, region: BOME }] },
    ]) {
      const result = await t.gql<Tree>(TREE, { first: 2 }, as ? { as } : {});
      expect(result.errors).toBeUndefined();
      expect(result.data?.partyOrganisations.edges).toHaveLength(2);
      expect(result.data?.partyOrganisations.edges[0]?.node.members.totalCount).toBe(0);
    }
  });

  it('audits every member name it shows unmasked, in one entry for the request', async () => {
    const before = await t.db.auditSubject.count({ where: { subjectType: 'PartyMember' } });
    const entries = await t.db.auditRecord.count();
    const result = await t.gql<Tree>(TREE, { first: 1 }, { as: gerzeOrganiser });
    expect(result.data?.partyOrganisations.edges[0]?.node.members.edges[0]?.node.name).not.toMatch(/\*/);
    const shown = result.data?.partyOrganisations.edges[0]?.node;
    const names =
      (shown?.members.edges.length ?? 0) +
      (shown?.children ?? []).reduce((n, c) => n + c.groupMembers.length, 0);
    // One subject row per member read (a member shown twice is one subject), all in one entry.
    const after = await t.db.auditSubject.count({ where: { subjectType: 'PartyMember' } });
    expect(after).toBeGreaterThan(before);
    expect(after).toBeLessThanOrEqual(before + names);
    expect(await t.db.auditRecord.count()).toBe(entries + 1);
  });
});

describe('organisational life (三会一课) compliance', () => {
  const COMPLIANCE = /* GraphQL */ `
    query Compliance($id: ID!) {
      node(id: $id) {
        ... on PartyOrganisation {
          lifeCompliance(from: "2024-01-01", until: "2024-12-31") { compliant counted gaps { kind periodStart periodEnd held withoutQuorum } }
          meetings(first: 50, from: "2024-04-01", until: "2024-06-30") { edges { node { kind present entitled counts } } }
        }
      }
    }
  `;
  type Compliance = {
    node: {
      lifeCompliance: { compliant: boolean; gaps: Record<string, unknown>[] };
      meetings: { edges: { node: { kind: string; present: number; entitled: number; counts: boolean } }[] };
    };
  };
  const branchOf = (index: number) => encodeGlobalID('PartyOrganisation', gerzeBranches[index]?.id ?? '');

  it('lists the missing quarterly member meeting of a branch', async () => {
    const gap = GERZE_PARTY_LIFE_GAPS.find((g) => g.cause === 'MISSING' && g.kind === 'MEMBER_MEETING');
    const result = await t.gql<Compliance>(COMPLIANCE, { id: branchOf(gap?.gridIndex ?? -1) });
    expect(result.data?.node.lifeCompliance).toMatchObject({
      compliant: false,
      gaps: [
        {
          kind: 'MEMBER_MEETING',
          periodStart: '2024-07-01',
          periodEnd: '2024-09-30',
          held: 0,
          withoutQuorum: 0,
        },
      ],
    });
  });

  it('does not count a member meeting held without quorum', async () => {
    const gap = GERZE_PARTY_LIFE_GAPS.find((g) => g.cause === 'NO_QUORUM');
    const result = await t.gql<Compliance>(COMPLIANCE, { id: branchOf(gap?.gridIndex ?? -1) });
    expect(result.data?.node.lifeCompliance.gaps).toEqual([
      {
        kind: 'MEMBER_MEETING',
        periodStart: '2024-04-01',
        periodEnd: '2024-06-30',
        held: 0,
        withoutQuorum: 1,
      },
    ]);
    const memberMeetings =
      result.data?.node.meetings.edges.filter((e) => e.node.kind === 'MEMBER_MEETING') ?? [];
    expect(memberMeetings).toHaveLength(1);
    expect(memberMeetings[0]?.node).toMatchObject({ counts: false });
    expect((memberMeetings[0]?.node.present ?? 0) * 2).toBeLessThanOrEqual(
      memberMeetings[0]?.node.entitled ?? 0,
    );
  });

  it('finds nothing missing in a branch that kept every meeting', async () => {
    const result = await t.gql<Compliance>(COMPLIANCE, { id: branchOf(0) });
    expect(result.data?.node.lifeCompliance).toMatchObject({ compliant: true, gaps: [] });
  });
});

describe('recall candidates found by 波密县’s rules', () => {
  const CANDIDATES = /* GraphQL */ `
    query Candidates($filter: StationedCadreFilter) {
      stationedCadres(filter: $filter, first: 100) {
        totalCount
        edges { node { id status recallFindings { reason month } } }
      }
    }
  `;
  type Candidates = {
    stationedCadres: {
      totalCount: number;
      edges: {
        node: { id: string; status: string; recallFindings: { reason: string; month: string | null }[] };
      }[];
    };
  };
  const byReason = (reason: string) => BOME_PLANTED_CANDIDATES.filter((p) => p.reason === reason);

  it('lists exactly the cadres whose presence shows a pattern, each with its reason code', async () => {
    const result = await t.gql<Candidates>(
      CANDIDATES,
      { filter: { within: BOME, recallCandidate: true } },
      { as: bomeOrganiser },
    );
    expect(result.errors).toBeUndefined();
    const ids = result.data?.stationedCadres.edges.map((e) => e.node.id) ?? [];
    expect(new Set(ids)).toEqual(
      new Set(BOME_PLANTED_CANDIDATES.map((p) => encodeGlobalID('StationedCadre', cadreId(p.cadreIndex)))),
    );
    for (const planted of BOME_PLANTED_CANDIDATES) {
      const node = result.data?.stationedCadres.edges.find(
        (e) => e.node.id === encodeGlobalID('StationedCadre', cadreId(planted.cadreIndex)),
      )?.node;
      expect(node?.recallFindings).toContainEqual({ reason: planted.reason, month: planted.month });
    }
  });

  it('gives a commuting cadre the COMMUTING code and one below 20 days the PRESENCE code', async () => {
    for (const [reason, planted] of [
      ['COMMUTING', byReason('COMMUTING')[0]],
      ['PRESENCE', byReason('PRESENCE')[0]],
    ] as const) {
      const result = await t.gql<{ node: { recallFindings: { reason: string; month: string }[] } }>(
        `query ($id: ID!) { node(id: $id) { ... on StationedCadre { recallFindings { reason month } presence(fromMonth: "${planted?.month}", untilMonth: "${planted?.month}") { reasons presentDays nightsAway } } } }`,
        { id: encodeGlobalID('StationedCadre', cadreId(planted?.cadreIndex ?? -1)) },
        { as: bomeOrganiser },
      );
      expect(result.data?.node.recallFindings).toContainEqual({ reason, month: planted?.month });
    }
  });

  it('does not list a cadre with full presence', async () => {
    const clean = stationing.cadres.findIndex(
      (_, index) =>
        !BOME_PLANTED_CANDIDATES.some((p) => p.cadreIndex === index) &&
        !BOME_RECALLED.some((r) => r.cadreIndex === index),
    );
    const result = await t.gql<{ node: { recallFindings: unknown[]; presence: { presentDays: number }[] } }>(
      `query ($id: ID!) { node(id: $id) { ... on StationedCadre { recallFindings { reason } presence { presentDays } } } }`,
      { id: encodeGlobalID('StationedCadre', cadreId(clean)) },
      { as: bomeOrganiser },
    );
    expect(result.data?.node.recallFindings).toEqual([]);
    expect(result.data?.node.presence).toHaveLength(12);
    const notCandidates = await t.gql<Candidates>(
      CANDIDATES,
      { filter: { within: BOME, recallCandidate: false } },
      { as: bomeOrganiser },
    );
    expect(notCandidates.data?.stationedCadres.totalCount).toBe(267 - BOME_PLANTED_CANDIDATES.length);
  });

  it('shows the 2 recalled cadres with their referral and talk recorded, and no cadre to an officer of another county', async () => {
    const RECALLS = `{ recallCases(filter: { within: "${BOME}", state: RECALLED }, first: 10) { totalCount edges { node { reason referredOn talkWith sendingUnitNotifiedOn cadre { status } } } } }`;
    const result = await t.gql<{
      recallCases: { totalCount: number; edges: { node: Record<string, unknown> }[] };
    }>(RECALLS, {}, { as: bomeOrganiser });
    expect(result.data?.recallCases.totalCount).toBe(2);
    for (const { node } of result.data?.recallCases.edges ?? []) {
      expect(node).toMatchObject({ reason: 'DISCIPLINE', cadre: { status: 'RECALLED' } });
      expect(node.referredOn).not.toBeNull();
      expect(String(node.talkWith)).toMatch(/^临时党支部书记/);
    }
    const outsider = await t.gql<Candidates>(
      CANDIDATES,
      { filter: { within: BOME } },
      { as: gerzeOrganiser },
    );
    expect(outsider.data?.stationedCadres.totalCount).toBe(0);
  });
});

describe('the recall workflow through the API', () => {
  const CASE = 'recallCase { id state version replacementDueOn cadre { status } }';
  const MUTATIONS: Readonly<Record<RecallActionType, { readonly field: string; readonly extra: string }>> = {
    REVIEW: { field: 'recallCaseReview', extra: 'note: "核查属实"' },
    RECALL: { field: 'recallCaseRecall', extra: 'note: "予以召回"' },
    CLEAR: { field: 'recallCaseClear', extra: 'note: "经核查，情况已说明"' },
    REFER: { field: 'recallCaseRefer', extra: '' },
    RECORD_TALK: { field: 'recallCaseRecordTalk', extra: 'with: "临时党支部书记"' },
    NOTIFY_SENDING_UNIT: { field: 'recallCaseNotifySendingUnit', extra: '' },
    FILL_REPLACEMENT: {
      field: 'recallCaseFillReplacement',
      extra: `replacementId: "${encodeGlobalID('StationedCadre', cadreId(1))}"`,
    },
  };
  type Result = {
    recallCase: { id: string; state: string; version: number; cadre: { status: string } } | null;
    userErrors: UserError[];
  };

  async function act(
    action: RecallActionType,
    id: string,
    as: TestCaller = bomeOrganiser,
    expectedVersion?: number,
  ): Promise<Result> {
    const { field, extra } = MUTATIONS[action];
    const version = expectedVersion === undefined ? '' : `expectedVersion: ${expectedVersion}`;
    const result = await t.gql<Record<string, Result>>(
      `mutation { ${field}(input: { id: "${id}" ${extra} ${version} }) { ${CASE} userErrors { code field } } }`,
      {},
      { as },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.[field];
    if (!payload) throw new Error(`no payload for ${field}`);
    return payload;
  }

  async function open(index: number, as: TestCaller = bomeOrganiser) {
    const result = await t.gql<{ recallCaseOpen: Result }>(
      `mutation ($cadreId: ID!) { recallCaseOpen(input: { cadreId: $cadreId, reason: COMMUTING, note: "驻村记录显示夜不在村" }) { ${CASE} userErrors { code field } } }`,
      { cadreId: encodeGlobalID('StationedCadre', cadreId(index)) },
      { as },
    );
    expect(result.errors).toBeUndefined();
    if (!result.data) throw new Error('no payload');
    return result.data.recallCaseOpen;
  }

  // A case put in `state` directly, for a cadre of the team of cadre 3, so each pair starts clean.
  let sequence = 0;
  async function caseIn(state: RecallState, ready: boolean): Promise<string> {
    const id = `RC-TEST-${++sequence}`;
    await t.db.recallCase.create({
      data: {
        id,
        cadreId: cadreId(3),
        villageCode:
          stationing.teams.find((team) => team.id === stationing.cadres[3]?.teamId)?.villageCode ?? '',
        reason: 'COMMUTING',
        state,
        openedOn: '2025-01-10',
        note: '测试',
        decidedOn: state === 'FLAGGED' ? null : '2025-01-20',
        talkOn: ready ? '2025-01-21' : null,
        talkWith: ready ? '临时党支部书记' : null,
        sendingUnitNotifiedOn: ready ? '2025-01-21' : null,
        version: 1,
      },
    });
    return encodeGlobalID('RecallCase', id);
  }

  it('allows exactly the transitions of core’s table and refuses every other, each as a typed userError', async () => {
    for (const state of RECALL_STATES) {
      for (const action of RECALL_ACTIONS) {
        const id = await caseIn(state, action === 'FILL_REPLACEMENT');
        const rule = RECALL_TRANSITIONS.find((r) => r.from === state && r.action === action);
        const result = await act(action, id);
        if (rule) {
          expect(result.userErrors, `${state} ${action}`).toEqual([]);
          expect(result.recallCase?.state, `${state} ${action}`).toBe(rule.to);
        } else {
          expect(result.recallCase, `${state} ${action}`).toBeNull();
          expect(result.userErrors, `${state} ${action}`).toEqual([
            { code: 'RECALL_TRANSITION_NOT_ALLOWED', field: ['action'] },
          ]);
        }
      }
    }
  });

  it('runs a commuting candidate from flagged to replaced, with each follow-up once and in order', async () => {
    const planted = BOME_PLANTED_CANDIDATES.find((p) => p.reason === 'COMMUTING');
    const opened = await open(planted?.cadreIndex ?? -1);
    expect(opened.userErrors).toEqual([]);
    expect(opened.recallCase).toMatchObject({ state: 'FLAGGED', version: 1, cadre: { status: 'STATIONED' } });
    expect((await open(planted?.cadreIndex ?? -1)).userErrors).toEqual([
      { code: 'RECALL_OPEN_CASE_EXISTS', field: ['cadreId'] },
    ]);
    const id = opened.recallCase?.id ?? '';
    expect((await act('REVIEW', id, bomeOrganiser, 1)).recallCase).toMatchObject({
      state: 'REVIEWED',
      version: 2,
    });
    expect((await act('RECALL', id, bomeOrganiser, 1)).userErrors).toEqual([
      { code: 'RECALL_STALE_VERSION', field: null },
    ]);
    const RECALLED = `{ region(code: "${BOME}") { stationingStats { recalled } } }`;
    const recalledBefore = await t.gql<{ region: { stationingStats: { recalled: number } } }>(RECALLED);
    const recalled = await act('RECALL', id, bomeOrganiser, 2);
    expect(recalled.recallCase).toMatchObject({
      state: 'RECALLED',
      replacementDueOn: '2025-07-16',
      cadre: { status: 'RECALLED' },
    });
    expect((await act('FILL_REPLACEMENT', id)).userErrors).toEqual([
      { code: 'RECALL_STEPS_OUTSTANDING', field: null },
    ]);
    expect((await act('REFER', id)).userErrors).toEqual([]);
    expect((await act('REFER', id)).userErrors).toEqual([{ code: 'RECALL_ALREADY_DONE', field: null }]);
    expect((await act('RECORD_TALK', id)).userErrors).toEqual([]);
    expect((await act('NOTIFY_SENDING_UNIT', id)).userErrors).toEqual([]);
    const self = await t.gql<{ recallCaseFillReplacement: Result }>(
      `mutation { recallCaseFillReplacement(input: { id: "${id}", replacementId: "${encodeGlobalID('StationedCadre', cadreId(planted?.cadreIndex ?? -1))}" }) { userErrors { code field } } }`,
      {},
      { as: bomeOrganiser },
    );
    expect(self.data?.recallCaseFillReplacement.userErrors).toEqual([
      { code: 'RECALL_REPLACEMENT_SELF', field: ['replacementId'] },
    ]);
    expect((await act('FILL_REPLACEMENT', id)).recallCase).toMatchObject({ state: 'REPLACED' });
    const recalledAfter = await t.gql<{ region: { stationingStats: { recalled: number } } }>(RECALLED);
    expect(recalledAfter.data?.region.stationingStats.recalled).toBe(
      (recalledBefore.data?.region.stationingStats.recalled ?? 0) + 1,
    );
  });

  it('lets only a party organiser of the village act, and hides the case from another county', async () => {
    const opened = await open(10);
    const id = opened.recallCase?.id ?? '';
    expect((await act('REVIEW', id, bomeAdmin)).userErrors).toEqual([
      { code: 'PARTY_FORBIDDEN', field: null },
    ]);
    expect((await act('REVIEW', id, gerzeOrganiser)).userErrors).toEqual([
      { code: 'RECALL_NOT_FOUND', field: ['id'] },
    ]);
    expect((await open(11, bomeAdmin)).userErrors).toEqual([{ code: 'PARTY_FORBIDDEN', field: null }]);
    expect((await open(11, gerzeOrganiser)).userErrors).toEqual([
      { code: 'RECALL_CADRE_NOT_FOUND', field: ['cadreId'] },
    ]);
    expect((await act('CLEAR', id)).recallCase).toMatchObject({ state: 'CLEARED' });
  });
});

describe('recording a co-building activity', () => {
  const RECORD = /* GraphQL */ `
    mutation ($input: CoBuildingActivityRecordInput!) {
      coBuildingActivityRecord(input: $input) { activity { totalValueFen partners { name kind } } userErrors { code field } }
    }
  `;
  const input = {
    title: '结对共建慰问',
    villageId: encodeGlobalID('Region', '540127200206'),
    heldOn: '2025-01-20',
    participants: 12,
    partners: [{ name: '拉萨市商务局', kind: 'GOVERNMENT_DEPARTMENT' }],
    goods: [{ description: '米面油', valueFen: 1_000_000 }],
  };
  const lhasaOrganiser: TestCaller = {
    subject: 'lhasa',
    grants: [{ role: 'PARTY_ORGANISER', region: '540127' }],
  };
  type Record = {
    coBuildingActivityRecord: { activity: { totalValueFen: number } | null; userErrors: UserError[] };
  };

  it('adds the goods to the county’s total', async () => {
    const result = await t.gql<Record>(RECORD, { input }, { as: lhasaOrganiser });
    expect(result.data?.coBuildingActivityRecord).toMatchObject({
      activity: { totalValueFen: 1_000_000 },
      userErrors: [],
    });
    const stats = await t.gql<{ region: { coBuildingStats: { totalValueFen: number } } }>(
      `{ region(code: "540127") { coBuildingStats { totalValueFen } } }`,
    );
    expect(stats.data?.region.coBuildingStats.totalValueFen).toBe(6_000_000);
  });

  it('names the offending field, and refuses an organiser of another county', async () => {
    const bad = await t.gql<Record>(RECORD, { input: { ...input, partners: [] } }, { as: lhasaOrganiser });
    expect(bad.data?.coBuildingActivityRecord.userErrors).toEqual([
      { code: 'COBUILDING_REQUIRED', field: ['partners'] },
    ]);
    const other = await t.gql<Record>(RECORD, { input }, { as: gerzeOrganiser });
    expect(other.data?.coBuildingActivityRecord.userErrors).toEqual([
      { code: 'PARTY_FORBIDDEN', field: null },
    ]);
  });
});

describe('the grid branch’s work inside its grid (信息收集 → 任务交办 → 结果反馈)', () => {
  type Task = {
    task: { id: string; state: string; assignee: { id: string } | null; result: string | null } | null;
    userErrors: UserError[];
  };
  const TASK = 'task { id state assignee { id } result } userErrors { code field }';
  const branch = gerzeBranches[3];
  const branchId = encodeGlobalID('PartyOrganisation', branch?.id ?? '');
  const member = gerzeParty().members.find((m) => m.organisationId === branch?.id);
  const stranger = gerzeParty().members.find((m) => m.organisationId !== branch?.id);

  async function call(
    field: string,
    input: Record<string, unknown>,
    as: TestCaller = gerzeOrganiser,
  ): Promise<Task> {
    const result = await t.gql<Record<string, Task>>(
      `mutation ($input: ${field.charAt(0).toUpperCase()}${field.slice(1)}Input!) { ${field}(input: $input) { ${TASK} } }`,
      { input },
      { as },
    );
    expect(result.errors).toBeUndefined();
    const payload = result.data?.[field];
    if (!payload) throw new Error(`no payload for ${field}`);
    return payload;
  }

  it('gathers, assigns to a member of the branch, and feeds back, refusing steps out of order', async () => {
    const gathered = await call('partyGridTaskGather', { branchId, information: '牧户反映饮水管道冻裂' });
    expect(gathered).toMatchObject({ task: { state: 'GATHERED', assignee: null }, userErrors: [] });
    const id = gathered.task?.id ?? '';
    expect((await call('partyGridTaskFeedBack', { id, result: '已修复' })).userErrors).toEqual([
      { code: 'GRID_TASK_TRANSITION_NOT_ALLOWED', field: ['action'] },
    ]);
    expect(
      (
        await call('partyGridTaskAssign', {
          id,
          assigneeId: encodeGlobalID('PartyMember', stranger?.id ?? ''),
        })
      ).userErrors,
    ).toEqual([{ code: 'GRID_TASK_NOT_FOUND', field: ['assigneeId'] }]);
    const assigned = await call('partyGridTaskAssign', {
      id,
      assigneeId: encodeGlobalID('PartyMember', member?.id ?? ''),
    });
    expect(assigned.task).toMatchObject({
      state: 'ASSIGNED',
      assignee: { id: encodeGlobalID('PartyMember', member?.id ?? '') },
    });
    expect((await call('partyGridTaskFeedBack', { id, result: '已协调乡水利站修复' })).task).toMatchObject({
      state: 'FED_BACK',
      result: '已协调乡水利站修复',
    });
    expect((await call('partyGridTaskFeedBack', { id, result: '再次反馈' })).userErrors[0]?.code).toBe(
      'GRID_TASK_TRANSITION_NOT_ALLOWED',
    );
    const listed = await t.gql<{ node: { gridTasks: { totalCount: number } } }>(
      'query ($id: ID!) { node(id: $id) { ... on PartyOrganisation { gridTasks(first: 5) { totalCount } } } }',
      { id: branchId },
      { as: gerzeOrganiser },
    );
    expect(listed.data?.node.gridTasks.totalCount).toBe(1);
  });

  it('refuses a matter of another grid and an organiser of another county', async () => {
    expect(
      (
        await call('partyGridTaskGather', {
          branchId,
          information: '信息',
          matterId: encodeGlobalID('Matter', 'none'),
        })
      ).userErrors,
    ).toEqual([{ code: 'GRID_TASK_GRID_MISMATCH', field: ['matterId'] }]);
    expect(
      (await call('partyGridTaskGather', { branchId, information: '信息' }, bomeOrganiser)).userErrors,
    ).toEqual([{ code: 'PARTY_FORBIDDEN', field: null }]);
  });
});

describe('leave of stationed cadres (RULES.md 2.10), through the API', () => {
  const villageOf = (index: number) =>
    stationing.teams.find((team) => team.id === stationing.cadres[index]?.teamId)?.villageCode ?? '';
  const organiserOf = (code: string): TestCaller => ({
    subject: `organiser-${code}`,
    grants: [{ role: 'PARTY_ORGANISER', region: code }],
  });
  // Cadre 12's own township committee, and the county's organisation department.
  const township = organiserOf(villageOf(12).slice(0, 9));
  const county = bomeOrganiser;
  const LEAVE = 'leave { id state approver days version decidedOn decisionNote }';
  type Leave = {
    id: string;
    state: string;
    approver: string;
    days: number;
    version: number;
    decisionNote: string | null;
  };
  type Result = { leave: Leave | null; userErrors: UserError[] };

  async function request(
    index: number,
    from: string,
    until: string,
    as: TestCaller = township,
  ): Promise<Result> {
    const result = await t.gql<{ cadreLeaveRequest: Result }>(
      `mutation ($input: CadreLeaveRequestInput!) { cadreLeaveRequest(input: $input) { ${LEAVE} userErrors { code field } } }`,
      {
        input: {
          cadreId: encodeGlobalID('StationedCadre', cadreId(index)),
          from,
          until,
          reason: '家中老人住院',
        },
      },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.cadreLeaveRequest as Result;
  }
  async function decide(
    verb: 'Approve' | 'Refuse',
    id: string,
    as: TestCaller,
    extra: Record<string, unknown> = {},
  ): Promise<Result> {
    const field = `cadreLeave${verb}`;
    const result = await t.gql<Record<string, Result>>(
      `mutation ($input: CadreLeave${verb}Input!) { ${field}(input: $input) { ${LEAVE} userErrors { code field } } }`,
      { input: { id, ...(verb === 'Refuse' ? { note: '春耕期间人手不足' } : {}), ...extra } },
      { as },
    );
    expect(result.errors).toBeUndefined();
    return result.data?.[field] as Result;
  }
  const stored = async (id: string) =>
    t.db.cadreLeave.findUniqueOrThrow({
      where: { id: Buffer.from(id, 'base64').toString('utf8').split(':').slice(1).join(':') },
    });

  it('shows the fixtures’ leave of 波密县’s cadres, the week-long ones decided by the county', async () => {
    const index = BOME_LEAVE_CADRES[1] as number;
    const result = await t.gql<{
      node: { leaves: { from: string; days: number; approver: string; state: string }[] };
    }>(
      'query ($id: ID!) { node(id: $id) { ... on StationedCadre { leaves { from days approver state } } } }',
      { id: encodeGlobalID('StationedCadre', cadreId(index)) },
      { as: county },
    );
    expect(result.errors).toBeUndefined();
    const expected = stationing.leaves
      .filter((leave) => leave.cadreId === cadreId(index))
      .map(({ from, days, approver, state }) => ({ from, days, approver, state }));
    expect(result.data?.node.leaves).toEqual(expected);
    expect(expected).toContainEqual({ from: '2024-04-08', days: 7, approver: 'COUNTY', state: 'APPROVED' });
    expect(await t.db.cadreLeave.count({ where: { state: 'REFUSED' } })).toBe(1);
  });

  it('of up to 3 days is approved by the township committee, not by the county', async () => {
    const asked = await request(12, '2024-06-10', '2024-06-12');
    expect(asked.userErrors).toEqual([]);
    expect(asked.leave).toMatchObject({ state: 'REQUESTED', approver: 'TOWNSHIP', days: 3, version: 1 });
    const id = asked.leave?.id as string;
    expect((await decide('Approve', id, county)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_TOWNSHIP_APPROVES', field: null },
    ]);
    expect((await stored(id)).state).toBe('REQUESTED');
    const approved = await decide('Approve', id, township, { expectedVersion: 1 });
    expect(approved).toMatchObject({ userErrors: [], leave: { state: 'APPROVED', version: 2 } });
    expect((await decide('Refuse', id, township)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_ALREADY_DECIDED', field: null },
    ]);
  });

  it('of more than 3 days is the county’s: the township is refused and nothing is written, the county refuses it', async () => {
    const asked = await request(12, '2024-07-01', '2024-07-05');
    expect(asked.leave).toMatchObject({ state: 'REQUESTED', approver: 'COUNTY', days: 5 });
    const id = asked.leave?.id as string;
    expect((await decide('Approve', id, township)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_COUNTY_APPROVES', field: null },
    ]);
    expect(await stored(id)).toMatchObject({ state: 'REQUESTED', version: 1, decidedOn: null });
    expect((await decide('Refuse', id, county, { expectedVersion: 2 })).userErrors).toEqual([
      { code: 'CADRE_LEAVE_STALE_VERSION', field: null },
    ]);
    expect((await decide('Refuse', id, county, { note: ' ' })).userErrors).toEqual([
      { code: 'CADRE_LEAVE_REASON_REQUIRED', field: ['note'] },
    ]);
    const refused = await decide('Refuse', id, county);
    expect(refused).toMatchObject({
      userErrors: [],
      leave: { state: 'REFUSED', decisionNote: '春耕期间人手不足' },
    });
  });

  it('is refused where it overlaps leave on record, falls outside the stationing, or the cadre was recalled', async () => {
    const leaveCadre = BOME_LEAVE_CADRES[1] as number;
    expect((await request(leaveCadre, '2024-04-13', '2024-04-15', county)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_OVERLAP', field: ['from'] },
    ]);
    expect((await request(13, '2024-12-30', '2025-01-03', county)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_OUTSIDE_STATIONING', field: ['from'] },
    ]);
    expect((await request(13, '2024-03-05', '2024-03-04', county)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_DATES', field: ['until'] },
    ]);
    expect(
      (await request(BOME_RECALLED[0]?.cadreIndex ?? -1, '2024-09-02', '2024-09-03', county)).userErrors,
    ).toEqual([{ code: 'CADRE_LEAVE_NOT_STATIONED', field: ['cadreId'] }]);
  });

  it('is requested only by a party organiser of the cadre’s village; others do not reach the cadre', async () => {
    const before = await t.db.cadreLeave.count();
    expect((await request(13, '2024-06-10', '2024-06-11', bomeAdmin)).userErrors).toEqual([
      { code: 'PARTY_FORBIDDEN', field: null },
    ]);
    expect((await request(13, '2024-06-10', '2024-06-11', gerzeOrganiser)).userErrors).toEqual([
      { code: 'CADRE_LEAVE_NOT_FOUND', field: ['cadreId'] },
    ]);
    expect(await t.db.cadreLeave.count()).toBe(before);
    // A village branch organiser records the request, but approves nothing.
    const asked = await request(13, '2024-06-10', '2024-06-11', organiserOf(villageOf(13)));
    expect(asked.userErrors).toEqual([]);
    expect(
      (await decide('Approve', asked.leave?.id as string, organiserOf(villageOf(13)))).userErrors,
    ).toEqual([{ code: 'CADRE_LEAVE_TOWNSHIP_APPROVES', field: null }]);
  });
});

describe('the burden of the work teams: ledgers, work chat groups and cross-stationed township cadres', () => {
  const teams = stationing.teams;
  const sum = (list: readonly { ledgers: number; chatGroups: number }[]) => ({
    ledgers: list.reduce((total, team) => total + team.ledgers, 0),
    chatGroups: list.reduce((total, team) => total + team.chatGroups, 0),
  });

  it('are shown per team, to anyone', async () => {
    const result = await t.gql<{
      workTeams: {
        totalCount: number;
        edges: { node: { villageCode: string; ledgers: number; chatGroups: number } }[];
      };
    }>(
      `query { workTeams(first: 100, filter: { within: "${BOME}" }) { totalCount edges { node { villageCode ledgers chatGroups } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.workTeams.totalCount).toBe(teams.length);
    expect(new Set(result.data?.workTeams.edges.map((e) => JSON.stringify(e.node)))).toEqual(
      new Set(
        teams.map(({ villageCode, ledgers, chatGroups }) =>
          JSON.stringify({ villageCode, ledgers, chatGroups }),
        ),
      ),
    );
  });

  it('add up per county and per township, with the cross-stationed cadres, at the same statements for every township', async () => {
    const crossStationed = stationing.cadres.filter((c) => c.stationing === 'CROSS_STATIONED');
    expect(crossStationed.length).toBeGreaterThan(0);
    const BURDEN = 'stationingStats { ledgers chatGroups crossStationed }';
    type Burden = { ledgers: number; chatGroups: number; crossStationed: number };
    const county = await t.gql<{ region: { stationingStats: Burden } }>(
      `query { region(code: "${BOME}") { ${BURDEN} } }`,
    );
    expect(county.data?.region.stationingStats).toEqual({
      ...sum(teams),
      crossStationed: crossStationed.length,
    });
    t.resetQueries();
    const townships = await t.gql<{
      region: { children: { edges: { node: { code: string; stationingStats: Burden } }[] } };
    }>(`query { region(code: "${BOME}") { children(first: 50) { edges { node { code ${BURDEN} } } } } }`);
    expect(townships.errors).toBeUndefined();
    const edges = townships.data?.region.children.edges ?? [];
    expect(edges.length).toBeGreaterThan(5);
    for (const { node } of edges) {
      const inside = teams.filter((team) => team.villageCode.startsWith(node.code));
      const teamIds = new Set(inside.map((team) => team.id));
      expect(node.stationingStats).toEqual({
        ...sum(inside),
        crossStationed: crossStationed.filter((c) => teamIds.has(c.teamId)).length,
      });
    }
    const statements = t.queries.filter((sql) =>
      /"(WorkTeam|StationedCadre|CadrePresence)"/.test(sql),
    ).length;
    expect(statements).toBeGreaterThan(0);
    t.resetQueries();
    await t.gql(`query { region(code: "${BOME}") { ${BURDEN} } }`);
    expect(statements).toBe(
      t.queries.filter((sql) => /"(WorkTeam|StationedCadre|CadrePresence)"/.test(sql)).length,
    );
  });
});

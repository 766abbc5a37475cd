// Rows of the Node types no fixture holds (an assessment, a collection, a key person, a household-joint
// head's action, the points process's proposal, session, posting and objection), made through the API the way staff make them, so that the tests that walk every
// Node type (node.test.ts, access-walk.test.ts) have one of each.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { expect } from 'vitest';
import type { TestCaller, TestGateway } from './harness.js';

/** A grid worker's assignment: the samples are made in that worker's grid. */
export interface SampleWorker {
  readonly id: string;
  readonly gridCode: string;
  readonly personId: string;
}

/**
 * Records an assessment of `worker` (as `admin`, the worker's managing unit), a collection and a
 * household-joint action by the worker, and a 低保 key-person entry for the worker's person (as
 * `civilAffairs`). Each must succeed.
 */
export async function makeUnseededSamples(
  t: TestGateway,
  worker: SampleWorker,
  callers: { readonly admin: TestCaller; readonly civilAffairs: TestCaller },
): Promise<void> {
  const asWorker: TestCaller = {
    subject: `worker-${worker.id}`,
    grants: [{ role: 'GRID_WORKER', region: worker.gridCode }],
  };
  const assessed = await t.gql<{ assessmentRecord: { userErrors: unknown[] } }>(
    `mutation ($input: AssessmentRecordInput!) { assessmentRecord(input: $input) { userErrors { code } } }`,
    {
      input: {
        staffAssignmentId: encodeGlobalID('StaffAssignment', worker.id),
        periodFrom: '2025-06-09',
        periodTo: '2025-06-15',
      },
    },
    { as: callers.admin },
  );
  expect(assessed.data?.assessmentRecord.userErrors).toEqual([]);
  const collected = await t.gql<{ collectionSubmit: { userErrors: unknown[] } }>(
    `mutation ($input: CollectionSubmitInput!) { collectionSubmit(input: $input) { userErrors { code } } }`,
    {
      input: {
        gridId: encodeGlobalID('Grid', worker.gridCode),
        templateCode: 'GRID_EVENT',
        templateVersion: 1,
        answers: { category: 'HAZARD', occurred_on: '2025-06-15', description: '桥面破损' },
      },
    },
    { as: asWorker },
  );
  expect(collected.data?.collectionSubmit.userErrors).toEqual([]);
  const registered = await t.gql<{ keyPersonRegister: { userErrors: unknown[] } }>(
    `mutation ($input: KeyPersonRegisterInput!) { keyPersonRegister(input: $input) { userErrors { code } } }`,
    {
      input: {
        personId: encodeGlobalID('Person', worker.personId),
        gridId: encodeGlobalID('Grid', worker.gridCode),
        category: 'MINIMUM_LIVING_ALLOWANCE',
        since: '2025-01-01',
      },
    },
    { as: callers.civilAffairs },
  );
  expect(registered.data?.keyPersonRegister.userErrors).toEqual([]);
  const unit = await t.db.householdJointUnit.findFirstOrThrow({
    where: { gridCode: worker.gridCode },
    orderBy: { id: 'asc' },
  });
  const acted = await t.gql<{ householdJointActionRecord: { userErrors: unknown[] } }>(
    `mutation ($input: HouseholdJointActionRecordInput!) {
      householdJointActionRecord(input: $input) { userErrors { code } }
    }`,
    {
      input: {
        unitId: encodeGlobalID('HouseholdJointUnit', unit.id),
        kind: 'NOTICE_RELAYED',
        note: '传达防火通知',
        occurredAt: '2025-06-15T03:00:00Z',
      },
    },
    { as: asWorker },
  );
  expect(acted.data?.householdJointActionRecord.userErrors).toEqual([]);
  await makePointsProcessSample(t, worker, callers.admin);
}

/**
 * One round of the points process, as the county runs it: a proposal for a household of a village
 * with an evaluation group (the worker's township's where one has), a session approving it, its
 * posting on 2025-06-12 (still open for objections on the test day) and an objection against it. It
 * is June's: the fixtures evaluated and posted every village's January to May, and those postings'
 * windows had all passed by the test day.
 */
async function makePointsProcessSample(
  t: TestGateway,
  worker: SampleWorker,
  admin: TestCaller,
): Promise<void> {
  const member =
    (await t.db.pointsEvaluationMember.findFirst({
      where: { villageCode: { startsWith: worker.gridCode.slice(0, 9) } },
      orderBy: { villageCode: 'asc' },
    })) ?? (await t.db.pointsEvaluationMember.findFirstOrThrow({ orderBy: { villageCode: 'asc' } }));
  const villageCode = member.villageCode;
  const household = await t.db.household.findFirstOrThrow({ where: { villageCode }, orderBy: { id: 'asc' } });
  const item = await t.db.pointRuleItem.findFirstOrThrow({
    where: { villageCode, points: { gt: 0 } },
    orderBy: [{ catalogueVersion: 'desc' }, { code: 'asc' }],
  });
  const members = await t.db.pointsEvaluationMember.findMany({ where: { villageCode } });
  const proposed = await t.gql<{
    pointsProposalCreate: { proposal: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation ($input: PointsProposalCreateInput!) {
      pointsProposalCreate(input: $input) { proposal { id } userErrors { code } }
    }`,
    {
      input: {
        householdId: encodeGlobalID('Household', household.id),
        itemCode: item.code,
        occurredOn: '2025-06-09',
      },
    },
    { as: admin },
  );
  expect(proposed.data?.pointsProposalCreate.userErrors).toEqual([]);
  const proposalId = proposed.data?.pointsProposalCreate.proposal?.id;
  const villageId = encodeGlobalID('Region', villageCode);
  const held = await t.gql<{ pointsEvaluationSessionRecord: { userErrors: unknown[] } }>(
    `mutation ($input: PointsEvaluationSessionRecordInput!) {
      pointsEvaluationSessionRecord(input: $input) { userErrors { code } }
    }`,
    {
      input: {
        villageId,
        month: '2025-06',
        heldOn: '2025-06-10',
        presentMemberIds: members.map((m) => encodeGlobalID('Person', m.personId)),
        votes: [{ proposalId, votesFor: members.length, votesAgainst: 0 }],
      },
    },
    { as: admin },
  );
  expect(held.data?.pointsEvaluationSessionRecord.userErrors).toEqual([]);
  const posted = await t.gql<{ pointsPostingPublish: { userErrors: unknown[] } }>(
    `mutation ($input: PointsPostingPublishInput!) { pointsPostingPublish(input: $input) { userErrors { code } } }`,
    { input: { villageId, month: '2025-06', postedOn: '2025-06-12' } },
    { as: admin },
  );
  expect(posted.data?.pointsPostingPublish.userErrors).toEqual([]);
  const objected = await t.gql<{ pointsObjectionRaise: { userErrors: unknown[] } }>(
    `mutation ($input: PointsObjectionRaiseInput!) { pointsObjectionRaise(input: $input) { userErrors { code } } }`,
    { input: { proposalId, raisedBy: '扎西', reason: '需要核实' } },
    { as: admin },
  );
  expect(objected.data?.pointsObjectionRaise.userErrors).toEqual([]);
}

// Rows of the Node types no fixture holds (an assessment, a collection, a key person, a household-joint
// head's action), made through the API the way staff make them, so that the tests that walk every
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
}

// Attachments of a matter through the API (metadata only: the content lives in object storage under
// its SHA-256): attachmentAdd records one on the matter or an event, refuses bad metadata with a typed
// userError and writes nothing, and Matter.attachments costs the same statements for 2 matters as 50.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gridFixtures, personFixtures, recordFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, TEST_NOW, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;
let worker: TestCaller;
let outsider: TestCaller;
let matterId: string;
let township: string;
let version: number;

const ADD = /* GraphQL */ `
  mutation ($input: AttachmentAddInput!) {
    attachmentAdd(input: $input) {
      matter { id attachments { fileName mediaType kind kindLabel(locale: BO) byteSize sha256 takenAt place eventVersion addedAt } }
      userErrors { code field }
    }
  }
`;
type Added = {
  attachmentAdd: {
    matter: { id: string; attachments: Record<string, unknown>[] } | null;
    userErrors: { code: string; field: string[] | null }[];
  };
};

const photo = () => ({
  matterId,
  eventVersion: version,
  fileName: 'IMG_0412.jpg',
  mediaType: 'image/jpeg',
  byteSize: 2_400_000,
  sha256: 'ab'.repeat(32),
  takenAt: '2025-06-16T01:00:00.000Z',
  place: '夏季牧场东侧围栏',
});
const add = (input: Record<string, unknown>, as: TestCaller = worker) => t.gql<Added>(ADD, { input }, { as });

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures(), gridFixtures(), recordFixtures({ limit: 3000 })]);
  const row = await t.db.matter.findFirstOrThrow({ where: { category: 'DISPUTE' }, orderBy: { id: 'asc' } });
  matterId = encodeGlobalID('Matter', row.id);
  version = row.version;
  township = row.gridCode.slice(0, 9);
  const staff = await t.db.staffAssignment.findFirstOrThrow({
    where: { gridCode: row.gridCode, role: 'GRID_WORKER' },
  });
  const other = await t.db.grid.findFirstOrThrow({ where: { code: { not: row.gridCode } } });
  worker = {
    subject: 'worker',
    personId: staff.personId,
    grants: [{ role: 'GRID_WORKER', region: row.gridCode }],
  };
  outsider = { subject: 'outsider', personId: 'x', grants: [{ role: 'GRID_WORKER', region: other.code }] };
}, 600_000);
afterAll(() => t.close());

describe('attaching a photo to a matter (attachmentAdd)', () => {
  it('records its metadata on an event of the matter and lists it there', async () => {
    const result = await add(photo());
    expect(result.errors).toBeUndefined();
    expect(result.data?.attachmentAdd.userErrors).toEqual([]);
    const { matterId: _matter, ...metadata } = photo();
    expect(result.data?.attachmentAdd.matter?.attachments).toEqual([
      { ...metadata, kind: 'PHOTO', kindLabel: 'པར།', addedAt: TEST_NOW.toISOString() },
    ]);
  });

  it.each([
    [{ mediaType: 'application/x-msdownload' }, 'ATTACHMENT_MEDIA_TYPE', 'mediaType'],
    [{ byteSize: 20 * 1024 * 1024 + 1 }, 'ATTACHMENT_SIZE', 'byteSize'],
    [{ sha256: 'not-a-digest' }, 'ATTACHMENT_SHA256', 'sha256'],
    [{ fileName: '../../etc/passwd' }, 'ATTACHMENT_FILE_NAME', 'fileName'],
    [{ takenAt: '2030-01-01T00:00:00Z' }, 'ATTACHMENT_TAKEN_AT', 'takenAt'],
    [{ eventVersion: 999 }, 'ATTACHMENT_EVENT', 'eventVersion'],
  ])('refuses %o with %s and writes nothing', async (change, code, field) => {
    const before = await t.db.attachment.count();
    const result = await add({ ...photo(), ...change });
    expect(result.data?.attachmentAdd).toEqual({ matter: null, userErrors: [{ code, field: [field] }] });
    expect(await t.db.attachment.count()).toBe(before);
  });

  it('is not found by someone outside the matter’s region', async () => {
    const result = await add(photo(), outsider);
    expect(result.data?.attachmentAdd.userErrors.map((e) => e.code)).toEqual(['MATTER_NOT_FOUND']);
  });
});

describe('a list of matters with their attachments (Matter.attachments)', () => {
  const LIST = /* GraphQL */ `
    query ($first: Int!, $within: String!) {
      matters(first: $first, filter: { within: $within, category: DISPUTE }, orderBy: { direction: ASC }) {
        edges { node { id attachments { fileName byteSize sha256 } } }
      }
    }
  `;
  type List = { matters: { edges: { node: { id: string; attachments: unknown[] } }[] } };

  it('costs the same statements for 2 matters as for 50', async () => {
    const county: TestCaller = {
      subject: 'county',
      personId: 'c',
      grants: [{ role: 'COUNTY_ADMIN', region: '542526' }],
    };
    const statements = async (first: number) => {
      await t.gql<List>(LIST, { first, within: township }, { as: county });
      t.resetQueries();
      const result = await t.gql<List>(LIST, { first, within: township }, { as: county });
      expect(result.errors).toBeUndefined();
      return { count: t.queries.length, edges: result.data?.matters.edges ?? [] };
    };
    const two = await statements(2);
    const fifty = await statements(50);
    expect(two.edges).toHaveLength(2);
    expect(fifty.edges.length).toBeGreaterThan(10);
    expect(fifty.edges.some((edge) => edge.node.attachments.length > 0)).toBe(true);
    expect(fifty.count).toBe(two.count);
  });
});

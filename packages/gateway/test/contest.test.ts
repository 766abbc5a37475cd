import { NAGQU_CONTEST_TOTALS, nagquContest } from '@grassroots/fixtures';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contestFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway([regionFixtures, contestFixtures()]);
});
afterAll(() => t.close());

describe('the catalogue', () => {
  it('has 4 sections, 14 categories and 31 items, public', async () => {
    const result = await t.gql<{
      contestCatalogue: { section: string; categories: { items: { code: string }[] }[] }[];
    }>(
      `{ contestCatalogue { section label categories { code label items { id code synthetic scoringMethod } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const sections = result.data?.contestCatalogue ?? [];
    expect(sections).toHaveLength(4);
    expect(sections.flatMap((s) => s.categories)).toHaveLength(14);
    expect(sections.flatMap((s) => s.categories.flatMap((c) => c.items))).toHaveLength(31);
  });
});

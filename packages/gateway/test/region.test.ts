import { encodeGlobalID } from '@pothos/plugin-relay';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { regionFixtures } from './fixture-sets.js';
import { startGateway, type TestGateway } from './harness.js';

let t: TestGateway;
beforeAll(async () => {
  t = await startGateway([regionFixtures]);
});
afterAll(() => t.close());

describe('the administrative tree (public data)', () => {
  it('answers 改则县 with its level, names, ancestors and townships to anonymous callers', async () => {
    const result = await t.gql<{ region: Record<string, unknown> }>(/* GraphQL */ `
      {
        region(code: "542526") {
          code level nameZh nameEn
          bo: name(locale: BO)
          levelZh: levelLabel(locale: ZH_CN)
          levelEn: levelLabel(locale: EN)
          parent { code nameZh }
          ancestors { code }
          children(first: 20) { totalCount edges { node { level parent { code } } } }
        }
      }
    `);
    expect(result.errors).toBeUndefined();
    const region = result.data?.region as {
      children: { totalCount: number; edges: { node: { level: string; parent: { code: string } } }[] };
    } & Record<string, unknown>;
    expect(region).toMatchObject({
      code: '542526',
      level: 'COUNTY',
      nameZh: '改则县',
      nameEn: 'Gêrzê County',
      levelZh: '县级',
      levelEn: 'County',
      parent: { code: '542500', nameZh: '阿里地区' },
      ancestors: [{ code: '540000' }, { code: '542500' }],
    });
    expect(region.bo).toMatch(/[\u0F00-\u0FFF]/);
    expect(region.children.totalCount).toBe(7);
    expect(
      region.children.edges.every((e) => e.node.level === 'TOWNSHIP' && e.node.parent.code === '542526'),
    ).toBe(true);
  });

  it('labels enum values in the language of Accept-Language', async () => {
    const query = '{ region(code: "540000") { levelLabel } enumLabels(enum: "RegionLevel") { value label } }';
    const zh = await t.gql<{ region: { levelLabel: string } }>(query, {}, { locale: 'zh-CN' });
    const en = await t.gql<{
      region: { levelLabel: string };
      enumLabels: { value: string; label: string }[];
    }>(query, {}, { locale: 'en-US,en;q=0.9' });
    expect(zh.data?.region.levelLabel).toBe('省级');
    expect(en.data?.region.levelLabel).toBe('Province');
    expect(en.data?.enumLabels.find((l) => l.value === 'VILLAGE')?.label).toBe('Village or community');
  });

  it('filters and counts in SQL: the 49 villages of 改则县', async () => {
    const result = await t.gql<{ regions: { totalCount: number } }>(
      '{ regions(filter: { within: "542526", level: VILLAGE }) { totalCount } }',
    );
    expect(result.data?.regions.totalCount).toBe(49);
  });

  it('pages forwards and backwards over stable cursors, ordered by pinyin', async () => {
    const page = (args: string) =>
      t.gql<{
        regions: {
          pageInfo: { startCursor: string; endCursor: string };
          edges: { cursor: string; node: { code: string } }[];
        };
      }>(
        `{ regions(filter: { within: "542526", level: VILLAGE }, orderBy: { field: NAME }, ${args}) {
            pageInfo { startCursor endCursor } edges { cursor node { code } } } }`,
      );
    const first = await page('first: 10');
    const second = await page(`first: 10, after: "${first.data?.regions.pageInfo.endCursor}"`);
    const back = await page(`last: 10, before: "${second.data?.regions.pageInfo.startCursor}"`);
    expect(back.data?.regions.edges).toEqual(first.data?.regions.edges);
    const codes = [...(first.data?.regions.edges ?? []), ...(second.data?.regions.edges ?? [])].map(
      (e) => e.node.code,
    );
    expect(new Set(codes).size).toBe(20);
  });

  it('round-trips a region through node and nodes', async () => {
    const id = encodeGlobalID('Region', '542526');
    const result = await t.gql<{ node: { id: string; code: string }; nodes: ({ code: string } | null)[] }>(
      'query ($id: ID!, $ids: [ID!]!) { node(id: $id) { id ... on Region { code } } nodes(ids: $ids) { ... on Region { code } } }',
      { id, ids: [encodeGlobalID('Region', '540000'), id, encodeGlobalID('Region', '999999')] },
    );
    expect(result.data?.node).toEqual({ id, code: '542526' });
    expect(result.data?.nodes).toEqual([{ code: '540000' }, { code: '542526' }, null]);
  });

  it('refuses an invalid code with a coded, bilingual error that says what is wrong with it', async () => {
    const result = await t.gql('{ region(code: "54x") { code } }');
    expect(result.errors?.[0]?.message).toBe(
      '区划代码应为6、9、12或15位数字 / A region code has 6, 9, 12 or 15 digits',
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['code'] });
    // A code of the right length whose province does not exist is refused for that reason.
    const unknown = await t.gql('{ region(code: "999999") { code } }', {}, { locale: 'en' });
    expect(unknown.errors?.[0]?.message).toBe(
      'The first two digits of the region code are not a province code',
    );
  });

  it('loads the tree level by level in a fixed number of statements, whatever the number of children', async () => {
    const query = (n: number) =>
      `{ region(code: "540000") { children(first: ${n}) { edges { node { code children(first: 50) { totalCount edges { node { code parent { code } } } } } } } } }`;
    t.resetQueries();
    await t.gql(query(1));
    const one = t.queries.length;
    t.resetQueries();
    await t.gql(query(7));
    expect(t.queries.length).toBe(one);
  });
});

describe('periods (issue 10: an inverted period is an error, not a zero)', () => {
  it('refuses a statistics period that ends before it starts, naming the argument, in the caller’s language', async () => {
    for (const field of ['fengqiao', 'serviceHallStats']) {
      const result = await t.gql(
        `{ region(code: "542526") { name ${field}(from: "2024-12-31", to: "2024-01-01") { __typename } } }`,
        {},
        { locale: 'en' },
      );
      expect(result.errors?.[0]?.extensions, field).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: ['from'],
      });
      expect(result.errors?.[0]?.message, field).toBe('Invalid period: it starts after it ends');
    }
  });

  it('still answers a one-day period', async () => {
    const result = await t.gql(
      '{ region(code: "542526") { fengqiao(from: "2024-06-01", to: "2024-06-01") { handled } } }',
    );
    expect(result.errors).toBeUndefined();
  });

  it('refuses a record or matter filter whose period ends before it starts', async () => {
    const admin = { subject: 'admin', grants: [{ role: 'COUNTY_ADMIN' as const, region: '542526' }] };
    for (const list of ['records', 'matters']) {
      const result = await t.gql(
        `{ ${list}(first: 1, filter: { from: "2024-12-31T00:00:00Z", to: "2024-01-01T00:00:00Z" }) { totalCount } }`,
        {},
        { as: admin },
      );
      expect(result.errors?.[0]?.extensions, list).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: ['filter', 'from'],
      });
    }
  });
});

describe('names in Tibetan (Accept-Language: bo)', () => {
  it('names 改则县 by its established Tibetan name, and a township by its (unchecked) rendering', async () => {
    const result = await t.gql<{
      county: { name: string };
      township: { name: string };
      tibet: { name: string };
    }>(
      '{ county: region(code: "542526") { name } township: region(code: "542526200") { name } tibet: region(code: "540000") { name } }',
      {},
      { locale: 'bo' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      county: { name: 'སྒེར་རྩེ་རྫོང་།' },
      township: { name: 'འོད་མ་ཤང་།' },
      tibet: { name: 'བོད་རང་སྐྱོང་ལྗོངས།' },
    });
  });

  it('names a village outside 改则县 by a transliteration of its Chinese name, and says where each name comes from', async () => {
    const result = await t.gql(
      `{
        village: region(code: "540424100001") { name nameZh nameBo nameBoSource }
        township: region(code: "542526200") { nameBoSource }
        county: region(code: "542526") { nameBoSource }
        sources: enumLabels(enum: "TibetanNameSource") { value label }
      }`,
      {},
      { locale: 'bo' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      village: {
        name: 'བྲག་མུ་སྡོད་ཁུལ།',
        nameZh: '扎木社区居委会',
        nameBo: 'བྲག་མུ་སྡོད་ཁུལ།',
        nameBoSource: 'TRANSLITERATED',
      },
      township: { nameBoSource: 'RENDERED' },
      county: { nameBoSource: 'ESTABLISHED' },
    });
    expect(result.data?.sources).toContainEqual({ value: 'TRANSLITERATED', label: 'རྒྱ་ཡིག་གི་མིང་ལས་སྒྲ་བསྒྱུར།' });
  });

  it('stores a Tibetan name and its source for every region', async () => {
    expect(await t.db.region.count({ where: { OR: [{ nameBo: null }, { nameBoSource: null }] } })).toBe(0);
    expect(await t.db.region.count({ where: { nameBoSource: 'TRANSLITERATED', level: 'VILLAGE' } })).toBe(
      1448 - 49,
    );
    expect(
      await t.db.region.count({ where: { nameBoSource: 'TRANSLITERATED', level: { not: 'VILLAGE' } } }),
    ).toBe(0);
  });

  it('refuses an invalid code in Tibetan, with the same stable code', async () => {
    const result = await t.gql('{ region(code: "54x") { code } }', {}, { locale: 'bo' });
    expect(result.errors?.[0]?.message).toBe('ས་ཁོངས་ཨང་རྟགས་ནི་གྲངས་ཀ་6དང་། 9། 12། 15ཡིན་དགོས།');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: ['code'] });
  });
});

// Query safety: each limit refuses an operation just over it, with its code, before anything runs,
// and lets an ordinary operation through.
import { getIntrospectionQuery } from 'graphql';
import { createYoga } from 'graphql-yoga';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { QUERY_LIMIT_CODES, QUERY_LIMITS, queryLimitPlugins } from '../src/security.js';
import { startGateway, type TestGateway } from './harness.js';

let t: TestGateway;

beforeAll(async () => {
  t = await startGateway();
});

afterAll(async () => {
  await t.close();
});

function codes(result: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (result.errors ?? []).map((error) => error.extensions?.code);
}

/** `region { parent { … { code } } }`: exactly `depth` levels of fields. */
function nestedQuery(depth: number): string {
  const parents = depth - 2;
  return `query { region(code: "542526") { ${'parent { '.repeat(parents)}code${' }'.repeat(parents)} } }`;
}

function aliasedQuery(aliases: number): string {
  const fields = Array.from({ length: aliases }, (_, i) => `r${i}: region(code: "542526") { code }`);
  return `query { ${fields.join(' ')} }`;
}

function directiveQuery(directives: number): string {
  const fields = Array.from({ length: directives }, (_, i) => `t${i}: __typename @include(if: true)`);
  return `query { __typename ${fields.join(' ')} }`;
}

describe('the depth limit', () => {
  it(`refuses a query nested deeper than ${QUERY_LIMITS.depth} levels`, async () => {
    const result = await t.gql(nestedQuery(QUERY_LIMITS.depth + 1));
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual([QUERY_LIMIT_CODES.depth]);
    expect(result.errors?.[0]?.message).toContain('查询嵌套过深');
    expect(result.errors?.[0]?.message).toContain(`at most ${QUERY_LIMITS.depth} levels`);
  });

  it(`accepts a query exactly ${QUERY_LIMITS.depth} levels deep`, async () => {
    const result = await t.gql(nestedQuery(QUERY_LIMITS.depth));
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ region: null });
  });
});

describe('the alias limit', () => {
  it(`refuses more than ${QUERY_LIMITS.aliases} aliases`, async () => {
    const result = await t.gql(aliasedQuery(QUERY_LIMITS.aliases + 1));
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual([QUERY_LIMIT_CODES.aliases]);
    expect(result.errors?.[0]?.message).toMatch(/别名.*Query has too many aliases/);
  });

  it(`accepts ${QUERY_LIMITS.aliases} aliases`, async () => {
    const result = await t.gql(aliasedQuery(QUERY_LIMITS.aliases));
    expect(result.errors).toBeUndefined();
  });
});

describe('the directive limit', () => {
  it(`refuses more than ${QUERY_LIMITS.directives} directives`, async () => {
    const result = await t.gql(directiveQuery(QUERY_LIMITS.directives + 1));
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual([QUERY_LIMIT_CODES.directives]);
    expect(result.errors?.[0]?.message).toMatch(/指令.*Query has too many directives/);
  });

  it(`accepts ${QUERY_LIMITS.directives} directives`, async () => {
    const result = await t.gql(directiveQuery(QUERY_LIMITS.directives));
    expect(result.errors).toBeUndefined();
  });
});

describe('the token limit', () => {
  it(`refuses a document of more than ${QUERY_LIMITS.tokens} tokens before parsing it whole`, async () => {
    // `{`, the fields and `}`: one token over the limit.
    const result = await t.gql(`{${' __typename'.repeat(QUERY_LIMITS.tokens - 1)} }`);
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual([QUERY_LIMIT_CODES.tokens]);
    expect(result.errors?.[0]?.message).toMatch(
      new RegExp(`词法单元.*at most ${QUERY_LIMITS.tokens} tokens`),
    );
  });

  it("accepts GraphiQL's full introspection query, the longest document a tool sends", async () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
      oneOf: true,
    });
    const result = await t.gql(query);
    expect(result.errors).toBeUndefined();
    expect(result.data).toHaveProperty('__schema');
  });
});

describe('the cost limit', () => {
  it('refuses a page of pages: 100 regions each with 100 children', async () => {
    const result = await t.gql(
      'query { regions(first: 100) { edges { node { children(first: 100) { edges { node { code } } } } } } }',
    );
    expect(result.data).toBeUndefined();
    expect(codes(result)).toEqual([QUERY_LIMIT_CODES.cost]);
    expect(result.errors?.[0]?.message).toMatch(/开销.*Query is too costly/);
  });

  it('accepts a full page of 100 regions with the fields a list screen shows', async () => {
    const result = await t.gql(`query {
      regions(first: 100) {
        totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        edges {
          cursor
          node { id code name nameZh nameBo nameEn level levelLabel synthetic revision parent { id code name } }
        }
      }
    }`);
    expect(result.errors).toBeUndefined();
  });
});

describe('batching', () => {
  async function batch(size: number): Promise<Response> {
    return t.gateway.fetch('http://grassroots.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(Array.from({ length: size }, () => ({ query: '{ __typename }' }))),
    });
  }

  it(`refuses a batch of more than ${QUERY_LIMITS.batch} operations`, async () => {
    const response = await batch(QUERY_LIMITS.batch + 1);
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.[0]?.message).toContain(`limited to ${QUERY_LIMITS.batch}`);
  });

  it(`runs a batch of ${QUERY_LIMITS.batch} operations`, async () => {
    const response = await batch(QUERY_LIMITS.batch);
    expect(response.status).toBe(200);
    expect(await response.json()).toHaveLength(QUERY_LIMITS.batch);
  });
});

describe('suggestions in production', () => {
  // Validation and variable coercion happen before any resolver, so the schema alone answers.
  function server(production: boolean) {
    return createYoga({ schema, plugins: queryLimitPlugins({ production }), maskedErrors: true });
  }

  async function messages(
    production: boolean,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<string> {
    const response = await server(production).fetch('http://grassroots.test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    expect(body.errors?.length).toBeGreaterThan(0);
    return (body.errors ?? []).map((error) => error.message).join('\n');
  }

  const misspelt = [
    ['a field', 'query { regions { edges { node { nme } } } }'],
    ['an enum value', 'query { regions(filter: { level: COUNTRY }) { totalCount } }'],
    ['a fragment type', 'query { node(id: "x") { code } }'],
  ] as const;

  for (const [what, query] of misspelt) {
    it(`names no schema element for a misspelt ${what}`, async () => {
      expect(await messages(false, query)).toContain('Did you mean');
      const message = await messages(true, query);
      expect(message).not.toContain('Did you mean');
      expect(message.length).toBeGreaterThan(0);
    });
  }

  it('names no enum value or input field in a variable error', async () => {
    const query = 'query ($filter: RegionFilter) { regions(filter: $filter) { totalCount } }';
    for (const filter of [{ level: 'COUNTRY' }, { levl: 'COUNTY' }]) {
      expect(await messages(false, query, { filter })).toContain('Did you mean');
      expect(await messages(true, query, { filter })).not.toContain('Did you mean');
    }
  });

  it('still names nothing when the same mistake comes again (validation is cached)', async () => {
    const yoga = server(true);
    for (let i = 0; i < 2; i += 1) {
      const response = await yoga.fetch('http://grassroots.test/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query { regions { totalCont } }' }),
      });
      expect(await response.text()).not.toContain('Did you mean');
    }
  });
});

// The error contract, checked over the whole schema: every argument of every root field, given
// malformed values, answers with coded errors (or userErrors), never INTERNAL_SERVER_ERROR, and never
// an error without a code. Generated from the schema, so a new field is covered the day it lands.
import { JOINT_ACTION_ERRORS, REGION_CODE_ERRORS } from '@grassroots/core';
import { encodeGlobalID } from '@pothos/plugin-relay';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../src/schema/index.js';
import { gridFixtures, personFixtures, regionFixtures } from './fixture-sets.js';
import { startGateway, type TestCaller, type TestGateway } from './harness.js';

let t: TestGateway;
const admin: TestCaller = { subject: 'fuzz-admin', grants: [{ role: 'COUNTY_ADMIN', region: '542526' }] };

beforeAll(async () => {
  t = await startGateway([regionFixtures, personFixtures({ limit: 1500 }), gridFixtures()]);
});
afterAll(() => t.close());

// A plausible value per scalar, and the malformed ones each argument is tried with.
const PLAUSIBLE: Record<string, unknown> = {
  String: '542526',
  ID: encodeGlobalID('Region', '542526'),
  Int: 1,
  SafeInt: 1,
  Float: 1,
  Boolean: true,
  Date: '2024-01-01',
  DateTime: '2024-01-01T00:00:00.000Z',
};

const MALFORMED: Record<string, readonly unknown[]> = {
  String: ['', 'x'.repeat(3000), '%_', '999999', '542526100001', 'zzz'],
  ID: ['bogus', encodeGlobalID('Person', 'no-such-person'), encodeGlobalID('Nope', '1'), ''],
  Int: [-1, 0, 2_147_483_647],
  SafeInt: [-1, 0, Number.MAX_SAFE_INTEGER],
  Float: [-1, 1e308],
  Boolean: [false],
  Date: ['2024-13-01', '1899-12-31', '2199-12-31', '9999-12-31', 'today'],
  DateTime: ['garbage', '9999-12-31T23:59:59Z', '0001-01-01T00:00:00Z'],
};

function plausible(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [plausible(inner.ofType, depth)];
  if (isEnumType(inner)) return inner.getValues()[0]?.value;
  if (isScalarType(inner)) return PLAUSIBLE[inner.name] ?? 'x';
  if (isInputObjectType(inner) && depth < 3) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => field.type.toString().endsWith('!'))
        .map((field) => [field.name, plausible(field.type, depth + 1)]),
    );
  }
  return null;
}

/** Every (path, value) of one malformed value placed somewhere inside an argument. */
function* variants(type: GraphQLInputType, path: string[], depth = 0): Generator<[string[], unknown]> {
  const inner = getNullableType(type);
  if (isListType(inner)) {
    for (const [at, value] of variants(inner.ofType, path, depth)) yield [at, value];
    return;
  }
  if (isScalarType(inner)) {
    for (const value of MALFORMED[inner.name] ?? []) yield [path, value];
    return;
  }
  if (isInputObjectType(inner) && depth < 3) {
    for (const field of Object.values(inner.getFields())) {
      for (const [at, value] of variants(field.type, [...path, field.name], depth + 1)) yield [at, value];
    }
  }
}

function setAt(
  value: unknown,
  path: readonly string[],
  replacement: unknown,
  type: GraphQLInputType,
): unknown {
  if (path.length === 0) return isListType(getNullableType(type)) ? [replacement] : replacement;
  const inner = getNullableType(type);
  if (isListType(inner)) return [setAt((value as unknown[])[0], path, replacement, inner.ofType)];
  if (!isInputObjectType(inner)) return value;
  const [head, ...rest] = path as [string, ...string[]];
  const field = inner.getFields()[head];
  if (!field) return value;
  const object = { ...((value as Record<string, unknown> | null) ?? {}) };
  object[head] = setAt(object[head] ?? plausible(field.type), rest, replacement, field.type);
  return object;
}

function selection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return isScalarType(type) || isEnumType(type) ? '' : '{ __typename }';
  const fields = type.getFields();
  const parts = ['__typename'];
  if (fields.totalCount) parts.push('totalCount');
  if (fields.pageInfo) parts.push('pageInfo { endCursor }');
  if (fields.userErrors) parts.push('userErrors { __typename }');
  return `{ ${parts.join(' ')} }`;
}

function operation(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const args = field.args as readonly GraphQLArgument[];
  const declared = args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const head = args.length > 0 ? `${kind} Fuzz(${declared})` : `${kind} Fuzz`;
  const call = args.length > 0 ? `${field.name}(${passed})` : field.name;
  return `${head} { ${call} ${selection(getNamedType(field.type))} }`;
}

interface Case {
  readonly field: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
}

function casesOf(kind: 'query' | 'mutation'): Case[] {
  const root = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
  const cases: Case[] = [];
  for (const field of Object.values(root?.getFields() ?? {})) {
    const query = operation(kind, field);
    const base = Object.fromEntries(field.args.map((arg) => [arg.name, plausible(arg.type)]));
    cases.push({ field: field.name, query, variables: base });
    for (const arg of field.args) {
      for (const [path, value] of variants(arg.type, [])) {
        const variables = { ...base, [arg.name]: setAt(base[arg.name], path, value, arg.type) };
        cases.push({ field: `${field.name}(${[arg.name, ...path].join('.')})`, query, variables });
      }
    }
  }
  return cases;
}

async function violations(cases: readonly Case[], as?: TestCaller): Promise<string[]> {
  const found: string[] = [];
  for (const one of cases) {
    const result = await t.gql(one.query, one.variables, { as, operationName: 'Fuzz' });
    for (const error of result.errors ?? []) {
      const code = error.extensions?.code;
      if (code === undefined || code === 'INTERNAL_SERVER_ERROR') {
        found.push(
          `${one.field} ${JSON.stringify(one.variables).slice(0, 120)} → ${code ?? 'no code'}: ${error.message}`,
        );
      }
    }
  }
  return found;
}

describe('malformed arguments never reach a client as an unexpected error', () => {
  it('every root query field, anonymous and as a county administrator', async () => {
    const cases = casesOf('query');
    expect(cases.length).toBeGreaterThan(100);
    expect([...(await violations(cases)), ...(await violations(cases, admin))]).toEqual([]);
  });

  it('every mutation, as a county administrator', async () => {
    const cases = casesOf('mutation');
    expect(cases.length).toBeGreaterThan(100);
    expect(await violations(cases, admin)).toEqual([]);
  });
});

describe('refusals in Tibetan (Accept-Language: bo)', () => {
  const tibetan = /^[\u0F00-\u0FFF]/u;

  it('answers a mutation’s userError with the core rule’s Tibetan message, keeping its stable code', async () => {
    const unit = await t.db.householdJointUnit.findFirstOrThrow({ orderBy: { id: 'asc' } });
    const result = await t.gql<{
      householdJointActionRecord: { userErrors: { code: string; message: string; zh: string }[] };
    }>(
      /* GraphQL */ `
        mutation ($input: HouseholdJointActionRecordInput!) {
          householdJointActionRecord(input: $input) { userErrors { code message zh: message(locale: ZH_CN) } }
        }
      `,
      {
        input: {
          unitId: encodeGlobalID('HouseholdJointUnit', unit.id),
          kind: 'DISPUTE_SETTLED',
          note: '不应记录',
          occurredAt: '2025-06-15T10:00:00.000Z',
        },
      },
      { as: admin, locale: 'bo' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.householdJointActionRecord.userErrors).toEqual([
      {
        code: 'JOINT_ACTION_FORBIDDEN',
        message: JOINT_ACTION_ERRORS.FORBIDDEN.message.bo,
        zh: JOINT_ACTION_ERRORS.FORBIDDEN.message.zh,
      },
    ]);
    expect(JOINT_ACTION_ERRORS.FORBIDDEN.message.bo).toMatch(tibetan);
  });

  it('answers a top-level error in Tibetan whichever layer raised it, with its code unchanged', async () => {
    const cases = [
      // a core rule's refusal of an argument
      { query: '{ region(code: "54x") { code } }', code: 'BAD_USER_INPUT' },
      // graphql-js's own message
      { query: '{ region(code: "542526") { nope } }', code: 'GRAPHQL_VALIDATION_FAILED' },
      // the parser's
      { query: '{ region(code: ', code: 'GRAPHQL_PARSE_FAILED' },
      // the gateway's own coded error
      {
        query: '{ region(code: "542526") { fengqiao(from: "2024-12-31", to: "2024-01-01") { __typename } } }',
        code: 'BAD_USER_INPUT',
      },
    ];
    for (const { query, code } of cases) {
      const result = await t.gql(query, {}, { locale: 'bo' });
      const error = result.errors?.[0] as { message: string; extensions: { code: string } } | undefined;
      expect(error?.extensions.code, query).toBe(code);
      expect(error?.message, query).toMatch(tibetan);
      expect(error?.message, query).not.toMatch(/[\u3400-\u9fff]/u);
    }
    const bad = await t.gql('{ region(code: "54x") { code } }', {}, { locale: 'bo-CN, zh;q=0.5' });
    expect((bad.errors as { message: string }[] | undefined)?.[0]?.message).toBe(
      REGION_CODE_ERRORS.FORMAT.message.bo,
    );
  });

  it('keeps Chinese and English for a caller who names neither zh, en nor bo', async () => {
    const result = await t.gql('{ region(code: "54x") { code } }', {}, { locale: 'fr' });
    expect((result.errors as { message: string }[] | undefined)?.[0]?.message).toBe(
      `${REGION_CODE_ERRORS.FORMAT.message.zh} / ${REGION_CODE_ERRORS.FORMAT.message.en}`,
    );
  });
});

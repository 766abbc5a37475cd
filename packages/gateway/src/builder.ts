// The Pothos builder: configuration only. Types live in src/schema/<area>.ts.

import { parseCalendarDate, type Role } from '@grassroots/core';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError, Kind } from 'graphql';
import { DateTimeResolver, JSONObjectResolver, SafeIntResolver } from 'graphql-scalars';
import { z } from 'zod';
import type { Context } from './context.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';
import { readableKeys } from './schema/shared/node-scope.js';
import { validationFailure } from './validation.js';

/**
 * Largest page a connection returns, and the page a client gets when it asks for no size. Set once
 * here for every connection (the Prisma plugin's options below); hand-made connections pass them too.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

const pageSize = z
  .number()
  .int()
  .min(0, `页大小不能为负数 / A page size cannot be negative / ཤོག་ངོས་ཀྱི་ཆེ་ཆུང་ཕྱིར་གྲངས་ཡིན་མི་ཆོག`)
  .max(MAX_PAGE_SIZE, `页大小最多为 ${MAX_PAGE_SIZE} / A page holds at most ${MAX_PAGE_SIZE} results`)
  .nullish();

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  AuthScopes: {
    /** Any caller with a valid token. */
    authenticated: boolean;
    /** A caller holding one of these roles somewhere. */
    anyRole: readonly Role[];
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    SafeInt: { Input: number; Output: number };
    JSONObject: { Input: Record<string, unknown>; Output: Record<string, unknown> };
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  validation: { validationError: (failure) => validationFailure(failure.issues) },
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: context.actor.grants.length > 0,
      anyRole: (roles) => context.actor.grants.some((grant) => roles.includes(grant.role)),
    }),
    // A refused read answers with a FORBIDDEN error on that field, not a masked 500.
    unauthorizedError: (_parent, _context, _info, result) => new ForbiddenError(result.message),
  },
  prisma: {
    client: (context) => context.db,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
    // A selection the plugin could not fold into its query costs an extra statement: a bug under
    // test, a warning in development.
    onUnusedQuery:
      process.env.NODE_ENV === 'production' ? null : process.env.NODE_ENV === 'test' ? 'error' : 'warn',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    defaultConnectionTypeOptions: {
      description: 'A page of results with cursors for the next and previous pages.',
    },
    defaultEdgeTypeOptions: { description: 'One result and its cursor.' },
    pageInfoTypeOptions: { description: 'Where this page sits in the whole list.' },
    nodeTypeOptions: { description: 'An object with a globally unique, opaque ID.' },
    // The caller's read scope is applied after the id-only lookups (see schema/shared/node-scope.ts):
    // an object the caller may not read is null, like one that does not exist.
    nodeQueryOptions: {
      description:
        'Fetches any object by its global ID; null when it does not exist or the caller may not read it.',
      args: { id: { description: 'A global ID.' } },
      resolve: async (_root, args, context, _info, resolveNode) => {
        const readable = await readableKeys(context, [args.id]);
        return readable.has(`${args.id.typename}:${args.id.id}`) ? resolveNode(args.id) : null;
      },
    },
    nodesQueryOptions: {
      description:
        'Fetches objects by their global IDs, in the same order; null for each that does not exist or the ' +
        'caller may not read.',
      args: { ids: { description: 'Global IDs.' } },
      resolve: async (_root, args, context, _info, resolveNodes) => {
        const readable = await readableKeys(context, args.ids);
        const nodes = await resolveNodes(args.ids);
        return args.ids.map((id, index) => (readable.has(`${id.typename}:${id.id}`) ? nodes[index] : null));
      },
    },
    idFieldOptions: { description: 'The global, opaque ID of this object.' },
    edgesFieldOptions: { nullable: false, description: 'The results on this page, each with its cursor.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the whole list.' },
    cursorFieldOptions: { description: 'An opaque cursor to pass as after or before.' },
    nodeFieldOptions: { description: 'The result.' },
    hasNextPageFieldOptions: { description: 'Whether more results follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether results come before this page.' },
    startCursorFieldOptions: { description: 'The cursor of the first result on this page.' },
    endCursorFieldOptions: { description: 'The cursor of the last result on this page.' },
    // A page size out of range is refused, not cut silently: a client that asked for 1,000 rows and
    // got 100 would take them for all there is.
    firstArgOptions: {
      description: `Return the first n results (0 to ${MAX_PAGE_SIZE}).`,
      validate: pageSize,
    },
    lastArgOptions: {
      description: `Return the last n results (0 to ${MAX_PAGE_SIZE}).`,
      validate: pageSize,
    },
    afterArgOptions: { description: 'Return results after this cursor.' },
    beforeArgOptions: { description: 'Return results before this cursor.' },
  },
});

/** A read refused by the caller's roles or region scope; shown to clients with code FORBIDDEN. */
export class ForbiddenError extends GraphQLError {
  constructor(detail: string) {
    super(`无权访问 / Forbidden: ${detail} / ལྟ་ཀློག་བྱེད་པའི་དབང་ཚད་མེད།`, { extensions: { code: 'FORBIDDEN' } });
  }
}

// Instants go out in UTC (`Z`), the form every client library parses the same way; a client shows
// them in Asia/Shanghai. Calendar days, which depend on the zone, are `Date`s computed in Shanghai.
builder.addScalarType('DateTime', DateTimeResolver, {
  description:
    'An instant, as an ISO 8601 string in UTC (`2025-06-16T02:00:00.000Z`); show it in Asia/Shanghai. ' +
    'Days that depend on the time zone (a report day, a due day) are given as Date, computed in Asia/Shanghai.',
});
// Years 1900–2199: every birth date, record and deadline of a county lies inside, and day arithmetic
// on an accepted date (a period's end plus one day) cannot leave the calendar.
const FIRST_DATE = '1900-01-01';
const LAST_DATE = '2199-12-31';

function parseDate(value: unknown): string {
  const parsed = typeof value === 'string' ? parseCalendarDate(value) : null;
  if (!parsed?.ok || parsed.value < FIRST_DATE || parsed.value > LAST_DATE) {
    throw new GraphQLError(
      `日期无效：须为 YYYY-MM-DD，且在 ${FIRST_DATE} 至 ${LAST_DATE} 之间 / Invalid date: YYYY-MM-DD between ${FIRST_DATE} and ${LAST_DATE} / ཚེས་གྲངས་ནུས་མེད། YYYY-MM-DD ཡིན་དགོས་ལ ${FIRST_DATE} ནས ${LAST_DATE} བར་ཡིན་དགོས།`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return parsed.value;
}

builder.scalarType('Date', {
  description: `A calendar day, YYYY-MM-DD, in Asia/Shanghai, from ${FIRST_DATE} to ${LAST_DATE}.`,
  serialize: (value) => value,
  parseValue: parseDate,
  parseLiteral: (node) => parseDate(node.kind === Kind.STRING ? node.value : null),
});
builder.addScalarType('SafeInt', SafeIntResolver, {
  description: 'An integer up to 2^53 − 1 (amounts of money are integer fen).',
});
// Answers to a collection template are keyed by the template's field codes, which a county revises
// without changing the API: core checks them field by field against the version they were made with.
builder.addScalarType('JSONObject', JSONObjectResolver, {
  description: 'A JSON object; its keys and values are checked by the rule that takes it.',
});

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Business actions; each takes one input and returns a payload with userErrors.',
});

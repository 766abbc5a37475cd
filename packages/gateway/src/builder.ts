// The Pothos builder: configuration only. Types live in src/schema/<area>.ts.

import type { Role } from '@grassroots/core';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { DateTimeResolver, LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import type { Context } from './context.js';
import type PrismaTypes from './generated/pothos-types.js';
import { getDatamodel } from './generated/pothos-types.js';

/**
 * Largest page a connection returns, and the page a client gets when it asks for no size. Set once
 * here for every connection (the Prisma plugin's options below); hand-made connections pass them too.
 */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

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
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
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
    nodeQueryOptions: {
      description: 'Fetches any object by its global ID; null when it does not exist.',
      args: { id: { description: 'A global ID.' } },
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global IDs, in the same order.',
      args: { ids: { description: 'Global IDs.' } },
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
    firstArgOptions: { description: `Return the first n results (at most ${MAX_PAGE_SIZE}).` },
    lastArgOptions: { description: `Return the last n results (at most ${MAX_PAGE_SIZE}).` },
    afterArgOptions: { description: 'Return results after this cursor.' },
    beforeArgOptions: { description: 'Return results before this cursor.' },
  },
});

/** A read refused by the caller's roles or region scope; shown to clients with code FORBIDDEN. */
export class ForbiddenError extends GraphQLError {
  constructor(detail: string) {
    super(`无权访问 / Forbidden: ${detail}`, { extensions: { code: 'FORBIDDEN' } });
  }
}

builder.addScalarType('DateTime', DateTimeResolver, {
  description: 'An instant, as an ISO 8601 string with offset (shown in Asia/Shanghai where it matters).',
});
builder.addScalarType('Date', LocalDateResolver, {
  description: 'A calendar day, YYYY-MM-DD, in Asia/Shanghai.',
});
builder.addScalarType('SafeInt', SafeIntResolver, {
  description: 'An integer up to 2^53 − 1 (amounts of money are integer fen).',
});

builder.queryType({ description: 'Everything a client can read.' });
builder.mutationType({
  description: 'Business actions; each takes one input and returns a payload with userErrors.',
});

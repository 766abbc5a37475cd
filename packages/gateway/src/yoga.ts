import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import type { TokenVerifier } from './auth/tokens.js';
import { type Context, createContext } from './context.js';
import type { Db } from './db/client.js';
import { schema } from './schema/index.js';

export interface GatewayOptions {
  readonly db: Db;
  readonly verify: TokenVerifier;
  /** The clock for request times; tests pass a fixed one. */
  readonly clock?: () => Date;
  /** Serve GraphiQL on a browser's GET; on by default. */
  readonly graphiql?: boolean;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/** The configured GraphQL server, without a port: `main.ts` listens, tests call `fetch`. */
export function createGateway(options: GatewayOptions): Gateway {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request, params }) =>
      createContext({ db: options.db, verify: options.verify, clock: options.clock }, request, params),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: options.graphiql === false ? false : { title: 'Grassroots GraphQL' },
    // Unexpected errors stay masked; expected ones are GraphQLErrors with a code.
    maskedErrors: true,
    batching: { limit: 5 },
  });
}

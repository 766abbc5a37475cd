import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { createAuthenticator } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/tokens.js';
import { type Context, createContext } from './context.js';
import type { Db } from './db/client.js';
import { graphiqlAssetsPlugin, graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { requestIdPlugin } from './http/request-id.js';
import { schema } from './schema/index.js';
import { QUERY_LIMITS, queryLimitPlugins } from './security.js';

export interface GatewayOptions {
  readonly db: Db;
  readonly verify: TokenVerifier;
  /** The clock for request times; tests pass a fixed one. */
  readonly clock?: () => Date;
  /**
   * Production: introspection off, GraphiQL off, and with them the "Did you mean …?" hints that
   * would leak the schema through error messages.
   */
  readonly production?: boolean;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/** The configured GraphQL server, without a port: `main.ts` listens, tests call `fetch`. */
export function createGateway(options: GatewayOptions): Gateway {
  const production = options.production === true;
  const authenticate = createAuthenticator(options.verify);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request, params }) =>
      createContext({ db: options.db, authenticate, clock: options.clock }, request, params),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL's scripts and styles come from the installed packages: county networks are often
    // closed to the internet, so a CDN would leave a blank page.
    graphiql: production ? false : graphiqlOptions(),
    renderGraphiQL,
    plugins: [
      requestIdPlugin(),
      ...(production ? [useDisableIntrospection()] : [graphiqlAssetsPlugin()]),
      ...queryLimitPlugins({ production }),
    ],
    // Unexpected errors stay masked; expected ones are GraphQLErrors with a code.
    maskedErrors: true,
    batching: { limit: QUERY_LIMITS.batch },
  });
}

import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createYoga, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import { auditPlugin } from './audit.js';
import { createAuthenticator } from './auth/authenticate.js';
import type { TokenVerifier } from './auth/tokens.js';
import { type CalendarSource, createCalendarSource } from './calendar.js';
import { type Context, createContext } from './context.js';
import { type Db, providerOf } from './db/client.js';
import { readMigrations } from './db/migrations.js';
import { errorContractPlugin, maskError, unavailableStatusPlugin } from './errors.js';
import { graphiqlAssetsPlugin, graphiqlOptions, renderGraphiQL } from './graphiql.js';
import { bodyLimitPlugin } from './http/body-limit.js';
import { concurrencyPlugin } from './http/concurrency.js';
import { type TransportConfig, transportConfig } from './http/config.js';
import { corsPlugin } from './http/cors.js';
import { rateLimitPlugin } from './http/rate-limit.js';
import { memoryStore, redisStore } from './http/rate-limit-store.js';
import { requestIdPlugin } from './http/request-id.js';
import {
  type TrustedDocumentsConfig,
  trustedDocumentsConfig,
  trustedDocumentsPlugin,
} from './http/trusted-documents.js';
import { createLogger, type Logger, yogaLogger } from './ops/log.js';
import { createMetrics, type Metrics } from './ops/metrics.js';
import { metricsPlugin, observePlugin, readyPlugin } from './ops/observe.js';
import { schema } from './schema/index.js';
import { QUERY_LIMITS, queryLimitPlugins } from './security.js';

export interface GatewayOptions {
  readonly db: Db;
  readonly verify: TokenVerifier;
  /** The clock for request times; tests pass a fixed one. */
  readonly clock?: () => Date;
  /** Where calendars come from; by default the committed data plus the schedules in the database. */
  readonly calendars?: CalendarSource;
  /**
   * Production: introspection off, GraphiQL off, and with them the "Did you mean …?" hints that
   * would leak the schema through error messages; no cross-origin callers unless configured.
   */
  readonly production?: boolean;
  /**
   * CORS, body and rate limits. By default read from the environment (`http/config.ts`, README
   * "Configuration"); tests of the limits pass their own.
   */
  readonly transport?: TransportConfig;
  /**
   * The trusted-documents manifest and whether only its operations run. By default read from the
   * environment (`http/trusted-documents.ts`, README "Trusted documents").
   */
  readonly trustedDocuments?: TrustedDocumentsConfig;
  /** Where request lines and warnings go; by default JSON on stdout (`ops/log.ts`). */
  readonly logger?: Logger;
  /** The Prometheus registry `/metrics` serves; by default one of the gateway's own. */
  readonly metrics?: Metrics;
}

export type Gateway = YogaServerInstance<Record<string, unknown>, Context>;

/**
 * The configured GraphQL server, without a port: `main.ts` listens, tests call `fetch`. Dispose of it
 * (`await gateway.dispose()`) to close the rate limit's Redis connection.
 */
export function createGateway(options: GatewayOptions): Gateway {
  const calendars = options.calendars ?? createCalendarSource(options.db);
  const production = options.production === true;
  const transport = options.transport ?? transportConfig(process.env, { production });
  const trusted = options.trustedDocuments ?? trustedDocumentsConfig(process.env, { production });
  const authenticate = createAuthenticator(options.verify);
  const rateLimit = transport.rateLimit;
  const logger = options.logger ?? createLogger();
  const metrics = options.metrics ?? createMetrics(options.db);
  let expectedMigrations: readonly string[] | undefined;
  // Health, readiness and metrics answer before CORS and the rate limit: probes and scrapers are
  // not callers, and must see the gateway even when its budget for everyone else is spent.
  const opsPlugins: Plugin[] = [
    readyPlugin(options.db, () => {
      expectedMigrations ??= readMigrations(providerOf(options.db)).migrationDirectories.map((d) => d.path);
      return expectedMigrations;
    }),
    metricsPlugin(metrics),
    observePlugin({ logger, metrics, graphqlEndpoint: '/graphql' }),
  ];
  const transportPlugins: Plugin[] = [
    // First after the probes, so a waiting request holds nothing but its socket.
    concurrencyPlugin(transport.maxConcurrentRequests),
    corsPlugin(transport.corsOrigins),
    requestIdPlugin(),
  ];
  // GraphiQL's own files are served before the rate limit, so opening it costs nobody's budget.
  const graphiqlPlugins: Plugin[] = production ? [useDisableIntrospection()] : [graphiqlAssetsPlugin()];
  const limitPlugins: Plugin[] = [
    ...(rateLimit === null
      ? []
      : [
          rateLimitPlugin({
            config: rateLimit,
            // Redis when the configuration names it (REDIS_URL), so every instance shares one count.
            store:
              rateLimit.redisUrl === null
                ? memoryStore()
                : redisStore(rateLimit.redisUrl, rateLimit.keyPrefix),
            authenticate,
            trustedProxies: transport.trustedProxies,
          }),
        ]),
    bodyLimitPlugin(transport.maxBodyBytes),
  ];
  return createYoga<Record<string, unknown>, Context>({
    schema,
    context: ({ request, params }) =>
      createContext({ db: options.db, authenticate, calendars, clock: options.clock }, request, params),
    graphqlEndpoint: '/graphql',
    landingPage: false,
    // GraphiQL's scripts and styles come from the installed packages: county networks are often
    // closed to the internet, so a CDN would leave a blank page.
    graphiql: production ? false : graphiqlOptions(),
    renderGraphiQL,
    // Yoga's CORS reflects any origin with credentials, and its body limit answers in English with
    // its own code: `transportPlugins` and `bodyLimitPlugin` replace both.
    cors: false,
    maxRequestBodySize: false,
    logging: yogaLogger(logger),
    plugins: [
      ...opsPlugins,
      ...transportPlugins,
      ...graphiqlPlugins,
      ...limitPlugins,
      // Before parsing: an operation named by id becomes the manifest's text, any other is refused
      // when only the manifest's may run.
      trustedDocumentsPlugin(trusted),
      ...queryLimitPlugins({ production }),
      // Unmasked data waits for its audit entry; the error contract then sees the final result.
      auditPlugin({
        onWritten: () => metrics.auditWrites.inc({ outcome: 'written' }),
        onFailed: () => metrics.auditWrites.inc({ outcome: 'failed' }),
      }),
      errorContractPlugin(),
      unavailableStatusPlugin(),
    ],
    // Unexpected errors stay masked; expected ones are GraphQLErrors with a code, and so are a
    // database that cannot serve (SERVICE_UNAVAILABLE) and a lost write race (CONFLICT).
    maskedErrors: { maskError },
    batching: { limit: QUERY_LIMITS.batch },
  });
}

// Starts the gateway: migrate the database and load fixtures where wanted (start.ts), listen, and on
// SIGTERM or SIGINT drain: stop accepting, let in-flight requests finish (up to a deadline), close
// the database (which checkpoints SQLite's WAL into the file), exit 0.
import { createServer, type Server } from 'node:http';
import { verifierFromEnv } from './auth/tokens.js';
import type { Db } from './db/client.js';
import { databaseConfig, redactUrl } from './db/config.js';
import { guardSingleWriter, type WriterGuard } from './db/locks.js';
import { type TransportConfig, transportConfig } from './http/config.js';
import { trustedDocumentsConfig } from './http/trusted-documents.js';
import { createLogger, type Logger } from './ops/log.js';
import { createMetrics } from './ops/metrics.js';
import { fixturesWanted, prepareDatabase } from './start.js';
import { createGateway, type Gateway } from './yoga.js';

/** How long a drain waits for in-flight requests (`GRASSROOTS_SHUTDOWN_TIMEOUT_MS`, 10 s). */
const DEFAULT_SHUTDOWN_MS = 10_000;

async function main(logger: Logger): Promise<void> {
  const production = process.env.NODE_ENV === 'production';
  // Read first: a malformed limit stops the gateway before it touches the database.
  const transport = transportConfig(process.env, { production });
  const trustedDocuments = trustedDocumentsConfig(process.env, { production });
  const verify = await verifierFromEnv();
  const config = databaseConfig();
  const shutdownMs = Number(process.env.GRASSROOTS_SHUTDOWN_TIMEOUT_MS ?? DEFAULT_SHUTDOWN_MS);
  if (!Number.isSafeInteger(shutdownMs) || shutdownMs <= 0) {
    throw new Error(`GRASSROOTS_SHUTDOWN_TIMEOUT_MS must be a positive whole number of ms`);
  }
  const guard = config.provider === 'sqlite' ? guardSingleWriter(config) : null;
  // However the process ends short of a crash (a failed start, a second signal), the guard's side
  // file goes with it; after a crash the next gateway simply takes it again.
  if (guard !== null) process.on('exit', guard.release);
  const db = await prepareDatabase(config, {
    fixtures: fixturesWanted(process.argv.slice(2), process.env, config),
    logger,
    progress: process.stdout.isTTY === true,
  });
  const metrics = createMetrics(db, { processMetrics: true });
  const gateway = createGateway({ db, verify, production, transport, trustedDocuments, logger, metrics });
  const port = Number(process.env.PORT ?? 4000);
  const host = process.env.HOST ?? 'localhost';
  const server = createServer(gateway);
  server.listen(port, host, () => {
    const address = server.address();
    const listening = typeof address === 'object' && address !== null ? address.port : port;
    const trusted =
      trustedDocuments.documents.size > 0 || trustedDocuments.only
        ? `; trusted documents: ${trustedDocuments.documents.size} operations, ${trustedDocuments.only ? 'only these run' : 'arbitrary operations also run'}`
        : '';
    logger.info(
      { database: redactUrl(config.url), port: listening, host },
      `Grassroots gateway on ${redactUrl(config.url)}; ${describeTransport(transport)}${trusted}; ` +
        `GraphQL at http://${host}:${listening}${gateway.graphqlEndpoint}; /health, /ready, /metrics`,
    );
  });
  let draining = false;
  const stop = (signal: NodeJS.Signals) => {
    if (draining) {
      logger.warn({ signal }, 'second signal during the drain: exiting now');
      process.exit(1);
    }
    draining = true;
    logger.info(
      { signal, deadlineMs: shutdownMs },
      'draining: no new connections, finishing requests in flight',
    );
    void drain(server, gateway, db, guard, shutdownMs, logger).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'drain failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/**
 * Stops accepting, closes idle keep-alive connections, waits for the requests in flight to be
 * answered (up to `deadlineMs`, then closes what is left), and only then disposes of the gateway and
 * disconnects the database: closing SQLite's last connection checkpoints the WAL into the file.
 */
async function drain(
  server: Server,
  gateway: Gateway,
  db: Db,
  guard: WriterGuard | null,
  deadlineMs: number,
  logger: Logger,
): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  // A connection that goes idle after its response would otherwise hold `close` until it times out.
  const idle = setInterval(() => server.closeIdleConnections(), 50);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), deadlineMs);
  });
  const outcome = await Promise.race([closed.then(() => 'drained' as const), late]);
  clearInterval(idle);
  clearTimeout(timer);
  if (outcome === 'late') {
    logger.warn({ deadlineMs }, 'requests still in flight at the drain deadline were cut off');
    server.closeAllConnections();
    await closed;
  }
  await gateway.dispose();
  await db.$disconnect();
  guard?.release();
  logger.info({ outcome }, 'stopped');
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable REDIS_URL)';
  }
}

function describeTransport(transport: TransportConfig): string {
  const cors = transport.corsOrigins.length === 0 ? 'none' : transport.corsOrigins.join(', ');
  const limit = transport.rateLimit;
  const rate =
    limit === null
      ? 'off'
      : `${limit.anonymousPoints} per IP / ${limit.authenticatedPoints} per caller every ${limit.windowSeconds}s, in ${limit.redisUrl === null ? 'memory' : `Redis ${withoutPassword(limit.redisUrl)}`}`;
  const running = transport.maxConcurrentRequests ?? 'no limit';
  return `CORS origins: ${cors}; body limit: ${transport.maxBodyBytes} bytes; rate limit: ${rate}; requests at once: ${running}`;
}

const logger = createLogger();
main(logger).catch((error: unknown) => {
  // One line that says what to do: start-up failures are configuration, not bugs.
  logger.fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});

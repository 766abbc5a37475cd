// Structured logs: one JSON object per line on stdout (pino), so a log shipper needs no parsing
// rules. A request's line carries its id, operation name, caller's subject, status and duration;
// never arguments, variables, results or tokens, which may hold personal data.

import type { YogaLogger } from 'graphql-yoga';
import { type Logger, pino } from 'pino';

export type { Logger };

/**
 * The gateway's logger. `GRASSROOTS_LOG_LEVEL` (`info` by default; `silent` under `NODE_ENV=test`,
 * where tests read results, not logs) sets the threshold.
 */
export function createLogger(
  env: Record<string, string | undefined> = process.env,
  destination?: pino.DestinationStream,
): Logger {
  const level = env.GRASSROOTS_LOG_LEVEL?.trim() || (env.NODE_ENV === 'test' ? 'silent' : 'info');
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'grassroots-gateway' },
    timestamp: pino.stdTimeFunctions.isoTime,
    // The token is the only secret a request carries; it never reaches a log line.
    redact: ['authorization', 'headers.authorization', 'req.headers.authorization'],
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Yoga's logger interface (`message, ...args`) on pino (`object, message`). */
export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: 'debug' | 'info' | 'warn' | 'error') =>
    (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const message = args.filter((arg) => typeof arg === 'string').join(' ');
      if (error) logger[level]({ err: error }, message || error.message);
      else logger[level](message);
    };
  return { debug: forward('debug'), info: forward('info'), warn: forward('warn'), error: forward('error') };
}

// Where the rate limit counts: in memory (one gateway) or in Redis (shared by every instance).
import { Redis } from 'ioredis';

/** A count of points per key in fixed windows. */
export interface RateLimitStore {
  /**
   * Adds `points` to `key` in its current window (starting one of `windowMs` if there is none) and
   * returns the count after adding and the milliseconds left until the window ends.
   */
  hit(
    key: string,
    points: number,
    windowMs: number,
  ): Promise<{ readonly count: number; readonly resetMs: number }>;
  close(): Promise<void>;
}

/**
 * Counts in this process. Expired windows are swept once per window, so the map holds only the
 * callers of the current window. `now` is the clock in milliseconds; tests pass their own.
 */
export function memoryStore(now: () => number = Date.now): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  let nextSweep = 0;
  return {
    hit: async (key, points, windowMs) => {
      const time = now();
      if (time >= nextSweep) {
        for (const [k, window] of windows) if (window.resetAt <= time) windows.delete(k);
        nextSweep = time + windowMs;
      }
      let window = windows.get(key);
      if (window === undefined || window.resetAt <= time) {
        window = { count: 0, resetAt: time + windowMs };
        windows.set(key, window);
      }
      window.count += points;
      return { count: window.count, resetMs: window.resetAt - time };
    },
    close: async () => {
      windows.clear();
    },
  };
}

// One round trip, atomic across instances: add, start the window's expiry if this began it, report.
const HIT = `
local count = redis.call('INCRBY', KEYS[1], ARGV[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  ttl = tonumber(ARGV[2])
end
return { count, ttl }`;

/**
 * Counts in Redis under `prefix` + key, so every gateway instance shares one budget per caller.
 * Commands are not queued while Redis is away: a hit then fails at once and the limit lets the
 * request through (see `rateLimitPlugin`), so an outage of Redis never becomes one of the gateway.
 */
export function redisStore(
  url: string,
  prefix = 'grassroots:rate:',
): RateLimitStore & { readonly redis: Redis } {
  const redis = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 2000,
    commandTimeout: 500,
  });
  // Connection errors are reported by the failing hits; without a listener ioredis would print each.
  redis.on('error', () => undefined);
  // Sent once and then called by its hash (EVALSHA), falling back to the text if Redis forgot it.
  redis.defineCommand('grassrootsRateHit', { numberOfKeys: 1, lua: HIT });
  const command = redis as Redis & {
    grassrootsRateHit(key: string, points: number, windowMs: number): Promise<[number, number]>;
  };
  const connected = redis.connect().catch(() => undefined);
  return {
    redis,
    hit: async (key, points, windowMs) => {
      await connected;
      const [count, ttl] = await command.grassrootsRateHit(`${prefix}${key}`, points, windowMs);
      return { count, resetMs: ttl };
    },
    close: async () => {
      await connected;
      redis.disconnect();
    },
  };
}

// The parent's handle on a server child: start it, ask it for phase statistics, stop it.
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { benchDir } from './database.js';
import type { FromChild, PhaseStats, ToChild } from './servers/child.js';

export type ServerKind = 'gateway' | 'baseline';

export interface ServerHandle {
  readonly kind: ServerKind;
  readonly port: number;
  readonly pid: number;
  /** Starts a measured phase. */
  /** Starts a measured phase; `profile` names the file its CPU profile is written to. */
  begin(profile?: string): Promise<void>;
  /** Ends it once the server has finished every request it took, and returns what it used. */
  end(): Promise<PhaseStats>;
  stop(): Promise<void>;
}

export interface ServerEnv {
  readonly databaseUrl: string;
  readonly jwtSecret: string;
  /** Count SQL statements with Prisma's query events (the gateway's probe process). */
  readonly countStatements?: boolean;
}

/** Children still running; the bench takes them with it however it ends. */
const running = new Set<ChildProcess>();
process.on('exit', () => {
  for (const child of running) child.kill('SIGTERM');
});

/**
 * The gateway child as compiled JavaScript instead of TypeScript through tsx: BENCH_GATEWAY_SCRIPT
 * names a bundle of `servers/gateway.ts` (docs/bench.md says how it was built), run by plain Node.
 */
function scriptOf(kind: ServerKind): { readonly path: string; readonly execArgv: readonly string[] } {
  const compiled = process.env.BENCH_GATEWAY_SCRIPT?.trim();
  if (kind === 'gateway' && compiled) return { path: compiled, execArgv: [] };
  return { path: join(benchDir, 'servers', `${kind}.ts`), execArgv: process.execArgv };
}

export function startServer(kind: ServerKind, env: ServerEnv): Promise<ServerHandle> {
  const script = scriptOf(kind);
  const child: ChildProcess = fork(script.path, [], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      // The bench measures the work of an answer with one token at hundreds of requests a second;
      // the per-subject rate limiter (600 a minute) would answer most of them 429 instead.
      GRASSROOTS_RATE_LIMIT: 'off',
      BENCH_DATABASE_URL: env.databaseUrl,
      BENCH_JWT_SECRET: env.jwtSecret,
      BENCH_COUNT_STATEMENTS: env.countStatements ? '1' : '0',
    },
    execArgv: [...script.execArgv, '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  running.add(child);
  const waiting: ((message: FromChild) => void)[] = [];
  let ready: (port: number) => void;
  let failed: (error: Error) => void;
  const started = new Promise<number>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  child.on('message', (message: FromChild) => {
    if (message.type === 'ready') ready(message.port);
    else if (message.type === 'failed')
      failed(new Error(`the ${kind} server failed to start:\n${message.message}`));
    else waiting.shift()?.(message);
  });
  child.on('exit', (code) => {
    running.delete(child);
    failed(new Error(`the ${kind} server exited with ${code}`));
    for (const answer of waiting.splice(0)) answer({ type: 'failed', message: `exited with ${code}` });
  });
  const ask = <T extends FromChild['type']>(message: ToChild, type: T) =>
    new Promise<Extract<FromChild, { type: T }>>((resolve, reject) => {
      waiting.push((reply) =>
        reply.type === type
          ? resolve(reply as Extract<FromChild, { type: T }>)
          : reject(new Error(`the ${kind} server answered ${reply.type} to ${message.type}`)),
      );
      child.send(message);
    });
  return started.then((port) => ({
    kind,
    port,
    pid: child.pid as number,
    begin: async (profile?: string) => {
      await ask({ type: 'begin', profile }, 'begun');
    },
    end: async () => (await ask({ type: 'end' }, 'stats')).stats,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.send({ type: 'stop' });
        setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
      }),
  }));
}

// The bench's command line. `pnpm bench --help` prints this.
import type { DatabaseKind } from './database.js';
import { BENCH_OPERATIONS } from './queries.js';

export const USAGE = `pnpm bench [options]

Times the gateway against a hand-written SQL baseline that returns byte-identical JSON, on SQLite
(a temporary file) or, with DATABASE_URL=postgresql://…, on that PostgreSQL database (empty, or one
this bench seeded before when --reuse is given).

  --db <list>           databases, one table each: sqlite, postgresql or both (default postgresql when
                        DATABASE_URL names one, else sqlite)
  --duration <s>        seconds of load per operation, connection count and server (default 10)
  --rounds <n>          rounds; gateway and baseline alternate within each round (default 3)
  --connections <list>  concurrent connections, comma-separated (default 10,50)
  --ops <list>          operations, comma-separated (default all: ${BENCH_OPERATIONS.map((o) => o.key).join(', ')})
  --warmup <s>          seconds of unmeasured load per operation and server before round 1 (default 2)
  --reuse               keep the seeded SQLite file in data/bench/ and start from a copy of it next time
                        (fixture loading takes minutes); on PostgreSQL accept an already seeded database
  --quick               a quick look: 1 round of 3 s, 1 s of warm-up (same as --rounds 1 --duration 3
                        --warmup 1; later options override it)
  --check-only          prepare, check that both servers answer identically, and stop
  --growth[=<list>]     the data-growth run: each operation at these data scales (default 1,4,16 × the
                        article's data), 10 connections, p50 latency and its growth over 1×
  --profile <dir>       record a CPU profile of each measured phase of both servers into <dir>
                        (.cpuprofile files, for Chrome DevTools) and print where each server's CPU
                        went, by package; the profiler costs time, so such a run is not for the record
  --help                this text
`;

export interface BenchOptions {
  readonly databases: readonly DatabaseKind[];
  readonly durationS: number;
  readonly rounds: number;
  readonly connections: readonly number[];
  readonly ops: readonly string[];
  readonly warmupS: number;
  readonly reuse: boolean;
  readonly checkOnly: boolean;
  /** Where the CPU profiles of the measured phases go; null: no profiling. */
  readonly profileDir: string | null;
  /** The data scales of a growth run; null for the normal run. */
  readonly growth: readonly number[] | null;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

function positive(name: string, text: string | undefined, integer: boolean): number {
  const value = Number(text);
  if (text === undefined || !Number.isFinite(value) || value <= 0 || (integer && !Number.isInteger(value))) {
    throw new UsageError(
      `${name} needs a positive ${integer ? 'integer' : 'number'}; got ${text ?? 'nothing'}`,
    );
  }
  return value;
}

function list(name: string, text: string | undefined): number[] {
  return (text ?? '').split(',').map((part) => positive(name, part.trim(), true));
}

export function parseOptions(
  argv: readonly string[],
  hasPostgres: boolean = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL?.trim() ?? ''),
): BenchOptions | 'help' {
  const options = {
    databases: (hasPostgres ? ['postgresql'] : ['sqlite']) as readonly DatabaseKind[],
    durationS: 10,
    rounds: 3,
    connections: [10, 50] as readonly number[],
    ops: BENCH_OPERATIONS.map((operation) => operation.key) as readonly string[],
    warmupS: 2,
    reuse: false,
    checkOnly: false,
    growth: null as readonly number[] | null,
    profileDir: null as string | null,
  };
  const args = [...argv];
  while (args.length > 0) {
    const arg = args.shift() as string;
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const value = () => inline ?? args.shift();
    switch (flag) {
      case '--':
        break;
      case '--help':
      case '-h':
        return 'help';
      case '--db': {
        const text = value() ?? '';
        const kinds = text === 'both' ? ['sqlite', 'postgresql'] : text.split(',').map((kind) => kind.trim());
        if (kinds.some((kind) => kind !== 'sqlite' && kind !== 'postgresql')) {
          throw new UsageError(`--db takes sqlite, postgresql or both; got ${text}`);
        }
        if (kinds.includes('postgresql') && !hasPostgres) {
          throw new UsageError('--db postgresql needs DATABASE_URL=postgresql://… naming an empty database');
        }
        options.databases = kinds as DatabaseKind[];
        break;
      }
      case '--duration':
        options.durationS = positive(flag, value(), false);
        break;
      case '--rounds':
        options.rounds = positive(flag, value(), true);
        break;
      case '--connections':
        options.connections = list(flag, value());
        break;
      case '--warmup': {
        const text = value();
        options.warmupS = text === '0' ? 0 : positive(flag, text, false);
        break;
      }
      case '--ops': {
        const keys = (value() ?? '').split(',').map((key) => key.trim());
        const known = BENCH_OPERATIONS.map((operation) => operation.key);
        const unknown = keys.filter((key) => !known.includes(key));
        if (unknown.length > 0 || keys.length === 0) {
          throw new UsageError(`unknown operation ${unknown.join(', ')}; known: ${known.join(', ')}`);
        }
        options.ops = keys;
        break;
      }
      case '--reuse':
        options.reuse = true;
        break;
      case '--quick':
        options.rounds = 1;
        options.durationS = 3;
        options.warmupS = 1;
        break;
      case '--check-only':
        options.checkOnly = true;
        break;
      case '--profile': {
        const dir = value()?.trim();
        if (!dir) throw new UsageError('--profile needs a folder for the profiles');
        options.profileDir = dir;
        break;
      }
      case '--growth':
        options.growth = inline === undefined ? [1, 4, 16] : list(flag, inline);
        break;
      default:
        throw new UsageError(`unknown option ${arg}\n\n${USAGE}`);
    }
  }
  return options;
}

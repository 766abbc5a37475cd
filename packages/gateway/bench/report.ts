// The bench's tables, as Markdown so they can be pasted into an issue as they are.
import type { BenchOperation } from './queries.js';
import type { PhaseStats } from './servers/child.js';
import type { ServerKind } from './servers.js';
import type { LoadResult } from './traffic.js';

/** One measured phase: one server under one operation at one connection count in one round. */
export interface Sample {
  readonly round: number;
  readonly target: ServerKind;
  readonly load: LoadResult;
  readonly server: PhaseStats;
  /** CPU ms of PostgreSQL's backends in the phase; null on SQLite or a remote server. */
  readonly postgresCpuMs: number | null;
}

export interface Row {
  readonly operation: BenchOperation;
  readonly connections: number;
  readonly samples: readonly Sample[];
  /** Statements per request of the gateway, counted in the probe process. */
  readonly gatewayStatements: number | null;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

function fixed(value: number | null, digits: number): string {
  if (value === null || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A number with 3 significant digits at most, readable across 0.05 … 50,000. */
export function short(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '–';
  if (value === 0 || value >= 100) return fixed(value, 0);
  if (value >= 10) return fixed(value, 1);
  if (value >= 1) return fixed(value, 2);
  return fixed(value, 3);
}

function pair(a: string, b: string): string {
  return `${a} / ${b}`;
}

export interface Summary {
  readonly requestsPerSecond: number;
  readonly min: number;
  readonly max: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly cpuMsPerRequest: number;
  readonly postgresMsPerRequest: number | null;
  readonly statementsPerRequest: number | null;
  readonly peakRssMb: number;
  readonly errors: number;
}

export function summarise(samples: readonly Sample[]): Summary {
  const rates = samples.map((sample) => sample.load.requestsPerSecond);
  const answered = samples.filter((sample) => sample.load.responses > 0);
  const handled = samples.reduce((sum, sample) => sum + sample.server.requests, 0);
  const per = (total: number) => (handled === 0 ? Number.NaN : total / handled);
  const counted = samples.every((sample) => sample.server.statements !== null);
  const postgres = samples.every((sample) => sample.postgresCpuMs !== null);
  return {
    requestsPerSecond: median(rates),
    min: Math.min(...rates),
    max: Math.max(...rates),
    // A phase in which no answer arrived has no latency (autocannon reports 0): leave it out.
    p50Ms: median(answered.map((sample) => sample.load.p50Ms)),
    p99Ms: median(answered.map((sample) => sample.load.p99Ms)),
    cpuMsPerRequest: per(samples.reduce((sum, sample) => sum + sample.server.cpuMs, 0)),
    postgresMsPerRequest: postgres
      ? per(samples.reduce((sum, sample) => sum + (sample.postgresCpuMs ?? 0), 0))
      : null,
    statementsPerRequest: counted
      ? per(samples.reduce((sum, sample) => sum + (sample.server.statements ?? 0), 0))
      : null,
    peakRssMb: Math.max(...samples.map((sample) => sample.server.peakRss)) / 2 ** 20,
    errors: samples.reduce((sum, sample) => sum + sample.load.errors + sample.load.non2xx, 0),
  };
}

/** The gateway's rate over the baseline's, round by round (the two ran side by side), then the median. */
export function pairedRatio(samples: readonly Sample[]): number {
  const rounds = [...new Set(samples.map((sample) => sample.round))];
  return median(
    rounds.flatMap((round) => {
      const g = samples.find((s) => s.round === round && s.target === 'gateway');
      const b = samples.find((s) => s.round === round && s.target === 'baseline');
      return g && b && b.load.requestsPerSecond > 0
        ? [g.load.requestsPerSecond / b.load.requestsPerSecond]
        : [];
    }),
  );
}

function rate(summary: Summary, rounds: number): string {
  return rounds > 1
    ? `${short(summary.requestsPerSecond)} (${short(summary.min)}–${short(summary.max)})`
    : short(summary.requestsPerSecond);
}

/** Fewer answers than this in a phase make its rates and percentiles a guess. */
export const FEW_ANSWERS = 20;

/** Whether some phase of the line had fewer than {@link FEW_ANSWERS} answers. */
export function thin(row: Row): boolean {
  return row.samples.some((sample) => sample.load.responses < FEW_ANSWERS);
}

/** The main table: one line per operation and connection count, gateway against baseline. */
export function throughputTable(rows: readonly Row[], rounds: number, postgres: boolean): string {
  const header = [
    'operation',
    'conns',
    'gateway req/s',
    'baseline req/s',
    'ratio',
    'p50 ms g / b',
    'p99 ms g / b',
    'CPU ms/req g / b',
    ...(postgres ? ['PG CPU ms/req g / b'] : []),
    'SQL/req g / b',
    'peak RSS MB g / b',
    'errors g / b',
  ];
  const lines = rows.map((row) => {
    const g = summarise(row.samples.filter((sample) => sample.target === 'gateway'));
    const b = summarise(row.samples.filter((sample) => sample.target === 'baseline'));
    return [
      row.operation.label,
      String(row.connections),
      rate(g, rounds),
      rate(b, rounds),
      `${fixed(pairedRatio(row.samples), 2)}${thin(row) ? ' *' : ''}`,
      pair(short(g.p50Ms), short(b.p50Ms)),
      pair(short(g.p99Ms), short(b.p99Ms)),
      pair(short(g.cpuMsPerRequest), short(b.cpuMsPerRequest)),
      ...(postgres ? [pair(short(g.postgresMsPerRequest), short(b.postgresMsPerRequest))] : []),
      pair(short(row.gatewayStatements), short(b.statementsPerRequest)),
      pair(fixed(g.peakRssMb, 0), fixed(b.peakRssMb, 0)),
      pair(String(g.errors), String(b.errors)),
    ];
  });
  return markdown(header, lines);
}

export function markdown(header: readonly string[], lines: readonly (readonly string[])[]): string {
  const widths = header.map((title, i) =>
    Math.max(width(title), ...lines.map((line) => width(line[i] ?? ''))),
  );
  const format = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell + ' '.repeat((widths[i] as number) - width(cell))).join(' | ')} |`;
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}

/** Display width: CJK characters take two columns in a terminal. */
function width(text: string): number {
  let columns = 0;
  for (const character of text)
    columns +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        character,
      )
        ? 2
        : 1;
  return columns;
}

/** One line of the growth table: an operation at one data scale (null: that scale could not run). */
export interface GrowthRow {
  readonly operation: BenchOperation;
  readonly scale: number;
  readonly matters: number | null;
  readonly gateway: Summary | null;
  readonly baseline: Summary | null;
  readonly note?: string;
}

/** The growth table: p50 latency per data scale, and how much it grew over 1×. */
export function growthTable(rows: readonly GrowthRow[]): string {
  const header = [
    'operation',
    'scale',
    'matters',
    'gateway p50 ms',
    'baseline p50 ms',
    'gateway ÷ 1×',
    'baseline ÷ 1×',
    'gateway req/s',
    'baseline req/s',
  ];
  const lines = rows.map((row) => {
    const base = rows.find((other) => other.operation.key === row.operation.key && other.scale === 1);
    const growth = (now: Summary | null, then: Summary | null | undefined) =>
      now && then ? `${fixed(now.p50Ms / then.p50Ms, 2)}×` : '–';
    if (row.gateway === null || row.baseline === null) {
      return [row.operation.label, `${row.scale}×`, '–', row.note ?? 'not measured', '', '', '', '', ''];
    }
    return [
      row.operation.label,
      `${row.scale}×`,
      row.matters === null ? '–' : fixed(row.matters, 0),
      short(row.gateway.p50Ms),
      short(row.baseline.p50Ms),
      growth(row.gateway, base?.gateway),
      growth(row.baseline, base?.baseline),
      short(row.gateway.requestsPerSecond),
      short(row.baseline.requestsPerSecond),
    ];
  });
  return markdown(header, lines);
}

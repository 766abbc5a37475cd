// Durations and sizes as the configuration writes them: `12h`, `90m`, `3600`; `100kb`, `1mb`, `102400`.

const DURATION = /^(\d+)\s*(s|m|h|d)?$/i;
const SECONDS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** Seconds in `12h`, `90m`, `30s`, `1d` or a bare number of seconds; null when malformed. */
export function parseDuration(text: string): number | null {
  const match = DURATION.exec(text.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1]) * (SECONDS[(match[2] ?? 's').toLowerCase()] ?? 1);
  return Number.isSafeInteger(value) ? value : null;
}

/** The shortest exact way to write `seconds`: `12h`, `90m`, `45s`. */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600}h`;
  if (seconds % 60 === 0) return `${seconds / 60}m`;
  return `${seconds}s`;
}

const SIZE = /^(\d+)\s*(b|kb|mb)?$/i;
const BYTES: Record<string, number> = { b: 1, kb: 1024, mb: 1024 * 1024 };

/** Bytes in `100kb`, `1mb` or a bare number of bytes (KB and MB are binary: 1024 and 1024²); null when malformed. */
export function parseSize(text: string): number | null {
  const match = SIZE.exec(text.trim());
  if (!match?.[1]) return null;
  const value = Number(match[1]) * (BYTES[(match[2] ?? 'b').toLowerCase()] ?? 1);
  return Number.isSafeInteger(value) ? value : null;
}

/** `102400` as `100 KB`, `1048576` as `1 MB`, otherwise bytes. */
export function formatSize(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  if (bytes % 1024 === 0) return `${bytes / 1024} KB`;
  return `${bytes} B`;
}

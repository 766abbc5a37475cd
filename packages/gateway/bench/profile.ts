// Where a server's CPU went during the measured phases of `pnpm bench --profile <dir>`: V8's sampling
// profiles (one per phase, written by the server child) summed by the package whose code was running
// (self time, not inclusive), so that "Prisma's runtime", "garbage collection" or "socket writes" are
// numbers beside the baseline's, not impressions.
import { readFileSync } from 'node:fs';

/** The parts of a `.cpuprofile` the summary reads. */
interface CpuProfile {
  readonly nodes: readonly {
    readonly id: number;
    readonly callFrame: { readonly functionName: string; readonly url: string };
    readonly children?: readonly number[];
  }[];
  readonly samples: readonly number[];
  readonly timeDeltas: readonly number[];
}

/** Names a frame by what it belongs to: a package, one of our packages' areas, Node, or V8 itself. */
export function ownerOf(functionName: string, url: string): string {
  if (url === '') {
    // V8's own entries: '(garbage collector)', '(program)', '(idle)'; the rest are native calls.
    if (functionName.startsWith('(')) return functionName;
    return functionName === 'writev' || functionName === 'writeBuffer' || functionName === 'writeUtf8String'
      ? 'socket writes (native)'
      : `native ${functionName}`;
  }
  const pkg = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1] as string;
  const ours = /packages\/(\w+)\/(?:src|dist)\/([\w.-]+)/.exec(url);
  if (ours) return `ours: ${ours[1]}/${(ours[2] as string).replace(/\.[jt]s$/, '')}`;
  if (url.startsWith('node:')) return 'node (runtime)';
  return url;
}

/** The ids of the profiler's own frames (node:inspector, and all they call): its cost, not the server's. */
function profilerFrames(profile: CpuProfile): Set<number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const own = new Set<number>();
  const mark = (id: number) => {
    if (own.has(id)) return;
    own.add(id);
    for (const child of byId.get(id)?.children ?? []) mark(child);
  };
  for (const node of profile.nodes) if (node.callFrame.url === 'node:inspector') mark(node.id);
  return own;
}

/**
 * Milliseconds of self time by owner over the profiles given; idle time and the profiler's own work
 * (stopping and serialising the profile) left out.
 */
export function cpuByOwner(files: readonly string[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const file of files) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const owners = new Map(
      profile.nodes.map((node) => [node.id, ownerOf(node.callFrame.functionName, node.callFrame.url)]),
    );
    const profiler = profilerFrames(profile);
    profile.samples.forEach((id, index) => {
      const owner = owners.get(id) ?? '(unknown)';
      if (owner === '(idle)' || profiler.has(id)) return;
      totals.set(owner, (totals.get(owner) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
    });
  }
  return totals;
}

/** The `top` owners as shares of the busy time, the rest summed. */
export function shares(totals: ReadonlyMap<string, number>, top: number): string {
  const busy = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  if (busy === 0) return 'no samples';
  const sorted = [...totals].sort((a, b) => b[1] - a[1]);
  const shown = sorted.slice(0, top).map(([owner, ms]) => `${owner} ${((100 * ms) / busy).toFixed(0)}%`);
  const rest = sorted.slice(top).reduce((sum, [, ms]) => sum + ms, 0);
  return [...shown, ...(rest > 0 ? [`other ${((100 * rest) / busy).toFixed(0)}%`] : [])].join(', ');
}

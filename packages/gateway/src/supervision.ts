// The county-wide timeout check (超时督办) a scheduler runs (`pnpm db supervise`): core's
// `superviseIfDue` over every open matter of a region whose clock runs, chosen in SQL and written in
// batches of one transaction each. A timeout never moves a matter; it raises warning → reminder →
// supervision against whoever holds it, one event per stage. Running it twice for the same instant
// writes nothing the second time: a stage a matter has reached is never raised again at its level.
import {
  CLOCK_RUNNING_STATES,
  calendarForRegion,
  isInTheFuture,
  type MatterChange,
  type OfficialSchedule,
  parseRegionCode,
  SUPERVISION_STAGES,
  type SupervisionStage,
  superviseIfDue,
} from '@grassroots/core';
import type { Db } from './db/client.js';
import { matterEventMapper, matterMapper } from './mappers/matter.js';
import { rollupMatterChanged } from './rollups.js';
import { within } from './schema/shared/scope.js';

/** Matters read and written per transaction: short transactions, so requests are not held up long. */
export const SUPERVISION_BATCH_SIZE = 200;

/** What one run of the check did. */
export interface SupervisionRun {
  readonly regionCode: string;
  readonly at: Date;
  /** Open matters with a running clock that could still owe a stage, as chosen in SQL. */
  readonly examined: number;
  /** Matters that had at least one stage raised. */
  readonly supervised: number;
  /** The stages raised, each one event. */
  readonly raised: Readonly<Record<SupervisionStage, number>>;
  readonly batches: number;
  /** Matters someone changed between the read and the write: left alone, the next run looks again. */
  readonly changedMeanwhile: number;
  /** Matters core could not check (a calendar not covering the dates), by id with the error's code. */
  readonly failed: readonly { readonly matterId: string; readonly code: string }[];
}

/**
 * Runs the check over the region's open matters as at `at`, in batches of `batchSize` by matter id.
 * The SQL chooses the matters whose clock runs (core's CLOCK_RUNNING_STATES, started by `at`) and that
 * have not reached the last stage; core decides every stage, dated when it fell due.
 */
export async function superviseRegion(
  db: Db,
  options: {
    readonly regionCode: string;
    readonly at: Date;
    readonly schedules: readonly OfficialSchedule[];
    readonly batchSize?: number;
  },
): Promise<SupervisionRun> {
  const { regionCode, at, schedules } = options;
  const batchSize = options.batchSize ?? SUPERVISION_BATCH_SIZE;
  const lastStage = SUPERVISION_STAGES[SUPERVISION_STAGES.length - 1] as SupervisionStage;
  const raised = Object.fromEntries(SUPERVISION_STAGES.map((stage) => [stage, 0])) as Record<
    SupervisionStage,
    number
  >;
  const failed: { matterId: string; code: string }[] = [];
  let [examined, supervised, batches, changedMeanwhile] = [0, 0, 0, 0];
  let after = '';
  for (;;) {
    const rows = await db.matter.findMany({
      where: {
        ...within('gridCode', regionCode),
        open: true,
        state: { in: [...CLOCK_RUNNING_STATES] },
        levelStartedAt: { lte: at },
        OR: [{ supervision: null }, { supervision: { not: lastStage } }],
        id: { gt: after },
      },
      orderBy: { id: 'asc' },
      take: batchSize,
    });
    if (rows.length === 0) break;
    batches += 1;
    examined += rows.length;
    after = rows[rows.length - 1]?.id ?? after;
    await db.$transaction(
      async (tx) => {
        for (const row of rows) {
          const before = matterMapper.toDomain(row);
          const calendar = calendarForRegion(before.gridCode, { schedules });
          const changes: MatterChange[] = [];
          let current = before;
          for (;;) {
            const next = superviseIfDue(current, at, calendar);
            if (!next.ok) {
              failed.push({ matterId: row.id, code: next.error.code });
              break;
            }
            if (next.value === null) break;
            changes.push(next.value);
            current = next.value.matter;
          }
          if (changes.length === 0) continue;
          const columns = matterMapper.toColumns(current);
          // Over the version read: a matter someone changed since is theirs to have changed.
          const { count } = await (tx as Db).matter.updateMany({
            where: { id: row.id, version: row.version },
            data: columns,
          });
          if (count === 0) {
            changedMeanwhile += 1;
            continue;
          }
          await (tx as Db).matterEvent.createMany({
            data: changes.map((change) => matterEventMapper.toColumns(change.event)),
          });
          await rollupMatterChanged(tx as Db, row, columns);
          supervised += 1;
          for (const change of changes) {
            if (change.event.kind === 'SUPERVISION') raised[change.event.stage] += 1;
          }
        }
      },
      { timeout: 60_000, maxWait: 60_000 },
    );
    if (rows.length < batchSize) break;
  }
  return { regionCode, at, examined, supervised, raised, batches, changedMeanwhile, failed };
}

/** The arguments of `pnpm db supervise`, checked. */
export interface SuperviseArgs {
  readonly regionCode: string;
  readonly at: Date;
  readonly batchSize: number;
}

/**
 * Reads `--region <code> [--at <ISO instant>] [--batch <n>]`: a region code core accepts, an instant
 * with its offset not later than `now` (a check ahead of time would raise stages not yet due; five
 * minutes of clock skew allowed), `now` when left out, and a batch size from 1 to 10,000. The error
 * is a sentence for the operator.
 */
export function parseSuperviseArgs(
  args: readonly string[],
  now: Date,
): { ok: true; value: SuperviseArgs } | { ok: false; error: string } {
  const flagValue = (flag: string): string | undefined => {
    const index = args.indexOf(flag);
    return index < 0 ? undefined : (args[index + 1] ?? '');
  };
  const region = flagValue('--region');
  if (region === undefined) return { ok: false, error: '--region <code> is required' };
  const code = parseRegionCode(region);
  if (!code.ok)
    return { ok: false, error: `--region ${region}: ${code.error.code}: ${code.error.message.en}` };
  const atText = flagValue('--at');
  let at = now;
  if (atText !== undefined) {
    // An instant names its offset: a bare local time would be read in the machine's zone.
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(atText)) {
      return {
        ok: false,
        error: `--at ${atText}: an ISO instant with its offset, e.g. 2024-06-30T18:00:00+08:00`,
      };
    }
    at = new Date(atText);
    if (Number.isNaN(at.getTime())) return { ok: false, error: `--at ${atText}: not a real instant` };
    if (isInTheFuture(at, now)) return { ok: false, error: `--at ${atText}: in the future` };
  }
  const batchText = flagValue('--batch');
  const batchSize = batchText === undefined ? SUPERVISION_BATCH_SIZE : Number(batchText);
  if (!Number.isSafeInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    return { ok: false, error: `--batch ${batchText}: a whole number from 1 to 10000` };
  }
  return { ok: true, value: { regionCode: code.value, at, batchSize } };
}

/** The run as one line for the operator's log. */
export function describeRun(run: SupervisionRun): string {
  const stages = SUPERVISION_STAGES.map((stage) => `${stage} ${run.raised[stage]}`).join(', ');
  const total = SUPERVISION_STAGES.reduce((sum, stage) => sum + run.raised[stage], 0);
  return (
    `Supervised ${run.regionCode} as at ${run.at.toISOString()}: ${run.examined} open matters examined in ` +
    `${run.batches} batch(es); ${total} stage(s) raised on ${run.supervised} matter(s) (${stages}); ` +
    `${run.changedMeanwhile} changed meanwhile (the next run looks again); ${run.failed.length} could not be checked.`
  );
}

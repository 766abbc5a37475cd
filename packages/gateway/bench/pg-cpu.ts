// PostgreSQL's side of a request, when the server runs on this machine: the CPU time of the server
// processes (client backends) connected to the bench database, read from /proc. Cheap, and needs no
// extension (pg_stat_statements is not loaded on these machines). Work PostgreSQL does outside the
// backends (WAL writer, checkpointer, autovacuum) is not counted.
import { readFileSync } from 'node:fs';
import pg from 'pg';

const TICKS_PER_SECOND = 100;

function cpuTicks(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces): utime and stime are the 12th and 13th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

export interface PostgresCpu {
  /** CPU ms of the database's client backends since the last `mark`. */
  sinceMark(): Promise<number>;
  mark(): Promise<void>;
  close(): Promise<void>;
}

/** A meter for the bench database's backends, or null when PostgreSQL is not local. */
export async function postgresCpu(url: string): Promise<PostgresCpu | null> {
  const host = new URL(url).hostname;
  if (!['127.0.0.1', 'localhost', '::1', '[::1]', ''].includes(host)) return null;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const snapshot = async () => {
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pid FROM pg_stat_activity
        WHERE datname = current_database() AND backend_type = 'client backend' AND pid <> pg_backend_pid()`,
    );
    const ticks = new Map<number, number>();
    for (const { pid } of rows) {
      const value = cpuTicks(pid);
      if (value !== null) ticks.set(pid, value);
    }
    return ticks;
  };
  let marked = await snapshot();
  if (cpuTicks(process.pid) === null) {
    await client.end();
    return null;
  }
  return {
    mark: async () => {
      marked = await snapshot();
    },
    sinceMark: async () => {
      const now = await snapshot();
      let ticks = 0;
      // A backend that was not there at the mark started during the phase: all its time counts.
      for (const [pid, value] of now) ticks += value - (marked.get(pid) ?? 0);
      return (ticks * 1000) / TICKS_PER_SECOND;
    },
    close: () => client.end(),
  };
}

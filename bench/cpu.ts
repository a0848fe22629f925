import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** The fields of /proc/<pid>/stat after the command name (which may hold spaces), from the state on. */
function statFields(pid: number): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** CPU seconds (user + system) a process has used, from /proc; 0 once it is gone. */
function cpuSeconds(pid: number): number {
  try {
    const fields = statFields(pid);
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

function parentOf(pid: number): number {
  return Number(statFields(pid)[1]);
}

/** The postmaster and every process it forked (backends, writers), alive now. */
function postgresProcesses(clusterDir: string): number[] {
  const postmaster = Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const pids = [postmaster];
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid) || pid === postmaster) continue;
    try {
      if (parentOf(pid) === postmaster) pids.push(pid);
    } catch {
      // gone meanwhile
    }
  }
  return pids;
}

export interface CpuSnapshot {
  server: number;
  /** CPU seconds of each Postgres process alive at the snapshot. */
  postgres: Map<number, number>;
  /** The benchmark process itself: the load generator. */
  bench: number;
}

export interface CpuUse {
  server: number;
  postgres: number;
  bench: number;
}

function benchSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}

/** Where CPU time goes while a target is under load: the server, Postgres, the load generator. */
export class CpuMeter {
  constructor(
    private readonly serverPid: number,
    private readonly clusterDir: string,
  ) {}

  snapshot(): CpuSnapshot {
    return {
      server: cpuSeconds(this.serverPid),
      postgres: new Map(postgresProcesses(this.clusterDir).map((pid) => [pid, cpuSeconds(pid)])),
      bench: benchSeconds(),
    };
  }

  /** CPU seconds used since `start`; a backend born meanwhile counts whole, one gone meanwhile not at all. */
  since(start: CpuSnapshot): CpuUse {
    const end = this.snapshot();
    let postgres = 0;
    for (const [pid, seconds] of end.postgres) postgres += seconds - (start.postgres.get(pid) ?? 0);
    return { server: end.server - start.server, postgres, bench: end.bench - start.bench };
  }
}

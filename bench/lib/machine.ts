import os from 'node:os';
import pg from 'pg';

export interface MachineInfo {
  cores: number;
  cpu: string;
  memoryGiB: number;
  node: string;
  postgres: string;
  synchronousCommit: string;
}

/** What a figure means depends on the machine: every benchmark prints this first. */
export async function machineInfo(databaseUrl: string): Promise<MachineInfo> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0].v;
    const sync = (await client.query<{ v: string }>("SELECT current_setting('synchronous_commit') AS v")).rows[0].v;
    return {
      cores: os.availableParallelism?.() ?? os.cpus().length,
      cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      postgres: version,
      synchronousCommit: sync,
    };
  } finally {
    await client.end();
  }
}

export function describeMachine(m: MachineInfo): string {
  return `${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres} (synchronous_commit=${m.synchronousCommit}), load average ${loadAverage()}`;
}

/** Other work on the machine skews every figure: printed at the start and the end of a run. */
export function loadAverage(): string {
  return os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(' / ');
}

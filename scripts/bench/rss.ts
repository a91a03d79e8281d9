import { existsSync, readFileSync } from 'node:fs';

/** A process's resident memory in MB, from /proc; throws when the process is gone. */
export function rssMb(pid: number, logHint = 'its log'): number {
  if (!existsSync(`/proc/${pid}/status`))
    throw new Error(`the server (pid ${pid}) is gone: see ${logHint}`);
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

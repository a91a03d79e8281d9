import { existsSync, readFileSync } from 'node:fs';

/** A process's resident memory in MB, from /proc; throws when the process is gone. */
export function rssMb(pid: number, logHint = 'its log'): number {
  if (!existsSync(`/proc/${pid}/status`))
    throw new Error(`the server (pid ${pid}) is gone: see ${logHint}`);
  return statusMb(pid, 'VmRSS');
}

/** A process's peak resident memory in MB (VmHWM), 0 once it is gone. */
export function peakRssMb(pid: number): number {
  try {
    return statusMb(pid, 'VmHWM');
  } catch {
    return 0;
  }
}

function statusMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) / 1024;
}

/**
 * The processes of a server: the one process, or the primary and its workers (WEB_CONCURRENCY),
 * named for a report.
 */
export function serverProcesses(pid: number): { name: string; pid: number }[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
      .trim()
      .split(/\s+/)
      .filter(Boolean)
      .map(Number);
  } catch {
    // gone already
  }
  if (children.length === 0) return [{ name: 'server', pid }];
  return [
    { name: 'primary', pid },
    ...children.map((child, i) => ({ name: `worker ${i + 1}`, pid: child })),
  ];
}

/** The resident memory of the whole server (every process) in MB; throws when it is gone. */
export function serverRssMb(pid: number, logHint?: string): number {
  return serverProcesses(pid).reduce((sum, p) => sum + rssMb(p.pid, logHint), 0);
}

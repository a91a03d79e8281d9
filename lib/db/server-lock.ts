import { readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * A file beside the SQLite database that says a server has it open (its process id): a restore
 * refuses while that process lives, instead of swapping the file under a server that would keep
 * writing to the old one. Removed at a clean stop; a crashed server leaves it, with a dead id.
 */
export const serverLockFile = (databaseFile: string) => `${databaseFile}.server`;

export function holdServerLock(databaseFile: string): () => void {
  const file = serverLockFile(databaseFile);
  writeFileSync(file, String(process.pid), { mode: 0o600 });
  return () => rmSync(file, { force: true });
}

/** The id of a live process that holds the database open, or null. */
export function serverHolding(databaseFile: string): number | null {
  let pid: number;
  try {
    pid = Number(readFileSync(serverLockFile(databaseFile), 'utf8'));
  } catch {
    return null;
  }
  if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid) return null;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else: it still holds the file.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : null;
  }
}

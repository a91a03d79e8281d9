import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';
import { databaseUrl } from './url';

/**
 * Whether the SQLite file can be used, shared through globalThis between server.ts and the
 * Next.js bundle (each loads its own copy of this module). An open connection keeps reading a file
 * that was moved away or made unreadable, so the file itself is watched: when it goes, the
 * connection is closed (the next query then fails fast instead of answering from a ghost), pages
 * that need the database answer 503, and when it comes back the next query reconnects.
 */
type Health = {
  available: boolean;
  reason: string | null;
  openedInode: number | null;
  closers: Set<() => Promise<void>>;
};

const KEY = Symbol.for('homepress.databaseHealth');

function health(): Health {
  const holder = globalThis as { [KEY]?: Health };
  holder[KEY] ??= { available: true, reason: null, openedInode: null, closers: new Set() };
  return holder[KEY];
}

/** The SQLite file behind the URL; null for PostgreSQL (and in-memory SQLite): no file to watch. */
export function databaseFile(url = databaseUrl()): string | null {
  if (!url.startsWith('file:')) return null;
  const file = url.replace(/^file:/, '');
  return file === ':memory:' ? null : path.resolve(file);
}

export function databaseAvailable(): boolean {
  return health().available;
}

export function databaseProblem(): string | null {
  return health().reason;
}

/** Called when a connection opens (lib/db/client.ts): remembers which file it holds. */
export function connectionOpened(file: string | null, close: () => Promise<void>): void {
  const state = health();
  state.closers.add(close);
  try {
    state.openedInode = file ? statSync(/*turbopackIgnore: true*/ file).ino : null;
  } catch {
    state.openedInode = null;
  }
}

/** What is wrong with the database file right now, or null. */
export function fileProblem(file = databaseFile()): string | null {
  if (!file) return null;
  try {
    accessSync(/*turbopackIgnore: true*/ file, constants.R_OK | constants.W_OK);
    return null;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT'
      ? 'database file missing'
      : 'database file not readable';
  }
}

/** One look at the file; run every second by server.ts. */
export async function checkDatabaseFile(file = databaseFile()): Promise<boolean> {
  const state = health();
  if (!file) return true;
  const problem = fileProblem(file);
  const wasAvailable = state.available;
  // The verdict first, so requests arriving during the close below already see it.
  state.available = problem === null;
  state.reason = problem;
  if (problem) {
    if (wasAvailable) await closeAll(state);
    return false;
  }
  try {
    // The database file is data, not part of the build: keep it out of the standalone trace.
    const inode = statSync(/*turbopackIgnore: true*/ file).ino;
    if (state.openedInode !== null && inode !== state.openedInode) {
      // Replaced (a restore, or a file put back): drop the old handle, reconnect on next use.
      state.openedInode = null;
      await closeAll(state);
    }
  } catch {
    // Gone between the two looks: the next check reports it.
  }
  return true;
}

/** The verdict of a check that is not about a file (PostgreSQL: lib/db/postgres-health.ts). */
export function markDatabase(available: boolean, reason: string | null): void {
  const state = health();
  state.available = available;
  state.reason = reason;
}

/** Closes the application's connection (graceful shutdown). */
export async function closeDatabase(): Promise<void> {
  await closeAll(health());
}

async function closeAll(state: Health): Promise<void> {
  await Promise.all([...state.closers].map((close) => close()));
}

/** The synchronous part of the check, for deciding a response on the spot. */
export function databaseFileUsable(file = databaseFile()): boolean {
  return fileProblem(file) === null;
}

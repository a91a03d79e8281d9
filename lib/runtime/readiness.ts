import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { databaseAvailable, databaseProblem, fileProblem } from '../db/health';
import { prisma } from '../db/client';
import { databaseProvider } from '../db/url';
import { serverState, shuttingDown } from './lifecycle';

export type Readiness = {
  ready: boolean;
  database: string;
  migrations: string;
  /** With several workers: how many are serving, of how many started (lib/server/primary.ts). */
  workers?: string;
  shuttingDown?: true;
};

/**
 * Ready means: the server is not stopping, the database answers, and every migration shipped with
 * this build is applied. With several workers any of them answers for the whole server: the
 * primary tells each one when the server stops, and how many workers serve.
 */
export async function readiness(): Promise<Readiness> {
  const server = serverState();
  const workers = server ? { workers: `${server.listening} of ${server.expected}` } : {};
  return { ...(await ownReadiness()), ...workers };
}

async function ownReadiness(): Promise<Readiness> {
  if (shuttingDown())
    return { ready: false, database: 'not checked', migrations: 'not checked', shuttingDown: true };
  const problem =
    fileProblem() ?? (databaseAvailable() ? null : (databaseProblem() ?? 'unavailable'));
  if (problem) return { ready: false, database: problem, migrations: 'unknown' };
  try {
    // Spelled out per provider so the build can trace both folders into the standalone output.
    const folder =
      databaseProvider() === 'postgresql'
        ? path.join(process.cwd(), 'prisma', 'postgres', 'migrations')
        : path.join(process.cwd(), 'prisma', 'migrations');
    const shipped = readdirSync(folder).filter((name) => /^\d+_/.test(name));
    const rows = await prisma.$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;
    const applied = new Set(rows.map((r) => r.migration_name));
    const missing = shipped.filter((name) => !applied.has(name));
    return {
      ready: missing.length === 0,
      database: 'ok',
      migrations: missing.length ? `missing: ${missing.join(', ')}` : 'applied',
    };
  } catch (error) {
    // The query found the server gone (lib/db/postgres-health.ts marked it): say so plainly.
    if (!databaseAvailable())
      return { ready: false, database: databaseProblem() ?? 'unavailable', migrations: 'unknown' };
    // Prisma's messages start with a blank line and name the call site: keep the cause only.
    const cause =
      (error as Error).message
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .at(-1) ?? 'unknown error';
    return { ready: false, database: `error: ${cause}`, migrations: 'unknown' };
  }
}

import pg from 'pg';
import { databaseAvailable, markDatabase } from './health';

/** Prisma's codes for «cannot reach the server», «timed out reaching it», «it closed the connection». */
const UNREACHABLE = new Set(['P1001', 'P1002', 'P1017']);
/** The same, as the driver adapter reports them under a raw query's P2010. */
const UNREACHABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout']);

type PrismaLikeError = {
  code?: unknown;
  meta?: { driverAdapterError?: { cause?: { kind?: unknown } } };
} | null;

/** True for an error that means the PostgreSQL server is gone, not that a query was wrong. */
export function isUnreachable(error: unknown): boolean {
  const { code, meta } = (error ?? {}) as NonNullable<PrismaLikeError>;
  const kind = meta?.driverAdapterError?.cause?.kind;
  return (
    (typeof code === 'string' && UNREACHABLE.has(code)) ||
    (typeof kind === 'string' && UNREACHABLE_KINDS.has(kind))
  );
}

/** A query failed because the server is gone: pages answer 503 from now, not 500. */
export function reportQueryError(error: unknown): void {
  if (isUnreachable(error) && databaseAvailable()) markDatabase(false, 'database unreachable');
}

let pool: pg.Pool | null = null;

/**
 * One look at the PostgreSQL server (run every second by server.ts, like the SQLite file check):
 * marks the database unavailable while it does not answer, and available again when it does.
 */
export async function checkPostgres(url: string): Promise<boolean> {
  if (!pool) {
    pool = new pg.Pool({
      connectionString: url,
      max: 1,
      connectionTimeoutMillis: 1000,
      idleTimeoutMillis: 10_000,
    });
    // A dead server's sockets surface as pool errors: the next probe reports the outage.
    pool.on('error', () => {});
  }
  try {
    await pool.query('SELECT 1');
    if (!databaseAvailable()) markDatabase(true, null);
    return true;
  } catch {
    markDatabase(false, 'database unreachable');
    return false;
  }
}

import { z } from 'zod';
import { POSTGRES_URL } from '../db-url';

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/** The production server's settings (server.ts); README «Running in production» explains each. */
const serverConfigSchema = z.object({
  PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
  HOSTNAME: z.string().min(1).default('0.0.0.0'),
  /** 1: X-Forwarded-For and X-Forwarded-Proto come from a proxy we run (deploy/nginx). */
  TRUST_PROXY: z.enum(['0', '1']).default('0').transform((value) => value === '1'),
  SHUTDOWN_DRAIN_MS: count(2000),
  RESPONSE_CACHE_SECONDS: count(60),
  SEARCH_CACHE_SECONDS: count(30),
  RESPONSE_CACHE_MB: count(64),
  RENDER_CONCURRENCY: z.coerce.number().int().min(1).optional(),
  RENDER_QUEUE: count(2000),
  /** Set when several instances share Next.js's cache in Redis (lib/next-cache-handler.mjs). */
  REDIS_URL: z.string().optional(),
});

export type ServerConfig = Omit<z.infer<typeof serverConfigSchema>, 'RENDER_CONCURRENCY'> & { RENDER_CONCURRENCY: number };

/**
 * SQLite answers synchronously (better-sqlite3): a render holds the one thread from start to end,
 * so more than two at once only interleave them, each finishing later and holding its memory
 * longer (100,000 articles, 2,500 distinct searches at 32 connections: p99 1.1 s with 2, 1.4-1.7 s
 * with 8, same throughput). PostgreSQL queries wait on the network, and other renders use the wait.
 */
const defaultRenderConcurrency = (databaseUrl: string | undefined) => (databaseUrl && POSTGRES_URL.test(databaseUrl) ? 8 : 2);

/** Parses the settings; a bad value is an error naming the variable, before the server listens. */
export function serverConfig(source: Record<string, string | undefined>): ServerConfig {
  const present = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = serverConfigSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`Invalid server settings:\n${problems}`);
  }
  // This process's response cache learns of a publication only when this process makes it: with
  // several instances (REDIS_URL) it would keep serving what another instance just changed.
  const config = { ...parsed.data, RENDER_CONCURRENCY: parsed.data.RENDER_CONCURRENCY ?? defaultRenderConcurrency(source.DATABASE_URL) };
  return config.REDIS_URL ? { ...config, RESPONSE_CACHE_MB: 0 } : config;
}

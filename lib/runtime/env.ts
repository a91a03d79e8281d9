import { z } from 'zod';
import { DEFAULT_DATABASE_URL, POSTGRES_URL, replicaUrls } from '../db/url';

const count = (fallback: number) => z.coerce.number().int().min(0).default(fallback);

/**
 * Every environment variable the application reads, in one schema (docs/operations.md explains
 * each). next.config.js and lib/cache/next-cache-handler.mjs, which Next.js loads itself, read
 * REDIS_URL as it is; server.ts has validated it here before.
 */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Public origin used for canonical URLs, sitemaps and feeds; never taken from request headers. */
    SITE_URL: z
      .url({ protocol: /^https?$/ })
      .default('http://localhost:3000')
      .transform((url) => url.replace(/\/+$/, '')),
    /** Signs newsroom session cookies. Generated into .env.local by `npm start` when missing. */
    AUTH_SECRET: z.string().min(32, 'AUTH_SECRET must be at least 32 characters').optional(),
    DATABASE_URL: z
      .string()
      .trim()
      .min(1)
      .default(DEFAULT_DATABASE_URL)
      .refine(
        (url) => url.startsWith('file:') || POSTGRES_URL.test(url),
        'DATABASE_URL must be a SQLite file: URL or a postgresql:// URL',
      ),
    /** PostgreSQL read replicas, comma-separated: reader pages read there, the newsroom on the primary. */
    DATABASE_REPLICA_URLS: z
      .string()
      .optional()
      .transform((list) => replicaUrls(list ?? ''))
      .pipe(z.array(z.string().regex(POSTGRES_URL, 'each replica must be a postgresql:// URL'))),
    /** PostgreSQL only: connections per process; node-postgres queues beyond it. */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).default(10),
    /** Shared cache of several instances (ISR pages, data cache, tags); unset on a single machine. */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    // The production server (server.ts).
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    HOSTNAME: z.string().min(1).default('0.0.0.0'),
    /** 1: X-Forwarded-For and X-Forwarded-Proto come from a proxy we run (deploy/nginx). */
    TRUST_PROXY: z
      .enum(['0', '1'])
      .default('0')
      .transform((value) => value === '1'),
    SHUTDOWN_DRAIN_MS: count(2000),
    RESPONSE_CACHE_SECONDS: count(60),
    SEARCH_CACHE_SECONDS: count(30),
    RESPONSE_CACHE_MB: count(64),
    RENDER_CONCURRENCY: z.coerce.number().int().min(1).optional(),
    RENDER_QUEUE: count(2000),
    /**
     * Where photos are kept: a folder (`file:./data/media`, the default) or an S3-compatible bucket
     * (`s3://bucket/prefix`, with the usual AWS_* variables). docs/media.md.
     */
    MEDIA_STORAGE_URL: z
      .string()
      .trim()
      .default('file:./data/media')
      .refine(
        (url) =>
          url.startsWith('file:') || /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(url),
        'MEDIA_STORAGE_URL must be file:<folder> or s3://<bucket>[/<prefix>]',
      ),
    /** An s3:// store's region; R2 takes `auto`. Credentials: the SDK's usual AWS_* variables. */
    AWS_REGION: z.string().trim().min(1).default('us-east-1'),
    /**
     * An S3-compatible service that is not AWS (R2, MinIO, a test server): its endpoint, reached
     * with path-style addresses (bucket in the path), which all of them accept.
     */
    AWS_ENDPOINT_URL_S3: z.url({ protocol: /^https?$/ }).optional(),
    AWS_ENDPOINT_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Where readers fetch photo files from (a CDN or the bucket); unset: this server, /media/. */
    MEDIA_PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .optional()
      .transform((url) => url?.replace(/\/+$/, '')),
    /** Worker processes (lib/server/workers.ts); unset: one per core, at most MAX_DEFAULT_WORKERS. */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  })
  .refine((e) => e.DATABASE_REPLICA_URLS.length === 0 || POSTGRES_URL.test(e.DATABASE_URL), {
    path: ['DATABASE_REPLICA_URLS'],
    message: 'read replicas need DATABASE_URL on PostgreSQL',
  });

export type Env = Omit<z.infer<typeof envSchema>, 'RENDER_CONCURRENCY'> & {
  RENDER_CONCURRENCY: number;
};

/**
 * SQLite answers synchronously (better-sqlite3): a render holds the one thread from start to end,
 * so more than two at once only interleave them, each finishing later and holding its memory
 * longer (100,000 articles, 2,500 distinct searches at 32 connections: p99 1.1 s with 2, 1.4-1.7 s
 * with 8, same throughput). PostgreSQL queries wait on the network, and other renders use the wait.
 */
const defaultRenderConcurrency = (databaseUrl: string) => (POSTGRES_URL.test(databaseUrl) ? 8 : 2);

let cached: Env | undefined;

/** Validated environment; a bad value stops the process with the variable's name and the problem. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Validates an environment (process.env in production); throws naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(emptyToUndefined(source));
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((i) => `  ${i.path.join('.')}: ${i.message}`)
      .join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  const values = {
    ...parsed.data,
    RENDER_CONCURRENCY:
      parsed.data.RENDER_CONCURRENCY ?? defaultRenderConcurrency(parsed.data.DATABASE_URL),
  };
  // This process's response cache learns of a change only when this process makes it: with
  // several instances (REDIS_URL) it would keep serving what another instance just changed.
  return values.REDIS_URL ? { ...values, RESPONSE_CACHE_MB: 0 } : values;
}

function emptyToUndefined(
  source: Record<string, string | undefined>,
): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
}

import { z } from 'zod';
import { DEFAULT_DATABASE_URL, POSTGRES_URL, replicaUrls } from './db-url';

const envSchema = z.object({
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
    .refine((url) => url.startsWith('file:') || POSTGRES_URL.test(url), 'DATABASE_URL must be a SQLite file: URL or a postgresql:// URL'),
  /** PostgreSQL read replicas, comma-separated: reader pages read there, the newsroom on the primary. */
  DATABASE_REPLICA_URLS: z
    .string()
    .optional()
    .transform((list) => replicaUrls(list ?? ''))
    .pipe(z.array(z.string().regex(POSTGRES_URL, 'each replica must be a postgresql:// URL'))),
  /** Shared cache of several instances (ISR pages, data cache, tags); unset on a single machine. */
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
}).refine((e) => e.DATABASE_REPLICA_URLS.length === 0 || POSTGRES_URL.test(e.DATABASE_URL), {
  path: ['DATABASE_REPLICA_URLS'],
  message: 'read replicas need DATABASE_URL on PostgreSQL',
});

export type Env = z.infer<typeof envSchema>;

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
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
    throw new Error(`Invalid environment:\n${problems}`);
  }
  return parsed.data;
}

function emptyToUndefined(source: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(source).map(([k, v]) => [k, v === '' ? undefined : v]));
}

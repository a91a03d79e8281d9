import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { nextCookies } from 'better-auth/next-js';
import { newsroomDb } from '../db/client';
import { databaseProvider } from '../db/url';
import { env } from '../runtime/env';
import { SITE } from '../site';

export const ROLES = ['admin', 'editor'] as const;
export type Role = (typeof ROLES)[number];

export const MIN_PASSWORD_LENGTH = 12;
/** Sessions last a working day; activity extends them an hour at a time. */
const SESSION_SECONDS = 12 * 3600;

export function authSecret(): string {
  const value = env().AUTH_SECRET;
  if (value) return value;
  if (
    process.env.NODE_ENV === 'production' &&
    process.env.NEXT_PHASE !== 'phase-production-build'
  ) {
    throw new Error(
      'AUTH_SECRET is not set: run `npm start` once (it writes .env.local) or set it in the environment',
    );
  }
  // Development, tests and the build step only: never signs a production cookie.
  return 'development-only-secret-that-is-not-used-in-production';
}

/**
 * better-auth: password hashing (scrypt), sessions in the database, HttpOnly SameSite=Lax cookies,
 * Secure whenever the site is served over HTTPS. Its HTTP routes are not mounted: the newsroom signs
 * in through our server action, which throttles failures first (lib/auth/throttle.ts).
 */
export const auth = betterAuth({
  appName: SITE.name,
  baseURL: env().SITE_URL,
  secret: authSecret(),
  database: prismaAdapter(newsroomDb, { provider: databaseProvider() }),
  emailAndPassword: {
    enabled: true,
    disableSignUp: true,
    minPasswordLength: MIN_PASSWORD_LENGTH,
    maxPasswordLength: 128,
    autoSignIn: false,
  },
  user: {
    additionalFields: {
      role: { type: [...ROLES], required: false, defaultValue: 'editor', input: false },
    },
  },
  session: { expiresIn: SESSION_SECONDS, updateAge: 3600 },
  advanced: {
    cookiePrefix: 'newsroom',
    useSecureCookies: env().SITE_URL.startsWith('https://'),
    defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
  },
  trustedOrigins: [env().SITE_URL],
  rateLimit: { enabled: false },
  telemetry: { enabled: false },
  plugins: [nextCookies()],
});

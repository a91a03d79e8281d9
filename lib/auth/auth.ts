import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import type { PrismaClient } from '../../generated/prisma/client';
import { newsroomDb } from '../db/client';
import { databaseProvider } from '../db/url';
import { env } from '../runtime/env';
import { SITE } from '../site';
import { withHashedSessionTokens } from './hashed-session-tokens';
import { tokenHash } from './token-hash';

import { ROLES, type Role } from './permissions';

export { ROLES, type Role };

export const MIN_PASSWORD_LENGTH = 12;
/** Sessions last a working day; activity extends them an hour at a time... */
const SESSION_SECONDS = 12 * 3600;
/** ...but never past a week after sign-in (lib/auth/current-session.ts ends them there). */
export const ABSOLUTE_SESSION_MS = 7 * 24 * 3600_000;
/** An administrator's reset link works once, within this time. */
export const RESET_LINK_SECONDS = 3600;
/** The code better-auth's error carries when a disabled account gives the right password. */
export const ACCOUNT_DISABLED = 'ACCOUNT_DISABLED';

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
 * better-auth: password hashing (scrypt), sessions in the database (tokens stored hashed), HttpOnly
 * SameSite=Lax cookies, Secure whenever the site is served over HTTPS. Its HTTP routes are not
 * mounted: the newsroom signs in through our server action, which throttles failures first
 * (lib/auth/throttle.ts). Reset-link tokens are stored hashed too.
 */
export function createAuth(db: PrismaClient) {
  return betterAuth({
    appName: SITE.name,
    baseURL: env().SITE_URL,
    secret: authSecret(),
    database: withHashedSessionTokens(prismaAdapter(db, { provider: databaseProvider() })),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: 128,
      autoSignIn: false,
      resetPasswordTokenExpiresIn: RESET_LINK_SECONDS,
      revokeSessionsOnPasswordReset: true,
    },
    // Our own hash, so that lib/auth/accounts.ts can write a reset link in its audited transaction.
    verification: { storeIdentifier: { hash: async (identifier) => tokenHash(identifier) } },
    user: {
      additionalFields: {
        role: { type: [...ROLES], required: false, defaultValue: 'editor', input: false },
        disabledAt: { type: 'date', required: false, input: false },
      },
    },
    session: { expiresIn: SESSION_SECONDS, updateAge: 3600 },
    databaseHooks: {
      session: {
        create: {
          // After the password was checked: a disabled account gets no session, whoever asks.
          async before(session) {
            const user = await db.user.findUnique({
              where: { id: session.userId },
              select: { disabledAt: true },
            });
            if (!user || user.disabledAt)
              throw new APIError('FORBIDDEN', {
                message: 'account disabled',
                code: ACCOUNT_DISABLED,
              });
          },
        },
      },
    },
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
}

export type Auth = ReturnType<typeof createAuth>;

export const auth = createAuth(newsroomDb);

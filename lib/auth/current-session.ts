import { ABSOLUTE_SESSION_MS, ROLES, type Auth, type Role } from './auth';

export type NewsroomUser = { id: string; name: string; email: string; role: Role };

type SessionUser = { id: string; name: string; email: string; role?: string; disabledAt?: unknown };

/**
 * The newsroom user a request's session cookie belongs to, or null. Besides better-auth's sliding
 * expiry, a session ends a week after sign-in however active it was, and at once when its account
 * is disabled (disabling deletes the sessions too; this holds if a row survives a race).
 */
export async function sessionUser(
  auth: Auth,
  headers: Headers,
  now: Date = new Date(),
): Promise<NewsroomUser | null> {
  const found = await auth.api.getSession({ headers });
  if (!found) return null;
  const user = found.user as SessionUser;
  const age = now.getTime() - new Date(found.session.createdAt).getTime();
  if (user.disabledAt || age > ABSOLUTE_SESSION_MS) {
    const context = await auth.$context;
    await context.internalAdapter.deleteSession(found.session.token);
    return null;
  }
  // An unknown role gets the least a newsroom account can do.
  const role = ROLES.find((r) => r === user.role) ?? 'contributor';
  return { id: user.id, name: user.name, email: user.email, role };
}

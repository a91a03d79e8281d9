import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth, type Role } from './auth';
import { sessionUser, type NewsroomUser } from './current-session';

export type { NewsroomUser };

export const SIGN_IN_PATH = '/admin/sign-in';

/** The signed-in newsroom user of this request, or null (read once per request). */
export const getCurrentUser = cache(async (): Promise<NewsroomUser | null> =>
  sessionUser(auth, await headers()),
);

/** For pages: signed-out visitors go to the sign-in page, editors away from admin-only pages. */
export async function requirePageUser(role?: Role): Promise<NewsroomUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (role === 'admin' && user.role !== 'admin') redirect('/admin');
  return user;
}

export type Authorization = { ok: true; user: NewsroomUser } | { ok: false; error: string };

/**
 * For server actions and route handlers: each checks the session (and role) itself, not only the
 * page that shows its form. The error is the Arabic sentence the form shows.
 */
export async function authorize(role?: Role): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user)
    return {
      ok: false,
      error: 'انتهت الجلسة أو لم تسجلوا الدخول. سجلوا الدخول ثم أعيدوا المحاولة.',
    };
  if (role === 'admin' && user.role !== 'admin')
    return { ok: false, error: 'هذه العملية للمديرين فقط.' };
  return { ok: true, user };
}

/**
 * The client address: server.ts's forwardedFor step leaves exactly one in X-Forwarded-For (the
 * socket peer, or with TRUST_PROXY=1 the address our proxy reports), whatever the client wrote.
 */
export async function clientIp(): Promise<string | null> {
  return (await headers()).get('x-forwarded-for')?.trim() || null;
}

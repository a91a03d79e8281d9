import 'server-only';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { auth, type Role } from './auth';
import { sessionUser, type NewsroomUser } from './current-session';
import { hasRole } from './permissions';

export type { NewsroomUser };

export const SIGN_IN_PATH = '/admin/sign-in';

/** The signed-in newsroom user of this request, or null (read once per request). */
export const getCurrentUser = cache(async (): Promise<NewsroomUser | null> =>
  sessionUser(auth, await headers()),
);

/**
 * For pages: signed-out visitors go to the sign-in page, accounts below the page's role to the
 * newsroom's front page. Editor by default: a page open to contributors says so.
 */
export async function requirePageUser(least: Role = 'editor'): Promise<NewsroomUser> {
  const user = await getCurrentUser();
  if (!user) redirect(SIGN_IN_PATH);
  if (!hasRole(user, least)) redirect('/admin');
  return user;
}

export type Authorization = { ok: true; user: NewsroomUser } | { ok: false; error: string };

/**
 * For server actions and route handlers: each checks the session (and role) itself, not only the
 * page that shows its form. The error is the Arabic sentence the form shows. Editor by default: an
 * action open to contributors says so, and checks what they may touch itself.
 */
export async function authorize(least: Role = 'editor'): Promise<Authorization> {
  const user = await getCurrentUser();
  if (!user)
    return {
      ok: false,
      error: 'انتهت الجلسة أو لم تسجلوا الدخول. سجلوا الدخول ثم أعيدوا المحاولة.',
    };
  if (!hasRole(user, least))
    return {
      ok: false,
      error: least === 'admin' ? 'هذه العملية للمديرين فقط.' : 'هذه العملية للمحررين فقط.',
    };
  return { ok: true, user };
}

/**
 * The client address: server.ts's forwardedFor step leaves exactly one in X-Forwarded-For (the
 * socket peer, or with TRUST_PROXY=1 the address our proxy reports), whatever the client wrote.
 */
export async function clientIp(): Promise<string | null> {
  return (await headers()).get('x-forwarded-for')?.trim() || null;
}

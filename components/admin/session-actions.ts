'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { recordAudit } from '@/lib/audit/log';
import { auth } from '@/lib/auth/auth';
import { getCurrentUser, SIGN_IN_PATH } from '@/lib/auth/session';
import { newsroomDb } from '@/lib/db/client';

export async function signOutAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await auth.api.signOut({ headers: await headers() });
    await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'signed-out');
  }
  redirect(SIGN_IN_PATH);
}

/** Ends every session of this account, on every device, then this one. */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getCurrentUser();
  if (user) {
    await auth.api.revokeSessions({ headers: await headers() });
    await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'signed-out-everywhere');
  }
  redirect(SIGN_IN_PATH);
}

'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import {
  AccountError,
  endAccountSessions,
  issueResetToken,
  setAccountDisabled,
  setAccountRole,
} from '@/lib/auth/accounts';
import { ROLES } from '@/lib/auth/auth';
import { authorize } from '@/lib/auth/session';
import { newsroomDb } from '@/lib/db/client';
import { env } from '@/lib/runtime/env';
import { passwordResetPath, USERS_PATH } from '@/lib/routes';

export type AccountActionState = {
  error?: string;
  notice?: string;
  resetLink?: { url: string; expiresAt: string };
};

const command = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('disable'), userId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal('enable'), userId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal('end-sessions'), userId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal('reset-link'), userId: z.string().min(1).max(100) }),
  z.object({ intent: z.literal('role'), userId: z.string().min(1).max(100), role: z.enum(ROLES) }),
]);

/** Administrators only: what the accounts page does to one account, each step audited. */
export async function accountAction(
  _previous: AccountActionState,
  formData: FormData,
): Promise<AccountActionState> {
  const authorized = await authorize('admin');
  if (!authorized.ok) return { error: authorized.error };
  const admin = { id: authorized.user.id, name: authorized.user.name };
  const raw = Object.fromEntries(formData);
  const parsed = command.safeParse(raw.intent === undefined ? { ...raw, intent: 'role' } : raw);
  if (!parsed.success) return { error: 'طلب غير صالح.' };
  const input = parsed.data;
  try {
    let state: AccountActionState;
    switch (input.intent) {
      case 'disable':
        await setAccountDisabled(newsroomDb, admin, input.userId, true);
        state = { notice: 'عُطِّل الحساب وانتهت جلساته.' };
        break;
      case 'enable':
        await setAccountDisabled(newsroomDb, admin, input.userId, false);
        state = { notice: 'فُعِّل الحساب.' };
        break;
      case 'role':
        await setAccountRole(newsroomDb, admin, input.userId, input.role);
        state = { notice: 'تغيّر الدور.' };
        break;
      case 'end-sessions': {
        const count = await endAccountSessions(newsroomDb, admin, input.userId);
        state = { notice: `انتهت جلسات الحساب (${count}).` };
        break;
      }
      case 'reset-link': {
        const issued = await issueResetToken(newsroomDb, admin, input.userId);
        state = {
          resetLink: {
            url: `${env().SITE_URL}${passwordResetPath(issued.token)}`,
            expiresAt: issued.expiresAt.toISOString(),
          },
        };
        break;
      }
    }
    revalidatePath(USERS_PATH);
    return state;
  } catch (error) {
    if (error instanceof AccountError) return { error: error.message };
    throw error;
  }
}

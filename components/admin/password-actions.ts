'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/log';
import { auth } from '@/lib/auth/auth';
import { passwordProblems } from '@/lib/auth/password';
import { authorize, clientIp } from '@/lib/auth/session';
import { resetLinkAccount } from '@/lib/auth/user-queries';
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from '@/lib/auth/throttle';
import { newsroomDb } from '@/lib/db/client';
import { ACCOUNT_PATH } from '@/lib/routes';

export type PasswordFormState = { error?: string; done?: boolean };

const newPassword = z.object({
  password: z.string().max(256),
  confirm: z.string().max(256),
});

const EXPIRED_LINK = 'الرابط غير صالح: استُعمل من قبل أو انتهت مدته. اطلبوا رابطاً جديداً من المدير.';
const LOCKED = 'محاولات كثيرة فاشلة. أعيدوا المحاولة لاحقاً.';

function newPasswordProblem(password: string, confirm: string, email: string): string | null {
  if (password !== confirm) return 'كلمتا المرور الجديدتان غير متطابقتين.';
  const problems = passwordProblems(password, email);
  return problems.length > 0 ? problems.join(' ') : null;
}

/**
 * One's own password, with the current one: a stolen session alone cannot change it, and wrong
 * current passwords count against the same throttle as sign-in. Other devices are signed out.
 */
export async function changeOwnPasswordAction(
  _previous: PasswordFormState,
  formData: FormData,
): Promise<PasswordFormState> {
  const authorized = await authorize('contributor');
  if (!authorized.ok) return { error: authorized.error };
  const user = authorized.user;
  const parsed = newPassword
    .extend({ current: z.string().min(1).max(256) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'املؤوا الحقول الثلاثة.' };
  const { current, password, confirm } = parsed.data;
  const problem = newPasswordProblem(password, confirm, user.email);
  if (problem) return { error: problem };
  const keys = throttleKeys(user.email, await clientIp());
  if (await lockedUntil(newsroomDb, keys)) return { error: LOCKED };
  try {
    await auth.api.changePassword({
      body: { currentPassword: current, newPassword: password, revokeOtherSessions: true },
      headers: await headers(),
    });
  } catch {
    const { audit } = await recordFailure(newsroomDb, keys);
    if (audit)
      await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'password-change-failed');
    return { error: 'كلمة المرور الحالية غير صحيحة.' };
  }
  await clearFailures(newsroomDb, keys);
  await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'password-changed');
  // A new session cookie was just set: a fresh page load shows the notice under it.
  redirect(`${ACCOUNT_PATH}?changed=1`);
}

/** A colleague's new password through an administrator's one-time link; no session needed. */
export async function resetPasswordAction(
  _previous: PasswordFormState,
  formData: FormData,
): Promise<PasswordFormState> {
  const parsed = newPassword
    .extend({ token: z.string().max(200) })
    .safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'املؤوا الحقلين.' };
  const { token, password, confirm } = parsed.data;
  const account = await resetLinkAccount(token);
  if (!account) return { error: EXPIRED_LINK };
  const problem = newPasswordProblem(password, confirm, account.email);
  if (problem) return { error: problem };
  try {
    await auth.api.resetPassword({ body: { newPassword: password, token } });
  } catch {
    // Used or expired between the check above and now.
    return { error: EXPIRED_LINK };
  }
  await recordAudit(newsroomDb, { id: account.id, name: account.name }, 'password-reset');
  return { done: true };
}

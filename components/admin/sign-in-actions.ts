'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit/log';
import { auth } from '@/lib/auth/auth';
import { clientIp } from '@/lib/auth/session';
import {
  clearFailures,
  LOCK_MS,
  lockedUntil,
  recordFailure,
  throttleKeys,
} from '@/lib/auth/throttle';
import { newsroomDb } from '@/lib/db/client';

export type SignInState = { error?: string; email?: string };

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().min(1).max(256),
});

/** Same words whether the address exists or not: the page never tells which. */
const WRONG = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const LOCKED = `محاولات كثيرة فاشلة. أعيدوا المحاولة بعد ${LOCK_MS / 60_000} دقيقة.`;

export async function signInAction(
  _previous: SignInState,
  formData: FormData,
): Promise<SignInState> {
  const parsed = credentials.safeParse({
    email: formData.get('email'),
    password: formData.get('password'),
  });
  if (!parsed.success || !parsed.data.email)
    return {
      error: 'أدخلوا البريد الإلكتروني وكلمة المرور.',
      email: String(formData.get('email') ?? ''),
    };
  const { email, password } = parsed.data;
  const keys = throttleKeys(email, await clientIp());
  if (await lockedUntil(newsroomDb, keys)) return { error: LOCKED, email };

  let user: { id: string; name: string };
  try {
    const result = await auth.api.signInEmail({
      body: { email, password },
      headers: await headers(),
    });
    user = result.user;
  } catch {
    await recordFailure(newsroomDb, keys);
    await recordAudit(newsroomDb, { id: null, name: email }, 'sign-in-failed');
    return { error: (await lockedUntil(newsroomDb, keys)) ? LOCKED : WRONG, email };
  }
  await clearFailures(newsroomDb, email);
  await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'signed-in');
  redirect('/admin');
}

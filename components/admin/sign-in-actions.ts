'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { countNoun } from '@/lib/arabic/plural';
import { recordAudit } from '@/lib/audit/log';
import { isAPIError } from 'better-auth/api';
import { ACCOUNT_DISABLED, auth, authSecret } from '@/lib/auth/auth';
import {
  isKnownDevice,
  KNOWN_DEVICE_COOKIE,
  KNOWN_DEVICE_MAX_AGE_S,
  knownDeviceValue,
} from '@/lib/auth/known-device';
import { SIGN_IN_PATH } from '@/lib/auth/session';
import { env } from '@/lib/runtime/env';
import { clientIp } from '@/lib/auth/session';
import { clearFailures, lockedUntil, recordFailure, throttleKeys } from '@/lib/auth/throttle';
import { newsroomDb } from '@/lib/db/client';

export type SignInState = { error?: string; email?: string };

const credentials = z.object({
  email: z.string().trim().toLowerCase().max(200),
  password: z.string().min(1).max(256),
});

/** Same words whether the address exists or not: the page never tells which. */
const WRONG = 'البريد الإلكتروني أو كلمة المرور غير صحيحة.';
const locked = (until: Date) => {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000));
  const wait = countNoun(minutes, {
    one: 'دقيقة واحدة',
    two: 'دقيقتين',
    few: 'دقائق',
    many: 'دقيقة',
  });
  return `محاولات كثيرة فاشلة. أعيدوا المحاولة بعد ${wait}.`;
};

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
  const jar = await cookies();
  const knownDevice = isKnownDevice(authSecret(), email, jar.get(KNOWN_DEVICE_COOKIE)?.value);
  const until = await lockedUntil(newsroomDb, keys, { knownDevice });
  if (until) return { error: locked(until), email };

  let user: { id: string; name: string };
  try {
    const result = await auth.api.signInEmail({
      body: { email, password },
      headers: await headers(),
    });
    user = result.user;
  } catch (error) {
    // Only after the right password: telling its owner the account is disabled reveals nothing.
    if (isAPIError(error) && error.body?.code === ACCOUNT_DISABLED)
      return { error: 'هذا الحساب معطَّل. راجعوا مدير الموقع.', email };
    const { audit } = await recordFailure(newsroomDb, keys);
    if (audit) await recordAudit(newsroomDb, { id: null, name: email }, 'sign-in-failed');
    const now = await lockedUntil(newsroomDb, keys, { knownDevice });
    return { error: now ? locked(now) : WRONG, email };
  }
  await clearFailures(newsroomDb, keys);
  jar.set(KNOWN_DEVICE_COOKIE, knownDeviceValue(authSecret(), email), {
    httpOnly: true,
    sameSite: 'lax',
    secure: env().SITE_URL.startsWith('https://'),
    path: SIGN_IN_PATH,
    maxAge: KNOWN_DEVICE_MAX_AGE_S,
  });
  await recordAudit(newsroomDb, { id: user.id, name: user.name }, 'signed-in');
  redirect('/admin');
}

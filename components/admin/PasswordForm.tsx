'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import {
  changeOwnPasswordAction,
  resetPasswordAction,
  type PasswordFormState,
} from './password-actions';

const input = 'w-full rounded border border-line bg-white px-3 py-2';

function PasswordField({
  name,
  label,
  current = false,
}: {
  name: string;
  label: string;
  current?: boolean;
}) {
  return (
    <div>
      <label htmlFor={`password-${name}`} className="mb-1 block font-bold">
        {label}
      </label>
      <input
        id={`password-${name}`}
        name={name}
        type="password"
        dir="ltr"
        autoComplete={current ? 'current-password' : 'new-password'}
        required
        minLength={current ? undefined : 12}
        className={input}
      />
    </div>
  );
}

/** A new password: one's own (with the current one), or through a reset link's token. */
export function PasswordForm({ resetToken }: { resetToken?: string }) {
  const [state, action, pending] = useActionState<PasswordFormState, FormData>(
    resetToken ? resetPasswordAction : changeOwnPasswordAction,
    {},
  );
  if (state.done)
    return (
      <p role="status" className="rounded bg-white p-4 font-bold">
        تغيّرت كلمة المرور. <Link href="/admin/sign-in">سجلوا الدخول بها</Link>.
      </p>
    );
  return (
    <form action={action} className="grid gap-4 rounded bg-white p-4">
      {state.error && (
        <p role="alert" className="font-bold text-brand-dark">
          {state.error}
        </p>
      )}
      {resetToken ? (
        <input type="hidden" name="token" value={resetToken} />
      ) : (
        <PasswordField name="current" label="كلمة المرور الحالية" current />
      )}
      <PasswordField name="password" label="كلمة المرور الجديدة" />
      <PasswordField name="confirm" label="أعيدوا كتابة كلمة المرور الجديدة" />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white"
      >
        تغيير كلمة المرور
      </button>
    </form>
  );
}

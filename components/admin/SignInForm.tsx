'use client';

import { useActionState } from 'react';
import { signInAction, type SignInState } from './sign-in-actions';

export function SignInForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="space-y-4">
      {state.error && (
        <p role="alert" className="rounded border border-brand bg-white p-3 text-brand-dark">
          {state.error}
        </p>
      )}
      <div>
        <label htmlFor="email" className="mb-1 block font-bold">
          البريد الإلكتروني
        </label>
        <input
          id="email"
          name="email"
          type="email"
          dir="ltr"
          autoComplete="username"
          required
          defaultValue={state.email}
          className="w-full rounded border border-line bg-white px-3 py-2"
        />
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block font-bold">
          كلمة المرور
        </label>
        <input
          id="password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="current-password"
          required
          className="w-full rounded border border-line bg-white px-3 py-2"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded bg-brand px-4 py-2.5 font-bold text-white hover:bg-brand-dark disabled:opacity-60"
      >
        {pending ? 'جارٍ الدخول…' : 'دخول'}
      </button>
    </form>
  );
}

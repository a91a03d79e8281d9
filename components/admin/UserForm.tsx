'use client';

import { useActionState } from 'react';
import { createUserAction, type UserFormState } from './user-actions';

const input = 'w-full rounded border border-line bg-white px-3 py-2';

export function UserForm() {
  const [state, action, pending] = useActionState<UserFormState, FormData>(createUserAction, {});
  return (
    <form action={action} className="grid gap-4 rounded bg-white p-4 sm:grid-cols-2">
      {state.error && (
        <p role="alert" className="font-bold text-brand-dark sm:col-span-2">
          {state.error}
        </p>
      )}
      {state.created && (
        <p role="status" className="font-bold sm:col-span-2">
          أُنشئ الحساب <bdi>{state.created}</bdi>.
        </p>
      )}
      <div>
        <label htmlFor="new-email" className="mb-1 block font-bold">
          البريد الإلكتروني
        </label>
        <input id="new-email" name="email" type="email" dir="ltr" required className={input} />
      </div>
      <div>
        <label htmlFor="new-name" className="mb-1 block font-bold">
          الاسم
        </label>
        <input id="new-name" name="name" required className={input} />
      </div>
      <div>
        <label htmlFor="new-password" className="mb-1 block font-bold">
          كلمة المرور
        </label>
        <input
          id="new-password"
          name="password"
          type="password"
          dir="ltr"
          autoComplete="new-password"
          required
          minLength={12}
          className={input}
        />
      </div>
      <div>
        <label htmlFor="new-role" className="mb-1 block font-bold">
          الدور
        </label>
        <select id="new-role" name="role" className={input}>
          <option value="editor">محرر</option>
          <option value="contributor">مساهم (يكتب ويرسل للمراجعة، لا ينشر)</option>
          <option value="admin">مدير</option>
        </select>
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white sm:col-span-2"
      >
        إنشاء الحساب
      </button>
    </form>
  );
}

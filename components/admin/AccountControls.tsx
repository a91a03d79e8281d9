'use client';

import { useActionState } from 'react';
import { formatDateTime } from '@/lib/arabic/dates';
import { ROLES, type Role } from '@/lib/auth/permissions';
import { accountAction, type AccountActionState } from './account-actions';

const MAKE_ROLE: Record<Role, string> = {
  admin: 'جعله مديراً',
  editor: 'جعله محرراً',
  contributor: 'جعله مساهماً',
};

const button = 'rounded border border-line px-2 py-1 text-sm hover:bg-wash disabled:opacity-50';

/** What an administrator can do to one colleague's account, with the answer shown beside it. */
export function AccountControls({
  userId,
  email,
  role,
  disabled,
  self,
}: {
  userId: string;
  email: string;
  role: Role;
  disabled: boolean;
  self: boolean;
}) {
  const [state, action, pending] = useActionState<AccountActionState, FormData>(accountAction, {});
  return (
    <form action={action} className="flex flex-wrap items-center gap-2" aria-label={email}>
      <input type="hidden" name="userId" value={userId} />
      {!self && (
        <>
          <button
            type="submit"
            name="intent"
            value={disabled ? 'enable' : 'disable'}
            disabled={pending}
            className={button}
          >
            {disabled ? 'تفعيل' : 'تعطيل'}
          </button>
          {/* A role button posts only its role: the action reads that as a change of role. */}
          {ROLES.filter((r) => r !== role).map((r) => (
            <button
              key={r}
              type="submit"
              name="role"
              value={r}
              disabled={pending}
              className={button}
            >
              {MAKE_ROLE[r]}
            </button>
          ))}
        </>
      )}
      <button
        type="submit"
        name="intent"
        value="end-sessions"
        disabled={pending}
        className={button}
      >
        إنهاء الجلسات
      </button>
      {!disabled && (
        <button
          type="submit"
          name="intent"
          value="reset-link"
          disabled={pending}
          className={button}
        >
          رابط إعادة تعيين كلمة المرور
        </button>
      )}
      {state.error && (
        <p role="alert" className="w-full font-bold text-brand-dark">
          {state.error}
        </p>
      )}
      {state.notice && (
        <p role="status" className="w-full">
          {state.notice}
        </p>
      )}
      {state.resetLink && (
        <div role="status" className="w-full">
          <p>
            أرسلوا هذا الرابط إلى صاحب الحساب بوسيلة آمنة. يعمل مرة واحدة حتى{' '}
            <time dateTime={state.resetLink.expiresAt}>
              {formatDateTime(state.resetLink.expiresAt)}
            </time>
            :
          </p>
          <output dir="ltr" className="block break-all rounded bg-wash p-2 font-mono text-xs">
            {state.resetLink.url}
          </output>
        </div>
      )}
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { restoreRevisionAction, type RestoreState } from './revision-actions';

export function RestoreForm(props: { articleId: number; revisionId: number; version: string }) {
  const [state, action, pending] = useActionState<RestoreState, FormData>(
    restoreRevisionAction,
    {},
  );
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="articleId" value={props.articleId} />
      <input type="hidden" name="revisionId" value={props.revisionId} />
      <input type="hidden" name="version" value={props.version} />
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
      >
        استعادة هذه النسخة
      </button>
      <span className="text-sm text-muted">تُحفظ نسخةً جديدة؛ حالة النشر تبقى كما هي الآن.</span>
      {state.error && (
        <p role="alert" className="w-full font-bold text-brand-dark">
          {state.error}
        </p>
      )}
    </form>
  );
}

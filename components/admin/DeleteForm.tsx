'use client';

import { useActionState } from 'react';
import { deleteArticleAction, type DeleteState } from './article-actions';

export function DeleteForm({ id, version }: { id: number; version: string }) {
  const [state, action, pending] = useActionState<DeleteState, FormData>(deleteArticleAction, {});
  return (
    <form action={action} className="mt-6 space-y-4">
      {state.error && (
        <p role="alert" className="font-bold text-brand-dark">
          {state.error}
        </p>
      )}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" required />
        أؤكد حذف هذا المقال نهائياً
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
      >
        حذف نهائي
      </button>
    </form>
  );
}

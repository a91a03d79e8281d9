'use client';

import { useActionState } from 'react';
import { deletePhotoAction, type PhotoDeleteState } from './photo-actions';
import { articleAdminPath } from '@/lib/routes';

export function PhotoDeleteForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState<PhotoDeleteState, FormData>(
    deletePhotoAction,
    {},
  );
  return (
    <form
      action={action}
      className="mt-6 space-y-3 rounded border border-line bg-white p-4"
      aria-label="حذف الصورة"
    >
      {state.error && (
        <div role="alert" className="font-bold text-brand-dark">
          <p>{state.error}</p>
          {state.uses && (
            <ul className="mt-2 list-disc ps-6 font-normal">
              {state.uses.map((use) => (
                <li key={use.articleId}>
                  <a href={articleAdminPath(use.articleId)} className="underline">
                    {use.title}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <input type="hidden" name="id" value={id} />
      <label className="flex items-center gap-2">
        <input type="checkbox" name="confirm" value="yes" required />
        أؤكد حذف هذه الصورة وملفاتها نهائياً
      </label>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
      >
        حذف الصورة
      </button>
    </form>
  );
}

'use client';

import { useActionState } from 'react';
import { addCorrectionAction, type CorrectionFormState } from './correction-actions';

export function CorrectionForm({ articleId }: { articleId: number }) {
  const [state, action, pending] = useActionState<CorrectionFormState, FormData>(
    addCorrectionAction,
    { submission: 0 },
  );
  return (
    <form action={action} key={state.submission} className="space-y-3 rounded bg-white p-4">
      <input type="hidden" name="articleId" value={articleId} />
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 font-bold">النوع</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="correction" defaultChecked /> تصحيح (كان في المقال
          خطأ)
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="kind" value="clarification" /> توضيح (كان ناقصاً أو ملتبساً)
        </label>
      </fieldset>
      <div>
        <label htmlFor="correction-text" className="mb-1 block font-bold">
          النص كما يقرؤه القراء
        </label>
        <textarea
          id="correction-text"
          name="text"
          rows={3}
          required
          maxLength={1000}
          className="w-full rounded border border-line px-3 py-2"
        />
      </div>
      {state.error && (
        <p role="alert" className="font-bold text-brand-dark">
          {state.error}
        </p>
      )}
      {state.notice && <p role="status">{state.notice}</p>}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
      >
        نشر التصحيح
      </button>
    </form>
  );
}

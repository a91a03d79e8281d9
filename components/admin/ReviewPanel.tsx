'use client';

import { useActionState } from 'react';
import { formatDateTime } from '@/lib/arabic/dates';
import type { ReviewThread } from '@/lib/newsroom/review';
import { reviewCommentAction, type ReviewFormState } from './review-actions';

/** The review of a submission beside the editor: its state, the comments, and a reply. */
export function ReviewPanel({
  articleId,
  thread,
  canReturn,
}: {
  articleId: number;
  thread: ReviewThread;
  canReturn: boolean;
}) {
  const [state, action, pending] = useActionState<ReviewFormState, FormData>(reviewCommentAction, {
    submission: 0,
  });
  return (
    <section aria-labelledby="review-title" className="mt-8 rounded bg-white p-4">
      <h2 id="review-title" className="text-xl font-bold">
        المراجعة
      </h2>
      <p className="mt-1 text-sm" data-role="review-state">
        {thread.pending
          ? `أرسله ${thread.pending.by} للمراجعة في ${formatDateTime(thread.pending.at)}.`
          : 'ليس في قائمة المراجعة الآن.'}
      </p>
      {thread.comments.length > 0 && (
        <ol className="mt-3 space-y-2">
          {thread.comments.map((c) => (
            <li key={c.id} className="rounded border border-line p-2" data-role="review-comment">
              <p className="text-sm text-muted">
                <strong className="text-ink">{c.by}</strong> · {formatDateTime(c.at)}
              </p>
              <p className="whitespace-pre-line">{c.text}</p>
            </li>
          ))}
        </ol>
      )}
      <form action={action} key={state.submission} className="mt-3 space-y-2">
        <input type="hidden" name="articleId" value={articleId} />
        <label htmlFor="review-text" className="block font-bold">
          تعليق
        </label>
        <textarea
          id="review-text"
          name="text"
          rows={3}
          maxLength={2000}
          required
          className="w-full rounded border border-line px-3 py-2"
        />
        {state.error && (
          <p role="alert" className="font-bold text-brand-dark">
            {state.error}
          </p>
        )}
        {state.notice && <p role="status">{state.notice}</p>}
        <div className="flex flex-wrap gap-2">
          <button
            type="submit"
            name="intent"
            value="comment"
            disabled={pending}
            className="rounded border border-ink px-4 py-2 font-bold"
          >
            إضافة تعليق
          </button>
          {canReturn && thread.pending && (
            <button
              type="submit"
              name="intent"
              value="return"
              disabled={pending}
              className="rounded border border-brand px-4 py-2 font-bold text-brand-dark"
            >
              إعادة إلى الكاتب مع التعليق
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

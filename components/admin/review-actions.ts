'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/session';
import { commentOnReview, reviewCommentSchema } from '@/lib/newsroom/review';
import { articleAdminPath, REVIEW_QUEUE_PATH } from '@/lib/routes';

export type ReviewFormState = { error?: string; notice?: string; submission: number };

/**
 * A comment on a submission, or (editors) a comment that sends it back to its writer. Open to
 * contributors, who may answer on their own drafts: commentOnReview checks the article and role.
 */
export async function reviewCommentAction(
  previous: ReviewFormState,
  formData: FormData,
): Promise<ReviewFormState> {
  const next = previous.submission + 1;
  const authorized = await authorize('contributor');
  if (!authorized.ok) return { error: authorized.error, submission: next };
  const parsed = reviewCommentSchema.safeParse({
    articleId: formData.get('articleId'),
    text: formData.get('text') ?? '',
    intent: formData.get('intent'),
  });
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? 'طلب غير صالح.', submission: next };
  const result = await commentOnReview(authorized.user, parsed.data);
  if (!result.ok) return { error: result.error, submission: next };
  revalidatePath(articleAdminPath(parsed.data.articleId));
  revalidatePath(REVIEW_QUEUE_PATH);
  return {
    notice: parsed.data.intent === 'return' ? 'أُعيد المقال إلى كاتبه مع تعليقكم.' : 'أُضيف التعليق.',
    submission: next,
  };
}

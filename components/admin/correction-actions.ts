'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/session';
import { addCorrection, correctionSchema } from '@/lib/newsroom/corrections';
import { articleCorrectionsAdminPath } from '@/lib/routes';

export type CorrectionFormState = { error?: string; notice?: string; submission: number };

/** Editors only: adds a correction or clarification to a published story. */
export async function addCorrectionAction(
  previous: CorrectionFormState,
  formData: FormData,
): Promise<CorrectionFormState> {
  const next = previous.submission + 1;
  const authorized = await authorize('editor');
  if (!authorized.ok) return { error: authorized.error, submission: next };
  const parsed = correctionSchema.safeParse({
    articleId: formData.get('articleId'),
    kind: formData.get('kind'),
    text: formData.get('text') ?? '',
  });
  if (!parsed.success)
    return { error: parsed.error.issues[0]?.message ?? 'طلب غير صالح.', submission: next };
  const result = await addCorrection(authorized.user, parsed.data);
  if (!result.ok) return { error: result.error, submission: next };
  revalidatePath(articleCorrectionsAdminPath(parsed.data.articleId));
  return { notice: 'أُضيف وظهر للقراء على المقال وفي صفحة التصحيحات.', submission: next };
}

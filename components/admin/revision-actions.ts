'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { restoreRevision } from '@/lib/newsroom/revisions';
import { articleAdminPath } from '@/lib/routes';

const restoreSchema = z.object({
  articleId: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number),
  revisionId: z
    .string()
    .regex(/^\d{1,12}$/)
    .transform(Number),
  version: z.string().min(1).max(40),
});

export type RestoreState = { error?: string };

/** Restores a revision as a new save. Open to contributors on their own drafts (checked inside). */
export async function restoreRevisionAction(
  _previous: RestoreState,
  formData: FormData,
): Promise<RestoreState> {
  const authorized = await authorize('contributor');
  if (!authorized.ok) return { error: authorized.error };
  const parsed = restoreSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { error: 'طلب غير صالح.' };
  const { articleId, revisionId, version } = parsed.data;
  const result = await restoreRevision(authorized.user, articleId, revisionId, version);
  if (!result.ok) return { error: result.error };
  redirect(`${articleAdminPath(articleId)}?saved=restored`);
}

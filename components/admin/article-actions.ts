'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { removeArticle, saveFromEditor } from '@/lib/newsroom/articles';
import { EDITOR_FIELDS, readEditorForm, type FieldErrors } from '@/lib/newsroom/editor-form';
import { articleAdminPath } from '@/lib/routes';

export type EditorState = {
  errors: FieldErrors;
  values?: Record<string, string>;
  submission: number;
};

/** Save, submit, publish or unpublish from the editor. The session is checked here, not only by the page. */
export async function saveArticleAction(
  previous: EditorState,
  formData: FormData,
): Promise<EditorState> {
  const values = Object.fromEntries(EDITOR_FIELDS.map((f) => [f, String(formData.get(f) ?? '')]));
  const failed = (errors: FieldErrors): EditorState => ({
    errors,
    values,
    submission: previous.submission + 1,
  });
  // Contributors save and submit too: saveFromEditor checks what they may touch and do.
  const authorized = await authorize('contributor');
  if (!authorized.ok) return failed({ form: authorized.error });
  const form = readEditorForm(formData);
  if (!form.ok) return failed(form.errors);
  const outcome = await saveFromEditor(authorized.user, form.value);
  if (!outcome.ok) return failed(outcome.errors);
  redirect(`${articleAdminPath(outcome.id)}?saved=${outcome.action ?? 'unchanged'}`);
}

const deleteSchema = z.object({
  id: z.string().regex(/^\d+$/).transform(Number),
  version: z.string().min(1),
  confirm: z.literal('yes', { error: 'أكدوا الحذف أولاً.' }),
});

export type DeleteState = { error?: string };

export async function deleteArticleAction(
  _previous: DeleteState,
  formData: FormData,
): Promise<DeleteState> {
  const authorized = await authorize();
  if (!authorized.ok) return { error: authorized.error };
  const parsed = deleteSchema.safeParse({
    id: formData.get('id'),
    version: formData.get('version'),
    confirm: formData.get('confirm'),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'طلب غير صالح.' };
  const result = await removeArticle(authorized.user, parsed.data.id, parsed.data.version);
  if (!result.ok) return { error: result.error };
  redirect('/admin?notice=deleted');
}

'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { AUTHOR_LIMITS } from '@/lib/newsroom/author-limits';
import { AuthorWriteError, saveAuthor } from '@/lib/newsroom/authors';
import { authorAdminPath } from '@/lib/routes';

export type AuthorFormState = {
  errors: { bio?: string; photo?: string; form?: string };
  submission: number;
};

const authorSchema = z.object({
  id: z.coerce.number().int().positive(),
  bio: z.string().trim().max(AUTHOR_LIMITS.bio.max, `النبذة أطول من ${AUTHOR_LIMITS.bio.max} حرف.`),
  photo: z.union([z.literal('').transform(() => null), z.coerce.number().int().positive()]),
});

/** Saves an author's biography and portrait; the session is checked here. */
export async function saveAuthorAction(
  previous: AuthorFormState,
  formData: FormData,
): Promise<AuthorFormState> {
  const failed = (errors: AuthorFormState['errors']) => ({
    errors,
    submission: previous.submission + 1,
  });
  const authorized = await authorize();
  if (!authorized.ok) return failed({ form: authorized.error });
  const parsed = authorSchema.safeParse({
    id: formData.get('id'),
    bio: formData.get('bio') ?? '',
    photo: formData.get('photo') ?? '',
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === 'bio' ? 'bio' : issue?.path[0] === 'photo' ? 'photo' : 'form';
    return failed({ [field]: issue?.message ?? 'طلب غير صالح.' });
  }
  const { id, bio, photo } = parsed.data;
  try {
    await saveAuthor(
      id,
      { bio, photoId: photo },
      { id: authorized.user.id, name: authorized.user.name },
    );
  } catch (error) {
    if (error instanceof AuthorWriteError) return failed({ [error.field]: error.message });
    if ((error as { code?: string }).code === 'P2025')
      return failed({ form: 'هذا الكاتب غير موجود.' });
    throw error;
  }
  redirect(`${authorAdminPath(id)}?saved=1`);
}

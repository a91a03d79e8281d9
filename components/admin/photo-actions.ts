'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { authorize } from '@/lib/auth/session';
import { readPhotoDetails, type PhotoFieldErrors } from '@/lib/media/details-form';
import { expirePhotoChange } from '@/lib/media/expire-photo';
import {
  deletePhoto,
  listLibraryPhotos,
  PhotoBusyError,
  PhotoConflictError,
  PhotoInUseError,
  updatePhoto,
} from '@/lib/media/library';
import { thumbnailUrl } from '@/lib/media/urls';
import { photoAdminPath, PHOTOS_PATH } from '@/lib/routes';

export type PhotoFormState = { errors: PhotoFieldErrors; submission: number };

/** Saves a photo's alt text, caption, credit and focal point; the session is checked here. */
export async function savePhotoAction(
  previous: PhotoFormState,
  formData: FormData,
): Promise<PhotoFormState> {
  const failed = (errors: PhotoFieldErrors) => ({ errors, submission: previous.submission + 1 });
  const authorized = await authorize();
  if (!authorized.ok) return failed({ form: authorized.error });
  const form = readPhotoDetails(formData);
  if (!form.ok) return failed(form.errors);
  const { id, version, alt, caption, credit, focusX, focusY } = form.value;
  try {
    const { articleIds, authors } = await updatePhoto(
      id,
      version,
      { alt, caption, credit, focus: { x: focusX, y: focusY } },
      { id: authorized.user.id, name: authorized.user.name },
    );
    await expirePhotoChange({ articleIds, authors });
  } catch (error) {
    if (error instanceof PhotoConflictError)
      return failed({
        form: 'عدّل شخص آخر هذه الصورة بعد أن فتحتموها: أعيدوا فتح الصفحة ثم احفظوا مرة أخرى.',
      });
    if (error instanceof PhotoBusyError) return failed({ form: error.message });
    throw error;
  }
  redirect(`${photoAdminPath(id)}?saved=1`);
}

const deleteSchema = z.object({
  id: z.coerce.number().int().positive(),
  confirm: z.literal('yes', { error: 'أكدوا الحذف أولاً.' }),
});

export type PhotoDeleteState = { error?: string; uses?: { articleId: number; title: string }[] };

/** Deletes a photo no story uses; otherwise says which stories use it. */
export async function deletePhotoAction(
  _previous: PhotoDeleteState,
  formData: FormData,
): Promise<PhotoDeleteState> {
  const authorized = await authorize();
  if (!authorized.ok) return { error: authorized.error };
  const parsed = deleteSchema.safeParse({
    id: formData.get('id'),
    confirm: formData.get('confirm'),
  });
  if (!parsed.success) return { error: parsed.error.issues[0]?.message ?? 'طلب غير صالح.' };
  try {
    const shownOn = await deletePhoto(parsed.data.id, {
      id: authorized.user.id,
      name: authorized.user.name,
    });
    await expirePhotoChange(shownOn);
  } catch (error) {
    if (error instanceof PhotoInUseError)
      return {
        error: 'لا يمكن حذف هذه الصورة لأنها مستعملة في هذه المقالات: أزيلوها منها أولاً.',
        uses: error.uses.map((u) => ({ articleId: u.articleId, title: u.title })),
      };
    // The foreign key refused it: an article took the photo between the check and the delete.
    if ((error as { code?: string }).code === 'P2003')
      return { error: 'صارت الصورة مستعملة في مقال قبل لحظات: أعيدوا فتح الصفحة.' };
    throw error;
  }
  redirect(`${PHOTOS_PATH}?notice=deleted`);
}

export type PickerPhoto = { id: number; alt: string; caption: string; thumb: string };

const querySchema = z.string().max(100);

/** The editor's photo picker: library photos matching a search, newest first. */
export async function searchPhotosAction(q: string): Promise<PickerPhoto[] | { error: string }> {
  const authorized = await authorize('contributor');
  if (!authorized.ok) return { error: authorized.error };
  const query = querySchema.safeParse(q);
  const { items } = await listLibraryPhotos({ q: query.success ? query.data : '', page: 1 });
  return items.map((photo) => ({
    id: photo.id,
    alt: photo.alt,
    caption: photo.caption,
    thumb: thumbnailUrl(photo),
  }));
}

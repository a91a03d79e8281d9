'use client';

import { useActionState, useState } from 'react';
import type { NewsroomAuthor } from '@/lib/newsroom/authors';
import { AUTHOR_LIMITS } from '@/lib/newsroom/author-limits';
import { saveAuthorAction, type AuthorFormState } from './author-actions';
import { PhotoPicker } from './PhotoPicker';
import type { PickerPhoto } from './photo-actions';

/** An author's biography and portrait (from the media library). */
export function AuthorForm({ author }: { author: NewsroomAuthor }) {
  const [state, action, pending] = useActionState<AuthorFormState, FormData>(saveAuthorAction, {
    errors: {},
    submission: 0,
  });
  const [photo, setPhoto] = useState<PickerPhoto | null>(author.photo);
  const e = state.errors;
  return (
    <form action={action} className="space-y-4" aria-label="صفحة الكاتب">
      <input type="hidden" name="id" value={author.id} />
      {e.form && (
        <p role="alert" className="font-bold text-brand-dark">
          {e.form}
        </p>
      )}
      <PhotoPicker
        chosen={photo}
        onChoose={setPhoto}
        error={e.photo}
        legend="صورة الكاتب"
        emptyText="بلا صورة: تظهر صفحة الكاتب وتوقيعه دون صورة."
      />
      <div>
        <label htmlFor="bio" className="mb-1 block font-bold">
          نبذة
        </label>
        <textarea
          id="bio"
          name="bio"
          defaultValue={author.bio}
          rows={4}
          maxLength={AUTHOR_LIMITS.bio.max}
          className="w-full rounded border border-line bg-white px-3 py-2"
          aria-invalid={Boolean(e.bio)}
        />
        {e.bio && <p className="mt-1 text-sm font-bold text-brand-dark">{e.bio}</p>}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand px-4 py-2 font-bold text-white"
      >
        {pending ? 'يُحفظ…' : 'حفظ'}
      </button>
    </form>
  );
}

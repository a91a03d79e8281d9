'use client';

import { parseBody } from '@/lib/documents/parse';
import { ArticleBody } from '@/components/article/ArticleBody';
import { IsolatedText } from '@/components/ui/IsolatedText';
import type { PickerPhoto } from './photo-actions';

/** The article as readers will see it, rendered by the same components as the site. */
export function LivePreview({
  title,
  dek,
  body,
  photo,
}: {
  title: string;
  dek: string;
  body: string;
  photo?: PickerPhoto | null;
}) {
  const parsed = parseBody(body);
  return (
    <article className="rounded border border-line bg-white p-4" aria-label="معاينة">
      <p className="mb-2 text-sm font-bold text-muted">معاينة</p>
      <h2 className="text-3xl font-bold">
        <IsolatedText text={title || 'العنوان'} />
      </h2>
      <p className="mt-3 text-lg font-bold text-ink/85">
        <IsolatedText text={dek || 'التمهيد'} />
      </p>
      {photo && (
        // The square thumbnail: the reader page shows the 16:9 crop of the same photo.
        // eslint-disable-next-line @next/next/no-img-element -- our own rendition
        <img
          src={photo.thumb}
          alt={photo.alt}
          width={160}
          height={160}
          className="mt-4 size-40 rounded"
        />
      )}
      {parsed.ok ? (
        <ArticleBody blocks={parsed.blocks} />
      ) : (
        <p className="mt-4 text-brand-dark">{parsed.errors.map((e) => e.message).join(' ')}</p>
      )}
    </article>
  );
}

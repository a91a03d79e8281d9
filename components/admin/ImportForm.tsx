'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { importAction, type ImportState } from './import-actions';
import { articleAdminPath } from '@/lib/routes';

const LABELS = {
  imported: 'استُورد كمسودة',
  duplicate: 'موجود من قبل، لم يُكرَّر',
  failed: 'رُفض',
} as const;

export function ImportForm({ categories }: { categories: { slug: string; name: string }[] }) {
  const [state, action, pending] = useActionState<ImportState, FormData>(importAction, {});
  return (
    <>
      <form action={action} className="space-y-4 rounded bg-white p-4">
        {state.error && (
          <p role="alert" className="font-bold text-brand-dark">
            {state.error}
          </p>
        )}
        <div>
          <label htmlFor="files" className="mb-1 block font-bold">
            الوثائق (‎.txt بترميز UTF-8)
          </label>
          <input id="files" name="files" type="file" accept=".txt,text/plain" multiple required />
        </div>
        <div>
          <label htmlFor="import-category" className="mb-1 block font-bold">
            قسم المسودات
          </label>
          <select
            id="import-category"
            name="category"
            className="rounded border border-line px-2 py-1.5"
          >
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <button
          type="submit"
          disabled={pending}
          className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
        >
          {pending ? 'جارٍ الاستيراد…' : 'استيراد'}
        </button>
      </form>
      {state.rows && (
        <section aria-label="نتيجة الاستيراد" className="mt-6 rounded bg-white p-4">
          <h2 className="mb-2 text-lg font-bold">نتيجة الاستيراد</h2>
          <ul className="space-y-3">
            {state.rows.map((row, i) => (
              <li key={i} data-outcome={row.outcome}>
                <bdi className="font-bold">{row.name}</bdi>: {LABELS[row.outcome]}
                {row.id && (
                  <>
                    {' '}
                    <Link href={articleAdminPath(row.id)} className="text-brand underline">
                      فتح المقال {row.id}
                    </Link>
                  </>
                )}
                {row.errors && (
                  <ul className="mt-1 list-inside list-disc text-sm text-brand-dark">
                    {row.errors.map((error, j) => (
                      <li key={j}>{error}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

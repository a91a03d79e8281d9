'use server';

import { z } from 'zod';
import { expireArticleChange } from '@/lib/publishing/expire-change';
import { authorize } from '@/lib/auth/session';
import { newsroomDb } from '@/lib/db/client';
import { MAX_DOCUMENT_BYTES } from '@/lib/documents/parse';
import { importDocument, MAX_IMPORT_FILES } from '@/lib/newsroom/import';

export type ImportRow = {
  name: string;
  outcome: 'imported' | 'duplicate' | 'failed';
  id?: number;
  errors?: string[];
};
export type ImportState = { error?: string; rows?: ImportRow[] };

const categorySchema = z.string().trim().min(1);

/** Imports uploaded documents as drafts, one transaction each; a bad file is reported, never half-written. */
export async function importAction(
  _previous: ImportState,
  formData: FormData,
): Promise<ImportState> {
  const authorized = await authorize();
  if (!authorized.ok) return { error: authorized.error };
  const { user } = authorized;
  const category = categorySchema.safeParse(formData.get('category'));
  if (!category.success) return { error: 'اختاروا قسماً للمسودات.' };
  const files = formData.getAll('files').filter((f): f is File => f instanceof File && f.size > 0);
  if (files.length === 0) return { error: 'اختاروا ملفاً واحداً على الأقل بصيغة ‎.txt.' };
  if (files.length > MAX_IMPORT_FILES)
    return { error: `${MAX_IMPORT_FILES} ملفاً على الأكثر في كل مرة.` };
  const rows: ImportRow[] = [];
  for (const file of files) {
    if (!file.name.toLowerCase().endsWith('.txt')) {
      rows.push({ name: file.name, outcome: 'failed', errors: ['الملف ليس بصيغة ‎.txt.'] });
      continue;
    }
    if (file.size > MAX_DOCUMENT_BYTES) {
      rows.push({
        name: file.name,
        outcome: 'failed',
        errors: [`حجم الملف يتجاوز ${MAX_DOCUMENT_BYTES} بايت.`],
      });
      continue;
    }
    const outcome = await importDocument(
      newsroomDb,
      file.name,
      new Uint8Array(await file.arrayBuffer()),
      {
        categorySlug: category.data,
        actor: { id: user.id, name: user.name },
      },
    );
    if (outcome.outcome === 'imported') {
      await expireArticleChange(null, outcome.result.after);
      rows.push({ name: file.name, outcome: 'imported', id: outcome.id });
    } else if (outcome.outcome === 'duplicate')
      rows.push({ name: file.name, outcome: 'duplicate', id: outcome.id });
    else rows.push({ name: file.name, outcome: 'failed', errors: outcome.errors });
  }
  return { rows };
}

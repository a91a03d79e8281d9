import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CorrectionForm } from '@/components/admin/CorrectionForm';
import { CORRECTION_LABELS } from '@/components/article/ArticleCorrections';
import { DateTime } from '@/components/ui/DateTime';
import { parseArticleId } from '@/lib/articles/params';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/newsroom/articles';
import { listArticleCorrections } from '@/lib/newsroom/corrections';
import { articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'تصحيحات مقال' };

export default async function ArticleCorrectionsPage({
  params,
}: {
  params: Promise<{ id: string }>;
}) {
  await requirePageUser('editor');
  const id = parseArticleId((await params).id);
  const article = id ? await getEditableArticle(id) : null;
  if (!article) notFound();
  const corrections = await listArticleCorrections(article.id);
  return (
    <>
      <h1 className="text-2xl font-bold">التصحيحات والتوضيحات</h1>
      <p className="mb-4 mt-1">
        <Link href={articleAdminPath(article.id)} className="underline">
          {article.title}
        </Link>
      </p>
      {article.status === 'published' ? (
        <CorrectionForm articleId={article.id} />
      ) : (
        <p className="rounded bg-white p-4">التصحيح يُضاف إلى مقال منشور فقط.</p>
      )}
      <ul className="mt-6 grid gap-2">
        {corrections.map((c) => (
          <li key={c.id} className="rounded bg-white p-3">
            <p className="text-sm text-muted">
              <strong className="text-ink">
                {c.kind === 'clarification'
                  ? CORRECTION_LABELS.clarification
                  : CORRECTION_LABELS.correction}
              </strong>{' '}
              <DateTime value={c.at} /> · {c.by}
            </p>
            <p>{c.text}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

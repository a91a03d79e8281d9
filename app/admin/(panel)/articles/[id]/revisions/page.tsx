import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DateTime } from '@/components/ui/DateTime';
import { parseArticleId } from '@/lib/articles/params';
import { mayEditArticle } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/newsroom/articles';
import { listRevisions } from '@/lib/newsroom/revisions';
import { articleAdminPath, articleRevisionPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'النسخ السابقة' };

const kb = (bytes: number) =>
  `${(bytes / 1024).toLocaleString('ar-MA', { maximumFractionDigits: 1 })} ك.ب`;

export default async function RevisionsPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser('contributor');
  const id = parseArticleId((await params).id);
  const article = id ? await getEditableArticle(id) : null;
  if (!article || !mayEditArticle(user, article.access)) notFound();
  const { items, totalBytes } = await listRevisions(article.id);
  return (
    <>
      <h1 className="text-2xl font-bold">النسخ السابقة</h1>
      <p className="mb-4 mt-1">
        <Link href={articleAdminPath(article.id)} className="underline">
          {article.title}
        </Link>
      </p>
      <p className="mb-4 text-sm text-muted">
        كل حفظ يُبقي نسخة: كل النسخ لثلاثين يوماً، ثم آخر نسخة من كل يوم. {items.length} نسخة،{' '}
        {kb(totalBytes)} مضغوطة.
      </p>
      {items.length === 0 ? (
        <p className="rounded bg-white p-4">لا نسخ بعد: تُسجَّل النسخ من أول حفظ في غرفة الأخبار.</p>
      ) : (
        <ol className="grid gap-2" aria-label="النسخ">
          {items.map((r) => (
            <li key={r.id} className="rounded bg-white p-3" data-revision={r.id}>
              <Link href={articleRevisionPath(article.id, r.id)} className="font-bold underline">
                النسخة {r.id}
              </Link>{' '}
              <span className="text-sm text-muted">
                <DateTime value={r.at} /> · {r.by}
              </span>
              <p className="text-sm">{r.what}</p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

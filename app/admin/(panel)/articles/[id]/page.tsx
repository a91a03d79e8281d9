import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { parseArticleId } from '@/lib/articles/params';
import { requirePageUser } from '@/lib/auth/session';
import { toCasablancaLocalInput } from '@/lib/arabic/dates';
import { getEditableArticle, newsroomChoices } from '@/lib/newsroom/articles';
import { articleDeletePath, articlePath } from '@/lib/routes';

export const metadata: Metadata = { title: 'تحرير مقال' };

const SAVED: Record<string, string> = {
  created: 'حُفظت المسودة.',
  edited: 'حُفظت التعديلات.',
  published: 'نُشر المقال.',
  scheduled: 'جُدول المقال للنشر في الوقت المحدد.',
  unpublished: 'سُحب المقال من النشر.',
  unchanged: 'لا تغييرات للحفظ.',
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requirePageUser();
  const id = parseArticleId((await params).id);
  const article = id ? await getEditableArticle(id) : null;
  if (!article) notFound();
  const { categories, authors } = await newsroomChoices();
  const saved = (await searchParams).saved;
  const notice = typeof saved === 'string' ? SAVED[saved] : undefined;
  return (
    <>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">تحرير مقال</h1>
        <StatusBadge status={article.status} />
        {article.status === 'published' && (
          // A plain link: the router would prefetch (and so re-render) the public page while it is edited.
          <a href={articlePath(article.id, article.slug)} className="text-brand underline">
            عرض في الموقع
          </a>
        )}
        <Link
          href={articleDeletePath(article.id)}
          className="ms-auto text-sm text-brand-dark underline"
        >
          حذف المقال
        </Link>
      </div>
      {notice && (
        <p role="status" className="mb-4 rounded bg-white p-3 font-bold">
          {notice}
        </p>
      )}
      <ArticleEditor
        key={article.version}
        initial={{
          ...article,
          publishAt: article.publishedAt ? toCasablancaLocalInput(article.publishedAt) : '',
        }}
        categories={categories}
        authors={authors}
      />
    </>
  );
}

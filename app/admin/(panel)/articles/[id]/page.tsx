import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { parseArticleId } from '@/lib/articles/params';
import { requirePageUser } from '@/lib/auth/session';
import { toCasablancaLocalInput } from '@/lib/arabic/dates';
import { getEditableArticle, newsroomChoices } from '@/lib/newsroom/articles';
import {
  articleCorrectionsAdminPath,
  articleDeletePath,
  articlePath,
  articleRevisionsPath,
} from '@/lib/routes';
import { ReviewPanel } from '@/components/admin/ReviewPanel';
import { mayEditArticle, mayPublish } from '@/lib/auth/permissions';
import { getReviewThread } from '@/lib/newsroom/review';

export const metadata: Metadata = { title: 'تحرير مقال' };

const SAVED: Record<string, string> = {
  created: 'حُفظت المسودة.',
  edited: 'حُفظت التعديلات.',
  published: 'نُشر المقال.',
  scheduled: 'جُدول المقال للنشر في الوقت المحدد.',
  unpublished: 'سُحب المقال من النشر.',
  unchanged: 'لا تغييرات للحفظ.',
  submitted: 'أُرسل المقال للمراجعة: سيراه المحررون في قائمة المراجعة.',
  restored: 'استُعيدت النسخة وحُفظت نسخةً جديدة.',
};

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const user = await requirePageUser('contributor');
  const id = parseArticleId((await params).id);
  const article = id ? await getEditableArticle(id) : null;
  // A contributor is told nothing of articles that are not theirs to edit.
  if (!article) notFound();
  const { access, ...fields } = article;
  if (!mayEditArticle(user, access)) notFound();
  const editor = mayPublish(user);
  const [{ categories, authors }, review] = await Promise.all([
    newsroomChoices(),
    getReviewThread(article.id),
  ]);
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
        <nav aria-label="عن هذا المقال" className="ms-auto flex flex-wrap gap-3 text-sm">
          <Link href={articleRevisionsPath(article.id)} className="underline">
            النسخ السابقة
          </Link>
          {editor && article.status === 'published' && (
            <Link href={articleCorrectionsAdminPath(article.id)} className="underline">
              التصحيحات
            </Link>
          )}
          {editor && (
            <Link href={articleDeletePath(article.id)} className="text-brand-dark underline">
              حذف المقال
            </Link>
          )}
        </nav>
      </div>
      {notice && (
        <p role="status" className="mb-4 rounded bg-white p-3 font-bold">
          {notice}
        </p>
      )}
      <ArticleEditor
        key={article.version}
        initial={{
          ...fields,
          publishAt: article.publishedAt ? toCasablancaLocalInput(article.publishedAt) : '',
        }}
        categories={categories}
        authors={authors}
        canPublish={editor}
      />
      {(review.pending || review.comments.length > 0 || article.status === 'review') && (
        <ReviewPanel articleId={article.id} thread={review} canReturn={editor} />
      )}
    </>
  );
}

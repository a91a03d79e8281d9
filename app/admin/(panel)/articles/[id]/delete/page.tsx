import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { DeleteForm } from '@/components/admin/DeleteForm';
import { parseArticleId } from '@/lib/articles/params';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/newsroom/articles';
import { articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'حذف مقال' };

export default async function DeleteArticlePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageUser();
  const id = parseArticleId((await params).id);
  const article = id ? await getEditableArticle(id) : null;
  if (!article) notFound();
  return (
    <div className="max-w-xl rounded bg-white p-6">
      <h1 className="text-2xl font-bold">حذف مقال</h1>
      <p className="mt-4">
        سيُحذف المقال «<bdi>{article.title}</bdi>» نهائياً من الموقع ومن البحث وخرائط الموقع
        والخلاصات. لا يمكن التراجع عن الحذف.
      </p>
      <DeleteForm id={article.id} version={article.version} />
      <p className="mt-6">
        <Link href={articleAdminPath(article.id)} className="underline">
          العودة إلى المقال
        </Link>
      </p>
    </div>
  );
}

import type { Metadata } from 'next';
import { ArticleEditor } from '@/components/admin/ArticleEditor';
import { mayPublish } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { newsroomChoices } from '@/lib/newsroom/articles';

export const metadata: Metadata = { title: 'مقال جديد' };

export default async function NewArticlePage() {
  const user = await requirePageUser('contributor');
  const { categories, authors } = await newsroomChoices();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">مقال جديد</h1>
      <ArticleEditor
        initial={{
          title: '',
          slug: '',
          dek: '',
          body: '',
          category: categories[0]?.slug ?? '',
          tags: '',
          author: user.name,
          publishAt: '',
          status: 'new',
          photo: null,
        }}
        categories={categories}
        authors={authors}
        canPublish={mayPublish(user)}
      />
    </>
  );
}

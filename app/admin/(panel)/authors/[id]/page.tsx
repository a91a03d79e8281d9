import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AuthorForm } from '@/components/admin/AuthorForm';
import { requirePageUser } from '@/lib/auth/session';
import { getNewsroomAuthor } from '@/lib/newsroom/authors';
import { AUTHORS_ADMIN_PATH, authorPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'صفحة كاتب' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function AuthorPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { id: raw } = await params;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const author = id ? await getNewsroomAuthor(id) : null;
  if (!author) notFound();
  const saved = (await searchParams).saved === '1';
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={AUTHORS_ADMIN_PATH} className="text-brand underline">
          الكتّاب
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">{author.name}</h1>
      <p className="mb-4 text-sm text-muted">
        {author.articles} مقال،{' '}
        <Link href={authorPath(author.slug)} className="underline">
          صفحته في الموقع
        </Link>
      </p>
      {saved && (
        <p role="status" className="mb-4 rounded bg-white p-3">
          حُفظت صفحة الكاتب.
        </p>
      )}
      <div className="max-w-xl rounded bg-white p-4">
        <AuthorForm author={author} />
      </div>
    </>
  );
}

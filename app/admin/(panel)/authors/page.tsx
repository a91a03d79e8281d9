import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/session';
import { listNewsroomAuthors } from '@/lib/newsroom/authors';
import { authorAdminPath, authorPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'الكتّاب' };

export default async function AuthorsPage() {
  await requirePageUser();
  const authors = await listNewsroomAuthors();
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">الكتّاب</h1>
      <ul className="space-y-2">
        {authors.map((author) => (
          <li key={author.id} className="flex items-center gap-3 rounded bg-white p-3">
            {author.photo ? (
              // eslint-disable-next-line @next/next/no-img-element -- our own renditions
              <img
                src={author.photo.thumb}
                width={48}
                height={48}
                alt=""
                className="size-12 rounded-full object-cover"
              />
            ) : (
              <span aria-hidden className="size-12 rounded-full bg-line" />
            )}
            <span className="grow">
              <Link href={authorAdminPath(author.id)} className="font-bold text-brand underline">
                {author.name}
              </Link>
              <span className="block text-sm text-muted">
                {author.articles} مقال{author.photo ? '' : '، بلا صورة'}
              </span>
            </span>
            <Link href={authorPath(author.slug)} className="text-sm underline">
              صفحته في الموقع
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

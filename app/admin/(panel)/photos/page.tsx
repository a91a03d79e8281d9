import type { Metadata } from 'next';
import Link from 'next/link';
import { PhotoUploader } from '@/components/admin/PhotoUploader';
import { requirePageUser } from '@/lib/auth/session';
import { listLibraryPhotos } from '@/lib/media/library';
import { readLibraryParams } from '@/lib/media/library-params';
import { thumbnailUrl } from '@/lib/media/urls';
import { photoAdminPath, PHOTOS_PATH } from '@/lib/routes';

export const metadata: Metadata = { title: 'مكتبة الصور' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = { deleted: 'حُذفت الصورة.' };

export default async function PhotoLibraryPage({ searchParams }: Props) {
  await requirePageUser('contributor');
  const raw = await searchParams;
  const params = readLibraryParams(raw);
  const { items, total, pageCount } = await listLibraryPhotos(params);
  const notice = typeof raw.notice === 'string' ? NOTICES[raw.notice] : undefined;
  const pageHref = (page: number) =>
    `${PHOTOS_PATH}?${new URLSearchParams({
      ...(params.q ? { q: params.q } : {}),
      ...(params.unused ? { unused: '1' } : {}),
      page: String(page),
    })}`;
  return (
    <>
      <h1 className="mb-4 text-2xl font-bold">مكتبة الصور</h1>
      {notice && (
        <p role="status" className="mb-4 rounded bg-white p-3">
          {notice}
        </p>
      )}
      <PhotoUploader />
      <form
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3 rounded bg-white p-4"
        aria-label="البحث في الصور"
      >
        <label className="flex grow flex-col text-sm">
          بحث في النص البديل والتعليق والمصدر
          <input
            type="search"
            name="q"
            defaultValue={params.q}
            maxLength={100}
            className="mt-1 rounded border border-line px-2 py-1.5"
          />
        </label>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="unused" value="1" defaultChecked={params.unused} />
          غير المستعملة فقط
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-2 font-bold text-white">
          بحث
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">{total} صورة</p>
      <ul className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {items.map((photo) => (
          <li key={photo.id} className="rounded bg-white p-2">
            <Link href={photoAdminPath(photo.id)} className="block">
              {/* eslint-disable-next-line @next/next/no-img-element -- our own renditions */}
              <img
                src={thumbnailUrl(photo)}
                width={320}
                height={320}
                alt={photo.alt || `صورة رقم ${photo.id} بلا نص بديل`}
                className="h-auto w-full rounded"
                loading="lazy"
              />
              <span className="mt-1 block text-sm font-bold">#{photo.id}</span>
              <span className="block truncate text-sm">{photo.alt || 'بلا نص بديل'}</span>
              <span className="block text-xs text-muted">
                {photo.uses.length ? `مستعملة في ${photo.uses.length}` : 'غير مستعملة'}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {pageCount > 1 && (
        <nav aria-label="صفحات المكتبة" className="mt-4 flex gap-3">
          {params.page > 1 && <Link href={pageHref(params.page - 1)}>الصفحة السابقة</Link>}
          {params.page < pageCount && <Link href={pageHref(params.page + 1)}>الصفحة التالية</Link>}
        </nav>
      )}
    </>
  );
}

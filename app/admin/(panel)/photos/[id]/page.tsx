import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PhotoDeleteForm } from '@/components/admin/PhotoDeleteForm';
import { PhotoEditor } from '@/components/admin/PhotoEditor';
import { DateTime } from '@/components/ui/DateTime';
import { requirePageUser } from '@/lib/auth/session';
import { getLibraryPhoto } from '@/lib/media/library';
import { cropRenditions, type Crop } from '@/lib/media/renditions';
import { renditionUrl } from '@/lib/media/urls';
import { PHOTOS_PATH, articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'صورة' };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const CROP_LABELS: Record<Exclude<Crop, 'original'>, string> = {
  wide: '16:9 (رأس المقال)',
  standard: '4:3 (البطاقات)',
  square: '1:1 (نتائج البحث)',
};

export default async function PhotoPage({ params, searchParams }: Props) {
  await requirePageUser();
  const { id: raw } = await params;
  const id = /^\d{1,9}$/.test(raw) ? Number(raw) : null;
  const photo = id ? await getLibraryPhoto(id) : null;
  if (!photo) notFound();
  const saved = (await searchParams).saved === '1';
  const webp = (crop: Crop, max: number) => {
    const all = cropRenditions(photo, crop).filter((r) => r.format === 'webp');
    return all.filter((r) => r.width <= max).at(-1) ?? all[0]!;
  };
  const preview = webp('original', 1080);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={PHOTOS_PATH} className="text-brand underline">
          مكتبة الصور
        </Link>
      </p>
      <h1 className="mb-2 text-2xl font-bold">صورة رقم {photo.id}</h1>
      <p className="mb-4 text-sm text-muted">
        {photo.width} × {photo.height} بكسل، {photo.format.toUpperCase()}، رفعها{' '}
        {photo.uploadedBy || '—'} في <DateTime value={photo.createdAt} />
      </p>
      {saved && (
        <p role="status" className="mb-4 rounded bg-white p-3">
          حُفظت بيانات الصورة.
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <PhotoEditor
          photo={{
            id: photo.id,
            version: photo.version,
            alt: photo.alt,
            caption: photo.caption,
            credit: photo.credit,
            focus: photo.focus,
          }}
          preview={{
            src: renditionUrl(preview.name),
            width: preview.width,
            height: preview.height,
          }}
        />
        <div>
          <h2 className="mb-2 text-lg font-bold">القصّات كما يراها القراء</h2>
          <ul className="grid grid-cols-3 gap-3">
            {(Object.keys(CROP_LABELS) as (keyof typeof CROP_LABELS)[]).map((crop) => {
              const file = webp(crop, 480);
              return (
                <li key={crop} className="text-sm">
                  {/* eslint-disable-next-line @next/next/no-img-element -- our own rendition */}
                  <img
                    src={renditionUrl(file.name)}
                    width={file.width}
                    height={file.height}
                    alt=""
                    className="h-auto w-full rounded"
                    data-crop={crop}
                  />
                  {CROP_LABELS[crop]}
                </li>
              );
            })}
          </ul>
          <h2 className="mb-2 mt-6 text-lg font-bold">أين تُستعمل</h2>
          {photo.uses.length === 0 ? (
            <p className="text-muted">لا يستعملها أي مقال.</p>
          ) : (
            <ul className="list-disc ps-6" aria-label="المقالات التي تستعملها">
              {photo.uses.map((use) => (
                <li key={use.articleId}>
                  <Link href={articleAdminPath(use.articleId)} className="underline">
                    {use.title}
                  </Link>{' '}
                  ({use.lead ? 'صورة رئيسية' : 'داخل المتن'})
                </li>
              ))}
            </ul>
          )}
          <PhotoDeleteForm id={photo.id} />
        </div>
      </div>
    </>
  );
}

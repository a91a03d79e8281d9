import type { Metadata } from 'next';
import Link from 'next/link';
import { DateTime } from '@/components/ui/DateTime';
import { requirePageUser } from '@/lib/auth/session';
import { listReviewQueue } from '@/lib/newsroom/review';
import { articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'المراجعة' };

export default async function ReviewQueuePage() {
  await requirePageUser('editor');
  const items = await listReviewQueue();
  return (
    <>
      <h1 className="mb-2 text-2xl font-bold">بانتظار المراجعة</h1>
      <p className="mb-4 text-muted">
        مقالات أرسلها المساهمون، الأقدم أولاً. افتحوا المقال لنشره أو لإعادته إلى كاتبه مع تعليق.
      </p>
      {items.length === 0 ? (
        <p className="rounded bg-white p-4">لا شيء بانتظار المراجعة.</p>
      ) : (
        <ul className="grid gap-2" aria-label="قائمة المراجعة">
          {items.map((item) => (
            <li key={item.articleId} className="rounded bg-white p-3">
              <Link href={articleAdminPath(item.articleId)} className="font-bold underline">
                {item.title}
              </Link>
              <p className="text-sm text-muted">
                {item.submittedBy} · <DateTime value={item.submittedAt} />
                {item.comments > 0 && ` · ${item.comments} تعليق`}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

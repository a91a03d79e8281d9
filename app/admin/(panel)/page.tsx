import type { Metadata } from 'next';
import Link from 'next/link';
import { StatusBadge } from '@/components/admin/StatusBadge';
import { DateTime } from '@/components/ui/DateTime';
import { hasRole } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { listNewsroomArticles, newsroomChoices } from '@/lib/newsroom/articles';
import { readListParams } from '@/lib/newsroom/list-params';
import { STATUS_FILTERS, STATUS_LABELS } from '@/lib/newsroom/status';
import { articleAdminPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'المقالات' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: Record<string, string> = { deleted: 'حُذف المقال.' };

export default async function ArticleListPage({ searchParams }: Props) {
  const user = await requirePageUser('contributor');
  const raw = await searchParams;
  const params = readListParams(raw);
  const [{ items, total, pageCount }, { categories }] = await Promise.all([
    listNewsroomArticles({
      ...params,
      ...(hasRole(user, 'editor') ? {} : { createdById: user.id }),
    }),
    newsroomChoices(),
  ]);
  const notice = typeof raw.notice === 'string' ? NOTICES[raw.notice] : undefined;
  const pageHref = (page: number) => {
    const query = new URLSearchParams({
      status: params.status,
      ...(params.categoryId ? { category: String(params.categoryId) } : {}),
      ...(params.q ? { q: params.q } : {}),
      page: String(page),
    });
    return `/admin?${query}`;
  };
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">المقالات</h1>
        <Link
          href="/admin/articles/new"
          className="rounded bg-brand px-4 py-2 font-bold text-white hover:bg-brand-dark"
        >
          مقال جديد
        </Link>
      </div>
      {notice && (
        <p role="status" className="mt-4 rounded bg-white p-3">
          {notice}
        </p>
      )}
      <form
        method="get"
        className="mt-4 flex flex-wrap items-end gap-3 rounded bg-white p-4"
        aria-label="تصفية المقالات"
      >
        <label className="flex flex-col text-sm">
          الحالة
          <select
            name="status"
            defaultValue={params.status}
            className="mt-1 rounded border border-line px-2 py-1.5"
          >
            {STATUS_FILTERS.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          القسم
          <select
            name="category"
            defaultValue={params.categoryId ?? ''}
            className="mt-1 rounded border border-line px-2 py-1.5"
          >
            <option value="">كل الأقسام</option>
            {categories.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-1 flex-col text-sm">
          بحث في العناوين
          <input
            name="q"
            type="search"
            defaultValue={params.q}
            className="mt-1 rounded border border-line px-2 py-1.5"
          />
        </label>
        <button type="submit" className="rounded bg-ink px-4 py-2 font-bold text-white">
          تصفية
        </button>
      </form>
      <p className="mt-4 text-sm text-muted">{total} مقال</p>
      <table className="mt-2 w-full border-collapse bg-white text-start text-sm">
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="p-2 text-start">
              العنوان
            </th>
            <th scope="col" className="p-2 text-start">
              الحالة
            </th>
            <th scope="col" className="hidden p-2 text-start md:table-cell">
              القسم
            </th>
            <th scope="col" className="hidden p-2 text-start md:table-cell">
              النشر
            </th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-line">
              <td className="p-2">
                <Link
                  href={articleAdminPath(item.id)}
                  className="font-bold hover:text-brand hover:underline"
                >
                  {item.title}
                </Link>
                <span className="block text-muted">{item.author}</span>
              </td>
              <td className="p-2">
                <StatusBadge status={item.status} />
              </td>
              <td className="hidden p-2 md:table-cell">{item.category}</td>
              <td className="hidden p-2 md:table-cell">
                {item.publishedAt ? <DateTime value={item.publishedAt} /> : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {items.length === 0 && <p className="mt-4">لا توجد مقالات بهذه المعايير.</p>}
      {pageCount > 1 && (
        <nav aria-label="صفحات المقالات" className="mt-4 flex gap-3">
          {params.page > 1 && <Link href={pageHref(params.page - 1)}>السابقة</Link>}
          <span>
            {params.page} / {pageCount}
          </span>
          {params.page < pageCount && <Link href={pageHref(params.page + 1)}>التالية</Link>}
        </nav>
      )}
    </>
  );
}

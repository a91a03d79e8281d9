import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { CORRECTION_LABELS } from '@/components/article/ArticleCorrections';
import { DateTime } from '@/components/ui/DateTime';
import { IsolatedText } from '@/components/ui/IsolatedText';
import { Pagination } from '@/components/ui/Pagination';
import { getCorrectionsPage } from '@/lib/articles/corrections';
import { parsePageTail } from '@/lib/articles/pagination';
import { correctionsPath } from '@/lib/routes';
import { NOINDEX_FOLLOW, pageMetadata } from '@/lib/seo/metadata';
import { SITE } from '@/lib/site';

export const revalidate = 300;

export function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ page?: string[] }> };

async function pageOf(params: Props['params']): Promise<number> {
  const tail = parsePageTail((await params).page);
  if (!tail) notFound();
  if (!tail.canonical) permanentRedirect(correctionsPath(tail.page));
  return tail.page;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = await pageOf(params);
  return pageMetadata({
    title: page > 1 ? `التصحيحات - الصفحة ${page}` : 'التصحيحات',
    description: `تصحيحات ${SITE.name} وتوضيحاته لما نشر، من الأحدث إلى الأقدم.`,
    path: correctionsPath(page),
    robots: page > 1 ? NOINDEX_FOLLOW : undefined,
  });
}

export default async function CorrectionsPage({ params }: Props) {
  const page = await pageOf(params);
  const { items, pageCount } = await getCorrectionsPage(page);
  if (page > pageCount) notFound();
  return (
    <div className="mx-auto max-w-3xl px-4 py-6">
      <h1 className="text-3xl font-bold">التصحيحات</h1>
      <p className="mt-2 text-muted">
        حين نخطئ نصحّح ونقول ذلك: هنا كل تصحيح وتوضيح أضفناه إلى مقال منشور، بتاريخه.
      </p>
      {items.length === 0 ? (
        <p className="mt-6">لا تصحيحات حتى الآن.</p>
      ) : (
        <ol className="mt-6 space-y-5">
          {items.map((c) => (
            <li key={c.id} className="border-b border-line pb-4" data-kind={c.kind}>
              <p className="text-sm text-muted">
                <strong className="text-ink">{CORRECTION_LABELS[c.kind]}</strong>{' '}
                <DateTime value={c.at} />
              </p>
              <h2 className="mt-1 text-lg font-bold">
                <a href={`${c.article.path}#corrections`} className="hover:underline">
                  <IsolatedText text={c.article.title} />
                </a>
              </h2>
              <p className="mt-1">
                <IsolatedText text={c.text} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination page={page} pageCount={pageCount} hrefFor={correctionsPath} />
    </div>
  );
}

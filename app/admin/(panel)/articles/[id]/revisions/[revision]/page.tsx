import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { RestoreForm } from '@/components/admin/RestoreForm';
import { RevisionDiff } from '@/components/admin/RevisionDiff';
import { DateTime } from '@/components/ui/DateTime';
import { parseArticleId } from '@/lib/articles/params';
import { mayEditArticle } from '@/lib/auth/permissions';
import { requirePageUser } from '@/lib/auth/session';
import { getEditableArticle } from '@/lib/newsroom/articles';
import { compareRevision } from '@/lib/newsroom/revisions';
import { articleRevisionPath, articleRevisionsPath } from '@/lib/routes';

export const metadata: Metadata = { title: 'نسخة سابقة' };

type Props = { params: Promise<{ id: string; revision: string }> };

export default async function RevisionPage({ params }: Props) {
  const user = await requirePageUser('contributor');
  const raw = await params;
  const id = parseArticleId(raw.id);
  const revisionId = parseArticleId(raw.revision);
  const article = id ? await getEditableArticle(id) : null;
  if (!article || !revisionId || !mayEditArticle(user, article.access)) notFound();
  const comparison = await compareRevision(article.id, revisionId);
  if (!comparison) notFound();
  const { revision, previousId, changes } = comparison;
  return (
    <>
      <h1 className="text-2xl font-bold">النسخة {revision.id}</h1>
      <p className="mt-1 text-sm text-muted">
        <DateTime value={revision.at} /> · {revision.by} · {revision.what}
      </p>
      <p className="mb-4 mt-1 text-sm">
        <Link href={articleRevisionsPath(article.id)} className="underline">
          كل النسخ
        </Link>
        {previousId !== null && (
          <>
            {' · '}
            مقارنةً بالنسخة{' '}
            <Link href={articleRevisionPath(article.id, previousId)} className="underline">
              {previousId}
            </Link>
          </>
        )}
      </p>
      <div className="mb-6">
        <RestoreForm articleId={article.id} revisionId={revision.id} version={article.version} />
      </div>
      <RevisionDiff changes={changes} />
    </>
  );
}

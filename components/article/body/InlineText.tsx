import type { ReactNode } from 'react';
import type { Run } from '@/lib/articles/blocks';
import { isExternalHref } from '@/lib/articles/links';
import { articleShortPath } from '@/lib/routes';
import { IsolatedText } from '@/components/ui/IsolatedText';
import type { BodyContext } from './context';

/**
 * Runs of a paragraph, list item or quote: bold, italic and links as elements, the text as text
 * nodes (React escapes it), Latin and number runs isolated for the bidi algorithm.
 */
export function InlineText({ runs, context }: { runs: readonly Run[]; context: BodyContext }) {
  return (
    <>
      {runs.map((run, index) => (
        <RunText key={index} run={run} context={context} />
      ))}
    </>
  );
}

function RunText({ run, context }: { run: Run; context: BodyContext }) {
  let node: ReactNode = <IsolatedText text={run.text} />;
  if (run.italic) node = <em>{node}</em>;
  if (run.bold) node = <strong>{node}</strong>;
  const link = run.link;
  if (!link) return node;
  if ('href' in link) {
    return (
      <a
        href={link.href}
        className="text-brand underline underline-offset-4"
        {...(isExternalHref(link.href) ? { rel: 'noopener' } : {})}
      >
        {node}
      </a>
    );
  }
  // Our article by id, at its current URL; one readers cannot open (unpublished) is plain text.
  const target = context.articles ? context.articles.get(link.articleId) : undefined;
  if (context.articles && !target) return node;
  return (
    <a
      href={target?.path ?? articleShortPath(link.articleId)}
      className="text-brand underline underline-offset-4"
    >
      {node}
    </a>
  );
}

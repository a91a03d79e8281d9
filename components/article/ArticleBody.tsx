import { Fragment } from 'react';
import type { Block, MediaBlock } from '@/lib/articles/blocks';
import { IsolatedText } from '@/components/ui/IsolatedText';
import type { BodyContext } from './body/context';
import { EmbedCard } from './body/EmbedCard';
import { InlineText } from './body/InlineText';
import { RelatedCard } from './body/RelatedCard';

type Props = { blocks: readonly Block[]; context?: BodyContext };

/** An article body, block by block; every text a text node. */
export function ArticleBody({ blocks, context = {} }: Props) {
  return (
    <div data-article-body className="mt-6 text-lg md:text-xl">
      <Blocks blocks={blocks} context={context} />
    </div>
  );
}

function Blocks({ blocks, context }: { blocks: readonly Block[]; context: BodyContext }) {
  const media = context.media ?? MediaPlaceholder;
  return blocks.map((block, index) => {
    switch (block.type) {
      case 'heading':
        return block.level === 3 ? (
          <h3 key={index} className="mt-6 mb-2 text-xl font-bold">
            <IsolatedText text={block.text} />
          </h3>
        ) : (
          <h2 key={index} className="mt-8 mb-2 text-2xl font-bold">
            <IsolatedText text={block.text} />
          </h2>
        );
      case 'paragraph':
        return (
          <p key={index} className="mb-5">
            <InlineText runs={block.content} context={context} />
          </p>
        );
      case 'quote':
        return (
          <figure key={index} className="my-6 border-s-4 border-line ps-4">
            <blockquote>
              {block.paragraphs.map((paragraph, i) => (
                <p key={i} className="mb-3">
                  <InlineText runs={paragraph} context={context} />
                </p>
              ))}
            </blockquote>
            {block.source && (
              <figcaption className="text-base text-muted">
                — <IsolatedText text={block.source} />
              </figcaption>
            )}
          </figure>
        );
      case 'pullquote':
        return (
          <aside
            key={index}
            data-role="pullquote"
            className="my-8 border-y-2 border-brand py-4 text-center text-2xl font-bold text-brand"
          >
            <p>
              «<IsolatedText text={block.text} />»
            </p>
          </aside>
        );
      case 'list': {
        const items = block.items.map((item, i) => (
          <li key={i} className="mb-2">
            <InlineText runs={item} context={context} />
          </li>
        ));
        return block.ordered ? (
          <ol key={index} className="mb-5 list-decimal ps-6">
            {items}
          </ol>
        ) : (
          <ul key={index} className="mb-5 list-disc ps-6">
            {items}
          </ul>
        );
      }
      case 'factbox':
        return (
          <aside
            key={index}
            data-role="factbox"
            aria-label={block.title ?? 'معلومات'}
            className="my-8 rounded border border-line bg-wash p-4 text-base"
          >
            <p className="mb-3 font-bold text-brand">
              <IsolatedText text={block.title ?? 'معلومات'} />
            </p>
            <Blocks blocks={block.blocks} context={context} />
          </aside>
        );
      case 'embed':
        return <EmbedCard key={index} block={block} />;
      case 'related':
        return <RelatedCard key={index} articleId={block.articleId} context={context} />;
      case 'separator':
        return <hr key={index} className="mx-auto my-8 w-1/3 border-line" />;
      case 'photo':
      case 'gallery':
        return <Fragment key={index}>{media(block)}</Fragment>;
    }
  });
}

function MediaPlaceholder(block: MediaBlock) {
  const ids = block.type === 'photo' ? [block.photoId] : block.photoIds;
  return (
    <p className="my-6 rounded border border-dashed border-line p-4 text-center text-base text-muted">
      {block.type === 'photo' ? 'صورة' : 'معرض صور'} من المكتبة: {ids.join('، ')}
    </p>
  );
}

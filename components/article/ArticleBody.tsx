import { Fragment, type ReactNode } from 'react';
import type { Block, MediaBlock } from '@/lib/articles/blocks';
import { IsolatedText } from '@/components/ui/IsolatedText';

type Props = {
  blocks: Block[];
  /**
   * Draws a photo or gallery block. The reader page passes one bound to the body's photos
   * (BodyMedia); the newsroom's preview, a client component, leaves it out and gets a labelled
   * box, so the media modules (server-only) never reach a browser bundle.
   */
  media?: (block: MediaBlock) => ReactNode;
};

export function ArticleBody({ blocks, media = MediaPlaceholder }: Props) {
  return (
    <div data-article-body className="mt-6 text-lg md:text-xl">
      {blocks.map((block, index) => {
        switch (block.type) {
          case 'heading':
            return (
              <h2 key={index} className="mt-8 mb-2 text-2xl font-bold">
                <IsolatedText text={block.text} />
              </h2>
            );
          case 'paragraph':
            return (
              <p key={index} className="mb-5">
                <IsolatedText text={block.text} />
              </p>
            );
          case 'photo':
          case 'gallery':
            return <Fragment key={index}>{media(block)}</Fragment>;
        }
      })}
    </div>
  );
}

function MediaPlaceholder(block: MediaBlock) {
  const ids = block.type === 'photo' ? [block.photoId] : block.photoIds;
  return (
    <p className="my-6 rounded border border-dashed border-line p-4 text-center text-base text-muted">
      {block.type === 'photo' ? 'صورة' : 'معرض صور'} من المكتبة: {ids.join('، ')}
    </p>
  );
}

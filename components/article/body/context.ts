import type { ReactNode } from 'react';
import type { MediaBlock } from '@/lib/articles/blocks';
import type { LinkedArticle } from '@/lib/articles/types';

/**
 * What a body draws from outside itself. The reader page passes the body's photos and linked
 * articles; the newsroom's preview (a client component) passes neither and gets labelled boxes,
 * so server-only modules never reach a browser bundle.
 */
export type BodyContext = {
  media?: (block: MediaBlock) => ReactNode;
  /** Published articles the body names; absent in the preview. */
  articles?: ReadonlyMap<number, LinkedArticle>;
};

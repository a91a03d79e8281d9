import type { PhotoView } from '../media/view';
import type { Block } from './blocks';

/** View types: what pages and components see. Dates are ISO strings (they pass through caches). */
export type TermRef = { id: number; slug: string; name: string };

export type ArticleSummary = {
  id: number;
  slug: string;
  path: string;
  title: string;
  dek: string;
  publishedAt: string;
  updatedAt: string;
  wordCount: number;
  category: TermRef;
  author: TermRef;
  /** The lead photo, if the story has one. */
  photo: PhotoView | null;
};

export type ArticleView = ArticleSummary & {
  outlet: string;
  blocks: Block[];
  tags: TermRef[];
  /** Every photo the story names, for its photo and gallery blocks (the lead is also `photo`). */
  bodyPhotos: PhotoView[];
  /** The last substantive update or correction, if any: «آخر تحديث» and dateModified. */
  revisedAt: string | null;
  /** Corrections and clarifications, oldest first. */
  corrections: CorrectionView[];
};

export type CorrectionKind = 'correction' | 'clarification';
export type CorrectionView = { id: number; kind: CorrectionKind; text: string; at: string };

/** One of our articles as another's body shows it: a link's target or a related card. */
export type LinkedArticle = { id: number; path: string; title: string; dek: string };

export type CategoryView = TermRef & { description: string };
export type TagView = TermRef;
/** An author, with the portrait of the author page and bylines. */
export type AuthorView = TermRef & { bio: string; photo: PhotoView | null };

export type ArticlePage = {
  items: ArticleSummary[];
  page: number;
  pageCount: number;
  total: number;
};

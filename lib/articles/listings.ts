import 'server-only';
import { parsePageTail } from './pagination';
import { authorPath, categoryPath, tagPath } from '../routes';
import { parseSlugParam } from './params';
import {
  getAuthorArticles,
  getAuthorBySlug,
  getCategoryArticles,
  getCategoryBySlug,
  getTagArticles,
  getTagBySlug,
} from './queries';
import type { ArticlePage } from './types';
import type { PhotoView } from '../media/view';

export type ListingKind = 'category' | 'tag' | 'author';

export type ListingTerm = {
  id: number;
  slug: string;
  name: string;
  description: string;
  /** An author's portrait. */
  photo?: PhotoView | null;
};

export type ListingResult =
  | { status: 'not-found' }
  | { status: 'redirect'; to: string }
  | {
      status: 'ok';
      kind: ListingKind;
      term: ListingTerm;
      articles: ArticlePage;
      pathFor: (page: number) => string;
    };

const sources = {
  category: {
    term: async (slug: string) => getCategoryBySlug(slug),
    articles: getCategoryArticles,
    path: categoryPath,
    unknownWhenEmpty: false,
  },
  tag: {
    term: async (slug: string) => {
      const tag = await getTagBySlug(slug);
      return tag && { ...tag, description: '' };
    },
    articles: getTagArticles,
    path: tagPath,
    unknownWhenEmpty: true,
  },
  author: {
    term: async (slug: string) => {
      const author = await getAuthorBySlug(slug);
      return (
        author && {
          id: author.id,
          slug: author.slug,
          name: author.name,
          description: author.bio,
          photo: author.photo,
        }
      );
    },
    articles: getAuthorArticles,
    path: authorPath,
    unknownWhenEmpty: true,
  },
} satisfies Record<ListingKind, unknown>;

/** Resolves `/<kind>/<slug>[/page/<n>]`: the term, one page of its articles, or why not. */
export async function loadListing(
  kind: ListingKind,
  rawSlug: string,
  tail: string[] | undefined,
): Promise<ListingResult> {
  const source = sources[kind];
  const slug = parseSlugParam(rawSlug);
  const pageTail = parsePageTail(tail);
  if (!slug || !pageTail) return { status: 'not-found' };
  const term = await source.term(slug);
  if (!term) return { status: 'not-found' };
  const articles = await source.articles(term.id, pageTail.page);
  // A tag or author exists once a draft names it; until one of its articles is out, saying so (or
  // its name, or its canonical address) would tell the world what is embargoed. Its listing is
  // expired by every change of its articles: the page appears with the first publication.
  if (source.unknownWhenEmpty && articles.total === 0) return { status: 'not-found' };
  if (!pageTail.canonical) return { status: 'redirect', to: source.path(term.slug, pageTail.page) };
  if (pageTail.page > articles.pageCount) return { status: 'not-found' };
  return { status: 'ok', kind, term, articles, pathFor: (page) => source.path(term.slug, page) };
}

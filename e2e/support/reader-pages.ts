import { seedArticle } from './seed';

/** One page of each reader page type, on the seeded database. */
export const READER_PAGES = [
  { name: 'home', path: '/' },
  { name: 'article', path: seedArticle.path },
  { name: 'category', path: seedArticle.categoryPath },
  { name: 'tag', path: seedArticle.tagPath },
  { name: 'author', path: seedArticle.authorPath },
  { name: 'search', path: `/search?q=${encodeURIComponent('حموشي')}` },
  { name: '404', path: '/news/424242/x' },
] as const;

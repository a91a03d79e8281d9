/** The triggers the search migrations add on both databases, by name, sorted: every write is queued. */
export const SEARCH_TRIGGERS = [
  'ArticleTag_search_delete',
  'ArticleTag_search_insert',
  'Article_search_delete',
  'Article_search_insert',
  'Article_search_update',
  'Author_search_rename',
  'Tag_search_rename',
];

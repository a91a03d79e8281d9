import { parseBlocks, textsOf } from '../articles/blocks';
import { summarySelect, toSummary } from '../articles/mappers';
import { pageCount, pageOffset, PAGE_SIZE } from '../articles/pagination';
import { searchEngine } from './current';
import type { Db } from './engine';
import { queryMatcher, type ParsedQuery } from './query';
import type { SearchResults } from './results';
import { bestSnippet, highlight } from './snippet';

/** One page of results with highlighted titles and snippets, straight from the database. */
export async function runSearch(db: Db, query: ParsedQuery, page: number): Promise<SearchResults> {
  const hits = await searchEngine.search(db, query, pageOffset(page), PAGE_SIZE, new Date());
  const rows = hits.ids.length
    ? await db.article.findMany({
        where: { id: { in: hits.ids } },
        select: { ...summarySelect, body: true },
      })
    : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const matches = queryMatcher(query);
  const items = hits.ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    // Most matches show in the lead; the body is read only when the lead has none.
    const lead = bestSnippet([row.dek], matches);
    const snippet = lead.some((s) => s.mark)
      ? lead
      : bestSnippet([row.dek, ...textsOf(parseBlocks(row.body))], matches);
    return [{ article: toSummary(row), title: highlight(row.title, matches), snippet }];
  });
  return {
    status: 'ok',
    text: query.text,
    items,
    page,
    pageCount: pageCount(hits.total),
    total: hits.total,
    capped: hits.capped,
  };
}

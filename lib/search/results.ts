import type { ArticleSummary } from '../articles/types';
import type { Segment } from './snippet';

export type SearchResultItem = { article: ArticleSummary; title: Segment[]; snippet: Segment[] };

export type SearchResults =
  | { status: 'empty'; text: string }
  | {
      status: 'ok';
      text: string;
      items: SearchResultItem[];
      page: number;
      pageCount: number;
      total: number;
      capped: boolean;
    };

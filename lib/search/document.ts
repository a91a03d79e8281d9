import { searchTerms } from '../arabic/normalize';
import { textsOf, type Block } from '../articles/blocks';

/** What an article contributes to the index, column by column, as normalized stems. */
export type SearchDocument = {
  title: string;
  dek: string;
  body: string;
  tags: string;
  author: string;
};

export type IndexableArticle = {
  title: string;
  dek: string;
  blocks: Block[];
  tagNames: string[];
  authorName: string;
  /** Captions of the story's photos: readers search for what a picture shows. */
  captions?: string[];
};

const terms = (text: string) => searchTerms(text).join(' ');

/** Every distinct stem of a document: the words whose searches a change of the article may alter. */
export function documentTerms(doc: SearchDocument): string[] {
  return [
    ...new Set(
      [doc.title, doc.dek, doc.body, doc.tags, doc.author].join(' ').split(' ').filter(Boolean),
    ),
  ];
}

export function searchDocument(article: IndexableArticle): SearchDocument {
  return {
    title: terms(article.title),
    dek: terms(article.dek),
    body: terms([...textsOf(article.blocks), ...(article.captions ?? [])].join('\n')),
    tags: terms(article.tagNames.join(' ، ')),
    author: terms(article.authorName),
  };
}

/**
 * The limits of an article's fields, declared once: the editor form (its schema and its inputs'
 * maxLength), the seed and import manifests and the write all read them.
 */
export const ARTICLE_LIMITS = {
  title: { min: 10, max: 110 },
  slug: { max: 120 },
  dek: { min: 20, max: 600 },
  body: { max: 200_000 },
  tags: { max: 12, length: 60, input: 2000 },
  author: { min: 2, max: 80 },
} as const;

/**
 * Publication times an article may carry: a news archive reaches back a century, and nothing is
 * scheduled past this one. Outside it dates stop being dates for the rest of the stack (a year
 * after 2106 made the editor's save a 500).
 */
export const PUBLICATION_YEARS = { min: 1900, max: 2099 } as const;

export function isPublicationDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return (
    Number.isFinite(date.getTime()) &&
    year >= PUBLICATION_YEARS.min &&
    year <= PUBLICATION_YEARS.max
  );
}

export const PUBLICATION_DATE_MESSAGE = `وقت النشر خارج المدى المقبول (بين ${PUBLICATION_YEARS.min} و${PUBLICATION_YEARS.max}).`;

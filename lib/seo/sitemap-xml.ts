import { xmlEscape } from './xml';

/** Sitemap XML writers. Every URL passed in is absolute and already percent-encoded. */

export const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
export const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

export const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';

/** `images`: absolute URLs of the page's photos (Google's image sitemap extension). */
export type UrlEntry = { loc: string; lastmod?: string; images?: string[] };
export type NewsEntry = {
  loc: string;
  publicationName: string;
  language: string;
  publicationDate: string;
  title: string;
};

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

function optionalLastmod(lastmod: string | undefined): string {
  return lastmod ? `<lastmod>${xmlEscape(lastmod)}</lastmod>` : '';
}

export function sitemapIndexXml(sitemaps: UrlEntry[]): string {
  const body = sitemaps.map(
    (s) => `<sitemap><loc>${xmlEscape(s.loc)}</loc>${optionalLastmod(s.lastmod)}</sitemap>`,
  );
  return `${XML_DECLARATION}<sitemapindex xmlns="${SITEMAP_NS}">\n${body.join('\n')}\n</sitemapindex>\n`;
}

export function urlsetXml(urls: UrlEntry[]): string {
  // Built as one array join: a 50,000-URL chunk is tens of megabytes of string work.
  const body = new Array<string>(urls.length);
  let withImages = false;
  for (let i = 0; i < urls.length; i++) {
    const url = urls[i]!;
    let images = '';
    if (url.images) {
      withImages = true;
      for (const image of url.images)
        images += `<image:image><image:loc>${xmlEscape(image)}</image:loc></image:image>`;
    }
    body[i] = `<url><loc>${xmlEscape(url.loc)}</loc>${optionalLastmod(url.lastmod)}${images}</url>`;
  }
  const namespaces = withImages ? ` xmlns:image="${IMAGE_NS}"` : '';
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}"${namespaces}>\n${body.join('\n')}\n</urlset>\n`;
}

export function newsSitemapXml(entries: NewsEntry[]): string {
  const body = entries.map(
    (e) =>
      `<url><loc>${xmlEscape(e.loc)}</loc><news:news><news:publication><news:name>${xmlEscape(e.publicationName)}</news:name>` +
      `<news:language>${xmlEscape(e.language)}</news:language></news:publication>` +
      `<news:publication_date>${xmlEscape(e.publicationDate)}</news:publication_date>` +
      `<news:title>${xmlEscape(e.title)}</news:title></news:news></url>`,
  );
  return `${XML_DECLARATION}<urlset xmlns="${SITEMAP_NS}" xmlns:news="${NEWS_NS}">\n${body.join('\n')}\n</urlset>\n`;
}

export function xmlResponse(body: string): Response {
  return new Response(body, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}

import type { Block, Run } from '../articles/blocks';
import { embedLabel } from '../articles/embeds';
import { isExternalHref } from '../articles/links';
import { cropRenditions } from '../media/renditions';
import { absoluteRenditionUrl } from '../media/urls';
import type { PhotoView } from '../media/view';
import { articleShortPath } from '../routes';
import { absoluteUrl } from '../seo/urls';
import { cleanText } from '../text/clean';

/**
 * An article body as the HTML of a feed item (RSS `content:encoded`, Atom `content`): built from
 * the blocks, every text and attribute escaped here, then the whole escaped again by the feed's
 * XML writer. Links and photos are absolute; our articles by their id-only URL (it redirects to
 * the current one); embeds as links, as feed readers run no players.
 */
export function bodyHtml(blocks: readonly Block[], photos: readonly PhotoView[]): string {
  const byId = new Map(photos.map((p) => [p.id, p]));
  return blocks.map((block) => blockHtml(block, byId)).join('\n');
}

/** Plain text as HTML that shows exactly that text (feed titles and deks use it too). */
export function asHtml(text: string): string {
  return cleanText(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function href(link: NonNullable<Run['link']>): string {
  if ('articleId' in link) return absoluteUrl(articleShortPath(link.articleId));
  return isExternalHref(link.href) ? link.href : absoluteUrl(link.href);
}

function inline(runs: readonly Run[]): string {
  return runs
    .map((run) => {
      let html = asHtml(run.text);
      if (run.italic) html = `<em>${html}</em>`;
      if (run.bold) html = `<strong>${html}</strong>`;
      return run.link ? `<a href="${asHtml(href(run.link))}">${html}</a>` : html;
    })
    .join('');
}

function photoHtml(photo: PhotoView | undefined): string {
  if (!photo) return '';
  const jpeg = cropRenditions(photo, 'original').filter((r) => r.format === 'jpeg');
  // A phone-and-desktop width: feed readers show one size.
  const image = jpeg.find((r) => r.width >= 800) ?? jpeg.at(-1);
  if (!image) return '';
  const caption = [photo.caption, photo.credit].filter(Boolean).join(' — ');
  return (
    `<figure><img src="${asHtml(absoluteRenditionUrl(image.name))}" width="${image.width}" height="${image.height}" alt="${asHtml(photo.alt)}">` +
    (caption ? `<figcaption>${asHtml(caption)}</figcaption>` : '') +
    '</figure>'
  );
}

function blockHtml(block: Block, photos: ReadonlyMap<number, PhotoView>): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${asHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p>${inline(block.content)}</p>`;
    case 'quote':
      return (
        `<blockquote>${block.paragraphs.map((p) => `<p>${inline(p)}</p>`).join('')}` +
        (block.source ? `<footer>— ${asHtml(block.source)}</footer>` : '') +
        '</blockquote>'
      );
    case 'pullquote':
      return `<blockquote><p><strong>${asHtml(block.text)}</strong></p></blockquote>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((item) => `<li>${inline(item)}</li>`).join('')}</${tag}>`;
    }
    case 'factbox':
      return (
        `<aside><p><strong>${asHtml(block.title ?? 'معلومات')}</strong></p>` +
        bodyHtml(block.blocks, []) +
        '</aside>'
      );
    case 'embed': {
      const { name, noun } = embedLabel(block.provider);
      const label = block.title ?? `${noun} على ${name}`;
      return `<p><a href="${asHtml(block.url)}">${asHtml(label)}</a></p>`;
    }
    case 'related':
      return `<p><a href="${asHtml(absoluteUrl(articleShortPath(block.articleId)))}">اقرأ أيضاً</a></p>`;
    case 'separator':
      return '<hr>';
    case 'photo':
      return photoHtml(photos.get(block.photoId));
    case 'gallery':
      return block.photoIds.map((id) => photoHtml(photos.get(id))).join('');
  }
}

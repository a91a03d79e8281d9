import {
  embedIdIsValid,
  embedPlayerOrigin,
  embedPlayerUrl,
  isEmbedProvider,
} from '../articles/embeds';
import { EMBED_PREFIX } from '../routes';
import { xmlEscape } from '../seo/xml';
import type { Step } from './steps';

/**
 * A server step: `/embed/<provider>/<id>` is the page a reader's click on an embed card loads
 * into the article (public/enhance/embed.js). The article page's own policy frames nothing but
 * our origin; this page's allows exactly one third-party origin, that provider's player, and
 * may be framed only by our pages. The id is checked against the provider's pattern, so the
 * player's address holds nothing else. No database, no Next.js.
 */
export function embedFrames(): Step {
  return (req, res, next) => {
    const url = req.url ?? '/';
    if (!url.startsWith(EMBED_PREFIX)) return next();
    const [provider = '', encodedId = '', extra] = url
      .split('?', 1)[0]!
      .slice(EMBED_PREFIX.length)
      .split('/');
    let id = '';
    try {
      id = decodeURIComponent(encodedId);
    } catch {
      id = '';
    }
    if (
      extra !== undefined ||
      !isEmbedProvider(provider) ||
      !embedIdIsValid(provider, id) ||
      (req.method !== 'GET' && req.method !== 'HEAD')
    ) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
      return;
    }
    const player = xmlEscape(embedPlayerUrl(provider, id));
    const body =
      '<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8">' +
      '<meta name="robots" content="noindex"><meta name="viewport" content="width=device-width">' +
      '<title>تضمين</title><style>html,body{margin:0;height:100%}iframe{border:0;width:100%;height:100%}</style>' +
      `</head><body><iframe src="${player}" title="تضمين" allow="autoplay; encrypted-media; fullscreen; picture-in-picture" allowfullscreen referrerpolicy="strict-origin-when-cross-origin"></iframe></body></html>`;
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'public, max-age=86400',
      'content-security-policy': [
        "default-src 'none'",
        `frame-src ${embedPlayerOrigin(provider)}`,
        "style-src 'unsafe-inline'",
        "base-uri 'none'",
        "form-action 'none'",
        "frame-ancestors 'self'",
      ].join('; '),
      'x-frame-options': 'SAMEORIGIN',
      'x-robots-tag': 'noindex',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

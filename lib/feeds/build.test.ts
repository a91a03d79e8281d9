import assert from 'node:assert/strict';
import { test } from 'node:test';
import sax from 'sax';
import type { ArticleView } from '../articles/types';
import { buildFeed, type FeedFormat } from './build';

const hostile = {
  title: 'أ]]><evil>x</evil>]]><b>ب</b>]]> & ج\u0000\u0008\u0085\uFFFE',
  dek: 'تمهيد ]]><script>alert(1)</script> ثم ]]> مرة أخرى\u001B',
  author: 'كاتب <&"> \u0007',
  category: 'قسم & <أول> "ثان"',
};

const article: ArticleView = {
  id: 7,
  slug: 'خبر',
  path: '/news/7/%D8%AE%D8%A8%D8%B1',
  title: hostile.title,
  dek: hostile.dek,
  publishedAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
  wordCount: 10,
  category: { id: 1, slug: 'qism', name: hostile.category, path: '/category/qism' },
  author: { id: 2, slug: 'katib', name: hostile.author, path: '/author/katib' },
  revisedAt: null,
  corrections: [],
  photo: null,
  outlet: 'منبر',
  tags: [],
  bodyPhotos: [],
  blocks: [
    { type: 'heading', level: 2, text: 'عنوان ]]><i>' },
    {
      type: 'paragraph',
      content: [
        { text: 'نص <script>alert(2)</script> ' },
        { text: 'عريض', bold: true },
        { text: ' رابط', link: { href: 'https://example.com/?a=1&b="2"' } },
        { text: ' مقال', link: { articleId: 9 } },
      ],
    },
    { type: 'list', ordered: false, items: [[{ text: 'بند & آخر' }]] },
  ],
} as ArticleView;

const channel = {
  title: 'هومبريس',
  description: 'آخر الأخبار',
  pagePath: '/',
  rssPath: '/feeds/rss.xml',
  atomPath: '/feeds/atom.xml',
};

/** Every text and attribute value a strict XML parser reads, or its first error. */
function parse(xml: string): { texts: string[]; attributes: string[] } {
  const parser = sax.parser(true);
  const texts: string[] = [];
  const attributes: string[] = [];
  let current = '';
  parser.onerror = (error) => {
    throw error;
  };
  parser.onopentag = (node) => {
    current = '';
    for (const value of Object.values(node.attributes)) attributes.push(String(value));
  };
  parser.ontext = (text) => (current += text);
  parser.oncdata = (text) => (current += text);
  parser.onclosetag = () => {
    if (current.trim()) texts.push(current);
    current = '';
  };
  parser.write(xml).close();
  return { texts, attributes };
}

/** What a feed reader shows for a value the feed marks as HTML. */
const htmlText = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

const clean = {
  title: 'أ]]><evil>x</evil>]]><b>ب</b>]]> & ج',
  dek: 'تمهيد ]]><script>alert(1)</script> ثم ]]> مرة أخرى',
};

for (const format of ['rss', 'atom'] as FeedFormat[]) {
  test(`${format}: CDATA terminators, markup and controls in content cannot break or forge the feed`, () => {
    const xml = buildFeed(channel, [article], format);
    // Outside CDATA sections nothing of the article's markup is markup of the feed.
    assert.doesNotMatch(xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, ''), /<evil|<script|<b>/);
    assert.doesNotMatch(xml, /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u0085\uFFFE]/);
    const { texts, attributes } = parse(xml);
    // HTML-typed values hold no markup either: their text is the article's text.
    const html = texts.filter(
      (t) => t.includes('تمهيد') || (format === 'atom' && t.startsWith('أ')),
    );
    assert.equal(html.length, format === 'atom' ? 2 : 1);
    // The body is HTML of ours around the article's escaped text.
    const body = texts.find((t) => t.includes('<strong>عريض</strong>'));
    assert.ok(body, texts.join('\n'));
    assert.match(
      body,
      /^<h2>عنوان \]\]&gt;&lt;i&gt;<\/h2>\n<p>نص &lt;script&gt;alert\(2\)&lt;\/script&gt; /,
    );
    assert.match(body, /<a href="https:\/\/example\.com\/\?a=1&amp;b=&quot;2&quot;"> رابط<\/a>/);
    assert.match(body, /<a href="http:\/\/[^"]+\/news\/9"> مقال<\/a>/);
    assert.match(body, /<ul><li>بند &amp; آخر<\/li><\/ul>/);
    assert.doesNotMatch(body, /<script|<i>/);
    for (const value of html) assert.doesNotMatch(value, /</);
    const shown = texts.map((t) => (html.includes(t) ? htmlText(t) : t));
    assert.ok(shown.includes(clean.title), shown.join('\n'));
    assert.ok(shown.includes(clean.dek), shown.join('\n'));
    assert.ok(shown.some((t) => t.includes('كاتب <&">')));
    const values = format === 'atom' ? attributes : texts;
    assert.ok(values.includes('قسم & <أول> "ثان"'), values.join('\n'));
  });
}

test('atom: attribute values are escaped, not only their quotes', () => {
  const xml = buildFeed(channel, [article], 'atom');
  assert.match(xml, /label="قسم &amp; &lt;أول&gt; &quot;ثان&quot;"/);
});

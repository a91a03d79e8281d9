import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { newsSitemapXml, sitemapIndexXml, urlsetXml } from './sitemap-xml';

const xsd = (name: string) => path.join(__dirname, '..', '..', 'tests', 'fixtures', 'xsd', name);

function xmllint(xml: string, schema: string): void {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'xsd-')), 'doc.xml');
  writeFileSync(file, xml);
  execFileSync('xmllint', ['--noout', '--schema', xsd(schema), file], { stdio: 'pipe' });
}

const url = 'http://localhost:3000/news/1/%D8%AD%D9%85%D9%88%D8%B4%D9%8A?a=1&b=2';

describe('sitemap XML', () => {
  it('escapes URLs and validates against the sitemaps.org schema', () => {
    const xml = urlsetXml([
      { loc: url, lastmod: '2026-11-26T11:20:00+01:00' },
      { loc: 'http://localhost:3000/' },
    ]);
    assert.match(xml, /a=1&amp;b=2/);
    xmllint(xml, 'sitemap.xsd');
  });

  it('writes an index that validates against the sitemap index schema', () => {
    xmllint(
      sitemapIndexXml([
        {
          loc: 'http://localhost:3000/sitemaps/articles-0.xml',
          lastmod: '2026-11-26T11:20:00+01:00',
        },
      ]),
      'siteindex.xsd',
    );
  });

  it('writes a Google News sitemap that validates against both schemas', () => {
    const xml = newsSitemapXml([
      {
        loc: url,
        publicationName: 'هومبريس',
        language: 'ar',
        publicationDate: '2026-11-26T11:20:00+01:00',
        title: 'خبر <عاجل> & «مهم»',
      },
    ]);
    assert.match(xml, /خبر &lt;عاجل&gt; &amp; «مهم»/);
    xmllint(xml, 'news-sitemap-check.xsd');
  });

  it('lists a page’s photos as image:image entries that validate against the image schema', () => {
    const photo = 'http://localhost:3000/media/0123456789abcdef0123-wide-1600.jpg';
    const xml = urlsetXml([
      { loc: url, lastmod: '2026-11-26T11:20:00+01:00', images: [photo] },
      { loc: 'http://localhost:3000/news/2/x' },
    ]);
    assert.match(xml, /xmlns:image="http:\/\/www\.google\.com\/schemas\/sitemap-image\/1\.1"/);
    assert.ok(xml.includes(`<image:image><image:loc>${photo}</image:loc></image:image>`));
    xmllint(xml, 'image-sitemap-check.xsd');
    assert.throws(() =>
      xmllint(
        xml.replace('<image:loc>', '<image:place>').replace('</image:loc>', '</image:place>'),
        'image-sitemap-check.xsd',
      ),
    );
  });

  it('rejects what the schema forbids (the check is real)', () => {
    const xml = newsSitemapXml([
      {
        loc: url,
        publicationName: 'هومبريس',
        language: 'Arabic',
        publicationDate: 'أمس',
        title: 'خبر',
      },
    ]);
    assert.throws(() => xmllint(xml, 'news-sitemap-check.xsd'));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticleView } from '../../tests/support/seed-article';
import { breadcrumbLd, HEADLINE_MAX, newsArticleLd } from './structured-data';

/**
 * Google's Article structured data guidance (developers.google.com/search/docs/appearance/
 * structured-data/article) lists no strictly required property and recommends author (with name
 * and url), dateModified, datePublished, headline and image; News publishers are further advised
 * to give a publisher with name and logo. We hold ourselves to all of them plus what Google News
 * and Discover read.
 */
const REQUIRED = ['@context', '@type', 'headline', 'image', 'datePublished', 'author', 'publisher'];
const RECOMMENDED = [
  'dateModified',
  'description',
  'mainEntityOfPage',
  'inLanguage',
  'articleSection',
  'keywords',
  'wordCount',
  'isAccessibleForFree',
];
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

describe('NewsArticle JSON-LD of the seeded article', () => {
  const article = seedArticleView();
  const ld = newsArticleLd(article) as Record<string, any>;

  it('has every required and recommended property', () => {
    for (const key of [...REQUIRED, ...RECOMMENDED]) {
      assert.ok(ld[key] !== undefined && ld[key] !== '', `missing ${key}`);
    }
    assert.equal(ld['@context'], 'https://schema.org');
    assert.equal(ld['@type'], 'NewsArticle');
  });

  it('keeps the headline within 110 characters', () => {
    assert.ok(ld.headline.length <= HEADLINE_MAX);
    assert.equal(ld.headline, article.title);
  });

  it('gives absolute image URLs in several ratios, at least 1200 px wide', () => {
    assert.ok(ld.image.length >= 2);
    const ratios = new Set(ld.image.map((i: any) => (i.width / i.height).toFixed(2)));
    assert.ok(ratios.size >= 2);
    assert.ok(ld.image.some((i: any) => i.width === 1200 && i.height === 630));
    for (const image of ld.image) {
      assert.match(image.url, /^https?:\/\/.+\.png$/);
      assert.ok(image.width >= 1200);
    }
  });

  it('dates the article in ISO 8601 with the Casablanca offset', () => {
    assert.match(ld.datePublished, ISO_WITH_OFFSET);
    assert.match(ld.dateModified, ISO_WITH_OFFSET);
    assert.equal(ld.datePublished, '2026-11-26T11:20:00+01:00');
  });

  it('names the author with a URL and the publisher with a logo', () => {
    assert.equal(ld.author[0]['@type'], 'Person');
    assert.equal(ld.author[0].name, 'ج السماوي');
    assert.match(ld.author[0].url, /^https?:\/\/.+\/author\//);
    assert.equal(ld.publisher['@type'], 'NewsMediaOrganization');
    assert.equal(ld.publisher.name, 'هومبريس');
    assert.equal(ld.publisher.logo['@type'], 'ImageObject');
    assert.match(ld.publisher.logo.url, /^https?:\/\/.+\.png$/);
  });

  it('describes the page, language, section and keywords', () => {
    assert.ok(ld.mainEntityOfPage.endsWith(article.path));
    assert.equal(ld.inLanguage, 'ar');
    assert.equal(ld.articleSection, 'أمن');
    assert.deepEqual(
      ld.keywords,
      article.tags.map((t) => t.name),
    );
    assert.ok(ld.wordCount > 300);
    assert.equal(ld.isAccessibleForFree, true);
  });
});

describe('BreadcrumbList', () => {
  it('numbers the items and links all but the current page', () => {
    const ld = breadcrumbLd([
      { name: 'الرئيسية', path: '/' },
      { name: 'أمن', path: '/category/x' },
      { name: 'خبر' },
    ]) as any;
    assert.deepEqual(
      ld.itemListElement.map((i: any) => i.position),
      [1, 2, 3],
    );
    assert.match(ld.itemListElement[1].item, /^https?:\/\/.+\/category\/x$/);
    assert.equal(ld.itemListElement[2].item, undefined);
  });
});

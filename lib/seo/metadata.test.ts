import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticleView } from '../../tests/support/seed-article';
import { articleMetadata, DESCRIPTION_MAX, truncateAtWord } from './metadata';

describe('truncateAtWord', () => {
  it('leaves short text alone', () => {
    assert.equal(truncateAtWord('خبر قصير', 160), 'خبر قصير');
  });
  it('cuts long text at a word boundary within the limit', () => {
    const lead = seedArticleView().dek;
    const cut = truncateAtWord(lead, DESCRIPTION_MAX);
    assert.ok(cut.length <= DESCRIPTION_MAX);
    assert.ok(cut.endsWith('…'));
    assert.ok(lead.startsWith(cut.slice(0, -1)));
    assert.equal(lead[cut.length - 1], ' ', 'the cut falls on a space in the lead');
  });
});

describe('articleMetadata', () => {
  const metadata = articleMetadata(seedArticleView()) as any;
  it('describes the article for Open Graph and Twitter', () => {
    assert.equal(metadata.openGraph.type, 'article');
    assert.equal(metadata.openGraph.locale, 'ar_MA');
    assert.equal(metadata.openGraph.publishedTime, '2026-11-26T11:20:00+01:00');
    assert.equal(metadata.openGraph.section, 'أمن');
    assert.equal(metadata.openGraph.tags.length, 5);
    assert.deepEqual(
      [metadata.openGraph.images[0].width, metadata.openGraph.images[0].height],
      [1200, 630],
    );
    assert.equal(metadata.twitter.card, 'summary_large_image');
  });
  it('points the canonical URL at the percent-encoded article path', () => {
    assert.match(metadata.alternates.canonical, /^\/news\/1\/%D8%AD/);
  });
});

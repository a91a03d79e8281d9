import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seedArticleView } from '../../tests/support/seed-article';
import { formatDate } from '../arabic/dates';
import { SITE } from '../site';
import { rasterizeShareImage, renderShareImage, shareImageSvg } from './render';

const article = seedArticleView();
const content = {
  headline: article.title,
  kicker: article.category.name,
  siteName: SITE.name,
  footnote: formatDate(article.publishedAt),
};

function pngSize(png: Buffer) {
  assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

describe('share image of the seeded article', () => {
  it('is a 1200×630 PNG', () => {
    assert.deepEqual(pngSize(renderShareImage(content, 'wide')), { width: 1200, height: 630 });
  });

  it('comes in the other ratios too', () => {
    assert.deepEqual(pngSize(renderShareImage(content, 'square')), { width: 1200, height: 1200 });
    assert.deepEqual(pngSize(renderShareImage(content, 'standard')), { width: 1200, height: 900 });
  });

  it('draws the headline in dark ink, right-aligned, on at most three lines', () => {
    const svg = shareImageSvg(content, 'wide');
    const headlineLines = [...svg.matchAll(/<text [^>]*font-size="(\d+)" fill="#161616">/g)];
    assert.ok(
      headlineLines.length >= 1 && headlineLines.length <= 3,
      `${headlineLines.length} lines`,
    );

    const image = rasterizeShareImage(content, 'wide');
    const { width, height } = image;
    const pixels = image.pixels;
    let ink = 0;
    let rightmost = 0;
    let leftmost = width;
    for (let y = 150; y < height - 140; y++) {
      for (let x = 0; x < width; x++) {
        const i = (y * width + x) * 4;
        if (pixels[i]! < 80 && pixels[i + 1]! < 80 && pixels[i + 2]! < 80) {
          ink++;
          rightmost = Math.max(rightmost, x);
          leftmost = Math.min(leftmost, x);
        }
      }
    }
    assert.ok(ink > 10_000, `only ${ink} dark pixels: the headline is missing`);
    assert.ok(rightmost > width - 80 && rightmost <= width - 60, `right edge at ${rightmost}`);
    assert.ok(leftmost >= 60, `text overflows the left margin at ${leftmost}`);
  });

  it('escapes markup in the headline', () => {
    const svg = shareImageSvg(
      { ...content, headline: '<script>alert(1)</script> & «خبر»' },
      'wide',
    );
    assert.doesNotMatch(svg, /<script>/);
    assert.match(svg, /&lt;script&gt;/);
  });
});

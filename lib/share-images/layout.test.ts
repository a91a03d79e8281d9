import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { layoutHeadline, wrapWords, type Measure } from './layout';

// A fixed-pitch stand-in for the renderer: every character is half the font size wide.
const measure: Measure = (text, fontSize) => text.length * fontSize * 0.5;

describe('share image headline layout', () => {
  it('wraps on word boundaries only', () => {
    const lines = wrapWords('حموشي يستقبل المفوض العام للاستعلامات'.split(' '), 10, 60, measure);
    assert.deepEqual(lines, ['حموشي يستقبل', 'المفوض العام', 'للاستعلامات']);
    assert.ok(lines.every((line) => measure(line, 10) <= 60));
  });

  it('keeps the biggest size that fits in the line limit', () => {
    const layout = layoutHeadline('كلمة '.repeat(6), measure, {
      maxWidth: 100,
      maxLines: 3,
      fontSizes: [20, 10],
    });
    assert.equal(layout.fontSize, 20);
    assert.equal(layout.lines.length, 3);
  });

  it('shrinks a long headline before cutting it', () => {
    const layout = layoutHeadline('كلمة '.repeat(12), measure, {
      maxWidth: 100,
      maxLines: 3,
      fontSizes: [20, 10],
    });
    assert.equal(layout.fontSize, 10);
    assert.ok(layout.lines.length <= 3);
    assert.ok(!layout.lines.join(' ').includes('…'));
  });

  it('cuts with an ellipsis when even the smallest size overflows', () => {
    const layout = layoutHeadline('كلمة '.repeat(60), measure, {
      maxWidth: 100,
      maxLines: 3,
      fontSizes: [20, 10],
    });
    assert.equal(layout.lines.length, 3);
    assert.ok(layout.lines[2]!.endsWith('…'));
    assert.ok(layout.lines.every((line) => measure(line, 10) <= 100));
  });
});

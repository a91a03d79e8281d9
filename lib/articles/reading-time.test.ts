import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countWords, readingMinutes, readingTimeLabel } from './reading-time';

describe('reading time', () => {
  it('counts Arabic and Latin words and numbers', () => {
    assert.equal(countWords(['كأس العالم 2030، في المغرب.', 'FIFA World Cup']), 8);
  });
  it('rounds to whole minutes and never says zero', () => {
    assert.equal(readingMinutes(0), 1);
    assert.equal(readingMinutes(180), 1);
    assert.equal(readingMinutes(348), 2);
    assert.equal(readingMinutes(900), 5);
  });
  it('agrees the noun with the number as Arabic grammar asks', () => {
    assert.equal(readingTimeLabel(100), 'مدة القراءة: دقيقة واحدة');
    assert.equal(readingTimeLabel(360), 'مدة القراءة: دقيقتان');
    assert.equal(readingTimeLabel(900), 'مدة القراءة: 5 دقائق');
    assert.equal(readingTimeLabel(180 * 11), 'مدة القراءة: 11 دقيقة');
  });
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { ARABIC_RANGES, LATIN_RANGES, rangesToCss } from './subsets';

// next/font needs literal options, so app/fonts.ts repeats the ranges: keep both in step.
const fontsModule = readFileSync(path.join(__dirname, '..', '..', '..', 'app', 'fonts.ts'), 'utf8');
const declared = [...fontsModule.matchAll(/value:\s*'([^']+)'/g)].map((m) => m[1]);

describe('font subsets', () => {
  it('declares the Arabic unicode-range that the Arabic subset contains', () => {
    assert.equal(declared[0], rangesToCss(ARABIC_RANGES));
  });
  it('declares the Latin unicode-range that the Latin subset contains', () => {
    assert.equal(declared[1], rangesToCss(LATIN_RANGES));
  });
  it('sizes the local fallback faces of app/globals.css for the same ranges', () => {
    const css = readFileSync(path.join(__dirname, '..', '..', '..', 'app', 'globals.css'), 'utf8');
    // A long range list may be wrapped over lines (Prettier): CSS reads any white space as one.
    const ranges = [...css.matchAll(/unicode-range:\s*([^;]+);/g)].map((m) =>
      m[1]!.replace(/\s+/g, ' '),
    );
    assert.deepEqual(
      ranges,
      [ARABIC_RANGES, ARABIC_RANGES, LATIN_RANGES, LATIN_RANGES].map(rangesToCss),
    );
  });
  it('covers Arabic letters, Arabic punctuation and the digits Moroccan dates use', () => {
    const arabic = rangesToCss(ARABIC_RANGES);
    assert.match(arabic, /U\+0621-063A/);
    assert.match(arabic, /U\+060C/);
    assert.match(rangesToCss(LATIN_RANGES), /U\+0020-007E/);
  });
});

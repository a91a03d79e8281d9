import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cropRect,
  cropRenditions,
  isRenditionName,
  renditionKey,
  renditionsOf,
  widthsFor,
} from './renditions';

describe('cropRect', () => {
  it('takes the largest 16:9 rectangle of a 3:2 photo, centred on the focal point', () => {
    assert.deepEqual(cropRect(6000, 4000, 16 / 9, { x: 0.5, y: 0.5 }), {
      left: 0,
      top: 313,
      width: 6000,
      height: 3375,
    });
  });
  it('moves towards the focal point but never past an edge', () => {
    assert.equal(cropRect(6000, 4000, 16 / 9, { x: 0.5, y: 0 }).top, 0);
    assert.equal(cropRect(6000, 4000, 16 / 9, { x: 0.5, y: 1 }).top, 4000 - 3375);
    const square = cropRect(6000, 4000, 1, { x: 0.8, y: 0.5 });
    assert.deepEqual(square, { left: 2000, top: 0, width: 4000, height: 4000 });
  });
  it('keeps a portrait photo whole in width for 4:3 and crops its height', () => {
    assert.deepEqual(cropRect(3000, 4000, 4 / 3, { x: 0.5, y: 0.3 }), {
      left: 0,
      top: 75,
      width: 3000,
      height: 2250,
    });
  });
});

describe('renditions', () => {
  it('offers only the widths a crop can fill, or its own when it fills none', () => {
    assert.deepEqual(widthsFor(900), [320, 480, 640, 800]);
    assert.deepEqual(widthsFor(250), [250]);
  });
  it('names every file from the key, so a new focal point gives new names', () => {
    const a = renditionKey('abc', { x: 0.5, y: 0.5 });
    const b = renditionKey('abc', { x: 0.5, y: 0.4 });
    assert.notEqual(a, b);
    const files = renditionsOf({ key: a, width: 2400, height: 1600, focus: { x: 0.5, y: 0.5 } });
    assert.ok(files.every((f) => f.name.startsWith(`${a}-`) && isRenditionName(f.name)));
    assert.equal(new Set(files.map((f) => f.name)).size, files.length);
    const share = files.filter((f) => f.crop === 'share');
    assert.deepEqual(
      share.map((f) => [f.width, f.height]),
      [[1200, 630]],
    );
  });
  it('gives search engines a JPEG of at least 1200 px when the photo has them', () => {
    const jpegs = cropRenditions(
      { key: 'k'.repeat(20), width: 2000, height: 1334, focus: { x: 0.5, y: 0.5 } },
      'square',
    ).filter((r) => r.format === 'jpeg');
    assert.deepEqual(
      jpegs.map((r) => r.width),
      [800, 1200],
    );
  });
  it('refuses names it did not make', () => {
    for (const name of [
      '../portal.db',
      'a-wide-800.avif',
      `${'0'.repeat(20)}-wide-800.png`,
      `${'0'.repeat(20)}-huge-800.avif`,
    ])
      assert.equal(isRenditionName(name), false, name);
    assert.equal(isRenditionName(`${'0'.repeat(20)}-wide-800.avif`), true);
  });
});

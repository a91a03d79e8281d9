import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sniffFormat } from './sniff';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'binary') : Buffer.from(p))),
  );

describe('sniffFormat', () => {
  it('reads the format from the first bytes, not the name', () => {
    assert.equal(sniffFormat(bytes([0xff, 0xd8, 0xff, 0xe0], '\0'.repeat(12))), 'jpeg');
    assert.equal(sniffFormat(bytes('\x89PNG\r\n\x1a\n', '\0'.repeat(8))), 'png');
    assert.equal(sniffFormat(bytes('RIFF\0\0\0\0WEBPVP8 ')), 'webp');
    assert.equal(sniffFormat(bytes([0, 0, 0, 0x1c], 'ftypavif\0\0\0\0avifmif1')), 'avif');
    assert.equal(sniffFormat(bytes([0, 0, 0, 0x18], 'ftypheic\0\0\0\0mif1heic')), 'heic');
    assert.equal(sniffFormat(bytes('GIF89a', '\0'.repeat(8))), 'gif');
  });
  it('recognises SVG however it starts', () => {
    assert.equal(
      sniffFormat(Buffer.from('\uFEFF  <svg xmlns="http://www.w3.org/2000/svg"></svg>')),
      'svg',
    );
    assert.equal(sniffFormat(Buffer.from('<?xml version="1.0"?>\n<!-- x -->\n<svg></svg>')), 'svg');
  });
  it('calls anything else unknown', () => {
    assert.equal(sniffFormat(Buffer.from('<html><body>hi</body></html>')), 'unknown');
    assert.equal(sniffFormat(Buffer.from('abc')), 'unknown');
  });
});

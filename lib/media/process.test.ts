import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { exifTags, generatedPhoto, heicPhoto } from '../../tests/support/photos';
import { PhotoError, type PhotoRefusal } from './errors';
import { checkUpload, processPhoto } from './process';

async function refusal(bytes: Uint8Array): Promise<PhotoRefusal | 'accepted'> {
  try {
    await processPhoto(bytes);
    return 'accepted';
  } catch (error) {
    if (error instanceof PhotoError) return error.code;
    throw error;
  }
}

/** A PNG whose header claims width × height, with one tiny compressed row: a decompression bomb. */
function bombPng(width: number, height: number): Buffer {
  const crc = (data: Buffer) => {
    let c = ~0;
    for (const byte of data) {
      c ^= byte;
      for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from('\x89PNG\r\n\x1a\n', 'binary'),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(1 + width))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const frame = (background: string) =>
  sharp({ create: { width: 300, height: 300, channels: 3, background } })
    .png()
    .toBuffer();
const frames = async (): Promise<[Buffer, Buffer]> => [await frame('#c00'), await frame('#0c0')];

describe('processPhoto', () => {
  it('strips every piece of metadata: a source phone’s GPS position never reaches a rendition', async () => {
    const source = await generatedPhoto({ width: 1600, height: 1000, gps: true });
    assert.ok(
      Object.keys(exifTags(source)).some((k) => k.includes('GPS')),
      'the fixture carries GPS',
    );
    const photo = await processPhoto(source);
    assert.ok(photo.files.length > 20);
    for (const file of photo.files.filter((_, i) => i % 5 === 0)) {
      assert.deepEqual(exifTags(file.bytes), {}, file.rendition.name);
      const meta = await sharp(file.bytes).metadata();
      assert.equal(meta.exif, undefined);
      assert.equal(meta.icc, undefined);
    }
  });

  it('applies the EXIF orientation before cropping (a phone photo held upright stays upright)', async () => {
    // Stored landscape 1600 × 1000 with «rotate 90°»: the photo is 1000 × 1600, portrait.
    const source = await generatedPhoto({ width: 1600, height: 1000, orientation: 6 });
    const photo = await processPhoto(source);
    assert.deepEqual([photo.width, photo.height], [1000, 1600]);
    const original = photo.files.find(
      (f) => f.rendition.crop === 'original' && f.rendition.format === 'jpeg',
    )!;
    const meta = await sharp(original.bytes).metadata();
    assert.ok(meta.height! > meta.width!, 'portrait');
  });

  it('makes AVIF, WebP and JPEG at the ladder of widths, each of the size its name says', async () => {
    const photo = await processPhoto(await generatedPhoto({ width: 2400, height: 1600 }), {
      x: 0.3,
      y: 0.6,
    });
    const formats = new Set(photo.files.map((f) => f.rendition.format));
    assert.deepEqual([...formats].sort(), ['avif', 'jpeg', 'webp']);
    for (const file of photo.files.filter((_, i) => i % 4 === 0)) {
      const meta = await sharp(file.bytes).metadata();
      assert.equal(meta.width, file.rendition.width, file.rendition.name);
      assert.equal(meta.height, file.rendition.height, file.rendition.name);
      assert.equal(meta.format === 'heif' ? 'avif' : meta.format, file.rendition.format);
    }
    for (const placeholder of Object.values(photo.placeholders)) {
      assert.match(placeholder, /^data:image\/webp;base64,/);
      assert.ok(placeholder.length < 400, `placeholder of ${placeholder.length} characters`);
    }
  });

  it('flattens a transparent PNG onto white', async () => {
    const png = await sharp({
      create: { width: 400, height: 300, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .png()
      .toBuffer();
    const photo = await processPhoto(png);
    const jpeg = photo.files.find((f) => f.rendition.format === 'jpeg')!;
    const { dominant } = await sharp(jpeg.bytes).stats();
    assert.ok(dominant.r > 240 && dominant.g > 240 && dominant.b > 240);
  });

  it('decodes an iPhone HEIC (on a worker thread) and strips its GPS too', async () => {
    const heic = await heicPhoto(1200, 900);
    assert.equal(checkUpload(heic), 'heic');
    assert.ok(
      Object.keys(exifTags(heic)).some((k) => k.includes('GPS')),
      'the fixture carries GPS',
    );
    const photo = await processPhoto(heic);
    assert.deepEqual([photo.width, photo.height], [1200, 900]);
    assert.deepEqual(exifTags(photo.files[0]!.bytes), {});
  });
});

describe('refused uploads', () => {
  it('refuses an SVG (it can carry scripts), even named .jpg', async () => {
    const svg = Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    );
    assert.equal(await refusal(svg), 'svg');
  });
  it('refuses animated GIFs and says so; other GIFs too', async () => {
    const both = await frames();
    assert.equal(await refusal(await sharp(both[0]).gif().toBuffer()), 'gif');
    const animated = await sharp(both, { join: { animated: true } })
      .gif()
      .toBuffer();
    assert.equal(await refusal(animated), 'animated');
  });
  it('refuses an animated WebP instead of keeping one frame silently', async () => {
    const animated = await sharp(await frames(), { join: { animated: true } })
      .webp()
      .toBuffer();
    assert.equal(await refusal(animated), 'animated');
  });
  it('refuses a decompression bomb by its declared size, before decoding it', async () => {
    const bomb = bombPng(30_000, 30_000);
    assert.ok(bomb.length < 100_000, `${bomb.length} bytes`);
    const before = process.memoryUsage().rss;
    assert.equal(await refusal(bomb), 'too-many-pixels');
    assert.ok(process.memoryUsage().rss - before < 200 * 1024 * 1024);
  });
  it('refuses a truncated JPEG', async () => {
    const whole = await generatedPhoto({ width: 800, height: 600 });
    assert.equal(await refusal(whole.subarray(0, Math.floor(whole.length / 2))), 'damaged');
  });
  it('refuses text, empty files, tiny images and files over 25 MB', async () => {
    assert.equal(await refusal(Buffer.from('هذا نص وليس صورة. '.repeat(20))), 'not-an-image');
    assert.equal(await refusal(Buffer.alloc(0)), 'empty');
    const tiny = await sharp({
      create: { width: 150, height: 150, channels: 3, background: '#888' },
    })
      .jpeg()
      .toBuffer();
    assert.equal(await refusal(tiny), 'too-small');
    const huge = Buffer.concat([
      await generatedPhoto({ width: 400, height: 300 }),
      Buffer.alloc(26 * 1024 * 1024),
    ]);
    assert.equal(await refusal(huge), 'too-large');
  });
  it('explains each refusal in Arabic', () => {
    assert.match(new PhotoError('svg').message, /SVG/);
    assert.match(new PhotoError('too-many-pixels').message, /ميغابكسل/);
  });
});

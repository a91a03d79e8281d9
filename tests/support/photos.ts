import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generatedPhoto } from '../../scripts/media/generated-photo';

export { generatedPhoto };

/** The EXIF tags exiftool finds in a file (GPS*, Make, Model…), by name. */
export function exifTags(bytes: Uint8Array): Record<string, unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), 'exif-'));
  const file = path.join(dir, 'photo');
  writeFileSync(file, bytes);
  const out = execFileSync('exiftool', ['-j', '-G', '-EXIF:all', '-GPS:all', file], {
    encoding: 'utf8',
  });
  const [tags] = JSON.parse(out) as Record<string, unknown>[];
  return Object.fromEntries(
    Object.entries(tags ?? {}).filter(([k]) => /^(EXIF|GPS|Composite):/.test(k)),
  );
}

/** A HEIC as an iPhone writes it (HEVC, EXIF with GPS), made by libheif's heif-enc from a JPEG. */
export async function heicPhoto(width: number, height: number): Promise<Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'heic-'));
  const jpeg = path.join(dir, 'in.jpg');
  writeFileSync(jpeg, await generatedPhoto({ width, height, gps: true, seed: 3 }));
  const heic = path.join(dir, 'out.heic');
  execFileSync('heif-enc', ['-q', '50', jpeg, '-o', heic], { stdio: 'ignore' });
  return readFileSync(heic);
}

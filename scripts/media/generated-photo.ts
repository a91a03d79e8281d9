import sharp from 'sharp';

/**
 * A photo-like picture drawn by sharp (a gradient sky, a sun, hills and grain) for tests, the
 * benchmark and the synthetic corpus: grain keeps the encoders working as hard as on a real photo.
 * `gps` writes a GPS position and a camera name into its EXIF, as a source's phone would.
 */
/** Hundreds of soft shapes: detail that survives resizing, as leaves, crowds and buildings do. */
function shapes(w: number, h: number, seed: number): string {
  let state = seed * 97 + 13;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32;
  const out: string[] = [];
  for (let i = 0; i < 600; i++) {
    const r = (0.004 + next() * 0.03) * w;
    out.push(
      `<circle cx="${(next() * w).toFixed(1)}" cy="${(next() * h).toFixed(1)}" r="${r.toFixed(1)}" ` +
        `fill="hsl(${Math.floor(next() * 360)},${40 + Math.floor(next() * 50)}%,${25 + Math.floor(next() * 55)}%)" fill-opacity="0.75"/>`,
    );
  }
  return out.join('');
}

export async function generatedPhoto(options: {
  width: number;
  height: number;
  seed?: number;
  gps?: boolean;
  format?: 'jpeg' | 'png' | 'webp';
  orientation?: number;
}): Promise<Buffer> {
  const { width: w, height: h, seed = 1 } = options;
  const hue = (seed * 47) % 360;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="hsl(${hue},60%,35%)"/><stop offset="1" stop-color="hsl(${(hue + 40) % 360},70%,70%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${w * (0.3 + (seed % 5) * 0.1)}" cy="${h * 0.35}" r="${h * 0.12}" fill="hsl(${(hue + 180) % 360},80%,60%)"/>
    ${shapes(w, h, seed)}
    <path d="M0 ${h * 0.75} Q ${w * 0.3} ${h * 0.55} ${w * 0.6} ${h * 0.72} T ${w} ${h * 0.68} V ${h} H 0 Z" fill="hsl(${(hue + 90) % 360},35%,25%)"/>
  </svg>`;
  const base = await sharp(Buffer.from(svg))
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  let state = seed * 2654435761;
  for (let i = 0; i < base.data.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    base.data[i] = Math.max(0, Math.min(255, base.data[i]! + (state >>> 27) - 16));
  }
  let image = sharp(base.data, { raw: base.info });
  const exif = {
    IFD0: {
      Make: 'HomepressTestCam',
      Model: 'Source Phone',
      ...(options.orientation ? { Orientation: String(options.orientation) } : {}),
    },
    ...(options.gps
      ? {
          IFD3: {
            GPSLatitudeRef: 'N',
            GPSLatitude: '33/1 35/1 2/1',
            GPSLongitudeRef: 'W',
            GPSLongitude: '7/1 36/1 5/1',
          },
        }
      : {}),
  };
  if (options.format === 'png') return image.png().toBuffer();
  if (options.format === 'webp') return image.webp({ quality: 85 }).toBuffer();
  image = image.jpeg({ quality: 88 });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  return options.gps || options.orientation
    ? image.withExifMerge(exif).toBuffer()
    : image.toBuffer();
}

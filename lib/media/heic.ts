import { createRequire } from 'node:module';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

export type DecodedHeic = { width: number; height: number; data: Uint8Array };

/**
 * The first image of a HEIC file (what iPhones send), as RGBA pixels. libvips here reads AVIF but
 * not HEVC, so libheif compiled to WebAssembly (heic-decode) decodes it. It works synchronously,
 * for seconds on a 12-megapixel photo, so it runs on a worker thread: readers' pages are served
 * while it works. The worker's code is inline and loads the package from node_modules at run time,
 * because neither bundler (Next.js's, scripts/build/bundle-server.ts) ships a separate worker file.
 */
export function decodeHeic(bytes: Uint8Array, maxPixels: number): Promise<DecodedHeic> {
  const decoder = createRequire(path.join(process.cwd(), 'package.json')).resolve('heic-decode');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_CODE, {
      eval: true,
      workerData: { decoder, bytes, maxPixels },
      resourceLimits: { maxOldGenerationSizeMb: 256 },
    });
    worker.once(
      'message',
      (message: { ok: true; image: DecodedHeic } | { ok: false; error: string }) => {
        if (message.ok) resolve(message.image);
        else reject(new Error(message.error));
        void worker.terminate();
      },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`HEIC decoder stopped with code ${code}`));
    });
  });
}

const WORKER_CODE = `
const { parentPort, workerData } = require('node:worker_threads');
(async () => {
  const decode = require(workerData.decoder);
  const images = await decode.all({ buffer: workerData.bytes });
  try {
    const first = images[0];
    if (!first) throw new Error('no image in the file');
    if (first.width * first.height > workerData.maxPixels) throw new Error('too-many-pixels');
    const image = await first.decode();
    const data = new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength);
    parentPort.postMessage({ ok: true, image: { width: image.width, height: image.height, data } }, [data.buffer]);
  } finally {
    images.dispose();
  }
})().catch((error) => parentPort.postMessage({ ok: false, error: String(error && error.message || error) }));
`;

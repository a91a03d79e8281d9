/**
 * One photo through the upload pipeline's processing, in a process of its own so that its peak
 * memory is the pipeline's (scripts/bench/photos.ts runs it). Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { processPhoto } from '../../lib/media/process';

async function main(): Promise<void> {
  const bytes = readFileSync(process.argv[2]!);
  const before = process.resourceUsage().maxRSS / 1024;
  const started = performance.now();
  const processed = await processPhoto(bytes);
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      ms: Math.round(ms),
      files: processed.files.length,
      kb: Math.round(processed.files.reduce((sum, f) => sum + f.bytes.length, 0) / 1024),
      rssBeforeMb: Math.round(before),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

void main();

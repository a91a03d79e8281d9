/**
 * Subsets the self-hosted Noto Naskh Arabic files from @fontsource to the glyphs Arabic news needs
 * (see scripts/build/fonts/subsets.ts) and writes them to app/fonts/. Runs before every build; skips files
 * that are already newer than their sources.
 */
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import subsetFont from 'subset-font';
import { ARABIC_RANGES, LATIN_RANGES, rangesToText } from './fonts/subsets';

const source = path.join(
  process.cwd(),
  'node_modules',
  '@fontsource',
  'noto-naskh-arabic',
  'files',
);
const target = path.join(process.cwd(), 'app', 'fonts');

const jobs = [400, 700].flatMap((weight) => [
  {
    from: `noto-naskh-arabic-arabic-${weight}-normal.woff2`,
    to: `naskh-arabic-${weight}.woff2`,
    text: rangesToText(ARABIC_RANGES),
  },
  {
    from: `noto-naskh-arabic-latin-${weight}-normal.woff2`,
    to: `naskh-latin-${weight}.woff2`,
    text: rangesToText(LATIN_RANGES),
  },
]);

async function mtime(file: string): Promise<number> {
  try {
    return (await stat(file)).mtimeMs;
  } catch {
    return 0;
  }
}

async function main() {
  await mkdir(target, { recursive: true });
  const script = await mtime(__filename);
  for (const job of jobs) {
    const from = path.join(source, job.from);
    const to = path.join(target, job.to);
    const built = await mtime(to);
    if (built > (await mtime(from)) && built > script) continue;
    const input = await readFile(from);
    const output = await subsetFont(input, job.text, { targetFormat: 'woff2' });
    await writeFile(to, output);
    console.log(`fonts: ${job.to} ${input.length} → ${output.length} bytes`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/**
 * After `next build`: writes a Brotli copy (quality 11) next to every JavaScript, CSS and SVG
 * file of .next/static. server.ts serves it to browsers that accept br: about a fifth smaller
 * than the gzip Next.js would make on the fly, for files that are immutable anyway.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const root = path.join(process.cwd(), '.next', 'static');
let files = 0;
let before = 0;
let after = 0;

function walk(dir: string) {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) walk(file);
    else if (/\.(js|css|svg)$/.test(name)) {
      const input = readFileSync(file);
      const output = brotliCompressSync(input, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: input.length,
        },
      });
      writeFileSync(`${file}.br`, output);
      files++;
      before += input.length;
      after += output.length;
    }
  }
}

walk(root);
console.log(
  `precompress: ${files} files, ${(before / 1024).toFixed(0)} KB → ${(after / 1024).toFixed(0)} KB with Brotli`,
);

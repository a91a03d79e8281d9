/**
 * Bulk import of documents in the seed's format, each as a draft:
 *   npm run import -- <files or folders> [--category أمن]
 * One transaction per document; a summary at the end; exit code 1 if any document failed.
 */
import '../../lib/runtime/local-env-auto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prisma } from '../../lib/db/client';
import { importDocument } from '../../lib/newsroom/import';
import { progress } from '../bench/synthetic/progress';

async function expand(inputs: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const input of inputs) {
    const info = await stat(input);
    if (info.isDirectory()) {
      for (const name of (await readdir(input)).sort())
        if (name.endsWith('.txt')) files.push(path.join(input, name));
    } else files.push(input);
  }
  return files;
}

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { category: { type: 'string' } },
  });
  if (positionals.length === 0)
    throw new Error('usage: npm run import -- <files or folders> [--category <slug>]');
  const files = await expand(positionals);
  const category =
    values.category ??
    (await prisma.category.findFirst({ orderBy: { position: 'asc' }, select: { slug: true } }))
      ?.slug;
  if (!category) throw new Error('no categories: run `npm run db:seed` first');
  const bar = progress('import', files.length);
  const results = [];
  for (const [index, file] of files.entries()) {
    results.push(
      await importDocument(prisma, path.basename(file), await readFile(file), {
        categorySlug: category,
        actor: { id: null, name: 'سطر الأوامر' },
      }),
    );
    bar.tick(index + 1);
  }
  bar.done();
  const imported = results.filter((r) => r.outcome === 'imported');
  const duplicates = results.filter((r) => r.outcome === 'duplicate');
  const failed = results.filter((r) => r.outcome === 'failed');
  for (const r of imported) console.log(`imported   ${r.name} → draft ${r.id}`);
  for (const r of duplicates) console.log(`duplicate  ${r.name} (article ${r.id}); skipped`);
  for (const r of failed) console.log(`failed     ${r.name}\n  ${r.errors.join('\n  ')}`);
  console.log(
    `\n${imported.length} imported, ${duplicates.length} skipped as duplicates, ${failed.length} failed`,
  );
  if (failed.length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(`import: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());

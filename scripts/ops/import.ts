/**
 * Bulk import of documents in the seed's format:
 *   npm run import -- <files or folders> [--category أمن] [--publish]
 * A document with a manifest beside it (name.json, as the seed's: headline, section, tags, time,
 * photo) takes its headline, section and photo from it, and with --publish is published at the
 * manifest's time; one without is a draft whose provisional headline comes from its lead.
 * One transaction per document; a summary at the end; exit code 1 if any document failed.
 */
import '../../lib/runtime/local-env-auto';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { prisma } from '../../lib/db/client';
import { importDocument, importWithManifest } from '../../lib/newsroom/import';
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

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

async function main() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { category: { type: 'string' }, publish: { type: 'boolean' } },
  });
  if (positionals.length === 0)
    throw new Error('usage: npm run import -- <files or folders> [--category <slug>] [--publish]');
  const files = await expand(positionals);
  const category =
    values.category ??
    (await prisma.category.findFirst({ orderBy: { position: 'asc' }, select: { slug: true } }))
      ?.slug;
  if (!category) throw new Error('no categories: run `npm run db:seed` first');
  const bar = progress('import', files.length);
  const results = [];
  const actor = { id: null, name: 'سطر الأوامر' };
  for (const [index, file] of files.entries()) {
    const name = path.basename(file);
    const manifest = await exists(file.replace(/\.txt$/, '.json'));
    results.push(
      manifest
        ? await importWithManifest(prisma, path.dirname(file), name, {
            publish: Boolean(values.publish),
            actor,
          })
        : values.publish
          ? ({
              name,
              outcome: 'failed',
              errors: [
                `${file}: --publish needs a manifest beside the document (${name.replace(/\.txt$/, '.json')})`,
              ],
            } as const)
          : await importDocument(prisma, name, await readFile(file), {
              categorySlug: category,
              actor,
            }),
    );
    bar.tick(index + 1);
  }
  bar.done();
  const imported = results.filter((r) => r.outcome === 'imported');
  const duplicates = results.filter((r) => r.outcome === 'duplicate');
  const failed = results.filter((r) => r.outcome === 'failed');
  for (const r of imported)
    console.log(`imported   ${r.name} → ${values.publish ? 'article' : 'draft'} ${r.id}`);
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

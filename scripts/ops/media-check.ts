/**
 * Compares the photo rows with the media store: `npm run media:check [-- --delete-orphans]`.
 * Exit code 1 when a photo names a missing file (readers would see a broken image).
 */
import '../../lib/runtime/local-env-auto';
import { parseArgs } from 'node:util';
import { prisma } from '../../lib/db/client';
import { checkMedia } from '../../lib/media/check';
import { mediaStore } from '../../lib/media/store';

async function main() {
  const { values } = parseArgs({ options: { 'delete-orphans': { type: 'boolean' } } });
  const store = mediaStore();
  const report = await checkMedia(prisma, store);
  console.log(`media: ${report.photos} photos in ${store.kind} storage`);
  for (const { photoId, files } of report.missing)
    console.log(
      `missing    photo ${photoId}: ${files.length} files (${files.slice(0, 3).join(', ')}${files.length > 3 ? ', …' : ''})`,
    );
  console.log(
    `orphans    ${report.orphanRenditions.length} renditions, ${report.orphanOriginals.length} originals no photo names`,
  );
  if (values['delete-orphans']) {
    for (const name of report.orphanRenditions) await store.deleteRendition(name);
    for (const name of report.orphanOriginals) await store.deleteOriginal(name);
    console.log(
      `deleted    ${report.orphanRenditions.length + report.orphanOriginals.length} orphan files`,
    );
  }
  if (report.missing.length > 0) process.exitCode = 1;
}

main()
  .catch((error: unknown) => {
    console.error(`media:check: ${(error as Error).message}`);
    process.exitCode = 1;
  })
  .finally(() => prisma.$disconnect());

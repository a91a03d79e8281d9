import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { importWithManifest } from '../lib/newsroom/import';
import { loadSeedContent } from '../lib/seed/load';
import { writeSeedContent } from '../lib/seed/run';
import { generatedPhoto } from './support/photos';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

const seedDir = path.join(__dirname, '..', 'prisma', 'seed');
const seedDocument = path.join(seedDir, 'articles', '000_639dfa3fad1bf5b5.txt');
const actor = { id: null, name: 'سطر الأوامر' };

function folderWith(manifest: object, files: Record<string, Buffer | string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'import-'));
  // The seed's document with one word changed: another document, not a duplicate of the seed's.
  copyFileSync(seedDocument, path.join(dir, 'wire.txt'));
  writeFileSync(path.join(dir, 'wire.txt'), '\nخبر إضافي للاختبار.\n', { flag: 'a' });
  writeFileSync(path.join(dir, 'wire.json'), JSON.stringify(manifest));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

const manifest = {
  title: 'وفد أمني إسباني في الرباط لبحث التعاون',
  category: 'أمن',
  tags: ['إسبانيا'],
  publishedAt: '2026-11-27T09:00:00+01:00',
};

describe('npm run import with manifests', () => {
  let db: TempDb;
  beforeEach(async () => {
    db = await createTempDatabase();
    await writeSeedContent(db.prisma, await loadSeedContent(seedDir));
  });
  afterEach(() => db.cleanup());

  it('publishes at the manifest’s time with its photo as the lead, alt, caption, credit and focus kept', async () => {
    const photo = await generatedPhoto({ width: 1600, height: 1000, seed: 31 });
    const dir = folderWith(
      {
        ...manifest,
        photo: {
          file: 'wire.jpg',
          alt: 'وفد أمني في مقر المديرية',
          credit: 'رويترز',
          focus: [0.3, 0.4],
        },
      },
      { 'wire.jpg': photo },
    );
    const outcome = await importWithManifest(db.prisma, dir, 'wire.txt', { publish: true, actor });
    assert.equal(outcome.outcome, 'imported', JSON.stringify(outcome));
    const article = await db.prisma.article.findFirstOrThrow({
      where: { title: manifest.title },
      select: { status: true, publishedAt: true, photos: { select: { lead: true, photo: true } } },
    });
    assert.equal(article.status, 'published');
    assert.equal(article.publishedAt?.toISOString(), '2026-11-27T08:00:00.000Z');
    assert.equal(article.photos.length, 1);
    assert.equal(article.photos[0]!.lead, true);
    assert.equal(article.photos[0]!.photo.alt, 'وفد أمني في مقر المديرية');
    assert.equal(article.photos[0]!.photo.credit, 'رويترز');
    assert.deepEqual(
      [article.photos[0]!.photo.focusX, article.photos[0]!.photo.focusY],
      [0.3, 0.4],
    );
    // The same document again is a duplicate, not a second article.
    const again = await importWithManifest(db.prisma, dir, 'wire.txt', { publish: true, actor });
    assert.equal(again.outcome, 'duplicate');
  });

  it('without --publish the document is a draft with the manifest’s headline', async () => {
    const outcome = await importWithManifest(db.prisma, folderWith(manifest), 'wire.txt', {
      publish: false,
      actor,
    });
    assert.equal(outcome.outcome, 'imported');
    const article = await db.prisma.article.findFirstOrThrow({ where: { title: manifest.title } });
    assert.equal(article.status, 'draft');
    assert.equal(article.publishedAt, null);
  });

  it('refuses bad photo references with the file and the field, writing nothing', async () => {
    const before = await db.prisma.article.count();
    const cases: [object, Record<string, Buffer | string>, RegExp][] = [
      [
        { file: 'gone.jpg', alt: 'صورة غائبة' },
        {},
        /wire\.json: photo\.file: .*gone\.jpg does not exist/,
      ],
      [
        { file: 'notes.jpg', alt: 'ليست صورة' },
        { 'notes.jpg': 'نص وليس صورة '.repeat(20) },
        /photo\.file: .*notes\.jpg is refused \(not-an-image\)/,
      ],
      [
        { file: 'wire.jpg' },
        { 'wire.jpg': await generatedPhoto({ width: 800, height: 600, seed: 32 }) },
        /wire\.json: photo\.alt: alt text is required/,
      ],
      [
        { file: '../secret.jpg', alt: 'خارج المجلد' },
        {},
        /photo\.file: a file name beside the document/,
      ],
    ];
    for (const [photo, files, expected] of cases) {
      const outcome = await importWithManifest(
        db.prisma,
        folderWith({ ...manifest, photo }, files),
        'wire.txt',
        {
          publish: true,
          actor,
        },
      );
      assert.equal(outcome.outcome, 'failed');
      assert.match(outcome.outcome === 'failed' ? outcome.errors.join('\n') : '', expected);
    }
    assert.equal(await db.prisma.article.count(), before);
    assert.equal(await db.prisma.photo.count(), 1); // the seed's
  });
});

import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, it } from 'node:test';
import { checkMedia } from '../lib/media/check';
import { ingestPhoto } from '../lib/media/ingest';
import { mediaStore } from '../lib/media/store';
import { generatedPhoto } from './support/photos';
import { createTempDatabase, type TempDb } from './helpers/temp-db';

const actor = { id: null, name: 'اختبار' };

describe('media library storage', () => {
  let db: TempDb;
  beforeEach(async () => {
    db = await createTempDatabase();
  });
  afterEach(() => db.cleanup());

  it('stores a photo once: the same file again is the same photo, processed once', async () => {
    const bytes = await generatedPhoto({ width: 900, height: 600, seed: 21 });
    const first = await ingestPhoto(db.prisma, bytes, actor, {
      alt: 'صورة اختبار',
      caption: '',
      credit: 'تصوير: اختبار',
      focus: { x: 0.2, y: 0.8 },
    });
    const again = await ingestPhoto(db.prisma, bytes, actor);
    assert.equal(first.reused, false);
    assert.equal(again.reused, true);
    assert.equal(again.photo.id, first.photo.id);
    assert.equal(again.photo.alt, 'صورة اختبار');
    assert.deepEqual(again.photo.focus, { x: 0.2, y: 0.8 });
    assert.equal(await db.prisma.photo.count(), 1);
    const report = await checkMedia(db.prisma, mediaStore());
    assert.deepEqual(report.missing, []);
    assert.equal(report.orphanRenditions.filter((n) => n.startsWith(first.photo.key)).length, 0);
  });

  it('a write that fails after the files leaves no row naming them; the check reports the files', async () => {
    // The audit event, written after the photo's row in the same transaction, names an account
    // that does not exist: the database refuses it, on SQLite and PostgreSQL alike.
    const ghost = { id: 'no-such-account', name: 'حساب محذوف' };
    const bytes = await generatedPhoto({ width: 800, height: 600, seed: 22 });
    await assert.rejects(ingestPhoto(db.prisma, bytes, ghost), /foreign key/i);
    assert.equal(await db.prisma.photo.count(), 0);
    assert.equal(await db.prisma.auditEvent.count(), 0);
    const report = await checkMedia(db.prisma, mediaStore());
    assert.deepEqual(report.missing, []);
    assert.ok(report.orphanRenditions.length > 10, `${report.orphanRenditions.length} orphans`);
    assert.ok(report.orphanOriginals.length >= 1);
  });

  it('finds a photo whose file went missing', async () => {
    const { photo } = await ingestPhoto(
      db.prisma,
      await generatedPhoto({ width: 800, height: 500, seed: 23 }),
      actor,
    );
    const store = mediaStore();
    const victim = (await store.listRenditions()).find((n) => n.startsWith(`${photo.key}-wide-`))!;
    await store.deleteRendition(victim);
    const report = await checkMedia(db.prisma, store);
    assert.deepEqual(report.missing, [{ photoId: photo.id, files: [victim] }]);
  });
});

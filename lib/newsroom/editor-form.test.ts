import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readEditorForm } from './editor-form';

function form(fields: Record<string, string>) {
  const data = new FormData();
  const defaults = {
    intent: 'draft',
    title: 'عنوان خبر تجريبي طويل',
    slug: '',
    dek: 'تمهيد خبر تجريبي بما يكفي من الكلمات.',
    body: 'عنوان فرعي\nفقرة أولى.',
    category: 'أمن',
    tags: '',
    author: 'ج السماوي',
    publishAt: '',
  };
  for (const [k, v] of Object.entries({ ...defaults, ...fields })) data.set(k, v);
  return data;
}

describe('readEditorForm', () => {
  it('refuses publication times outside 1900-2099 with an Arabic message on the field', () => {
    for (const publishAt of ['2107-01-01T10:00', '9999-12-31T23:59', '1899-06-01T10:00']) {
      const result = readEditorForm(form({ publishAt, intent: 'publish' }));
      assert.ok(!result.ok, publishAt);
      assert.equal(result.errors.publishAt, 'وقت النشر خارج المدى المقبول (بين 1900 و2099).');
    }
    assert.ok(readEditorForm(form({ publishAt: '2099-12-31T23:59' })).ok);
  });

  it('parses the body with the document rules and makes a slug from the title', () => {
    const result = readEditorForm(form({}));
    assert.ok(result.ok);
    assert.equal(result.value.slugValue, 'عنوان-خبر-تجريبي-طويل');
    assert.deepEqual(
      result.value.blocks.map((b) => b.type),
      ['heading', 'paragraph'],
    );
  });
  it('splits tags on Arabic and Latin commas, trims and de-duplicates them', () => {
    const result = readEditorForm(form({ tags: 'أمن، إسبانيا,أمن ,  كأس العالم 2030' }));
    assert.ok(result.ok);
    assert.deepEqual(result.value.tags, ['أمن', 'إسبانيا', 'كأس العالم 2030']);
  });
  it('reads the publication time as Casablanca time', () => {
    const result = readEditorForm(form({ publishAt: '2026-12-01T09:30' }));
    assert.ok(result.ok);
    assert.equal(result.value.publishAt?.toISOString(), '2026-12-01T08:30:00.000Z');
  });
  it('strips bidi overrides from the text fields', () => {
    const result = readEditorForm(form({ title: 'عنوان \u202Eمقلوب للاختبار' }));
    assert.ok(result.ok);
    assert.equal(result.value.title, 'عنوان مقلوب للاختبار');
  });
  it('reports every invalid field in Arabic', () => {
    const result = readEditorForm(
      form({
        title: 'قصير',
        dek: '',
        body: '',
        slug: 'رابط خاطئ!',
        publishAt: 'غدا',
        intent: 'explode',
      }),
    );
    assert.ok(!result.ok);
    assert.deepEqual(Object.keys(result.errors).sort(), [
      'body',
      'dek',
      'intent',
      'publishAt',
      'slug',
      'title',
    ]);
    assert.match(result.errors.title!, /العنوان قصير/);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Block } from '../articles/blocks';
import { diffBody, diffText } from './diff';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

describe('revision diff', () => {
  it('compares Arabic text word by word, not letter by letter', () => {
    assert.deepEqual(diffText('أعلنت الوزارة الخميس', 'أعلنت الحكومة الخميس'), [
      { kind: 'same', text: 'أعلنت ' },
      { kind: 'removed', text: 'الوزارة' },
      { kind: 'added', text: 'الحكومة' },
      { kind: 'same', text: ' الخميس' },
    ]);
  });

  it('keeps numbers and Latin words whole', () => {
    const parts = diffText('بلغ العجز 3.5% في 2024 حسب IMF', 'بلغ العجز 4.1% في 2025 حسب IMF');
    assert.deepEqual(
      parts.filter((x) => x.kind !== 'same').map((x) => x.text),
      ['3.5', '4.1', '2024', '2025'],
    );
  });

  it('shows an edited block word by word and added or removed blocks whole', () => {
    const before = [p('الفقرة الأولى.'), p('فقرة تُحذف.'), p('الفقرة الأخيرة.')];
    const after: Block[] = [
      p('الفقرة الأولى.'),
      p('فقرة عُدّلت.'),
      { type: 'heading', level: 2, text: 'عنوان جديد' },
      p('الفقرة الأخيرة.'),
    ];
    const rows = diffBody(before, after);
    assert.deepEqual(
      rows.map((r) => r.kind),
      ['same', 'edited', 'added', 'same'],
    );
    const edited = rows[1];
    assert.ok(edited?.kind === 'edited');
    assert.deepEqual(
      edited.parts.filter((x) => x.kind !== 'same').map((x) => `${x.kind}:${x.text}`),
      ['removed:تُحذف', 'added:عُدّلت'],
    );
    assert.deepEqual(rows[2], { kind: 'added', text: '## عنوان جديد' });
  });
});

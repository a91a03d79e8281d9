import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blocksSchema, type Block } from '../articles/blocks';
import { serializeBody } from './body-format';
import { parseBody } from './parse';

const SITE = 'https://homepress.example';
const parse = (text: string) => parseBody(text, { siteOrigin: SITE });

function ok(text: string): Block[] {
  const result = parse(text);
  assert.ok(result.ok, JSON.stringify(!result.ok && result.errors));
  // Whatever the format makes, the one schema accepts.
  blocksSchema.parse(result.blocks);
  return result.blocks;
}

const EVERY_BLOCK = [
  '## خلفية الاجتماع',
  'قال **الوزير** إن *الاتفاق* نهائي، وفق [وكالة الأنباء](https://example.com/a?b=1) و[تقريرنا](/news/12/slug).',
  '### تفاصيل',
  '> الاتفاق يفتح صفحة جديدة.',
  '> وسنلتزم به كاملاً.',
  '> — وزير الخارجية',
  '>> صفحة جديدة في العلاقات',
  '- البند الأول',
  '- البند الثاني مع [رابط](mailto:desk@example.com)',
  '',
  '1. أولاً',
  '2. ثانياً',
  '---',
  '[صورة 3]',
  '[معرض 4 5]',
  '[مقال 12]',
  '[معلومات: الاتفاق في أرقام]',
  'وُقّع في 12 مايو 2026.',
  '- 14 بنداً',
  '[/معلومات]',
  'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
  '[خطاب الوزير](https://x.com/someone/status/123456)',
  'https://example.com/report',
  '\\- سطر يبدأ بشرطة وليس قائمة.',
].join('\n');

describe('the body format', () => {
  it('reads every block type and inline format', () => {
    const blocks = ok(EVERY_BLOCK);
    assert.deepEqual(
      blocks.map((b) => b.type),
      [
        'heading',
        'paragraph',
        'heading',
        'quote',
        'pullquote',
        'list',
        'list',
        'separator',
        'photo',
        'gallery',
        'related',
        'factbox',
        'embed',
        'embed',
        'paragraph',
        'paragraph',
      ],
    );
    assert.deepEqual(blocks[1], {
      type: 'paragraph',
      content: [
        { text: 'قال ' },
        { text: 'الوزير', bold: true },
        { text: ' إن ' },
        { text: 'الاتفاق', italic: true },
        { text: ' نهائي، وفق ' },
        { text: 'وكالة الأنباء', link: { href: 'https://example.com/a?b=1' } },
        { text: ' و' },
        { text: 'تقريرنا', link: { articleId: 12 } },
        { text: '.' },
      ],
    });
    assert.deepEqual(blocks[2], { type: 'heading', level: 3, text: 'تفاصيل' });
    assert.deepEqual(blocks[3], {
      type: 'quote',
      paragraphs: [[{ text: 'الاتفاق يفتح صفحة جديدة.' }], [{ text: 'وسنلتزم به كاملاً.' }]],
      source: 'وزير الخارجية',
    });
    // A blank line ended the bulleted list; the numbered one is its own.
    assert.equal((blocks[5] as Extract<Block, { type: 'list' }>).ordered, false);
    assert.equal((blocks[6] as Extract<Block, { type: 'list' }>).ordered, true);
    assert.deepEqual(blocks[11], {
      type: 'factbox',
      title: 'الاتفاق في أرقام',
      blocks: [
        { type: 'paragraph', content: [{ text: 'وُقّع في 12 مايو 2026.' }] },
        { type: 'list', ordered: false, items: [[{ text: '14 بنداً' }]] },
      ],
    });
    assert.deepEqual(blocks[12], {
      type: 'embed',
      provider: 'youtube',
      id: 'dQw4w9WgXcQ',
      url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    });
    assert.equal((blocks[13] as Extract<Block, { type: 'embed' }>).title, 'خطاب الوزير');
    // An address of no known provider is a link, not an embed.
    assert.deepEqual(blocks[14], {
      type: 'paragraph',
      content: [
        { text: 'https://example.com/report', link: { href: 'https://example.com/report' } },
      ],
    });
    assert.deepEqual(blocks[15], {
      type: 'paragraph',
      content: [{ text: '- سطر يبدأ بشرطة وليس قائمة.' }],
    });
  });

  it('gives the same blocks back from what it writes (the editor round trip)', () => {
    const blocks = ok(EVERY_BLOCK);
    assert.deepEqual(ok(serializeBody(blocks)), blocks);
    const tricky: Block[] = [
      { type: 'heading', level: 2, text: 'عنوان' },
      { type: 'paragraph', content: [{ text: '## ليس عنواناً * ولا [رابطاً](x) \\ أبداً' }] },
      { type: 'paragraph', content: [{ text: 'قصير' }] },
      {
        type: 'paragraph',
        content: [{ text: '> ليس اقتباساً' }, { text: ' بل', bold: true, italic: true }],
      },
      { type: 'paragraph', content: [{ text: '1. ليس قائمة' }] },
      { type: 'paragraph', content: [{ text: 'https://example.com' }] },
      { type: 'paragraph', content: [{ text: '---' }] },
      { type: 'quote', paragraphs: [[{ text: '— ليس مصدراً' }], [{ text: '*نجمة' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'أ' }]] },
      { type: 'list', ordered: false, items: [[{ text: 'ب' }]] },
    ];
    assert.deepEqual(ok(serializeBody(tricky)), tricky);
  });

  it('keeps the seed rule (short lines are headings) only where no heading is explicit', () => {
    const seed = ok('أهمية الزيارة\nتكتسب هذه الزيارة أهمية خاصة.');
    assert.equal(seed[0]?.type, 'heading');
    const explicit = ok('## خلفية\nقصير\nتكتسب هذه الزيارة أهمية خاصة.');
    assert.deepEqual(explicit[1], { type: 'paragraph', content: [{ text: 'قصير' }] });
  });

  it('refuses links that are not web, mail or our own, naming the line', () => {
    for (const href of [
      'javascript:alert(1)',
      'data:text/html,x',
      '//evil.example',
      'vbscript:x',
    ]) {
      const result = parse(`فقرة أولى.\n\nانقر [هنا](${href}) الآن.`);
      assert.ok(!result.ok, href);
      assert.equal(result.errors[0]?.line, 3);
      assert.equal(result.errors[0]?.code, 'link');
      assert.match(result.errors[0]!.message, /^السطر 3: رابط مرفوض/);
    }
  });

  it('names the line of an unclosed or stray fact box', () => {
    const open = parse('فقرة.\n[معلومات]\nنص.');
    assert.ok(!open.ok);
    assert.equal(open.errors[0]?.line, 2);
    const stray = parse('فقرة.\n[/معلومات]');
    assert.ok(!stray.ok);
    assert.equal(stray.errors[0]?.line, 2);
  });

  it('leaves lone markers and brackets as text', () => {
    const [block] = ok('النتيجة 5 * 3 و[ملاحظة] و**بلا إغلاق.');
    assert.deepEqual(block, {
      type: 'paragraph',
      content: [{ text: 'النتيجة 5 * 3 و[ملاحظة] و**بلا إغلاق.' }],
    });
  });
});

describe('the block schema', () => {
  it('accepts articles stored before formatting as they are', () => {
    assert.deepEqual(
      blocksSchema.parse([
        { type: 'heading', text: 'عنوان' },
        { type: 'paragraph', text: 'فقرة.' },
      ]),
      [
        { type: 'heading', level: 2, text: 'عنوان' },
        { type: 'paragraph', content: [{ text: 'فقرة.' }] },
      ],
    );
  });
  it('refuses bad links, unknown keys and embeds with ids of the wrong shape, at any boundary', () => {
    const bad = [
      [{ type: 'paragraph', content: [{ text: 'x', link: { href: 'javascript:alert(1)' } }] }],
      [{ type: 'paragraph', content: [{ text: 'x', style: 'color:red' }] }],
      [{ type: 'paragraph', content: [{ text: 'x' }], html: '<b>x</b>' }],
      [{ type: 'embed', provider: 'youtube', id: '"><script>', url: 'https://youtu.be/x' }],
      [{ type: 'embed', provider: 'myspace', id: 'x', url: 'https://myspace.com/x' }],
      [{ type: 'heading', level: 1, text: 'x' }],
      [{ type: 'script', text: 'alert(1)' }],
    ];
    for (const value of bad)
      assert.equal(blocksSchema.safeParse(value).success, false, JSON.stringify(value));
  });
});

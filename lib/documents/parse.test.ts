import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { plainOf } from '../articles/blocks';
import { isHeading, serializeBody } from './body-format';
import {
  MAX_REPORTED_ISSUES,
  parseBody,
  parseDocument,
  parseDocumentBytes,
  type ParseResult,
} from './parse';

const seedBytes = readFileSync(
  new URL('../../prisma/seed/articles/000_639dfa3fad1bf5b5.txt', import.meta.url),
);
const seedText = seedBytes.toString('utf8');

function expectOk(result: ParseResult) {
  if (!result.ok) assert.fail(`expected a document, got ${JSON.stringify(result.errors)}`);
  return result.document;
}

function expectErrors(result: ParseResult) {
  if (result.ok) assert.fail('expected parse errors');
  return result.errors;
}

describe('parseDocument on the seed', () => {
  const document = expectOk(parseDocumentBytes(seedBytes));

  it('reads the byline as outlet and author', () => {
    assert.equal(document.outlet, 'هومبريس');
    assert.equal(document.author, 'ج السماوي');
  });

  it('reads the lead paragraph', () => {
    assert.match(document.lead, /^استقبل عبد اللطيف حموشي/);
    assert.match(document.lead, /رفيع المستوى\.$/);
  });

  it('finds the 8 section headings in order', () => {
    const headings = document.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    assert.deepEqual(headings, [
      'أهمية الزيارة',
      'مناقشات معمقة',
      'دور المديرية العامة لمراقبة التراب الوطني',
      'إشادة بالتعاون الأمني',
      'تعزيز التعاون المشترك',
      'شراكة أمنية متقدمة',
      'تعزيز التعاون الإستراتيجي',
      'مستقبل التعاون الأمني',
    ]);
  });

  it('finds the 13 body paragraphs', () => {
    const paragraphs = document.blocks.filter((b) => b.type === 'paragraph');
    assert.equal(paragraphs.length, 13);
    assert.match(plainOf(paragraphs.at(-1)!.content), /في المنطقة\.$/);
  });

  it('starts the body with a heading', () => {
    assert.deepEqual(document.blocks[0], { type: 'heading', level: 2, text: 'أهمية الزيارة' });
  });
});

describe('parseDocument accepts the format variants', () => {
  it('accepts a BOM and CRLF line ends', () => {
    const crlf = '\uFEFF' + seedText.replace(/\n/g, '\r\n');
    assert.deepEqual(expectOk(parseDocument(crlf)), expectOk(parseDocument(seedText)));
  });

  it('accepts a UTF-8 BOM in bytes', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), seedBytes]);
    assert.equal(expectOk(parseDocumentBytes(withBom)).outlet, 'هومبريس');
  });

  for (const separator of ['–', '—', '-']) {
    it(`accepts «${separator}» as byline separator`, () => {
      const doc = expectOk(parseDocument(`المنبر ${separator} الكاتب\nتمهيد.\nفقرة.`));
      assert.deepEqual([doc.outlet, doc.author], ['المنبر', 'الكاتب']);
    });
  }

  it('keeps a hyphenated name whole', () => {
    const doc = expectOk(parseDocument('Le Desk – Jean-Pierre Martin\nتمهيد.\nفقرة.'));
    assert.equal(doc.author, 'Jean-Pierre Martin');
  });

  it('keeps markup as plain text', () => {
    const doc = expectOk(
      parseDocument(
        'منبر – كاتب\n<script>alert(1)</script> تمهيد.\n<b>فقرة</b> <img src=x onerror=alert(1)>.',
      ),
    );
    assert.equal(doc.lead, '<script>alert(1)</script> تمهيد.');
    assert.deepEqual(doc.blocks[0], {
      type: 'paragraph',
      content: [{ text: '<b>فقرة</b> <img src=x onerror=alert(1)>.' }],
    });
  });

  it('drops bidi override characters that would reorder the page', () => {
    const doc = expectOk(parseDocument('منبر – كاتب\n\u202Eتمهيد\u202C.\nفقرة.'));
    assert.equal(doc.lead, 'تمهيد.');
  });
});

describe('parseDocument rejects malformed documents with line numbers', () => {
  it('rejects an empty file', () => {
    assert.equal(expectErrors(parseDocument(''))[0]?.code, 'empty');
    assert.equal(expectErrors(parseDocument('\n\n  \n'))[0]?.code, 'empty');
  });

  it('rejects a byline with nothing after it', () => {
    const [error] = expectErrors(parseDocument('\nهومبريس – ج السماوي\n'));
    assert.equal(error?.code, 'missing-lead');
    assert.equal(error?.line, 2);
  });

  it('rejects a first line without a separator', () => {
    const errors = expectErrors(parseDocument('\n\nهومبريس ج السماوي\nتمهيد.\nفقرة.'));
    assert.equal(errors[0]?.code, 'byline');
    assert.equal(errors[0]?.line, 3);
  });

  it('rejects a separator with an empty side', () => {
    assert.equal(expectErrors(parseDocument('هومبريس – \nتمهيد.\nفقرة.'))[0]?.code, 'byline');
  });

  it('rejects a document with a lead but no body', () => {
    assert.equal(expectErrors(parseDocument('منبر – كاتب\nتمهيد.'))[0]?.code, 'missing-body');
  });

  it('rejects a body made only of headings', () => {
    assert.equal(
      expectErrors(parseDocument('منبر – كاتب\nتمهيد.\nعنوان'))[0]?.code,
      'missing-body',
    );
  });

  it('rejects binary bytes with their line', () => {
    const bytes = Buffer.concat([
      Buffer.from('منبر – كاتب\nتمهيد.\n'),
      Buffer.from([0x00, 0x01, 0x02, 0x41]),
    ]);
    const [error] = expectErrors(parseDocumentBytes(bytes));
    assert.equal(error?.code, 'binary');
    assert.equal(error?.line, 3);
  });

  it('rejects bytes that are not UTF-8 (Windows-1256) with their line', () => {
    const bytes = Buffer.concat([
      Buffer.from('منبر – كاتب\n'),
      Buffer.from([0xe3, 0xd1, 0xcd, 0xc8, 0xc7]),
    ]);
    const [error] = expectErrors(parseDocumentBytes(bytes));
    assert.equal(error?.code, 'encoding');
    assert.equal(error?.line, 2);
  });

  it('rejects overlong UTF-8 encodings and surrogates', () => {
    assert.equal(
      expectErrors(parseDocumentBytes(Uint8Array.from([0xc0, 0xaf])))[0]?.code,
      'encoding',
    );
    assert.equal(
      expectErrors(parseDocumentBytes(Uint8Array.from([0xed, 0xa0, 0x80])))[0]?.code,
      'encoding',
    );
  });
});

describe('isHeading', () => {
  it('takes short lines without final punctuation as headings', () => {
    assert.equal(isHeading('أهمية الزيارة'), true);
  });
  it('takes punctuated or long lines as paragraphs', () => {
    assert.equal(isHeading('تم بحث سبل تعزيز العمليات.'), false);
    assert.equal(isHeading('هل تنجح الزيارة؟'), false);
    assert.equal(isHeading('قال المسؤول: «نعم.»'), false);
    assert.equal(isHeading('كلمة '.repeat(13).trim()), false);
  });
});

describe('parseBody (the editor body field)', () => {
  it('classifies headings and paragraphs like a whole document', async () => {
    const { parseBody } = await import('./parse');
    const result = parseBody('أهمية الزيارة\r\nتكتسب هذه الزيارة أهمية خاصة.\n\nفقرة ثانية.');
    assert.deepEqual(result, {
      ok: true,
      blocks: [
        { type: 'heading', level: 2, text: 'أهمية الزيارة' },
        { type: 'paragraph', content: [{ text: 'تكتسب هذه الزيارة أهمية خاصة.' }] },
        { type: 'paragraph', content: [{ text: 'فقرة ثانية.' }] },
      ],
    });
  });
  it('reports empty bodies and binary lines with their line numbers', async () => {
    const { parseBody } = await import('./parse');
    assert.equal(
      (parseBody('  \n ') as { errors: { code: string }[] }).errors[0]?.code,
      'missing-body',
    );
    const binary = parseBody('فقرة.\nسطر\u0000ثنائي') as {
      ok: false;
      errors: { code: string; line: number }[];
    };
    assert.deepEqual([binary.errors[0]?.code, binary.errors[0]?.line], ['binary', 2]);
  });
});

describe('parseDocumentBytes rejects UTF-16', () => {
  it('names the encoding', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('منبر', 'utf16le')]);
    const [error] = expectErrors(parseDocumentBytes(bytes));
    assert.equal(error?.code, 'encoding');
    assert.match(error!.message, /UTF-16/);
  });
});

describe('parseDocument on hostile input', () => {
  it(`reports at most ${MAX_REPORTED_ISSUES} issues and counts the rest in one line`, () => {
    const result = parseDocument(
      ['منبر – كاتب', 'تمهيد.', ...Array.from({ length: 5000 }, () => 'سطر\u0001')].join('\n'),
    );
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.errors.length, MAX_REPORTED_ISSUES + 1);
    assert.equal(result.errors[0]?.line, 3);
    assert.deepEqual(result.errors.at(-1), {
      line: 0,
      code: 'more',
      message: `و${5000 - MAX_REPORTED_ISSUES} خطأً آخر.`,
    });
  });

  it('refuses C1 controls and noncharacters as it refuses C0 ones, by line', () => {
    for (const bad of ['\u0085', '\u009B', '\uFFFE', '\uD800']) {
      const result = parseDocument(`منبر – كاتب\nتمهيد.\nفقرة ${bad} فيها.`);
      assert.equal(result.ok, false, JSON.stringify(bad));
      if (!result.ok) assert.equal(result.errors[0]?.line, 3);
    }
  });

  it('reads 500 KB pathological lines in linear time', () => {
    const size = 500 * 1024;
    const lines = [
      // Runs of spaces before and after a dash (the byline split), punctuation and quotes (the
      // heading rule), and one unbroken word.
      `منبر${' '.repeat(size)}-${' '.repeat(10)}`,
      `.${'"'.repeat(size)}x`,
      '.»'.repeat(size / 2),
      'ك'.repeat(size),
      `${'- '.repeat(size / 2)}x`,
    ];
    for (const line of lines) {
      const started = performance.now();
      parseDocument(`${line}\nتمهيد.\nفقرة.`);
      parseDocument(`منبر – كاتب\nتمهيد.\n${line}`);
      parseBody(line);
      const ms = performance.now() - started;
      // Linear work on 500 KB is a few milliseconds; a quadratic regex would take minutes.
      assert.ok(
        ms < 1500,
        `${ms.toFixed(0)} ms for a line starting ${JSON.stringify(line.slice(0, 12))}`,
      );
    }
  });
});

describe('photo lines in the body', () => {
  it('makes photo and gallery blocks, with Arabic-Indic digits and Arabic commas', () => {
    const body = parseBody('فقرة أولى.\n[صورة 12]\n[معرض ١٣، 14 15]\nفقرة ثانية.');
    assert.ok(body.ok);
    assert.deepEqual(body.blocks.slice(1, 3), [
      { type: 'photo', photoId: 12 },
      { type: 'gallery', photoIds: [13, 14, 15] },
    ]);
    assert.equal(
      serializeBody(body.blocks),
      'فقرة أولى.\n\n[صورة 12]\n\n[معرض 13 14 15]\n\nفقرة ثانية.',
    );
  });
  it('names the line of a bad photo line', () => {
    const one = parseBody('فقرة.\n[معرض 12]');
    assert.ok(!one.ok);
    assert.equal(one.errors[0]?.line, 2);
    assert.match(one.errors[0]!.message, /المعرض من 2 إلى 30 صورة/);
    const two = parseBody('فقرة.\n\n[صورة 12 13]');
    assert.ok(!two.ok);
    assert.equal(two.errors[0]?.line, 3);
    assert.equal(two.errors[0]?.code, 'photo');
  });
  it('leaves text that only looks like it as text', () => {
    const body = parseBody('[صورة] من الأرشيف.\nفقرة.');
    assert.ok(body.ok);
    assert.equal(body.blocks[0]?.type, 'paragraph');
  });
});

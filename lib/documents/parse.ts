import type { Block } from '../articles/blocks';
import { countNoun } from '../arabic/plural';
import { classifyLines, type BodyOptions, type Line } from './body-format';
import { hasForbiddenCharacters } from '../text/clean';
import { firstInvalidUtf8Offset, lineOfOffset } from './utf8';

/**
 * The newsroom's plain-text document format (the seed is one):
 *
 *   (blank lines anywhere are ignored; a UTF-8 BOM and CRLF line ends are accepted)
 *   outlet – author            ← byline; the separator may be – — or - with spaces around it
 *   lead paragraph             ← the dek
 *   the body                   ← headings, paragraphs, quotes, lists, photos, embeds…
 *                                 (lib/documents/body-format.ts)
 */
export type ParsedDocument = {
  outlet: string;
  author: string;
  lead: string;
  blocks: Block[];
};

export type ParseIssue = { line: number; code: ParseIssueCode; message: string };

export type ParseIssueCode =
  | 'encoding'
  | 'binary'
  | 'too-large'
  | 'empty'
  | 'byline'
  | 'missing-lead'
  | 'missing-body'
  | 'line-too-long'
  | 'photo'
  | 'link'
  | 'structure'
  | 'more';

export type ParseResult =
  { ok: true; document: ParsedDocument } | { ok: false; errors: ParseIssue[] };

export const MAX_DOCUMENT_BYTES = 512 * 1024;
export const MAX_LINE_LENGTH = 5_000;
/** Issues reported at most; the rest are counted in one last line («و N أخطاء أخرى»). */
export const MAX_REPORTED_ISSUES = 20;

const BYLINE_SEPARATOR = /\s+[–—-]\s+|\s*[–—]\s*/;
/** Bidi embeddings, overrides and isolates: they would let a line reorder the text around it. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function parseDocumentBytes(bytes: Uint8Array, options: BodyOptions = {}): ParseResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return failure(
      1,
      'encoding',
      'الملف بترميز UTF-16: احفظوه بترميز UTF-8 (مع علامة BOM أو بدونها) ثم أعيدوا المحاولة.',
    );
  }
  if (bytes.length > MAX_DOCUMENT_BYTES) {
    return failure(
      0,
      'too-large',
      `حجم الوثيقة ${bytes.length} بايت يتجاوز الحد ${MAX_DOCUMENT_BYTES}.`,
    );
  }
  const invalidAt = firstInvalidUtf8Offset(bytes);
  if (invalidAt >= 0) {
    return failure(
      lineOfOffset(bytes, invalidAt),
      'encoding',
      `ترميز غير صالح عند البايت ${invalidAt}: يجب أن تكون الوثيقة بترميز UTF-8.`,
    );
  }
  return parseDocument(new TextDecoder('utf-8').decode(bytes), options);
}

export function parseDocument(source: string, options: BodyOptions = {}): ParseResult {
  const text = source.replace(/^\uFEFF/, '');
  const rawLines = text.split(/\r\n|\r|\n/);
  const issues = new IssueList();
  const lines: Line[] = [];
  rawLines.forEach((raw, index) => {
    const line = cleanLine(raw, index + 1, issues);
    if (line) lines.push(line);
  });
  if (issues.count > 0) return { ok: false, errors: issues.reported() };
  const errors: ParseIssue[] = [];

  const [bylineLine, leadLine, ...bodyLines] = lines;
  if (!bylineLine) return failure(rawLines.length, 'empty', 'الوثيقة فارغة.');

  const byline = splitByline(bylineLine.text);
  if (!byline) {
    errors.push({
      line: bylineLine.number,
      code: 'byline',
      message: `السطر ${bylineLine.number} يجب أن يكون «المنبر – الكاتب» مفصولاً بشرطة (– أو — أو -).`,
    });
  }
  if (!leadLine) {
    errors.push({
      line: bylineLine.number,
      code: 'missing-lead',
      message: 'لا توجد فقرة تمهيدية بعد سطر المنبر والكاتب.',
    });
  } else if (bodyLines.length === 0) {
    errors.push({
      line: leadLine.number,
      code: 'missing-body',
      message: 'لا يوجد متن بعد الفقرة التمهيدية.',
    });
  }
  if (!byline || !leadLine || errors.length > 0) return { ok: false, errors };

  const body = classifyBody(bodyLines, leadLine.number, options);
  if (!body.ok) return body;
  return { ok: true, document: { ...byline, lead: leadLine.text, blocks: body.blocks } };
}

export type BodyResult = { ok: true; blocks: Block[] } | { ok: false; errors: ParseIssue[] };

/**
 * The body alone (what the newsroom editor's body field holds), classified by the same rules as
 * a whole document. Line numbers count from 1 in `text`.
 */
export function parseBody(text: string, options: BodyOptions = {}): BodyResult {
  const issues = new IssueList();
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, index) => {
      const line = cleanLine(raw, index + 1, issues);
      if (line) lines.push(line);
    });
  if (issues.count > 0) return { ok: false, errors: issues.reported() };
  if (lines.length === 0)
    return { ok: false, errors: [{ line: 1, code: 'missing-body', message: 'المتن فارغ.' }] };
  return classifyBody(lines, 1, options);
}

/**
 * The issues of one document: the first MAX_REPORTED_ISSUES kept, the rest only counted, so a
 * file of 500,000 bad lines costs no more memory, and no longer a report, than one of twenty.
 */
class IssueList {
  private readonly kept: ParseIssue[] = [];
  count = 0;

  push(issue: ParseIssue): void {
    this.count++;
    if (this.kept.length < MAX_REPORTED_ISSUES) this.kept.push(issue);
  }

  reported(): ParseIssue[] {
    const more = this.count - this.kept.length;
    if (more === 0) return this.kept;
    const rest = countNoun(more, {
      one: 'خطأ آخر',
      two: 'خطآن آخران',
      few: 'أخطاء أخرى',
      many: 'خطأً آخر',
    });
    return [...this.kept, { line: 0, code: 'more', message: `و${rest}.` }];
  }
}

/** Kinds of block that carry the story's text: a body needs one, not only headings or photos. */
const PROSE = new Set<Block['type']>(['paragraph', 'quote', 'list', 'factbox']);

function classifyBody(lines: Line[], reportLine: number, options: BodyOptions): BodyResult {
  const issues = new IssueList();
  const blocks = classifyLines(lines, options, (issue) => issues.push(issue));
  if (issues.count > 0) return { ok: false, errors: issues.reported() };
  if (!blocks.some((block) => PROSE.has(block.type))) {
    return {
      ok: false,
      errors: [
        {
          line: reportLine,
          code: 'missing-body',
          message: 'المتن لا يحتوي على أي فقرة، بل على عناوين فقط.',
        },
      ],
    };
  }
  return { ok: true, blocks };
}

/** A trimmed line with bidi overrides removed, null for a blank one; records what makes it invalid. */
function cleanLine(raw: string, number: number, errors: IssueList): Line | null {
  if (hasForbiddenCharacters(raw)) {
    errors.push({
      line: number,
      code: 'binary',
      message: `السطر ${number} يحتوي على محارف تحكم أو بيانات ثنائية.`,
    });
    return null;
  }
  const cleaned = raw
    .replace(BIDI_CONTROLS, '')
    .replace(/[ \t\u00A0]+/g, ' ')
    .trim();
  if (!cleaned) return null;
  if (cleaned.length > MAX_LINE_LENGTH) {
    errors.push({
      line: number,
      code: 'line-too-long',
      message: `السطر ${number} أطول من ${MAX_LINE_LENGTH} حرف.`,
    });
    return null;
  }
  return { number, text: cleaned };
}

function splitByline(line: string): { outlet: string; author: string } | null {
  const match = BYLINE_SEPARATOR.exec(line);
  if (!match) return null;
  const outlet = line.slice(0, match.index).trim();
  const author = line.slice(match.index + match[0].length).trim();
  return outlet && author ? { outlet, author } : null;
}

function failure(line: number, code: ParseIssueCode, message: string): ParseResult {
  return { ok: false, errors: [{ line, code, message }] };
}

/** «file.txt:3: byline — …» lines for command-line tools. */
export function formatIssues(fileName: string, issues: readonly ParseIssue[]): string {
  return issues
    .map((issue) => `${fileName}:${issue.line}: ${issue.code} — ${issue.message}`)
    .join('\n');
}

import { GALLERY_LIMITS, type Block, type FactboxBlock, type Inline } from '../articles/blocks';
import { recognizeEmbed } from '../articles/embeds';
import { resolveHref } from '../articles/links';
import { parseInline, serializeInline } from './inline-format';

/**
 * The lines of a body in the document format (docs/newsroom.md has the reference):
 *
 *   ## Heading / ### Subheading   explicit headings; a document without any keeps the seed's
 *                                 rule (a short line without final punctuation is a heading)
 *   > quoted paragraph            consecutive lines are one quote; «> — source» closes it
 *   >> pull quote
 *   - item / * item / 1. item     consecutive lines are one list
 *   ---                           a separator
 *   [صورة 12] / [معرض 12 13]       media library photos
 *   [مقال 42]                     a card for another of our articles
 *   [معلومات: title] … [/معلومات]  a fact box of paragraphs and lists
 *   https://youtu.be/…            a URL alone on its line: an embed of a known provider, else a link
 *   \anything                     a paragraph, whatever it starts with
 *
 * A blank line ends a quote or a list. Paragraphs, items and quotes take inline formatting
 * (lib/documents/inline-format.ts).
 */
export type Line = { number: number; text: string };
export type LineIssue = { line: number; code: 'photo' | 'link' | 'structure'; message: string };
export type BodyOptions = { siteOrigin?: string };

export const MAX_HEADING_LENGTH = 90;
export const MAX_HEADING_WORDS = 12;
/** Sentence-final punctuation, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?؟:…،؛]["'»”’)\]]*$/u;

const EXPLICIT_HEADING = /^(#{2,3}) +(.+)$/u;
const PULL_QUOTE = /^>> ?(.+)$/u;
const QUOTE = /^> ?(.*)$/u;
const QUOTE_SOURCE = /^(?:—|–|--) *(.+)$/u;
const BULLET = /^[-*•] +(.+)$/u;
const NUMBERED = /^[0-9٠-٩]{1,3}[.)] +(.+)$/u;
const SEPARATOR = /^(?:-{3,}|\*{3,}|(?:\* ){2,}\*)$/u;
const RELATED = /^\[\s*مقال\s+([0-9٠-٩]{1,10})\s*\]$/u;
const FACTBOX_OPEN = /^\[\s*معلومات\s*(?::\s*(.+?))?\s*\]$/u;
const FACTBOX_CLOSE = /^\[\s*\/\s*معلومات\s*\]$/u;
const BARE_URL = /^https?:\/\/\S+$/iu;
const LINK_ALONE = /^\[((?:\\.|[^\]\\])+)\]\((https?:\/\/[^()\s]+)\)$/iu;
/**
 * A media library photo on a line of its own: «[صورة 12]», or a gallery «[معرض 12 13 14]» (ids
 * as the library shows them, Western or Arabic-Indic digits, separated by spaces or commas).
 */
const PHOTO_LINE = /^\[\s*(صورة|معرض)\s+([0-9٠-٩][0-9٠-٩\s,،]*)\]$/u;

const westernDigits = (text: string) =>
  text.replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x0660));

export function isHeading(line: string): boolean {
  if (line.length > MAX_HEADING_LENGTH) return false;
  if (line.split(' ').length > MAX_HEADING_WORDS) return false;
  return !SENTENCE_END.test(line);
}

/**
 * Blocks from non-blank lines. `gaps` holds the line numbers that follow a blank line (they end
 * a quote or a list). Issues name their line; the caller bounds how many it reports.
 */
export function classifyLines(
  lines: readonly Line[],
  options: BodyOptions,
  report: (issue: LineIssue) => void,
): Block[] {
  const explicitHeadings = lines.some((line) => EXPLICIT_HEADING.test(line.text));
  const reader = new LineReader(lines, options, report, explicitHeadings);
  return reader.blocks(null);
}

class LineReader {
  private index = 0;

  constructor(
    private readonly lines: readonly Line[],
    private readonly options: BodyOptions,
    private readonly report: (issue: LineIssue) => void,
    private readonly explicitHeadings: boolean,
  ) {}

  /** Blocks up to the end, or inside a fact box (`opening`) up to its closing line. */
  blocks(opening: Line | null): Block[] {
    const inFactbox = opening !== null;
    const out: Block[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      if (FACTBOX_CLOSE.test(line.text)) {
        if (inFactbox) return out;
        this.issue(line, 'structure', '«[/معلومات]» بلا «[معلومات]» قبله.');
        this.index++;
        continue;
      }
      const block = this.block(line, inFactbox);
      if (block) out.push(block);
    }
    if (opening) this.issue(opening, 'structure', '«[معلومات]» بلا «[/معلومات]» يغلقه.');
    return out;
  }

  private block(line: Line, inFactbox: boolean): Block | null {
    const text = line.text;
    if (text.startsWith('\\')) return this.advance(this.paragraph(line, text.slice(1)));
    const allowed = (what: string) => {
      if (!inFactbox) return true;
      this.issue(line, 'structure', `لا يوضع ${what} داخل «[معلومات]»: فقرات وقوائم فقط.`);
      return false;
    };
    const factbox = FACTBOX_OPEN.exec(text);
    if (factbox) {
      this.index++;
      if (!allowed('صندوق معلومات آخر')) return null;
      const inner = this.blocks(line);
      this.index++; // the closing line
      if (inner.length === 0) {
        this.issue(line, 'structure', 'صندوق المعلومات فارغ.');
        return null;
      }
      return {
        type: 'factbox',
        ...(factbox[1] ? { title: factbox[1] } : {}),
        blocks: inner as FactboxBlock['blocks'],
      };
    }
    if (BULLET.test(text) && !SEPARATOR.test(text)) return this.list(false);
    if (NUMBERED.test(text)) return this.list(true);
    if (inFactbox) return this.advance(this.paragraph(line, text));

    const heading = EXPLICIT_HEADING.exec(text);
    if (heading)
      return this.advance({
        type: 'heading',
        level: heading[1]!.length as 2 | 3,
        text: heading[2]!,
      });
    const pull = PULL_QUOTE.exec(text);
    if (pull) return this.advance({ type: 'pullquote', text: pull[1]!.trim() });
    if (QUOTE.test(text)) return this.quote();
    if (SEPARATOR.test(text)) return this.advance({ type: 'separator' });
    const related = RELATED.exec(text);
    if (related) {
      const articleId = Number(westernDigits(related[1]!));
      if (articleId >= 1) return this.advance({ type: 'related', articleId });
      this.issue(line, 'structure', 'رقم المقال غير صالح.');
    }
    if (PHOTO_LINE.test(text)) return this.advance(this.photo(line));
    const embed = this.embed(text);
    if (embed) return this.advance(embed);
    if (!this.explicitHeadings && isHeading(text) && !text.includes('](')) {
      return this.advance({ type: 'heading', level: 2, text });
    }
    return this.advance(this.paragraph(line, text));
  }

  private advance<T>(block: T): T {
    this.index++;
    return block;
  }

  private issue(line: Line, code: LineIssue['code'], message: string) {
    this.report({ line: line.number, code, message: `السطر ${line.number}: ${message}` });
  }

  private inline(line: Line, text: string): Inline {
    const parsed = parseInline(text, this.options.siteOrigin);
    if (parsed.ok) return parsed.inline;
    this.issue(line, 'link', parsed.message);
    return [{ text }];
  }

  private paragraph(line: Line, text: string): Block {
    return { type: 'paragraph', content: this.inline(line, text || ' ') };
  }

  /** Consecutive lines of one kind, a blank line or another kind ending them. */
  private run(test: (text: string) => boolean): Line[] {
    const taken: Line[] = [];
    while (this.index < this.lines.length) {
      const line = this.lines[this.index]!;
      const previous = taken.at(-1);
      if (previous && (line.number !== previous.number + 1 || !test(line.text))) break;
      if (!previous && !test(line.text)) break;
      taken.push(line);
      this.index++;
    }
    return taken;
  }

  private list(ordered: boolean): Block {
    const pattern = ordered ? NUMBERED : BULLET;
    const items = this.run((text) => pattern.test(text) && !SEPARATOR.test(text)).map((line) =>
      this.inline(line, pattern.exec(line.text)![1]!),
    );
    return { type: 'list', ordered, items };
  }

  private quote(): Block {
    const lines = this.run((text) => QUOTE.test(text) && !PULL_QUOTE.test(text));
    const paragraphs: Inline[] = [];
    let source: string | undefined;
    for (const line of lines) {
      const body = QUOTE.exec(line.text)![1]!.trim();
      const cited = QUOTE_SOURCE.exec(body);
      if (cited && line === lines.at(-1) && paragraphs.length > 0) source = cited[1]!;
      else if (body) paragraphs.push(this.inline(line, body.replace(/^\\(?=[—–>-])/, '')));
    }
    if (paragraphs.length === 0) {
      this.issue(lines[0]!, 'structure', 'الاقتباس فارغ.');
      return { type: 'paragraph', content: [{ text: lines[0]!.text }] };
    }
    return { type: 'quote', paragraphs, ...(source ? { source } : {}) };
  }

  private embed(text: string): Block | null {
    const alone = LINK_ALONE.exec(text);
    const url = alone ? alone[2]! : BARE_URL.test(text) ? text : null;
    if (!url) return null;
    const known = recognizeEmbed(url);
    if (known) {
      const title = alone ? alone[1]!.replace(/\\(.)/g, '$1') : undefined;
      return { type: 'embed', ...known, url, ...(title ? { title } : {}) };
    }
    // An address alone on its line, of no provider we know: a link to it.
    const link = alone ? null : resolveHref(url, this.options.siteOrigin ?? '');
    return link ? { type: 'paragraph', content: [{ text: url, link }] } : null;
  }

  private photo(line: Line): Block {
    const match = PHOTO_LINE.exec(line.text)!;
    const ids = westernDigits(match[2]!)
      .split(/[\s,،]+/)
      .filter(Boolean)
      .map(Number);
    const bad = (message: string): Block => {
      this.issue(line, 'photo', message);
      return { type: 'paragraph', content: [{ text: line.text }] };
    };
    if (ids.some((id) => !Number.isSafeInteger(id) || id < 1)) return bad('رقم الصورة غير صالح.');
    if (match[1] === 'صورة') {
      if (ids.length !== 1) return bad('«[صورة …]» لصورة واحدة؛ للعدة صور استعملوا «[معرض …]».');
      return { type: 'photo', photoId: ids[0]! };
    }
    if (ids.length < GALLERY_LIMITS.min || ids.length > GALLERY_LIMITS.max)
      return bad(`المعرض من ${GALLERY_LIMITS.min} إلى ${GALLERY_LIMITS.max} صورة.`);
    return { type: 'gallery', photoIds: ids };
  }
}

/** Does this line, written as a paragraph, read back as something else? Then it gets a `\`. */
function needsEscape(line: string, explicitHeadings: boolean): boolean {
  return (
    /^[\\#>\[]/.test(line) ||
    BULLET.test(line) ||
    NUMBERED.test(line) ||
    SEPARATOR.test(line) ||
    BARE_URL.test(line) ||
    (!explicitHeadings && isHeading(line))
  );
}

/**
 * A body in the document format, as the newsroom editor's body field shows it:
 * `classifyLines` of these lines gives the same blocks back (lib/documents/body-format.test.ts).
 */
export function serializeBody(blocks: readonly Block[]): string {
  return serializeBlocks(blocks).join('\n\n');
}

/** Each block in the document format, one string (of one or more lines) per block. */
export function serializeBlocks(blocks: readonly Block[]): string[] {
  const explicitHeadings = blocks.some((b) => b.type === 'heading');
  return blocks.map((block) => blockLines(block, explicitHeadings));
}

function paragraphLine(inline: Inline, explicitHeadings: boolean): string {
  const line = serializeInline(inline);
  return needsEscape(line, explicitHeadings) ? `\\${line}` : line;
}

function blockLines(block: Block, explicitHeadings: boolean): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`;
    case 'paragraph':
      return paragraphLine(block.content, explicitHeadings);
    case 'pullquote':
      return `>> ${block.text}`;
    case 'quote':
      return [
        ...block.paragraphs.map((p) => {
          const line = serializeInline(p);
          return `> ${QUOTE_SOURCE.test(line) || line.startsWith('>') ? '\\' : ''}${line}`;
        }),
        ...(block.source ? [`> — ${block.source}`] : []),
      ].join('\n');
    case 'list':
      return block.items
        .map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${serializeInline(item)}`)
        .join('\n');
    case 'photo':
      return `[صورة ${block.photoId}]`;
    case 'gallery':
      return `[معرض ${block.photoIds.join(' ')}]`;
    case 'embed':
      return block.title
        ? `[${block.title.replace(/[\\[\]]/g, (c) => `\\${c}`)}](${block.url})`
        : block.url;
    case 'related':
      return `[مقال ${block.articleId}]`;
    case 'factbox':
      return [
        `[معلومات${block.title ? `: ${block.title}` : ''}]`,
        ...block.blocks.map((inner) =>
          inner.type === 'list' ? blockLines(inner, true) : paragraphLine(inner.content, true),
        ),
        '[/معلومات]',
      ].join('\n');
    case 'separator':
      return '---';
  }
}

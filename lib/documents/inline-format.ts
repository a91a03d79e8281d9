import { BLOCK_LIMITS, type Inline, type Link, type Run } from '../articles/blocks';
import { resolveHref } from '../articles/links';
import { articleShortPath } from '../routes';

/**
 * Inline formatting in the document format, as a copy desk writes it: `**bold**`, `*italic*`,
 * `[text](https://…)`. A backslash keeps the next of `\ * [ ] ( )` as it is. A marker without
 * its pair is text, so «5 * 3» stays «5 * 3»; only a refused link address is an error.
 */
export type InlineResult = { ok: true; inline: Inline } | { ok: false; message: string };

/** An address in `( )`: no spaces, parentheses only in balanced pairs (Wikipedia's have them). */
const HREF = String.raw`((?:[^()\s]|\([^()\s]*\))*)`;
const TOKEN = new RegExp(String.raw`\\([\\*[\]()])|\[((?:\\.|[^\]\\])+)\]\(${HREF}\)|\*\*|\*`, 'g');
const BALANCED_HREF = new RegExp(`^${HREF}$`);

type Piece = { kind: 'text'; text: string } | { kind: 'mark'; mark: '**' | '*' };

export function parseInline(source: string, siteOrigin = ''): InlineResult {
  const runs: Run[] = [];
  let refused: string | null = null;
  const pieces: Piece[] = [];
  const flush = (link?: Link) => {
    for (const run of applyMarks(pieces.splice(0))) runs.push(link ? { ...run, link } : run);
  };
  let last = 0;
  for (const match of source.matchAll(TOKEN)) {
    if (match.index > last) pieces.push({ kind: 'text', text: source.slice(last, match.index) });
    last = match.index + match[0].length;
    const [token, escaped, linkText, href] = match;
    if (escaped !== undefined) pieces.push({ kind: 'text', text: escaped });
    else if (linkText !== undefined && href !== undefined) {
      const link = resolveHref(href, siteOrigin);
      if (!link) {
        refused ??= href;
        pieces.push({ kind: 'text', text: token });
        continue;
      }
      flush();
      const inner = parseInline(linkText, siteOrigin);
      if (inner.ok) for (const run of inner.inline) runs.push({ ...run, link });
    } else pieces.push({ kind: 'mark', mark: token as '**' | '*' });
  }
  if (last < source.length) pieces.push({ kind: 'text', text: source.slice(last) });
  flush();
  if (refused !== null) {
    return {
      ok: false,
      message: `رابط مرفوض «${refused.slice(0, 80)}»: الروابط المقبولة تبدأ بـ https:// أو http:// أو mailto: أو تكون مساراً في الموقع مثل /news/12.`,
    };
  }
  const inline = merge(runs);
  if (inline.length === 0) return { ok: false, message: 'النص فارغ.' };
  if (inline.length > BLOCK_LIMITS.runs)
    return { ok: false, message: `تنسيقات كثيرة في سطر واحد (الحد ${BLOCK_LIMITS.runs}).` };
  return { ok: true, inline };
}

/** Marks toggle bold or italic; one left without a pair at the end is put back as text. */
function applyMarks(pieces: Piece[]): Run[] {
  for (const mark of ['**', '*'] as const) {
    const at = pieces.flatMap((p, i) => (p.kind === 'mark' && p.mark === mark ? [i] : []));
    if (at.length % 2 === 1) pieces[at.at(-1)!] = { kind: 'text', text: mark };
  }
  const runs: Run[] = [];
  let bold = false;
  let italic = false;
  for (const piece of pieces) {
    if (piece.kind === 'mark') {
      if (piece.mark === '**') bold = !bold;
      else italic = !italic;
      continue;
    }
    if (!piece.text) continue;
    runs.push({
      text: piece.text,
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
    });
  }
  return runs;
}

const sameMarks = (a: Run, b: Run) =>
  a.bold === b.bold && a.italic === b.italic && JSON.stringify(a.link) === JSON.stringify(b.link);

function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const previous = out.at(-1);
    if (previous && sameMarks(previous, run))
      out[out.length - 1] = { ...previous, text: previous.text + run.text };
    else out.push(run);
  }
  return out;
}

const escapeText = (text: string) => text.replace(/[\\*[\]()]/g, (c) => `\\${c}`);

/** Runs written back in the document format: `parseInline(serializeInline(x))` gives x again. */
export function serializeInline(inline: readonly Run[]): string {
  let out = '';
  let index = 0;
  while (index < inline.length) {
    const run = inline[index]!;
    if (!run.link) {
      out += marked(run);
      index++;
      continue;
    }
    // A link's runs are written inside one [ ](…).
    let end = index;
    while (
      end + 1 < inline.length &&
      JSON.stringify(inline[end + 1]!.link) === JSON.stringify(run.link)
    )
      end++;
    const text = inline
      .slice(index, end + 1)
      .map(marked)
      .join('');
    const written = 'articleId' in run.link ? articleShortPath(run.link.articleId) : run.link.href;
    const href = BALANCED_HREF.test(written)
      ? written
      : written.replace(/[()]/g, (c) => encodeURIComponent(c));
    out += `[${text}](${href})`;
    index = end + 1;
  }
  return out;
}

function marked(run: Run): string {
  let text = escapeText(run.text);
  if (run.italic) text = `*${text}*`;
  if (run.bold) text = `**${text}**`;
  return text;
}

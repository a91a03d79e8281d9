/**
 * Word wrapping for share images. resvg shapes Arabic correctly but never wraps, so lines are
 * chosen here with a width measured by the same renderer.
 */
export type Measure = (text: string, fontSize: number) => number;

export type HeadlineLayout = { fontSize: number; lines: string[] };

export type WrapOptions = { maxWidth: number; maxLines: number; fontSizes: readonly number[] };

/** Greedy fill: as many words per line as fit. A single overlong word gets a line to itself. */
export function wrapWords(
  words: readonly string[],
  fontSize: number,
  maxWidth: number,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && measure(candidate, fontSize) > maxWidth) {
      lines.push(current);
      current = word;
    } else {
      current = candidate;
    }
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The largest font size at which the headline fits in maxLines; at the smallest size, the text is
 * cut at a word boundary and ends with an ellipsis.
 */
export function layoutHeadline(
  text: string,
  measure: Measure,
  options: WrapOptions,
): HeadlineLayout {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  for (const fontSize of options.fontSizes) {
    const lines = wrapWords(words, fontSize, options.maxWidth, measure);
    if (lines.length <= options.maxLines) return { fontSize, lines };
  }
  const fontSize = options.fontSizes.at(-1) ?? 40;
  const lines = wrapWords(words, fontSize, options.maxWidth, measure).slice(0, options.maxLines);
  let last = lines.at(-1) ?? '';
  while (last.includes(' ') && measure(`${last} …`, fontSize) > options.maxWidth) {
    last = last.slice(0, last.lastIndexOf(' '));
  }
  lines[lines.length - 1] = `${last} …`;
  return { fontSize, lines };
}

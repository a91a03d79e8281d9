/**
 * Reader pages as HTML and CSS only (ADR 0010). Next.js renders them with React's client runtime
 * attached: script tags for its chunks, preloads for them, and the page's React Server Components
 * payload inlined as `self.__next_f.push(…)` scripts (the whole page a second time). Every reader
 * page works without them, so our server removes them and adds only the small enhancement scripts
 * a page asks for with `data-enhance="name"`.
 *
 * Regular expressions are enough because the input is React's own serialization, never a
 * reader's markup: React escapes `<` and `>` in every attribute value and text, and writes `<` as
 * `\u003c` inside the scripts it emits, so a literal `<script` or `</script>` cannot come from
 * content. Tests feed article text that tries (lib/html/reader-scripts.test.ts, e2e).
 */

/** Every script element; JSON-LD (a data block, never executed) is put back by the replacer. */
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script>/g;
const JSON_LD = /\btype="application\/ld\+json"/;
/** `<link rel="preload" as="script">` and `<link rel="modulepreload">`, in any attribute order. */
const SCRIPT_PRELOAD =
  /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bas="script"|[^>]*\brel="modulepreload")[^>]*\/?>/g;
const ENHANCE = /\bdata-enhance="([a-z][a-z-]{0,40})"/g;

export type EnhancementUrls = ReadonlyMap<string, string>;

/** The names of the enhancement scripts a page asks for, in the order they first appear. */
export function enhancementsUsed(html: string): string[] {
  return [...new Set(Array.from(html.matchAll(ENHANCE), (match) => match[1] ?? ''))];
}

/**
 * The page without Next.js's runtime, with a deferred `<script src>` (from our origin) for each
 * known enhancement it uses; unknown names load nothing.
 */
export function withoutFrameworkScripts(html: string, enhancements: EnhancementUrls): string {
  const stripped = html
    .replace(SCRIPT, (element, attributes: string) => (JSON_LD.test(attributes) ? element : ''))
    .replace(SCRIPT_PRELOAD, '');
  const tags = enhancementsUsed(stripped)
    .map((name) => enhancements.get(name))
    .filter((url): url is string => Boolean(url))
    .map((url) => `<script src="${url}" defer=""></script>`)
    .join('');
  if (!tags) return stripped;
  const head = stripped.indexOf('</head>');
  return head === -1 ? stripped + tags : stripped.slice(0, head) + tags + stripped.slice(head);
}

/**
 * Page-weight budgets, in bytes transferred (compressed) with the browser cache disabled. Tighten
 * them here as pages get lighter; e2e/page-weight.spec.ts enforces them.
 */
export const KB = 1024;

// Reader pages ship no framework JavaScript (ADR 0010): only our enhancement files, 3 KB at most.
// Measured 2026-12-02 before photos: article 57.1 KB (HTML 5.8, script 1.1, fonts 42.9), home
// 54.4 KB: `withoutImages` keeps those budgets now that both lead with a photo. `image` is every
// photo the page loads on a phone at DPR 2 (390 px wide) and on a laptop; the article's lead photo
// is at most 60 KB, the whole article at most 130 KB (the photos issue's targets).
export const BUDGETS = {
  article: {
    total: 130 * KB,
    withoutImages: 65 * KB,
    image: 60 * KB,
    script: 3 * KB,
    font: 48 * KB,
    document: 8 * KB,
  },
  // A 3,000-word story with quotes, lists, a fact box and an embed card (scripts/bench/long-article.ts),
  // no photo: the article's budgets but for its HTML, which carries the words twice (the page and
  // JSON-LD articleBody): measured 11.0–11.5 KB on 2026-12-03 (64.0–64.5 KB without images), against the 8 KB of a
  // short story.
  longArticle: {
    withoutImages: 65 * KB,
    script: 3 * KB,
    font: 48 * KB,
    document: 12 * KB,
  },
  home: {
    total: 140 * KB,
    withoutImages: 75 * KB,
    image: 70 * KB,
    script: 3 * KB,
    font: 48 * KB,
    document: 10 * KB,
  },
} as const;

/**
 * Cumulative layout shift while a page loads. Once the fonts are in, nothing may move. When they
 * arrive late (a slow phone network), text first shows in the size-matched local fallback
 * (app/globals.css) and the swap may shift it a little: 0.1 is Google's "good" line.
 */
export const LAYOUT_SHIFT = { fontsOnTime: 0.001, fontsLate: 0.02 } as const;

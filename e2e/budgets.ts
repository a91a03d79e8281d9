/**
 * Page-weight budgets, in bytes transferred (compressed) with the browser cache disabled. Tighten
 * them here as pages get lighter; e2e/page-weight.spec.ts enforces them.
 */
export const KB = 1024;

export const BUDGETS = {
  article: { total: 230 * KB, script: 140 * KB, font: 80 * KB, document: 30 * KB },
  home: { total: 230 * KB, script: 140 * KB, font: 80 * KB, document: 40 * KB },
} as const;

/**
 * Cumulative layout shift while a page loads. Once the fonts are in, nothing may move. When they
 * arrive late (a slow phone network), text first shows in the size-matched local fallback
 * (app/globals.css) and the swap may shift it a little: 0.1 is Google's "good" line.
 */
export const LAYOUT_SHIFT = { fontsOnTime: 0.001, fontsLate: 0.02 } as const;

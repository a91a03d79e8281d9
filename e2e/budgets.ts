/**
 * Page-weight budgets, in bytes transferred (compressed) with the browser cache disabled. Tighten
 * them here as pages get lighter; e2e/page-weight.spec.ts enforces them.
 */
export const KB = 1024;

export const BUDGETS = {
  article: { total: 230 * KB, script: 140 * KB, font: 80 * KB, document: 30 * KB },
  home: { total: 230 * KB, script: 140 * KB, font: 80 * KB, document: 40 * KB },
} as const;

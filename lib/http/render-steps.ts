import { renderStarted } from '../cache/racing-renders';
import { isSearchPage, isSharedPage } from '../routes';
import { pageTags } from './page-tags';
import { OUTAGE_HTML } from './outage';
import type { RenderQueue } from './render-queue';
import type { Step } from './steps';

/** How long a background render started by Next.js is assumed to run (it reports no end). */
const BACKGROUND_RENDER_MS = 1000;

/**
 * A render step: reader renders are recorded with the tags they read, so a write that raced them
 * can expire its tags once more after they end (lib/cache/racing-renders.ts explains why).
 */
export const trackRacingRenders: Step = (req, res, next) => {
  if (
    (req.method !== 'GET' && req.method !== 'HEAD') ||
    !(isSharedPage(req.url) || isSearchPage(req.url))
  )
    return next();
  const ended = renderStarted();
  res.once('close', () => {
    const tags = pageTags(res);
    // Next.js answered from a stale copy and is rendering a fresh one in the background, outside
    // this response: that render races a write too.
    if (res.getHeader('x-nextjs-cache') === 'STALE')
      setTimeout(() => ended(tags), BACKGROUND_RENDER_MS).unref();
    else ended(tags);
  });
  next();
};

/** A render step: at most the queue's limit inside Next.js at once; a full line is a 503 at once. */
export function inTurn(queue: RenderQueue): Step {
  return (req, res, next) => {
    if (queue.enter(res, next)) return;
    res
      .writeHead(503, {
        'content-type': 'text/html; charset=utf-8',
        'retry-after': '5',
        'cache-control': 'no-store',
      })
      .end(req.method === 'HEAD' ? undefined : OUTAGE_HTML);
  };
}

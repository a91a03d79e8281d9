import cluster from 'node:cluster';
import { onExpiry } from '../cache/expiry-log';
import type { SharedPage } from '../http/response-cache';
import { setServerState } from '../runtime/lifecycle';
import { primaryMessage, type WorkerMessage } from './messages';

/** A relayed change not answered by then is forgotten here (expireTags stops waiting sooner). */
const FORGET_MS = 5_000;

export type WorkerLink = {
  /** Runs `start` once the primary gives this worker the background clock; `start` returns its stop. */
  onClock(start: () => () => void): void;
  /** Stops the clock if this worker runs it (shutting down). */
  stopClock(): void;
  /** Hands a page this worker rendered and kept to the other workers' response caches. */
  sharePage(key: string, page: SharedPage): void;
};

export type PeerHandlers = {
  /** A change another worker made: expire it here (the internal expiry route). */
  applyPeerExpiry: (tags: string[]) => Promise<void>;
  /** A page another worker rendered: keep it here (ResponseCache#adopt). */
  adoptPage: (key: string, page: SharedPage) => void;
};

/**
 * This worker's side of the cluster (lib/server/primary.ts): every change made here is sent to the
 * other workers, and expireTags waits for their answer; a change made in another worker is applied
 * here by `applyPeerExpiry` (the internal expiry route, which needs Next.js's request context).
 * Null when this process is not a cluster worker (WEB_CONCURRENCY=1).
 */
export function workerLink({ applyPeerExpiry, adoptPage }: PeerHandlers): WorkerLink | null {
  if (!cluster.isWorker || !process.send) return null;
  const toPrimary = (message: WorkerMessage) => {
    if (process.connected) process.send?.(message, undefined, {}, () => undefined);
  };
  const waiting = new Map<number, () => void>();
  let nextId = 0;
  let startClock: (() => () => void) | undefined;
  let stopClock: (() => void) | undefined;
  let clockWanted = false;

  onExpiry((tags, origin) => {
    if (origin !== 'local') return;
    const id = ++nextId;
    return new Promise<void>((resolve) => {
      const timer = setTimeout(() => done(), FORGET_MS);
      const done = () => {
        clearTimeout(timer);
        waiting.delete(id);
        resolve();
      };
      waiting.set(id, done);
      toPrimary({ type: 'expire', id, tags: [...tags] });
    });
  });

  process.on('message', (raw: unknown) => {
    const parsed = primaryMessage.safeParse(raw);
    if (!parsed.success) return;
    const message = parsed.data;
    switch (message.type) {
      case 'expire':
        void applyPeerExpiry(message.tags).finally(() =>
          toPrimary({ type: 'expired', id: message.id }),
        );
        break;
      case 'expire-done':
        waiting.get(message.id)?.();
        break;
      case 'clock':
        clockWanted = message.run;
        if (message.run && startClock && !stopClock) stopClock = startClock();
        if (!message.run) {
          stopClock?.();
          stopClock = undefined;
        }
        break;
      case 'server':
        setServerState(message.state);
        break;
      case 'page':
        adoptPage(message.key, message.page);
        break;
    }
  });

  return {
    onClock(start) {
      startClock = start;
      if (clockWanted && !stopClock) stopClock = start();
    },
    stopClock() {
      stopClock?.();
      stopClock = undefined;
      startClock = undefined;
    },
    sharePage(key, page) {
      const headers = Object.fromEntries(
        Object.entries(page.headers).filter(
          (header): header is [string, string | number | string[]] => header[1] !== undefined,
        ),
      );
      const gzip = page.gzip as Uint8Array<ArrayBuffer>;
      toPrimary({ type: 'page', key, page: { ...page, headers, gzip, tags: [...page.tags] } });
    },
  };
}

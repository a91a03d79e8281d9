import { AsyncResource } from 'node:async_hooks';
import type { ServerResponse } from 'node:http';

/**
 * At most `limit` requests inside Next.js at once; the rest wait in line, first come first served.
 * Sixty-four pages rendering together on two cores finish no sooner than eight at a time, but hold
 * eight times the memory (the heap ran out that way under the soak test). A line longer than
 * `maxWaiting` is an overload: the caller answers 503 at once instead of queueing forever.
 */
export class RenderQueue {
  private running = 0;
  private waiting: (() => void)[] = [];

  constructor(
    private readonly limit: number,
    private readonly maxWaiting: number,
  ) {}

  get stats(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Runs `work` when a slot is free; the slot is given back when the response closes. False: line full. */
  enter(res: ServerResponse, work: () => void): boolean {
    if (this.running < this.limit) {
      this.start(res, work);
      return true;
    }
    if (this.waiting.length >= this.maxWaiting) return false;
    // Started by whichever response ends first, it would run in that request's async context:
    // Next.js's stores of one request then keep the one before alive, and so on (a heap snapshot
    // after 55 s of load held 1,649 finished responses in such chains, with 150 MB of buffers). It runs
    // in its own request's context instead.
    const entry = AsyncResource.bind(() => this.start(res, work));
    this.waiting.push(entry);
    // A client that gave up while waiting leaves the line.
    res.once('close', () => {
      const index = this.waiting.indexOf(entry);
      if (index >= 0) this.waiting.splice(index, 1);
    });
    return true;
  }

  private start(res: ServerResponse, work: () => void): void {
    this.running++;
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.running--;
      this.waiting.shift()?.();
    };
    res.once('close', release);
    if (res.destroyed) return release();
    work();
  }
}

/**
 * Photos are processed one at a time per process: sharp already runs off the event loop, but two
 * 24-megapixel photos at once would take both cores from the readers. Beyond `limit` waiting the
 * upload is refused at once (the editor retries) instead of queueing without bound.
 */
export class ProcessingQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  constructor(private readonly limit: number) {}

  get length(): number {
    return this.waiting;
  }

  /** Whether `run` would refuse now: an upload can be turned away before its body is read. */
  get full(): boolean {
    return this.waiting >= this.limit;
  }

  run<T>(task: () => Promise<T>): Promise<T> | null {
    if (this.waiting >= this.limit) return null;
    this.waiting++;
    const result = this.tail.then(task);
    this.tail = result.catch(() => undefined).finally(() => this.waiting--);
    return result;
  }
}

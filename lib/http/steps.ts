import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/**
 * One step of the production server: it answers, or calls `next` to hand the request on (having
 * set headers or wrapped the response on the way). server.ts lists the steps in order.
 */
export type Step = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/** Runs the steps in order; `last` answers what every step handed on. */
export function composeSteps(
  steps: readonly Step[],
  last: (req: IncomingMessage, res: ServerResponse) => void,
): RequestListener {
  return (req, res) => {
    const run = (index: number): void => {
      const step = steps[index];
      if (!step) return last(req, res);
      step(req, res, () => run(index + 1));
    };
    run(0);
  };
}

import { Transform } from 'node:stream';

/** A line longer than this is passed on in pieces rather than held without a bound. */
const MAX_HELD = 1024 * 1024;

/**
 * Passes a worker's output on in whole lines only. Every worker writes JSON log lines; through
 * one shared pipe, a write over the pipe's atomic size (4 KiB) could be cut by another worker's,
 * leaving two broken lines. The primary reads each worker's own pipe through this and is the
 * only writer of the server's output.
 */
export function wholeLines(): Transform {
  let held = '';
  return new Transform({
    decodeStrings: false,
    transform(chunk: Buffer | string, _encoding, done) {
      const text = held + chunk.toString();
      const end = text.lastIndexOf('\n');
      if (end === -1) {
        held = text.length > MAX_HELD ? '' : text;
        done(null, text.length > MAX_HELD ? text : undefined);
        return;
      }
      held = text.slice(end + 1);
      done(null, text.slice(0, end + 1));
    },
    flush(done) {
      done(null, held ? `${held}\n` : undefined);
    },
  });
}

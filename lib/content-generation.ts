/**
 * A counter of content changes in this process, kept on globalThis because the request handler of
 * server.ts and the Next.js bundle load separate copies of this module. The response cache in
 * server.ts drops everything when it moves.
 */
const KEY = Symbol.for('homepress.contentGeneration');
type Holder = { [KEY]?: number };

export function contentGeneration(): number {
  return (globalThis as Holder)[KEY] ?? 0;
}

export function bumpContentGeneration(): void {
  (globalThis as Holder)[KEY] = contentGeneration() + 1;
}

/**
 * Whether this process is shutting down, shared through globalThis between server.ts and the
 * Next.js bundle (each loads its own copy of this module): /readyz turns 503 at once, so a load
 * balancer stops sending new requests while those already sent are still answered.
 */
const KEY = Symbol.for('homepress.shuttingDown');
type Holder = { [KEY]?: boolean };

export function markShuttingDown(): void {
  (globalThis as Holder)[KEY] = true;
}

export function shuttingDown(): boolean {
  return (globalThis as Holder)[KEY] === true;
}

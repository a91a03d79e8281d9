import type { ServerState } from '../server/messages';

/**
 * Whether this process is shutting down, and what the primary process last said of the whole
 * server (lib/server/primary.ts), shared through globalThis between server.ts and the Next.js
 * bundle (each loads its own copy of this module): /readyz turns 503 at once, so a load balancer
 * stops sending new requests while those already sent are still answered.
 */
const KEY = Symbol.for('homepress.shuttingDown');
const SERVER = Symbol.for('homepress.serverState');
type Holder = { [KEY]?: boolean; [SERVER]?: ServerState };

export function markShuttingDown(): void {
  (globalThis as Holder)[KEY] = true;
}

export function shuttingDown(): boolean {
  const holder = globalThis as Holder;
  return holder[KEY] === true || holder[SERVER]?.stopping === true;
}

export function setServerState(state: ServerState): void {
  (globalThis as Holder)[SERVER] = state;
}

/** The workers of the whole server, when this process is one of several. */
export function serverState(): ServerState | undefined {
  return (globalThis as Holder)[SERVER];
}

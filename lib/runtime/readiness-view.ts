/** Set by server.ts on every request to the address of the socket's peer (lib/http/proxy-headers.ts). */
export const PEER_HEADER = 'x-homepress-peer';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

/** Whether a request comes from this machine (a health check of ours, an operator's curl). */
export function fromLoopback(peer: string | null): boolean {
  return peer !== null && LOOPBACK.test(peer);
}

/**
 * What /readyz tells whom: this machine gets the details (database state, missing migrations);
 * anyone else only ready or not, since the details name internals (paths, migration names).
 */
export function readinessFor<T extends { ready: boolean }>(
  state: T,
  peer: string | null,
): T | { ready: boolean } {
  return fromLoopback(peer) ? state : { ready: state.ready };
}
